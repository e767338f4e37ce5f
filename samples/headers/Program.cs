// Sample: response headers with AddHeader, AppendHeader and the Headers collection
//
// AddHeader replaces a value, AppendHeader and Headers.Add add one more
// value, Headers.Set replaces. The body lists what the collection holds, so
// the wire form can be compared with the program's view. Serves requests
// until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.Headers
{
    class Program
    {
        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                HttpListenerResponse response = context.Response;
                response.AddHeader("X-Single", "first");
                response.AddHeader("X-Single", "replaced");
                response.AppendHeader("X-Multi", "1");
                response.AppendHeader("X-Multi", "2");
                response.Headers.Add("x-lower-case", "kept");
                response.Headers.Set("Cache-Control", "no-store");
                response.Headers["X-Indexer"] = "via indexer";
                string body = "X-Single=" + response.Headers["X-Single"] + "\n" +
                              "X-Multi=" + response.Headers["X-Multi"] + "\n" +
                              "Count=" + response.Headers.Count + "\n";
                byte[] buffer = Encoding.UTF8.GetBytes(body);
                response.ContentLength64 = buffer.Length;
                response.OutputStream.Write(buffer, 0, buffer.Length);
                response.Close();
            }
        }
    }
}
