// Oracle for runtime/system number formatting: prints "type|value|format|result"
// for every value × format below, using the invariant culture. Regenerate
// number_format.golden with:
//   mcs number_format_oracle.cs && mono number_format_oracle.exe > number_format.golden
// Doubles are limited to values whose formatting Mono 6.8 and .NET Core 3.0+
// agree on (at most 15 significant digits, no exact ties); the .NET Core-only
// cases live in number_format_test.go.
using System;
using System.Globalization;

class NumberFormatOracle {
    static readonly string[] IntFormats = {
        "", "G", "G3", "D", "D5", "d8", "X", "x8", "X2", "N", "N0", "N3", "F", "F0", "F3",
        "E", "E2", "e0", "P", "P1", "C", "C0", "0", "0.00", "#,##0", "#,##0.00", "00000", "#",
        "#.#", "0,0", "#,#", "0.0E+00", "0.###E-0", "#,##0,", "#,,", "0%", "0;(0)", "0;(0);zero",
        "'#'0", "\\#0", "[0]", "0.0;-0.0;-", "##-##-##", "x 0 y", "0‰",
    };
    static readonly string[] DoubleFormats = {
        "", "G", "G3", "G10", "N", "N0", "N4", "F", "F0", "F4", "E", "E2", "e3", "P", "P0", "P3",
        "C", "0", "0.00", "0.####", "#,##0.00", "#.##", "0.0E+00", "0.00e-00", "#,##0,,",
        "0.0%", "0.00;(0.00);zero", "#", "00.000", ".00", "0.", "##0.0##",
    };
    static readonly int[] Int32s = { 0, 1, -1, 7, 42, -42, 255, 1000, 1234, -1234, 99999, 123456789, -2147483648, 2147483647 };
    static readonly long[] Int64s = { 0, -1, 1234567890123, -9223372036854775808, 9223372036854775807 };
    static readonly byte[] Bytes = { 0, 255 };
    static readonly sbyte[] SBytes = { -1, -128, 127 };
    static readonly short[] Int16s = { -1, 12345 };
    static readonly ulong[] UInt64s = { 18446744073709551615 };
    static readonly double[] Doubles = {
        0, 1, -1, 0.5, 1.5, -2.25, 3.14159, 1234.5678, -1234.5678, 0.001234, 1e-7, 123456789.123,
        1e10, 9.87654321e20, 0.1, 100, 12.3456, 0.0001, 99.996, 1.0 / 3,
    };

    static void Main() {
        var ic = CultureInfo.InvariantCulture;
        foreach (var v in Int32s) foreach (var f in IntFormats) Emit("int32", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in Int64s) foreach (var f in IntFormats) Emit("int64", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in Bytes) foreach (var f in IntFormats) Emit("uint8", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in SBytes) foreach (var f in IntFormats) Emit("int8", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in Int16s) foreach (var f in IntFormats) Emit("int16", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in UInt64s) foreach (var f in IntFormats) Emit("uint64", v.ToString(ic), f, () => v.ToString(f, ic));
        foreach (var v in Doubles) foreach (var f in DoubleFormats) Emit("float64", v.ToString("R", ic), f, () => v.ToString(f, ic));
    }

    static void Emit(string type, string value, string format, Func<string> f) {
        string result;
        try { result = f(); } catch (FormatException e) { result = "!FormatException: " + e.Message; }
        Console.WriteLine(type + "|" + value + "|" + format + "|" + result);
    }
}
