// String methods programs use to pick requests apart: Split, Join,
// Substring, IndexOf, Replace, Trim, Pad, case, StartsWith, Contains, Format.
using System;

class Program
{
    static void Main()
    {
        string url = "/api/users/42?sort=name&dir=asc";
        int q = url.IndexOf('?');
        string path = url.Substring(0, q);
        string query = url.Substring(q + 1);
        Console.WriteLine(path);
        Console.WriteLine(query);
        string[] segs = path.Split('/');
        Console.WriteLine(segs.Length);
        foreach (string seg in segs)
        {
            Console.WriteLine("[" + seg + "]");
        }
        string[] parts = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(string.Join(",", parts));
        foreach (string kv in query.Split('&'))
        {
            string[] p = kv.Split('=');
            Console.WriteLine(p[0] + " => " + p[1]);
        }
        Console.WriteLine(url.IndexOf("users"));
        Console.WriteLine(url.IndexOf("missing"));
        Console.WriteLine(url.LastIndexOf('/'));
        Console.WriteLine(url.Replace("users", "people"));
        Console.WriteLine("  padded  ".Trim() + "|");
        Console.WriteLine("  padded  ".TrimStart() + "|");
        Console.WriteLine("  padded  ".TrimEnd() + "|");
        Console.WriteLine("xxhixx".Trim('x'));
        Console.WriteLine("/path/".TrimEnd('/'));
        Console.WriteLine("42".PadLeft(6) + "|" + "42".PadLeft(6, '0') + "|" + "42".PadRight(6) + "|");
        Console.WriteLine("Hello".ToUpper() + " " + "Hello".ToLower() + " " + "hello".ToUpperInvariant());
        Console.WriteLine(url.StartsWith("/api") + " " + url.EndsWith("asc") + " " + url.Contains("sort"));
        Console.WriteLine("GET".Equals("get", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Equals("a", "A"));
        Console.WriteLine(string.Compare("apple", "banana") < 0);
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrWhiteSpace("  "));
        Console.WriteLine(string.Format("{0}/{1}", "a", "b"));
        Console.WriteLine(string.Concat("a", "b", "c"));
        Console.WriteLine("abc".Length + " " + "héllo".Length);
        Console.WriteLine("hello"[1]);
        char[] arr = "hello".ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine(new string(arr));
        Console.WriteLine(new string('-', 10));
        Console.WriteLine("a,b,,c".Split(',').Length);
        Console.WriteLine("one two  three".Split(' ').Length);
        Console.WriteLine("Content-Type: text/html".Split(new[] { ": " }, StringSplitOptions.None)[1]);
        Console.WriteLine("abcdef".Substring(2));
        Console.WriteLine("abcabc".IndexOf('c', 3));
        Console.WriteLine("Hello World".Remove(5) + "|" + "Hello".Insert(5, "!"));
        Console.WriteLine(string.Join("-", new[] { 1, 2, 3 }));
        try
        {
            Console.WriteLine("abc".Substring(5));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
