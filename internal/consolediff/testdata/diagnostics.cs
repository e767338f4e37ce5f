using System;
using System.Diagnostics;
using System.Threading;

// System.Diagnostics as small servers use it: timing with Stopwatch,
// running a helper program, and Trace output (which goes nowhere without a
// configured listener).
class Program
{
    static void Main()
    {
        // The bounds leave room for a loaded machine: the test runs Mono and
        // the translation side by side with other tests, and a reading can
        // come tens of milliseconds late.
        var sw = Stopwatch.StartNew();
        Thread.Sleep(300);
        sw.Stop();
        long ms = sw.ElapsedMilliseconds;
        Console.WriteLine("elapsed plausible: " + (ms >= 295 && ms < 10000) + ", running: " + sw.IsRunning);
        Console.WriteLine("Elapsed agrees: " + (Math.Abs(sw.Elapsed.TotalMilliseconds - ms) < 2));
        long frozen = sw.ElapsedTicks;
        Thread.Sleep(5);
        Console.WriteLine("stopped stays: " + (sw.ElapsedTicks == frozen));
        sw.Restart();
        Console.WriteLine("restarted: " + sw.IsRunning + " " + (sw.ElapsedMilliseconds < ms));
        sw.Reset();
        Console.WriteLine("reset: " + sw.ElapsedMilliseconds + " " + sw.IsRunning);
        var t0 = Stopwatch.GetTimestamp();
        Console.WriteLine("timestamps increase: " + (Stopwatch.GetTimestamp() >= t0) + ", frequency positive: " + (Stopwatch.Frequency > 0));

        Trace.WriteLine("this goes to trace listeners only");

        var p = Process.Start("sh", "-c \"exit 3\"");
        p.WaitForExit();
        Console.WriteLine("exit code: " + p.ExitCode + ", exited: " + p.HasExited);

        var psi = new ProcessStartInfo("true");
        psi.UseShellExecute = false;
        var q = Process.Start(psi);
        Console.WriteLine("waited: " + q.WaitForExit(5000) + " code " + q.ExitCode);

        try
        {
            Process.Start("/nonexistent/program-xyz");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine("Win32Exception " + e.NativeErrorCode);
        }
    }
}
