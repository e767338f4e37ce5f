// Unit tests of the mapper's pieces: diagnostics, Go naming, table type
// spellings, and one-line translation checks.

package mapper

import (
	"path"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

func TestDiagnosticsSortDedup(t *testing.T) {
	p := func(f string, l, c int) ast.Position { return ast.Position{Filename: f, Line: l, Column: c} }
	var d Diagnostics
	d.Unsupported(p("b.cs", 1, 1), "x", "")
	d.Unsupported(p("a.cs", 3, 5), "goto", "restructure")
	d.Add(p("a.cs", 3, 2), Error, "unknown name %s", "y")
	d.Unsupported(p("a.cs", 3, 5), "goto", "restructure")
	d.Sort()
	got := strings.Split(d.Error(), "\n")
	want := []string{"a.cs:3:2: unknown name y", "a.cs:3:5: unsupported: goto (restructure)", "b.cs:1:1: unsupported: x"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if d.Count(Unsupported) != 2 || d.Count(Error) != 1 {
		t.Errorf("counts %d %d", d.Count(Unsupported), d.Count(Error))
	}
	if (Diagnostics{}).Err() != nil {
		t.Error("empty list is not nil error")
	}
}

func TestGoIdent(t *testing.T) {
	for in, want := range map[string]string{
		"type": "type_", "range": "range_", "map": "map_", "len": "len_", "string": "string_",
		"net": "net_", "system": "system_", "io": "io_", "main": "main_", "listener": "listener",
	} {
		if got := GoIdent(in); got != want {
			t.Errorf("GoIdent(%q) = %q, want %q", in, got, want)
		}
	}
	if got := exported("_count"); got != "Count" {
		t.Errorf("exported(_count) = %q", got)
	}
}

// TestGoIdentKeepsImportsVisible checks that a C# local cannot take the
// name generated code refers to an imported package by: every runtime
// package's name (or its alias) and the standard packages the mapper
// emits calls to.
func TestGoIdentKeepsImportsVisible(t *testing.T) {
	names := []string{NewtonsoftJSONImportName, "math", "os"}
	for _, p := range namespacePackages {
		if p != "newtonsoft/json" {
			names = append(names, path.Base(p))
		}
	}
	for _, n := range names {
		if GoIdent(n) == n {
			t.Errorf("GoIdent(%q) keeps the name of an imported package", n)
		}
	}
}

func TestParseTypeSpec(t *testing.T) {
	for _, s := range []string{"int", "byte[]", "Dictionary<string, List<int>>", "System.Net.HttpListenerContext", "Func<T, TResult>[][]"} {
		ts, err := ParseTypeSpec(s)
		if err != nil {
			t.Errorf("%s: %v", s, err)
			continue
		}
		if ts.String() != s {
			t.Errorf("round trip %q -> %q", s, ts.String())
		}
	}
	for _, s := range []string{"", "List<int", "int]"} {
		if _, err := ParseTypeSpec(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

// expectDiag translates a Main body and checks one diagnostic.
func expectDiag(t *testing.T, body, want string) {
	t.Helper()
	src := "using System;\nclass P {\n static void Main(string[] args) {\n" + body + "\n }\n}\n"
	cu, err := parser.Parse("in.cs", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	_, diags := Map(cu)
	for _, d := range diags {
		if d.String() == want {
			return
		}
	}
	t.Errorf("%s: want diagnostic %q, got:\n%s", body, want, diags.Error())
}

func TestUnsupportedDiagnostics(t *testing.T) {
	tests := []struct{ body, want string }{
		{"var x = args?.Length;", "in.cs:4:9: unsupported: null-conditional ?. giving int? (test for null with if)"},
		{"int? n = null;", "in.cs:4:1: unsupported: nullable value type int? (use a separate bool for absence)"},
		{"Console.MoveBufferArea(0, 0, 1, 1, 2, 2);", "in.cs:4:1: unsupported: Console.MoveBufferArea (not in the mapping table; see docs/API.md)"},
		{"var t = (1, 2);", "in.cs:4:9: unsupported: tuple expression"},
		{"undefinedThing = 3;", "in.cs:4:1: P has no field or property undefinedThing"},
		{"goto nowhere;", "in.cs:4:1: no label nowhere for goto"},
		{"int x = 1; if (x > 0) goto skip; int y = 2; skip: Console.WriteLine(x);", "in.cs:4:23: unsupported: goto skip over a variable declaration (declare the variables before the goto)"},
		{"try { goto end; } finally { } end: Console.WriteLine();", "in.cs:4:7: unsupported: goto end out of a try, using or lock body (move the label into the same block)"},
		{"Action a = null; a -= () => { };", "in.cs:4:20: unsupported: delegate removal -= (keep a flag that the handler tests)"},
		{"var g = new int[2, 2]; Console.WriteLine(g.Count);", "in.cs:4:44: unsupported: int[,].Count (not in the mapping table; see docs/API.md)"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) { expectDiag(t, tt.body, tt.want) })
	}
}

// expectClean translates a Main body and fails on any diagnostic.
func expectClean(t *testing.T, body string) {
	t.Helper()
	src := "using System;\nusing System.Threading;\nclass P {\n static void Main(string[] args) {\n" + body + "\n }\n}\n"
	cu, err := parser.Parse("in.cs", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if _, diags := Map(cu); len(diags) > 0 {
		t.Errorf("%s: want no diagnostics, got:\n%s", body, diags.Error())
	}
}

// TestDiscardLambdaParameters: a lambda parameter named `_` declares no
// local; marking it used once dereferenced a nil local (an internal error
// on ThreadPool.QueueUserWorkItem(_ => ...)).
func TestDiscardLambdaParameters(t *testing.T) {
	for _, body := range []string{
		"ThreadPool.QueueUserWorkItem(_ => { Console.WriteLine(1); });",
		"Action<int> a = _ => Console.WriteLine(2); a(1);",
		"Func<int, int, int> f = (_, _) => 3; Console.WriteLine(f(1, 2));",
	} {
		t.Run(body, func(t *testing.T) { expectClean(t, body) })
	}
}
