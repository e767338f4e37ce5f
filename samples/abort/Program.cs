// Sample: Response.Abort to drop a client, and the connection after it
//
// /abort calls Abort instead of Close: the connection is not reused.
// /partial writes part of a chunked body first. Other paths answer
// normally. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.Abort
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
                string path = context.Request.Url.AbsolutePath;
                try
                {
                    if (path == "/abort")
                    {
                        response.Abort();
                        continue;
                    }
                    byte[] data = Encoding.UTF8.GetBytes("partial data\n");
                    if (path == "/partial")
                    {
                        response.SendChunked = true;
                        response.OutputStream.Write(data, 0, data.Length);
                        response.Abort();
                        continue;
                    }
                    data = Encoding.UTF8.GetBytes("fine\n");
                    response.ContentLength64 = data.Length;
                    response.OutputStream.Write(data, 0, data.Length);
                    response.Close();
                }
                catch (HttpListenerException e)
                {
                    Console.WriteLine("listener error {0}: {1}", e.ErrorCode, e.Message);
                }
            }
        }
    }
}
