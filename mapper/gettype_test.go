// Tests that mapUnits's search for GetType calls, made during the comment
// map's walk (commentsAndGetType), finds what a walk of its own
// (callsGetType) finds, and that the comment map is NewCommentMap's.

package mapper

import (
	"maps"
	"slices"
	"testing"

	"github.com/cs2go/cs2go/internal/testprograms"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
	"github.com/cs2go/cs2go/samples"
)

func TestCommentsAndGetTypeAgree(t *testing.T) {
	// Small programs with a GetType call (or none) in various places, with
	// and without comments, in and out of source order (a deconstruction
	// makes NewCommentMap fall back on the sorted nodes).
	cases := map[string]struct {
		src  string
		want bool
	}{
		"none":               {"class C { void M() { var o = new object(); o.ToString(); } }", false},
		"none, commented":    {"class C { // c\n void M() { var o = new object(); o.ToString(); } }", false},
		"with args":          {"class C { void M(C o) { o.GetType(1); } } // c", false},
		"field":              {"class C { System.Type T = new object().GetType(); }", true},
		"field, commented":   {"// c\nclass C { System.Type T = new object().GetType(); }", true},
		"nested lambda":      {"using System; class C { void M() { Func<Func<Type>> f = () => () => this.GetType(); } }", true},
		"lambda, commented":  {"using System; class C { void M() {\n // c\n Func<Func<Type>> f = () => () => this.GetType(); } }", true},
		"top level":          {"System.Console.WriteLine(1.GetType());", true},
		"top level, comment": {"// c\nSystem.Console.WriteLine(1.GetType()); // d", true},
		"nameof":             {"class C { string M(C c) { return nameof(c.GetType); } }", false},
		"nameof call":        {"class C { string M(C c) { return nameof(c.GetType().Name); } }", true},
		"attribute":          {"class C { [A(x.GetType())] void M() { } }", true},
		"attribute, comment": {"class C { [A(x.GetType())] void M() { } // c\n }", true},
		"out of order":       {"class C { void M() {\n // c\n var (a, b) = (1, 2); // d\n F(a.GetType()); } }", true},
		"out of order, none": {"class C { void M() {\n // c\n var (a, b) = (1, 2); // d\n F(a); } }", false},
		"property":           {"class C { System.Type P => this.GetType(); }", true},
		"switch arm":         {"class C { object M(int i) => i switch { 1 => i.GetType(), _ => null }; }", true},
		"interpolation":      {"class C { string M() => $\"{this.GetType()}\"; /* c */ }", true},
	}
	type program struct {
		name  string
		units []*ast.CompilationUnit
	}
	var programs []program
	for name, c := range cases {
		cu, err := parser.Parse("Program.cs", []byte(c.src))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		units := []*ast.CompilationUnit{cu}
		if got := callsGetType(units); got != c.want {
			t.Errorf("%s: callsGetType = %v, want %v", name, got, c.want)
		}
		programs = append(programs, program{name, units})
	}
	// A program of two files, the call in the second.
	var two []*ast.CompilationUnit
	for _, src := range []string{"class A { } // a", "class B { void M() { this.GetType(); } }"} {
		cu, err := parser.Parse("Program.cs", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		two = append(two, cu)
	}
	programs = append(programs, program{"two files", two})
	inputs := testprograms.All(t, "..")
	inputs["jsonrest x3"] = []byte(samples.Replicate(string(inputs["../samples/jsonrest/Program.cs"]), 3))
	for name, src := range inputs {
		if cu, err := parser.Parse("Program.cs", src); err == nil {
			programs = append(programs, program{name, []*ast.CompilationUnit{cu}})
		}
	}
	used := 0
	for _, p := range programs {
		units := p.units
		cmap, got := commentsAndGetType(units)
		if want := callsGetType(units); got != want {
			t.Errorf("%s: commentsAndGetType finds a GetType call: %v, callsGetType: %v", p.name, got, want)
		}
		if got {
			used++
		}
		want := ast.CommentMap{}
		for _, cu := range units {
			maps.Copy(want, ast.NewCommentMap(cu))
		}
		if !maps.EqualFunc(cmap, want, slices.Equal) {
			t.Errorf("%s: commentsAndGetType's comment map is not NewCommentMap's", p.name)
		}
	}
	if used == 0 || used == len(programs) {
		t.Errorf("%d of %d programs call GetType: the corpus checks one answer only", used, len(programs))
	}
}

// callsGetType is the reference search: a walk of its own over units,
// stopping at the first GetType call.
func callsGetType(units []*ast.CompilationUnit) bool {
	found := false
	for _, cu := range units {
		ast.Inspect(cu, func(n ast.Node) bool {
			if isGetTypeCall(n) {
				found = true
			}
			return !found
		})
	}
	return found
}
