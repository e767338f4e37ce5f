// System.Char: classification and case mapping of UTF-16 code units with
// .NET's (Unicode category based) rules.

package system

import (
	"unicode"
	"unicode/utf16"
)

// Char is a C# char: one UTF-16 code unit.
type Char uint16

// CharMinValue is char.MinValue.
const CharMinValue Char = 0

// CharMaxValue is char.MaxValue.
const CharMaxValue Char = 0xFFFF

// isWhiteSpaceRune is Char.IsWhiteSpace for a code point: Unicode Zs, Zl,
// Zp plus U+0009..U+000D, U+0085 and U+00A0, which is exactly Go's
// unicode.IsSpace set.
func isWhiteSpaceRune(r rune) bool { return unicode.IsSpace(r) }

// CharToString is char.ToString(): the one-character string. A lone
// surrogate cannot be held in a Go (UTF-8) string and becomes U+FFFD.
func CharToString(c Char) string { return string(rune(c)) }

// rune of a code unit; surrogates are not characters and match no category.
func (c Char) isSurrogate() bool { return c >= 0xD800 && c <= 0xDFFF }

// CharIsDigit is Char.IsDigit: Unicode category Nd (not only '0'..'9').
func CharIsDigit(c Char) bool {
	if c < 0x80 {
		return c >= '0' && c <= '9'
	}
	return !c.isSurrogate() && unicode.IsDigit(rune(c))
}

// CharIsLetter is Char.IsLetter: categories Lu, Ll, Lt, Lm, Lo.
func CharIsLetter(c Char) bool {
	if c < 0x80 {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return !c.isSurrogate() && unicode.IsLetter(rune(c))
}

// CharIsLetterOrDigit is Char.IsLetterOrDigit.
func CharIsLetterOrDigit(c Char) bool { return CharIsLetter(c) || CharIsDigit(c) }

// CharIsWhiteSpace is Char.IsWhiteSpace.
func CharIsWhiteSpace(c Char) bool { return !c.isSurrogate() && isWhiteSpaceRune(rune(c)) }

// CharIsUpper is Char.IsUpper: category Lu.
func CharIsUpper(c Char) bool { return !c.isSurrogate() && unicode.IsUpper(rune(c)) }

// CharIsLower is Char.IsLower: category Ll.
func CharIsLower(c Char) bool { return !c.isSurrogate() && unicode.IsLower(rune(c)) }

// CharIsNumber is Char.IsNumber: categories Nd, Nl, No.
func CharIsNumber(c Char) bool { return !c.isSurrogate() && unicode.IsNumber(rune(c)) }

// CharIsPunctuation is Char.IsPunctuation: categories Pc, Pd, Ps, Pe, Pi, Pf, Po.
func CharIsPunctuation(c Char) bool { return !c.isSurrogate() && unicode.IsPunct(rune(c)) }

// CharIsSymbol is Char.IsSymbol: categories Sm, Sc, Sk, So.
func CharIsSymbol(c Char) bool { return !c.isSurrogate() && unicode.IsSymbol(rune(c)) }

// CharIsSeparator is Char.IsSeparator: categories Zs, Zl, Zp.
func CharIsSeparator(c Char) bool { return !c.isSurrogate() && unicode.Is(unicode.Z, rune(c)) }

// CharIsControl is Char.IsControl: category Cc.
func CharIsControl(c Char) bool { return c < 0x20 || c >= 0x7F && c < 0xA0 }

// CharIsSurrogate is Char.IsSurrogate.
func CharIsSurrogate(c Char) bool { return c.isSurrogate() }

// CharIsHighSurrogate is Char.IsHighSurrogate.
func CharIsHighSurrogate(c Char) bool { return c >= 0xD800 && c <= 0xDBFF }

// CharIsLowSurrogate is Char.IsLowSurrogate.
func CharIsLowSurrogate(c Char) bool { return c >= 0xDC00 && c <= 0xDFFF }

// CharIsAscii is Char.IsAscii.
func CharIsAscii(c Char) bool { return c < 0x80 }

// CharIsAsciiDigit is Char.IsAsciiDigit.
func CharIsAsciiDigit(c Char) bool { return c >= '0' && c <= '9' }

// CharIsAsciiLetter is Char.IsAsciiLetter.
func CharIsAsciiLetter(c Char) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// CharIsAsciiHexDigit is Char.IsAsciiHexDigit.
func CharIsAsciiHexDigit(c Char) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// CharToUpper is Char.ToUpper (invariant mapping; a character whose upper
// case is outside the BMP or several characters is unchanged, as in .NET).
func CharToUpper(c Char) Char {
	if c < 0x80 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	// Dotless ı and dotted İ map only under Turkish rules.
	if c.isSurrogate() || c == 0x131 {
		return c
	}
	u := unicode.ToUpper(rune(c))
	if u > 0xFFFF {
		return c
	}
	return Char(u)
}

// CharToLower is Char.ToLower.
func CharToLower(c Char) Char {
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if c.isSurrogate() || c == 0x130 {
		return c
	}
	l := unicode.ToLower(rune(c))
	if l > 0xFFFF {
		return c
	}
	return Char(l)
}

// CharToUpperInvariant is Char.ToUpperInvariant.
func CharToUpperInvariant(c Char) Char { return CharToUpper(c) }

// CharToLowerInvariant is Char.ToLowerInvariant.
func CharToLowerInvariant(c Char) Char { return CharToLower(c) }

// latin1Numeric are the numeric characters of Latin-1 outside '0'..'9'.
var latin1Numeric = map[Char]float64{0xB2: 2, 0xB3: 3, 0xB9: 1, 0xBC: 0.25, 0xBD: 0.5, 0xBE: 0.75}

// CharGetNumericValue is Char.GetNumericValue: the value of a decimal digit
// of any script (category Nd) or of a Latin-1 numeric character (² ½ ...),
// else -1. Other numeric characters (Roman numerals, CJK numbers) are not
// in Go's Unicode tables and give -1.
func CharGetNumericValue(c Char) float64 {
	if c >= '0' && c <= '9' {
		return float64(c - '0')
	}
	if v, ok := latin1Numeric[c]; ok {
		return v
	}
	if !CharIsDigit(c) {
		return -1
	}
	// Nd characters come in contiguous runs of ten starting at zero.
	r := rune(c)
	for d := 0; d <= 9; d++ {
		if !unicode.IsDigit(r - rune(d)) {
			return float64(d - 1)
		}
	}
	return float64((int(c) - 0x30) % 10)
}

// CharParse is Char.Parse(string): the string must be exactly one UTF-16
// code unit long, else FormatException "String must be exactly one character long.".
func CharParse(s string) Char {
	var c Char
	if !CharTryParse(s, &c) {
		panic(NewFormatException("String must be exactly one character long."))
	}
	return c
}

// CharTryParse is Char.TryParse(string, out char).
func CharTryParse(s string, result *Char) bool {
	u := utf16.Encode([]rune(s))
	if len(u) != 1 {
		*result = 0
		return false
	}
	*result = Char(u[0])
	return true
}

// CharIsDigitAt is Char.IsDigit(string, index).
func CharIsDigitAt(s string, index int32) bool { return CharIsDigit(StringCharAt(s, index)) }

// CharIsLetterAt is Char.IsLetter(string, index).
func CharIsLetterAt(s string, index int32) bool { return CharIsLetter(StringCharAt(s, index)) }

// CharIsWhiteSpaceAt is Char.IsWhiteSpace(string, index).
func CharIsWhiteSpaceAt(s string, index int32) bool { return CharIsWhiteSpace(StringCharAt(s, index)) }

// CharConvertFromUtf32 is Char.ConvertFromUtf32(int): the string for a code point.
func CharConvertFromUtf32(utf32 int32) string {
	if utf32 < 0 || utf32 > 0x10FFFF || utf32 >= 0xD800 && utf32 <= 0xDFFF {
		panic(NewArgumentOutOfRangeExceptionMessage("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff)."))
	}
	return string(rune(utf32))
}
