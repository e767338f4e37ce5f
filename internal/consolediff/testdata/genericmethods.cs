// Static generic methods: type parameters inferred from arguments (also
// through List<T> and T[]), given explicitly, and bound by constants.
using System;
using System.Collections.Generic;

class Program
{
    static T First<T>(List<T> items, T fallback)
    {
        if (items.Count == 0) return fallback;
        return items[0];
    }

    static void Swap<T>(T[] a, int i, int j)
    {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static List<T> Repeat<T>(T value, int n)
    {
        var l = new List<T>();
        for (int i = 0; i < n; i++) l.Add(value);
        return l;
    }

    static int Sum(List<int> l) { int t = 0; foreach (var x in l) t += x; return t; }

    static void Main()
    {
        var xs = new List<int> { 3, 4 };
        Console.WriteLine(First(xs, -1) + " " + First(new List<string>(), "empty"));
        string[] s = { "a", "b", "c" };
        Swap(s, 0, 2);
        Console.WriteLine(string.Join(",", s));
        Console.WriteLine(Repeat("x", 3).Count + " " + string.Join("", Repeat<char>('y', 2)));
        Console.WriteLine(First<string>(new List<string> { "z" }, ""));
        var n = First(xs, 0) + 1;
        Console.WriteLine(n);
        var fives = Repeat(5, 2);
        fives.Add(6);
        Console.WriteLine(string.Join("+", fives) + "=" + Sum(fives));
        int[] nums = { 1, 2 };
        Swap(nums, 0, 1);
        Console.WriteLine(nums[0] + 10);
    }
}
