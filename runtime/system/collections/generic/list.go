// System.Collections.Generic.List<T>: a growable array with .NET's
// argument checks, capacity growth and modification detection.

package generic

import (
	"iter"

	"github.com/cs2go/cs2go/runtime/system"
)

// List is System.Collections.Generic.List<T>; *List[T] has the reference
// semantics of the .NET class. Not safe for concurrent writes, as in .NET.
type List[T any] struct {
	items   []T
	version int32
}

// .NET resource texts.
const (
	msgIndexLess     = "Index was out of range. Must be non-negative and less than the size of the collection."
	msgListInsert    = "Index must be within the bounds of the List."
	msgNeedNonNegNum = "Non-negative number required."
	msgInvalidOffLen = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."
	msgEnumModified  = "Collection was modified; enumeration operation may not execute."
	msgSmallCapacity = "capacity was less than the current size."
	msgEmptyQueue    = "Queue empty."
	msgEmptyStack    = "Stack empty."
	msgDuplicateKey  = "An item with the same key has already been added. Key: "
)

func errEnumModified() system.Exception {
	return system.NewInvalidOperationException(msgEnumModified)
}

// NewList is `new List<T>()`.
func NewList[T any]() *List[T] { return &List[T]{items: []T{}} }

// NewListCapacity is `new List<T>(capacity)`.
func NewListCapacity[T any](capacity int32) *List[T] {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", msgNeedNonNegNum))
	}
	return &List[T]{items: make([]T, 0, capacity)}
}

// NewListFrom is `new List<T>(collection)`: a copy of items, Capacity
// equal to the count as .NET's copy constructor leaves it.
func NewListFrom[T any](items []T) *List[T] {
	return &List[T]{items: append(make([]T, 0, len(items)), items...)}
}

// NewListInit is the collection initializer `new List<T> { a, b, c }`:
// C# compiles it to Add calls, so Capacity grows as for Adds (4, 8, ...).
func NewListInit[T any](items ...T) *List[T] {
	l := NewList[T]()
	for _, x := range items {
		l.Add(x)
	}
	return l
}

// Count is List<T>.Count.
func (l *List[T]) Count() int32 { return int32(len(l.items)) }

// Capacity is the List<T>.Capacity getter.
func (l *List[T]) Capacity() int32 { return int32(cap(l.items)) }

// SetCapacity is the List<T>.Capacity setter.
func (l *List[T]) SetCapacity(value int32) {
	if int(value) < len(l.items) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgSmallCapacity))
	}
	if int(value) != cap(l.items) {
		n := make([]T, len(l.items), value)
		copy(n, l.items)
		l.items = n
	}
}

// grow gives room for n more items the way .NET's EnsureCapacity does:
// capacity 4 first, then doubling (or the need, if larger).
func (l *List[T]) grow(n int) {
	need := len(l.items) + n
	if need <= cap(l.items) {
		return
	}
	c := cap(l.items) * 2
	if c == 0 {
		c = 4
	}
	c = max(c, need)
	nb := make([]T, len(l.items), c)
	copy(nb, l.items)
	l.items = nb
}

func (l *List[T]) checkIndex(index int32) {
	if index < 0 || int(index) >= len(l.items) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgIndexLess))
	}
}

func (l *List[T]) checkRange(index, count int32) {
	if index < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgNeedNonNegNum))
	}
	if count < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", msgNeedNonNegNum))
	}
	if len(l.items)-int(index) < int(count) {
		panic(system.NewArgumentException(msgInvalidOffLen))
	}
}

// Get is the List<T> indexer getter list[index].
func (l *List[T]) Get(index int32) T {
	l.checkIndex(index)
	return l.items[index]
}

// Set is the List<T> indexer setter list[index] = value.
func (l *List[T]) Set(index int32, value T) {
	l.checkIndex(index)
	l.items[index] = value
	l.version++
}

// Add is List<T>.Add(item).
func (l *List[T]) Add(item T) {
	l.grow(1)
	l.items = append(l.items, item)
	l.version++
}

// AddRange is List<T>.AddRange(collection).
func (l *List[T]) AddRange(collection []T) {
	l.InsertRange(int32(len(l.items)), collection)
}

// Insert is List<T>.Insert(index, item).
func (l *List[T]) Insert(index int32, item T) {
	if index < 0 || int(index) > len(l.items) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgListInsert))
	}
	l.grow(1)
	var zero T
	l.items = append(l.items, zero)
	copy(l.items[index+1:], l.items[index:])
	l.items[index] = item
	l.version++
}

// InsertRange is List<T>.InsertRange(index, collection).
func (l *List[T]) InsertRange(index int32, collection []T) {
	if index < 0 || int(index) > len(l.items) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgListInsert))
	}
	if len(collection) == 0 {
		return
	}
	add := append([]T(nil), collection...) // collection may be l.items itself
	l.grow(len(add))
	l.items = append(l.items[:index], append(add, l.items[index:]...)...)
	l.version++
}

// Remove is List<T>.Remove(item): it removes the first equal item and
// reports whether there was one.
func (l *List[T]) Remove(item T) bool {
	i := l.IndexOf(item)
	if i < 0 {
		return false
	}
	l.RemoveAt(i)
	return true
}

// RemoveAt is List<T>.RemoveAt(index).
func (l *List[T]) RemoveAt(index int32) {
	l.checkIndex(index)
	copy(l.items[index:], l.items[index+1:])
	var zero T
	l.items[len(l.items)-1] = zero
	l.items = l.items[:len(l.items)-1]
	l.version++
}

// RemoveRange is List<T>.RemoveRange(index, count).
func (l *List[T]) RemoveRange(index, count int32) {
	l.checkRange(index, count)
	if count == 0 {
		return
	}
	n := len(l.items)
	copy(l.items[index:], l.items[index+count:])
	clear(l.items[n-int(count):])
	l.items = l.items[:n-int(count)]
	l.version++
}

// RemoveAll is List<T>.RemoveAll(match): the number removed.
func (l *List[T]) RemoveAll(match func(T) bool) int32 {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	kept := l.items[:0]
	for _, x := range l.items {
		if !match(x) {
			kept = append(kept, x)
		}
	}
	removed := len(l.items) - len(kept)
	clear(l.items[len(kept):])
	l.items = kept
	if removed > 0 {
		l.version++
	}
	return int32(removed)
}

// Clear is List<T>.Clear().
func (l *List[T]) Clear() {
	clear(l.items)
	l.items = l.items[:0]
	l.version++
}

// Contains is List<T>.Contains(item), with EqualityComparer<T>.Default.
func (l *List[T]) Contains(item T) bool { return l.IndexOf(item) >= 0 }

// IndexOf is List<T>.IndexOf(item): -1 when absent.
func (l *List[T]) IndexOf(item T) int32 {
	for i, x := range l.items {
		if defaultEquals(x, item) {
			return int32(i)
		}
	}
	return -1
}

// LastIndexOf is List<T>.LastIndexOf(item).
func (l *List[T]) LastIndexOf(item T) int32 {
	for i := len(l.items) - 1; i >= 0; i-- {
		if defaultEquals(l.items[i], item) {
			return int32(i)
		}
	}
	return -1
}

// ToArray is List<T>.ToArray(): a copy.
func (l *List[T]) ToArray() []T { return append(make([]T, 0, len(l.items)), l.items...) }

// Items returns the list's backing slice, for Go code that ranges over a
// list it does not change. It does not detect modification; All does.
func (l *List[T]) Items() []T { return l.items }

// All is `foreach (var x in list)`: changing the list during the loop
// throws InvalidOperationException at the next step, as .NET's enumerator.
func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		version := l.version
		for i := 0; ; i++ {
			if l.version != version {
				panic(errEnumModified())
			}
			if i >= len(l.items) || !yield(l.items[i]) {
				return
			}
		}
	}
}

// ForEach is List<T>.ForEach(action).
func (l *List[T]) ForEach(action func(T)) {
	if action == nil {
		panic(system.NewArgumentNullException("action"))
	}
	version := l.version
	for i := 0; i < len(l.items); i++ {
		if l.version != version {
			break
		}
		action(l.items[i])
	}
	if l.version != version {
		panic(errEnumModified())
	}
}

// Exists is List<T>.Exists(match).
func (l *List[T]) Exists(match func(T) bool) bool { return l.FindIndex(match) >= 0 }

// TrueForAll is List<T>.TrueForAll(match).
func (l *List[T]) TrueForAll(match func(T) bool) bool {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	for _, x := range l.items {
		if !match(x) {
			return false
		}
	}
	return true
}

// Find is List<T>.Find(match): the first match, or T's zero value (.NET's default).
func (l *List[T]) Find(match func(T) bool) T {
	if i := l.FindIndex(match); i >= 0 {
		return l.items[i]
	}
	var zero T
	return zero
}

// FindLast is List<T>.FindLast(match).
func (l *List[T]) FindLast(match func(T) bool) T {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	for i := len(l.items) - 1; i >= 0; i-- {
		if match(l.items[i]) {
			return l.items[i]
		}
	}
	var zero T
	return zero
}

// FindIndex is List<T>.FindIndex(match): -1 when none matches.
func (l *List[T]) FindIndex(match func(T) bool) int32 {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	for i, x := range l.items {
		if match(x) {
			return int32(i)
		}
	}
	return -1
}

// FindAll is List<T>.FindAll(match): a new list of the matches.
func (l *List[T]) FindAll(match func(T) bool) *List[T] {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	out := NewList[T]()
	for _, x := range l.items {
		if match(x) {
			out.Add(x)
		}
	}
	return out
}

// GetRange is List<T>.GetRange(index, count): a new list (a copy).
func (l *List[T]) GetRange(index, count int32) *List[T] {
	l.checkRange(index, count)
	return NewListFrom(l.items[index : index+count])
}

// Reverse is List<T>.Reverse().
func (l *List[T]) Reverse() {
	for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
		l.items[i], l.items[j] = l.items[j], l.items[i]
	}
	l.version++
}

// Sort is List<T>.Sort(): Comparer<T>.Default, .NET's introsort (unstable,
// ties in .NET's order).
func (l *List[T]) Sort() { l.SortComparison(defaultCompare[T]) }

// SortComparison is List<T>.Sort(Comparison<T>), the lambda form
// `list.Sort((a, b) => ...)`.
func (l *List[T]) SortComparison(comparison func(a, b T) int32) {
	if comparison == nil {
		panic(system.NewArgumentNullException("comparison"))
	}
	sortSlice(l.items, comparison)
	l.version++
}

// SortComparer is List<T>.Sort(IComparer<T>); nil is Comparer<T>.Default.
func (l *List[T]) SortComparer(comparer IComparer[T]) {
	if comparer == nil {
		l.Sort()
		return
	}
	l.SortComparison(comparer.Compare)
}

// BinarySearch is List<T>.BinarySearch(item) on a sorted list: the index,
// or the bitwise complement of the insertion point.
func (l *List[T]) BinarySearch(item T) int32 {
	lo, hi := 0, len(l.items)-1
	for lo <= hi {
		mid := lo + (hi-lo)>>1
		c := defaultCompare(l.items[mid], item)
		switch {
		case c == 0:
			return int32(mid)
		case c < 0:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return int32(^lo)
}

// ToString is Object.ToString() of the list: .NET's type name,
// "System.Collections.Generic.List`1[System.Int32]".
func (l *List[T]) ToString() string {
	return "System.Collections.Generic.List`1[" + typeName[T]() + "]"
}

// ListConvertAll is List<T>.ConvertAll(converter) (a generic method, so a
// package function in Go).
func ListConvertAll[T, U any](l *List[T], converter func(T) U) *List[U] {
	if converter == nil {
		panic(system.NewArgumentNullException("converter"))
	}
	out := NewListCapacity[U](int32(len(l.items)))
	for _, x := range l.items {
		out.items = append(out.items, converter(x))
	}
	return out
}

// GetEnumerator is List<T>.GetEnumerator(), for code that walks the list by
// hand (`while (e.MoveNext()) use(e.Current)`); foreach lowers to All.
func (l *List[T]) GetEnumerator() *ListEnumerator[T] {
	return &ListEnumerator[T]{list: l, version: l.version, index: -1}
}

// ListEnumerator is List<T>.Enumerator.
type ListEnumerator[T any] struct {
	list    *List[T]
	version int32
	index   int
	current T
}

// MoveNext is Enumerator.MoveNext(): InvalidOperationException when the
// list changed since the enumerator was made.
func (e *ListEnumerator[T]) MoveNext() bool {
	if e.version != e.list.version {
		panic(errEnumModified())
	}
	if e.index+1 < len(e.list.items) {
		e.index++
		e.current = e.list.items[e.index]
		return true
	}
	e.index = len(e.list.items)
	var zero T
	e.current = zero
	return false
}

// Current is Enumerator.Current: T's zero value before the first MoveNext
// and after the last, as List<T>.Enumerator's.
func (e *ListEnumerator[T]) Current() T { return e.current }

// Dispose is Enumerator.Dispose(): nothing to release.
func (e *ListEnumerator[T]) Dispose() {}
