// Sample: OAuth loopback redirect receiver that stops after one callback
//
// Desktop apps start a listener on a loopback port, open the browser at
// the provider's authorize URL with redirect_uri=http://127.0.0.1:PORT/,
// and wait for the redirect that carries ?code=...&state=... This program
// waits for that one callback, shows the user a page, prints the code and
// exits. Requests for /favicon.ico (browsers send them) are answered 404
// and do not count.
using System;
using System.Net;
using System.Text;

namespace Samples.OAuth
{
    class Program
    {
        const string ExpectedState = "xyz123";

        static void Main(string[] args)
        {
            string redirectUri = "http://127.0.0.1:" + args[0] + "/";
            var listener = new HttpListener();
            listener.Prefixes.Add(redirectUri);
            listener.Start();
            Console.WriteLine("Waiting for the authorization response on " + redirectUri);
            string code = null;
            while (code == null)
            {
                HttpListenerContext context = listener.GetContext();
                if (context.Request.Url.AbsolutePath == "/favicon.ico")
                {
                    context.Response.StatusCode = 404;
                    context.Response.Close();
                    continue;
                }
                string error = context.Request.QueryString["error"];
                string state = context.Request.QueryString["state"];
                string page;
                if (error != null)
                {
                    page = "<html><body>Sign-in failed: " + WebUtility.HtmlEncode(error) + "</body></html>";
                    code = "";
                }
                else if (state != ExpectedState)
                {
                    page = "<html><body>Invalid state.</body></html>";
                    context.Response.StatusCode = 400;
                }
                else
                {
                    code = context.Request.QueryString["code"];
                    page = "<html><body>You can close this window and return to the app.</body></html>";
                }
                byte[] buffer = Encoding.UTF8.GetBytes(page);
                context.Response.ContentType = "text/html; charset=UTF-8";
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.OutputStream.Close();
            }
            listener.Stop();
            Console.WriteLine("Authorization code: " + code);
        }
    }
}
