// System.Array's static helpers, System.ArraySegment<T> and
// System.Buffer.BlockCopy over Go slices (C# arrays).

package system

import (
	"cmp"
	"reflect"
	"slices"
	"unsafe"
)

func nonNegative(v int32, name string) {
	if v < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage(name, "Non-negative number required."))
	}
}

// ArrayEmpty is Array.Empty<T>(): an empty, non-null array.
func ArrayEmpty[T any]() []T { return []T{} }

// ArrayCopy is Array.Copy(sourceArray, destinationArray, length).
func ArrayCopy[T any](sourceArray, destinationArray []T, length int32) {
	ArrayCopyRange(sourceArray, 0, destinationArray, 0, length)
}

// ArrayCopyRange is Array.Copy(sourceArray, sourceIndex, destinationArray,
// destinationIndex, length), with .NET's exceptions. Overlapping ranges of
// the same array copy as if through a temporary, as in .NET.
func ArrayCopyRange[T any](sourceArray []T, sourceIndex int32, destinationArray []T, destinationIndex, length int32) {
	if sourceArray == nil {
		panic(NewArgumentNullException("sourceArray"))
	}
	if destinationArray == nil {
		panic(NewArgumentNullException("destinationArray"))
	}
	nonNegative(length, "length")
	nonNegative(sourceIndex, "sourceIndex")
	nonNegative(destinationIndex, "destinationIndex")
	if int(sourceIndex)+int(length) > len(sourceArray) {
		panic(NewArgumentExceptionParam("Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray"))
	}
	if int(destinationIndex)+int(length) > len(destinationArray) {
		panic(NewArgumentExceptionParam("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray"))
	}
	copy(destinationArray[destinationIndex:destinationIndex+length], sourceArray[sourceIndex:sourceIndex+length])
}

// ArrayResize is Array.Resize(ref array, newSize): a new array of newSize
// holding the old elements (a null array becomes a new one).
func ArrayResize[T any](array *[]T, newSize int32) {
	nonNegative(newSize, "newSize")
	n := make([]T, newSize)
	copy(n, *array)
	*array = n
}

// ArrayIndexOf is Array.IndexOf(array, value): the first index of value, or -1.
func ArrayIndexOf[T comparable](array []T, value T) int32 {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	return int32(slices.Index(array, value))
}

// ArrayLastIndexOf is Array.LastIndexOf(array, value).
func ArrayLastIndexOf[T comparable](array []T, value T) int32 {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	for i := len(array) - 1; i >= 0; i-- {
		if array[i] == value {
			return int32(i)
		}
	}
	return -1
}

// ArrayReverse is Array.Reverse(array).
func ArrayReverse[T any](array []T) {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	slices.Reverse(array)
}

// ArrayClear is Array.Clear(array, index, length): the elements become
// their default value.
func ArrayClear[T any](array []T, index, length int32) {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	if index < 0 || length < 0 || int(index)+int(length) > len(array) {
		panic(NewIndexOutOfRangeException(""))
	}
	clear(array[index : index+length])
}

// ArrayFill is Array.Fill(array, value).
func ArrayFill[T any](array []T, value T) {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	for i := range array {
		array[i] = value
	}
}

// ArraySort is Array.Sort(array) for numbers, chars and strings. Strings
// sort with StringCompare (the runtime's culture order), as .NET's default
// comparer does; the sort is not stable, which .NET's isn't either.
func ArraySort[T cmp.Ordered](array []T) {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	if s, ok := any(array).([]string); ok {
		slices.SortFunc(s, func(a, b string) int { return int(StringCompare(a, b)) })
		return
	}
	slices.Sort(array)
}

// ArraySortComparison is Array.Sort(array, Comparison<T>).
func ArraySortComparison[T any](array []T, comparison func(x, y T) int32) {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	slices.SortFunc(array, func(a, b T) int { return int(comparison(a, b)) })
}

// ArrayExists is Array.Exists(array, match).
func ArrayExists[T any](array []T, match func(T) bool) bool {
	return slices.IndexFunc(array, match) >= 0
}

// ArrayFindIndex is Array.FindIndex(array, match).
func ArrayFindIndex[T any](array []T, match func(T) bool) int32 {
	return int32(slices.IndexFunc(array, match))
}

// ArraySegment is System.ArraySegment<T>, a value type: a window
// (offset, count) on an array. A segment shares the array's storage.
type ArraySegment[T any] struct {
	array         []T
	offset, count int32
}

// NewArraySegment is `new ArraySegment<T>(array)`: the whole array.
func NewArraySegment[T any](array []T) ArraySegment[T] {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	return ArraySegment[T]{array: array, count: int32(len(array))}
}

// NewArraySegmentRange is `new ArraySegment<T>(array, offset, count)`.
func NewArraySegmentRange[T any](array []T, offset, count int32) ArraySegment[T] {
	if array == nil {
		panic(NewArgumentNullException("array"))
	}
	nonNegative(offset, "offset")
	nonNegative(count, "count")
	if int(offset)+int(count) > len(array) {
		panic(NewArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."))
	}
	return ArraySegment[T]{array: array, offset: offset, count: count}
}

// Array is ArraySegment<T>.Array: the whole underlying array.
func (s ArraySegment[T]) Array() []T { return s.array }

// Offset is ArraySegment<T>.Offset.
func (s ArraySegment[T]) Offset() int32 { return s.offset }

// Count is ArraySegment<T>.Count.
func (s ArraySegment[T]) Count() int32 { return s.count }

// Slice is the segment's elements as a Go slice sharing the array.
func (s ArraySegment[T]) Slice() []T { return s.array[s.offset : s.offset+s.count] }

// Get is the indexer getter segment[index].
func (s ArraySegment[T]) Get(index int32) T {
	if index < 0 || index >= s.count {
		panic(NewArgumentOutOfRangeException("index"))
	}
	return s.array[s.offset+index]
}

// Set is the indexer setter segment[index] = value.
func (s ArraySegment[T]) Set(index int32, value T) {
	if index < 0 || index >= s.count {
		panic(NewArgumentOutOfRangeException("index"))
	}
	s.array[s.offset+index] = value
}

// ToArray is ArraySegment<T>.ToArray(): a copy of the segment.
func (s ArraySegment[T]) ToArray() []T { return slices.Clone(s.Slice()) }

// bytesOf views a slice of a primitive element type as its bytes.
func bytesOf(array any, name string) []byte {
	if b, ok := array.([]byte); ok {
		return b
	}
	v := reflect.ValueOf(array)
	if array == nil || v.Kind() == reflect.Slice && v.IsNil() {
		panic(NewArgumentNullException(name))
	}
	if v.Kind() != reflect.Slice {
		panic(NewArgumentExceptionParam("Object must be an array of primitives.", name))
	}
	switch v.Type().Elem().Kind() {
	case reflect.Bool, reflect.Int8, reflect.Uint8, reflect.Int16, reflect.Uint16, reflect.Int32, reflect.Uint32,
		reflect.Int64, reflect.Uint64, reflect.Float32, reflect.Float64, reflect.Int, reflect.Uint:
	default:
		panic(NewArgumentExceptionParam("Object must be an array of primitives.", name))
	}
	if v.Len() == 0 {
		return nil
	}
	size := v.Len() * int(v.Type().Elem().Size())
	return unsafe.Slice((*byte)(v.UnsafePointer()), size)
}

// BufferBlockCopy is Buffer.BlockCopy(src, srcOffset, dst, dstOffset,
// count): copies count bytes between arrays of primitive types (offsets
// in bytes, little-endian element layout).
func BufferBlockCopy(src any, srcOffset int32, dst any, dstOffset, count int32) {
	s := bytesOf(src, "src")
	d := bytesOf(dst, "dst")
	nonNegative(srcOffset, "srcOffset")
	nonNegative(dstOffset, "dstOffset")
	nonNegative(count, "count")
	if int(srcOffset)+int(count) > len(s) || int(dstOffset)+int(count) > len(d) {
		panic(NewArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."))
	}
	copy(d[dstOffset:dstOffset+count], s[srcOffset:srcOffset+count])
}

// BufferByteLength is Buffer.ByteLength(array).
func BufferByteLength(array any) int32 { return int32(len(bytesOf(array, "array"))) }
