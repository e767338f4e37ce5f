// Sample: IgnoreWriteExceptions, so a client that goes away cannot crash the loop
//
// With IgnoreWriteExceptions = true a failed write to a disconnected
// client is swallowed instead of throwing HttpListenerException. The
// program still guards each request with try/catch, as robust servers
// do, and counts requests. Serves requests until killed.
using System;
using System.Net;
using System.Text;

namespace Samples.IgnoreWrite
{
    class Program
    {
        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.IgnoreWriteExceptions = true;
            listener.Start();
            int count = 0;
            while (listener.IsListening)
            {
                HttpListenerContext context = listener.GetContext();
                count++;
                try
                {
                    string text = "request " + count + ", IgnoreWriteExceptions=" + listener.IgnoreWriteExceptions + "\n";
                    byte[] buffer = Encoding.UTF8.GetBytes(text);
                    context.Response.ContentLength64 = buffer.Length;
                    context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                    context.Response.OutputStream.Close();
                }
                catch (HttpListenerException e)
                {
                    Console.WriteLine("write failed: " + e.Message);
                }
            }
        }
    }
}
