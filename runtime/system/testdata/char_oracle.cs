// Oracle for char_test.go: Char classification, casing and numeric values.
// Run: mcs char_oracle.cs && mono char_oracle.exe
using System;
class P { static void Main() {
 foreach (char c in new[]{'a', 'Z', '5', ' ', '\t', '\u00a0', '_', '-', '$', '+', '\u0660', '\u00e9', '\u0130', '\u0131', '\u00df', '\u2028', '\x85', '\x7f', '\u4e2d', '\u00bd'}) {
  Console.WriteLine("{0:X4} {1} {2} {3} {4} {5} {6} {7} {8} {9} {10} {11:X4} {12:X4} {13}", (int)c, char.IsDigit(c), char.IsLetter(c), char.IsLetterOrDigit(c), char.IsWhiteSpace(c), char.IsUpper(c), char.IsLower(c), char.IsNumber(c), char.IsPunctuation(c), char.IsSymbol(c), char.IsControl(c), (int)char.ToUpperInvariant(c), (int)char.ToLowerInvariant(c), char.GetNumericValue(c));
 }
}}
