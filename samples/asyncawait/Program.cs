// Sample: GetContextAsync accept loop with async/await
//
// The most common modern shape: an async loop awaits GetContextAsync and
// writes the response with WriteAsync. mcs (C# 7) has no async Main, so
// Main blocks on RunAsync with GetAwaiter().GetResult(), a pattern real
// programs use as well. Serves requests until killed.
using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;

namespace Samples.AsyncAwait
{
    class Program
    {
        static void Main(string[] args)
        {
            RunAsync("http://localhost:" + args[0] + "/").GetAwaiter().GetResult();
        }

        static async Task RunAsync(string prefix)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            listener.Start();
            Console.WriteLine($"Listening on {prefix}");
            while (true)
            {
                HttpListenerContext context = await listener.GetContextAsync();
                await HandleAsync(context);
            }
        }

        static async Task HandleAsync(HttpListenerContext context)
        {
            string name = context.Request.QueryString["name"] ?? "world";
            byte[] buffer = Encoding.UTF8.GetBytes($"Hello, {name}!");
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength64 = buffer.Length;
            await context.Response.OutputStream.WriteAsync(buffer, 0, buffer.Length);
            context.Response.Close();
        }
    }
}
