// Interfaces: a handler interface implemented by several classes, used
// through interface-typed variables, collections and is/as tests.
using System;
using System.Collections.Generic;

interface IHandler
{
    string Path { get; }
    string Handle(string body);
}

interface INamed
{
    string Name();
}

class EchoHandler : IHandler, INamed
{
    public string Path { get { return "/echo"; } }

    public string Handle(string body)
    {
        return body;
    }

    public string Name()
    {
        return "echo";
    }
}

class UpperHandler : IHandler
{
    public string Path => "/upper";

    public string Handle(string body) => body.ToUpper();
}

class Program
{
    static void Dispatch(IHandler h, string body)
    {
        Console.WriteLine(h.Path + " -> " + h.Handle(body));
    }

    static void Main()
    {
        var handlers = new List<IHandler> { new EchoHandler(), new UpperHandler() };
        foreach (var h in handlers)
        {
            Dispatch(h, "hello");
            if (h is INamed named)
            {
                Console.WriteLine("named " + named.Name());
            }
            INamed n2 = h as INamed;
            Console.WriteLine(n2 == null ? "not named" : "also named");
        }
        var routes = new Dictionary<string, IHandler>();
        foreach (var h in handlers)
        {
            routes[h.Path] = h;
        }
        Console.WriteLine(routes["/upper"].Handle("route"));
        IDisposable d = new Resource("r1");
        d.Dispose();
        using (var r = new Resource("r2"))
        {
            Console.WriteLine("using " + r.Id);
        }
    }
}

class Resource : IDisposable
{
    public string Id;

    public Resource(string id)
    {
        Id = id;
    }

    public void Dispose()
    {
        Console.WriteLine("disposed " + Id);
    }
}
