// Sample: HttpListenerPrefixCollection operations and prefix routing
//
// Adds, checks, removes and copies prefixes, then listens on two path
// prefixes, /api/ and /files/. The response names the prefix that matched
// (the longest one that is a prefix of the path). A request for any other
// path never reaches the program: the listener answers 404 itself. Serves
// requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.Prefixes
{
    class Program
    {
        static void Main(string[] args)
        {
            string root = "http://localhost:" + args[0];
            var listener = new HttpListener();
            HttpListenerPrefixCollection prefixes = listener.Prefixes;
            prefixes.Add(root + "/api/");
            prefixes.Add(root + "/files/");
            prefixes.Add(root + "/tmp/");
            prefixes.Add(root + "/api/");   // a duplicate before Start is ignored
            Console.WriteLine("Count after adds: {0}", prefixes.Count);
            Console.WriteLine("Contains /tmp/: {0}", prefixes.Contains(root + "/tmp/"));
            Console.WriteLine("Removed /tmp/: {0}", prefixes.Remove(root + "/tmp/"));
            Console.WriteLine("Removed /nope/: {0}", prefixes.Remove(root + "/nope/"));
            string[] copy = new string[prefixes.Count];
            prefixes.CopyTo(copy, 0);
            // Enumeration order is a hash table's, so sort before showing it.
            Array.Sort(copy, StringComparer.Ordinal);
            string summary = string.Format("count={0}\n{1}\n", copy.Length, string.Join("\n", copy));
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                string path = context.Request.Url.AbsolutePath;
                string matched = path.StartsWith("/api") ? "api" : "files";
                string body = "matched " + matched + " for " + path + "\n" + summary.Replace(root, "");
                byte[] buffer = Encoding.UTF8.GetBytes(body);
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.Close();
            }
        }
    }
}
