// Tests for checked arithmetic, Div/Rem and double-to-integer casts across
// integer widths (values as C# computes them).

package system

import (
	"math"
	"testing"
)

func overflows(f func()) bool {
	thrown := false
	Try(f, Catch(func(e *OverflowException) {
		thrown = e.Message() == "Arithmetic operation resulted in an overflow."
	}))
	return thrown
}

// TestCheckedArithmetic checks that checked operations throw exactly when
// C#'s checked context does, for signed and unsigned widths.
func TestCheckedArithmetic(t *testing.T) {
	for _, tc := range []struct {
		name     string
		f        func()
		overflow bool
	}{
		{"int add max+1", func() { CheckedAdd(int32(math.MaxInt32), 1) }, true},
		{"int add max+0", func() { CheckedAdd(int32(math.MaxInt32), 0) }, false},
		{"int add min+-1", func() { CheckedAdd(int32(math.MinInt32), -1) }, true},
		{"int sub min-1", func() { CheckedSub(int32(math.MinInt32), 1) }, true},
		{"int sub 0-min", func() { CheckedSub(int32(0), math.MinInt32) }, true},
		{"int sub -1-min", func() { CheckedSub(int32(-1), math.MinInt32) }, false},
		{"int mul", func() { CheckedMul(int32(46341), 46341) }, true},
		{"int mul ok", func() { CheckedMul(int32(46340), 46340) }, false},
		{"int mul -1*min", func() { CheckedMul(int32(-1), math.MinInt32) }, true},
		{"int neg min", func() { CheckedNeg(int32(math.MinInt32)) }, true},
		{"long mul", func() { CheckedMul(int64(math.MaxInt64/2+1), 2) }, true},
		{"uint sub", func() { CheckedSub(uint32(1), 2) }, true},
		{"uint add", func() { CheckedAdd(uint32(math.MaxUint32), 1) }, true},
		{"byte mul", func() { CheckedMul(uint8(16), 16) }, true},
		{"byte mul ok", func() { CheckedMul(uint8(15), 17) }, false},
		{"sbyte add", func() { CheckedAdd(int8(127), 1) }, true},
		{"ulong neg", func() { CheckedNeg(uint64(1)) }, true},
		{"(int)long", func() { CheckedConvert[int32](int64(math.MaxInt32) + 1) }, true},
		{"(int)long ok", func() { CheckedConvert[int32](int64(-5)) }, false},
		{"(uint)int", func() { CheckedConvert[uint32](int32(-1)) }, true},
		{"(int)uint", func() { CheckedConvert[int32](uint32(math.MaxUint32)) }, true},
		{"(byte)int", func() { CheckedConvert[uint8](int32(256)) }, true},
		{"(int)double NaN", func() { CheckedFloatToInteger[int32](math.NaN()) }, true},
		{"(int)double 2^31", func() { CheckedFloatToInteger[int32](2147483648.0) }, true},
		{"(int)double 2^31-0.5", func() { CheckedFloatToInteger[int32](2147483647.5) }, false},
		{"(int)double -2^31-0.9", func() { CheckedFloatToInteger[int32](-2147483648.9) }, false},
		{"(long)double 2^63", func() { CheckedFloatToInteger[int64](9223372036854775808.0) }, true},
		{"(uint)double -0.5", func() { CheckedFloatToInteger[uint32](-0.5) }, false},
		{"(uint)double -1", func() { CheckedFloatToInteger[uint32](-1) }, true},
		{"Div min/-1", func() { Div(int32(math.MinInt32), -1) }, true},
		{"Rem min%-1", func() { Rem(int64(math.MinInt64), -1) }, true},
		{"Div ok", func() { Div(int32(-7), 2) }, false},
	} {
		if got := overflows(tc.f); got != tc.overflow {
			t.Errorf("%s: overflow = %v, want %v", tc.name, got, tc.overflow)
		}
	}
	if got := Div(int32(-7), 2); got != -3 {
		t.Errorf("-7 / 2 = %d, want -3", got)
	}
	if got := Rem(int32(-7), 2); got != -1 {
		t.Errorf("-7 %% 2 = %d, want -1", got)
	}
}

// TestFloatToInteger checks unchecked double-to-integer casts: truncation,
// and .NET 9's saturation for NaN and out-of-range values.
func TestFloatToInteger(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want int32
	}{
		{2.9, 2}, {-2.9, -2}, {math.NaN(), 0}, {1e10, math.MaxInt32}, {-1e10, math.MinInt32},
		{math.Inf(1), math.MaxInt32}, {2147483647.9, math.MaxInt32},
	} {
		if got := FloatToInteger[int32](tc.in); got != tc.want {
			t.Errorf("(int)%v = %d, want %d", tc.in, got, tc.want)
		}
	}
	if got := FloatToInteger[uint8](300); got != 255 {
		t.Errorf("(byte)300.0 = %d, want 255", got)
	}
	if got := FloatToInteger[uint64](-5); got != 0 {
		t.Errorf("(ulong)-5.0 = %d, want 0", got)
	}
}
