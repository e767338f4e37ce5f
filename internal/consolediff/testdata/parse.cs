// Parsing input: int/long/double/bool Parse and TryParse, the
// FormatException and OverflowException they raise, and out variables.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(int.Parse("42") + 1);
        Console.WriteLine(int.Parse("  -17 "));
        Console.WriteLine(long.Parse("9000000000"));
        Console.WriteLine(double.Parse("3.5") * 2);
        Console.WriteLine(double.Parse("1e3"));
        Console.WriteLine(bool.Parse("True") && bool.Parse("true"));
        int n;
        Console.WriteLine(int.TryParse("123", out n) + " " + n);
        Console.WriteLine(int.TryParse("12a", out n) + " " + n);
        Console.WriteLine(int.TryParse("", out n) + " " + n);
        Console.WriteLine(int.TryParse("99999999999", out n) + " " + n);
        if (int.TryParse("8080", out int port))
        {
            Console.WriteLine("port " + port);
        }
        double d;
        Console.WriteLine(double.TryParse("2.25", out d) + " " + d);
        Console.WriteLine(double.TryParse("abc", out d) + " " + d);
        bool flag;
        Console.WriteLine(bool.TryParse("yes", out flag) + " " + flag);
        try
        {
            int.Parse("abc");
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        try
        {
            int.Parse("99999999999");
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            bool.Parse("maybe");
        }
        catch (FormatException e)
        {
            Console.WriteLine("bool: " + e.GetType().Name);
        }
        Console.WriteLine(byte.Parse("255"));
        Console.WriteLine(int.Parse("+5"));
        Console.WriteLine(uint.Parse("4000000000"));
        string[] inputs = { "1", "x", "3", "-4" };
        int sum = 0;
        foreach (var s in inputs)
        {
            if (int.TryParse(s, out var v))
            {
                sum += v;
            }
            else
            {
                Console.WriteLine("skip " + s);
            }
        }
        Console.WriteLine("sum " + sum);
    }
}
