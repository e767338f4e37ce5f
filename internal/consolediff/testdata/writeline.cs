// Console.WriteLine and Console.Write overloads: the values programs print
// most (strings, numbers, booleans, chars, null, composite formats).
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("Listening...");
        Console.WriteLine();
        Console.WriteLine(42);
        Console.WriteLine(-7L);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('x');
        Console.WriteLine(2.5);
        Console.WriteLine(100.0);
        Console.WriteLine(1e21);
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine(1.0 / 3.0);
        Console.WriteLine(3.0f);
        string none = null;
        Console.WriteLine(none);
        Console.WriteLine("[" + none + "]");
        Console.Write("a");
        Console.Write(1);
        Console.Write(' ');
        Console.Write(true);
        Console.WriteLine();
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine("Port {0} ready", 8080);
        Console.Write("{0}-{1}\n", "x", "y");
        object o = 12;
        Console.WriteLine(o);
        Console.WriteLine("count: " + 3 + 4);
        Console.WriteLine(3 + 4 + " total");
        Console.WriteLine("flag=" + true + " ch=" + 'c' + " d=" + 1.5);
    }
}
