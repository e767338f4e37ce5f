// String interpolation: holes with expressions, alignment and format
// strings, nested quotes and verbatim interpolated strings.
using System;

class Program
{
    static void Main()
    {
        string name = "world";
        int port = 8080;
        double ratio = 0.75;
        Console.WriteLine($"Hello, {name}!");
        Console.WriteLine($"http://localhost:{port}/");
        Console.WriteLine($"[{name,-10}] [{name,10}]");
        Console.WriteLine($"{ratio:P0} {ratio:F3} {port:X} {port:N0}");
        Console.WriteLine($"{port,8:N0}|{ratio,-8:F2}|");
        Console.WriteLine($"{port + 1} {port / 3} {port % 7}");
        Console.WriteLine($"{(port > 1000 ? "high" : "low")}");
        Console.WriteLine($"{{braces}} {name.Length} {name.ToUpper()}");
        Console.WriteLine($"{1.5} {2.0} {true} {'c'}");
        string path = @"C:\temp";
        Console.WriteLine($@"{path}\file.txt");
        int[] nums = { 1, 2, 3 };
        Console.WriteLine($"{nums.Length} items, first {nums[0]}, last {nums[nums.Length - 1]}");
        string s = null;
        Console.WriteLine($"null:[{s}]");
        long big = 1234567890123L;
        Console.WriteLine($"{big:N0} {big,20}");
    }
}
