// Tests of the parts of Process that programs cannot observe through
// Mono's output (internal/consolediff/testdata/diagnostics.cs covers the
// rest): argument splitting and when Process.Start(name) opens instead of
// running.

package diagnostics

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestSplitArguments(t *testing.T) {
	for in, want := range map[string][]string{
		`-c "exit 3"`:        {"-c", "exit 3"},
		`  a   b `:           {"a", "b"},
		`"" x`:               {"", "x"},
		`say \"hi\"`:         {"say", `"hi"`},
		`--url="http://x y"`: {"--url=http://x y"},
	} {
		if got := splitArguments(in); !slices.Equal(got, want) {
			t.Errorf("splitArguments(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOpensWithShell(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(doc, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]bool{
		"https://accounts.example.com/o/oauth2/auth?x=1": true,
		"sh":             false,
		doc:              true,
		"/no/such/thing": false,
	} {
		if got := opensWithShell(name); got != want {
			t.Errorf("opensWithShell(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestExitCodeBeforeExitThrows(t *testing.T) {
	p := ProcessStartArgs("sleep", "5")
	defer p.Kill()
	defer func() {
		if recover() == nil {
			t.Error("ExitCode of a running process did not throw")
		}
	}()
	p.ExitCode()
}
