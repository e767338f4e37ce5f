// Oracle for TestEncodingsMatchMonoLive: GetBytes of sample strings and
// GetString of sample byte arrays, for the encodings whose behaviour Mono
// shares with .NET Core (UTF-8 decoding of invalid input differs, so only
// valid UTF-8 is decoded here).
using System;
using System.Text;
class P {
  static string U(string s) { var sb = new StringBuilder(); foreach (char c in s) sb.Append(((int)c).ToString("X4")); return sb.ToString(); }
  static void Main() {
    var encs = new Encoding[]{ Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, new UTF32Encoding(true, false), Encoding.GetEncoding("iso-8859-1") };
    var strs = new string[]{ "", "hello", "h\u00e9llo w\u00f6rld", "\u20ac100", "\ud83d\ude00 smile", "\u00ff\u0100", "tab\there\r\n", "\ud800x", "y\udc00" };
    var bytes = new byte[][]{ new byte[]{}, new byte[]{0x41, 0x42}, new byte[]{0xC3, 0xA9, 0xE2, 0x82, 0xAC}, new byte[]{0x80, 0xFF, 0x7F, 0x00}, new byte[]{0x00, 0xD8, 0x00, 0xDC, 0x41, 0x00}, new byte[]{0x00, 0xDC, 0x00, 0xD8}, new byte[]{0xFF, 0xFF, 0x10, 0x00, 0x41} };
    foreach (var e in encs) {
      foreach (var s in strs) Console.WriteLine(e.WebName + " bytes " + BitConverter.ToString(e.GetBytes(s)));
      foreach (var b in bytes) {
        if (e is UTF8Encoding && b.Length > 0 && (b[0] == 0x80 || b[0] == 0x00 || b[0] == 0xFF)) continue;
        Console.WriteLine(e.WebName + " chars " + U(e.GetString(b)));
      }
    }
  }
}
