// Oracle for string_test.go (checked live by TestOraclesLive): String
// members, printed as "label => result".
using System; using System.Globalization; using System.Threading;
class P {
 static void T(string label, Func<object> f) { string r; try { var v = f(); r = v is string[] a ? "[" + string.Join("|", a) + "]" : Convert.ToString(v, CultureInfo.InvariantCulture); } catch (Exception e) { r = "!" + e.GetType().Name + ": " + e.Message.Replace("\n", "\\n"); } Console.WriteLine(label + " => " + r); }
 static void Main() {
  string s = "Hello, World";
  T("Length é😀", () => "é😀".Length);
  T("CharAt 😀 1", () => (int)"a😀"[2]);
  T("Substring(7)", () => s.Substring(7)); T("Substring(7,3)", () => s.Substring(7, 3));
  T("Substring(-1)", () => s.Substring(-1)); T("Substring(13)", () => s.Substring(13)); T("Substring(12)", () => s.Substring(12));
  T("Substring(5,-1)", () => s.Substring(5, -1)); T("Substring(5,10)", () => s.Substring(5, 10)); T("Substring(13,0)", () => s.Substring(13, 0));
  T("IndexOf o", () => s.IndexOf('o')); T("IndexOf World", () => s.IndexOf("World")); T("IndexOf empty", () => s.IndexOf("")); T("IndexOf o 5", () => s.IndexOf('o', 5));
  T("IndexOf o,13", () => s.IndexOf('o', 13)); T("IndexOf world OIC", () => s.IndexOf("world", StringComparison.OrdinalIgnoreCase));
  T("LastIndexOf o", () => s.LastIndexOf('o')); T("LastIndexOf l", () => s.LastIndexOf("l")); T("LastIndexOf empty", () => s.LastIndexOf(""));
  T("IndexOfAny", () => s.IndexOfAny(new[]{'W','r'})); T("IndexOf after emoji", () => "😀ab".IndexOf("b"));
  T("Contains", () => s.Contains("lo, W")); T("StartsWith", () => s.StartsWith("Hell")); T("EndsWith", () => s.EndsWith("rld"));
  T("StartsWith OIC", () => s.StartsWith("hello", StringComparison.OrdinalIgnoreCase)); T("EndsWith OIC", () => s.EndsWith("WORLD", StringComparison.OrdinalIgnoreCase));
  T("Replace", () => s.Replace("l", "L")); T("Replace char", () => s.Replace('o', '0')); T("Replace empty", () => s.Replace("", "x"));
  T("Split ,", () => "a,b,,c".Split(',')); T("Split none", () => " a  b\tc ".Split()); T("Split RE", () => "a,b,,c,".Split(new[]{','}, StringSplitOptions.RemoveEmptyEntries));
  T("Split count 2", () => "a,b,c".Split(new[]{','}, 2)); T("Split str", () => "a--b----c".Split(new[]{"--"}, StringSplitOptions.None)); T("Split str RE", () => "a--b----c".Split(new[]{"--"}, StringSplitOptions.RemoveEmptyEntries));
  T("Split count RE", () => ",,a,,b,,c".Split(new[]{','}, 2, StringSplitOptions.RemoveEmptyEntries)); T("Split empty", () => "".Split(','));  T("Split empty RE", () => "".Split(new[]{','}, StringSplitOptions.RemoveEmptyEntries));
  T("Split count 0", () => "a,b".Split(new[]{','}, 0)); T("Split count 1", () => "a,b".Split(new[]{','}, 1)); T("Split multi", () => "a,b;c d".Split(',', ';', ' '));
  T("Split strs", () => "a<>b<c>d".Split(new[]{"<", "<>", ">"}, StringSplitOptions.None)); T("Split str null sep", () => "a b".Split((string[])null, StringSplitOptions.None));
  T("Split neg", () => "a".Split(new[]{','}, -1));
  T("Join", () => string.Join(", ", new[]{"a","b","c"})); T("Join objs", () => string.Join("-", new object[]{1, null, 2.5, true}));
  T("Concat", () => string.Concat("a", 1, null, 'c'));
  T("Trim", () => "  \t a b \n ".Trim()); T("Trim chars", () => "xxaxbxx".Trim('x')); T("TrimStart", () => "  a ".TrimStart()); T("TrimEnd chars", () => "a.,;".TrimEnd('.', ';', ','));
  T("ToUpper", () => "héllo ß".ToUpper()); T("ToLower", () => "HÉLLO İ".ToLowerInvariant());
  T("PadLeft", () => "42".PadLeft(5)); T("PadLeft 0", () => "42".PadLeft(5, '0')); T("PadRight", () => "42".PadRight(5, '.')); T("PadLeft short", () => "12345".PadLeft(3)); T("PadLeft neg", () => "1".PadLeft(-1));
  T("IsNullOrWhiteSpace", () => string.IsNullOrWhiteSpace(" \t\n")); T("IsNullOrEmpty", () => string.IsNullOrEmpty(""));
  T("Equals OIC", () => string.Equals("ABC", "abc", StringComparison.OrdinalIgnoreCase)); T("Equals", () => string.Equals("ABC", "abc"));
  T("Compare a B", () => string.Compare("a", "B")); T("Compare a A", () => string.Compare("a", "A")); T("Compare abc abd", () => string.Compare("abc", "abd"));
  T("Compare ignore", () => string.Compare("abc", "ABC", true)); T("CompareOrdinal a c", () => string.CompareOrdinal("a", "c")); T("CompareOrdinal abc ab", () => string.CompareOrdinal("abc", "ab"));
  T("Compare Ordinal a B", () => string.Compare("a", "B", StringComparison.Ordinal)); T("CompareTo", () => "apple".CompareTo("Banana"));
  T("Insert", () => "abc".Insert(1, "XY")); T("Insert bad", () => "abc".Insert(4, "X")); T("Remove", () => "abcdef".Remove(3)); T("Remove 1 2", () => "abcdef".Remove(1, 2));
  T("Remove bad", () => "abc".Remove(3)); T("Remove bad count", () => "abc".Remove(1, 5));
  T("new string", () => new string('=', 5)); T("ToCharArray", () => new string("abc".ToCharArray(), 1, 2));
  T("Format", () => string.Format("{0}-{1}", "a", 2));
 }
}
