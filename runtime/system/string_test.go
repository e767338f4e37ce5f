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

// stringMemberCases are the rows of TestStringMembers, kept apart so that the live
// oracle check can compare them with testdata/string_oracle.cs.
func stringMemberCases() []oracleCase {
	s := "Hello, World"
	return []oracleCase{
		{"Length é😀", func() any { return StringLength("é😀") }, "3", false},
		{"CharAt 😀 1", func() any { return int32(StringCharAt("a😀", 2)) }, "56832", false},
		{"Substring(7)", func() any { return StringSubstring(s, 7) }, "World", false},
		{"Substring(7,3)", func() any { return StringSubstringLength(s, 7, 3) }, "Wor", false},
		{"Substring(-1)", func() any { return StringSubstring(s, -1) }, "!ArgumentOutOfRangeException: StartIndex cannot be less than zero. (Parameter 'startIndex')", false},
		{"Substring(13)", func() any { return StringSubstring(s, 13) }, "!ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')", false},
		{"Substring(12)", func() any { return StringSubstring(s, 12) }, "", false},
		{"Substring(5,-1)", func() any { return StringSubstringLength(s, 5, -1) }, "!ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'length')", false},
		{"Substring(5,10)", func() any { return StringSubstringLength(s, 5, 10) }, "!ArgumentOutOfRangeException: Index and length must refer to a location within the string. (Parameter 'length')", false},
		{"Substring(13,0)", func() any { return StringSubstringLength(s, 13, 0) }, "!ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')", false},
		{"IndexOf o", func() any { return StringIndexOfChar(s, 'o') }, "4", false},
		{"IndexOf World", func() any { return StringIndexOf(s, "World") }, "7", false},
		{"IndexOf empty", func() any { return StringIndexOf(s, "") }, "0", false},
		{"IndexOf o 5", func() any { return StringIndexOfCharFrom(s, 'o', 5) }, "8", false},
		{"IndexOf o,13", func() any { return StringIndexOfCharFrom(s, 'o', 13) }, "!ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'startIndex')", false},
		{"IndexOf world OIC", func() any { return StringIndexOfComparison(s, "world", StringComparisonOrdinalIgnoreCase) }, "7", false},
		{"LastIndexOf o", func() any { return StringLastIndexOfChar(s, 'o') }, "8", false},
		{"LastIndexOf l", func() any { return StringLastIndexOf(s, "l") }, "10", false},
		{"LastIndexOf empty", func() any { return StringLastIndexOf(s, "") }, "12", true}, // .NET Core value: Length since .NET 5
		{"IndexOfAny", func() any { return StringIndexOfAny(s, []Char{'W', 'r'}) }, "7", false},
		{"IndexOf after emoji", func() any { return StringIndexOf("😀ab", "b") }, "3", false},
		{"Contains", func() any { return StringContains(s, "lo, W") }, "True", false},
		{"StartsWith", func() any { return StringStartsWith(s, "Hell") }, "True", false},
		{"EndsWith", func() any { return StringEndsWith(s, "rld") }, "True", false},
		{"StartsWith OIC", func() any { return StringStartsWithComparison(s, "hello", StringComparisonOrdinalIgnoreCase) }, "True", false},
		{"EndsWith OIC", func() any { return StringEndsWithComparison(s, "WORLD", StringComparisonOrdinalIgnoreCase) }, "True", false},
		{"Replace", func() any { return StringReplace(s, "l", "L") }, "HeLLo, WorLd", false},
		{"Replace char", func() any { return StringReplaceChar(s, 'o', '0') }, "Hell0, W0rld", false},
		{"Replace empty", func() any { return StringReplace(s, "", "x") }, "!ArgumentException: String cannot be of zero length. (Parameter 'oldValue')", false},
		{"Split ,", func() any { return StringSplit("a,b,,c", ',') }, "[a|b||c]", false},
		{"Split none", func() any { return StringSplit(" a  b\tc ") }, "[|a||b|c|]", false},
		{"Split RE", func() any {
			return StringSplitChars("a,b,,c,", []Char{','}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[a|b|c]", false},
		{"Split count 2", func() any { return StringSplitChars("a,b,c", []Char{','}, 2, StringSplitOptionsNone) }, "[a|b,c]", false},
		{"Split str", func() any {
			return StringSplitStrings("a--b----c", []string{"--"}, math.MaxInt32, StringSplitOptionsNone)
		}, "[a|b||c]", false},
		{"Split str RE", func() any {
			return StringSplitStrings("a--b----c", []string{"--"}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[a|b|c]", false},
		{"Split count RE", func() any { return StringSplitChars(",,a,,b,,c", []Char{','}, 2, StringSplitOptionsRemoveEmptyEntries) }, "[a|b,,c]", false},
		{"Split empty", func() any { return StringSplit("", ',') }, "[]", false},
		{"Split empty RE", func() any {
			return StringSplitChars("", []Char{','}, math.MaxInt32, StringSplitOptionsRemoveEmptyEntries)
		}, "[]", false},
		{"Split count 0", func() any { return StringSplitChars("a,b", []Char{','}, 0, StringSplitOptionsNone) }, "[]", false},
		{"Split count 1", func() any { return StringSplitChars("a,b", []Char{','}, 1, StringSplitOptionsNone) }, "[a,b]", false},
		{"Split multi", func() any { return StringSplit("a,b;c d", ',', ';', ' ') }, "[a|b|c|d]", false},
		{"Split strs", func() any {
			return StringSplitStrings("a<>b<c>d", []string{"<", "<>", ">"}, math.MaxInt32, StringSplitOptionsNone)
		}, "[a||b|c|d]", false},
		{"Split str null sep", func() any { return StringSplitStrings("a b", nil, math.MaxInt32, StringSplitOptionsNone) }, "[a|b]", false},
		{"Split neg", func() any { return StringSplitChars("a", []Char{','}, -1, StringSplitOptionsNone) }, "!ArgumentOutOfRangeException: Count cannot be less than zero. (Parameter 'count')", false},
		{"Join", func() any { return StringJoin(", ", []string{"a", "b", "c"}) }, "a, b, c", false},
		{"Join objs", func() any { return StringJoin("-", []any{int32(1), nil, 2.5, true}) }, "1--2.5-True", false},
		{"Concat", func() any { return StringConcat("a", int32(1), nil, Char('c')) }, "a1c", false},
		{"Trim", func() any { return StringTrim("  \t a b \n ") }, "a b", false},
		{"Trim chars", func() any { return StringTrim("xxaxbxx", 'x') }, "axb", false},
		{"TrimStart", func() any { return StringTrimStart("  a ") }, "a ", false},
		{"TrimEnd chars", func() any { return StringTrimEnd("a.,;", '.', ';', ',') }, "a", false},
		{"ToUpper", func() any { return StringToUpper("héllo ß") }, "HÉLLO ß", false},
		{"ToLower", func() any { return StringToLowerInvariant("HÉLLO İ") }, "héllo İ", false},
		{"PadLeft", func() any { return StringPadLeft("42", 5) }, "   42", false},
		{"PadLeft 0", func() any { return StringPadLeft("42", 5, '0') }, "00042", false},
		{"PadRight", func() any { return StringPadRight("42", 5, '.') }, "42...", false},
		{"PadLeft short", func() any { return StringPadLeft("12345", 3) }, "12345", false},
		{"PadLeft neg", func() any { return StringPadLeft("1", -1) }, "!ArgumentOutOfRangeException: Non-negative number required. (Parameter 'totalWidth')", false},
		{"IsNullOrWhiteSpace", func() any { return StringIsNullOrWhiteSpace(" \t\n") }, "True", false},
		{"IsNullOrEmpty", func() any { return StringIsNullOrEmpty("") }, "True", false},
		{"Equals OIC", func() any { return StringEqualsComparison("ABC", "abc", StringComparisonOrdinalIgnoreCase) }, "True", false},
		{"Equals", func() any { return StringEquals("ABC", "abc") }, "False", false},
		{"Compare a B", func() any { return StringCompare("a", "B") }, "-1", false},
		{"Compare a A", func() any { return StringCompare("a", "A") }, "-1", false},
		{"Compare abc abd", func() any { return StringCompare("abc", "abd") }, "-1", false},
		{"Compare ignore", func() any { return StringCompareIgnoreCase("abc", "ABC", true) }, "0", false},
		{"CompareOrdinal a c", func() any { return StringCompareOrdinal("a", "c") }, "-2", false},
		{"CompareOrdinal abc ab", func() any { return StringCompareOrdinal("abc", "ab") }, "1", false},
		{"Compare Ordinal a B", func() any { return StringCompareComparison("a", "B", StringComparisonOrdinal) }, "31", false},
		{"CompareTo", func() any { return StringCompare("apple", "Banana") }, "-1", false},
		{"Insert", func() any { return StringInsert("abc", 1, "XY") }, "aXYbc", false},
		{"Insert bad", func() any { return StringInsert("abc", 4, "X") }, "!ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'startIndex')", false},
		{"Remove", func() any { return StringRemove("abcdef", 3) }, "abc", false},
		{"Remove 1 2", func() any { return StringRemoveCount("abcdef", 1, 2) }, "adef", false},
		{"Remove bad", func() any { return StringRemove("abc", 3) }, "!ArgumentOutOfRangeException: startIndex must be less than length of string. (Parameter 'startIndex')", false},
		{"Remove bad count", func() any { return StringRemoveCount("abc", 1, 5) }, "!ArgumentOutOfRangeException: Index and count must refer to a location within the string. (Parameter 'count')", false},
		{"new string", func() any { return NewStringRepeat('=', 5) }, "=====", false},
		{"ToCharArray", func() any { return NewStringCharsRange(StringToCharArray("abc"), 1, 2) }, "bc", false},
		{"Format", func() any { return StringFormat("{0}-{1}", "a", int32(2)) }, "a-2", false},
	}
}

// TestStringMembers checks String members, their UTF-16 indexes and their exceptions.
func TestStringMembers(t *testing.T) {
	for _, tc := range stringMemberCases() {
		if got := oracleResult(tc.f); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestStringComparer checks that equal strings under a comparer hash alike
// and compare as the String members do.
func TestStringComparer(t *testing.T) {
	oic := StringComparerOrdinalIgnoreCase()
	for _, p := range [][2]string{{"Content-Type", "content-type"}, {"ÉCOLE", "école"}, {"", ""}} {
		if !oic.Equals(p[0], p[1]) || oic.GetHashCode(p[0]) != oic.GetHashCode(p[1]) {
			t.Errorf("OrdinalIgnoreCase: %q and %q not equal with equal hashes", p[0], p[1])
		}
	}
	if StringComparerOrdinal().Equals("a", "A") || StringComparerOrdinal().Compare("a", "B") != 31 {
		t.Error("Ordinal comparer")
	}
	if StringComparerInvariantCulture().Compare("a", "B") != -1 || StringComparerFromComparison(StringComparisonOrdinalIgnoreCase) != oic {
		t.Error("culture comparer or FromComparison")
	}
}
