// Tests for the String members; expected values printed by Mono 6.8
// (testdata/string_oracle.cs), with argument-exception messages in .NET
// Core's "(Parameter 'x')" form.

package system

import (
	"math"
	"strings"
	"testing"
)

// oracleResult renders a result the way the oracle prints it: string
// arrays as [a|b], exceptions as "!Type: message".
func oracleResult(f func() any) string {
	var out string
	Try(func() {
		v := f()
		if a, ok := v.([]string); ok {
			out = "[" + strings.Join(a, "|") + "]"
			return
		}
		out = ObjectToString(v)
	}, Catch(func(e Exception) {
		out = "!" + e.GetType().Name + ": " + strings.ReplaceAll(e.Message(), "\n", "\\n")
	}))
	return out
}

// TestStringMembers checks String members, their UTF-16 indexes and their exceptions.
func TestStringMembers(t *testing.T) {
	s := "Hello, World"
	for _, tc := range []struct {
		name string
		f    func() any
		want string
	}{
		{"Length é😀", func() any { return StringLength("é😀") }, "3"},
		{"CharAt 😀 1", func() any { return int32(StringCharAt("a😀", 2)) }, "56832"},
		{"Substring(7)", func() any { return StringSubstring(s, 7) }, "World"},
		{"Substring(7,3)", func() any { return StringSubstringLength(s, 7, 3) }, "Wor"},
		{"Substring(-1)", func() any { return StringSubstring(s, -1) }, "!ArgumentOutOfRangeException: StartIndex cannot be less than zero. (Parameter 'startIndex')"},
		{"Substring(13)", func() any { return StringSubstring(s, 13) }, "!ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')"},
		{"Substring(12)", func() any { return StringSubstring(s, 12) }, ""},
		{"Substring(5,-1)", func() any { return StringSubstringLength(s, 5, -1) }, "!ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'length')"},
		{"Substring(5,10)", func() any { return StringSubstringLength(s, 5, 10) }, "!ArgumentOutOfRangeException: Index and length must refer to a location within the string. (Parameter 'length')"},
		{"Substring(13,0)", func() any { return StringSubstringLength(s, 13, 0) }, "!ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')"},
		{"IndexOf o", func() any { return StringIndexOfChar(s, 'o') }, "4"},
		{"IndexOf World", func() any { return StringIndexOf(s, "World") }, "7"},
		{"IndexOf empty", func() any { return StringIndexOf(s, "") }, "0"},
		{"IndexOf o 5", func() any { return StringIndexOfCharFrom(s, 'o', 5) }, "8"},
		{"IndexOf o,13", func() any { return StringIndexOfCharFrom(s, 'o', 13) }, "!ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')"},
		{"IndexOf world OIC", func() any { return StringIndexOfComparison(s, "world", StringComparisonOrdinalIgnoreCase) }, "7"},
		{"LastIndexOf o", func() any { return StringLastIndexOfChar(s, 'o') }, "8"},
		{"LastIndexOf l", func() any { return StringLastIndexOf(s, "l") }, "10"},
		{"LastIndexOf empty", func() any { return StringLastIndexOf(s, "") }, "11"},
		{"IndexOfAny", func() any { return StringIndexOfAny(s, []Char{'W', 'r'}) }, "7"},
		{"IndexOf after emoji", func() any { return StringIndexOf("😀ab", "b") }, "3"},
		{"Contains", func() any { return StringContains(s, "lo, W") }, "True"},
		{"StartsWith", func() any { return StringStartsWith(s, "Hell") }, "True"},
		{"EndsWith", func() any { return StringEndsWith(s, "rld") }, "True"},
		{"StartsWith OIC", func() any { return StringStartsWithComparison(s, "hello", StringComparisonOrdinalIgnoreCase) }, "True"},
		{"EndsWith OIC", func() any { return StringEndsWithComparison(s, "WORLD", StringComparisonOrdinalIgnoreCase) }, "True"},
		{"Replace", func() any { return StringReplace(s, "l", "L") }, "HeLLo, WorLd"},
		{"Replace char", func() any { return StringReplaceChar(s, 'o', '0') }, "Hell0, W0rld"},
		{"Replace empty", func() any { return StringReplace(s, "", "x") }, "!ArgumentException: String cannot be of zero length. (Parameter 'oldValue')"},
		{"Split ,", func() any { return StringSplit("a,b,,c", ',') }, "[a|b||c]"},
		{"Split none", func() any { return StringSplit(" a  b\tc ") }, "[|a||b|c|]"},
		{"Split RE", func() any {
			return StringSplitChars("a,b,,c,", []Char{','}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[a|b|c]"},
		{"Split count 2", func() any { return StringSplitChars("a,b,c", []Char{','}, 2, StringSplitOptionsNone) }, "[a|b,c]"},
		{"Split str", func() any {
			return StringSplitStrings("a--b----c", []string{"--"}, math.MaxInt32, StringSplitOptionsNone)
		}, "[a|b||c]"},
		{"Split str RE", func() any {
			return StringSplitStrings("a--b----c", []string{"--"}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[a|b|c]"},
		{"Split count RE", func() any { return StringSplitChars(",,a,,b,,c", []Char{','}, 2, StringSplitOptionsRemoveEmptyEntries) }, "[a|b,,c]"},
		{"Split empty", func() any { return StringSplit("", ',') }, "[]"},
		{"Split empty RE", func() any {
			return StringSplitChars("", []Char{','}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[]"},
		{"Split count 0", func() any { return StringSplitChars("a,b", []Char{','}, 0, StringSplitOptionsNone) }, "[]"},
		{"Split count 1", func() any { return StringSplitChars("a,b", []Char{','}, 1, StringSplitOptionsNone) }, "[a,b]"},
		{"Split multi", func() any { return StringSplit("a,b;c d", ',', ';', ' ') }, "[a|b|c|d]"},
		{"Split strs", func() any {
			return StringSplitStrings("a<>b<c>d", []string{"<", "<>", ">"}, math.MaxInt32, StringSplitOptionsNone)
		}, "[a||b|c|d]"},
		{"Split str null sep", func() any { return StringSplitStrings("a b", nil, math.MaxInt32, StringSplitOptionsNone) }, "[a|b]"},
		{"Split neg", func() any { return StringSplitChars("a", []Char{','}, -1, StringSplitOptionsNone) }, "!ArgumentOutOfRangeException: Count cannot be less than zero. (Parameter 'count')"},
		{"Join", func() any { return StringJoin(", ", []string{"a", "b", "c"}) }, "a, b, c"},
		{"Join objs", func() any { return StringJoin("-", []any{int32(1), nil, 2.5, true}) }, "1--2.5-True"},
		{"Concat", func() any { return StringConcat("a", int32(1), nil, Char('c')) }, "a1c"},
		{"Trim", func() any { return StringTrim("  \t a b \n ") }, "a b"},
		{"Trim chars", func() any { return StringTrim("xxaxbxx", 'x') }, "axb"},
		{"TrimStart", func() any { return StringTrimStart("  a ") }, "a "},
		{"TrimEnd chars", func() any { return StringTrimEnd("a.,;", '.', ';', ',') }, "a"},
		{"ToUpper", func() any { return StringToUpper("héllo ß") }, "HÉLLO ß"},
		{"ToLower", func() any { return StringToLowerInvariant("HÉLLO İ") }, "héllo İ"},
		{"PadLeft", func() any { return StringPadLeft("42", 5) }, "   42"},
		{"PadLeft 0", func() any { return StringPadLeft("42", 5, '0') }, "00042"},
		{"PadRight", func() any { return StringPadRight("42", 5, '.') }, "42..."},
		{"PadLeft short", func() any { return StringPadLeft("12345", 3) }, "12345"},
		{"PadLeft neg", func() any { return StringPadLeft("1", -1) }, "!ArgumentOutOfRangeException: Non-negative number required. (Parameter 'totalWidth')"},
		{"IsNullOrWhiteSpace", func() any { return StringIsNullOrWhiteSpace(" \t\n") }, "True"},
		{"IsNullOrEmpty", func() any { return StringIsNullOrEmpty("") }, "True"},
		{"Equals OIC", func() any { return StringEqualsComparison("ABC", "abc", StringComparisonOrdinalIgnoreCase) }, "True"},
		{"Equals", func() any { return StringEquals("ABC", "abc") }, "False"},
		{"Compare a B", func() any { return StringCompare("a", "B") }, "-1"},
		{"Compare a A", func() any { return StringCompare("a", "A") }, "-1"},
		{"Compare abc abd", func() any { return StringCompare("abc", "abd") }, "-1"},
		{"Compare ignore", func() any { return StringCompareIgnoreCase("abc", "ABC", true) }, "0"},
		{"CompareOrdinal a c", func() any { return StringCompareOrdinal("a", "c") }, "-2"},
		{"CompareOrdinal abc ab", func() any { return StringCompareOrdinal("abc", "ab") }, "1"},
		{"Compare Ordinal a B", func() any { return StringCompareComparison("a", "B", StringComparisonOrdinal) }, "31"},
		{"CompareTo", func() any { return StringCompare("apple", "Banana") }, "-1"},
		{"Insert", func() any { return StringInsert("abc", 1, "XY") }, "aXYbc"},
		{"Insert bad", func() any { return StringInsert("abc", 4, "X") }, "!ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'startIndex')"},
		{"Remove", func() any { return StringRemove("abcdef", 3) }, "abc"},
		{"Remove 1 2", func() any { return StringRemoveCount("abcdef", 1, 2) }, "adef"},
		{"Remove bad", func() any { return StringRemove("abc", 3) }, "!ArgumentOutOfRangeException: startIndex must be less than length of string. (Parameter 'startIndex')"},
		{"Remove bad count", func() any { return StringRemoveCount("abc", 1, 5) }, "!ArgumentOutOfRangeException: Index and count must refer to a location within the string. (Parameter 'count')"},
		{"new string", func() any { return NewStringRepeat('=', 5) }, "====="},
		{"ToCharArray", func() any { return NewStringCharsRange(StringToCharArray("abc"), 1, 2) }, "bc"},
		{"Format", func() any { return StringFormat("{0}-{1}", "a", int32(2)) }, "a-2"},
	} {
		if got := oracleResult(tc.f); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, got, tc.want)
		}
	}
}
