// async/await: async methods returning Task and Task<T>, Task.Run,
// Task.WhenAll over several tasks, Task.Delay, exceptions surfacing
// through await, and .Result/.Wait() on completed tasks. Output is
// deterministic: results are printed after the tasks finish, in order.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Compute(int n)
    {
        await Task.Delay(10 * (3 - n));
        return n * n;
    }

    static async Task<string> Greet(string who)
    {
        await Task.Yield();
        return "hi " + who;
    }

    static async Task Fail()
    {
        await Task.Delay(1);
        throw new InvalidOperationException("async failure");
    }

    static async Task Run()
    {
        int a = await Compute(2);
        Console.WriteLine("a=" + a);
        string g = await Greet("there");
        Console.WriteLine(g);
        var tasks = new List<Task<int>>();
        for (int i = 0; i < 3; i++)
        {
            tasks.Add(Compute(i));
        }
        int[] results = await Task.WhenAll(tasks);
        Console.WriteLine(string.Join(",", results));
        Task<int> t = Task.Run(() => 40 + 2);
        Console.WriteLine(await t);
        await Task.Run(() => Console.WriteLine("inside Task.Run"));
        try
        {
            await Fail();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Task failing = Fail();
        try
        {
            failing.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("aggregate of " + e.InnerExceptions.Count + ": " + e.InnerException.Message);
        }
        Console.WriteLine(failing.IsFaulted);
        var t2 = Task.Run(() => "done");
        t2.Wait();
        Console.WriteLine(t2.Result + " " + t2.IsCompleted);
        Task<int>[] many = { Task.Run(() => 1), Task.Run(() => 2) };
        Task.WaitAll(many);
        Console.WriteLine(many[0].Result + many[1].Result);
        var first = await Task.WhenAny(Task.Delay(200), Task.Delay(1));
        Console.WriteLine(first.IsCompleted);
        await Task.WhenAll(Task.Run(() => { }), Task.Delay(5));
        Console.WriteLine(Task.CompletedTask.IsCompleted);
        Console.WriteLine((await Task.FromResult(7)) + 1);
    }

    static void Main()
    {
        Run().Wait();
        Console.WriteLine("main done");
    }
}
