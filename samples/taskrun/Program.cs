// Sample: accept loop that hands each request to Task.Run
//
// The main thread only accepts; each context is processed on the thread
// pool, so a slow request does not hold up the next. A lock protects the
// shared counter. Serves requests until killed.
using System;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Samples.TaskRun
{
    class Program
    {
        static readonly object counterLock = new object();
        static int handled;

        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://127.0.0.1:" + args[0] + "/");
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                Task.Run(() => Handle(context));
            }
        }

        static void Handle(HttpListenerContext context)
        {
            string path = context.Request.Url.AbsolutePath;
            if (path == "/slow")
            {
                // Simulated work; other requests are answered meanwhile.
                Thread.Sleep(300);
            }
            int n;
            lock (counterLock)
            {
                handled++;
                n = handled;
            }
            byte[] buffer = Encoding.UTF8.GetBytes("done " + path + "\n");
            context.Response.AddHeader("X-Worker", "task");
            context.Response.ContentLength64 = buffer.Length;
            context.Response.OutputStream.Write(buffer, 0, buffer.Length);
            context.Response.Close();
            Console.WriteLine("handled {0} ({1})", path, n);
        }
    }
}
