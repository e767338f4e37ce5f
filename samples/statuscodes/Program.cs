// Sample: StatusCode and StatusDescription, from HttpStatusCode values and custom texts
//
// The path picks the status: /404 uses (int)HttpStatusCode.NotFound,
// /custom sets a description of its own, /teapot uses a code with no
// standard reason phrase, /nocontent answers 204 without a body and /error
// answers 500; /v10 sets ProtocolVersion to 1.0. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.StatusCodes
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
                string message;
                switch (context.Request.Url.AbsolutePath)
                {
                    case "/404":
                        response.StatusCode = (int)HttpStatusCode.NotFound;
                        message = "nothing here";
                        break;
                    case "/custom":
                        response.StatusCode = 299;
                        response.StatusDescription = "Mostly Fine";
                        message = "custom";
                        break;
                    case "/teapot":
                        response.StatusCode = 418;
                        message = "short and stout";
                        break;
                    case "/nocontent":
                        response.StatusCode = (int)HttpStatusCode.NoContent;
                        message = null;
                        break;
                    case "/v10":
                        // .NET ignores the response version on the wire.
                        response.ProtocolVersion = HttpVersion.Version10;
                        message = "old version";
                        break;
                    case "/error":
                        response.StatusCode = 500;
                        message = "it broke";
                        break;
                    default:
                        message = "status " + response.StatusCode + " " + response.StatusDescription;
                        break;
                }
                if (message != null)
                {
                    byte[] buffer = Encoding.UTF8.GetBytes(message);
                    response.ContentLength64 = buffer.Length;
                    response.OutputStream.Write(buffer, 0, buffer.Length);
                }
                response.Close();
            }
        }
    }
}
