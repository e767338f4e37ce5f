// Text encodings: UTF8 and ASCII GetBytes/GetString/GetByteCount with
// non-ASCII input, partial GetString, and replacement characters for
// invalid input.
using System;
using System.Text;

class Program
{
    static string Hex(byte[] b)
    {
        return BitConverter.ToString(b);
    }

    static void Main()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("héllo €");
        Console.WriteLine(utf8.Length);
        Console.WriteLine(Hex(utf8));
        Console.WriteLine(Encoding.UTF8.GetString(utf8));
        Console.WriteLine(Encoding.UTF8.GetString(utf8, 0, 3));
        Console.WriteLine(Encoding.UTF8.GetByteCount("日本"));
        byte[] ascii = Encoding.ASCII.GetBytes("héllo");
        Console.WriteLine(Hex(ascii));
        Console.WriteLine(Encoding.ASCII.GetString(ascii));
        Console.WriteLine(Encoding.ASCII.GetString(new byte[] { 72, 200, 105 }));
        string bad = Encoding.UTF8.GetString(new byte[] { 0x61, 0xFF, 0x62 });
        Console.WriteLine(bad.Length + " " + (int)bad[1]);
        byte[] response = Encoding.UTF8.GetBytes("<html><body>Hello</body></html>");
        Console.WriteLine(response.Length);
        Console.WriteLine(Encoding.UTF8.GetString(response, 6, 6));
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.ASCII.WebName);
        var enc = Encoding.GetEncoding("utf-8");
        Console.WriteLine(enc.GetBytes("ü").Length);
        Console.WriteLine(Encoding.Unicode.GetBytes("A").Length);
        Console.WriteLine(Encoding.Default.GetBytes("é").Length);
        byte[] buffer = new byte[16];
        int written = Encoding.UTF8.GetBytes("abc", 0, 3, buffer, 2);
        Console.WriteLine(written + " " + buffer[2] + " " + buffer[4]);
        Console.WriteLine("😀".Length + " " + Encoding.UTF8.GetByteCount("😀"));
    }
}
