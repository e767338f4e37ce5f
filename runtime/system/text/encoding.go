// System.Text.Encoding and its built-in encodings (UTF-8, ASCII, Latin-1,
// UTF-16 LE/BE, UTF-32 LE/BE) with .NET's replacement-fallback behaviour.

package text

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
)

type encKind int8

const (
	kindUTF8 encKind = iota
	kindASCII
	kindLatin1
	kindUTF16LE
	kindUTF16BE
	kindUTF32LE
	kindUTF32BE
)

// encInfo is the fixed description of one encoding kind: its names are the
// values .NET Core reports (EncodingName from the Globalization_cp_* resources).
type encInfo struct {
	codePage     int32
	webName      string
	encodingName string
	preamble     []byte
	singleByte   bool
	class        string // .NET class name of `new XxxEncoding(...)`
}

var encInfos = [...]encInfo{
	kindUTF8:    {65001, "utf-8", "Unicode (UTF-8)", []byte{0xEF, 0xBB, 0xBF}, false, "System.Text.UTF8Encoding"},
	kindASCII:   {20127, "us-ascii", "US-ASCII", nil, true, "System.Text.ASCIIEncoding"},
	kindLatin1:  {28591, "iso-8859-1", "Western European (ISO)", nil, true, "System.Text.Latin1Encoding"},
	kindUTF16LE: {1200, "utf-16", "Unicode", []byte{0xFF, 0xFE}, false, "System.Text.UnicodeEncoding"},
	kindUTF16BE: {1201, "utf-16BE", "Unicode (Big-Endian)", []byte{0xFE, 0xFF}, false, "System.Text.UnicodeEncoding"},
	kindUTF32LE: {12000, "utf-32", "Unicode (UTF-32)", []byte{0xFF, 0xFE, 0x00, 0x00}, false, "System.Text.UTF32Encoding"},
	kindUTF32BE: {12001, "utf-32BE", "Unicode (UTF-32 Big-Endian)", []byte{0x00, 0x00, 0xFE, 0xFF}, false, "System.Text.UTF32Encoding"},
}

// Encoding is System.Text.Encoding. Its subclasses (UTF8Encoding,
// ASCIIEncoding, UnicodeEncoding, UTF32Encoding, Latin1Encoding) are all
// *Encoding here; their constructors are NewUTF8Encoding and friends.
// Values are immutable and safe for concurrent use.
//
// Decoding replaces invalid input with U+FFFD as .NET Core does (for UTF-8,
// one U+FFFD per maximal invalid subpart, the Unicode best practice .NET
// Core 3.0+ follows); encoding replaces characters the encoding cannot
// represent with '?' (ASCII; two for a surrogate pair, as .NET's
// replacement fallback does), with Latin-1's best-fit look-alike (A for
// U+0100, an apostrophe for U+2019) or '?', or with U+FFFD (lone surrogates in the Unicode
// encodings). The throwOnInvalid constructor variants are not offered.
type Encoding struct {
	kind    encKind
	emitBOM bool
	sealed  bool // the shared instance behind the static property (its ToString differs)
}

var (
	utf8BOM        = &Encoding{kind: kindUTF8, emitBOM: true, sealed: true}
	utf8NoBOM      = &Encoding{kind: kindUTF8, sealed: true}
	asciiEnc       = &Encoding{kind: kindASCII, sealed: true}
	latin1Enc      = &Encoding{kind: kindLatin1, sealed: true}
	unicodeEnc     = &Encoding{kind: kindUTF16LE, emitBOM: true}
	bigEndianEnc   = &Encoding{kind: kindUTF16BE, emitBOM: true}
	utf32Enc       = &Encoding{kind: kindUTF32LE, emitBOM: true}
	utf32BigEndian = &Encoding{kind: kindUTF32BE, emitBOM: true}
)

// EncodingUTF8 is Encoding.UTF8: UTF-8 whose GetPreamble is the BOM EF BB BF.
func EncodingUTF8() *Encoding { return utf8BOM }

// EncodingDefault is Encoding.Default: on .NET Core, UTF-8 without a BOM
// (Mono and .NET Framework differ).
func EncodingDefault() *Encoding { return utf8NoBOM }

// EncodingASCII is Encoding.ASCII (code page 20127).
func EncodingASCII() *Encoding { return asciiEnc }

// EncodingLatin1 is Encoding.Latin1 (ISO-8859-1, code page 28591).
func EncodingLatin1() *Encoding { return latin1Enc }

// EncodingUnicode is Encoding.Unicode: UTF-16 little-endian with a BOM.
func EncodingUnicode() *Encoding { return unicodeEnc }

// EncodingBigEndianUnicode is Encoding.BigEndianUnicode: UTF-16 big-endian with a BOM.
func EncodingBigEndianUnicode() *Encoding { return bigEndianEnc }

// EncodingUTF32 is Encoding.UTF32: UTF-32 little-endian with a BOM.
func EncodingUTF32() *Encoding { return utf32Enc }

// NewUTF8Encoding is `new UTF8Encoding(encoderShouldEmitUTF8Identifier)`;
// `new UTF8Encoding()` passes false.
func NewUTF8Encoding(encoderShouldEmitUTF8Identifier bool) *Encoding {
	return &Encoding{kind: kindUTF8, emitBOM: encoderShouldEmitUTF8Identifier}
}

// NewASCIIEncoding is `new ASCIIEncoding()`.
func NewASCIIEncoding() *Encoding { return &Encoding{kind: kindASCII} }

// NewUnicodeEncoding is `new UnicodeEncoding(bigEndian, byteOrderMark)`;
// `new UnicodeEncoding()` passes (false, true).
func NewUnicodeEncoding(bigEndian, byteOrderMark bool) *Encoding {
	k := kindUTF16LE
	if bigEndian {
		k = kindUTF16BE
	}
	return &Encoding{kind: k, emitBOM: byteOrderMark}
}

// NewUTF32Encoding is `new UTF32Encoding(bigEndian, byteOrderMark)`;
// `new UTF32Encoding()` passes (false, true).
func NewUTF32Encoding(bigEndian, byteOrderMark bool) *Encoding {
	k := kindUTF32LE
	if bigEndian {
		k = kindUTF32BE
	}
	return &Encoding{kind: k, emitBOM: byteOrderMark}
}

// encodingNames maps every name .NET Core's built-in EncodingTable knows
// (lower case) to a code page. UTF-7 is absent: .NET 5+ refuses it.
var encodingNames = map[string]int32{
	"ansi_x3.4-1968": 20127, "ansi_x3.4-1986": 20127, "ascii": 20127, "cp367": 20127,
	"csascii": 20127, "ibm367": 20127, "iso-ir-6": 20127, "iso646-us": 20127,
	"iso_646.irv:1991": 20127, "us": 20127, "us-ascii": 20127,
	"cp819": 28591, "csisolatin1": 28591, "ibm819": 28591, "iso-8859-1": 28591,
	"iso-ir-100": 28591, "iso8859-1": 28591, "iso_8859-1": 28591, "iso_8859-1:1987": 28591,
	"l1": 28591, "latin1": 28591,
	"iso-10646-ucs-2": 1200, "ucs-2": 1200, "unicode": 1200, "utf-16": 1200, "utf-16le": 1200,
	"unicodefffe": 1201, "utf-16be": 1201,
	"utf-32": 12000, "utf-32le": 12000, "utf-32be": 12001,
	"unicode-1-1-utf-8": 65001, "unicode-2-0-utf-8": 65001, "utf-8": 65001,
	"x-unicode-1-1-utf-8": 65001, "x-unicode-2-0-utf-8": 65001,
}

// EncodingGetEncoding is Encoding.GetEncoding(name): the name or alias is
// matched case-insensitively; unknown names throw ArgumentException with
// .NET's text (code-page encodings such as windows-1252 need .NET's
// CodePagesEncodingProvider, which is not offered, so they are unknown too).
func EncodingGetEncoding(name string) *Encoding {
	cp, ok := encodingNames[strings.ToLower(name)]
	if !ok {
		panic(system.NewArgumentExceptionParam("'"+name+"' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.", "name"))
	}
	return EncodingGetEncodingCodePage(cp)
}

// EncodingGetEncodingCodePage is Encoding.GetEncoding(codepage). Code page
// 0 is Encoding.Default; code pages .NET Core has no data for throw
// NotSupportedException as it does.
func EncodingGetEncodingCodePage(codepage int32) *Encoding {
	switch codepage {
	case 0:
		return utf8NoBOM
	case 65001:
		return utf8BOM
	case 20127:
		return asciiEnc
	case 28591:
		return latin1Enc
	case 1200:
		return unicodeEnc
	case 1201:
		return bigEndianEnc
	case 12000:
		return utf32Enc
	case 12001:
		return utf32BigEndian
	case 1, 2, 3, 42:
		panic(system.NewArgumentExceptionParam(itoa(codepage)+" is not a supported code page.", "codepage"))
	}
	if codepage < 0 || codepage > 65535 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("codepage", "Valid values are between 0 and 65535, inclusive."))
	}
	panic(system.NewNotSupportedException("No data is available for encoding " + itoa(codepage) + ". For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method."))
}

// EncodingConvert is Encoding.Convert(srcEncoding, dstEncoding, bytes).
func EncodingConvert(srcEncoding, dstEncoding *Encoding, bytes []byte) []byte {
	if srcEncoding == nil {
		panic(system.NewArgumentNullException("srcEncoding"))
	}
	if dstEncoding == nil {
		panic(system.NewArgumentNullException("dstEncoding"))
	}
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	return dstEncoding.encodeUnits(srcEncoding.decodeUnits(bytes))
}

func itoa(n int32) string { return system.ObjectToString(n) }

func (e *Encoding) info() *encInfo { return &encInfos[e.kind] }

// CodePage is Encoding.CodePage.
func (e *Encoding) CodePage() int32 { return e.info().codePage }

// WebName is Encoding.WebName (the IANA name: "utf-8", "us-ascii", ...).
func (e *Encoding) WebName() string { return e.info().webName }

// BodyName is Encoding.BodyName; for the built-in encodings it equals WebName.
func (e *Encoding) BodyName() string { return e.info().webName }

// HeaderName is Encoding.HeaderName; for the built-in encodings it equals WebName.
func (e *Encoding) HeaderName() string { return e.info().webName }

// EncodingName is Encoding.EncodingName ("Unicode (UTF-8)", "US-ASCII", ...).
func (e *Encoding) EncodingName() string { return e.info().encodingName }

// IsSingleByte is Encoding.IsSingleByte.
func (e *Encoding) IsSingleByte() bool { return e.info().singleByte }

// GetPreamble is Encoding.GetPreamble(): the byte-order mark a writer puts
// first, empty when the encoding was made without one.
func (e *Encoding) GetPreamble() []byte {
	if !e.emitBOM {
		return []byte{}
	}
	return append([]byte{}, e.info().preamble...)
}

// Equals is Encoding.Equals: same code page and, for the Unicode
// encodings, the same BOM setting (as UTF8Encoding.Equals compares it).
func (e *Encoding) Equals(other any) bool {
	o, ok := other.(*Encoding)
	if !ok || o == nil {
		return false
	}
	return e.kind == o.kind && (e.info().singleByte || e.emitBOM == o.emitBOM)
}

// GetHashCode is Encoding.GetHashCode.
func (e *Encoding) GetHashCode() int32 {
	h := e.CodePage()
	if e.emitBOM {
		h++
	}
	return h
}

// ToString is Object.ToString() of the encoding: its .NET class name; the
// shared instances of Encoding.UTF8/ASCII/Latin1 are .NET's sealed nested classes.
func (e *Encoding) ToString() string {
	c := e.info().class
	if e.sealed {
		switch e.kind {
		case kindUTF8:
			return c + "+UTF8EncodingSealed"
		case kindASCII:
			return c + "+ASCIIEncodingSealed"
		case kindLatin1:
			return c + "+Latin1EncodingSealed"
		}
	}
	return c
}

// GetMaxByteCount is Encoding.GetMaxByteCount(charCount).
func (e *Encoding) GetMaxByteCount(charCount int32) int32 {
	if charCount < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("charCount", "Non-negative number required."))
	}
	n := int64(charCount) + 1
	switch e.kind {
	case kindUTF8:
		n *= 3
	case kindUTF16LE, kindUTF16BE:
		n *= 2
	case kindUTF32LE, kindUTF32BE:
		n *= 4
	}
	if n > 0x7FFFFFFF {
		panic(system.NewArgumentOutOfRangeExceptionMessage("charCount", "Too many characters. The resulting number of bytes is larger than what can be returned as an int."))
	}
	return int32(n)
}

// GetMaxCharCount is Encoding.GetMaxCharCount(byteCount).
func (e *Encoding) GetMaxCharCount(byteCount int32) int32 {
	if byteCount < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("byteCount", "Non-negative number required."))
	}
	n := int64(byteCount)
	switch e.kind {
	case kindUTF8:
		n++
	case kindUTF16LE, kindUTF16BE:
		n = n>>1 + n&1 + 1
	case kindUTF32LE, kindUTF32BE:
		n = n/2 + 2
	}
	return int32(n)
}

// GetBytes is Encoding.GetBytes(string).
func (e *Encoding) GetBytes(s string) []byte {
	if e.kind == kindUTF8 && utf8.ValidString(s) {
		return []byte(s)
	}
	return e.encodeUnits(StringToUTF16(s))
}

// GetBytesChars is Encoding.GetBytes(char[]).
func (e *Encoding) GetBytesChars(chars []system.Char) []byte {
	if chars == nil {
		panic(system.NewArgumentNullException("chars"))
	}
	return e.encodeUnits(charsToUnits(chars))
}

// GetBytesCharsRange is Encoding.GetBytes(char[] chars, int index, int count).
func (e *Encoding) GetBytesCharsRange(chars []system.Char, index, count int32) []byte {
	if chars == nil {
		panic(system.NewArgumentNullException("chars"))
	}
	checkRange(len(chars), index, count, "index", "count", "chars", "Index and count must refer to a location within the buffer.")
	return e.encodeUnits(charsToUnits(chars[index : index+count]))
}

// GetBytesInto is Encoding.GetBytes(string s, int charIndex, int charCount,
// byte[] bytes, int byteIndex): it encodes s's UTF-16 units
// [charIndex, charIndex+charCount) into bytes at byteIndex and returns the
// number of bytes written.
func (e *Encoding) GetBytesInto(s string, charIndex, charCount int32, bytes []byte, byteIndex int32) int32 {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	units := StringToUTF16(s)
	checkRange(len(units), charIndex, charCount, "charIndex", "charCount", "s", "Index and count must refer to a location within the string.")
	if byteIndex < 0 || int(byteIndex) > len(bytes) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection."))
	}
	out := e.encodeUnits(units[charIndex : charIndex+charCount])
	if len(out) > len(bytes)-int(byteIndex) {
		panic(system.NewArgumentExceptionParam("The output byte buffer is too small to contain the encoded data, encoding codepage '"+itoa(e.CodePage())+"' and fallback 'System.Text.EncoderReplacementFallback'.", "bytes"))
	}
	return int32(copy(bytes[byteIndex:], out))
}

// GetByteCount is Encoding.GetByteCount(string).
func (e *Encoding) GetByteCount(s string) int32 {
	if e.kind == kindUTF8 && utf8.ValidString(s) {
		return int32(len(s))
	}
	return int32(len(e.encodeUnits(StringToUTF16(s))))
}

// GetByteCountChars is Encoding.GetByteCount(char[]).
func (e *Encoding) GetByteCountChars(chars []system.Char) int32 {
	if chars == nil {
		panic(system.NewArgumentNullException("chars"))
	}
	return int32(len(e.encodeUnits(charsToUnits(chars))))
}

// GetString is Encoding.GetString(byte[]).
func (e *Encoding) GetString(bytes []byte) string {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	return e.decodeString(bytes)
}

// GetStringRange is Encoding.GetString(byte[] bytes, int index, int count).
func (e *Encoding) GetStringRange(bytes []byte, index, count int32) string {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	checkRange(len(bytes), index, count, "index", "count", "bytes", "Index and count must refer to a location within the buffer.")
	return e.decodeString(bytes[index : index+count])
}

// GetChars is Encoding.GetChars(byte[]).
func (e *Encoding) GetChars(bytes []byte) []system.Char {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	return unitsToChars(e.decodeUnits(bytes))
}

// GetCharsRange is Encoding.GetChars(byte[] bytes, int index, int count).
func (e *Encoding) GetCharsRange(bytes []byte, index, count int32) []system.Char {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	checkRange(len(bytes), index, count, "index", "count", "bytes", "Index and count must refer to a location within the buffer.")
	return unitsToChars(e.decodeUnits(bytes[index : index+count]))
}

// GetCharCount is Encoding.GetCharCount(byte[]): the number of UTF-16
// units GetChars would produce.
func (e *Encoding) GetCharCount(bytes []byte) int32 {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	return int32(len(e.decodeUnits(bytes)))
}

// GetDecoder is Encoding.GetDecoder(): a decoder that keeps an incomplete
// trailing sequence between calls.
func (e *Encoding) GetDecoder() *Decoder { return &Decoder{enc: e} }

// checkRange validates an (index, count) pair against a length with the
// argument names and message .NET uses for that overload.
func checkRange(length int, index, count int32, indexName, countName, bufName, msg string) {
	if index < 0 || count < 0 {
		name := countName
		if index < 0 {
			name = indexName
		}
		panic(system.NewArgumentOutOfRangeExceptionMessage(name, "Non-negative number required."))
	}
	if int64(length)-int64(index) < int64(count) {
		panic(system.NewArgumentOutOfRangeExceptionMessage(bufName, msg))
	}
}

// ---- UTF-16 view of Go strings ----

// StringToUTF16 returns the UTF-16 code units .NET sees for a Go string.
// Valid UTF-8 maps rune by rune; a surrogate encoded on its own (the
// 3-byte form ED A0..BF xx that WTF-8 uses for C#'s lone surrogates) is
// that one unit; any other invalid byte is U+FFFD.
func StringToUTF16(s string) []uint16 {
	units := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
				units = append(units, 0xD000|uint16(s[i+1]&0x3F)<<6|uint16(s[i+2]&0x3F))
				i += 3
				continue
			}
			units = append(units, 0xFFFD)
			i++
			continue
		}
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			units = append(units, uint16(r1), uint16(r2))
		} else {
			units = append(units, uint16(r))
		}
		i += size
	}
	return units
}

// UTF16ToString makes a Go string from UTF-16 units: pairs combine, and a
// lone surrogate becomes U+FFFD, as the system package's string functions
// do (a Go string cannot hold one faithfully).
func UTF16ToString(units []uint16) string {
	var sb strings.Builder
	sb.Grow(len(units))
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u < 0xD800 || u > 0xDFFF:
			sb.WriteRune(rune(u))
		case u <= 0xDBFF && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			sb.WriteRune(utf16.DecodeRune(rune(u), rune(units[i+1])))
			i++
		default:
			sb.WriteRune(0xFFFD)
		}
	}
	return sb.String()
}

func charsToUnits(chars []system.Char) []uint16 {
	units := make([]uint16, len(chars))
	for i, c := range chars {
		units[i] = uint16(c)
	}
	return units
}

func unitsToChars(units []uint16) []system.Char {
	chars := make([]system.Char, len(units))
	for i, u := range units {
		chars[i] = system.Char(u)
	}
	return chars
}

// ---- encoding ----

// encodeUnits encodes UTF-16 units. Unpaired surrogates become U+FFFD in
// the Unicode encodings and '?' in the single-byte ones; a pair the
// single-byte encodings cannot hold becomes "??" (.NET's replacement
// fallback doubles its string for a pair).
func (e *Encoding) encodeUnits(units []uint16) []byte {
	out := make([]byte, 0, len(units))
	for i := 0; i < len(units); i++ {
		u := units[i]
		r := rune(u)
		pair := false
		if u >= 0xD800 && u <= 0xDBFF && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF {
			r = utf16.DecodeRune(r, rune(units[i+1]))
			pair = true
			i++
		} else if u >= 0xD800 && u <= 0xDFFF {
			r = 0xFFFD // lone surrogate
		}
		switch e.kind {
		case kindUTF8:
			out = utf8.AppendRune(out, r)
		case kindASCII, kindLatin1:
			limit := rune(0x7F)
			if e.kind == kindLatin1 {
				limit = 0xFF
			}
			switch {
			case pair:
				out = append(out, '?', '?')
			case r <= limit:
				out = append(out, byte(r))
			default:
				// Latin-1 falls back to a look-alike where .NET's best-fit
				// table has one; ASCII always to '?'.
				if b, ok := latin1BestFit[u]; ok && e.kind == kindLatin1 {
					out = append(out, b)
				} else {
					out = append(out, '?')
				}
			}
		case kindUTF16LE, kindUTF16BE:
			if r >= 0x10000 {
				r1, r2 := utf16.EncodeRune(r)
				out = e.appendUnit(out, uint16(r1))
				out = e.appendUnit(out, uint16(r2))
			} else {
				out = e.appendUnit(out, uint16(r))
			}
		case kindUTF32LE:
			out = append(out, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		case kindUTF32BE:
			out = append(out, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
		}
	}
	return out
}

func (e *Encoding) appendUnit(out []byte, u uint16) []byte {
	if e.kind == kindUTF16BE {
		return append(out, byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8))
}

// ---- decoding ----

func (e *Encoding) decodeString(b []byte) string {
	if e.kind == kindUTF8 && utf8.Valid(b) {
		return string(b)
	}
	return UTF16ToString(e.decodeUnits(b))
}

func (e *Encoding) decodeUnits(b []byte) []uint16 {
	units, _ := e.decodeAppend(nil, b, true)
	return units
}

// decodeAppend decodes b onto units. Unless flush is set, an incomplete
// sequence at the end of b is left undecoded; the second result is the
// number of bytes consumed.
func (e *Encoding) decodeAppend(units []uint16, b []byte, flush bool) ([]uint16, int) {
	switch e.kind {
	case kindASCII:
		for _, c := range b {
			if c > 0x7F {
				c = '?'
			}
			units = append(units, uint16(c))
		}
		return units, len(b)
	case kindLatin1:
		for _, c := range b {
			units = append(units, uint16(c))
		}
		return units, len(b)
	case kindUTF8:
		return decodeUTF8(units, b, flush)
	case kindUTF16LE, kindUTF16BE:
		return e.decodeUTF16(units, b, flush)
	default:
		return e.decodeUTF32(units, b, flush)
	}
}

func appendRuneUnits(units []uint16, r rune) []uint16 {
	if r >= 0x10000 {
		r1, r2 := utf16.EncodeRune(r)
		return append(units, uint16(r1), uint16(r2))
	}
	return append(units, uint16(r))
}

// decodeUTF8 follows Unicode's "U+FFFD substitution of maximal subparts"
// (Unicode 12 §3.9, Table 3-7 ranges): an ill-formed sequence is replaced
// by one U+FFFD per maximal prefix of a well-formed sequence, and the byte
// that broke it starts over.
func decodeUTF8(units []uint16, b []byte, flush bool) ([]uint16, int) {
	n := len(b)
	i := 0
	for i < n {
		c := b[i]
		if c < 0x80 {
			units = append(units, uint16(c))
			i++
			continue
		}
		need, lo, hi := 0, byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 1
		case c == 0xE0:
			need, lo = 2, 0xA0
		case c == 0xED:
			need, hi = 2, 0x9F
		case c >= 0xE1 && c <= 0xEF:
			need = 2
		case c == 0xF0:
			need, lo = 3, 0x90
		case c >= 0xF1 && c <= 0xF3:
			need = 3
		case c == 0xF4:
			need, hi = 3, 0x8F
		default:
			units = append(units, 0xFFFD)
			i++
			continue
		}
		j := i + 1
		valid := true
		for k := 0; k < need; k++ {
			if j >= n {
				if !flush {
					return units, i // incomplete: wait for more bytes
				}
				valid = false
				break
			}
			t := b[j]
			if k > 0 {
				lo, hi = 0x80, 0xBF
			}
			if t < lo || t > hi {
				valid = false
				break
			}
			j++
		}
		if !valid {
			units = append(units, 0xFFFD)
			i = j
			continue
		}
		r, _ := utf8.DecodeRune(b[i:j])
		units = appendRuneUnits(units, r)
		i = j
	}
	return units, n
}

func (e *Encoding) decodeUTF16(units []uint16, b []byte, flush bool) ([]uint16, int) {
	unit := func(i int) uint16 {
		if e.kind == kindUTF16BE {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i]) | uint16(b[i+1])<<8
	}
	i := 0
	for ; i+1 < len(b); i += 2 {
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			units = append(units, u)
		case u <= 0xDBFF:
			if i+3 < len(b) {
				if v := unit(i + 2); v >= 0xDC00 && v <= 0xDFFF {
					units = append(units, u, v)
					i += 2
					continue
				}
			} else if !flush {
				return units, i // the low surrogate may follow
			}
			units = append(units, 0xFFFD)
		default:
			units = append(units, 0xFFFD)
		}
	}
	if i < len(b) {
		if !flush {
			return units, i
		}
		units = append(units, 0xFFFD)
	}
	return units, len(b)
}

func (e *Encoding) decodeUTF32(units []uint16, b []byte, flush bool) ([]uint16, int) {
	i := 0
	for ; i+3 < len(b); i += 4 {
		var r rune
		if e.kind == kindUTF32BE {
			r = rune(uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3]))
		} else {
			r = rune(uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24)
		}
		if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
			r = 0xFFFD
		}
		units = appendRuneUnits(units, r)
	}
	if i < len(b) {
		if !flush {
			return units, i
		}
		units = append(units, 0xFFFD)
	}
	return units, len(b)
}

// Decoder is System.Text.Decoder: it decodes a byte stream delivered in
// pieces, keeping a sequence split across pieces until it is complete.
type Decoder struct {
	enc     *Encoding
	pending []byte
}

// DecodeString decodes the next piece of input to a string. With flush
// set (the end of the input) an incomplete trailing sequence becomes
// U+FFFD; otherwise it is kept for the next call. This is the primitive
// StreamReader builds on; .NET's Decoder.GetChars(bytes, ..., flush) is
// GetCharsFlush.
func (d *Decoder) DecodeString(b []byte, flush bool) string {
	return UTF16ToString(d.decode(b, flush))
}

// DecodeUnits is DecodeString returning UTF-16 code units, for readers
// that index text as .NET does.
func (d *Decoder) DecodeUnits(b []byte, flush bool) []uint16 { return d.decode(b, flush) }

func (d *Decoder) decode(b []byte, flush bool) []uint16 {
	in := b
	if len(d.pending) > 0 {
		in = append(d.pending, b...)
	}
	units, used := d.enc.decodeAppend(nil, in, flush)
	d.pending = append([]byte(nil), in[used:]...)
	return units
}

// GetCharsFlush is Decoder.GetChars(bytes, byteIndex, byteCount, chars,
// charIndex, flush): it returns the number of chars written.
func (d *Decoder) GetCharsFlush(bytes []byte, byteIndex, byteCount int32, chars []system.Char, charIndex int32, flush bool) int32 {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	if chars == nil {
		panic(system.NewArgumentNullException("chars"))
	}
	checkRange(len(bytes), byteIndex, byteCount, "byteIndex", "byteCount", "bytes", "Index and count must refer to a location within the buffer.")
	if charIndex < 0 || int(charIndex) > len(chars) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection."))
	}
	units := d.decode(bytes[byteIndex:byteIndex+byteCount], flush)
	if len(units) > len(chars)-int(charIndex) {
		panic(system.NewArgumentExceptionParam("The output char buffer is too small to contain the decoded characters, encoding codepage '"+itoa(d.enc.CodePage())+"' and fallback 'System.Text.DecoderReplacementFallback'.", "chars"))
	}
	for i, u := range units {
		chars[int(charIndex)+i] = system.Char(u)
	}
	return int32(len(units))
}

// GetChars is Decoder.GetChars(bytes, byteIndex, byteCount, chars, charIndex)
// (flush false).
func (d *Decoder) GetChars(bytes []byte, byteIndex, byteCount int32, chars []system.Char, charIndex int32) int32 {
	return d.GetCharsFlush(bytes, byteIndex, byteCount, chars, charIndex, false)
}

// Reset is Decoder.Reset(): it drops any kept partial sequence.
func (d *Decoder) Reset() { d.pending = nil }

// Encoder is System.Text.Encoder: it encodes text delivered in pieces,
// keeping a high surrogate that ends one piece until its low surrogate
// arrives (StreamWriter flushes its buffer through one).
type Encoder struct {
	enc     *Encoding
	pending uint16 // a trailing high surrogate not yet encoded, or 0
}

// GetEncoder is Encoding.GetEncoder().
func (e *Encoding) GetEncoder() *Encoder { return &Encoder{enc: e} }

// EncodeUnits encodes the next piece of UTF-16 text. Without flush, a
// trailing high surrogate is kept for the next call; with flush (the end
// of the text) it is encoded as an unpaired surrogate.
func (x *Encoder) EncodeUnits(units []uint16, flush bool) []byte {
	if x.pending != 0 {
		units = append([]uint16{x.pending}, units...)
		x.pending = 0
	}
	if !flush && len(units) > 0 {
		if last := units[len(units)-1]; last >= 0xD800 && last <= 0xDBFF {
			x.pending = last
			units = units[:len(units)-1]
		}
	}
	return x.enc.encodeUnits(units)
}

// Reset is Encoder.Reset(): it drops a kept high surrogate.
func (x *Encoder) Reset() { x.pending = 0 }
