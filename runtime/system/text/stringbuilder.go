// System.Text.StringBuilder: a mutable string indexed in UTF-16 code units,
// as .NET's is.

package text

import (
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// StringBuilder is System.Text.StringBuilder. It holds UTF-16 code units so
// that Length, the indexer, Insert and Remove count positions as .NET does;
// ToString converts back to a Go string.
type StringBuilder struct {
	units    []uint16
	capacity int // .NET's Capacity, tracked to report the same growth
}

const (
	sbDefaultCapacity = 16
	sbMaxChunkSize    = 8000 // .NET's StringBuilder.MaxChunkSize
	msgIndexLess      = "Index was out of range. Must be non-negative and less than the size of the collection."
	msgNegativeLength = "Length cannot be less than zero."
	msgStartIndex     = "StartIndex cannot be less than zero."
	msgIndexLength    = "Index and length must refer to a location within the string."
)

// NewStringBuilder is `new StringBuilder()`.
func NewStringBuilder() *StringBuilder {
	return &StringBuilder{capacity: sbDefaultCapacity}
}

// NewStringBuilderCapacity is `new StringBuilder(int capacity)`.
func NewStringBuilderCapacity(capacity int32) *StringBuilder {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", "'capacity' must be greater than zero."))
	}
	if capacity == 0 {
		capacity = sbDefaultCapacity
	}
	return &StringBuilder{capacity: int(capacity), units: make([]uint16, 0, capacity)}
}

// NewStringBuilderString is `new StringBuilder(string value)`.
func NewStringBuilderString(value string) *StringBuilder {
	u := StringToUTF16(value)
	return &StringBuilder{units: u, capacity: max(sbDefaultCapacity, len(u))}
}

// NewStringBuilderStringCapacity is `new StringBuilder(string value, int capacity)`.
func NewStringBuilderStringCapacity(value string, capacity int32) *StringBuilder {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", "'capacity' must be greater than zero."))
	}
	if capacity == 0 {
		capacity = sbDefaultCapacity
	}
	u := StringToUTF16(value)
	return &StringBuilder{units: u, capacity: max(int(capacity), len(u))}
}

// grew keeps Capacity in step with .NET's chunk growth: when the content
// outgrows the capacity, a new chunk of max(shortfall, min(Length, 8000))
// characters is added.
func (sb *StringBuilder) grew() {
	if n := len(sb.units); n > sb.capacity {
		sb.capacity += max(n-sb.capacity, min(sb.capacity, sbMaxChunkSize))
	}
}

func (sb *StringBuilder) appendUnits(u []uint16) *StringBuilder {
	sb.units = append(sb.units, u...)
	sb.grew()
	return sb
}

// Append is StringBuilder.Append(object) and the overloads for value types:
// it appends x's .NET string form (system.ObjectToString; a system.Char is
// one character, a []system.Char its characters, null nothing).
func (sb *StringBuilder) Append(x any) *StringBuilder {
	switch v := x.(type) {
	case string:
		return sb.AppendString(v)
	case system.Char:
		return sb.AppendChar(v)
	case []system.Char:
		return sb.AppendChars(v)
	case *StringBuilder:
		if v == nil {
			return sb
		}
		return sb.appendUnits(append([]uint16(nil), v.units...))
	}
	return sb.AppendString(system.ObjectToString(x))
}

// AppendString is StringBuilder.Append(string).
func (sb *StringBuilder) AppendString(s string) *StringBuilder {
	if s == "" {
		return sb
	}
	return sb.appendUnits(StringToUTF16(s))
}

// AppendChar is StringBuilder.Append(char).
func (sb *StringBuilder) AppendChar(c system.Char) *StringBuilder {
	sb.units = append(sb.units, uint16(c))
	sb.grew()
	return sb
}

// AppendCharRepeat is StringBuilder.Append(char value, int repeatCount).
func (sb *StringBuilder) AppendCharRepeat(c system.Char, repeatCount int32) *StringBuilder {
	if repeatCount < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("repeatCount", "Count cannot be less than zero."))
	}
	for range repeatCount {
		sb.units = append(sb.units, uint16(c))
	}
	sb.grew()
	return sb
}

// AppendChars is StringBuilder.Append(char[]).
func (sb *StringBuilder) AppendChars(chars []system.Char) *StringBuilder {
	for _, c := range chars {
		sb.units = append(sb.units, uint16(c))
	}
	sb.grew()
	return sb
}

// AppendSubstring is StringBuilder.Append(string value, int startIndex, int count).
func (sb *StringBuilder) AppendSubstring(s string, startIndex, count int32) *StringBuilder {
	if startIndex < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	if count < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", "Count cannot be less than zero."))
	}
	u := StringToUTF16(s)
	if int(startIndex) > len(u)-int(count) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", "Index and count must refer to a location within the string."))
	}
	return sb.appendUnits(u[startIndex : startIndex+count])
}

// AppendLine is StringBuilder.AppendLine(): Environment.NewLine, which is
// "\n" on Linux.
func (sb *StringBuilder) AppendLine() *StringBuilder { return sb.AppendString("\n") }

// AppendLineString is StringBuilder.AppendLine(string).
func (sb *StringBuilder) AppendLineString(s string) *StringBuilder {
	return sb.AppendString(s).AppendString("\n")
}

// Insert is StringBuilder.Insert(int index, string value).
func (sb *StringBuilder) Insert(index int32, s string) *StringBuilder {
	if index < 0 || int(index) > len(sb.units) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgIndexLess))
	}
	u := StringToUTF16(s)
	sb.units = append(sb.units[:index], append(u, sb.units[index:]...)...)
	sb.grew()
	return sb
}

// InsertValue is StringBuilder.Insert(int index, object value) and the
// value-type overloads: x's .NET string form is inserted.
func (sb *StringBuilder) InsertValue(index int32, x any) *StringBuilder {
	if c, ok := x.(system.Char); ok {
		return sb.Insert(index, UTF16ToString([]uint16{uint16(c)}))
	}
	return sb.Insert(index, system.ObjectToString(x))
}

// Remove is StringBuilder.Remove(int startIndex, int length).
func (sb *StringBuilder) Remove(startIndex, length int32) *StringBuilder {
	if length < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("length", msgNegativeLength))
	}
	if startIndex < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("startIndex", msgStartIndex))
	}
	if int(length) > len(sb.units)-int(startIndex) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("length", msgIndexLess))
	}
	sb.units = append(sb.units[:startIndex], sb.units[startIndex+length:]...)
	return sb
}

// Replace is StringBuilder.Replace(string oldValue, string newValue): every
// ordinal occurrence, left to right.
func (sb *StringBuilder) Replace(oldValue, newValue string) *StringBuilder {
	if oldValue == "" {
		panic(system.NewArgumentExceptionParam("Empty name is not legal.", "oldValue"))
	}
	cur := sb.ToString()
	if strings.Contains(cur, oldValue) {
		sb.units = StringToUTF16(strings.ReplaceAll(cur, oldValue, newValue))
		sb.grew()
	}
	return sb
}

// ReplaceChar is StringBuilder.Replace(char oldChar, char newChar).
func (sb *StringBuilder) ReplaceChar(oldChar, newChar system.Char) *StringBuilder {
	for i, u := range sb.units {
		if u == uint16(oldChar) {
			sb.units[i] = uint16(newChar)
		}
	}
	return sb
}

// Clear is StringBuilder.Clear(): Length becomes 0. Capacity is kept (.NET
// may trim it to its last chunk; programs rarely observe that).
func (sb *StringBuilder) Clear() *StringBuilder {
	sb.units = sb.units[:0]
	return sb
}

// Length is the StringBuilder.Length getter, in UTF-16 code units.
func (sb *StringBuilder) Length() int32 { return int32(len(sb.units)) }

// SetLength is the StringBuilder.Length setter: it truncates, or pads with '\0'.
func (sb *StringBuilder) SetLength(value int32) {
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgNegativeLength))
	}
	if int(value) <= len(sb.units) {
		sb.units = sb.units[:value]
		return
	}
	sb.units = append(sb.units, make([]uint16, int(value)-len(sb.units))...)
	sb.grew()
}

// Capacity is the StringBuilder.Capacity getter.
func (sb *StringBuilder) Capacity() int32 { return int32(sb.capacity) }

// SetCapacity is the StringBuilder.Capacity setter.
func (sb *StringBuilder) SetCapacity(value int32) {
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "Capacity must be positive."))
	}
	if int(value) < len(sb.units) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "capacity was less than the current size."))
	}
	sb.capacity = int(value)
}

// EnsureCapacity is StringBuilder.EnsureCapacity(capacity).
func (sb *StringBuilder) EnsureCapacity(capacity int32) int32 {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", "Capacity must be positive."))
	}
	if int(capacity) > sb.capacity {
		sb.capacity = int(capacity)
	}
	return int32(sb.capacity)
}

// MaxCapacity is StringBuilder.MaxCapacity.
func (sb *StringBuilder) MaxCapacity() int32 { return 0x7FFFFFFF }

// GetChar is the StringBuilder indexer getter sb[index]; out of range it
// throws IndexOutOfRangeException, as .NET's getter does.
func (sb *StringBuilder) GetChar(index int32) system.Char {
	if index < 0 || int(index) >= len(sb.units) {
		panic(system.NewIndexOutOfRangeException("Index was outside the bounds of the array."))
	}
	return system.Char(sb.units[index])
}

// SetChar is the StringBuilder indexer setter sb[index] = c.
func (sb *StringBuilder) SetChar(index int32, c system.Char) {
	if index < 0 || int(index) >= len(sb.units) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgIndexLess))
	}
	sb.units[index] = uint16(c)
}

// ToString is StringBuilder.ToString().
func (sb *StringBuilder) ToString() string { return UTF16ToString(sb.units) }

// String makes fmt print the content.
func (sb *StringBuilder) String() string { return sb.ToString() }

// ToStringRange is StringBuilder.ToString(int startIndex, int length).
func (sb *StringBuilder) ToStringRange(startIndex, length int32) string {
	n := len(sb.units)
	if startIndex < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("startIndex", msgStartIndex))
	}
	if int(startIndex) > n {
		panic(system.NewArgumentOutOfRangeExceptionMessage("startIndex", "startIndex cannot be larger than length of string."))
	}
	if length < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("length", msgNegativeLength))
	}
	if int(startIndex) > n-int(length) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("length", msgIndexLength))
	}
	return UTF16ToString(sb.units[startIndex : startIndex+length])
}

// Equals is StringBuilder.Equals(StringBuilder): same characters (.NET
// Core compares content only).
func (sb *StringBuilder) Equals(other *StringBuilder) bool {
	if other == nil || len(other.units) != len(sb.units) {
		return false
	}
	for i, u := range sb.units {
		if other.units[i] != u {
			return false
		}
	}
	return true
}

// AppendFormat is StringBuilder.AppendFormat(format, args...): composite
// formatting as String.Format.
func (sb *StringBuilder) AppendFormat(format string, args ...any) *StringBuilder {
	return sb.AppendString(system.StringFormat(format, args...))
}
