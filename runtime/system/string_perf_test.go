// A guard against quadratic indexing: a translated `for (i < s.Length)
// { s[i] }` loop over a long string must stay linear.

package system

import (
	"strings"
	"testing"
	"time"
)

// TestStringIndexLoopIsLinear walks 1 MB strings (ASCII and not) the way
// translated loops do; with per-call rescans this would take minutes.
func TestStringIndexLoopIsLinear(t *testing.T) {
	for _, s := range []string{strings.Repeat("abcdefgh", 1<<17), strings.Repeat("añ€😀", 1<<16)} {
		start := time.Now()
		var sum int
		for i := int32(0); i < StringLength(s); i++ {
			sum += int(StringCharAt(s, i))
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("loop over %d bytes took %v", len(s), d)
		}
		if sum == 0 {
			t.Error("no characters read")
		}
	}
}
