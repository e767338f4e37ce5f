// This file checks, without Mono, the bookkeeping TestConsoleDifferential
// relies on: the line alignment behind the .net.txt staleness check, and
// that testdata/differences.md, the .net.txt overrides and status.txt name
// the same programs as testdata/*.cs.

package consolediff

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestUnmatchedLines(t *testing.T) {
	for _, tc := range []struct {
		mono, net string
		want      []int
	}{
		{"a\nb\nc\n", "a\nb\nc\n", nil},
		{"a\nb\nc\n", "a\nB\nc\n", []int{2}},
		// Mono's two-line ArgumentException message against .NET's one.
		{"x\nbad value\nParameter name: p\ny\n", "x\nbad value (Parameter 'p')\ny\n", []int{2}},
		{"a\n", "a\nextra\n", []int{2}},
		{"a\nmissing\n", "a\n", nil},
		{"", "only\n", []int{1}},
	} {
		got := unmatchedLines(strings.SplitAfter(tc.mono, "\n"), strings.SplitAfter(tc.net, "\n"))
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("unmatchedLines(%q, %q) = %v, want %v", tc.mono, tc.net, got, tc.want)
		}
	}
}

// TestTestdataConsistent keeps the override and status files in step with
// the programs, so a renamed or deleted program cannot leave an entry that
// only the Mono-dependent test would notice.
func TestTestdataConsistent(t *testing.T) {
	names := programs(t)
	declared, err := readDifferences(differencesFile)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := readStatus(statusFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if _, ok := listed[name]; !ok {
			t.Errorf("%s has no line for %s", statusFile, name)
		}
		net := filepath.Join("testdata", name+".net.txt")
		_, err := os.Stat(net)
		_, isDeclared := declared[name]
		switch {
		case err == nil && !isDeclared:
			t.Errorf("%s exists but %s gives no reason for it", net, differencesFile)
		case errors.Is(err, os.ErrNotExist) && isDeclared:
			t.Errorf("%s lists %s but there is no %s", differencesFile, name, net)
		case err != nil && !errors.Is(err, os.ErrNotExist):
			t.Error(err)
		}
	}
	for name, lines := range declared {
		if !contains(names, name) {
			t.Errorf("%s lists %q, which has no testdata/%s.cs", differencesFile, name, name)
		}
		if len(lines) == 0 {
			t.Errorf("%s: %s names no lines", differencesFile, name)
		}
	}
	for name := range listed {
		if !contains(names, name) {
			t.Errorf("%s lists %q, which has no testdata/%s.cs", statusFile, name, name)
		}
	}
	strays, err := filepath.Glob(filepath.Join("testdata", "*.net.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range strays {
		if name := strings.TrimSuffix(filepath.Base(f), ".net.txt"); !contains(names, name) {
			t.Errorf("%s overrides %s, which has no testdata/%s.cs", f, name, name)
		}
	}
}
