// Sample: sending a whole body with Response.Close(byte[], bool)
//
// Close(entity, willBlock) sets the length, writes the bytes and ends the
// response in one call. /block passes willBlock = true, /async false; /empty
// sends an empty array. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.CloseBytes
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
                string path = context.Request.Url.AbsolutePath;
                HttpListenerResponse response = context.Response;
                response.ContentType = "text/plain";
                if (path == "/block")
                {
                    response.Close(Encoding.UTF8.GetBytes("sent with willBlock=true"), true);
                }
                else if (path == "/async")
                {
                    response.Close(Encoding.UTF8.GetBytes("sent with willBlock=false"), false);
                }
                else
                {
                    response.Close(new byte[0], true);
                }
            }
        }
    }
}
