// Threads and locks: Thread start/join with a shared counter under lock,
// ThreadPool work signalled by events, Interlocked, Monitor and
// deterministic ordering through Join.
using System;
using System.Threading;

class Program
{
    static readonly object sync = new object();
    static int counter;
    static int atomic;

    static void Work()
    {
        for (int i = 0; i < 1000; i++)
        {
            lock (sync)
            {
                counter++;
            }
            Interlocked.Increment(ref atomic);
        }
    }

    static void Main()
    {
        var threads = new Thread[4];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work);
            threads[i].Start();
        }
        foreach (var t in threads)
        {
            t.Join();
        }
        Console.WriteLine(counter);
        Console.WriteLine(atomic);
        string message = null;
        var worker = new Thread(() =>
        {
            Thread.Sleep(20);
            message = "from worker";
        });
        worker.IsBackground = true;
        worker.Start();
        worker.Join();
        Console.WriteLine(message);
        var done = new ManualResetEvent(false);
        int result = 0;
        ThreadPool.QueueUserWorkItem(_ =>
        {
            result = 99;
            done.Set();
        });
        done.WaitOne();
        Console.WriteLine(result);
        var auto = new AutoResetEvent(false);
        var t2 = new Thread(() =>
        {
            auto.WaitOne();
            Console.WriteLine("signalled");
        });
        t2.Start();
        auto.Set();
        t2.Join();
        Console.WriteLine(Interlocked.Exchange(ref atomic, 5) + " " + atomic);
        Console.WriteLine(Interlocked.CompareExchange(ref atomic, 6, 5) + " " + atomic);
        Console.WriteLine(Interlocked.Decrement(ref atomic));
        Monitor.Enter(sync);
        try
        {
            Console.WriteLine("in monitor");
        }
        finally
        {
            Monitor.Exit(sync);
        }
        var cts = new CancellationTokenSource();
        Console.WriteLine(cts.IsCancellationRequested);
        cts.Cancel();
        Console.WriteLine(cts.Token.IsCancellationRequested);
        Console.WriteLine(Thread.CurrentThread.IsAlive);
    }
}
