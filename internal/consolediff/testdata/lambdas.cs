// Lambdas and delegates: Func/Action variables, closures capturing loop
// variables, method groups, delegates stored in lists, and higher-order
// helpers.
using System;
using System.Collections.Generic;

class Program
{
    delegate int BinOp(int a, int b);

    static int Add(int a, int b)
    {
        return a + b;
    }

    static void Twice(Action a)
    {
        a();
        a();
    }

    static int Apply(Func<int, int> f, int v)
    {
        return f(v);
    }

    static Func<int, int> Adder(int n)
    {
        return x => x + n;
    }

    static void Main()
    {
        Func<int, int> square = x => x * x;
        Func<int, int, int> mul = (a, b) => a * b;
        Func<string> hello = () => "hello";
        Action<string> print = s => Console.WriteLine("print: " + s);
        Console.WriteLine(square(7));
        Console.WriteLine(mul(6, 7));
        Console.WriteLine(hello());
        print("x");
        int counter = 0;
        Twice(() => counter++);
        Console.WriteLine(counter);
        Console.WriteLine(Apply(square, 5));
        Console.WriteLine(Apply(Adder(10), 5));
        BinOp op = Add;
        Console.WriteLine(op(2, 3));
        op = (a, b) => a - b;
        Console.WriteLine(op(2, 3));
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            actions.Add(() => Console.Write(copy + " "));
        }
        foreach (var a in actions)
        {
            a();
        }
        Console.WriteLine();
        var forEachActions = new List<Action>();
        foreach (var w in new[] { "a", "b" })
        {
            forEachActions.Add(() => Console.Write(w));
        }
        forEachActions.ForEach(a => a());
        Console.WriteLine();
        Func<int, bool> isEven = n => n % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven(5));
        Action<int, string> both = (n, s) =>
        {
            var line = s + n;
            Console.WriteLine(line);
        };
        both(1, "n=");
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));
        Action nothing = delegate { Console.WriteLine("anonymous delegate"); };
        nothing();
        Predicate<string> empty = string.IsNullOrEmpty;
        Console.WriteLine(empty("") + " " + empty("x"));
        Func<int, int> composed = x => square(Adder(1)(x));
        Console.WriteLine(composed(3));
        Action chain = () => Console.Write("one ");
        chain += () => Console.WriteLine("two");
        chain();
    }
}
