// Control flow: for, foreach, while, do-while, break/continue, switch on
// strings, ints and chars with grouped labels and default, ternaries,
// goto case, and nested loops left with break.
using System;

class Program
{
    static string Route(string method, string path)
    {
        switch (method)
        {
            case "GET":
            case "HEAD":
                switch (path)
                {
                    case "/":
                        return "index";
                    case "/about":
                        return "about";
                    default:
                        return "not found";
                }
            case "POST":
                return path == "/submit" ? "accepted" : "rejected";
            default:
                return "method not allowed";
        }
    }

    static string Classify(int code)
    {
        string result;
        switch (code / 100)
        {
            case 2:
                result = "success";
                break;
            case 3:
                result = "redirect";
                break;
            case 4:
            case 5:
                result = "error";
                break;
            default:
                result = "unknown";
                break;
        }
        return result;
    }

    static void Main()
    {
        Console.WriteLine(Route("GET", "/"));
        Console.WriteLine(Route("HEAD", "/about"));
        Console.WriteLine(Route("GET", "/x"));
        Console.WriteLine(Route("POST", "/submit"));
        Console.WriteLine(Route("DELETE", "/"));
        foreach (int code in new[] { 200, 301, 404, 503, 99 })
        {
            Console.WriteLine(code + " " + Classify(code));
        }
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0)
            {
                continue;
            }
            if (i > 7)
            {
                break;
            }
            Console.Write(i);
        }
        Console.WriteLine();
        int n = 0;
        while (n < 100)
        {
            n = n * 2 + 1;
        }
        Console.WriteLine(n);
        int k = 10;
        do
        {
            k--;
        } while (k > 20);
        Console.WriteLine(k);
        int found = -1;
        for (int a = 1; a < 10 && found < 0; a++)
        {
            for (int b = 1; b < 10; b++)
            {
                if (a * b == 42)
                {
                    found = a * 10 + b;
                    break;
                }
            }
        }
        Console.WriteLine(found);
        for (int i = 0, j = 10; i < j; i += 3, j -= 3)
        {
            Console.Write(i + ":" + j + " ");
        }
        Console.WriteLine();
        int count = 0;
        for (;;)
        {
            if (++count == 4)
            {
                break;
            }
        }
        Console.WriteLine(count);
        string state = "start";
        int steps = 0;
        while (state != "end")
        {
            switch (state)
            {
                case "start":
                    state = "middle";
                    break;
                case "middle":
                    state = steps > 2 ? "end" : "middle";
                    break;
            }
            steps++;
        }
        Console.WriteLine(state + " after " + steps);
        char grade = 'B';
        switch (grade)
        {
            case 'A':
                Console.WriteLine("top");
                break;
            case 'B':
                Console.WriteLine("good");
                goto case 'C';
            case 'C':
                Console.WriteLine("pass");
                break;
        }
    }
}
