// Sample: a class-based server with constructor, fields, properties and a handler method
//
// Many programs wrap the listener in their own class: the constructor
// takes the port, read-only fields hold the listener and the routes,
// properties expose state, and Start/Stop/HandleRequest are methods.
// The routes are a Dictionary of path to handler. Serves until a request
// for /stop arrives, then the server stops itself and the program exits.
using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace Samples.ClassServer
{
    public class WebServer
    {
        private readonly HttpListener listener;
        private readonly Dictionary<string, Func<HttpListenerRequest, string>> routes;
        private int requestCount;

        public WebServer(int port)
        {
            Port = port;
            listener = new HttpListener();
            listener.Prefixes.Add(string.Format("http://localhost:{0}/", port));
            routes = new Dictionary<string, Func<HttpListenerRequest, string>>();
        }

        public int Port { get; private set; }

        public int RequestCount
        {
            get { return requestCount; }
        }

        public bool IsRunning
        {
            get { return listener.IsListening; }
        }

        public void Map(string path, Func<HttpListenerRequest, string> handler)
        {
            routes[path] = handler;
        }

        public void Run()
        {
            listener.Start();
            Console.WriteLine("WebServer on port {0}", Port);
            while (IsRunning)
            {
                HttpListenerContext context = listener.GetContext();
                HandleRequest(context);
            }
        }

        public void Stop()
        {
            listener.Stop();
            listener.Close();
        }

        private void HandleRequest(HttpListenerContext context)
        {
            requestCount++;
            string path = context.Request.Url.AbsolutePath;
            HttpListenerResponse response = context.Response;
            string body;
            Func<HttpListenerRequest, string> handler;
            if (routes.TryGetValue(path, out handler))
            {
                body = handler(context.Request);
            }
            else
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
                body = "unknown path " + path;
            }
            byte[] buffer = Encoding.UTF8.GetBytes(body + "\n");
            response.ContentType = "text/plain";
            response.ContentLength64 = buffer.Length;
            response.OutputStream.Write(buffer, 0, buffer.Length);
            response.Close();
            if (path == "/stop")
            {
                Stop();
            }
        }
    }

    class Program
    {
        static void Main(string[] args)
        {
            var server = new WebServer(int.Parse(args[0]));
            server.Map("/", request => "home");
            server.Map("/count", request => "requests so far: " + server.RequestCount);
            server.Map("/echo", request => "you said " + (request.QueryString["say"] ?? "nothing"));
            server.Map("/stop", request => "bye");
            server.Run();
            Console.WriteLine("Served {0} requests.", server.RequestCount);
        }
    }
}
