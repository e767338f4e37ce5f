// Sample: graceful shutdown with a CancellationToken and a /quit request
//
// A CancellationTokenSource is cancelled by a request to /quit; the token's
// registration stops the listener, which makes the pending GetContextAsync
// fail, and the loop ends. The program exits after /quit.
using System;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Samples.Cancellation
{
    class Program
    {
        static void Main(string[] args)
        {
            var cts = new CancellationTokenSource();
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            Task server = ServeAsync(listener, cts);
            server.Wait();
            Console.WriteLine("Stopped cleanly.");
        }

        static async Task ServeAsync(HttpListener listener, CancellationTokenSource cts)
        {
            CancellationToken token = cts.Token;
            using (token.Register(() => listener.Stop()))
            {
                while (!token.IsCancellationRequested)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await listener.GetContextAsync();
                    }
                    catch (HttpListenerException)
                    {
                        // Stop() was called by the token's registration:
                        // the pending GetContextAsync fails with "Listener closed."
                        break;
                    }
                    catch (ObjectDisposedException)
                    {
                        break;
                    }
                    bool quit = context.Request.Url.AbsolutePath == "/quit";
                    string text = quit ? "shutting down\n" : "working on " + context.Request.Url.AbsolutePath + "\n";
                    byte[] buffer = Encoding.UTF8.GetBytes(text);
                    context.Response.ContentLength64 = buffer.Length;
                    if (quit)
                    {
                        context.Response.KeepAlive = false;
                    }
                    await context.Response.OutputStream.WriteAsync(buffer, 0, buffer.Length);
                    context.Response.Close();
                    if (quit)
                    {
                        cts.Cancel();
                    }
                }
            }
        }
    }
}
