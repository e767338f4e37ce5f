// Tests for Array helpers, ArraySegment and Buffer.BlockCopy (values as
// .NET computes them).

package system

import (
	"reflect"
	"testing"
)

// TestArrayHelpers checks copying, resizing, searching and sorting.
func TestArrayHelpers(t *testing.T) {
	src := []int32{1, 2, 3, 4, 5}
	dst := make([]int32, 5)
	ArrayCopyRange(src, 1, dst, 2, 3)
	if want := []int32{0, 0, 2, 3, 4}; !reflect.DeepEqual(dst, want) {
		t.Errorf("Copy = %v, want %v", dst, want)
	}
	// Overlapping copy within one array moves as through a temporary.
	ArrayCopyRange(src, 0, src, 1, 4)
	if want := []int32{1, 1, 2, 3, 4}; !reflect.DeepEqual(src, want) {
		t.Errorf("overlapping Copy = %v, want %v", src, want)
	}
	for _, tc := range []struct {
		name, want string
		f          func()
	}{
		{"source short", "Source array was not long enough. Check the source index, length, and the array's lower bounds. (Parameter 'sourceArray')", func() { ArrayCopy(src, make([]int32, 9), 6) }},
		{"dest short", "Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'destinationArray')", func() { ArrayCopy(src, make([]int32, 2), 3) }},
		{"negative", "Non-negative number required. (Parameter 'length')", func() { ArrayCopy(src, dst, -1) }},
		{"null", "Value cannot be null. (Parameter 'sourceArray')", func() { ArrayCopy(nil, dst, 1) }},
	} {
		var got string
		Try(tc.f, Catch(func(e *ArgumentException) { got = e.Message() }))
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
	var grown []string
	ArrayResize(&grown, 2)
	if len(grown) != 2 {
		t.Errorf("Resize(null, 2) length %d", len(grown))
	}
	words := []string{"banana", "Apple", "cherry", "apple"}
	ArraySort(words)
	if want := []string{"apple", "Apple", "banana", "cherry"}; !reflect.DeepEqual(words, want) {
		t.Errorf("Sort = %v, want %v", words, want)
	}
	if ArrayIndexOf(words, "cherry") != 3 || ArrayIndexOf(words, "x") != -1 {
		t.Error("IndexOf wrong")
	}
	if got := ArrayEmpty[int32](); got == nil || len(got) != 0 {
		t.Error("Empty must be a non-null empty array")
	}
}

// TestArraySegment checks the window and its bounds.
func TestArraySegment(t *testing.T) {
	buf := []byte("hello world")
	seg := NewArraySegmentRange(buf, 6, 5)
	if string(seg.Slice()) != "world" || seg.Offset() != 6 || seg.Count() != 5 || seg.Get(0) != 'w' {
		t.Errorf("segment = %q", seg.Slice())
	}
	seg.Set(0, 'W')
	if string(buf) != "hello World" {
		t.Errorf("Set did not write through: %q", buf)
	}
	ex := catchAny(func() { NewArraySegmentRange(buf, 8, 5) })
	if ex == nil || ex.Message() != "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection." {
		t.Errorf("bad range threw %v", ex)
	}
}

// TestBufferBlockCopy checks byte-wise copies between primitive arrays.
func TestBufferBlockCopy(t *testing.T) {
	ints := []int32{0x01020304, 0x05060708}
	b := make([]byte, 8)
	BufferBlockCopy(ints, 0, b, 0, 8)
	if want := []byte{4, 3, 2, 1, 8, 7, 6, 5}; !reflect.DeepEqual(b, want) {
		t.Errorf("BlockCopy = %v, want %v", b, want)
	}
	shorts := make([]int16, 2)
	BufferBlockCopy(b, 2, shorts, 0, 4)
	if want := []int16{0x0102, 0x0708}; !reflect.DeepEqual(shorts, want) {
		t.Errorf("BlockCopy to short = %x, want %x", shorts, want)
	}
	if BufferByteLength(ints) != 8 {
		t.Error("ByteLength")
	}
	if catchAny(func() { BufferBlockCopy(b, 6, b, 0, 4) }) == nil {
		t.Error("out-of-range BlockCopy did not throw")
	}
}

// TestFormatAligned checks interpolation holes.
func TestFormatAligned(t *testing.T) {
	for _, tc := range []struct {
		v     any
		align int32
		f     string
		want  string
	}{
		{3.14159, 8, "F2", "    3.14"},
		{"ab", -4, "", "ab  "},
		{int32(255), 0, "X4", "00FF"},
		{NewDateTime(2024, 1, 2), 0, "yyyy-MM-dd", "2024-01-02"},
		{NewTimeSpan(1, 2, 3), 10, "", "  01:02:03"},
	} {
		if got := FormatAligned(tc.v, tc.align, tc.f); got != tc.want {
			t.Errorf("FormatAligned(%v, %d, %q) = %q, want %q", tc.v, tc.align, tc.f, got, tc.want)
		}
	}
}

// TestMultiArray: row-major layout, Length/Rank/GetLength, and .NET's
// exceptions for a bad index and a negative length.
func TestMultiArray(t *testing.T) {
	a := NewMultiArray[int32](2, 3)
	*a.At(1, 2) = 5
	*a.At(0, 1) += 2
	if got := a.Items(); got[5] != 5 || got[1] != 2 {
		t.Errorf("items %v: want a[1,2] at 5 and a[0,1] at 1", got)
	}
	if a.Length() != 6 || a.Rank() != 2 || a.GetLength(0) != 2 || a.GetLength(1) != 3 {
		t.Errorf("Length %d Rank %d GetLength %d %d", a.Length(), a.Rank(), a.GetLength(0), a.GetLength(1))
	}
	for _, bad := range []func(){
		func() { a.At(2, 0) },
		func() { a.At(0, -1) },
	} {
		func() {
			defer func() {
				if _, ok := recover().(*IndexOutOfRangeException); !ok {
					t.Error("bad index did not throw IndexOutOfRangeException")
				}
			}()
			bad()
		}()
	}
	defer func() {
		if _, ok := recover().(*OverflowException); !ok {
			t.Error("negative length did not throw OverflowException")
		}
	}()
	NewMultiArray[int32](-1, 2)
}
