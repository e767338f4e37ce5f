// Sample: one new Thread per request
//
// Older servers start a Thread for every context and mark it as a
// background thread so it does not keep the process alive. Serves requests
// until killed.
using System;
using System.Net;
using System.Text;
using System.Threading;

namespace Samples.ThreadPer
{
    class Program
    {
        static void Main(string[] args)
        {
            HttpListener listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            while (listener.IsListening)
            {
                HttpListenerContext context = listener.GetContext();
                Thread worker = new Thread(Process);
                worker.IsBackground = true;
                worker.Start(context);
            }
        }

        // Process receives the context as the thread's start argument.
        static void Process(object state)
        {
            HttpListenerContext context = (HttpListenerContext)state;
            HttpListenerRequest request = context.Request;
            string text = string.Format("{0} {1} on a worker thread", request.HttpMethod, request.RawUrl);
            byte[] buffer = Encoding.UTF8.GetBytes(text);
            HttpListenerResponse response = context.Response;
            response.ContentType = "text/plain";
            response.ContentLength64 = buffer.Length;
            using (var output = response.OutputStream)
            {
                output.Write(buffer, 0, buffer.Length);
            }
        }
    }
}
