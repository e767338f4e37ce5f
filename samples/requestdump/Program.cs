// Sample: request property dump (method, URL parts, query, headers, body flags, version)
//
// Echo servers are the most common HttpListener program. This one writes
// the request's properties as plain text, one per line, so the replay
// script pins down how the listener parses requests. It serves requests
// until the process is killed.
using System;
using System.Net;
using System.Text;

namespace Samples.RequestDump
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
                var context = listener.GetContext();
                var text = Describe(context.Request);
                var buffer = Encoding.UTF8.GetBytes(text);
                context.Response.ContentType = "text/plain";
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.OutputStream.Close();
            }
        }

        // Describe lists the properties programs commonly read. Values that
        // change between runs (remote port, trace id) are left out.
        static string Describe(HttpListenerRequest request)
        {
            var sb = new StringBuilder();
            sb.AppendLine("HttpMethod: " + request.HttpMethod);
            sb.AppendLine("RawUrl: " + request.RawUrl);
            sb.AppendLine("Url: " + request.Url.AbsoluteUri);
            sb.AppendLine("AbsolutePath: " + request.Url.AbsolutePath);
            sb.AppendLine("Query: " + request.Url.Query);
            sb.AppendLine("ProtocolVersion: " + request.ProtocolVersion);
            sb.AppendLine("KeepAlive: " + request.KeepAlive);
            sb.AppendLine("HasEntityBody: " + request.HasEntityBody);
            sb.AppendLine("ContentLength64: " + request.ContentLength64);
            sb.AppendLine("ContentType: " + (request.ContentType ?? "(null)"));
            sb.AppendLine("UserAgent: " + (request.UserAgent ?? "(null)"));
            sb.AppendLine("UserHostName: " + request.UserHostName);
            sb.AppendLine("IsLocal: " + request.IsLocal);
            var query = request.QueryString;
            sb.AppendLine("QueryString.Count: " + query.Count);
            foreach (string key in query.AllKeys)
            {
                sb.AppendLine(string.Format("  [{0}] = {1}", key ?? "(null)", query[key]));
            }
            sb.AppendLine("Headers.Count: " + request.Headers.Count);
            foreach (string name in request.Headers.AllKeys)
            {
                sb.AppendLine($"  {name}: {request.Headers[name]}");
            }
            return sb.ToString();
        }
    }
}
