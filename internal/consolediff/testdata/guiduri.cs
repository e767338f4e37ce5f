// Guid.Parse/ToString formats and Uri parts: scheme, host, port, path,
// query, segments, absolute URI, and relative combination.
using System;

class Program
{
    static void Main()
    {
        var g = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Console.WriteLine(g);
        Console.WriteLine(g.ToString("N"));
        Console.WriteLine(g.ToString("B"));
        Console.WriteLine(g.ToString("D").ToUpper());
        Console.WriteLine(Guid.Empty);
        Console.WriteLine(g == new Guid("{0F8FAD5B-D9CB-469F-A165-70867728950E}"));
        Guid parsed;
        Console.WriteLine(Guid.TryParse("not-a-guid", out parsed) + " " + parsed);
        Console.WriteLine(Guid.NewGuid().ToString().Length);
        var u = new Uri("http://user@Example.COM:8080/api/v1/items/?id=5&name=a%20b#frag");
        Console.WriteLine(u.Scheme);
        Console.WriteLine(u.Host);
        Console.WriteLine(u.Port);
        Console.WriteLine(u.AbsolutePath);
        Console.WriteLine(u.Query);
        Console.WriteLine(u.Fragment);
        Console.WriteLine(u.PathAndQuery);
        Console.WriteLine(u.Authority);
        Console.WriteLine(u.UserInfo);
        Console.WriteLine(string.Join("|", u.Segments));
        Console.WriteLine(u.AbsoluteUri);
        Console.WriteLine(u.IsDefaultPort);
        Console.WriteLine(u.GetLeftPart(UriPartial.Authority));
        var plain = new Uri("https://localhost/");
        Console.WriteLine(plain.Port + " " + plain.IsDefaultPort + " " + plain.AbsolutePath);
        var combined = new Uri(new Uri("http://host/a/b/c"), "../d?x=1");
        Console.WriteLine(combined);
        Console.WriteLine(Uri.EscapeDataString("a b&c=d/é"));
        Console.WriteLine(Uri.UnescapeDataString("a%20b%26c"));
        Uri result;
        Console.WriteLine(Uri.TryCreate("not a uri", UriKind.Absolute, out result));
        Console.WriteLine(Uri.TryCreate("http://ok/", UriKind.Absolute, out result) + " " + result.Host);
        var spaced = new Uri("http://h/some path/");
        Console.WriteLine(spaced.AbsolutePath);
        Console.WriteLine(spaced.ToString());
    }
}
