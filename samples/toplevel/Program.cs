// Sample: top-level statements (C# 9) with await and a lambda handler
//
// The whole program is a list of statements: no class, no Main; args is
// the implicit parameter. The handler is a lambda stored in a Func, since
// top-level local functions are out of the common subset. Serves requests
// until killed.
using System;
using System.Net;
using System.Text;
using System.Threading.Tasks;

var listener = new HttpListener();
listener.Prefixes.Add($"http://localhost:{args[0]}/");
listener.Start();
Console.WriteLine("Listening (top-level statements)");

Func<HttpListenerRequest, string> reply = request =>
    request.HttpMethod == "GET" ? $"GET {request.Url.AbsolutePath}" : "only GET here";

while (true)
{
    var context = await listener.GetContextAsync();
    var bytes = Encoding.UTF8.GetBytes(reply(context.Request));
    if (context.Request.HttpMethod != "GET")
    {
        context.Response.StatusCode = 405;
    }
    context.Response.ContentLength64 = bytes.Length;
    await context.Response.OutputStream.WriteAsync(bytes, 0, bytes.Length);
    context.Response.Close();
}
