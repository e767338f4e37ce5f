// Sample: redirects with Response.Redirect and RedirectLocation
//
// /old answers with Redirect (302 Found and a Location header) and no body;
// /moved sets RedirectLocation and a 301 by hand; /new is the target page.
// Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.Redirect
{
    class Program
    {
        static void Main(string[] args)
        {
            string prefix = "http://localhost:" + args[0] + "/";
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                HttpListenerResponse response = context.Response;
                switch (context.Request.Url.AbsolutePath)
                {
                    case "/old":
                        // Redirect sets the status to 302 and the Location header.
                        response.Redirect(prefix + "new");
                        response.Close();
                        break;
                    case "/moved":
                        response.StatusCode = (int)HttpStatusCode.MovedPermanently;
                        response.StatusDescription = "Moved Permanently";
                        response.RedirectLocation = "/new";
                        response.Close();
                        break;
                    case "/new":
                        byte[] page = Encoding.UTF8.GetBytes("<p>You have arrived.</p>");
                        response.ContentType = "text/html";
                        response.ContentLength64 = page.Length;
                        response.OutputStream.Write(page, 0, page.Length);
                        response.Close();
                        break;
                    default:
                        response.StatusCode = 404;
                        response.Close();
                        break;
                }
            }
        }
    }
}
