// HttpUtility and WebUtility: HTML and URL encoding/decoding and query
// string parsing, the helpers pages and form handlers call.
using System;
using System.Net;
using System.Web;

class Program
{
    static void Main()
    {
        string raw = "<a href=\"x\">Tom & 'Jerry'</a>";
        Console.WriteLine(WebUtility.HtmlEncode(raw));
        Console.WriteLine(HttpUtility.HtmlEncode(raw));
        Console.WriteLine(WebUtility.HtmlDecode("&lt;b&gt; &amp;amp; &quot;q&quot; &#39;s&#39; &#x41;&#66;"));
        Console.WriteLine(HttpUtility.HtmlDecode("&lt;p&gt;&copy;&nbsp;"));
        Console.WriteLine(WebUtility.UrlEncode("a b&c=d/é~"));
        Console.WriteLine(HttpUtility.UrlEncode("a b&c=d/é~"));
        Console.WriteLine(WebUtility.UrlDecode("a+b%26c%3Dd"));
        Console.WriteLine(HttpUtility.UrlDecode("x%2By+z%C3%A9"));
        Console.WriteLine(HttpUtility.UrlPathEncode("/a b/c"));
        var qs = HttpUtility.ParseQueryString("name=John+Smith&age=42&tag=a&tag=b&empty=");
        Console.WriteLine(qs["name"]);
        Console.WriteLine(qs["age"]);
        Console.WriteLine(qs["tag"]);
        Console.WriteLine("[" + qs["empty"] + "]");
        Console.WriteLine(qs["missing"] == null);
        Console.WriteLine(qs.Count);
        foreach (string key in qs.AllKeys)
        {
            Console.WriteLine(key + "=" + qs[key]);
        }
        Console.WriteLine(HttpUtility.HtmlAttributeEncode("a\"b<c"));
        Console.WriteLine(HttpUtility.JavaScriptStringEncode("line1\nline2 \"q\""));
    }
}
