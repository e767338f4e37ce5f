// Multi-dimensional arrays (C#'s T[,], T[,,]): one flat slice in row-major
// order, as .NET lays them out, with .NET's bounds checks.

package system

// MultiArray is a C# rectangular array of rank 2 or more; *MultiArray[T]
// has the reference semantics of .NET arrays.
type MultiArray[T any] struct {
	lengths []int32
	items   []T
}

// NewMultiArray is `new T[n0, n1, ...]`: every element is T's zero value.
// A negative length throws OverflowException, as `new T[-1, 2]` does.
func NewMultiArray[T any](lengths ...int32) *MultiArray[T] {
	n := 1
	for _, l := range lengths {
		if l < 0 {
			panic(NewOverflowException("Arithmetic operation resulted in an overflow."))
		}
		n *= int(l)
	}
	return &MultiArray[T]{lengths: append([]int32(nil), lengths...), items: make([]T, n)}
}

// At is the element a[i0, i1, ...] as a pointer, so that reading, writing
// and compound assignment all go through it. An index out of its
// dimension throws IndexOutOfRangeException.
func (a *MultiArray[T]) At(indices ...int32) *T {
	if len(indices) != len(a.lengths) {
		panic(NewArgumentException("Indices length does not match the array rank."))
	}
	flat := 0
	for d, i := range indices {
		if i < 0 || i >= a.lengths[d] {
			panic(NewIndexOutOfRangeException("Index was outside the bounds of the array."))
		}
		flat = flat*int(a.lengths[d]) + int(i)
	}
	return &a.items[flat]
}

// Length is Array.Length: the number of elements in all dimensions.
func (a *MultiArray[T]) Length() int32 { return int32(len(a.items)) }

// Rank is Array.Rank: the number of dimensions.
func (a *MultiArray[T]) Rank() int32 { return int32(len(a.lengths)) }

// GetLength is Array.GetLength(dimension).
func (a *MultiArray[T]) GetLength(dimension int32) int32 {
	if dimension < 0 || int(dimension) >= len(a.lengths) {
		panic(NewIndexOutOfRangeException("Index was outside the bounds of the array."))
	}
	return a.lengths[dimension]
}

// Items returns the elements in row-major order, the order foreach visits
// them; the slice shares the array's storage.
func (a *MultiArray[T]) Items() []T { return a.items }
