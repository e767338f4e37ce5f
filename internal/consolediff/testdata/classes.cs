// Classes: constructors (chained with this and base), fields, properties
// (auto, computed, private set), static members, inheritance, virtual and
// override, abstract members, ToString overrides.
using System;

abstract class Shape
{
    public static int Count;
    protected readonly string name;

    protected Shape(string name)
    {
        this.name = name;
        Count++;
    }

    public abstract double Area();

    public virtual string Describe()
    {
        return name + " with area " + Area().ToString("F2");
    }

    public override string ToString()
    {
        return "Shape(" + name + ")";
    }
}

class Rect : Shape
{
    public double Width { get; set; }
    public double Height { get; set; }

    public Rect(double w, double h) : base("rect")
    {
        Width = w;
        Height = h;
    }

    public override double Area()
    {
        return Width * Height;
    }
}

class Square : Rect
{
    public Square(double side) : base(side, side)
    {
    }

    public override string Describe()
    {
        return "square! " + base.Describe();
    }
}

class Circle : Shape
{
    private readonly double r;

    public Circle(double r) : base("circle")
    {
        this.r = r;
    }

    public override double Area() => Math.PI * r * r;
}

class Counter
{
    private int value;
    public const int Limit = 3;
    public static readonly string Label = "counter";

    public Counter() : this(10)
    {
    }

    public Counter(int start)
    {
        value = start;
    }

    public int Value
    {
        get { return value; }
    }

    public string Name { get; private set; } = "unnamed";

    public bool Increment()
    {
        if (value - 10 >= Limit)
        {
            return false;
        }
        value++;
        return true;
    }

    public void Rename(string n)
    {
        Name = n;
    }

    public static Counter Create(int start)
    {
        return new Counter(start);
    }
}

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Circle(1) };
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Describe());
            Console.WriteLine(s);
        }
        Console.WriteLine("shapes created: " + Shape.Count);
        var c = new Counter();
        while (c.Increment())
        {
        }
        Console.WriteLine(Counter.Label + " " + c.Value + " " + c.Name);
        c.Rename("hits");
        Console.WriteLine(c.Name);
        var c2 = Counter.Create(1);
        c2.Increment();
        Console.WriteLine(c2.Value);
        Rect r = new Square(2);
        r.Width = 5;
        Console.WriteLine(r.Area());
        Console.WriteLine(r is Square);
        Console.WriteLine(r.GetType().Name);
        object o = new Counter(7);
        Console.WriteLine(o.GetType().Name);
        Shape sh = shapes[2];
        Circle circle = sh as Circle;
        Console.WriteLine(circle != null);
        Console.WriteLine(shapes[0] as Circle == null);
        var p = new Point { X = 1, Y = 2 };
        Console.WriteLine(p.X + p.Y);
    }
}

class Point
{
    public int X;
    public int Y;
}
