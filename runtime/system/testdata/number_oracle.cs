// Oracle for number_test.go (checked live by TestOraclesLive): parsing,
// Convert, Math, checked arithmetic, BitConverter, as "label => result".
using System; using System.Globalization; using System.Threading;
class P {
 static void T(string label, Func<object> f) { string r; try { var v = f(); r = v is byte[] b ? BitConverter.ToString(b) : Convert.ToString(v, CultureInfo.InvariantCulture); } catch (Exception e) { r = "!" + e.GetType().Name + ": " + e.Message.Replace("\n", "\\n"); } Console.WriteLine(label + " => " + r); }
 static void Main() {
  Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
  T("int.Parse 42", () => int.Parse("42")); T("int.Parse ws", () => int.Parse(" -17 ")); T("int.Parse +5", () => int.Parse("+5"));
  T("int.Parse abc", () => int.Parse("abc")); T("int.Parse empty", () => int.Parse("")); T("int.Parse big", () => int.Parse("2147483648")); T("int.Parse min", () => int.Parse("-2147483648"));
  T("int.Parse 1.5", () => int.Parse("1.5")); T("int.Parse 1,000", () => int.Parse("1,000")); T("int.Parse tab", () => int.Parse("\t7\n"));
  T("long.Parse", () => long.Parse("9223372036854775807")); T("long.Parse big", () => long.Parse("9223372036854775808"));
  T("int.TryParse x", () => { int r; bool ok = int.TryParse("x", out r); return ok + " " + r; }); T("int.TryParse 12", () => { int r; bool ok = int.TryParse("12", out r); return ok + " " + r; });
  T("double.Parse", () => double.Parse("3.25")); T("double.Parse exp", () => double.Parse("1.5e3")); T("double.Parse group", () => double.Parse("1,234.5")); T("double.Parse bad", () => double.Parse("1.2.3"));
  T("double.Parse NaN", () => double.Parse("NaN")); T("double.Parse -Infinity", () => double.Parse("-Infinity")); T("double.Parse .5", () => double.Parse(".5")); T("double.Parse 5.", () => double.Parse("5."));
  T("double.Parse huge", () => double.Parse("1e400")); T("double.Parse hex", () => double.Parse("0x10"));
  T("bool.Parse true", () => bool.Parse(" TRUE ")); T("bool.Parse bad", () => bool.Parse("yes"));
  T("uint.Parse -1", () => uint.Parse("-1")); T("byte.Parse 256", () => byte.Parse("256")); T("byte.Parse -0", () => byte.Parse("-0"));
  T("Convert.ToInt32 2.5", () => Convert.ToInt32(2.5)); T("Convert.ToInt32 3.5", () => Convert.ToInt32(3.5)); T("Convert.ToInt32 -2.5", () => Convert.ToInt32(-2.5)); T("Convert.ToInt32 2.6", () => Convert.ToInt32(2.6));
  T("Convert.ToInt32 true", () => Convert.ToInt32(true)); T("Convert.ToInt32 str", () => Convert.ToInt32("123")); T("Convert.ToInt32 big double", () => Convert.ToInt32(3e9)); T("Convert.ToInt32 long", () => Convert.ToInt32(5000000000L));
  T("Convert.ToInt32 char", () => Convert.ToInt32('A')); T("Convert.ToInt32 hex", () => Convert.ToInt32("ff", 16)); T("Convert.ToInt32 hex neg", () => Convert.ToInt32("FFFFFFFF", 16)); T("Convert.ToInt32 bin", () => Convert.ToInt32("101", 2));
  T("Convert.ToByte 300", () => Convert.ToByte(300)); T("Convert.ToByte -1", () => Convert.ToByte(-1)); T("Convert.ToChar 65", () => Convert.ToChar(65)); T("Convert.ToChar -1", () => Convert.ToChar(-1));
  T("Convert.ToDouble str", () => Convert.ToDouble("2.5")); T("Convert.ToDouble int", () => Convert.ToDouble(7)); T("Convert.ToBoolean str", () => Convert.ToBoolean("false")); T("Convert.ToBoolean 2", () => Convert.ToBoolean(2));
  T("Convert.ToString 1.5", () => Convert.ToString(1.5)); T("Convert.ToString 255 base16", () => Convert.ToString(255, 16)); T("Convert.ToString -1 base2", () => Convert.ToString((byte)5, 2));
  T("ToBase64", () => Convert.ToBase64String(new byte[]{1, 2, 3, 250, 251})); T("FromBase64", () => Convert.FromBase64String("AQID+vs=")); T("FromBase64 ws", () => Convert.FromBase64String(" AQ ID\n+vs= "));
  T("FromBase64 bad", () => Convert.FromBase64String("AQI")); T("FromBase64 bad char", () => Convert.FromBase64String("AQ*D"));
  T("Math.Round 2.5", () => Math.Round(2.5)); T("Math.Round 3.5", () => Math.Round(3.5)); T("Math.Round -2.5", () => Math.Round(-2.5)); T("Math.Round away", () => Math.Round(2.5, MidpointRounding.AwayFromZero));
  T("Math.Round 2.675 2", () => Math.Round(2.675, 2)); T("Math.Round 1.005 2", () => Math.Round(1.005, 2)); T("Math.Round 1.25 1", () => Math.Round(1.25, 1)); T("Math.Round 1.35 1", () => Math.Round(1.35, 1)); T("Math.Round digits 16", () => Math.Round(1.0, 16));
  T("Math.Floor -1.5", () => Math.Floor(-1.5)); T("Math.Ceiling 1.2", () => Math.Ceiling(1.2)); T("Math.Abs min", () => Math.Abs(int.MinValue)); T("Math.Abs -3", () => Math.Abs(-3));
  T("Math.Max", () => Math.Max(3, 7)); T("Math.Min double", () => Math.Min(1.5, -2.5)); T("Math.Pow", () => Math.Pow(2, 10)); T("Math.Sqrt", () => Math.Sqrt(2)); T("Math.Sign NaN", () => Math.Sign(double.NaN));
  T("Math.Sign -4", () => Math.Sign(-4)); T("Math.Truncate", () => Math.Truncate(-2.7)); T("Math.Max NaN", () => Math.Max(1.0, double.NaN));
  T("checked add", () => { int a = int.MaxValue; return checked(a + 1); }); T("checked mul", () => { int a = 65536; return checked(a * a); }); T("checked sub long", () => { long a = long.MinValue; return checked(a - 1); });
  T("checked cast", () => { long a = 3000000000; return checked((int)a); }); T("checked double cast", () => { double d = 1e10; return checked((int)d); }); T("checked ok", () => { int a = 5; return checked(a * 7); });
  T("div min -1", () => { int a = int.MinValue; int b = -1; return a / b; }); T("div zero", () => { int a = 1; int b = 0; return a / b; });
  T("BitConverter int", () => BitConverter.GetBytes(0x01020304)); T("BitConverter double", () => BitConverter.GetBytes(1.5)); T("BitConverter ToInt32", () => BitConverter.ToInt32(new byte[]{4, 3, 2, 1}, 0));
  T("BitConverter ToInt32 short", () => BitConverter.ToInt32(new byte[]{4, 3, 2}, 0)); T("BitConverter ToInt32 idx", () => BitConverter.ToInt32(new byte[]{4, 3, 2, 1}, 4)); T("BitConverter ToString", () => BitConverter.ToString(new byte[]{0, 171, 255}));
  T("BitConverter bool", () => BitConverter.GetBytes(true)); T("BitConverter short", () => BitConverter.GetBytes((short)-2));
 }
}
