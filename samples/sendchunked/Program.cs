// Sample: streaming a response with SendChunked and several writes
//
// Programs that produce output over time (progress, logs, server-sent
// lines) set SendChunked and write piece by piece; each Write becomes one
// chunk. /implicit writes without any length, which chunks as well on an
// HTTP/1.1 request. Serves requests until killed.
using System;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;

namespace Samples.SendChunked
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
                response.ContentType = "text/plain";
                if (context.Request.Url.AbsolutePath == "/stream")
                {
                    response.SendChunked = true;
                }
                Stream output = response.OutputStream;
                for (int i = 1; i <= 3; i++)
                {
                    byte[] line = Encoding.UTF8.GetBytes("line " + i + "\n");
                    output.Write(line, 0, line.Length);
                    output.Flush();
                    Thread.Sleep(20);
                }
                output.Close();
            }
        }
    }
}
