// Parsing numbers and booleans from strings: int.Parse, long.Parse,
// double.Parse, bool.Parse and their TryParse forms, with .NET Core 8's
// exceptions and invariant-culture rules.

package system

import (
	"math"
	"strconv"
	"strings"
)

// isNumberWhite is the white space NumberStyles.AllowLeading/TrailingWhite
// accepts: U+0009..U+000D and U+0020, nothing else.
func isNumberWhite(c byte) bool { return c == ' ' || (c >= 0x09 && c <= 0x0D) }

func trimNumberWhite(s string) string {
	i, j := 0, len(s)
	for i < j && isNumberWhite(s[i]) {
		i++
	}
	// .NET also accepts trailing NUL characters after a number.
	for j > i && (isNumberWhite(s[j-1]) || s[j-1] == 0) {
		j--
	}
	return s[i:j]
}

func formatInputError(s string) *FormatException {
	return NewFormatException("The input string '" + s + "' was not in a correct format.")
}

// numberParseError is a parse failure. It becomes an exception only when
// Parse throws it, so that TryParse reports false without building one.
type numberParseError struct {
	overflow bool
	text     string // the input for a format error, the message for overflow
}

func badNumber(s string) *numberParseError { return &numberParseError{text: s} }

func overflowNumber(message string) *numberParseError {
	return &numberParseError{overflow: true, text: message}
}

// exception is the exception .NET throws for the failure.
func (e *numberParseError) exception() Exception {
	if e.overflow {
		return NewOverflowException(e.text)
	}
	return formatInputError(e.text)
}

// parseIntegerStyle parses NumberStyles.Integer text (white space, one
// optional sign, ASCII digits) into a magnitude and sign. ok is false for a
// format error; overflow is set when the magnitude exceeds limit.
func parseIntegerStyle(s string, limitPos, limitNeg uint64) (mag uint64, neg, ok, overflow bool) {
	t := trimNumberWhite(s)
	if t == "" {
		return 0, false, false, false
	}
	switch t[0] {
	case '-':
		neg = true
		t = t[1:]
	case '+':
		t = t[1:]
	}
	if t == "" {
		return 0, false, false, false
	}
	limit := limitPos
	if neg {
		limit = limitNeg
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, false, false, false
		}
		d := uint64(c - '0')
		if !overflow {
			if mag > (limit-d)/10 {
				overflow = true
			} else {
				mag = mag*10 + d
			}
		}
	}
	return mag, neg, true, overflow
}

// parseInt32Exception parses like int.Parse(s) (NumberStyles.Integer) and
// returns the exception .NET would throw instead of throwing it.
func parseInt32Exception(s string) (int32, *numberParseError) {
	mag, neg, ok, overflow := parseIntegerStyle(s, math.MaxInt32, math.MaxInt32+1)
	if !ok {
		return 0, badNumber(s)
	}
	if overflow {
		return 0, overflowNumber("Value was either too large or too small for an Int32.")
	}
	if neg {
		return int32(-int64(mag)), nil
	}
	return int32(mag), nil
}

func parseInt64Exception(s string) (int64, *numberParseError) {
	mag, neg, ok, overflow := parseIntegerStyle(s, math.MaxInt64, math.MaxInt64+1)
	if !ok {
		return 0, badNumber(s)
	}
	if overflow {
		return 0, overflowNumber("Value was either too large or too small for an Int64.")
	}
	if neg {
		return int64(-mag), nil
	}
	return int64(mag), nil
}

// parseUnsignedException parses an unsigned type of the given maximum; "-0"
// is accepted as .NET does, any other negative value overflows.
func parseUnsignedException(s string, max uint64, typeName string) (uint64, *numberParseError) {
	mag, neg, ok, overflow := parseIntegerStyle(s, max, 0)
	if !ok {
		return 0, badNumber(s)
	}
	if overflow || (neg && mag != 0) {
		return 0, overflowNumber("Value was either too large or too small for " + typeName + ".")
	}
	return mag, nil
}

// Int32Parse is int.Parse(string): NumberStyles.Integer, invariant culture.
// Bad text throws FormatException "The input string 'x' was not in a correct
// format." (.NET Core 8's text; Mono and .NET Framework print "Input string
// was not in a correct format."); out of range throws OverflowException
// "Value was either too large or too small for an Int32.". A C# null string
// arrives as "" and so throws FormatException, not ArgumentNullException.
func Int32Parse(s string) int32 {
	v, err := parseInt32Exception(s)
	if err != nil {
		panic(err.exception())
	}
	return v
}

// Int32TryParse is int.TryParse(string, out int).
func Int32TryParse(s string, result *int32) bool {
	v, err := parseInt32Exception(s)
	*result = v
	return err == nil
}

// Int64Parse is long.Parse(string); errors as Int32Parse with "Int64".
func Int64Parse(s string) int64 {
	v, err := parseInt64Exception(s)
	if err != nil {
		panic(err.exception())
	}
	return v
}

// Int64TryParse is long.TryParse(string, out long).
func Int64TryParse(s string, result *int64) bool {
	v, err := parseInt64Exception(s)
	*result = v
	return err == nil
}

// Int16Parse is short.Parse(string).
func Int16Parse(s string) int16 {
	mag, neg, ok, overflow := parseIntegerStyle(s, math.MaxInt16, math.MaxInt16+1)
	if !ok {
		panic(formatInputError(s))
	}
	if overflow {
		panic(NewOverflowException("Value was either too large or too small for an Int16."))
	}
	if neg {
		return int16(-int64(mag))
	}
	return int16(mag)
}

// UInt32Parse is uint.Parse(string).
func UInt32Parse(s string) uint32 {
	v, err := parseUnsignedException(s, math.MaxUint32, "a UInt32")
	if err != nil {
		panic(err.exception())
	}
	return uint32(v)
}

// UInt32TryParse is uint.TryParse(string, out uint).
func UInt32TryParse(s string, result *uint32) bool {
	v, err := parseUnsignedException(s, math.MaxUint32, "a UInt32")
	*result = uint32(v)
	return err == nil
}

// UInt64Parse is ulong.Parse(string).
func UInt64Parse(s string) uint64 {
	v, err := parseUnsignedException(s, math.MaxUint64, "a UInt64")
	if err != nil {
		panic(err.exception())
	}
	return v
}

// UInt64TryParse is ulong.TryParse(string, out ulong).
func UInt64TryParse(s string, result *uint64) bool {
	v, err := parseUnsignedException(s, math.MaxUint64, "a UInt64")
	*result = v
	return err == nil
}

// ByteParse is byte.Parse(string).
func ByteParse(s string) uint8 {
	v, err := parseUnsignedException(s, math.MaxUint8, "an unsigned byte")
	if err != nil {
		panic(err.exception())
	}
	return uint8(v)
}

// ByteTryParse is byte.TryParse(string, out byte).
func ByteTryParse(s string, result *uint8) bool {
	v, err := parseUnsignedException(s, math.MaxUint8, "an unsigned byte")
	*result = uint8(v)
	return err == nil
}

// parseDoubleException parses like double.Parse(s) with
// NumberStyles.Float | AllowThousands and the invariant culture: white
// space, sign, digits with ',' group separators, '.', exponent, and the
// symbols "NaN", "Infinity", "∞" (any case, optionally signed). Values
// beyond double's range become ±Infinity, as in .NET Core 3.0+.
func parseDoubleException(s string) (float64, *numberParseError) {
	t := trimNumberWhite(s)
	if t == "" {
		return 0, badNumber(s)
	}
	sign := ""
	body := t
	if body[0] == '+' || body[0] == '-' {
		sign = body[:1]
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "nan":
		return math.NaN(), nil
	case "infinity", "∞":
		if sign == "-" {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	}
	// Validate .NET's grammar ourselves so that Go-only syntax (hex floats,
	// underscores, "inf") is rejected: digits[,digits]*[.digits][(e|E)[sign]digits].
	var sb strings.Builder
	sb.WriteString(sign)
	i := 0
	digits := 0
	for i < len(body) && (body[i] >= '0' && body[i] <= '9' || body[i] == ',') {
		if body[i] != ',' {
			sb.WriteByte(body[i])
			digits++
		} else if digits == 0 {
			// .NET accepts a leading group separator only after a digit.
			return 0, badNumber(s)
		}
		i++
	}
	if i < len(body) && body[i] == '.' {
		sb.WriteByte('.')
		i++
		for i < len(body) && body[i] >= '0' && body[i] <= '9' {
			sb.WriteByte(body[i])
			digits++
			i++
		}
	}
	if digits == 0 {
		return 0, badNumber(s)
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		j := i + 1
		if j < len(body) && (body[j] == '+' || body[j] == '-') {
			j++
		}
		k := j
		for k < len(body) && body[k] >= '0' && body[k] <= '9' {
			k++
		}
		if k > j {
			sb.WriteString(body[i:k])
			i = k
		}
	}
	if i != len(body) {
		return 0, badNumber(s)
	}
	f, err := strconv.ParseFloat(sb.String(), 64)
	if err != nil {
		// Range errors: ParseFloat returns ±Inf or 0 with the error, which is
		// exactly .NET Core's IEEE-compliant result.
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, badNumber(s)
	}
	return f, nil
}

// DoubleParse is double.Parse(string) with the invariant culture (programs
// in the corpus run under invariant or en-US, which agree for numbers).
func DoubleParse(s string) float64 {
	v, err := parseDoubleException(s)
	if err != nil {
		panic(err.exception())
	}
	return v
}

// DoubleTryParse is double.TryParse(string, out double).
func DoubleTryParse(s string, result *float64) bool {
	v, err := parseDoubleException(s)
	*result = v
	return err == nil
}

// BoolParse is bool.Parse(string): "True"/"False" in any case, with
// surrounding white space (and NULs) ignored. Anything else throws
// FormatException "String 'x' was not recognized as a valid Boolean.".
func BoolParse(s string) bool {
	var b bool
	if !BoolTryParse(s, &b) {
		panic(NewFormatException("String '" + s + "' was not recognized as a valid Boolean."))
	}
	return b
}

// BoolTryParse is bool.TryParse(string, out bool).
func BoolTryParse(s string, result *bool) bool {
	t := strings.TrimFunc(s, func(r rune) bool { return r == 0 || isWhiteSpaceRune(r) })
	switch {
	case strings.EqualFold(t, "True"):
		*result = true
		return true
	case strings.EqualFold(t, "False"):
		*result = false
		return true
	}
	*result = false
	return false
}
