using System;

// Console colours in a status line: on a terminal they are ANSI sequences;
// redirected (as here) the output is plain text, as .NET on Unix does it.
class Program
{
    static void Status(string label, bool ok)
    {
        Console.ForegroundColor = ok ? ConsoleColor.Green : ConsoleColor.Red;
        Console.Write(ok ? "[ OK ] " : "[FAIL] ");
        Console.ResetColor();
        Console.WriteLine(label);
    }

    static void Main()
    {
        Status("listener started", true);
        Status("port 80 bound", false);
        Console.BackgroundColor = ConsoleColor.DarkBlue;
        Console.WriteLine("on a blue background when a terminal shows it");
        Console.ResetColor();
        Console.WriteLine("output redirected: " + Console.IsOutputRedirected);
    }
}
