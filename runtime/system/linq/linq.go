// Package linq is .NET's System.Linq for translated programs: the
// Enumerable extension methods over IEnumerable<T> (a Go iterator, see
// generic.IEnumerable). Operators that return sequences are deferred, as
// in .NET; the ones that return a value (Count, First, ToList...) enumerate
// at once. Errors are .NET's exceptions with its messages:
// InvalidOperationException "Sequence contains no elements" and
// OverflowException from Sum.
//
// The functions drop the Enumerable prefix DESIGN.md would give them
// (linq.Where, not linq.EnumerableWhere): System.Linq's operators all live
// on Enumerable, so the prefix would only repeat itself.
package linq

import (
	"slices"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/generic"
)

// IEnumerable is generic.IEnumerable, for short signatures here.
type IEnumerable[T any] = generic.IEnumerable[T]

func noElements() system.Exception {
	return system.NewInvalidOperationException("Sequence contains no elements")
}

func noMatch() system.Exception {
	return system.NewInvalidOperationException("Sequence contains no matching element")
}

// Where is source.Where(predicate).
func Where[T any](source IEnumerable[T], predicate func(T) bool) IEnumerable[T] {
	return func(yield func(T) bool) {
		for x := range source {
			if predicate(x) && !yield(x) {
				return
			}
		}
	}
}

// Select is source.Select(selector).
func Select[T, R any](source IEnumerable[T], selector func(T) R) IEnumerable[R] {
	return func(yield func(R) bool) {
		for x := range source {
			if !yield(selector(x)) {
				return
			}
		}
	}
}

// Any is source.Any().
func Any[T any](source IEnumerable[T]) bool {
	for range source {
		return true
	}
	return false
}

// AnyMatch is source.Any(predicate).
func AnyMatch[T any](source IEnumerable[T], predicate func(T) bool) bool {
	for x := range source {
		if predicate(x) {
			return true
		}
	}
	return false
}

// All is source.All(predicate).
func All[T any](source IEnumerable[T], predicate func(T) bool) bool {
	for x := range source {
		if !predicate(x) {
			return false
		}
	}
	return true
}

// Count is source.Count().
func Count[T any](source IEnumerable[T]) int32 {
	n := int32(0)
	for range source {
		n = system.CheckedAddInt32(n, 1)
	}
	return n
}

// CountMatch is source.Count(predicate).
func CountMatch[T any](source IEnumerable[T], predicate func(T) bool) int32 {
	n := int32(0)
	for x := range source {
		if predicate(x) {
			n = system.CheckedAddInt32(n, 1)
		}
	}
	return n
}

// First is source.First().
func First[T any](source IEnumerable[T]) T {
	for x := range source {
		return x
	}
	panic(noElements())
}

// FirstMatch is source.First(predicate).
func FirstMatch[T any](source IEnumerable[T], predicate func(T) bool) T {
	for x := range source {
		if predicate(x) {
			return x
		}
	}
	panic(noMatch())
}

// FirstOrDefault is source.FirstOrDefault(): default(T) when empty.
func FirstOrDefault[T any](source IEnumerable[T]) T {
	for x := range source {
		return x
	}
	var zero T
	return zero
}

// FirstOrDefaultMatch is source.FirstOrDefault(predicate).
func FirstOrDefaultMatch[T any](source IEnumerable[T], predicate func(T) bool) T {
	for x := range source {
		if predicate(x) {
			return x
		}
	}
	var zero T
	return zero
}

// Last is source.Last().
func Last[T any](source IEnumerable[T]) T {
	x, ok := last(source, nil)
	if !ok {
		panic(noElements())
	}
	return x
}

// LastMatch is source.Last(predicate).
func LastMatch[T any](source IEnumerable[T], predicate func(T) bool) T {
	x, ok := last(source, predicate)
	if !ok {
		panic(noMatch())
	}
	return x
}

// LastOrDefault is source.LastOrDefault().
func LastOrDefault[T any](source IEnumerable[T]) T {
	x, _ := last(source, nil)
	return x
}

// LastOrDefaultMatch is source.LastOrDefault(predicate).
func LastOrDefaultMatch[T any](source IEnumerable[T], predicate func(T) bool) T {
	x, _ := last(source, predicate)
	return x
}

func last[T any](source IEnumerable[T], predicate func(T) bool) (T, bool) {
	var found T
	ok := false
	for x := range source {
		if predicate == nil || predicate(x) {
			found, ok = x, true
		}
	}
	return found, ok
}

// Skip is source.Skip(count); a negative count skips nothing.
func Skip[T any](source IEnumerable[T], count int32) IEnumerable[T] {
	return func(yield func(T) bool) {
		i := int32(0)
		for x := range source {
			if i < count {
				i++
				continue
			}
			if !yield(x) {
				return
			}
		}
	}
}

// Take is source.Take(count); a count <= 0 gives an empty sequence.
func Take[T any](source IEnumerable[T], count int32) IEnumerable[T] {
	return func(yield func(T) bool) {
		if count <= 0 {
			return
		}
		i := int32(0)
		for x := range source {
			if !yield(x) {
				return
			}
			if i++; i >= count {
				return
			}
		}
	}
}

// Contains is source.Contains(value), with EqualityComparer<T>.Default.
func Contains[T any](source IEnumerable[T], value T) bool {
	eq := generic.EqualityComparerDefault[T]()
	for x := range source {
		if eq.Equals(x, value) {
			return true
		}
	}
	return false
}

// Distinct is source.Distinct(): first occurrences, in order.
func Distinct[T comparable](source IEnumerable[T]) IEnumerable[T] {
	return func(yield func(T) bool) {
		seen := generic.NewHashSet[T]()
		for x := range source {
			if seen.Add(x) && !yield(x) {
				return
			}
		}
	}
}

// Reverse is source.Reverse() (deferred: it buffers when enumerated).
func Reverse[T any](source IEnumerable[T]) IEnumerable[T] {
	return func(yield func(T) bool) {
		items := slices.Collect(source)
		for i := len(items) - 1; i >= 0; i-- {
			if !yield(items[i]) {
				return
			}
		}
	}
}

// Concat is first.Concat(second).
func Concat[T any](first, second IEnumerable[T]) IEnumerable[T] {
	return func(yield func(T) bool) {
		for x := range first {
			if !yield(x) {
				return
			}
		}
		for x := range second {
			if !yield(x) {
				return
			}
		}
	}
}

// OrderBy is source.OrderBy(keySelector): a stable sort by
// Comparer<TKey>.Default, done when the result is enumerated.
func OrderBy[T, K any](source IEnumerable[T], keySelector func(T) K) IEnumerable[T] {
	return orderBy(source, keySelector, 1)
}

// OrderByDescending is source.OrderByDescending(keySelector).
func OrderByDescending[T, K any](source IEnumerable[T], keySelector func(T) K) IEnumerable[T] {
	return orderBy(source, keySelector, -1)
}

func orderBy[T, K any](source IEnumerable[T], keySelector func(T) K, sign int) IEnumerable[T] {
	return func(yield func(T) bool) {
		items := slices.Collect(source)
		keys := make([]K, len(items))
		for i, x := range items {
			keys[i] = keySelector(x)
		}
		cmp := generic.ComparerDefault[K]()
		order := make([]int, len(items))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			return sign * int(cmp.Compare(keys[a], keys[b]))
		})
		for _, i := range order {
			if !yield(items[i]) {
				return
			}
		}
	}
}

// ToList is source.ToList().
func ToList[T any](source IEnumerable[T]) *generic.List[T] {
	return generic.NewListFrom(ToArray(source))
}

// ToArray is source.ToArray().
func ToArray[T any](source IEnumerable[T]) []T {
	items := slices.Collect(source)
	if items == nil {
		items = []T{}
	}
	return items
}

// SumInt32 is Sum() over ints: checked, as .NET's.
func SumInt32(source IEnumerable[int32]) int32 {
	s := int32(0)
	for x := range source {
		s = system.CheckedAddInt32(s, x)
	}
	return s
}

// SumInt64 is Sum() over longs.
func SumInt64(source IEnumerable[int64]) int64 {
	s := int64(0)
	for x := range source {
		s = system.CheckedAdd(s, x)
	}
	return s
}

// SumFloat64 is Sum() over doubles.
func SumFloat64(source IEnumerable[float64]) float64 {
	s := 0.0
	for x := range source {
		s += x
	}
	return s
}

// SumSelectInt32 is source.Sum(selector) with an int selector.
func SumSelectInt32[T any](source IEnumerable[T], selector func(T) int32) int32 {
	return SumInt32(Select(source, selector))
}

// SumSelectFloat64 is source.Sum(selector) with a double selector.
func SumSelectFloat64[T any](source IEnumerable[T], selector func(T) float64) float64 {
	return SumFloat64(Select(source, selector))
}

// Max is source.Max() by Comparer<T>.Default; empty throws.
func Max[T any](source IEnumerable[T]) T { return extreme(source, 1) }

// Min is source.Min() by Comparer<T>.Default; empty throws.
func Min[T any](source IEnumerable[T]) T { return extreme(source, -1) }

func extreme[T any](source IEnumerable[T], sign int32) T {
	cmp := generic.ComparerDefault[T]()
	var best T
	found := false
	for x := range source {
		if !found || sign*cmp.Compare(x, best) > 0 {
			best, found = x, true
		}
	}
	if !found {
		panic(noElements())
	}
	return best
}
