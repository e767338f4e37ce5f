// Sample: basic listener: IsSupported, prefixes, one request, then Stop
//
// The shape of the .NET docs' "SimpleListenerExample": check that the
// platform supports HttpListener, register the prefixes, answer exactly one
// request and stop. The program exits after that one request.
using System;
using System.Net;

namespace Samples.Basic
{
    class Program
    {
        static void Main(string[] args)
        {
            string[] prefixes = { "http://localhost:" + args[0] + "/", "http://127.0.0.1:" + args[0] + "/" };
            SimpleListenerExample(prefixes);
        }

        // Answers one request on the given prefixes, then stops listening.
        public static void SimpleListenerExample(string[] prefixes)
        {
            if (!HttpListener.IsSupported)
            {
                Console.WriteLine("Windows XP SP2 or Server 2003 is required to use the HttpListener class.");
                return;
            }
            // URI prefixes are required, for example "http://contoso.com:8080/index/".
            if (prefixes == null || prefixes.Length == 0)
                throw new ArgumentException("prefixes");

            HttpListener listener = new HttpListener();
            foreach (string s in prefixes)
            {
                listener.Prefixes.Add(s);
            }
            listener.Start();
            Console.WriteLine("Listening...");
            // GetContext blocks until a request arrives.
            HttpListenerContext context = listener.GetContext();
            HttpListenerRequest request = context.Request;
            HttpListenerResponse response = context.Response;
            string responseString = "<HTML><BODY> Hello world!</BODY></HTML>";
            byte[] buffer = System.Text.Encoding.UTF8.GetBytes(responseString);
            response.ContentLength64 = buffer.Length;
            System.IO.Stream output = response.OutputStream;
            output.Write(buffer, 0, buffer.Length);
            // You must close the output stream.
            output.Close();
            listener.Stop();
            Console.WriteLine("Served {0} and stopped.", request.RawUrl);
        }
    }
}
