// System.Convert: conversions between base types with .NET's rounding
// (to even), range checks (OverflowException) and texts, and Base64/hex.

package system

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// convertTarget is an integral type Convert converts to: its range and
// its name in the OverflowException text.
type convertTarget struct {
	name     string // "an Int32", "a character"...
	lo, hi   float64
	unsigned bool
	bits     int
}

var (
	toInt32Target  = convertTarget{name: "an Int32", lo: math.MinInt32, hi: math.MaxInt32, bits: 32}
	toInt64Target  = convertTarget{name: "an Int64", lo: math.MinInt64, hi: math.MaxInt64, bits: 64}
	toInt16Target  = convertTarget{name: "an Int16", lo: math.MinInt16, hi: math.MaxInt16, bits: 16}
	toByteTarget   = convertTarget{name: "an unsigned byte", lo: 0, hi: math.MaxUint8, unsigned: true, bits: 8}
	toUInt32Target = convertTarget{name: "a UInt32", lo: 0, hi: math.MaxUint32, unsigned: true, bits: 32}
	toUInt64Target = convertTarget{name: "a UInt64", lo: 0, hi: math.MaxUint64, unsigned: true, bits: 64}
	toCharTarget   = convertTarget{name: "a character", lo: 0, hi: 0xFFFF, unsigned: true, bits: 16}
)

func (t convertTarget) overflow() Exception {
	return NewOverflowException("Value was either too large or too small for " + t.name + ".")
}

// roundToEven is Convert's rounding of a double to an integer: the nearest
// integer, ties to even (2.5 -> 2, 3.5 -> 4).
func roundToEven(d float64) float64 { return math.RoundToEven(d) }

// convert converts any supported value to an integer in t's range and
// returns it as int64 bits (uint64 for unsigned targets).
func (t convertTarget) convert(value any) uint64 {
	check := func(f float64) uint64 {
		// The range test is done on the rounded value, as .NET does.
		if math.IsNaN(f) || f < t.lo || f > t.hi || (t.bits == 64 && !t.unsigned && f >= 9.223372036854775807e18) || (t.bits == 64 && t.unsigned && f >= 1.8446744073709551615e19) {
			panic(t.overflow())
		}
		if f < 0 {
			return uint64(int64(f))
		}
		return uint64(f)
	}
	checkInt := func(v int64) uint64 {
		if t.unsigned {
			if v < 0 || (t.bits < 64 && uint64(v) > uint64(t.hi)) {
				panic(t.overflow())
			}
		} else if t.bits < 64 && (v < int64(t.lo) || v > int64(t.hi)) {
			panic(t.overflow())
		}
		return uint64(v)
	}
	checkUint := func(v uint64) uint64 {
		if (t.unsigned && t.bits < 64 && v > uint64(t.hi)) || (!t.unsigned && v > uint64(t.hi)) {
			panic(t.overflow())
		}
		return v
	}
	switch v := value.(type) {
	case nil:
		return 0
	case bool:
		if v {
			return 1
		}
		return 0
	case Char:
		return checkInt(int64(v))
	case float64:
		return check(roundToEven(v))
	case float32:
		return check(roundToEven(float64(v)))
	case string:
		if v == "" {
			// A C# null string: Convert returns 0 for null.
			return 0
		}
		return t.parse(v)
	case int:
		return checkInt(int64(v))
	case int8:
		return checkInt(int64(v))
	case int16:
		return checkInt(int64(v))
	case int32:
		return checkInt(int64(v))
	case int64:
		return checkInt(v)
	case uint8:
		return checkUint(uint64(v))
	case uint16:
		return checkUint(uint64(v))
	case uint32:
		return checkUint(uint64(v))
	case uint64:
		return checkUint(v)
	}
	rv := reflect.ValueOf(value)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return checkInt(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return checkUint(rv.Uint())
	}
	panic(NewInvalidCastException("Unable to cast object of type '" + dotnetTypeName(reflect.TypeOf(value)) + "' to type 'System.IConvertible'."))
}

func (t convertTarget) parse(s string) uint64 {
	if t == toCharTarget {
		return uint64(CharParse(s))
	}
	if t.unsigned {
		v, err := parseUnsignedException(s, uint64(t.hi), t.name)
		if err != nil {
			panic(err.exception())
		}
		return v
	}
	mag, neg, ok, over := parseIntegerStyle(s, uint64(t.hi), uint64(t.hi)+1)
	if !ok {
		panic(formatInputError(s))
	}
	if over {
		panic(t.overflow())
	}
	if neg {
		return uint64(-int64(mag))
	}
	return mag
}

// ConvertToInt32 is Convert.ToInt32(value) for every overload: string
// parses as int.Parse, except that "" gives 0: the runtime's null string is
// "", and Convert returns 0 for null (so a missing query parameter
// converts to 0 as in .NET, while .NET would reject a present but empty
// one with FormatException); double and float round
// to the nearest integer with ties to even; bool is 1 or 0; char is its
// code; out-of-range values throw OverflowException "Value was either too
// large or too small for an Int32.".
func ConvertToInt32(value any) int32 { return int32(toInt32Target.convert(value)) }

// ConvertToInt64 is Convert.ToInt64(value); see ConvertToInt32.
func ConvertToInt64(value any) int64 { return int64(toInt64Target.convert(value)) }

// ConvertToInt16 is Convert.ToInt16(value).
func ConvertToInt16(value any) int16 { return int16(toInt16Target.convert(value)) }

// ConvertToByte is Convert.ToByte(value).
func ConvertToByte(value any) uint8 { return uint8(toByteTarget.convert(value)) }

// ConvertToUInt32 is Convert.ToUInt32(value).
func ConvertToUInt32(value any) uint32 { return uint32(toUInt32Target.convert(value)) }

// ConvertToUInt64 is Convert.ToUInt64(value).
func ConvertToUInt64(value any) uint64 { return toUInt64Target.convert(value) }

// ConvertToChar is Convert.ToChar(value): a number in 0..65535 or a
// one-character string. bool and double throw InvalidCastException as in .NET.
func ConvertToChar(value any) Char {
	switch value.(type) {
	case bool:
		panic(NewInvalidCastException("Invalid cast from 'Boolean' to 'Char'."))
	case float64:
		panic(NewInvalidCastException("Invalid cast from 'Double' to 'Char'."))
	case float32:
		panic(NewInvalidCastException("Invalid cast from 'Single' to 'Char'."))
	case string:
		s := value.(string)
		var c Char
		if !CharTryParse(s, &c) {
			panic(NewFormatException("String must be exactly one character long."))
		}
		return c
	}
	return Char(toCharTarget.convert(value))
}

// ConvertToInt32Base is Convert.ToInt32(string, fromBase) for bases 2, 8,
// 10 and 16; bases other than 10 read the two's complement bits, so
// "FFFFFFFF" in base 16 is -1.
func ConvertToInt32Base(s string, fromBase int32) int32 {
	return int32(convertFromBase(s, fromBase, 32))
}

// ConvertToInt64Base is Convert.ToInt64(string, fromBase).
func ConvertToInt64Base(s string, fromBase int32) int64 {
	return int64(convertFromBase(s, fromBase, 64))
}

// ConvertToByteBase is Convert.ToByte(string, fromBase).
func ConvertToByteBase(s string, fromBase int32) uint8 {
	v := convertFromBase(s, fromBase, 8)
	return uint8(v)
}

func convertFromBase(s string, fromBase int32, bits int) uint64 {
	switch fromBase {
	case 2, 8, 10, 16:
	default:
		panic(NewArgumentException("Invalid Base."))
	}
	if fromBase == 10 {
		switch bits {
		case 32:
			return uint64(Int32Parse(s))
		case 64:
			return uint64(Int64Parse(s))
		}
		return uint64(ByteParse(s))
	}
	if s == "" {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	t := s
	if fromBase == 16 && (strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X")) {
		t = t[2:]
	}
	if strings.HasPrefix(t, "-") {
		panic(NewArgumentException("String cannot contain a minus sign if the base is not 10."))
	}
	v, err := strconv.ParseUint(t, int(fromBase), bits)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			name := map[int]string{8: "an unsigned byte", 32: "an Int32", 64: "an Int64"}[bits]
			panic(NewOverflowException("Value was either too large or too small for " + name + "."))
		}
		panic(NewFormatException("Could not find any recognizable digits."))
	}
	return v
}

// ConvertToStringBase is Convert.ToString(value, toBase) for integers:
// bases 2, 8, 10 and 16, negatives as two's complement in bases other than 10.
func ConvertToStringBase[T Integer](value T, toBase int32) string {
	bits := int(reflect.TypeFor[T]().Size() * 8)
	switch toBase {
	case 10:
		return ObjectToString(value)
	case 2, 8, 16:
		u := uint64(value)
		if bits < 64 {
			u &= 1<<bits - 1
		}
		return strconv.FormatUint(u, int(toBase))
	}
	panic(NewArgumentException("Invalid Base."))
}

// ConvertToDouble is Convert.ToDouble(value): strings parse as
// double.Parse, bool is 1 or 0, numbers convert; char throws
// InvalidCastException as in .NET.
func ConvertToDouble(value any) float64 {
	switch v := value.(type) {
	case nil:
		return 0
	case float64:
		return v
	case float32:
		return float64(v)
	case string:
		if v == "" {
			return 0 // null converts to 0, see ConvertToInt32
		}
		return DoubleParse(v)
	case bool:
		if v {
			return 1
		}
		return 0
	case Char:
		panic(NewInvalidCastException("Invalid cast from 'Char' to 'Double'."))
	}
	rv := reflect.ValueOf(value)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return float64(rv.Uint())
	}
	panic(NewInvalidCastException("Unable to cast object of type '" + dotnetTypeName(reflect.TypeOf(value)) + "' to type 'System.IConvertible'."))
}

// ConvertToBoolean is Convert.ToBoolean(value): strings parse as
// bool.Parse ("True"/"False", any case); numbers are true when non-zero;
// char throws InvalidCastException.
func ConvertToBoolean(value any) bool {
	switch v := value.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		if v == "" {
			return false // null converts to false, see ConvertToInt32
		}
		return BoolParse(v)
	case Char:
		panic(NewInvalidCastException("Invalid cast from 'Char' to 'Boolean'."))
	case float64:
		return v != 0
	case float32:
		return v != 0
	}
	rv := reflect.ValueOf(value)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return rv.Int() != 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return rv.Uint() != 0
	}
	panic(NewInvalidCastException("Unable to cast object of type '" + dotnetTypeName(reflect.TypeOf(value)) + "' to type 'System.IConvertible'."))
}

// ConvertToString is Convert.ToString(value): ObjectToString (null is "").
func ConvertToString(value any) string { return ObjectToString(value) }

const msgBadBase64 = "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters."

// ConvertToBase64String is Convert.ToBase64String(byte[]).
func ConvertToBase64String(inArray []byte) string {
	return base64.StdEncoding.EncodeToString(inArray)
}

// ConvertToBase64StringRange is Convert.ToBase64String(byte[], offset, length).
func ConvertToBase64StringRange(inArray []byte, offset, length int32) string {
	if offset < 0 || length < 0 || int(offset) > len(inArray)-int(length) {
		panic(NewArgumentOutOfRangeExceptionMessage("offset", "Offset and length must refer to a position in the string."))
	}
	return base64.StdEncoding.EncodeToString(inArray[offset : offset+length])
}

// ConvertFromBase64String is Convert.FromBase64String(string). White space
// (space, tab, CR, LF) is ignored as in .NET; bad text throws
// FormatException with .NET's message.
func ConvertFromBase64String(s string) []byte {
	clean := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\r', '\n':
			return -1
		}
		return r
	}, s)
	if len(clean)%4 != 0 {
		panic(NewFormatException(msgBadBase64))
	}
	b, err := base64.StdEncoding.DecodeString(clean)
	if err != nil {
		panic(NewFormatException(msgBadBase64))
	}
	return b
}

// ConvertToHexString is Convert.ToHexString(byte[]): upper-case hex.
func ConvertToHexString(inArray []byte) string {
	return strings.ToUpper(hex.EncodeToString(inArray))
}

// ConvertToHexStringLower is Convert.ToHexStringLower(byte[]) (.NET 9).
func ConvertToHexStringLower(inArray []byte) string { return hex.EncodeToString(inArray) }

// ConvertFromHexString is Convert.FromHexString(string).
func ConvertFromHexString(s string) []byte {
	if len(s)%2 != 0 {
		panic(NewFormatException("The input is not a valid hex string as its length is not a multiple of 2."))
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(NewFormatException("The input is not a valid hex string as it contains a non-hex character."))
	}
	return b
}
