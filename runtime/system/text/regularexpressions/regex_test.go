// Tests of the .NET-to-RE2 pattern rewriting and of what RE2 cannot do.
// Matching behaviour against Mono is checked by
// internal/consolediff/testdata/regex.cs.

package regularexpressions

import (
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
)

func TestTranslate(t *testing.T) {
	for _, c := range []struct {
		pattern string
		options RegexOptions
		want    string
	}{
		{`\d+`, 0, `[\p{Nd}]+`},
		{`[\d.]`, 0, `[\p{Nd}.]`},
		{`(?'id'\w)`, 0, `(?P<id>[\p{L}\p{Mn}\p{Nd}\p{Pc}])`},
		{`a b # comment`, RegexOptionsIgnorePatternWhitespace, `ab`},
		{`^x`, RegexOptionsIgnoreCase | RegexOptionsMultiline, `(?im)^x`},
		{`(a)(?<n>b)`, RegexOptionsExplicitCapture, `(?:a)(?<n>b)`},
		{`[]a]`, 0, `[\]a]`},
		{`a(?#note)b`, 0, `ab`},
	} {
		got, err := translate(c.pattern, c.options)
		if err != nil || got != c.want {
			t.Errorf("translate(%q, %d) = %q, %v; want %q", c.pattern, c.options, got, err, c.want)
		}
	}
}

func TestUnsupportedConstructsThrowNotSupported(t *testing.T) {
	for _, p := range []string{`a(?=b)`, `a(?!b)`, `(?<=a)b`, `(?<!a)b`, `(a)\1`, `(?>a)`, `\k<x>`} {
		var caught *system.NotSupportedException
		system.Try(func() { NewRegex(p) }, system.Catch(func(e *system.NotSupportedException) { caught = e }))
		if caught == nil || !strings.Contains(caught.Message(), "not supported") {
			t.Errorf("NewRegex(%q): want NotSupportedException, got %v", p, caught)
		}
	}
	var caught *system.NotSupportedException
	system.Try(func() { NewRegexOptions("a", RegexOptionsRightToLeft) }, system.Catch(func(e *system.NotSupportedException) { caught = e }))
	if caught == nil {
		t.Error("RightToLeft: want NotSupportedException")
	}
}

func TestInvalidPatternThrowsArgumentException(t *testing.T) {
	var caught *system.ArgumentException
	system.Try(func() { RegexIsMatch("x", "a(") }, system.Catch(func(e *system.ArgumentException) { caught = e }))
	if caught == nil {
		t.Fatal("a( : want ArgumentException")
	}
}

func TestGroupNumbersFollowDotNet(t *testing.T) {
	// .NET numbers unnamed groups before named ones.
	m := RegexMatch("ab", `(?<x>a)(b)`)
	if got := m.Groups().GetIndex(1).Value(); got != "b" {
		t.Errorf("group 1 = %q, want b", got)
	}
	if got := m.Groups().GetIndex(2).Value(); got != "a" {
		t.Errorf("group 2 = %q, want a", got)
	}
	if got := RegexReplace("ab", `(?<x>a)(b)`, "$2$1$9"); got != "ab$9" {
		t.Errorf("replace = %q, want ab$9", got)
	}
}

func TestStaticCacheIsBounded(t *testing.T) {
	for i := 0; i < 3*cacheSize; i++ {
		RegexIsMatch("x", strings.Repeat("x", i+1))
	}
	cache.Lock()
	n := len(cache.regexes)
	cache.Unlock()
	if n > cacheSize {
		t.Fatalf("cache holds %d patterns, more than %d", n, cacheSize)
	}
}
