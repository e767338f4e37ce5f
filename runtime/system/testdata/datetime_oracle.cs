// Oracle for datetime_test.go (checked live by TestOraclesLive): DateTime,
// TimeSpan, Guid and seeded Random, as "label => result".
using System; using System.Globalization; using System.Threading;
class P {
 static void T(string label, Func<object> f) { string r; try { var v = f(); r = Convert.ToString(v, CultureInfo.InvariantCulture); } catch (Exception e) { r = "!" + e.GetType().Name + ": " + e.Message.Replace("\n", "\\n"); } Console.WriteLine(label + " => " + r); }
 static void Main() {
  Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
  var d = new DateTime(2024, 3, 5, 14, 7, 9, 123, DateTimeKind.Utc).AddTicks(4567);
  var u = new DateTime(2024, 3, 5, 4, 7, 9);
  foreach (var f in new[]{"", "d", "D", "f", "F", "g", "G", "M", "o", "O", "R", "r", "s", "t", "T", "u", "Y", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fffZ", "dd/MM/yy", "ddd, MMM d", "dddd MMMM", "h:mm tt", "hh:mm:ss t", "HH:mm:ss.FFF", "ss.FFFFFFF", "'Year' yyyy", "yyyy\\-MM", "%d", "M", "y", "yyyyy", "K", "fffffff", "g", "yyyy/MM/dd"})
   T("utc " + f, () => d.ToString(f, CultureInfo.InvariantCulture));
  foreach (var f in new[]{"", "o", "s", "K", "h tt", "HH:mm:ss.FFF"}) T("unspec " + f, () => u.ToString(f, CultureInfo.InvariantCulture));
  T("Q", () => d.ToString("Q"));
  T("parts", () => d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond + " " + d.DayOfWeek + " " + d.DayOfYear + " " + d.Kind);
  T("Ticks", () => d.Ticks); T("Date", () => d.Date.ToString("o")); T("TimeOfDay", () => d.TimeOfDay);
  T("AddMonths", () => new DateTime(2024, 1, 31).AddMonths(1).ToString("s")); T("AddYears leap", () => new DateTime(2024, 2, 29).AddYears(1).ToString("s"));
  T("AddDays frac", () => u.AddDays(1.5).ToString("s")); T("AddSeconds", () => u.AddSeconds(-3.25).ToString("HH:mm:ss.fff")); T("AddMilliseconds", () => u.AddMilliseconds(0.5).Ticks);
  T("Subtract", () => new DateTime(2024, 3, 1) - new DateTime(2024, 2, 1)); T("bad date", () => new DateTime(2023, 2, 29)); T("bad time", () => new DateTime(2023, 2, 28, 24, 0, 0));
  T("DaysInMonth", () => DateTime.DaysInMonth(2024, 2)); T("IsLeapYear", () => DateTime.IsLeapYear(1900));
  T("Parse iso", () => DateTime.Parse("2024-03-05T14:07:09").ToString("o")); T("Parse date", () => DateTime.Parse("2024-03-05").ToString("o"));
  T("Parse bad", () => DateTime.Parse("not a date"));
  T("MinValue", () => DateTime.MinValue.ToString("o")); T("MaxValue", () => DateTime.MaxValue.Ticks);
  T("TS ctor", () => new TimeSpan(1, 2, 3)); T("TS days", () => new TimeSpan(2, 1, 2, 3)); T("TS ms", () => new TimeSpan(0, 0, 0, 1, 500)); T("TS neg", () => new TimeSpan(-1, -2, -3, -4, -5));
  T("TS FromSeconds", () => TimeSpan.FromSeconds(1.5)); T("TS FromMs", () => TimeSpan.FromMilliseconds(2.5).Ticks); T("TS FromMinutes", () => TimeSpan.FromMinutes(90)); T("TS FromDays", () => TimeSpan.FromDays(1.25));
  T("TS FromHours", () => TimeSpan.FromHours(-1.5)); T("TS FromTicks", () => TimeSpan.FromTicks(1));
  var ts = new TimeSpan(1, 2, 3, 4, 567);
  T("TS parts", () => ts.Days + " " + ts.Hours + " " + ts.Minutes + " " + ts.Seconds + " " + ts.Milliseconds + " " + ts.TotalHours + " " + ts.TotalMilliseconds);
  foreach (var f in new[]{"c", "g", "G", "hh\\:mm\\:ss", "d\\.hh\\:mm", "%h", "mm\\:ss\\.fff", "ss\\.FF", "dd", "hh':'mm", "hhh", "yy"}) T("TS " + f, () => ts.ToString(f));
  T("TS neg g", () => new TimeSpan(0, -1, -2, -3, -400).ToString("g")); T("TS neg G", () => new TimeSpan(0, -1, -2, -3, -400).ToString("G"));
  T("TS Parse", () => TimeSpan.Parse("1.02:03:04.5")); T("TS Parse hm", () => TimeSpan.Parse("02:03")); T("TS Parse d", () => TimeSpan.Parse("3")); T("TS Parse -", () => TimeSpan.Parse("-00:00:01")); T("TS Parse bad", () => TimeSpan.Parse("xx"));
  T("TS Add", () => ts + TimeSpan.FromHours(1)); T("TS Sub", () => TimeSpan.Zero - ts); T("TS Duration", () => (TimeSpan.Zero - ts).Duration()); T("TS Compare", () => ts.CompareTo(TimeSpan.Zero));
  T("TS Max", () => TimeSpan.MaxValue); T("TS Min", () => TimeSpan.MinValue);
  T("TS overflow", () => TimeSpan.FromDays(1e10)); T("TS NaN", () => TimeSpan.FromSeconds(double.NaN));
  var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
  T("Guid D", () => g.ToString()); T("Guid N", () => g.ToString("N")); T("Guid B", () => g.ToString("B")); T("Guid P", () => g.ToString("P")); T("Guid bytes", () => BitConverter.ToString(g.ToByteArray()));
  T("Guid from bytes", () => new Guid(g.ToByteArray()).ToString()); T("Guid parse N", () => Guid.Parse("0F8FAD5BD9CB469FA16570867728950E")); T("Guid parse B", () => Guid.Parse(" {0f8fad5b-d9cb-469f-a165-70867728950e} ")); T("Guid empty", () => Guid.Empty);
  T("Guid parse bad", () => Guid.Parse("xyz")); T("Guid fmt bad", () => g.ToString("Z"));
  var r = new Random(42);
  T("Random 42", () => r.Next() + " " + r.Next(100) + " " + r.Next(10, 20) + " " + r.NextDouble().ToString("R") + " " + r.Next(int.MinValue, int.MaxValue));
  var r2 = new Random(-7); var buf = new byte[6]; r2.NextBytes(buf); T("Random -7 bytes", () => BitConverter.ToString(buf));
  var r3 = new Random(0); T("Random 0", () => r3.Next(1000) + " " + r3.Next(1000) + " " + r3.Next(1000));
  var r4 = new Random(int.MinValue); T("Random min", () => r4.Next());
  T("Random neg", () => new Random(1).Next(-1)); T("Random swap", () => new Random(1).Next(5, 1));
 }
}
