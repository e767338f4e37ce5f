// Custom exception classes and exception filters: catch ... when, a
// user-defined hierarchy with extra properties, and an uncaught-looking
// path that is caught by a general handler.
using System;

class HttpError : Exception
{
    public int Code { get; private set; }

    public HttpError(int code, string message) : base(message)
    {
        Code = code;
    }
}

class NotFoundError : HttpError
{
    public NotFoundError(string path) : base(404, "Not found: " + path)
    {
    }
}

class Program
{
    static void Handle(int code)
    {
        try
        {
            if (code == 404)
            {
                throw new NotFoundError("/missing");
            }
            throw new HttpError(code, "status " + code);
        }
        catch (HttpError e) when (e.Code >= 500)
        {
            Console.WriteLine("server error " + e.Code + ": " + e.Message);
        }
        catch (HttpError e) when (e.Code == 404)
        {
            Console.WriteLine("not found (" + e.GetType().Name + "): " + e.Message);
        }
        catch (HttpError e)
        {
            Console.WriteLine("client error " + e.Code + ": " + e.Message);
        }
    }

    static bool Log(string msg)
    {
        Console.WriteLine("filter saw: " + msg);
        return false;
    }

    static void Main()
    {
        Handle(500);
        Handle(404);
        Handle(400);
        try
        {
            try
            {
                throw new InvalidOperationException("boom");
            }
            catch (Exception e) when (Log(e.Message))
            {
                Console.WriteLine("never");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("outer caught " + e.Message);
        }
        try
        {
            throw new NotFoundError("/x");
        }
        catch (Exception e)
        {
            var h = e as HttpError;
            Console.WriteLine((h != null) + " " + h.Code + " " + (e is NotFoundError));
        }
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                if (attempts < 3)
                {
                    throw new TimeoutException("attempt " + attempts);
                }
                Console.WriteLine("succeeded after " + attempts);
                break;
            }
            catch (TimeoutException e)
            {
                Console.WriteLine("retry: " + e.Message);
            }
        }
    }
}
