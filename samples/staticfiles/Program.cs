// Sample: static file server with File, Path, a MIME map and 404
//
// Serves files from a "www" folder in the current directory, which the
// program creates with two pages on start (so the sample is
// self-contained). "/" means index.html; unknown extensions are served as
// application/octet-stream; paths that leave the folder are refused.
// Serves requests until killed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;

namespace Samples.StaticFiles
{
    class Program
    {
        static readonly Dictionary<string, string> MimeTypes = new Dictionary<string, string>
        {
            { ".html", "text/html" },
            { ".css", "text/css" },
            { ".js", "application/javascript" },
            { ".txt", "text/plain" },
            { ".json", "application/json" },
        };

        static string root;

        static void Main(string[] args)
        {
            root = Path.GetFullPath("www");
            CreateSite(root);
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            Console.WriteLine("Serving " + root);
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                Serve(context);
            }
        }

        static void CreateSite(string dir)
        {
            Directory.CreateDirectory(Path.Combine(dir, "css"));
            File.WriteAllText(Path.Combine(dir, "index.html"), "<!DOCTYPE html>\n<title>Home</title>\n<link rel=\"stylesheet\" href=\"css/site.css\">\n<h1>It works</h1>\n");
            File.WriteAllText(Path.Combine(dir, "css", "site.css"), "h1 { color: teal; }\n");
            File.WriteAllText(Path.Combine(dir, "notes.md"), "# notes\n");
        }

        static void Serve(HttpListenerContext context)
        {
            HttpListenerResponse response = context.Response;
            string relative = Uri.UnescapeDataString(context.Request.Url.AbsolutePath).TrimStart('/');
            if (relative == "")
            {
                relative = "index.html";
            }
            string full = Path.GetFullPath(Path.Combine(root, relative));
            if (!full.StartsWith(root + Path.DirectorySeparatorChar) || !File.Exists(full))
            {
                byte[] notFound = Encoding.UTF8.GetBytes("<h1>404 - not found</h1>");
                response.StatusCode = (int)HttpStatusCode.NotFound;
                response.ContentType = "text/html";
                response.ContentLength64 = notFound.Length;
                response.OutputStream.Write(notFound, 0, notFound.Length);
                response.OutputStream.Close();
                return;
            }
            string mime;
            if (!MimeTypes.TryGetValue(Path.GetExtension(full).ToLowerInvariant(), out mime))
            {
                mime = "application/octet-stream";
            }
            byte[] content = File.ReadAllBytes(full);
            response.ContentType = mime;
            response.ContentLength64 = content.Length;
            response.AddHeader("Last-Modified-Check", "skipped");
            response.OutputStream.Write(content, 0, content.Length);
            response.OutputStream.Close();
        }
    }
}
