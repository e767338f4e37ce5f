// Sample: the .NET docs sample for HttpListenerResponse.KeepAlive, completed into a program
//
// The docs show a method that answers one request with an HTML greeting,
// setting ContentLength64, StatusCode, StatusDescription, ProtocolVersion and
// KeepAlive = false before writing the OutputStream. This program wraps it in
// a listener loop on http://localhost:PORT/ (PORT = args[0]) and serves
// requests until the process is killed.
using System;
using System.IO;
using System.Net;
using System.Text;

namespace Samples.KeepAlive
{
    public class Program
    {
        public static void Main(string[] args)
        {
            string port = args[0];
            HttpListener listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + port + "/");
            listener.Start();
            Console.WriteLine("Listening on port {0}...", port);
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                SimpleListenerExample(context.Response);
            }
        }

        // The docs sample: build the page, describe it fully, and tell the
        // client the connection will not be reused.
        public static void SimpleListenerExample(HttpListenerResponse response)
        {
            string responseString = "<HTML><BODY> Hello world!</BODY></HTML>";
            byte[] buffer = Encoding.UTF8.GetBytes(responseString);
            response.ContentLength64 = buffer.Length;
            response.StatusCode = 200;
            response.StatusDescription = "OK";
            response.ProtocolVersion = new Version(1, 1);
            response.KeepAlive = false;
            Stream output = response.OutputStream;
            output.Write(buffer, 0, buffer.Length);
            // Closing the stream sends the response and, because KeepAlive is
            // false, closes the connection.
            output.Close();
        }
    }
}
