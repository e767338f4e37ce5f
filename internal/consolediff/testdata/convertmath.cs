// Convert and Math: numeric conversions with rounding, base conversions,
// Base64, and the Math functions programs use for sizes and timings.
using System;

class Program
{
    static void Main()
    {
        Console.WriteLine(Convert.ToInt32("123") + 1);
        Console.WriteLine(Convert.ToInt32(2.5));
        Console.WriteLine(Convert.ToInt32(3.5));
        Console.WriteLine(Convert.ToInt32(-2.5));
        Console.WriteLine(Convert.ToInt64("9000000000"));
        Console.WriteLine(Convert.ToDouble("1.25"));
        Console.WriteLine(Convert.ToDouble(7));
        Console.WriteLine(Convert.ToString(255, 16));
        Console.WriteLine(Convert.ToString(5, 2));
        Console.WriteLine(Convert.ToInt32("ff", 16));
        Console.WriteLine(Convert.ToInt32("1010", 2));
        Console.WriteLine(Convert.ToBoolean("False"));
        Console.WriteLine(Convert.ToString(42));
        Console.WriteLine(Convert.ToChar(66));
        byte[] data = { 0, 1, 2, 250, 251, 252, 253, 254, 255 };
        string b64 = Convert.ToBase64String(data);
        Console.WriteLine(b64);
        byte[] back = Convert.FromBase64String(b64);
        Console.WriteLine(back.Length + " " + back[8]);
        Console.WriteLine(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("user:pass")));
        Console.WriteLine(BitConverter.ToString(new byte[] { 1, 171, 255 }));
        try
        {
            Convert.ToInt32("x1");
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7));
        Console.WriteLine(Math.Max(2.5, -1.0));
        Console.WriteLine(Math.Abs(-12) + " " + Math.Abs(-1.5));
        Console.WriteLine(Math.Round(2.5) + " " + Math.Round(3.5) + " " + Math.Round(-2.5));
        Console.WriteLine(Math.Round(2.345, 2));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Truncate(-2.7));
        Console.WriteLine(Math.Pow(2, 10));
        Console.WriteLine(Math.Sqrt(2));
        Console.WriteLine(Math.Sqrt(16));
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine(Math.Sign(-3) + " " + Math.Sign(0.0) + " " + Math.Sign(9L));
        Console.WriteLine(Math.Log10(1000) + " " + Math.Log(Math.E));
        Console.WriteLine(Math.Clamp(15, 0, 10));
        Console.WriteLine((int)Math.Ceiling(10 / 3.0));
        Console.WriteLine(Math.Round(1234.5678, 1));
    }
}
