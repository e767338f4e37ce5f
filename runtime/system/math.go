// System.Math: the functions translated programs call, with .NET's
// rounding (ties to even by default), exceptions and NaN rules.

package system

import "math"

// MathPI is Math.PI.
const MathPI = math.Pi

// MathE is Math.E.
const MathE = math.E

// MidpointRounding is System.MidpointRounding.
type MidpointRounding int32

// MidpointRounding values.
const (
	MidpointRoundingToEven             MidpointRounding = 0
	MidpointRoundingAwayFromZero       MidpointRounding = 1
	MidpointRoundingToZero             MidpointRounding = 2
	MidpointRoundingToNegativeInfinity MidpointRounding = 3
	MidpointRoundingToPositiveInfinity MidpointRounding = 4
)

// MathMax is Math.Max for any numeric type (NaN wins for floating point, as in .NET).
func MathMax[T Number](a, b T) T { return max(a, b) }

// MathMin is Math.Min for any numeric type.
func MathMin[T Number](a, b T) T { return min(a, b) }

// MathAbs is Math.Abs. For a signed integer, MinValue has no absolute
// value and throws OverflowException "Negating the minimum value of a twos
// complement number is invalid.".
func MathAbs[T Number](v T) T {
	if v >= 0 {
		return v
	}
	if -v < 0 {
		panic(NewOverflowException("Negating the minimum value of a twos complement number is invalid."))
	}
	if v != v { // NaN
		return v
	}
	return -v
}

// MathSign is Math.Sign: -1, 0 or 1. NaN throws ArithmeticException
// "Function does not accept floating point Not-a-Number values.".
func MathSign[T Number](v T) int32 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	case v == 0:
		return 0
	}
	panic(NewArithmeticException("Function does not accept floating point Not-a-Number values."))
}

// MathClamp is Math.Clamp(value, min, max); min > max throws ArgumentException
// "'min' cannot be greater than max.".
func MathClamp[T Number](value, lo, hi T) T {
	if lo > hi {
		panic(NewArgumentException("'" + ObjectToString(lo) + "' cannot be greater than " + ObjectToString(hi) + "."))
	}
	if value < lo {
		return lo
	}
	if value > hi {
		return hi
	}
	return value
}

// MathFloor is Math.Floor(double).
func MathFloor(d float64) float64 { return math.Floor(d) }

// MathCeiling is Math.Ceiling(double).
func MathCeiling(d float64) float64 { return math.Ceil(d) }

// MathTruncate is Math.Truncate(double).
func MathTruncate(d float64) float64 { return math.Trunc(d) }

// MathRound is Math.Round(double): to the nearest integer, ties to even
// (banker's rounding: 2.5 -> 2, 3.5 -> 4).
func MathRound(d float64) float64 { return math.RoundToEven(d) }

// MathRoundMode is Math.Round(double, MidpointRounding).
func MathRoundMode(d float64, mode MidpointRounding) float64 {
	switch mode {
	case MidpointRoundingToEven:
		return math.RoundToEven(d)
	case MidpointRoundingAwayFromZero:
		return math.Round(d)
	case MidpointRoundingToZero:
		return math.Trunc(d)
	case MidpointRoundingToNegativeInfinity:
		return math.Floor(d)
	case MidpointRoundingToPositiveInfinity:
		return math.Ceil(d)
	}
	panic(NewArgumentExceptionParam("The value '"+ObjectToString(int32(mode))+"' is not valid for this usage of the type MidpointRounding.", "mode"))
}

var roundPower10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// MathRoundDigits is Math.Round(double, digits) with .NET's algorithm:
// scale by 10^digits, round ties to even, scale back. The scaling is done
// in double arithmetic as in .NET, so results agree bit for bit
// (Math.Round(2.675, 2) is 2.68 because 2.675*100 is exactly 267.5, while
// Math.Round(1.005, 2) is 1). digits outside 0..15 throws
// ArgumentOutOfRangeException.
func MathRoundDigits(d float64, digits int32) float64 {
	return MathRoundDigitsMode(d, digits, MidpointRoundingToEven)
}

// MathRoundDigitsMode is Math.Round(double, digits, MidpointRounding).
func MathRoundDigitsMode(d float64, digits int32, mode MidpointRounding) float64 {
	if digits < 0 || digits > 15 {
		panic(NewArgumentOutOfRangeExceptionMessage("digits", "Rounding digits must be between 0 and 15, inclusive."))
	}
	if math.Abs(d) >= 1e16 {
		return d
	}
	p := roundPower10[digits]
	return MathRoundMode(d*p, mode) / p
}

// MathPow is Math.Pow.
func MathPow(x, y float64) float64 { return math.Pow(x, y) }

// MathSqrt is Math.Sqrt.
func MathSqrt(d float64) float64 { return math.Sqrt(d) }

// MathCbrt is Math.Cbrt.
func MathCbrt(d float64) float64 { return math.Cbrt(d) }

// MathExp is Math.Exp.
func MathExp(d float64) float64 { return math.Exp(d) }

// MathLog is Math.Log(double), the natural logarithm.
func MathLog(d float64) float64 { return math.Log(d) }

// MathLogBase is Math.Log(a, newBase).
func MathLogBase(a, newBase float64) float64 {
	if newBase == 1 || newBase <= 0 || math.IsInf(newBase, 1) || a != 1 && newBase == 0 {
		return math.NaN()
	}
	return math.Log(a) / math.Log(newBase)
}

// MathLog10 is Math.Log10.
func MathLog10(d float64) float64 { return math.Log10(d) }

// MathLog2 is Math.Log2.
func MathLog2(d float64) float64 { return math.Log2(d) }

// MathSin is Math.Sin.
func MathSin(a float64) float64 { return math.Sin(a) }

// MathCos is Math.Cos.
func MathCos(a float64) float64 { return math.Cos(a) }

// MathTan is Math.Tan.
func MathTan(a float64) float64 { return math.Tan(a) }

// MathAsin is Math.Asin.
func MathAsin(a float64) float64 { return math.Asin(a) }

// MathAcos is Math.Acos.
func MathAcos(a float64) float64 { return math.Acos(a) }

// MathAtan is Math.Atan.
func MathAtan(a float64) float64 { return math.Atan(a) }

// MathAtan2 is Math.Atan2(y, x).
func MathAtan2(y, x float64) float64 { return math.Atan2(y, x) }

// MathSinh is Math.Sinh.
func MathSinh(a float64) float64 { return math.Sinh(a) }

// MathCosh is Math.Cosh.
func MathCosh(a float64) float64 { return math.Cosh(a) }

// MathTanh is Math.Tanh.
func MathTanh(a float64) float64 { return math.Tanh(a) }

// MathIEEERemainder is Math.IEEERemainder.
func MathIEEERemainder(x, y float64) float64 { return math.Remainder(x, y) }

// MathBigMul is Math.BigMul(int, int).
func MathBigMul(a, b int32) int64 { return int64(a) * int64(b) }

// MathDivRem is Math.DivRem(a, b, out result): the quotient, with the
// remainder stored in result.
func MathDivRem[T Integer](a, b T, result *T) T {
	q := Div(a, b)
	*result = a - q*b
	return q
}
