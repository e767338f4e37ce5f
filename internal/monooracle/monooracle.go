// Package monooracle compiles a C# program with mcs and runs it with Mono,
// for the tests that check runtime values against the C# original. It
// skips the test when Mono is missing, unless CS2GO_REQUIRE_MONO=1 (CI),
// which turns the skip into a failure.
package monooracle

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Require skips t (or fails it under CS2GO_REQUIRE_MONO=1) when mcs or mono
// is not on PATH.
func Require(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"mcs", "mono"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
				t.Fatalf("%s not on PATH and CS2GO_REQUIRE_MONO=1", tool)
			}
			t.Skipf("%s not on PATH: the Mono oracle cannot run", tool)
		}
	}
}

// Lines compiles the C# file src (with extra mcs arguments), runs it under
// Mono and returns its standard output split into lines, trimmed.
func Lines(t testing.TB, src string, mcsArgs ...string) []string {
	t.Helper()
	Require(t)
	exe := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(src), ".cs")+".exe")
	args := append([]string{"-nologo", "-out:" + exe}, mcsArgs...)
	if out, err := exec.Command("mcs", append(args, src)...).CombinedOutput(); err != nil {
		t.Fatalf("mcs: %v\n%s", err, out)
	}
	out, err := exec.Command("mono", exe).Output()
	if err != nil {
		t.Fatalf("mono: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}
