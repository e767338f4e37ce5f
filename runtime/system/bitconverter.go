// System.BitConverter: base values to and from little-endian bytes.

package system

import (
	"encoding/binary"
	"math"
	"strings"
)

// BitConverterIsLittleEndian is BitConverter.IsLittleEndian; the runtime
// always uses little-endian layout, as .NET does on every platform it
// supports.
func BitConverterIsLittleEndian() bool { return true }

// BitConverterGetBytes is BitConverter.GetBytes for bool, char and every
// numeric type: the value's little-endian bytes.
func BitConverterGetBytes[T bool | Char | int16 | uint16 | int32 | uint32 | int64 | uint64 | float32 | float64](value T) []byte {
	switch v := any(value).(type) {
	case bool:
		if v {
			return []byte{1}
		}
		return []byte{0}
	case Char:
		return binary.LittleEndian.AppendUint16(nil, uint16(v))
	case int16:
		return binary.LittleEndian.AppendUint16(nil, uint16(v))
	case uint16:
		return binary.LittleEndian.AppendUint16(nil, v)
	case int32:
		return binary.LittleEndian.AppendUint32(nil, uint32(v))
	case uint32:
		return binary.LittleEndian.AppendUint32(nil, v)
	case int64:
		return binary.LittleEndian.AppendUint64(nil, uint64(v))
	case uint64:
		return binary.LittleEndian.AppendUint64(nil, v)
	case float32:
		return binary.LittleEndian.AppendUint32(nil, math.Float32bits(v))
	case float64:
		return binary.LittleEndian.AppendUint64(nil, math.Float64bits(v))
	}
	panic("unreachable")
}

// bytesAt checks BitConverter.ToXxx's arguments and returns the n bytes.
func bytesAt(value []byte, startIndex int32, n int) []byte {
	if value == nil {
		panic(NewArgumentNullException("value"))
	}
	if startIndex < 0 || int(startIndex) >= len(value) {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	if int(startIndex) > len(value)-n {
		panic(NewArgumentExceptionParam("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value"))
	}
	return value[startIndex : int(startIndex)+n]
}

// BitConverterToInt16 is BitConverter.ToInt16(value, startIndex).
func BitConverterToInt16(value []byte, startIndex int32) int16 {
	return int16(binary.LittleEndian.Uint16(bytesAt(value, startIndex, 2)))
}

// BitConverterToUInt16 is BitConverter.ToUInt16(value, startIndex).
func BitConverterToUInt16(value []byte, startIndex int32) uint16 {
	return binary.LittleEndian.Uint16(bytesAt(value, startIndex, 2))
}

// BitConverterToInt32 is BitConverter.ToInt32(value, startIndex).
func BitConverterToInt32(value []byte, startIndex int32) int32 {
	return int32(binary.LittleEndian.Uint32(bytesAt(value, startIndex, 4)))
}

// BitConverterToUInt32 is BitConverter.ToUInt32(value, startIndex).
func BitConverterToUInt32(value []byte, startIndex int32) uint32 {
	return binary.LittleEndian.Uint32(bytesAt(value, startIndex, 4))
}

// BitConverterToInt64 is BitConverter.ToInt64(value, startIndex).
func BitConverterToInt64(value []byte, startIndex int32) int64 {
	return int64(binary.LittleEndian.Uint64(bytesAt(value, startIndex, 8)))
}

// BitConverterToUInt64 is BitConverter.ToUInt64(value, startIndex).
func BitConverterToUInt64(value []byte, startIndex int32) uint64 {
	return binary.LittleEndian.Uint64(bytesAt(value, startIndex, 8))
}

// BitConverterToSingle is BitConverter.ToSingle(value, startIndex).
func BitConverterToSingle(value []byte, startIndex int32) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(bytesAt(value, startIndex, 4)))
}

// BitConverterToDouble is BitConverter.ToDouble(value, startIndex).
func BitConverterToDouble(value []byte, startIndex int32) float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(bytesAt(value, startIndex, 8)))
}

// BitConverterToBoolean is BitConverter.ToBoolean(value, startIndex).
func BitConverterToBoolean(value []byte, startIndex int32) bool {
	return bytesAt(value, startIndex, 1)[0] != 0
}

// BitConverterToChar is BitConverter.ToChar(value, startIndex).
func BitConverterToChar(value []byte, startIndex int32) Char {
	return Char(binary.LittleEndian.Uint16(bytesAt(value, startIndex, 2)))
}

// BitConverterToString is BitConverter.ToString(byte[]): upper-case hex
// pairs separated by '-' ("01-AB-FF").
func BitConverterToString(value []byte) string {
	if value == nil {
		panic(NewArgumentNullException("value"))
	}
	const hexDigits = "0123456789ABCDEF"
	var sb strings.Builder
	for i, b := range value {
		if i > 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(hexDigits[b>>4])
		sb.WriteByte(hexDigits[b&15])
	}
	return sb.String()
}

// BitConverterToStringRange is BitConverter.ToString(byte[], startIndex, length).
func BitConverterToStringRange(value []byte, startIndex, length int32) string {
	if startIndex < 0 || int(startIndex) > len(value) {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	if length < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("length", "Value must be positive."))
	}
	if int(startIndex) > len(value)-int(length) {
		panic(NewArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length."))
	}
	return BitConverterToString(value[startIndex : startIndex+length])
}

// BitConverterDoubleToInt64Bits is BitConverter.DoubleToInt64Bits.
func BitConverterDoubleToInt64Bits(value float64) int64 { return int64(math.Float64bits(value)) }

// BitConverterInt64BitsToDouble is BitConverter.Int64BitsToDouble.
func BitConverterInt64BitsToDouble(value int64) float64 { return math.Float64frombits(uint64(value)) }
