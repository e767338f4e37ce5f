// List<T> and arrays: Add, Insert, Remove, indexer, Count, Contains,
// IndexOf, Sort, Reverse, ToArray, collection initializers, iteration.
using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var list = new List<int>();
        for (int i = 5; i > 0; i--)
        {
            list.Add(i * 3);
        }
        Console.WriteLine(list.Count);
        Console.WriteLine(string.Join(",", list));
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        list.Insert(1, 100);
        list.Remove(9);
        list.RemoveAt(0);
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.Contains(100) + " " + list.IndexOf(12) + " " + list[0]);
        list[0] = -1;
        list.Reverse();
        foreach (int v in list)
        {
            Console.Write(v + " ");
        }
        Console.WriteLine();
        var names = new List<string> { "carol", "alice", "bob" };
        names.Sort();
        Console.WriteLine(string.Join(" ", names));
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        Console.WriteLine(names[0]);
        string[] arr = names.ToArray();
        Console.WriteLine(arr.Length + " " + arr[arr.Length - 1]);
        var copy = new List<string>(arr);
        copy.AddRange(new[] { "dave", "eve" });
        Console.WriteLine(copy.Count);
        Console.WriteLine(copy.Find(s => s.StartsWith("d")));
        Console.WriteLine(copy.Exists(s => s == "zed"));
        copy.RemoveAll(s => s.Length == 3);
        Console.WriteLine(string.Join("|", copy));
        copy.Clear();
        Console.WriteLine(copy.Count);
        int[] nums = new int[4];
        nums[2] = 7;
        Console.WriteLine(string.Join(",", nums));
        int[] sorted = { 4, 1, 3 };
        Array.Sort(sorted);
        Console.WriteLine(string.Join(",", sorted) + " " + Array.IndexOf(sorted, 3));
        int[,] grid = new int[2, 3];
        grid[1, 2] = 5;
        Console.WriteLine(grid[1, 2] + grid.Length);
        try
        {
            Console.WriteLine(list[99]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        var bytes = new List<byte>();
        bytes.Add(1);
        bytes.Add(255);
        byte[] buf = bytes.ToArray();
        Console.WriteLine(buf.Length + " " + buf[1]);
        var q = new Queue<string>();
        q.Enqueue("first");
        q.Enqueue("second");
        Console.WriteLine(q.Dequeue() + " " + q.Count + " " + q.Peek());
        var st = new Stack<int>();
        st.Push(1);
        st.Push(2);
        Console.WriteLine(st.Pop() + " " + st.Count);
        var set = new HashSet<string>();
        Console.WriteLine(set.Add("a") + " " + set.Add("a") + " " + set.Count + " " + set.Contains("a"));
    }
}
