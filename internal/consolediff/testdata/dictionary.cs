// Dictionary<K,V>: insertion-order iteration, indexer set/get, Add on a
// duplicate key, TryGetValue, ContainsKey, Remove, Keys/Values, and the
// KeyNotFoundException message for a missing key.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var counts = new Dictionary<string, int>();
        string text = "the quick brown fox jumps over the lazy dog the end";
        foreach (var w in text.Split(' '))
        {
            if (counts.ContainsKey(w))
            {
                counts[w]++;
            }
            else
            {
                counts[w] = 1;
            }
        }
        foreach (KeyValuePair<string, int> kv in counts)
        {
            Console.WriteLine(kv.Key + "=" + kv.Value);
        }
        Console.WriteLine(counts.Count);
        int n;
        if (counts.TryGetValue("the", out n))
        {
            Console.WriteLine("the: " + n);
        }
        Console.WriteLine(counts.TryGetValue("cat", out n) + " " + n);
        counts.Remove("fox");
        counts["new"] = 9;
        Console.WriteLine(string.Join(",", counts.Keys));
        var total = 0;
        foreach (var v in counts.Values)
        {
            total += v;
        }
        Console.WriteLine(total);
        try
        {
            Console.WriteLine(counts["missing"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        try
        {
            counts.Add("the", 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        var routes = new Dictionary<string, Func<string, string>>
        {
            { "/hello", q => "Hello " + q },
            { "/bye", q => "Bye " + q },
        };
        foreach (var path in new[] { "/hello", "/bye", "/nope" })
        {
            Func<string, string> h;
            Console.WriteLine(routes.TryGetValue(path, out h) ? h("x") : "404 " + path);
        }
        var ci = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        ci["Content-Type"] = "text/plain";
        Console.WriteLine(ci["content-type"] + " " + ci.ContainsKey("CONTENT-TYPE"));
        var byId = new Dictionary<int, string> { [3] = "c", [1] = "a" };
        byId[2] = "b";
        foreach (var kv in byId)
        {
            Console.Write(kv.Key + ":" + kv.Value + " ");
        }
        Console.WriteLine();
        byId.Remove(3);
        byId[4] = "d";
        byId[3] = "c2";
        foreach (var k in byId.Keys)
        {
            Console.Write(k + " ");
        }
        Console.WriteLine();
        Console.WriteLine(byId.ContainsValue("d"));
    }
}
