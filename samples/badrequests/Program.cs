// Sample: a hello server facing malformed requests that the listener answers itself
//
// The program is the simplest possible server; the point is its script,
// which sends requests with bare LF line ends, leading empty lines, no
// Host, and a header line without a colon. The listener answers the broken
// ones itself and the program never sees them.
// Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.BadRequests
{
    class Program
    {
        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            int seen = 0;
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                seen++;
                byte[] buffer = Encoding.UTF8.GetBytes("hello #" + seen + " " + context.Request.RawUrl + "\n");
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.Close();
            }
        }
    }
}
