// Composite formatting through string.Format and Console.WriteLine:
// alignment, standard numeric formats and brace escapes.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("[{0,-8}|{1,8}]", "left", "right");
        Console.WriteLine("[{0,5}] [{0,-5}]", 42);
        Console.WriteLine("{0:N2} {1:N0} {2:N2}", 1234567.891, 9876543, -0.5);
        Console.WriteLine("{0:X} {0:x} {0:X8} {1:X}", 255, -1);
        Console.WriteLine("{0:D5} {1:D}", 42, -17);
        Console.WriteLine("{0:F3} {1:F0} {2:F1}", 3.14159, 2.5, 0.05);
        Console.WriteLine("{0:E2} {0:e}", 12345.678);
        Console.WriteLine("{0:P1} {1:P0}", 0.1234, 1);
        Console.WriteLine("{0:0.00} {1:#,##0} {2:000}", 1.5, 1234567, 7);
        Console.WriteLine("{{literal}} {0}", 1);
        Console.WriteLine(string.Format("{0,10:F2}|{1,-10:N1}|", 3.14159, 2000.0));
        Console.WriteLine(string.Format("{1} {0} {1}", "a", "b"));
        Console.WriteLine(string.Format("{0} {1} {2} {3}", 1, "two", 3.0, 'c'));
        Console.WriteLine("{0:G} {1:G}", 0.5, 123456789);
        Console.WriteLine(string.Format("{0,-6}{1,6}", "id", "value"));
        for (int i = 0; i < 3; i++)
        {
            Console.WriteLine(string.Format("{0,-6}{1,6:F1}", "row" + i, i * 1.25));
        }
        try
        {
            Console.WriteLine(string.Format("{0} {1}", "only one"));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
    }
}
