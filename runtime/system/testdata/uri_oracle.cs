// Oracle for uri_test.go: System.Uri components, errors, escaping and
// relative resolution. Run: mcs uri_oracle.cs && mono uri_oracle.exe
using System;
class P { static void Main() {
 string[] xs = {"http://Example.COM:80/a/../b/./c?x=1#f", "http://h/%41%2f%2F%7e", "http://h/a b?c d#e f", "http://h", "https://h:443/", "https://h:8443/x/", "http://u:p@h:81/p", "http://h/a%20b/%E2%82%AC/\u00e9", "http://h/a{b}|^`\"<>", "http://h/%zz%", "http://[::1]:8080/x", "http://localhost/", "http://127.0.0.1:5000/a//b", "/foo/bar", "http://h/a/b/../../../c", "http://h\\a\\b", "mailto:x@y.com", "http://h/a%3fb%23c", "http://h/?a=%41&b=c d", "ftp://h/x"};
 foreach (var s in xs) { try { var u = new Uri(s);
  Console.WriteLine(s + " | " + u.AbsoluteUri + " | " + u.ToString() + " | " + u.AbsolutePath + " | " + u.LocalPath + " | " + u.Query + " | " + u.Fragment + " | " + u.Host + " | " + u.Port + " | " + u.Authority + " | " + u.UserInfo + " | " + string.Join(",", u.Segments) + " | " + u.IsLoopback + " | " + u.IsDefaultPort + " | " + u.PathAndQuery);
 } catch (Exception e) { Console.WriteLine(s + " | " + e.GetType().Name + ": " + e.Message); } }
 foreach (var s in new[]{"", "abc", "http://", "http://h:abc/", "http://h:99999/", "http://a b/", "http:foo"}) { try { new Uri(s); Console.WriteLine(s+" ok"); } catch (Exception e) { Console.WriteLine(s + " | " + e.GetType().Name + ": " + e.Message); } }
 Console.WriteLine(Uri.EscapeDataString("a b/c?d=é&~!*'()"));
 Console.WriteLine(Uri.EscapeUriString("a b/c?d=é&~!*'()%#[]"));
 Console.WriteLine(Uri.UnescapeDataString("a%20b%2F%E2%82%AC%zz%C3"));
 var b = new Uri("http://h/a/b/c?q");
 foreach (var r in new[]{"d", "../d", "/e", "?z", "#f", "//o/p", "http://x/y", ""}) Console.WriteLine(r + " => " + new Uri(b, r).AbsoluteUri);

 // ToString's unescaping (uri_test.go TestUriToStringUnescaping).
 foreach (var s in new[]{"http://h/%3B%40%3A%26%3D%2B%24%2C%5C%00%7F", "http://h/x?a=%26b%3D%23%3F%2F%25%20", "http://h/x#%23%3F%2F%20%25", "http://h/%C3%A4%E2%82", "http://u%40x:p%3A@h/", "http://h/a/%2E%2E/b", "http://h/a%7Cb", "HTTP://H:80", "http://h:/x", "http://h?q"}) {
  var u = new Uri(s); Console.WriteLine(s + " | " + u.AbsoluteUri + " | " + u.ToString()); }
}}
