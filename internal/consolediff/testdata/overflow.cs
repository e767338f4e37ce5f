// Overflow: unchecked wrap-around, checked contexts that throw
// OverflowException, checked conversions and division by zero.
using System;

class Program
{
    static void Main()
    {
        int max = int.MaxValue;
        int wrapped = unchecked(max + 1);
        Console.WriteLine(wrapped);
        unchecked
        {
            int m = max;
            m *= 2;
            Console.WriteLine(m);
            long l = long.MaxValue;
            l++;
            Console.WriteLine(l);
        }
        int hash = 17;
        foreach (char c in "overflowing hash")
        {
            hash = unchecked(hash * 31 + c);
        }
        Console.WriteLine(hash);
        try
        {
            int r = checked(max + 1);
            Console.WriteLine(r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked add: " + e.Message);
        }
        try
        {
            checked
            {
                long v = long.MinValue;
                v--;
                Console.WriteLine(v);
            }
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked dec: " + e.GetType().Name);
        }
        try
        {
            long big = 5000000000L;
            int n = checked((int)big);
            Console.WriteLine(n);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("checked cast: " + e.Message);
        }
        try
        {
            int zero = 0;
            Console.WriteLine(10 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("div: " + e.Message);
        }
        try
        {
            int zero = 0;
            Console.WriteLine(10 % zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("mod: " + e.GetType().Name);
        }
        Console.WriteLine(10.0 / 0);
        Console.WriteLine(unchecked((int)3000000000L));
        Console.WriteLine(unchecked((byte)(200 + 100)));
        try
        {
            byte b = 200;
            b = checked((byte)(b + 100));
            Console.WriteLine(b);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("byte: " + e.Message);
        }
        int minv = int.MinValue;
        Console.WriteLine(unchecked(-minv));
        Console.WriteLine(Math.Abs(-5));
        try
        {
            Console.WriteLine(Math.Abs(minv));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("abs: " + e.Message);
        }
    }
}
