// Sample: file-scoped namespace (C# 10) with a static helper class
//
// "namespace X;" applies to the whole file. The program serves the time
// of day in a fixed format for a fixed instant (so the output does not
// change between runs) and a version page. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.FileScoped;

static class Pages
{
    public static string For(string path)
    {
        switch (path)
        {
            case "/version":
                return "version 1.0";
            case "/epoch":
                var epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                return epoch.ToString("yyyy-MM-ddTHH:mm:ssZ");
            default:
                return null;
        }
    }
}

class Program
{
    static void Main(string[] args)
    {
        var listener = new HttpListener();
        listener.Prefixes.Add("http://localhost:" + args[0] + "/");
        listener.Start();
        while (true)
        {
            var context = listener.GetContext();
            string page = Pages.For(context.Request.Url.AbsolutePath);
            if (page == null)
            {
                context.Response.StatusCode = 404;
                page = "no page";
            }
            var bytes = Encoding.UTF8.GetBytes(page);
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes, 0, bytes.Length);
            context.Response.Close();
        }
    }
}
