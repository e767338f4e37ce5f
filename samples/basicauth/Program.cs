// Sample: Basic authentication with HttpListenerBasicIdentity and a password check
//
// AuthenticationSchemes = Basic makes the listener demand credentials; the
// program then reads the name and password from HttpListenerBasicIdentity
// and answers 403 unless they match. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.BasicAuth
{
    class Program
    {
        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.AuthenticationSchemes = AuthenticationSchemes.Basic;
            listener.Realm = "Sample Realm";
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                var identity = (HttpListenerBasicIdentity)context.User.Identity;
                HttpListenerResponse response = context.Response;
                string message;
                if (identity.Name == "admin" && identity.Password == "p@ss:word")
                {
                    message = "welcome, " + identity.Name + " (" + identity.AuthenticationType + ")";
                }
                else
                {
                    response.StatusCode = (int)HttpStatusCode.Forbidden;
                    message = "wrong password for " + identity.Name;
                }
                byte[] buffer = Encoding.UTF8.GetBytes(message);
                response.ContentType = "text/plain";
                response.ContentLength64 = buffer.Length;
                response.OutputStream.Write(buffer, 0, buffer.Length);
                response.Close();
            }
        }
    }
}
