// DateTime and TimeSpan with fixed values (never Now): construction,
// arithmetic, standard and custom formats, components, parsing and
// TimeSpan formatting as logs and Date headers use them.
using System;

class Program
{
    static void Main()
    {
        var d = new DateTime(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc);
        Console.WriteLine(d.ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine(d.ToString("R"));
        Console.WriteLine(d.ToString("o"));
        Console.WriteLine(d.ToString("s"));
        Console.WriteLine(d.ToString("u"));
        Console.WriteLine(d.ToString("dd/MM/yy hh:mm tt"));
        Console.WriteLine(d.ToString("ddd, dd MMM yyyy"));
        Console.WriteLine(d.ToString("dddd MMMM d"));
        Console.WriteLine(d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second);
        Console.WriteLine(d.DayOfWeek);
        Console.WriteLine(d.DayOfYear);
        Console.WriteLine(d.AddDays(1).ToString("yyyy-MM-dd"));
        Console.WriteLine(d.AddMonths(12).ToString("yyyy-MM-dd"));
        Console.WriteLine(d.AddHours(-14).ToString("yyyy-MM-dd HH:mm"));
        Console.WriteLine(d.Date.ToString("yyyy-MM-dd HH:mm:ss"));
        Console.WriteLine($"{d:yyyyMMdd}");
        Console.WriteLine(string.Format("{0:HH:mm}", d));
        var start = new DateTime(2024, 1, 1);
        TimeSpan span = d - start;
        Console.WriteLine(span);
        Console.WriteLine(span.Days + " " + span.Hours + " " + span.TotalHours);
        Console.WriteLine(span.TotalDays.ToString("F3"));
        var ts = new TimeSpan(1, 2, 3);
        Console.WriteLine(ts);
        Console.WriteLine(new TimeSpan(2, 3, 4, 5, 6));
        Console.WriteLine(TimeSpan.FromSeconds(90));
        Console.WriteLine(TimeSpan.FromMilliseconds(1500).TotalSeconds);
        Console.WriteLine(TimeSpan.FromMinutes(-5));
        Console.WriteLine(ts.ToString(@"hh\:mm\:ss"));
        Console.WriteLine(ts.ToString("c"));
        Console.WriteLine(TimeSpan.Zero);
        Console.WriteLine((ts + TimeSpan.FromHours(1)).TotalMinutes);
        Console.WriteLine(d > start);
        Console.WriteLine(DateTime.Compare(start, d));
        Console.WriteLine(DateTime.IsLeapYear(2024) + " " + DateTime.DaysInMonth(2023, 2));
        var parsed = DateTime.Parse("2023-07-04T10:20:30");
        Console.WriteLine(parsed.ToString("yyyy-MM-dd HH:mm:ss") + " " + parsed.Kind);
        var exact = DateTime.ParseExact("04/07/2023", "dd/MM/yyyy", null);
        Console.WriteLine(exact.Month);
        Console.WriteLine(new DateTime(2000, 1, 1).Ticks);
        Console.WriteLine(TimeSpan.Parse("01:30:00").TotalMinutes);
        Console.WriteLine(d.ToString("HH:mm:ss.fff"));
        Console.WriteLine(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).Subtract(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds);
    }
}
