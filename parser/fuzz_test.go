// This file implements FuzzParse: Parse must never panic or hang on any
// input, must return a non-nil tree, and every diagnostic must be
// positioned inside the file and free of Go type names.

package parser

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cs2go/cs2go/parser/ast"
)

func FuzzParse(f *testing.F) {
	inputs := txtarInputs(f, "testdata/*.txtar")
	for _, file := range slices.Sorted(maps.Keys(inputs)) {
		f.Add(inputs[file])
	}
	// The repository's C# samples (the translator's end-to-end programs),
	// when present, and the benchmark program.
	samples, _ := filepath.Glob("../samples/*/*.cs")
	for _, file := range append(samples, "testdata/bench/server.cs") {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{"", "{", "(", "$\"{", "@\"", "'", "#if", "x = (((", "a<b<c<d", "\"\"\"", "$$\"\"\"{{{"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkParse(t, src)
	})
}

// checkParse runs Parse and checks the invariants FuzzParse relies on.
func checkParse(t *testing.T, src []byte) {
	done := make(chan struct{})
	var cu *ast.CompilationUnit
	var err error
	go func() {
		defer close(done)
		cu, err = Parse("fuzz.cs", src)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("Parse hung on %q", src)
	}
	if cu == nil {
		t.Fatal("Parse returned a nil tree")
	}
	// The tree, partial or not, must be walkable and dumpable (Dump only
	// for small inputs: it is the slow part and the fuzzer minimizes big
	// inputs by re-running them many times).
	ast.Inspect(cu, func(ast.Node) bool { return true })
	if len(src) < 2048 {
		_ = ast.Dump(cu)
	}
	if err == nil {
		return
	}
	list, ok := err.(ErrorList)
	if !ok || len(list) == 0 {
		t.Fatalf("error is %T, want a non-empty ErrorList", err)
	}
	for _, e := range list {
		if e.Pos.Line < 1 || e.Pos.Column < 1 || e.Pos.Offset > len(src) {
			t.Errorf("diagnostic outside the file: %v", e)
		}
		if strings.Contains(e.Msg, "*ast.") || strings.Contains(e.Msg, "internal parser error") {
			t.Errorf("diagnostic leaks internals: %v", e)
		}
	}
}

// TestDeepNesting checks that pathological nesting gives a positioned error
// rather than exhausting the stack.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		"x = " + strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000) + ";",
		"x = " + strings.Repeat("-", 5000) + "1;",
		strings.Repeat("{", 5000) + strings.Repeat("}", 5000),
		"x = " + strings.Repeat("a[", 3000) + "0" + strings.Repeat("]", 3000) + ";",
		"List<" + strings.Repeat("List<", 3000) + "int" + strings.Repeat(">", 3001) + " x;",
		"x = " + strings.Repeat("new[] {", 3000) + strings.Repeat("}", 3000) + ";",
		"x = " + strings.Repeat("$\"{", 2000) + strings.Repeat("}\"", 2000) + ";",
		"x = " + strings.Repeat("a => ", 3000) + "1;",
		"x = " + strings.Repeat("a ? b : ", 3000) + "c;",
	} {
		_, err := Parse("deep.cs", []byte(src))
		if err == nil || !strings.Contains(err.Error(), "nesting too deep") {
			t.Errorf("%.30s...: got %v, want a nesting error", src, err)
		}
	}
	// Moderately deep input is fine.
	src := "x = " + strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200) + ";"
	if _, err := Parse("ok.cs", []byte(src)); err != nil {
		t.Errorf("200 parentheses: %v", err)
	}
}

// TestParseConcurrent checks that Parse keeps no shared mutable state (run
// with -race): the translator may parse several files at once.
func TestParseConcurrent(t *testing.T) {
	src, err := os.ReadFile("testdata/bench/server.cs")
	if err != nil {
		t.Fatal(err)
	}
	want := ast.Dump(mustParse(t, src))
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			cu, _ := Parse("server.cs", src)
			done <- ast.Dump(cu)
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != want {
			t.Error("concurrent parse produced a different tree")
		}
	}
}

func mustParse(t *testing.T, src []byte) *ast.CompilationUnit {
	t.Helper()
	cu, err := Parse("server.cs", src)
	if err != nil {
		t.Fatal(err)
	}
	return cu
}
