// Sample: AuthenticationSchemeSelectorDelegate choosing Basic or Anonymous per request
//
// The .NET docs' selector picks Basic for remote clients and Anonymous for
// local ones. Every client of this sample is local, so it also asks for
// Basic on paths under /admin, which lets the script see both branches.
// With Basic, the listener itself answers 401 until the client sends
// credentials, then the program sees context.User. Serves until killed.
using System;
using System.Net;
using System.Security.Principal;
using System.Text;

namespace Samples.AuthSelector
{
    class Program
    {
        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.AuthenticationSchemeSelectorDelegate = new AuthenticationSchemeSelector(AuthenticationSchemeForClient);
            listener.Realm = "samples";
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                IPrincipal user = context.User;
                string who = user == null ? "anonymous" : user.Identity.Name + " via " + user.Identity.AuthenticationType;
                byte[] buffer = Encoding.UTF8.GetBytes("hello " + who + " at " + context.Request.Url.AbsolutePath + "\n");
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.Close();
            }
        }

        // The listener calls this for each request before GetContext returns it.
        static AuthenticationSchemes AuthenticationSchemeForClient(HttpListenerRequest request)
        {
            Console.WriteLine("Client authentication protocol selection in progress...");
            if (!request.IsLocal || request.Url.AbsolutePath.StartsWith("/admin"))
            {
                return AuthenticationSchemes.Basic;
            }
            return AuthenticationSchemes.Anonymous;
        }
    }
}
