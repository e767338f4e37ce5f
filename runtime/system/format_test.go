// Tests for composite formatting (string.Format); expected values printed by
// Mono 6.8 with the invariant culture (testdata/composite_format_oracle.cs).

package system

import "testing"

func formatOrError(format string, args ...any) string {
	var out string
	Try(func() { out = StringFormat(format, args...) },
		Catch(func(e *FormatException) { out = "!FormatException: " + e.Message() }))
	return out
}

// TestStringFormat checks items, alignment, format strings, brace escapes
// and the two FormatException texts.
func TestStringFormat(t *testing.T) {
	const (
		badFormat = "!FormatException: Input string was not in a correct format."
		badIndex  = "!FormatException: Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
	)
	for _, tc := range []struct {
		format string
		args   []any
		want   string
	}{
		{"{0}", []any{int32(42)}, "42"},
		{"{0,-8}|", []any{"ab"}, "ab      |"},
		{"{0,8}|", []any{"ab"}, "      ab|"},
		{"{1:N2}", []any{int32(0), 1234.567}, "1,234.57"},
		{"{0:X}", []any{int32(255)}, "FF"},
		{"{0:x8}", []any{int32(255)}, "000000ff"},
		{"{0:D5}", []any{int32(42)}, "00042"},
		{"{0:F3}", []any{3.14159}, "3.142"},
		{"{0:E2}", []any{12345.678}, "1.23E+004"},
		{"{0:P1}", []any{0.256}, "25.6 %"},
		{"{0:C}", []any{1234.5}, "¤1,234.50"},
		{"{0:C}", []any{-1234.5}, "(¤1,234.50)"},
		{"{0:G}", []any{1.5}, "1.5"},
		{"{0:R}", []any{0.1}, "0.1"},
		{"{0:0.00}", []any{3.14159}, "3.14"},
		{"{0:#,##0}", []any{int32(1234567)}, "1,234,567"},
		{"{{0}}", []any{int32(1)}, "{0}"},
		{"{{{0}}}", []any{int32(1)}, "{1}"},
		{"}}", []any{int32(1)}, "}"},
		{"{0", []any{int32(1)}, badFormat},
		{"{0}}", []any{int32(1)}, badFormat},
		{"{", []any{int32(1)}, badFormat},
		{"}", []any{int32(1)}, badFormat},
		{"{1}", []any{int32(1)}, badIndex},
		{"{-1}", []any{int32(1)}, badFormat},
		{"{a}", []any{int32(1)}, badFormat},
		{"{ 0}", []any{int32(1)}, badFormat},
		{"{0 }", []any{int32(1)}, "1"},
		{"{0 ,5}", []any{int32(1)}, "    1"},
		{"{0, 5}", []any{int32(1)}, "    1"},
		{"{0,-5:D3}|", []any{int32(1)}, "001  |"},
		{"{0:}", []any{int32(1)}, "1"},
		{"{0:{}", []any{int32(1)}, badFormat},
		{"{0,}", []any{int32(1)}, badFormat},
		{"{0,x}", []any{int32(1)}, badFormat},
		{"{0:N2}", []any{"str"}, "str"},
		{"{0} {1} {0}", []any{"a", "b"}, "a b a"},
		{"{0}", []any{true}, "True"},
		{"{0}", []any{Char('c')}, "c"},
		{"{0}", []any{nil}, ""},
		{"{0:yyyy}", []any{int32(5)}, "yyyy"},
		{"{0,10:F2}|{1,-6}|", []any{3.14159, "x"}, "      3.14|x     |"},
		{"{0:00.0}", []any{-2.25}, "-02.3"},
		{"{0:#.##}", []any{int32(0)}, ""},
		{"{0,3}", []any{"abcdef"}, "abcdef"},
		{"a{0}b{1}c", []any{int32(1), int32(2)}, "a1b2c"},
		{"{0:X4}", []any{int32(-1)}, "FFFFFFFF"},
		{"{0:N0}", []any{-1234567.5}, "-1,234,568"},
		{"{0:P}", []any{int32(1)}, "100.00 %"},
		{"{0:F}", []any{int32(1)}, "1.00"},
		{"{0:E}", []any{int32(0)}, "0.000000E+000"},
		{"{0:e3}", []any{-0.000123}, "-1.230e-004"},
		{"{0:G3}", []any{1234.5}, "1.23E+03"},
		{"{0:g}", []any{1e-7}, "1e-07"},
		// Alignment counts UTF-16 code units, as .NET does.
		{"{0,4}|", []any{"é"}, "   é|"},
		{"{0,4}|", []any{"😀"}, "  😀|"},
	} {
		if got := formatOrError(tc.format, tc.args...); got != tc.want {
			t.Errorf("StringFormat(%q, %v) = %q, want %q", tc.format, tc.args, got, tc.want)
		}
	}
}
