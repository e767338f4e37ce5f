using System;
using System.Collections.Generic;
using System.Linq;

// LINQ's Enumerable operators as HttpListener programs use them: filtering
// routes and headers, projecting, paging with Skip/Take, and materialising.
class Program
{
    class Route
    {
        public string Path;
        public int Hits;
        public Route(string path, int hits) { Path = path; Hits = hits; }
    }

    static void Main()
    {
        var numbers = new List<int> { 5, 3, 8, 1, 9, 2 };
        var evens = numbers.Where(n => n % 2 == 0).ToList();
        Console.WriteLine("evens: " + string.Join(",", evens.ToArray()));
        int[] doubled = numbers.Select(n => n * 2).ToArray();
        Console.WriteLine("doubled: " + string.Join(",", doubled));
        Console.WriteLine("any > 8: " + numbers.Any(n => n > 8) + ", any: " + numbers.Any() + ", all > 0: " + numbers.All(n => n > 0));
        Console.WriteLine("count odd: " + numbers.Count(n => n % 2 == 1) + " of " + numbers.Count());
        Console.WriteLine("first/last: " + numbers.First() + " " + numbers.Last() + " " + numbers.First(n => n > 5) + " " + numbers.Last(n => n < 5));
        Console.WriteLine("skip/take: " + string.Join(",", numbers.Skip(2).Take(3).ToArray()));
        Console.WriteLine("sum/max/min: " + numbers.Sum() + " " + numbers.Max() + " " + numbers.Min());
        Console.WriteLine("ordered: " + string.Join(",", numbers.OrderBy(n => n).ToArray()) + " desc: " + string.Join(",", numbers.OrderByDescending(n => n).ToArray()));
        Console.WriteLine("contains 8: " + numbers.Contains(8) + ", distinct: " + string.Join(",", new[] { 1, 1, 2, 3, 3 }.Distinct().ToArray()));

        string[] segments = "/api/users/42".Split('/');
        var parts = segments.Where(s => s.Length > 0).ToArray();
        Console.WriteLine("segments: " + string.Join("|", parts) + " last=" + segments.Last());
        Console.WriteLine("first or default: [" + parts.FirstOrDefault(p => p.StartsWith("x")) + "] " + parts.FirstOrDefault());

        var routes = new List<Route> { new Route("/a", 3), new Route("/b", 10), new Route("/c", 7) };
        var busy = routes.Where(r => r.Hits > 5).OrderBy(r => r.Path).Select(r => r.Path + "=" + r.Hits);
        foreach (var line in busy)
        {
            Console.WriteLine("busy " + line);
        }
        Console.WriteLine("total hits: " + routes.Sum(r => r.Hits));
        Console.WriteLine("paths: " + string.Join(", ", routes.Select(r => r.Path)) + "; hits: " + string.Join(';', routes.Select(r => r.Hits).Where(h => h > 3)));

        // Deferred execution: the query sees an element added after it was built.
        var query = numbers.Where(n => n > 8);
        numbers.Add(100);
        Console.WriteLine("deferred: " + string.Join(",", query.ToArray()));

        try
        {
            new List<int>().First();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("empty First: " + e.Message);
        }
        try
        {
            numbers.First(n => n > 1000);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("no match: " + e.Message);
        }
    }
}
