// C# integer arithmetic that Go does differently: `checked` operations and
// conversions that throw OverflowException, division's MinValue / -1 case,
// and unchecked double-to-integer casts.

package system

import (
	"math"
	"unsafe"
)

// Integer is the set of Go types that stand for C#'s integral types.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

const msgOverflow = "Arithmetic operation resulted in an overflow."

func overflow() { panic(NewOverflowException(msgOverflow)) }

func isSigned[T Integer]() bool {
	var zero T
	return zero-1 < zero
}

func minOf[T Integer]() T {
	var zero T
	if !isSigned[T]() {
		return zero
	}
	return T(1) << (unsafe.Sizeof(zero)*8 - 1)
}

// CheckedAdd is `checked(a + b)` for any integral type: it throws
// OverflowException "Arithmetic operation resulted in an overflow." when
// the sum does not fit.
func CheckedAdd[T Integer](a, b T) T {
	r := a + b
	if isSigned[T]() {
		if (a >= 0) == (b >= 0) && (r >= 0) != (a >= 0) {
			overflow()
		}
	} else if r < a {
		overflow()
	}
	return r
}

// CheckedSub is `checked(a - b)`.
func CheckedSub[T Integer](a, b T) T {
	r := a - b
	if isSigned[T]() {
		if (a >= 0) != (b >= 0) && (r >= 0) != (a >= 0) {
			overflow()
		}
	} else if b > a {
		overflow()
	}
	return r
}

// CheckedMul is `checked(a * b)`.
func CheckedMul[T Integer](a, b T) T {
	if a == 0 || b == 0 {
		return 0
	}
	r := a * b
	if isSigned[T]() {
		m := minOf[T]()
		if a == ^T(0) && b == m || b == ^T(0) && a == m || r/b != a {
			overflow()
		}
	} else if r/b != a {
		overflow()
	}
	return r
}

// CheckedNeg is `checked(-a)`.
func CheckedNeg[T Integer](a T) T {
	if isSigned[T]() {
		if a == minOf[T]() {
			overflow()
		}
	} else if a != 0 {
		overflow()
	}
	return -a
}

// CheckedAddInt32 is `checked(a + b)` on int.
func CheckedAddInt32(a, b int32) int32 { return CheckedAdd(a, b) }

// CheckedSubInt32 is `checked(a - b)` on int.
func CheckedSubInt32(a, b int32) int32 { return CheckedSub(a, b) }

// CheckedMulInt32 is `checked(a * b)` on int.
func CheckedMulInt32(a, b int32) int32 { return CheckedMul(a, b) }

// CheckedAddInt64 is `checked(a + b)` on long.
func CheckedAddInt64(a, b int64) int64 { return CheckedAdd(a, b) }

// CheckedSubInt64 is `checked(a - b)` on long.
func CheckedSubInt64(a, b int64) int64 { return CheckedSub(a, b) }

// CheckedMulInt64 is `checked(a * b)` on long.
func CheckedMulInt64(a, b int64) int64 { return CheckedMul(a, b) }

// Div is integer `a / b` with .NET's faults: a zero divisor throws
// DivideByZeroException (Go panics likewise, and the runtime maps it), and
// MinValue / -1 throws OverflowException where Go silently wraps.
func Div[T Integer](a, b T) T {
	if b == 0 {
		panic(NewDivideByZeroException("Attempted to divide by zero."))
	}
	if isSigned[T]() && b == ^T(0) && a == minOf[T]() {
		overflow()
	}
	return a / b
}

// Rem is integer `a % b`; MinValue % -1 throws OverflowException as on
// .NET x64.
func Rem[T Integer](a, b T) T {
	if b == 0 {
		panic(NewDivideByZeroException("Attempted to divide by zero."))
	}
	if isSigned[T]() && b == ^T(0) && a == minOf[T]() {
		overflow()
	}
	return a % b
}

// CheckedConvert is a `checked((T)x)` narrowing or sign-changing integer
// conversion: it throws OverflowException when x does not fit in T.
func CheckedConvert[T, F Integer](x F) T {
	r := T(x)
	if F(r) != x || (r < 0) != (x < 0) {
		overflow()
	}
	return r
}

// CheckedFloatToInteger is `checked((T)d)` for a double: truncation toward
// zero, OverflowException for NaN and values outside T.
func CheckedFloatToInteger[T Integer](d float64) T {
	t := math.Trunc(d)
	var lo, hi float64
	if isSigned[T]() {
		lo = float64(minOf[T]())
		hi = -lo // the first value past MaxValue, exactly representable
	} else {
		var zero T
		lo = 0
		hi = math.Ldexp(1, int(unsafe.Sizeof(zero)*8))
	}
	if math.IsNaN(t) || t < lo || t >= hi {
		overflow()
	}
	return T(t)
}

// FloatToInteger is the unchecked cast `(T)d` from double. Go leaves
// out-of-range conversions undefined; .NET 9+ saturates (NaN becomes 0,
// values beyond the range become MinValue or MaxValue), which the runtime
// follows everywhere.
func FloatToInteger[T Integer](d float64) T {
	var zero T
	if math.IsNaN(d) {
		return zero
	}
	t := math.Trunc(d)
	if isSigned[T]() {
		lo := float64(minOf[T]())
		if t <= lo {
			return minOf[T]()
		}
		if t >= -lo {
			return ^minOf[T]()
		}
		return T(t)
	}
	if t <= 0 {
		return zero
	}
	if t >= math.Ldexp(1, int(unsafe.Sizeof(zero)*8)) {
		return ^zero
	}
	return T(t)
}
