// char arithmetic and classification: offsets from 'a', casts to and
// from int, char.IsDigit/IsLetter/ToUpper, building strings from chars.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        char c = 'a';
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        c++;
        Console.WriteLine(c);
        c += (char)2;
        Console.WriteLine(c);
        Console.WriteLine('z' - 'a');
        Console.WriteLine((char)65);
        Console.WriteLine('A' < 'a');
        Console.WriteLine("abc"[0] == 'a');
        int digit = '7' - '0';
        Console.WriteLine(digit * 2);
        Console.WriteLine(char.IsDigit('5') + " " + char.IsLetter('x') + " " + char.IsWhiteSpace(' ') + " " + char.IsUpper('Q') + " " + char.IsLetterOrDigit('_'));
        Console.WriteLine(char.ToUpper('q') + "" + char.ToLower('Q'));
        Console.WriteLine(char.IsPunctuation('!'));
        var sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'e'; ch++)
        {
            sb.Append(ch);
        }
        Console.WriteLine(sb.ToString());
        string rot = "";
        foreach (char ch in "Hello")
        {
            if (char.IsLetter(ch))
            {
                char baseC = char.IsUpper(ch) ? 'A' : 'a';
                rot += (char)((ch - baseC + 13) % 26 + baseC);
            }
        }
        Console.WriteLine(rot);
        Console.WriteLine(char.GetNumericValue('8'));
        Console.WriteLine('\t' == (char)9);
        Console.WriteLine((int)'\n');
        Console.WriteLine('x'.ToString() + 'y');
        Console.WriteLine(string.Empty + 'a' + 'b');
        Console.WriteLine('a' + 'b');
        char hex = "0123456789ABCDEF"[11];
        Console.WriteLine(hex);
        Console.WriteLine(char.MaxValue == '\uffff');
        Console.WriteLine((int)'é');
    }
}
