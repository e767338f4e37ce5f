// Sample: ContentType and ContentEncoding of responses
//
// /html and /json set ContentType the way most programs do; /charset spells
// the charset out itself; /encoding sets ContentEncoding as well, which
// .NET never puts on the wire; /none sets no type at all. Serves requests
// until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.ContentType
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
                string body;
                switch (context.Request.Url.AbsolutePath)
                {
                    case "/html":
                        response.ContentType = "text/html";
                        body = "<b>bold</b>";
                        break;
                    case "/json":
                        response.ContentType = "application/json";
                        body = "{\"ok\":true}";
                        break;
                    case "/charset":
                        response.ContentType = "text/plain; charset=UTF-8";
                        body = "naïve café";
                        break;
                    case "/encoding":
                        response.ContentType = "text/plain";
                        response.ContentEncoding = Encoding.UTF8;
                        body = "encoding set";
                        break;
                    default:
                        body = "no type";
                        break;
                }
                byte[] buffer = Encoding.UTF8.GetBytes(body);
                response.ContentLength64 = buffer.Length;
                response.OutputStream.Write(buffer, 0, buffer.Length);
                response.OutputStream.Close();
            }
        }
    }
}
