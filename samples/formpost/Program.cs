// Sample: HTML form served on GET and parsed on POST (urlencoded body, WebUtility)
//
// GET / shows a form; POST / reads the urlencoded body, splits it into
// fields with WebUtility.UrlDecode and echoes them back, HTML-encoded.
// (HttpUtility.ParseQueryString would do the split, but it lives in
// System.Web.dll, which a minimal Mono does not ship.) Serves requests
// until killed.
using System;
using System.Collections.Specialized;
using System.IO;
using System.Net;
using System.Text;

namespace Samples.FormPost
{
    class Program
    {
        const string Form = "<form method=\"post\"><input name=\"name\"><input name=\"comment\"><button>Send</button></form>";

        static void Main(string[] args)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/");
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                HttpListenerRequest request = context.Request;
                string html;
                if (request.HttpMethod == "POST" && request.ContentType == "application/x-www-form-urlencoded")
                {
                    string body;
                    using (var reader = new StreamReader(request.InputStream, request.ContentEncoding))
                    {
                        body = reader.ReadToEnd();
                    }
                    NameValueCollection fields = ParseForm(body);
                    var sb = new StringBuilder("<ul>");
                    foreach (string key in fields.AllKeys)
                    {
                        sb.AppendFormat("<li>{0} = {1}</li>", WebUtility.HtmlEncode(key), WebUtility.HtmlEncode(fields[key]));
                    }
                    sb.Append("</ul>");
                    html = sb.ToString();
                }
                else if (request.HttpMethod == "POST")
                {
                    context.Response.StatusCode = 415;
                    html = "<p>Unsupported form encoding</p>";
                }
                else
                {
                    html = Form;
                }
                byte[] buffer = Encoding.UTF8.GetBytes(html);
                context.Response.ContentType = "text/html";
                context.Response.ContentLength64 = buffer.Length;
                context.Response.OutputStream.Write(buffer, 0, buffer.Length);
                context.Response.Close();
            }
        }

        // ParseForm splits "a=1&b=2" into fields; '+' and %XX are decoded.
        static NameValueCollection ParseForm(string body)
        {
            var fields = new NameValueCollection();
            foreach (string pair in body.Split('&'))
            {
                if (pair.Length == 0)
                {
                    continue;
                }
                int eq = pair.IndexOf('=');
                string key = eq < 0 ? pair : pair.Substring(0, eq);
                string value = eq < 0 ? "" : pair.Substring(eq + 1);
                fields.Add(WebUtility.UrlDecode(key), WebUtility.UrlDecode(value));
            }
            return fields;
        }
    }
}
