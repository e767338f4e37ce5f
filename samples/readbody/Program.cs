// Sample: reading a request body with StreamReader and ContentEncoding
//
// The usual way programs read a POST body: wrap InputStream in a
// StreamReader using the request's ContentEncoding and ReadToEnd. The
// response reports what was read. Serves requests until killed.
using System;
using System.IO;
using System.Net;
using System.Text;

namespace Samples.ReadBody
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
                HttpListenerRequest request = context.Request;
                string body = "";
                if (request.HasEntityBody)
                {
                    using (Stream input = request.InputStream)
                    using (StreamReader reader = new StreamReader(input, request.ContentEncoding))
                    {
                        body = reader.ReadToEnd();
                    }
                }
                string reply = string.Format("method={0}\nlength={1}\nencoding={2}\nchars={3}\nbody={4}\n",
                    request.HttpMethod, request.ContentLength64, request.ContentEncoding.WebName, body.Length, body);
                byte[] buffer = Encoding.UTF8.GetBytes(reply);
                HttpListenerResponse response = context.Response;
                response.ContentType = "text/plain; charset=UTF-8";
                response.ContentLength64 = buffer.Length;
                response.OutputStream.Write(buffer, 0, buffer.Length);
                response.Close();
            }
        }
    }
}
