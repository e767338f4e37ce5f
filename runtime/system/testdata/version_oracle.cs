// Oracle for version_test.go: Version.Parse, comparison and ToString(n).
// Run: mcs version_oracle.cs && mono version_oracle.exe
using System;
class P { static void Main() {
 foreach (var s in new[]{"1.2", "1.2.3", "1.2.3.4", " 1 . 2 ", "1", "1.2.3.4.5", "1.x", "1.-2", "1.99999999999", "+1.2", ""}) {
  try { var v = Version.Parse(s); Console.WriteLine(s + " | " + v + " | " + v.Major + " " + v.Minor + " " + v.Build + " " + v.Revision + " | " + v.GetHashCode()); }
  catch (Exception e) { Console.WriteLine(s + " | " + e.GetType().Name + ": " + e.Message); } }
 Console.WriteLine(new Version(1,2).CompareTo(new Version(1,2,0)));
 Console.WriteLine(new Version(1,10).CompareTo(new Version(1,9)));
 Console.WriteLine(new Version(1,2).Equals(new Version(1,2,0)));
 Console.WriteLine(new Version(1,2,3,4).ToString(2));
 try { new Version(-1, 0); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
 try { new Version(1, 2).ToString(3); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
}}
