// Integer and floating-point arithmetic: integer division and remainder
// with negative operands, long arithmetic, double results, mixed casts.
using System;

class Program
{
    static void Main()
    {
        int a = 17, b = 5;
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a / b);
        Console.WriteLine(-a % b);
        Console.WriteLine(a / -b);
        Console.WriteLine((double)a / b);
        Console.WriteLine(a / (double)b);
        Console.WriteLine(7 / 2 * 2);
        long big = 3000000000L;
        Console.WriteLine(big * 3);
        Console.WriteLine(big / 7);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(1 << 10);
        Console.WriteLine(-16 >> 2);
        Console.WriteLine(0xFF & 0x0F | 0x30);
        Console.WriteLine(5 ^ 3);
        Console.WriteLine(~5);
        double d = 10.0 / 4;
        Console.WriteLine(d);
        Console.WriteLine(1.0 / 0.0);
        Console.WriteLine(-1.0 / 0.0);
        Console.WriteLine(0.0 / 0.0);
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(2.0 / 3.0);
        Console.WriteLine(100.0 / 3.0);
        Console.WriteLine(1e-7);
        Console.WriteLine(123456789.0 * 1000);
        Console.WriteLine((int)3.99);
        Console.WriteLine((int)-3.99);
        Console.WriteLine((long)1e10);
        int i300 = 300, i70000 = 70000, minus1 = -1;
        Console.WriteLine((byte)i300);
        Console.WriteLine((short)i70000);
        Console.WriteLine((uint)minus1);
        Console.WriteLine((float)0.1);
        Console.WriteLine((double)(float)0.1);
        int x = 10;
        x += 5; x -= 2; x *= 3; x /= 4; x %= 6;
        Console.WriteLine(x);
        int i = 5;
        Console.WriteLine(i++ + ++i);
        Console.WriteLine(i--);
        Console.WriteLine(i);
        byte bt = 250;
        bt += 10;
        Console.WriteLine(bt);
        Console.WriteLine(sizeof(int) + sizeof(long));
        double total = 0;
        for (int k = 0; k < 10; k++)
        {
            total += 0.1;
        }
        Console.WriteLine(total);
        Console.WriteLine(total == 1.0);
        Console.WriteLine(Math.Abs(total - 1.0) < 1e-9);
        ulong u = ulong.MaxValue;
        Console.WriteLine(u);
        Console.WriteLine(u / 3);
    }
}
