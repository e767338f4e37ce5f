// Tests for how source bytes are decoded: LF, CRLF and lone CR all end a
// line, and invalid UTF-8 reads as U+FFFD, as the C# compiler reads it.

package parser

import (
	"strings"
	"testing"
)

func TestLoneCRLineEnds(t *testing.T) {
	src := "class P {\r    // comment\r    void M() { int x = ; }\r}\r"
	_, err := Parse("cr.cs", []byte(src))
	if err == nil || !strings.HasPrefix(err.Error(), "cr.cs:3:") {
		t.Fatalf("got %v, want an error on line 3", err)
	}
	if got := loneCRToLF("a\r\nb\rc\r"); got != "a\r\nb\nc\n" {
		t.Errorf("loneCRToLF = %q", got)
	}
}

func TestInvalidUTF8ReadsAsReplacement(t *testing.T) {
	if got := replaceInvalidUTF8([]byte("a\xff\xfeb\xe2\x82\xac")); got != "a\uFFFD\uFFFDb\u20ac" {
		t.Errorf("replaceInvalidUTF8 = %q", got)
	}
	cu, err := Parse("u.cs", []byte("class P { string s = \"a\xffb\"; int y = ; }"))
	if err == nil || !strings.HasPrefix(err.Error(), "u.cs:1:37:") {
		t.Errorf("column after a replaced byte: %v", err)
	}
	_ = cu
}
