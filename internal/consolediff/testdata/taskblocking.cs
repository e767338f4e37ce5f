using System;
using System.Threading.Tasks;

// Blocking on tasks the ways real HttpListener programs do: GetAwaiter().GetResult(),
// ConfigureAwait(false), ContinueWith, and a Task<int> used where a Task is expected.
class Program
{
    static async Task<int> Compute(int x)
    {
        await Task.Delay(5).ConfigureAwait(false);
        return x * 2;
    }

    static async Task Fail()
    {
        await Task.Delay(1);
        throw new InvalidOperationException("listener stopped");
    }

    static async Task<string> Greet(string name)
    {
        var n = await Compute(name.Length).ConfigureAwait(false);
        return "hello " + name + " " + n;
    }

    static void Main()
    {
        int a = Compute(21).GetAwaiter().GetResult();
        Console.WriteLine("GetResult: " + a);

        Console.WriteLine(Greet("ana").GetAwaiter().GetResult());

        try
        {
            Fail().GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("unwrapped: " + e.Message);
        }

        try
        {
            Fail().Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("wrapped: " + e.InnerException.Message);
        }

        Task<int> t1 = Compute(1);
        Task<int> t2 = Compute(2);
        Task.WaitAll(t1, t2);
        Console.WriteLine("WaitAll: " + (t1.Result + t2.Result));

        Task all = Task.WhenAll(t1, t2);
        all.Wait();
        Console.WriteLine("WhenAll done: " + all.IsCompleted);

        bool finished = Compute(3).Wait(5000);
        Console.WriteLine("Wait(ms) on Task<int>: " + finished);

        Task<int> doubled = Compute(5).ContinueWith(t => t.Result + 1);
        Console.WriteLine("ContinueWith result: " + doubled.Result);

        Task after = Task.Delay(1).ContinueWith(t => Console.WriteLine("continuation ran, faulted=" + t.IsFaulted));
        after.Wait();

        Task<string> label = Task.Run(() => 7).ContinueWith(t => "seven=" + t.Result);
        Console.WriteLine(label.GetAwaiter().GetResult());
    }
}
