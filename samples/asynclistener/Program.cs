// Sample: non-blocking listener with BeginGetContext, EndGetContext and AsyncWaitHandle.WaitOne
//
// The .NET docs' "NonblockingListener": each BeginGetContext is given an
// AsyncCallback; the main thread waits on the IAsyncResult's AsyncWaitHandle
// until a request has arrived, then begins waiting for the next one while the
// callback handles the request on a thread-pool thread. The program serves
// requests until the process is killed.
using System;
using System.Net;
using System.Text;

namespace Samples.AsyncListener
{
    class Program
    {
        static int served = 0;

        static void Main(string[] args)
        {
            HttpListener listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            Console.WriteLine("Listening...");
            while (true)
            {
                IAsyncResult result = listener.BeginGetContext(new AsyncCallback(ListenerCallback), listener);
                // Applications can do other work here; this one just waits
                // until the request has arrived (not until it is handled).
                result.AsyncWaitHandle.WaitOne();
            }
        }

        // Runs on a thread-pool thread once a request has arrived.
        public static void ListenerCallback(IAsyncResult result)
        {
            HttpListener listener = (HttpListener)result.AsyncState;
            HttpListenerContext context = listener.EndGetContext(result);
            HttpListenerRequest request = context.Request;
            HttpListenerResponse response = context.Response;
            served++;
            string responseString = string.Format("<HTML><BODY>Request {0}: {1} {2}</BODY></HTML>", served, request.HttpMethod, request.Url.AbsolutePath);
            byte[] buffer = Encoding.UTF8.GetBytes(responseString);
            response.ContentLength64 = buffer.Length;
            System.IO.Stream output = response.OutputStream;
            output.Write(buffer, 0, buffer.Length);
            output.Close();
        }
    }
}
