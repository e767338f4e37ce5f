// Package oracle runs C# snippets under Mono for tests that re-check their
// committed expected values live. It is used by tests only.
package oracle

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Exceptions compiles one C# program that runs each snippet in a try block
// and prints what it threw as "Type: Message" (or "<nil>"), one line per
// snippet, with Mono's ArgumentException layout ("\nParameter name: p")
// rewritten to .NET Core's (" (Parameter 'p')") so the lines compare with
// .NET Core tables. It skips the test when mcs is not on PATH, unless
// CS2GO_REQUIRE_MONO=1, which makes that a failure.
func Exceptions(t *testing.T, usings string, snippets []string) []string {
	t.Helper()
	mcs, err := exec.LookPath("mcs")
	if err != nil {
		if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
			t.Fatal("mcs not on PATH and CS2GO_REQUIRE_MONO=1")
		}
		t.Skip("mcs not on PATH: the committed tables are used alone")
	}
	var src strings.Builder
	src.WriteString(usings + "\nclass P {\nstatic void Run(Action a) {\n" +
		"  try { a(); Console.WriteLine(\"<nil>\"); }\n" +
		"  catch (Exception e) { Console.WriteLine((e.GetType() + \": \" + e.Message).Replace(\"\\n\", \"\\\\n\")); }\n}\n" +
		"static void Main() {\n")
	for _, s := range snippets {
		src.WriteString("Run(() => { " + s + " });\n")
	}
	src.WriteString("}}\n")
	dir := t.TempDir()
	cs := filepath.Join(dir, "oracle.cs")
	if err := os.WriteFile(cs, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "oracle.exe")
	if out, err := exec.Command(mcs, "-nowarn:162,219", "-out:"+exe, cs).CombinedOutput(); err != nil {
		t.Fatalf("mcs: %v\n%s\n%s", err, out, src.String())
	}
	out, err := exec.Command("mono", exe).Output()
	if err != nil {
		t.Fatalf("mono: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(snippets) {
		t.Fatalf("mono printed %d lines for %d snippets:\n%s", len(lines), len(snippets), out)
	}
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(toCore(l), `\n`, "\n")
	}
	return lines
}

var paramName = regexp.MustCompile(`\\nParameter name: ([^\\]*)`)

// toCore rewrites Mono's "msg\nParameter name: p" into .NET Core's
// "msg (Parameter 'p')"; a following "\nActual value was v." stays after it.
func toCore(line string) string {
	return paramName.ReplaceAllString(line, " (Parameter '$1')")
}
