// StringBuilder: Append overloads, AppendLine, AppendFormat, Insert,
// Remove, Replace, Length and Clear, as pages and responses are built.
using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("<html>");
        sb.Append(42);
        sb.Append(' ');
        sb.Append(true);
        sb.Append(1.5);
        sb.AppendLine();
        sb.AppendLine("<body>");
        sb.AppendFormat("<p>{0} of {1}</p>", 1, 2);
        sb.AppendLine();
        sb.Append("</body></html>");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        var sb2 = new StringBuilder("abc");
        sb2.Insert(0, "x");
        sb2.Replace("b", "BB");
        sb2.Remove(0, 1);
        Console.WriteLine(sb2.ToString() + " " + sb2.Length);
        sb2.Clear();
        Console.WriteLine("[" + sb2.ToString() + "] " + sb2.Length);
        var table = new StringBuilder();
        for (int i = 1; i <= 3; i++)
        {
            table.AppendFormat("{0,-4}{1,6:F2}", i, i / 3.0).AppendLine();
        }
        Console.Write(table);
        var csv = new StringBuilder();
        string[] items = { "a", "b", "c" };
        foreach (var it in items)
        {
            if (csv.Length > 0)
            {
                csv.Append(',');
            }
            csv.Append(it);
        }
        Console.WriteLine(csv);
        Console.WriteLine(sb2.Append("x").Append("y").ToString());
    }
}
