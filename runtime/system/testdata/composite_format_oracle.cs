// Oracle for format_test.go: string.Format items, alignment, escapes and
// errors, invariant culture. Run: mcs composite_format_oracle.cs && mono composite_format_oracle.exe
using System; using System.Globalization; using System.Threading;
class P { static void T(string f, params object[] a) { string r; try { r = string.Format(CultureInfo.InvariantCulture, f, a); } catch (Exception e) { r = "!" + e.GetType().Name + ": " + e.Message; } Console.WriteLine(f + " => [" + r + "]"); }
static void Main() {
 Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
 T("{0}", 42); T("{0,-8}|", "ab"); T("{0,8}|", "ab"); T("{1:N2}", 0, 1234.567); T("{0:X}", 255); T("{0:x8}", 255); T("{0:D5}", 42); T("{0:F3}", 3.14159);
 T("{0:E2}", 12345.678); T("{0:P1}", 0.256); T("{0:C}", 1234.5); T("{0:C}", -1234.5); T("{0:G}", 1.5); T("{0:R}", 0.1); T("{0:0.00}", 3.14159); T("{0:#,##0}", 1234567);
 T("{{0}}", 1); T("{{{0}}}", 1); T("}}", 1); T("{0", 1); T("{0}}", 1); T("{", 1); T("}", 1); T("{1}", 1); T("{-1}", 1); T("{a}", 1); T("{ 0}", 1); T("{0 }", 1); T("{0 ,5}", 1); T("{0, 5}", 1); T("{0,-5:D3}|", 1);
 T("{0:}", 1); T("{0:{}", 1); T("{0,}", 1); T("{0,x}", 1); T("{0:N2}", "str"); T("{0} {1} {0}", "a", "b"); T("{0}", true); T("{0}", 'c'); T("{0}", null); T("{0:yyyy}", 5);
 T("{0,10:F2}|{1,-6}|", 3.14159, "x"); T("{0:00.0}", -2.25); T("{0:#.##}", 0); T("{0,3}", "abcdef"); T("a{0}b{1}c", 1, 2); T("{0:X4}", -1); T("{0:N0}", -1234567.5); T("{0:P}", 1);
 T("{0:F}", 1); T("{0:E}", 0); T("{0:e3}", -0.000123); T("{0:G3}", 1234.5); T("{0:g}", 1e-7);
}}
