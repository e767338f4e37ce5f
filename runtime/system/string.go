// System.String members as package functions over Go strings. Positions
// and lengths are counted in UTF-16 code units, as .NET counts them, so
// indexes computed by a translated program agree with .NET's; text is
// compared ordinally unless a function says otherwise.

package system

import (
	"math"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// StringComparison is System.StringComparison.
type StringComparison int32

// StringComparison values.
const (
	StringComparisonCurrentCulture             StringComparison = 0
	StringComparisonCurrentCultureIgnoreCase   StringComparison = 1
	StringComparisonInvariantCulture           StringComparison = 2
	StringComparisonInvariantCultureIgnoreCase StringComparison = 3
	StringComparisonOrdinal                    StringComparison = 4
	StringComparisonOrdinalIgnoreCase          StringComparison = 5
)

// StringSplitOptions is System.StringSplitOptions.
type StringSplitOptions int32

// StringSplitOptions values.
const (
	StringSplitOptionsNone               StringSplitOptions = 0
	StringSplitOptionsRemoveEmptyEntries StringSplitOptions = 1
	StringSplitOptionsTrimEntries        StringSplitOptions = 2
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// toUTF16 converts s to UTF-16 code units (invalid UTF-8 bytes become U+FFFD).
func toUTF16(s string) []uint16 {
	if isASCII(s) {
		u := make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			u[i] = uint16(s[i])
		}
		return u
	}
	return utf16.Encode([]rune(s))
}

// fromUTF16 converts code units back to a Go string; an unpaired surrogate
// (one half of a split pair) becomes U+FFFD, the one place where the Go
// representation cannot follow .NET.
func fromUTF16(u []uint16) string {
	ascii := true
	for _, c := range u {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return string(b)
	}
	return string(utf16.Decode(u))
}

// utf16Info describes one string for indexed access: whether it is ASCII
// (then byte and UTF-16 indexes agree) and otherwise its UTF-16 form.
type utf16Info struct {
	p     *byte // the string's data, which the cache entry keeps alive
	n     int
	ascii bool
	u     []uint16
}

// utf16Cache remembers the last strings used with StringLength and
// StringCharAt. Translated loops evaluate `s.Length` and `s[i]` on every
// iteration; without the cache each call would rescan the string and a
// loop over it would take quadratic time. Strings are immutable and the
// entry holds the data pointer, so (pointer, length) identifies the content.
var utf16Cache [16]atomic.Pointer[utf16Info]

// shortString is the length below which scanning is cheaper than the cache.
const shortString = 32

func stringInfo(s string) *utf16Info {
	p := unsafe.StringData(s)
	slot := &utf16Cache[(uintptr(unsafe.Pointer(p))>>4^uintptr(len(s)))%uintptr(len(utf16Cache))]
	if in := slot.Load(); in != nil && in.p == p && in.n == len(s) {
		return in
	}
	in := &utf16Info{p: p, n: len(s), ascii: isASCII(s)}
	if !in.ascii {
		in.u = utf16.Encode([]rune(s))
	}
	slot.Store(in)
	return in
}

// StringLength is String.Length: the number of UTF-16 code units.
func StringLength(s string) int32 {
	if len(s) >= shortString {
		in := stringInfo(s)
		if in.ascii {
			return int32(len(s))
		}
		return int32(len(in.u))
	}
	return int32(utf16Len(s))
}

// utf16Len counts the UTF-16 code units of s without the cache (for
// prefixes, which would only evict the strings being indexed).
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// StringCharAt is the indexer s[i]: the UTF-16 code unit at i. An index
// outside the string throws IndexOutOfRangeException.
func StringCharAt(s string, i int32) Char {
	if len(s) >= shortString {
		in := stringInfo(s)
		if in.ascii {
			if i < 0 || int(i) >= len(s) {
				panic(NewIndexOutOfRangeException(""))
			}
			return Char(s[i])
		}
		if i < 0 || int(i) >= len(in.u) {
			panic(NewIndexOutOfRangeException(""))
		}
		return Char(in.u[i])
	}
	if i >= 0 && int(i) < len(s) && isASCII(s[:i+1]) {
		return Char(s[i])
	}
	u := toUTF16(s)
	if i < 0 || int(i) >= len(u) {
		panic(NewIndexOutOfRangeException(""))
	}
	return Char(u[i])
}

// StringToCharArray is String.ToCharArray(), also what `foreach (char c in s)` iterates.
func StringToCharArray(s string) []Char {
	u := toUTF16(s)
	out := make([]Char, len(u))
	for i, c := range u {
		out[i] = Char(c)
	}
	return out
}

// StringToCharArrayRange is String.ToCharArray(startIndex, length).
func StringToCharArrayRange(s string, startIndex, length int32) []Char {
	return StringToCharArray(StringSubstringLength(s, startIndex, length))
}

func charsToUTF16(cs []Char) []uint16 {
	u := make([]uint16, len(cs))
	for i, c := range cs {
		u[i] = uint16(c)
	}
	return u
}

// NewStringChars is `new string(char[])`.
func NewStringChars(chars []Char) string { return fromUTF16(charsToUTF16(chars)) }

// NewStringCharsRange is `new string(char[], startIndex, length)`.
func NewStringCharsRange(chars []Char, startIndex, length int32) string {
	if startIndex < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "StartIndex cannot be less than zero."))
	}
	if length < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("length", "Length cannot be less than zero."))
	}
	if int(startIndex) > len(chars)-int(length) {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	return NewStringChars(chars[startIndex : startIndex+length])
}

// NewStringRepeat is `new string(c, count)`.
func NewStringRepeat(c Char, count int32) string {
	if count < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("count", "Non-negative number required."))
	}
	return strings.Repeat(CharToString(c), int(count))
}

// utf16View returns s for indexed reading: ascii is true when byte and
// UTF-16 indexes agree; otherwise u is the UTF-16 form, shared through the
// cache for long strings, so callers must not modify it.
func utf16View(s string) (u []uint16, ascii bool) {
	if len(s) >= shortString {
		in := stringInfo(s)
		return in.u, in.ascii
	}
	if isASCII(s) {
		return nil, true
	}
	return toUTF16(s), false
}

// StringSubstring is String.Substring(startIndex).
func StringSubstring(s string, startIndex int32) string {
	u, ascii := utf16View(s)
	if ascii {
		checkSubstring(int32(len(s)), startIndex, int32(len(s))-startIndex, false)
		return s[startIndex:]
	}
	checkSubstring(int32(len(u)), startIndex, int32(len(u))-startIndex, false)
	return fromUTF16(u[startIndex:])
}

// StringSubstringLength is String.Substring(startIndex, length), with
// .NET's ArgumentOutOfRangeException messages.
func StringSubstringLength(s string, startIndex, length int32) string {
	u, ascii := utf16View(s)
	if ascii {
		checkSubstring(int32(len(s)), startIndex, length, true)
		return s[startIndex : startIndex+length]
	}
	checkSubstring(int32(len(u)), startIndex, length, true)
	return fromUTF16(u[startIndex : startIndex+length])
}

func checkSubstring(n, startIndex, length int32, hasLength bool) {
	if startIndex < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "StartIndex cannot be less than zero."))
	}
	if startIndex > n {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "startIndex cannot be larger than length of string."))
	}
	if !hasLength {
		return
	}
	if length < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("length", "Length cannot be less than zero."))
	}
	if startIndex > n-length {
		panic(NewArgumentOutOfRangeExceptionMessage("length", "Index and length must refer to a location within the string."))
	}
}

// utf16Index converts a byte offset in s into a UTF-16 index.
func utf16Index(s string, byteOff int) int32 {
	if byteOff < 0 {
		return -1
	}
	return int32(utf16Len(s[:byteOff]))
}

// byteOffset converts a UTF-16 index into a byte offset of s. An index
// inside a surrogate pair maps to the start of its character.
func byteOffset(s string, index int32) int {
	if int(index) <= len(s) && isASCII(s[:index]) {
		return int(index)
	}
	n := int32(0)
	for i, r := range s {
		if n >= index {
			return i
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return len(s)
}

func checkStartIndex(s string, startIndex int32) {
	if startIndex < 0 || startIndex > StringLength(s) {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection."))
	}
}

// StringIndexOf is String.IndexOf(string), compared ordinally. .NET
// compares with the current culture here, which differs from ordinal for
// ignorable characters (e.g. "\0", soft hyphen) and, with ICU on Linux
// (.NET 5+), inside grapheme clusters: there "a\r\nb".IndexOf("\n") is -1,
// while the runtime finds it at 2, as ordinal search and .NET on Windows do.
func StringIndexOf(s, value string) int32 { return utf16Index(s, strings.Index(s, value)) }

// StringIndexOfFrom is String.IndexOf(string, startIndex).
func StringIndexOfFrom(s, value string, startIndex int32) int32 {
	checkStartIndex(s, startIndex)
	off := byteOffset(s, startIndex)
	i := strings.Index(s[off:], value)
	if i < 0 {
		return -1
	}
	return utf16Index(s, off+i)
}

// StringIndexOfComparison is String.IndexOf(string, StringComparison).
func StringIndexOfComparison(s, value string, comparisonType StringComparison) int32 {
	if ignoreCase(comparisonType) {
		return indexFold(toUTF16(s), toUTF16(value))
	}
	return StringIndexOf(s, value)
}

// StringIndexOfChar is String.IndexOf(char).
func StringIndexOfChar(s string, c Char) int32 {
	if c < utf8.RuneSelf {
		return utf16Index(s, strings.IndexByte(s, byte(c)))
	}
	for i, u := range toUTF16(s) {
		if u == uint16(c) {
			return int32(i)
		}
	}
	return -1
}

// StringIndexOfCharFrom is String.IndexOf(char, startIndex).
func StringIndexOfCharFrom(s string, c Char, startIndex int32) int32 {
	checkStartIndex(s, startIndex)
	u, ascii := utf16View(s)
	if ascii {
		if c >= utf8.RuneSelf {
			return -1
		}
		i := strings.IndexByte(s[startIndex:], byte(c))
		if i < 0 {
			return -1
		}
		return startIndex + int32(i)
	}
	for i := int(startIndex); i < len(u); i++ {
		if u[i] == uint16(c) {
			return int32(i)
		}
	}
	return -1
}

// StringIndexOfAny is String.IndexOfAny(char[]).
func StringIndexOfAny(s string, anyOf []Char) int32 {
	for i, u := range toUTF16(s) {
		for _, c := range anyOf {
			if u == uint16(c) {
				return int32(i)
			}
		}
	}
	return -1
}

// StringLastIndexOf is String.LastIndexOf(string), ordinal. An empty value
// is found at the end of the string: index Length, as in .NET 5+ (earlier
// .NET and Mono return Length-1).
func StringLastIndexOf(s, value string) int32 {
	if value == "" {
		return StringLength(s)
	}
	return utf16Index(s, strings.LastIndex(s, value))
}

// StringLastIndexOfComparison is String.LastIndexOf(string, StringComparison).
func StringLastIndexOfComparison(s, value string, comparisonType StringComparison) int32 {
	if !ignoreCase(comparisonType) || value == "" {
		return StringLastIndexOf(s, value)
	}
	hs, nd := toUTF16(s), toUTF16(value)
	for i := len(hs) - len(nd); i >= 0; i-- {
		if equalFoldUTF16(hs[i:i+len(nd)], nd) {
			return int32(i)
		}
	}
	return -1
}

// StringLastIndexOfChar is String.LastIndexOf(char).
func StringLastIndexOfChar(s string, c Char) int32 {
	if c < utf8.RuneSelf {
		return utf16Index(s, strings.LastIndexByte(s, byte(c)))
	}
	u := toUTF16(s)
	for i := len(u) - 1; i >= 0; i-- {
		if u[i] == uint16(c) {
			return int32(i)
		}
	}
	return -1
}

// StringLastIndexOfAny is String.LastIndexOfAny(char[]).
func StringLastIndexOfAny(s string, anyOf []Char) int32 {
	u := toUTF16(s)
	for i := len(u) - 1; i >= 0; i-- {
		for _, c := range anyOf {
			if u[i] == uint16(c) {
				return int32(i)
			}
		}
	}
	return -1
}

// StringContains is String.Contains(string) (ordinal, as in .NET).
func StringContains(s, value string) bool { return strings.Contains(s, value) }

// StringContainsChar is String.Contains(char).
func StringContainsChar(s string, c Char) bool { return StringIndexOfChar(s, c) >= 0 }

// StringContainsComparison is String.Contains(string, StringComparison).
func StringContainsComparison(s, value string, comparisonType StringComparison) bool {
	return StringIndexOfComparison(s, value, comparisonType) >= 0
}

// StringStartsWith is String.StartsWith(string). .NET compares with the
// current culture by default; the runtime compares ordinally, which agrees
// except for culture-ignorable characters.
func StringStartsWith(s, value string) bool { return strings.HasPrefix(s, value) }

// StringStartsWithChar is String.StartsWith(char).
func StringStartsWithChar(s string, c Char) bool {
	return s != "" && StringCharAt(s, 0) == c
}

// StringStartsWithComparison is String.StartsWith(string, StringComparison).
func StringStartsWithComparison(s, value string, comparisonType StringComparison) bool {
	if ignoreCase(comparisonType) {
		hs, nd := toUTF16(s), toUTF16(value)
		return len(nd) <= len(hs) && equalFoldUTF16(hs[:len(nd)], nd)
	}
	return strings.HasPrefix(s, value)
}

// StringStartsWithIgnoreCase is String.StartsWith(string, ignoreCase, culture).
func StringStartsWithIgnoreCase(s, value string, ignoreCase bool) bool {
	if ignoreCase {
		return StringStartsWithComparison(s, value, StringComparisonOrdinalIgnoreCase)
	}
	return strings.HasPrefix(s, value)
}

// StringEndsWith is String.EndsWith(string); ordinal, see StringStartsWith.
func StringEndsWith(s, value string) bool { return strings.HasSuffix(s, value) }

// StringEndsWithChar is String.EndsWith(char).
func StringEndsWithChar(s string, c Char) bool {
	u := toUTF16(s)
	return len(u) > 0 && u[len(u)-1] == uint16(c)
}

// StringEndsWithComparison is String.EndsWith(string, StringComparison).
func StringEndsWithComparison(s, value string, comparisonType StringComparison) bool {
	if ignoreCase(comparisonType) {
		hs, nd := toUTF16(s), toUTF16(value)
		return len(nd) <= len(hs) && equalFoldUTF16(hs[len(hs)-len(nd):], nd)
	}
	return strings.HasSuffix(s, value)
}

func ignoreCase(c StringComparison) bool {
	switch c {
	case StringComparisonCurrentCultureIgnoreCase, StringComparisonInvariantCultureIgnoreCase, StringComparisonOrdinalIgnoreCase:
		return true
	case StringComparisonCurrentCulture, StringComparisonInvariantCulture, StringComparisonOrdinal:
		return false
	}
	panic(NewArgumentExceptionParam("The string comparison type passed in is currently not supported.", "comparisonType"))
}

// foldUnit is the per-code-unit upper-casing that OrdinalIgnoreCase uses.
func foldUnit(c uint16) uint16 {
	if c < utf8.RuneSelf {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if c >= 0xD800 && c <= 0xDFFF {
		return c
	}
	u := unicode.ToUpper(rune(c))
	if u > 0xFFFF {
		return c
	}
	return uint16(u)
}

func equalFoldUTF16(a, b []uint16) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && foldUnit(a[i]) != foldUnit(b[i]) {
			return false
		}
	}
	return true
}

func indexFold(hs, nd []uint16) int32 {
	for i := 0; i+len(nd) <= len(hs); i++ {
		if equalFoldUTF16(hs[i:i+len(nd)], nd) {
			return int32(i)
		}
	}
	return -1
}

// StringEquals is String.Equals(string, string) and `==` on strings.
func StringEquals(a, b string) bool { return a == b }

// StringEqualsComparison is String.Equals(a, b, StringComparison).
func StringEqualsComparison(a, b string, comparisonType StringComparison) bool {
	if ignoreCase(comparisonType) {
		if a == b {
			return true
		}
		return equalFoldUTF16(toUTF16(a), toUTF16(b))
	}
	return a == b
}

// StringCompareOrdinal is String.CompareOrdinal(a, b): like .NET it returns
// the difference of the first differing UTF-16 code units, or of the
// lengths, not just its sign.
func StringCompareOrdinal(a, b string) int32 {
	if a == b {
		return 0
	}
	ua, ub := toUTF16(a), toUTF16(b)
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return int32(ua[i]) - int32(ub[i])
		}
	}
	return int32(len(ua) - len(ub))
}

// StringCompare is String.Compare(a, b) and a.CompareTo(b): -1, 0 or 1.
// .NET compares with the culture's collation; the runtime approximates it
// the way ICU orders common text: letters compare case-insensitively first
// (so "apple" < "Banana"), then lower case sorts before upper case ("a" <
// "A"); other characters compare by code point.
func StringCompare(a, b string) int32 {
	if a == b {
		return 0
	}
	if c := compareRunes(a, b, true); c != 0 {
		return c
	}
	// Equal ignoring case: lower case first.
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if ra[i] != rb[i] {
			if unicode.IsLower(ra[i]) && !unicode.IsLower(rb[i]) {
				return -1
			}
			if !unicode.IsLower(ra[i]) && unicode.IsLower(rb[i]) {
				return 1
			}
			if ra[i] < rb[i] {
				return -1
			}
			return 1
		}
	}
	return sign(len(ra) - len(rb))
}

func sign(n int) int32 {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// compareRunes compares rune by rune, optionally folding case.
func compareRunes(a, b string, fold bool) int32 {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		x, y := ra[i], rb[i]
		if fold {
			x, y = unicode.ToLower(x), unicode.ToLower(y)
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return sign(len(ra) - len(rb))
}

// StringCompareIgnoreCase is String.Compare(a, b, ignoreCase).
func StringCompareIgnoreCase(a, b string, ignoreCase bool) int32 {
	if ignoreCase {
		return compareRunes(a, b, true)
	}
	return StringCompare(a, b)
}

// StringCompareComparison is String.Compare(a, b, StringComparison).
func StringCompareComparison(a, b string, comparisonType StringComparison) int32 {
	switch comparisonType {
	case StringComparisonOrdinal:
		return StringCompareOrdinal(a, b)
	case StringComparisonOrdinalIgnoreCase:
		ua, ub := toUTF16(a), toUTF16(b)
		for i := 0; i < len(ua) && i < len(ub); i++ {
			x, y := foldUnit(ua[i]), foldUnit(ub[i])
			if x != y {
				return int32(x) - int32(y)
			}
		}
		return int32(len(ua) - len(ub))
	}
	if ignoreCase(comparisonType) {
		return compareRunes(a, b, true)
	}
	return StringCompare(a, b)
}

// StringIsNullOrEmpty is String.IsNullOrEmpty (null is "" in the runtime).
func StringIsNullOrEmpty(s string) bool { return s == "" }

// StringIsNullOrWhiteSpace is String.IsNullOrWhiteSpace.
func StringIsNullOrWhiteSpace(s string) bool {
	for _, r := range s {
		if !isWhiteSpaceRune(r) {
			return false
		}
	}
	return true
}

// StringEmpty is String.Empty.
func StringEmpty() string { return "" }

// StringReplace is String.Replace(oldValue, newValue), ordinal. An empty
// oldValue throws ArgumentException as in .NET.
func StringReplace(s, oldValue, newValue string) string {
	if oldValue == "" {
		panic(NewArgumentExceptionParam("String cannot be of zero length.", "oldValue"))
	}
	return strings.ReplaceAll(s, oldValue, newValue)
}

// StringReplaceChar is String.Replace(oldChar, newChar).
func StringReplaceChar(s string, oldChar, newChar Char) string {
	if oldChar < utf8.RuneSelf && newChar < utf8.RuneSelf {
		return strings.ReplaceAll(s, string(rune(oldChar)), string(rune(newChar)))
	}
	u := toUTF16(s)
	for i := range u {
		if u[i] == uint16(oldChar) {
			u[i] = uint16(newChar)
		}
	}
	return fromUTF16(u)
}

// StringReplaceComparison is String.Replace(oldValue, newValue, StringComparison).
func StringReplaceComparison(s, oldValue, newValue string, comparisonType StringComparison) string {
	if !ignoreCase(comparisonType) {
		return StringReplace(s, oldValue, newValue)
	}
	if oldValue == "" {
		panic(NewArgumentExceptionParam("String cannot be of zero length.", "oldValue"))
	}
	hs, nd := toUTF16(s), toUTF16(oldValue)
	var out []uint16
	nv := toUTF16(newValue)
	for i := 0; i < len(hs); {
		if i+len(nd) <= len(hs) && equalFoldUTF16(hs[i:i+len(nd)], nd) {
			out = append(out, nv...)
			i += len(nd)
			continue
		}
		out = append(out, hs[i])
		i++
	}
	return fromUTF16(out)
}

// StringInsert is String.Insert(startIndex, value).
func StringInsert(s string, startIndex int32, value string) string {
	if startIndex < 0 || startIndex > StringLength(s) {
		panic(NewArgumentOutOfRangeException("startIndex"))
	}
	off := byteOffset(s, startIndex)
	return s[:off] + value + s[off:]
}

// StringRemove is String.Remove(startIndex).
func StringRemove(s string, startIndex int32) string {
	if startIndex < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "StartIndex cannot be less than zero."))
	}
	if startIndex >= StringLength(s) {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "startIndex must be less than length of string."))
	}
	return StringSubstringLength(s, 0, startIndex)
}

// StringRemoveCount is String.Remove(startIndex, count).
func StringRemoveCount(s string, startIndex, count int32) string {
	if startIndex < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("startIndex", "StartIndex cannot be less than zero."))
	}
	if count < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("count", "Count cannot be less than zero."))
	}
	n := StringLength(s)
	if count > n-startIndex {
		panic(NewArgumentOutOfRangeExceptionMessage("count", "Index and count must refer to a location within the string."))
	}
	u := toUTF16(s)
	return fromUTF16(append(u[:startIndex:startIndex], u[startIndex+count:]...))
}

func trimSet(chars []Char) func(r rune) bool {
	if len(chars) == 0 {
		return isWhiteSpaceRune
	}
	return func(r rune) bool {
		for _, c := range chars {
			if rune(c) == r {
				return true
			}
		}
		return false
	}
}

// StringTrim is String.Trim() and String.Trim(params char[]): with no
// characters it removes white space (Char.IsWhiteSpace).
func StringTrim(s string, trimChars ...Char) string { return strings.TrimFunc(s, trimSet(trimChars)) }

// StringTrimStart is String.TrimStart(params char[]).
func StringTrimStart(s string, trimChars ...Char) string {
	return strings.TrimLeftFunc(s, trimSet(trimChars))
}

// StringTrimEnd is String.TrimEnd(params char[]).
func StringTrimEnd(s string, trimChars ...Char) string {
	return strings.TrimRightFunc(s, trimSet(trimChars))
}

// StringToUpper is String.ToUpper(). Casing is per character with the
// invariant (culture-neutral) mapping; the runtime has no Turkish-i rules.
func StringToUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return unicode.ToUpper(r)
		}
		return rune(CharToUpper(Char(r)))
	}, s)
}

// StringToLower is String.ToLower().
func StringToLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return unicode.ToLower(r)
		}
		return rune(CharToLower(Char(r)))
	}, s)
}

// StringToUpperInvariant is String.ToUpperInvariant().
func StringToUpperInvariant(s string) string { return StringToUpper(s) }

// StringToLowerInvariant is String.ToLowerInvariant().
func StringToLowerInvariant(s string) string { return StringToLower(s) }

// StringPadLeft is String.PadLeft(totalWidth[, paddingChar]); the padding
// defaults to a space.
func StringPadLeft(s string, totalWidth int32, paddingChar ...Char) string {
	pad := padding(s, totalWidth, paddingChar)
	return pad + s
}

// StringPadRight is String.PadRight(totalWidth[, paddingChar]).
func StringPadRight(s string, totalWidth int32, paddingChar ...Char) string {
	return s + padding(s, totalWidth, paddingChar)
}

func padding(s string, totalWidth int32, paddingChar []Char) string {
	if totalWidth < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("totalWidth", "Non-negative number required."))
	}
	n := totalWidth - StringLength(s)
	if n <= 0 {
		return ""
	}
	c := Char(' ')
	if len(paddingChar) > 0 {
		c = paddingChar[0]
	}
	return strings.Repeat(CharToString(c), int(n))
}

// StringJoin is String.Join(separator, values) for string[], object[],
// IEnumerable<T> and params: each value is converted with ObjectToString
// (null elements become "").
func StringJoin[T any](separator string, values []T) string {
	if s, ok := any(values).([]string); ok {
		return strings.Join(s, separator)
	}
	var sb strings.Builder
	for i, v := range values {
		if i > 0 {
			sb.WriteString(separator)
		}
		sb.WriteString(ObjectToString(v))
	}
	return sb.String()
}

// StringJoinChar is String.Join(char separator, values).
func StringJoinChar[T any](separator Char, values []T) string {
	return StringJoin(CharToString(separator), values)
}

// StringJoinValues is String.Join(string separator, params object[] values).
func StringJoinValues(separator string, values ...any) string {
	return StringJoin(separator, values)
}

// StringConcat is String.Concat(params object[]) and the string overloads:
// each value is converted with ObjectToString and the results joined.
func StringConcat(values ...any) string {
	var sb strings.Builder
	for _, v := range values {
		sb.WriteString(ObjectToString(v))
	}
	return sb.String()
}

// StringSplit is String.Split(params char[]): with no separators it splits
// at white space.
func StringSplit(s string, separators ...Char) []string {
	return StringSplitChars(s, separators, math.MaxInt32, StringSplitOptionsNone)
}

// StringSplitOptionsChar is String.Split(char separator, StringSplitOptions).
func StringSplitOptionsChar(s string, separator Char, options StringSplitOptions) []string {
	return StringSplitChars(s, []Char{separator}, math.MaxInt32, options)
}

// StringSplitString is String.Split(string separator, StringSplitOptions
// options = None): options is C#'s optional parameter, so at most one is
// passed. An empty separator returns the whole string as the only element.
func StringSplitString(s, separator string, options ...StringSplitOptions) []string {
	return splitStrings(s, []string{separator}, true, math.MaxInt32, optionalSplitOptions(options))
}

// StringSplitCharCount is String.Split(char separator, int count,
// StringSplitOptions options = None).
func StringSplitCharCount(s string, separator Char, count int32, options ...StringSplitOptions) []string {
	return StringSplitChars(s, []Char{separator}, count, optionalSplitOptions(options))
}

// StringSplitStringCount is String.Split(string separator, int count,
// StringSplitOptions options = None).
func StringSplitStringCount(s, separator string, count int32, options ...StringSplitOptions) []string {
	return splitStrings(s, []string{separator}, true, count, optionalSplitOptions(options))
}

// StringSplitCharsOptions is String.Split(char[] separator, StringSplitOptions).
func StringSplitCharsOptions(s string, separators []Char, options StringSplitOptions) []string {
	return StringSplitChars(s, separators, math.MaxInt32, options)
}

// StringSplitCharsCount is String.Split(char[] separator, int count).
func StringSplitCharsCount(s string, separators []Char, count int32) []string {
	return StringSplitChars(s, separators, count, StringSplitOptionsNone)
}

// StringSplitStringsOptions is String.Split(string[] separator, StringSplitOptions).
func StringSplitStringsOptions(s string, separators []string, options StringSplitOptions) []string {
	return StringSplitStrings(s, separators, math.MaxInt32, options)
}

// optionalSplitOptions is the value of an optional StringSplitOptions
// parameter passed as a Go variadic: None when omitted.
func optionalSplitOptions(options []StringSplitOptions) StringSplitOptions {
	if len(options) == 0 {
		return StringSplitOptionsNone
	}
	return options[0]
}

// StringSplitStrings is String.Split(string[] separators, [count,]
// StringSplitOptions); pass math.MaxInt32 for no count. No separators
// splits at white space.
func StringSplitStrings(s string, separators []string, count int32, options StringSplitOptions) []string {
	return splitStrings(s, separators, false, count, options)
}

// StringSplitChars is the general String.Split(char[] separators, count,
// options); pass math.MaxInt32 for no count. It follows .NET's algorithm:
// count limits the number of parts (the last one holds the rest),
// RemoveEmptyEntries drops empty parts and TrimEntries trims white space.
func StringSplitChars(s string, separators []Char, count int32, options StringSplitOptions) []string {
	checkSplitArgs(count, options)
	u := toUTF16(s)
	var seps []int
	for i, c := range u {
		if len(separators) == 0 {
			if c < 0xD800 || c > 0xDFFF {
				if isWhiteSpaceRune(rune(c)) {
					seps = append(seps, i)
				}
			}
			continue
		}
		for _, sc := range separators {
			if c == uint16(sc) {
				seps = append(seps, i)
				break
			}
		}
	}
	if len(separators) == 0 && int(count) > len(u) {
		// Splitting at white space already removes it from the parts.
		options &^= StringSplitOptionsTrimEntries
	}
	return splitAt(u, seps, nil, 1, count, options)
}

func checkSplitArgs(count int32, options StringSplitOptions) {
	if count < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage("count", "Count cannot be less than zero."))
	}
	if options&^(StringSplitOptionsRemoveEmptyEntries|StringSplitOptionsTrimEntries) != 0 {
		panic(NewArgumentExceptionParam("Value of flags is invalid.", "options"))
	}
}

func splitStrings(s string, separators []string, single bool, count int32, options StringSplitOptions) []string {
	checkSplitArgs(count, options)
	if !single {
		nonEmpty := false
		for _, sep := range separators {
			if sep != "" {
				nonEmpty = true
			}
		}
		if len(separators) == 0 {
			return StringSplitChars(s, nil, count, options)
		}
		_ = nonEmpty
	}
	u := toUTF16(s)
	if single && separators[0] == "" {
		return splitAt(u, nil, nil, 0, min(count, 1), options)
	}
	seps16 := make([][]uint16, len(separators))
	for i, sep := range separators {
		seps16[i] = toUTF16(sep)
	}
	var pos, lens []int
	for i := 0; i < len(u); i++ {
		for _, sep := range seps16 {
			if len(sep) == 0 || i+len(sep) > len(u) {
				continue
			}
			if equalUTF16(u[i:i+len(sep)], sep) {
				pos = append(pos, i)
				lens = append(lens, len(sep))
				i += len(sep) - 1
				break
			}
		}
	}
	return splitAt(u, pos, lens, 0, count, options)
}

func equalUTF16(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

func trimUTF16(u []uint16) []uint16 {
	i, j := 0, len(u)
	for i < j && u[i] < 0xD800 && isWhiteSpaceRune(rune(u[i])) {
		i++
	}
	for j > i && u[j-1] < 0xD800 && isWhiteSpaceRune(rune(u[j-1])) {
		j--
	}
	return u[i:j]
}

// splitAt is .NET's SplitInternal after the separator positions are known:
// sepPos are the separator starts, sepLen their lengths (nil: all defLen).
func splitAt(u []uint16, sepPos, sepLen []int, defLen int, count int32, options StringSplitOptions) []string {
	removeEmpty := options&StringSplitOptionsRemoveEmptyEntries != 0
	trim := options&StringSplitOptionsTrimEntries != 0
	if count <= 1 || len(u) == 0 || len(sepPos) == 0 {
		cand := u
		if trim && count > 0 {
			cand = trimUTF16(cand)
		}
		if removeEmpty && len(cand) == 0 {
			count = 0
		}
		if count == 0 {
			return []string{}
		}
		return []string{fromUTF16(cand)}
	}
	length := func(i int) int {
		if sepLen == nil {
			return defLen
		}
		return sepLen[i]
	}
	var out []string
	cur := 0
	if !removeEmpty && !trim {
		n := min(len(sepPos), int(count)-1)
		for i := 0; i < n; i++ {
			out = append(out, fromUTF16(u[cur:sepPos[i]]))
			cur = sepPos[i] + length(i)
		}
		return append(out, fromUTF16(u[cur:]))
	}
	for i := 0; i < len(sepPos); i++ {
		entry := u[cur:sepPos[i]]
		if trim {
			entry = trimUTF16(entry)
		}
		if len(entry) > 0 || !removeEmpty {
			out = append(out, fromUTF16(entry))
		}
		cur = sepPos[i] + length(i)
		if len(out) == int(count)-1 {
			// The rest is the last entry; skip empty entries before it.
			if removeEmpty {
				for i++; i < len(sepPos); i++ {
					entry = u[cur:sepPos[i]]
					if trim {
						entry = trimUTF16(entry)
					}
					if len(entry) > 0 {
						break
					}
					cur = sepPos[i] + length(i)
				}
			}
			break
		}
	}
	last := u[cur:]
	if trim {
		last = trimUTF16(last)
	}
	if len(last) > 0 || !removeEmpty {
		out = append(out, fromUTF16(last))
	}
	if out == nil {
		out = []string{}
	}
	return out
}
