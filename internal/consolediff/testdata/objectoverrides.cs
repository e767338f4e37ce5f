// ToString, Equals and GetHashCode overrides from object, GetType on program
// classes and built-in values, and virtual ToString through base variables.
using System;
using System.Collections.Generic;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => "(" + X + ", " + Y + ")";
    public override bool Equals(object obj) { var p = obj as Point; return p != null && p.X == X && p.Y == Y; }
    public override int GetHashCode() => X * 31 + Y;
}

class Point3 : Point
{
    public int Z;
    public Point3(int x, int y, int z) : base(x, y) { Z = z; }
    public override string ToString() => base.ToString() + "+" + Z;
}

class Plain { public int N; }

class Program
{
    static void Main()
    {
        Point p = new Point3(1, 2, 3);
        Console.WriteLine(p);
        Console.WriteLine("point " + p + " " + p.ToString());
        Console.WriteLine($"interpolated {p}");
        Console.WriteLine(new Point(1, 2).Equals(new Point(1, 2)) + " " + new Point(1, 2).Equals(new Point(2, 1)));
        Console.WriteLine(new Point(2, 5).GetHashCode());
        Console.WriteLine(p.GetType().Name + " " + new Point(0, 0).GetType().Name + " " + p.GetType().BaseType.Name);
        object o = new Plain();
        Console.WriteLine(o.GetType().Name + " " + 5.GetType().Name + " " + "s".GetType().FullName);
        var list = new List<Point> { new Point(1, 1), new Point3(2, 2, 2) };
        Console.WriteLine(string.Join("; ", list));
        Point none = null;
        Console.WriteLine("[" + none + "]");
    }
}
