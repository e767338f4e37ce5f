// A realistic HttpListener application used by BenchmarkParse. It mixes the
// constructs the corpus uses most: classes, async methods, string
// interpolation, try/catch, using, lambdas, generics and casts.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Bench.Server
{
    /// <summary>
    /// Routes requests to handlers by path.
    /// </summary>
    public sealed class Router
    {
        private readonly Dictionary<string, Func<HttpListenerContext, Task>> _routes =
            new Dictionary<string, Func<HttpListenerContext, Task>>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _log = new List<string>();
        private static int s_requests;

        public int Count => _routes.Count;

        public void Map(string path, Func<HttpListenerContext, Task> handler)
        {
            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("path must not be empty", nameof(path));
            }
            _routes[path] = handler ?? throw new ArgumentNullException(nameof(handler));
        }

        public async Task DispatchAsync(HttpListenerContext context)
        {
            Interlocked.Increment(ref s_requests);
            var path = context.Request.Url.AbsolutePath;
            _log.Add($"{DateTime.Now:HH:mm:ss} {context.Request.HttpMethod} {path}");
            if (_routes.TryGetValue(path, out var handler))
            {
                try
                {
                    await handler(context);
                }
                catch (Exception ex) when (!(ex is HttpListenerException))
                {
                    await WriteAsync(context.Response, 500, "text/plain", "Internal error: " + ex.Message);
                }
            }
            else
            {
                await WriteAsync(context.Response, (int)HttpStatusCode.NotFound, "text/plain", $"No route for {path}");
            }
        }

        public static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body)
        {
            byte[] buffer = Encoding.UTF8.GetBytes(body);
            response.StatusCode = status;
            response.ContentType = contentType + "; charset=utf-8";
            response.ContentLength64 = buffer.Length;
            using (Stream output = response.OutputStream)
            {
                await output.WriteAsync(buffer, 0, buffer.Length);
            }
        }

        public IEnumerable<string> Recent(int n) => _log.Skip(Math.Max(0, _log.Count - n)).ToList();
    }

    public class StaticFiles
    {
        private readonly string _root;
        private static readonly Dictionary<string, string> Types = new Dictionary<string, string>
        {
            { ".html", "text/html" },
            { ".css", "text/css" },
            { ".js", "application/javascript" },
            { ".png", "image/png" },
        };

        public StaticFiles(string root)
        {
            _root = Path.GetFullPath(root);
        }

        public async Task ServeAsync(HttpListenerContext ctx)
        {
            string rel = ctx.Request.Url.AbsolutePath.TrimStart('/');
            string file = Path.Combine(_root, rel.Length == 0 ? "index.html" : rel);
            if (!file.StartsWith(_root) || !File.Exists(file))
            {
                ctx.Response.StatusCode = 404;
                ctx.Response.Close();
                return;
            }
            string ext = Path.GetExtension(file).ToLowerInvariant();
            ctx.Response.ContentType = Types.ContainsKey(ext) ? Types[ext] : "application/octet-stream";
            byte[] data = File.ReadAllBytes(file);
            ctx.Response.ContentLength64 = data.Length;
            await ctx.Response.OutputStream.WriteAsync(data, 0, data.Length);
            ctx.Response.OutputStream.Close();
        }
    }

    public class Server : IDisposable
    {
        private readonly HttpListener _listener;
        private readonly Router _router = new Router();
        private readonly CancellationTokenSource _cts = new CancellationTokenSource();
        private readonly object _sync = new object();
        private Thread _worker;
        private bool _disposed;

        public Server(string prefix, int port = 8080)
        {
            if (!HttpListener.IsSupported)
            {
                Console.WriteLine("Windows XP SP2 or Server 2003 is required to use the HttpListener class.");
                return;
            }
            _listener = new HttpListener { IgnoreWriteExceptions = true };
            _listener.Prefixes.Add($"{prefix}:{port}/");
            _listener.AuthenticationSchemes = AuthenticationSchemes.Anonymous;
            _router.Map("/", ctx => Router.WriteAsync(ctx.Response, 200, "text/html", "<h1>Home</h1>"));
            _router.Map("/time", async ctx =>
            {
                var now = DateTime.UtcNow;
                await Router.WriteAsync(ctx.Response, 200, "text/plain", now.ToString("o"));
            });
            _router.Map("/echo", EchoAsync);
            _router.Map("/stats", ctx => Router.WriteAsync(ctx.Response, 200, "text/plain",
                string.Join("\n", _router.Recent(10))));
        }

        public bool IsListening
        {
            get { lock (_sync) { return _listener != null && _listener.IsListening; } }
        }

        public void Start()
        {
            _listener.Start();
            _worker = new Thread(Loop) { IsBackground = true, Name = "http-accept" };
            _worker.Start();
        }

        private void Loop()
        {
            while (!_cts.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = _listener.GetContext();
                }
                catch (HttpListenerException)
                {
                    break;
                }
                catch (ObjectDisposedException)
                {
                    break;
                }
                ThreadPool.QueueUserWorkItem(_ => _router.DispatchAsync(context).Wait());
            }
        }

        private static async Task EchoAsync(HttpListenerContext ctx)
        {
            var request = ctx.Request;
            string body;
            using (var reader = new StreamReader(request.InputStream, request.ContentEncoding))
            {
                body = await reader.ReadToEndAsync();
            }
            var sb = new StringBuilder();
            sb.AppendLine($"Method: {request.HttpMethod}");
            sb.AppendLine($"Url: {request.Url}");
            sb.AppendLine($"Remote: {request.RemoteEndPoint}");
            foreach (string key in request.Headers.AllKeys)
            {
                sb.AppendFormat("{0}: {1}\r\n", key, request.Headers[key]);
            }
            for (int i = 0; i < request.QueryString.Count; i++)
            {
                sb.Append(request.QueryString.GetKey(i)).Append('=').Append(request.QueryString[i]).Append('\n');
            }
            sb.Append(body);
            await Router.WriteAsync(ctx.Response, 200, "text/plain", sb.ToString());
        }

        public void BeginAccept()
        {
            IAsyncResult result = _listener.BeginGetContext(new AsyncCallback(OnContext), _listener);
            result.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(1));
        }

        private static void OnContext(IAsyncResult result)
        {
            HttpListener listener = (HttpListener)result.AsyncState;
            HttpListenerContext context = listener.EndGetContext(result);
            HttpListenerResponse response = context.Response;
            string responseString = "<HTML><BODY> Hello world!</BODY></HTML>";
            byte[] buffer = System.Text.Encoding.UTF8.GetBytes(responseString);
            response.ContentLength64 = buffer.Length;
            System.IO.Stream output = response.OutputStream;
            output.Write(buffer, 0, buffer.Length);
            output.Close();
        }

        public void Stop()
        {
            _cts.Cancel();
            lock (_sync)
            {
                if (_listener?.IsListening == true)
                {
                    _listener.Stop();
                }
            }
            _worker?.Join(1000);
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Stop();
            ((IDisposable)_listener)?.Dispose();
            _cts.Dispose();
        }
    }

    public static class Program
    {
        private static readonly string[] DefaultPrefixes = { "http://localhost", "http://127.0.0.1" };
        private const int Port = 8080;

        public static int Main(string[] args)
        {
            var prefix = args.Length > 0 ? args[0] : DefaultPrefixes[0];
            int port = args.Length > 1 && int.TryParse(args[1], out var p) ? p : Port;
            using (var server = new Server(prefix, port))
            {
                server.Start();
                Console.WriteLine($"Listening on {prefix}:{port,5}. Press Enter to stop.");
                Console.CancelKeyPress += (sender, e) =>
                {
                    e.Cancel = true;
                    server.Stop();
                };
                var line = Console.ReadLine();
                while (line != null && line.Trim().Length > 0)
                {
                    switch (line.Trim().ToLowerInvariant())
                    {
                        case "stats":
                            Console.WriteLine("listening: " + server.IsListening);
                            break;
                        case "quit":
                        case "exit":
                            return 0;
                        default:
                            Console.WriteLine(@"Commands: stats, quit");
                            break;
                    }
                    line = Console.ReadLine();
                }
            }
            return 0;
        }

        private static long Checksum(byte[] data)
        {
            long sum = 0;
            unchecked
            {
                for (var i = 0; i < data.Length; i++)
                {
                    sum = (sum << 5) - sum + data[i];
                    sum ^= (sum >> 3) & 0x5555_5555L;
                }
            }
            return sum;
        }

        private static string Describe(object o)
        {
            if (o is null) return "null";
            if (o is string s && s.Length > 0) return "string " + s;
            return o switch
            {
                int n when n < 0 => "negative",
                int n => $"int {n}",
                byte[] bytes => $"{bytes.Length} bytes",
                _ => o.GetType().Name,
            };
        }
    }
}
