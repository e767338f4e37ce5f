// Environment.Exit: the process ends with the given code at once;
// finally blocks do not run and later output never appears.
using System;

class Program
{
    static void Main(string[] args)
    {
        Console.WriteLine("args: " + args.Length);
        Console.WriteLine(Environment.NewLine == "\n");
        Environment.ExitCode = 2;
        Console.WriteLine("exit code set to " + Environment.ExitCode);
        try
        {
            Console.WriteLine("exiting");
            Environment.Exit(3);
        }
        finally
        {
            Console.WriteLine("finally (not printed)");
        }
        Console.WriteLine("after exit (not printed)");
    }
}
