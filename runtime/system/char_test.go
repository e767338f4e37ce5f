// Tests for Char classification and casing; expected values printed by
// Mono 6.8 (testdata/char_oracle.cs).

package system

import (
	"strings"
	"testing"
)

// charOracleLines is the output of testdata/char_oracle.cs.
const charOracleLines = `0061 False True True False False True False False False False 0041 0061 -1
005A False True True False True False False False False False 005A 007A -1
0035 True False True False False False True False False False 0035 0035 5
0020 False False False True False False False False False False 0020 0020 -1
0009 False False False True False False False False False True 0009 0009 -1
00A0 False False False True False False False False False False 00A0 00A0 -1
005F False False False False False False False True False False 005F 005F -1
002D False False False False False False False True False False 002D 002D -1
0024 False False False False False False False False True False 0024 0024 -1
002B False False False False False False False False True False 002B 002B -1
0660 True False True False False False True False False False 0660 0660 0
00E9 False True True False False True False False False False 00C9 00E9 -1
0130 False True True False True False False False False False 0130 0130 -1
0131 False True True False False True False False False False 0131 0131 -1
00DF False True True False False True False False False False 00DF 00DF -1
2028 False False False True False False False False False False 2028 2028 -1
0085 False False False True False False False False False True 0085 0085 -1
007F False False False False False False False False False True 007F 007F -1
4E2D False True True False False False False False False False 4E2D 4E2D -1
00BD False False False False False False True False False False 00BD 00BD 0.5`

// TestCharMembers checks Char.IsXxx, ToUpper/ToLowerInvariant and
// GetNumericValue over ASCII, Latin-1, other scripts and the Turkish i's.
func TestCharMembers(t *testing.T) {
	for _, line := range strings.Split(charOracleLines, "\n") {
		code := ConvertToInt32Base(line[:4], 16)
		c := Char(code)
		got := StringFormat("{0:X4} {1} {2} {3} {4} {5} {6} {7} {8} {9} {10} {11:X4} {12:X4} {13}", int32(c),
			CharIsDigit(c), CharIsLetter(c), CharIsLetterOrDigit(c), CharIsWhiteSpace(c), CharIsUpper(c), CharIsLower(c),
			CharIsNumber(c), CharIsPunctuation(c), CharIsSymbol(c), CharIsControl(c),
			int32(CharToUpperInvariant(c)), int32(CharToLowerInvariant(c)), CharGetNumericValue(c))
		if got != line {
			t.Errorf("char %s:\n got %s\nwant %s", line[:4], got, line)
		}
	}
}
