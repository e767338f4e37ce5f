// Sample: the benchmark server: the KeepAlive docs sample's greeting, served in a loop.
// args[0] is the port; args[1] == "close" sets KeepAlive = false (Connection: close).
using System;
using System.IO;
using System.Net;
using System.Text;

class HelloServer
{
    static void Main(string[] args)
    {
        bool keepAlive = args.Length < 2 || args[1] != "close";
        HttpListener listener = new HttpListener();
        listener.Prefixes.Add("http://127.0.0.1:" + args[0] + "/");
        listener.Start();
        byte[] buffer = Encoding.UTF8.GetBytes("<HTML><BODY> Hello world!</BODY></HTML>");
        while (true)
        {
            HttpListenerContext context = listener.GetContext();
            HttpListenerResponse response = context.Response;
            response.ContentLength64 = buffer.Length;
            response.StatusCode = 200;
            response.KeepAlive = keepAlive;
            Stream output = response.OutputStream;
            output.Write(buffer, 0, buffer.Length);
            output.Close();
        }
    }
}
