// Tests of the C# constant evaluator (constant.go) and of the Go spelling
// of folded constants (constemit.go). The expected values are what Mono
// prints: each expression was compiled with mcs into
// `{ T v = EXPR; Console.WriteLine(v); }` and run with mono; the error codes
// are what mcs reports for `Console.WriteLine(EXPR)`.

package mapper

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

// foldExpr lowers one C# expression in a static context and returns its
// value and the diagnostics it produced.
func foldExpr(t *testing.T, expr string) (val, Diagnostics) {
	t.Helper()
	src := "using System;\nclass P {\n static object v = " + expr + ";\n}\n"
	cu, err := parser.Parse("in.cs", []byte(src))
	if err != nil {
		t.Fatalf("%s: parse: %v", expr, err)
	}
	init := cu.Members[0].(*ast.ClassDecl).Members[0].(*ast.FieldDecl).Vars[0].Init
	tb, err := DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	m := &mapper{tb: tb, filename: "in.cs", classes: map[string]*ClassInfo{}, namespaces: implicitUsings, file: &File{}}
	fs := m.newFunc(nil, true, nil)
	return fs.expr(init), m.diags
}

// TestFoldConstants folds each expression, converts it to the declared
// type as `T v = EXPR;` does, and compares with what Mono printed (doubles
// and floats with ToString("R"), "-0" for negative zero, chars as their
// code). It also checks that the Go expression the mapper emits for the
// constant means the same value.
func TestFoldConstants(t *testing.T) {
	tests := []struct{ typ, expr, mono string }{
		{"double", `0.1 + 0.2`, "0.30000000000000004"},
		{"double", `1.0 / 0.0`, "Infinity"},
		{"double", `-1.0 / 0.0`, "-Infinity"},
		{"double", `0.0 / 0.0`, "NaN"},
		{"double", `10.0 / 4`, "2.5"},
		{"double", `2.0 / 3.0`, "0.66666666666666663"},
		{"double", `1e308 * 10`, "Infinity"},
		{"double", `double.MaxValue * 2`, "Infinity"},
		{"double", `double.Epsilon / 2`, "0"},
		{"double", `Math.PI * 2`, "6.2831853071795862"},
		{"double", `0.1 * 3`, "0.30000000000000004"},
		{"double", `1.0 - 0.9`, "0.099999999999999978"},
		{"double", `5.5 % 2`, "1.5"},
		{"double", `-5.5 % 2`, "-1.5"},
		{"double", `(double)(float)0.1`, "0.10000000149011612"},
		{"double", `-0.0`, "-0"},
		{"double", `0.0 * -1`, "-0"},
		{"double", `(double)long.MaxValue`, "9.2233720368547758E+18"},
		{"double", `1 / 3 * 3.0`, "0"},
		{"double", `double.MaxValue`, "1.7976931348623157E+308"},
		{"double", `double.Epsilon`, "4.94065645841247E-324"},
		{"double", `double.MinValue`, "-1.7976931348623157E+308"},
		{"double", `Math.E`, "2.7182818284590451"},
		{"double", `-double.PositiveInfinity`, "-Infinity"},
		{"double", `double.NegativeInfinity + 1`, "-Infinity"},
		{"double", `123456789.0 * 1000`, "123456789000"},
		{"double", `1e-7 * 3`, "3E-07"},
		{"float", `(float)0.1`, "0.1"},
		{"float", `1f / 3f`, "0.333333343"},
		{"float", `(float)16777217`, "16777216"},
		{"float", `0.1f + 0.2f`, "0.3"},
		{"float", `float.MaxValue`, "3.40282347E+38"},
		{"float", `float.Epsilon`, "1.401298E-45"},
		{"float", `float.MaxValue * 2`, "Infinity"},
		{"float", `(float)1e40`, "Infinity"},
		{"float", `16777216f + 1f`, "16777216"},
		{"decimal", `0.1m + 0.2m`, "0.3"},
		{"decimal", `1m / 3m`, "0.3333333333333333333333333333"},
		{"decimal", `decimal.MaxValue`, "79228162514264337593543950335"},
		{"int", `unchecked(int.MaxValue + 1)`, "-2147483648"},
		{"int", `unchecked((int)0xFFFFFFFF)`, "-1"},
		{"byte", `unchecked((byte)(200 + 100))`, "44"},
		{"int", `(int)3.99`, "3"},
		{"int", `(int)-3.99`, "-3"},
		{"long", `(long)1e10`, "10000000000"},
		{"int", `7 / 2 * 2`, "6"},
		{"int", `-7 / 2`, "-3"},
		{"int", `-7 % 3`, "-1"},
		{"int", `1 << 33`, "2"},
		{"long", `1L << 65`, "2"},
		{"int", `-16 >> 2`, "-4"},
		{"int", `~5`, "-6"},
		{"uint", `~5u`, "4294967290"},
		{"int", `-2147483648`, "-2147483648"},
		{"long", `-9223372036854775808`, "-9223372036854775808"},
		{"int", `unchecked(-int.MinValue)`, "-2147483648"},
		{"ulong", `ulong.MaxValue / 3`, "6148914691236517205"},
		{"long", `unchecked(long.MaxValue * 2)`, "-2"},
		{"int", `'a' + 1`, "98"},
		{"char", `(char)('a' + 1)`, "98"},
		{"char", `char.MaxValue`, "65535"},
		{"char", `char.MinValue`, "0"},
		{"uint", `unchecked((uint)-1)`, "4294967295"},
		{"ushort", `unchecked((ushort)70000)`, "4464"},
		{"int", `0xFF & 0x0F | 0x30`, "63"},
		{"int", `5 ^ 3`, "6"},
		{"long", `uint.MaxValue + 1L`, "4294967296"},
		{"int", `unchecked((int)3000000000L)`, "-1294967296"},
		{"int", `unchecked((int)1e10)`, "-2147483648"},
		{"int", `unchecked((int)double.NaN)`, "-2147483648"},
		{"long", `unchecked((long)-1e30)`, "-9223372036854775808"},
		{"uint", `unchecked((uint)-1.5)`, "4294967295"},
		{"byte", `unchecked((byte)257.9)`, "1"},
		{"sbyte", `sbyte.MinValue`, "-128"},
		{"short", `short.MaxValue`, "32767"},
		{"ushort", `ushort.MaxValue`, "65535"},
		{"long", `long.MinValue`, "-9223372036854775808"},
		{"long", `int.MaxValue + 1L`, "2147483648"},
		{"uint", `uint.MaxValue`, "4294967295"},
		{"ulong", `unchecked(ulong.MaxValue + 1)`, "0"},
		{"int", `unchecked(int.MinValue - 1)`, "2147483647"},
		{"uint", `unchecked(0u - 1)`, "4294967295"},
		{"ulong", `unchecked((ulong)-1)`, "18446744073709551615"},
		{"int", `-16 >> 33`, "-8"},
		{"uint", `0x80000000 >> 4`, "134217728"},
		{"int", `unchecked((int)0x80000000) >> 4`, "-134217728"},
		{"long", `2147483648`, "2147483648"},
		{"bool", `1.0 / 0.0 == double.PositiveInfinity`, "True"},
		{"bool", `double.NaN == double.NaN`, "False"},
		{"bool", `double.NaN != double.NaN`, "True"},
		{"bool", `0.1 + 0.2 == 0.3`, "False"},
		{"bool", `0.1f + 0.2f == 0.3f`, "False"},
		{"bool", `int.MaxValue > uint.MaxValue`, "False"},
		{"bool", `-1 < 1u`, "True"},
		{"string", `"a" + "b"`, "ab"},
		{"decimal", `-5.5m % 2m`, "-1.5"},
		{"decimal", `7m % -2.5m`, "2.0"},
		{"double", `true ? 1 : 2.5`, "1"},
		{"int", `1 < 2 ? 10 : 20`, "10"},
		{"string", `false ? "a" : "b"`, "b"},
	}
	for _, tt := range tests {
		v, diags := foldExpr(t, tt.expr)
		if len(diags) > 0 {
			t.Errorf("%s: %s", tt.expr, diags.Error())
			continue
		}
		if v.c == nil {
			t.Errorf("%s: not folded", tt.expr)
			continue
		}
		if v.goV != nil && !goAgrees(v.goV, v.goT, v.c) {
			t.Errorf("%s: Go spelling %#v (%s %q) does not mean %s", tt.expr, v.e, v.goV, v.goT, v.c)
		}
		want := keywordTypes[tt.typ]
		c, err := convertConst(v.c, want, false)
		if c == nil || err != nil {
			t.Errorf("%s: %s does not convert to %s: %v", tt.expr, v.c.t, want, err)
			continue
		}
		if got := monoText(c); !sameConst(c, got, tt.mono) {
			t.Errorf("%s = %s, Mono printed %s", tt.expr, got, tt.mono)
		}
	}
}

// monoText spells a folded constant as the test's Mono program prints it.
func monoText(c *csConst) string {
	switch {
	case c.t == floatType:
		return strconv.FormatFloat(roundFloat(c.f), 'g', -1, 32)
	case c.t == doubleType:
		if c.f == 0 && math.Signbit(c.f) {
			return "-0"
		}
		return strconv.FormatFloat(c.f, 'g', -1, 64)
	case c.t == boolType:
		return map[bool]string{true: "True", false: "False"}[c.v.ExactString() == "true"]
	case c.t == stringType:
		s, _ := strconv.Unquote(c.v.ExactString())
		return s
	case c.t == decimalType:
		return strconv.FormatFloat(c.float64Of(), 'g', -1, 64)
	}
	return c.v.ExactString()
}

// sameConst compares a folded value with Mono's text: floating-point
// values by their bits (Mono's "R" has 15 or 17 digits, Go's the
// shortest), decimals as the double they become.
func sameConst(c *csConst, got, mono string) bool {
	switch {
	case isBinaryFloat(c.t) || c.t == decimalType:
		if mono == "-0" || got == "-0" {
			return mono == got
		}
		bits := 64
		if c.t == floatType {
			bits = 32
		}
		want, err := strconv.ParseFloat(mono, bits)
		if err != nil {
			return false
		}
		have, _ := strconv.ParseFloat(got, bits)
		return have == want || (math.IsNaN(have) && math.IsNaN(want))
	}
	return got == mono
}

// TestFoldErrors checks the compile-time errors of constant folding,
// reported at the expression's line.
func TestFoldErrors(t *testing.T) {
	messages := map[string]string{
		"CS0020": "division by constant zero",
		"CS0220": "the operation overflows at compile time in checked mode",
		"CS0221": "cannot be converted to",
		"CS0023": "cannot be applied to",
	}
	tests := []struct{ expr, mcs string }{
		{`int.MaxValue + 1`, "CS0220"},
		{`1 / 0`, "CS0020"},
		{`1 % 0`, "CS0020"},
		{`(byte)300`, "CS0221"},
		{`(int)1e10`, "CS0221"},
		{`-int.MinValue`, "CS0220"},
		{`1m / 0m`, "CS0020"},
		{`checked((int)3000000000L)`, "CS0221"},
		{`long.MaxValue * 2`, "CS0220"},
		{`(int)double.NaN`, "CS0221"},
		{`(uint)-1`, "CS0221"},
		{`unchecked(checked(int.MaxValue + 1))`, "CS0220"},
		{`ulong.MaxValue + 1`, "CS0220"},
		{`(char)-1`, "CS0221"},
		{`(int)0xFFFFFFFF`, "CS0221"},
		{`unchecked(int.MinValue / -1)`, "CS0220"},
		{`unchecked(long.MinValue % -1)`, "CS0220"},
		{`-ulong.MaxValue`, "CS0023"},
		{`~1.5`, "CS0023"},
		{`1m % 0m`, "CS0020"},
	}
	for _, tt := range tests {
		_, diags := foldExpr(t, tt.expr)
		if !strings.Contains(diags.Error(), messages[tt.mcs]) || !strings.HasPrefix(diags.Error(), "in.cs:3:") {
			t.Errorf("%s: want %s (%s), got %q", tt.expr, tt.mcs, messages[tt.mcs], diags.Error())
		}
	}
}

// TestTableConstants checks that every Constant entry's value parses as
// its type.
func TestTableConstants(t *testing.T) {
	for i := range Data {
		if e := &Data[i]; e.Kind == Constant {
			if _, err := tableConst(e); err != nil {
				t.Error(err)
			}
		}
	}
}
