// Exceptions: throw and catch by exact and base type, finally order,
// rethrow, nested try, Message and GetType().Name of built-in exceptions.
using System;
using System.Collections.Generic;

class Holder
{
    public int Value;
}

class Program
{
    static int depth = 0;

    static void Fail(string what)
    {
        switch (what)
        {
            case "invalid":
                throw new InvalidOperationException("bad state");
            case "arg":
                throw new ArgumentException("bad value", "name");
            case "null":
                throw new ArgumentNullException("input");
            case "range":
                throw new ArgumentOutOfRangeException("index", "must be small");
            case "notimpl":
                throw new NotImplementedException();
            case "notsupported":
                throw new NotSupportedException("nope");
            default:
                throw new Exception("plain " + what);
        }
    }

    static string Order()
    {
        var log = new List<string>();
        try
        {
            log.Add("try");
            try
            {
                log.Add("inner try");
                throw new InvalidOperationException("x");
            }
            finally
            {
                log.Add("inner finally");
            }
        }
        catch (InvalidOperationException)
        {
            log.Add("catch");
        }
        finally
        {
            log.Add("outer finally");
        }
        return string.Join(" > ", log);
    }

    static int ReturnInFinally()
    {
        try
        {
            depth++;
            return depth;
        }
        finally
        {
            Console.WriteLine("finally runs before return: " + depth);
        }
    }

    static void Rethrow()
    {
        try
        {
            Fail("invalid");
        }
        catch (Exception e)
        {
            Console.WriteLine("logging " + e.Message);
            throw;
        }
    }

    static void Main()
    {
        string[] kinds = { "invalid", "arg", "null", "range", "notimpl", "notsupported", "other" };
        foreach (string k in kinds)
        {
            try
            {
                Fail(k);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("ArgumentException family: " + e.GetType().Name + ": " + e.Message);
            }
            catch (Exception e)
            {
                Console.WriteLine(e.GetType().Name + ": " + e.Message);
            }
        }
        Console.WriteLine(Order());
        Console.WriteLine(ReturnInFinally());
        try
        {
            Rethrow();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("rethrown " + e.GetType().Name + " " + e.Message);
        }
        try
        {
            try
            {
                throw new ArgumentException("inner problem");
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException("outer problem", e);
            }
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException.Message + " (" + e.InnerException.GetType().Name + ")");
        }
        try
        {
            Holder h = null;
            Console.WriteLine(h.Value);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("NullReferenceException: " + e.Message);
        }
        try
        {
            int[] arr = new int[2];
            arr[5] = 1;
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("IndexOutOfRangeException: " + e.Message);
        }
        try
        {
            object o = "text";
            int n = (int)o;
            Console.WriteLine(n);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        try
        {
            throw new Exception();
        }
        catch (Exception e)
        {
            Console.WriteLine("default message: " + e.Message);
        }
        var ex = new InvalidOperationException("shown");
        Console.WriteLine(ex.ToString());
        Console.WriteLine(new ArgumentNullException("p").Message);
        Console.WriteLine(new ArgumentException("m", "p").ParamName);
        try
        {
            throw new TimeoutException();
        }
        catch (SystemException e)
        {
            Console.WriteLine("SystemException caught " + e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("done");
    }
}
