// Composite formatting: string.Format and the "{index,alignment:format}"
// items that Console.WriteLine and StringBuilder.AppendFormat share, and
// formatting of one value with a format string.

package system

import (
	"reflect"
	"strings"
)

// IFormattable is System.IFormattable: a value whose ToString takes a
// format string. The IFormatProvider argument of .NET is dropped: the
// runtime formats with the invariant culture. DateTime, TimeSpan, Guid
// and translated classes that implement IFormattable provide it.
type IFormattable interface {
	ToStringFormat(format string) string
}

const (
	msgFormatInvalid = "Input string was not in a correct format."
	msgFormatIndex   = "Index (zero based) must be greater than or equal to zero and less than the size of the argument list."
	// compositeLimit is .NET's bound on an item's index and alignment.
	compositeLimit = 1_000_000
)

// ObjectToStringFormat is `x.ToString(format)` for a value of any type, as
// composite formatting applies it to each argument: numbers take numeric
// formats, IFormattable values their own; other values ignore the format.
func ObjectToStringFormat(x any, format string) string {
	if format == "" {
		return ObjectToString(x)
	}
	switch v := x.(type) {
	case nil:
		return ""
	case IFormattable:
		return v.ToStringFormat(format)
	case int32:
		return NumberToString(v, format)
	case int64:
		return NumberToString(v, format)
	case float64:
		return NumberToString(v, format)
	case int:
		return NumberToString(v, format)
	case uint8:
		return NumberToString(v, format)
	case int8:
		return NumberToString(v, format)
	case int16:
		return NumberToString(v, format)
	case uint16:
		return NumberToString(v, format)
	case uint32:
		return NumberToString(v, format)
	case uint64:
		return NumberToString(v, format)
	case float32:
		return NumberToString(v, format)
	case string, bool, Char:
		return ObjectToString(x)
	}
	if _, ok := x.(Stringer); !ok {
		// A named integer type (a translated enum) without ToString.
		rv := reflect.ValueOf(x)
		switch rv.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return NumberToString(rv.Int(), format)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			return NumberToString(rv.Uint(), format)
		}
	}
	return ObjectToString(x)
}

// StringFormat is string.Format(format, args...): each "{index[,alignment]
// [:format]}" item is replaced by the argument formatted with
// ObjectToStringFormat and padded to alignment (right-aligned when
// positive, left-aligned when negative); "{{" and "}}" are literal braces.
// A malformed item throws FormatException "Input string was not in a
// correct format."; an index past the arguments throws FormatException
// "Index (zero based) must be greater than or equal to zero and less than
// the size of the argument list.".
func StringFormat(format string, args ...any) string {
	var sb strings.Builder
	sb.Grow(len(format) + 8*len(args))
	appendFormat(&sb, format, args)
	return sb.String()
}

// appendFormat is .NET's AppendFormatHelper.
func appendFormat(sb *strings.Builder, format string, args []any) {
	pos := 0
	n := len(format)
	for {
		// Copy literal text up to the next brace.
		start := pos
		for pos < n {
			c := format[pos]
			if c == '{' || c == '}' {
				break
			}
			pos++
		}
		sb.WriteString(format[start:pos])
		if pos == n {
			return
		}
		c := format[pos]
		pos++
		if c == '}' {
			if pos < n && format[pos] == '}' {
				sb.WriteByte('}')
				pos++
				continue
			}
			panic(NewFormatException(msgFormatInvalid))
		}
		if pos < n && format[pos] == '{' {
			sb.WriteByte('{')
			pos++
			continue
		}
		// An item: index.
		if pos >= n || format[pos] < '0' || format[pos] > '9' {
			panic(NewFormatException(msgFormatInvalid))
		}
		index := 0
		for pos < n && format[pos] >= '0' && format[pos] <= '9' {
			index = index*10 + int(format[pos]-'0')
			if index >= compositeLimit {
				panic(NewFormatException(msgFormatInvalid))
			}
			pos++
		}
		pos = skipSpaces(format, pos)
		// Optional alignment.
		width := 0
		leftAlign := false
		if pos < n && format[pos] == ',' {
			pos = skipSpaces(format, pos+1)
			if pos < n && format[pos] == '-' {
				leftAlign = true
				pos++
			}
			if pos >= n || format[pos] < '0' || format[pos] > '9' {
				panic(NewFormatException(msgFormatInvalid))
			}
			for pos < n && format[pos] >= '0' && format[pos] <= '9' {
				width = width*10 + int(format[pos]-'0')
				if width >= compositeLimit {
					panic(NewFormatException(msgFormatInvalid))
				}
				pos++
			}
			pos = skipSpaces(format, pos)
		}
		// Optional format string, up to the closing brace.
		itemFormat := ""
		if pos < n && format[pos] == ':' {
			pos++
			fs := pos
			for {
				if pos >= n || format[pos] == '{' {
					panic(NewFormatException(msgFormatInvalid))
				}
				if format[pos] == '}' {
					break
				}
				pos++
			}
			itemFormat = format[fs:pos]
		}
		if pos >= n || format[pos] != '}' {
			panic(NewFormatException(msgFormatInvalid))
		}
		pos++
		if index >= len(args) {
			panic(NewFormatException(msgFormatIndex))
		}
		s := ObjectToStringFormat(args[index], itemFormat)
		pad := width - int(StringLength(s))
		if pad > 0 && !leftAlign {
			sb.WriteString(strings.Repeat(" ", pad))
		}
		sb.WriteString(s)
		if pad > 0 && leftAlign {
			sb.WriteString(strings.Repeat(" ", pad))
		}
	}
}

func skipSpaces(s string, pos int) int {
	for pos < len(s) && s[pos] == ' ' {
		pos++
	}
	return pos
}

// FormatAligned formats one interpolation hole `{value,alignment:format}`
// of an interpolated string ($"..."): ObjectToStringFormat padded with
// spaces to alignment (right-aligned when positive, left when negative).
func FormatAligned(value any, alignment int32, format string) string {
	s := ObjectToStringFormat(value, format)
	width := int(alignment)
	left := width < 0
	if left {
		width = -width
	}
	pad := width - int(StringLength(s))
	if pad <= 0 {
		return s
	}
	if left {
		return s + strings.Repeat(" ", pad)
	}
	return strings.Repeat(" ", pad) + s
}
