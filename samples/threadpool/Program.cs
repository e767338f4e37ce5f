// Sample: ThreadPool.QueueUserWorkItem per request
//
// Each context is queued to the thread pool with a WaitCallback; the
// handler builds a small JSON status document. Serves requests until killed.
using System;
using System.Net;
using System.Text;
using System.Threading;

namespace Samples.ThreadPoolServer
{
    class Program
    {
        static DateTime started = DateTime.UtcNow;

        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            while (true)
            {
                var context = listener.GetContext();
                ThreadPool.QueueUserWorkItem(new WaitCallback(HandleRequest), context);
            }
        }

        static void HandleRequest(object state)
        {
            var context = (HttpListenerContext)state;
            try
            {
                bool healthy = context.Request.Url.AbsolutePath == "/health";
                string json = "{\"status\":\"" + (healthy ? "ok" : "unknown") + "\",\"uptimeKnown\":" +
                              (DateTime.UtcNow >= started ? "true" : "false") + "}";
                byte[] buffer = Encoding.UTF8.GetBytes(json);
                context.Response.StatusCode = healthy ? 200 : 404;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
            }
            catch (Exception e)
            {
                Console.WriteLine("error: " + e.Message);
            }
            finally
            {
                context.Response.Close();
            }
        }
    }
}
