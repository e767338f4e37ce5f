// Sample: JSON REST router: switch on method and path, JSON built by hand
//
// A small in-memory "todo" API: GET /api/todos lists, GET /api/todos/N
// shows one, POST /api/todos adds one from the body text, DELETE
// /api/todos/N removes one. Unknown routes give a JSON 404, wrong methods a
// 405 with Allow. JSON is written with StringBuilder, as real programs
// without a JSON library do. Serves requests until killed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;

namespace Samples.JsonRest
{
    class Todo
    {
        public int Id;
        public string Title;
        public bool Done;
    }

    class Program
    {
        static List<Todo> todos = new List<Todo>();
        static int nextId = 1;

        static void Main(string[] args)
        {
            Add("write samples", true);
            Add("translate them", false);
            var listener = new HttpListener();
            listener.Prefixes.Add("http://localhost:" + args[0] + "/api/");
            listener.Start();
            while (true)
            {
                HttpListenerContext context = listener.GetContext();
                try
                {
                    Route(context);
                }
                catch (Exception e)
                {
                    Send(context.Response, 500, "{\"error\":\"" + Escape(e.Message) + "\"}");
                }
            }
        }

        static Todo Add(string title, bool done)
        {
            var t = new Todo { Id = nextId++, Title = title, Done = done };
            todos.Add(t);
            return t;
        }

        static void Route(HttpListenerContext context)
        {
            HttpListenerRequest request = context.Request;
            string[] parts = request.Url.AbsolutePath.Trim('/').Split('/');
            if (parts.Length < 2 || parts[1] != "todos")
            {
                Send(context.Response, 404, "{\"error\":\"no such route\"}");
                return;
            }
            if (parts.Length == 2)
            {
                switch (request.HttpMethod)
                {
                    case "GET":
                        var sb = new StringBuilder("[");
                        for (int i = 0; i < todos.Count; i++)
                        {
                            if (i > 0) sb.Append(",");
                            sb.Append(ToJson(todos[i]));
                        }
                        sb.Append("]");
                        Send(context.Response, 200, sb.ToString());
                        return;
                    case "POST":
                        string title;
                        using (var reader = new StreamReader(request.InputStream, request.ContentEncoding))
                        {
                            title = reader.ReadToEnd().Trim();
                        }
                        if (title.Length == 0)
                        {
                            Send(context.Response, 400, "{\"error\":\"empty title\"}");
                            return;
                        }
                        Todo created = Add(title, false);
                        context.Response.AddHeader("Location", "/api/todos/" + created.Id);
                        Send(context.Response, 201, ToJson(created));
                        return;
                    default:
                        context.Response.AddHeader("Allow", "GET, POST");
                        Send(context.Response, 405, "{\"error\":\"method not allowed\"}");
                        return;
                }
            }
            int id;
            Todo todo = null;
            if (int.TryParse(parts[2], out id))
            {
                todo = todos.Find(t => t.Id == id);
            }
            if (todo == null)
            {
                Send(context.Response, 404, "{\"error\":\"no todo " + Escape(parts[2]) + "\"}");
                return;
            }
            if (request.HttpMethod == "DELETE")
            {
                todos.Remove(todo);
                context.Response.StatusCode = 204;
                context.Response.Close();
                return;
            }
            Send(context.Response, 200, ToJson(todo));
        }

        static string ToJson(Todo t)
        {
            return string.Format("{{\"id\":{0},\"title\":\"{1}\",\"done\":{2}}}", t.Id, Escape(t.Title), t.Done ? "true" : "false");
        }

        static string Escape(string s)
        {
            return s.Replace("\\", "\\\\").Replace("\"", "\\\"");
        }

        static void Send(HttpListenerResponse response, int status, string json)
        {
            byte[] buffer = Encoding.UTF8.GetBytes(json);
            response.StatusCode = status;
            response.ContentType = "application/json";
            response.ContentLength64 = buffer.Length;
            response.OutputStream.Write(buffer, 0, buffer.Length);
            response.Close();
        }
    }
}
