// Number-to-text conversions outside composite formats: ToString with
// standard and custom formats on int, long, byte and double, as byte dumps,
// sizes, percentages and timings are printed.
using System;

class Program
{
    static void Main()
    {
        int n = 1234567;
        long big = -9876543210L;
        byte b = 10;
        double d = 1234.5678;
        double small = 0.000123;
        Console.WriteLine(n.ToString());
        Console.WriteLine(n.ToString("N0") + " " + n.ToString("N2") + " " + n.ToString("D9"));
        Console.WriteLine(big.ToString("N0") + " " + big.ToString("D"));
        Console.WriteLine(b.ToString("X2") + " " + b.ToString("x") + " " + b.ToString("D3"));
        Console.WriteLine(255.ToString("X4") + " " + (-255).ToString("X"));
        Console.WriteLine(d.ToString() + " " + d.ToString("F1") + " " + d.ToString("N3") + " " + d.ToString("E3"));
        Console.WriteLine(d.ToString("0.00") + " " + d.ToString("#,##0.0") + " " + d.ToString("00000.000"));
        Console.WriteLine(small.ToString() + " " + small.ToString("F5") + " " + small.ToString("G3") + " " + small.ToString("0.###"));
        Console.WriteLine(0.5.ToString("P") + " " + 0.123456.ToString("P2") + " " + (-0.05).ToString("P0"));
        Console.WriteLine((-d).ToString("0.0;(0.0);zero") + " " + 0.0.ToString("0.0;(0.0);zero"));
        Console.WriteLine(1e15.ToString() + " " + 1e16.ToString() + " " + 123456789012345678.0.ToString());
        Console.WriteLine(double.NaN.ToString() + " " + (-0.0).ToString());
        Console.WriteLine(1.0.ToString("R") + " " + 0.1.ToString("G17"));
        Console.WriteLine(42.ToString("0000") + " " + 42.ToString("#") + " " + 0.ToString("#") + "|");
        Console.WriteLine((7.0 / 2).ToString("F0") + " " + (3.5).ToString("N0") + " " + (0.125).ToString("F2"));
        long bytes = 5368709120L;
        Console.WriteLine((bytes / 1024.0 / 1024.0).ToString("F1") + " MB");
        Console.WriteLine(string.Format("{0:0.0}%", 99.95));
        Console.WriteLine(int.MaxValue.ToString("N0") + " " + long.MinValue.ToString());
        Console.WriteLine(3.ToString().PadLeft(3, '0') + " " + 12.5f.ToString() + " " + (1f / 3f).ToString());
        Console.WriteLine(Convert.ToString(1.5) + " " + (2.0).ToString("G") + " " + (100.0).ToString("E"));
        uint u = 4000000000;
        Console.WriteLine(u.ToString("N0") + " " + ulong.MaxValue.ToString("X"));
        short sh = -300;
        Console.WriteLine(sh.ToString("X") + " " + sh.ToString("D5"));
    }
}
