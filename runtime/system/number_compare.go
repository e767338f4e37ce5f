// CompareTo of the numeric types (int.CompareTo, double.CompareTo, ...).

package system

import "cmp"

// NumberCompareTo is x.CompareTo(value) for C#'s numeric types and char:
// -1, 0 or 1. As in .NET, NaN is less than every other double and equal
// to itself, which is also cmp.Compare's order.
func NumberCompareTo[T Number](x, value T) int32 {
	return int32(cmp.Compare(x, value))
}
