// Sample: cookies: reading Request.Cookies, AppendCookie, SetCookie and Response.Cookies
//
// /login sets a session cookie with SetCookie and a preference with
// AppendCookie; /whoami lists the cookies the client sent back. Serves
// requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.Cookies
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
                HttpListenerResponse response = context.Response;
                var sb = new StringBuilder();
                if (request.Url.AbsolutePath == "/login")
                {
                    var session = new Cookie("session", "abc123");
                    session.Path = "/";
                    response.SetCookie(session);
                    response.AppendCookie(new Cookie("theme", "dark"));
                    sb.Append("logged in\n");
                }
                else
                {
                    sb.Append("cookies: " + request.Cookies.Count + "\n");
                    foreach (Cookie c in request.Cookies)
                    {
                        sb.AppendFormat("{0}={1}\n", c.Name, c.Value);
                    }
                }
                byte[] buffer = Encoding.UTF8.GetBytes(sb.ToString());
                response.ContentLength64 = buffer.Length;
                response.OutputStream.Write(buffer, 0, buffer.Length);
                response.Close();
            }
        }
    }
}
