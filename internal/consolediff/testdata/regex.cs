using System;
using System.Text.RegularExpressions;

// Regular expressions as HttpListener programs use them: routing paths,
// pulling ids out of URLs, validating and rewriting input.
class Program
{
    static readonly Regex UserRoute = new Regex(@"^/users/(?<id>\d+)(/(?<action>[a-z]+))?$", RegexOptions.Compiled);

    static void Route(string path)
    {
        Match m = UserRoute.Match(path);
        if (!m.Success)
        {
            Console.WriteLine(path + " -> 404");
            return;
        }
        string action = m.Groups["action"].Success ? m.Groups["action"].Value : "show";
        Console.WriteLine(path + " -> user " + int.Parse(m.Groups["id"].Value) + " " + action + " (group 1 = " + m.Groups[1].Value + ", count " + m.Groups.Count + ")");
    }

    static void Main()
    {
        Route("/users/42");
        Route("/users/7/edit");
        Route("/users/x");

        Console.WriteLine(Regex.IsMatch("abc123", @"\d{3}$") + " " + Regex.IsMatch("ABC", "^abc$") + " " + Regex.IsMatch("ABC", "^abc$", RegexOptions.IgnoreCase));

        var m = Regex.Match("GET /index.html HTTP/1.1", @"^(\w+) (\S+) HTTP/(\d)\.(\d)$");
        Console.WriteLine(m.Value.Length + " " + m.Index + " " + m.Groups[1].Value + " " + m.Groups[2].Value + " " + m.Groups[3].Value + m.Groups[4].Value);

        foreach (Match word in Regex.Matches("one two  three", @"\w+"))
        {
            Console.WriteLine("word " + word.Value + " at " + word.Index + " len " + word.Length);
        }
        var all = Regex.Matches("a1b22c333", @"\d+");
        Console.WriteLine("matches: " + all.Count + " last=" + all[all.Count - 1].Value);

        Console.WriteLine(Regex.Replace("2024-01-15", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1"));
        Console.WriteLine(Regex.Replace("hello world", @"\s+", "_"));
        Console.WriteLine(Regex.Replace("a-b-c", "-", m2 => "[" + m2.Index + "]"));
        Console.WriteLine(string.Join("|", Regex.Split("a1b2c3", @"\d")));
        Console.WriteLine(string.Join("|", Regex.Split("k=v;x=y", "([=;])")));
        Console.WriteLine(Regex.Escape("a.b*c (1)"));

        var multi = new Regex("^item", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        Console.WriteLine(multi.Matches("Item 1\nitem 2\nthe item").Count);
        Console.WriteLine(new Regex("é+").Match("caféé!").Index + " " + Regex.Match("naïve café", @"\w+$").Value);

        var none = Regex.Match("abc", @"\d");
        Console.WriteLine("no match: [" + none.Value + "] " + none.Success + " " + none.Index);
    }
}
