// Oracle for TestStreamsMatchMonoLive: the writes a StreamWriter makes for
// texts of several sizes and encodings, and what a StreamReader reads back
// (lines and detected encoding) from byte inputs with and without BOMs.
// Inputs that end inside a UTF-8 sequence are left out: .NET 8 flushes
// the decoder at the end of the stream, Mono does not.
using System;
using System.IO;
using System.Text;
using System.Collections.Generic;
class Rec : MemoryStream {
  public List<int> W = new List<int>();
  public override void Write(byte[] b, int o, int c) { W.Add(c); base.Write(b, o, c); }
}
class NS : MemoryStream { public NS(byte[] b) : base(b) {} public override bool CanSeek { get { return false; } } }
class P {
  static void Main() {
    var encs = new Encoding[]{ new UTF8Encoding(false), Encoding.UTF8, Encoding.Unicode, Encoding.UTF32, Encoding.ASCII };
    foreach (var e in encs)
      foreach (var n in new int[]{0, 1, 1023, 1024, 1025, 3000}) {
        var r = new Rec(); var w = new StreamWriter(r, e); w.Write(new string('\u00e9', n)); var before = string.Join(",", r.W); w.Close();
        Console.WriteLine(e.WebName + " " + n + " " + before + " | " + string.Join(",", r.W));
      }
    var inputs = new byte[][]{ new byte[]{0xFF,0xFE,0x41,0,0x0D,0,0x0A,0,0x42,0}, new byte[]{0xEF,0xBB,0xBF,0x41,0x0D,0x42}, new byte[]{0xFE,0xFF,0,0x41,0,0x0A}, new byte[]{0xFF,0xFE,0,0,0x41,0,0,0}, new byte[]{0,0,0xFE,0xFF,0,0,0,0x41}, new byte[]{0x41,0x0A,0x0A,0x42,0x0D,0x0A}, new byte[]{0xC3,0xA9,0x0D}, new byte[]{0xFF} };
    foreach (var b in inputs) {
      var sr = new StreamReader(new NS(b)); var lines = new List<string>(); string l;
      while ((l = sr.ReadLine()) != null) { var u = new StringBuilder(); foreach (char c in l) u.Append(((int)c).ToString("X4")); lines.Add("[" + u + "]"); }
      Console.WriteLine(sr.CurrentEncoding.WebName + " " + string.Join("", lines));
    }
  }
}
