// Tests of the mapping table: every entry's runtime target exists and has
// the Go signature the mapper relies on; docs/API.md is current.

package mapper

import (
	"flag"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite docs/API.md and tableindex_default.go from the table")

func TestTableIndexes(t *testing.T) {
	if _, err := NewTable(Entries()); err != nil {
		t.Fatal(err)
	}
}

// TestTableTypeChecks type-checks a generated call for every table entry
// against the runtime sources (go/types with the source importer, so no
// build is needed). An entry whose runtime target is missing or has another
// signature is listed with the type checker's message.
func TestTableTypeChecks(t *testing.T) {
	tb, err := NewTable(Entries())
	if err != nil {
		t.Fatal(err)
	}
	src, lineEntry, bad := tb.CheckSource(Entries())
	for e, why := range bad {
		t.Errorf("%s: %s", e.Describe(), why)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// The file is never written: its name only tells the importer which
	// directory (and so which module) imports are resolved from.
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(wd, "zz_tablecheck.go"), src, 0)
	if err != nil {
		t.Fatalf("generated check source does not parse: %v\n%s", err, src)
	}
	failures := map[*Entry][]string{}
	conf := types.Config{
		Importer: importer.ForCompiler(fset, "source", nil),
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok {
				t.Error(err)
				return
			}
			line := fset.Position(te.Pos).Line
			if e := lineEntry[line]; e != nil {
				failures[e] = append(failures[e], te.Msg)
				return
			}
			t.Errorf("line %d: %s", line, te.Msg)
		},
	}
	conf.Check("tablecheck", fset, []*ast.File{f}, nil)
	var msgs []string
	for e, errs := range failures {
		msgs = append(msgs, e.Describe()+" -> "+e.Go+": "+strings.Join(errs, "; "))
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		t.Errorf("runtime target missing or mismatched: %s", m)
	}
	if len(msgs) > 0 {
		t.Logf("%d of %d entries do not type-check", len(msgs), len(Entries()))
	}
}

// TestAPIDocCurrent fails when docs/API.md differs from what the table
// produces; `go test ./mapper -run APIDoc -update` rewrites it.
func TestAPIDocCurrent(t *testing.T) {
	want := APIDoc(Entries())
	file := filepath.Join("..", "docs", "API.md")
	if *update {
		if err := os.WriteFile(file, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./mapper -run APIDoc -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("docs/API.md is stale: run go test ./mapper -run APIDoc -update")
	}
}
