// This file tests comment handling end to end: doc comments hung on
// declarations and ast.NewCommentMap's assignment of every group (and
// NewCommentMapVisiting's callback).

package parser

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/internal/testprograms"
	"github.com/cs2go/cs2go/parser/ast"
	"github.com/cs2go/cs2go/samples"
)

func TestCommentMap(t *testing.T) {
	src := `// Leading comment for using.
using System; // trailing on using

/* block
   comment */
namespace N
{
    /// <summary>Doc for C.</summary>
    class C
    {
        int f; // trailing on f

        void M()
        {
            // before F
            F(); /* after F */
            G();
            // last in M
        }

        // Detached comment.

        void N() { }
    }
}
// Final comment.
`
	cu, err := Parse("c.cs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cmap := ast.NewCommentMap(cu)
	got := commentMapLines(cmap)
	want := []string{
		`11:9 *ast.FieldDecl <- "// trailing on f"`,
		`16:13 *ast.ExprStmt <- "/* after F */"`,
		`16:13 *ast.ExprStmt <- "// before F"`,
		`17:13 *ast.ExprStmt <- "// last in M"`,
		`23:9 *ast.MethodDecl <- "// Detached comment."`,
		`2:1 *ast.UsingDirective <- "// Leading comment for using."`,
		`2:1 *ast.UsingDirective <- "// trailing on using"`,
		`6:1 *ast.NamespaceDecl <- "/* block\n   comment */"`,
		`6:1 *ast.NamespaceDecl <- "// Final comment."`,
		`9:5 *ast.ClassDecl <- "/// <summary>Doc for C.</summary>"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("comment map:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Every group is assigned exactly once.
	n := 0
	for _, gs := range cmap {
		n += len(gs)
	}
	if n != len(cu.Comments) {
		t.Errorf("%d groups assigned, want %d", n, len(cu.Comments))
	}
}

// commentMapLines lists cmap's assignments, "line:col *ast.Type <- text"
// (the group's first comment), sorted.
func commentMapLines(cmap ast.CommentMap) []string {
	var lines []string
	for n, groups := range cmap {
		for _, g := range groups {
			lines = append(lines, fmt.Sprintf("%d:%d %T <- %q", n.Start().Line, n.Start().Column, n, g.List[0].Text))
		}
	}
	sort.Strings(lines)
	return lines
}

// TestCommentMapAssignsEveryGroup checks, on every golden input and the
// benchmark program, that each comment group is assigned exactly once.
func TestCommentMapAssignsEveryGroup(t *testing.T) {
	inputs := txtarInputs(t, "testdata/*.txtar")
	if src, err := os.ReadFile("testdata/bench/server.cs"); err == nil {
		inputs["server.cs"] = src
	}
	for name, src := range inputs {
		cu, _ := Parse(name, src)
		seen := map[*ast.CommentGroup]int{}
		for _, gs := range ast.NewCommentMap(cu) {
			for _, g := range gs {
				seen[g]++
			}
		}
		for _, g := range cu.Comments {
			if seen[g] != 1 {
				t.Errorf("%s: comment group at %d:%d assigned %d times", name, g.Pos.Line, g.Pos.Column, seen[g])
			}
		}
	}
}

// TestCommentMapOutOfOrder covers trees whose walk is not in source order
// (a deconstruction's type is walked after its variables), where
// NewCommentMap places the groups over the sorted node list instead.
func TestCommentMapOutOfOrder(t *testing.T) {
	src := `class C
{
    void M()
    {
        // before the deconstruction
        var (a, b) = (1, 2); // after it
        F(a, b);
    }
}
`
	cu, err := Parse("c.cs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := commentMapLines(ast.NewCommentMap(cu))
	want := []string{
		`6:9 *ast.ExprStmt <- "// after it"`,
		`6:9 *ast.ExprStmt <- "// before the deconstruction"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("comment map:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCommentMapVisiting checks, on every parser and translator test input
// (golden inputs, samples, a replicated sample, an out-of-order tree and a
// file without comments), that NewCommentMapVisiting returns the map
// NewCommentMap does and shows its callback exactly the nodes a full
// Inspect meets, the compilation unit and comments aside.
func TestCommentMapVisiting(t *testing.T) {
	inputs := txtarInputs(t, "testdata/*.txtar")
	for name, src := range testprograms.All(t, "..") {
		inputs[name] = src
	}
	if src, err := os.ReadFile("testdata/bench/server.cs"); err == nil {
		inputs["server.cs"] = src
	}
	if js, err := os.ReadFile("../samples/jsonrest/Program.cs"); err == nil {
		inputs["jsonrest x3"] = []byte(samples.Replicate(string(js), 3))
	}
	inputs["out of order"] = []byte("class C { void M() {\n // c\n var (a, b) = (1, 2); // d\n } }\n")
	inputs["no comments"] = []byte("class C { void M() { var (a, b) = (1, 2); F(a.GetType()); } }\n")
	for name, src := range inputs {
		cu, _ := Parse(name, src)
		if cu == nil {
			continue
		}
		want := map[ast.Node]bool{}
		ast.Inspect(cu, func(n ast.Node) bool {
			switch n.(type) {
			case nil, *ast.CommentGroup, *ast.Comment:
				return false
			case *ast.CompilationUnit:
				return true
			}
			want[n] = true
			return true
		})
		seen := map[ast.Node]bool{}
		got := ast.NewCommentMapVisiting(cu, func(n ast.Node) { seen[n] = true })
		if !maps.EqualFunc(got, ast.NewCommentMap(cu), slices.Equal) {
			t.Errorf("%s: NewCommentMapVisiting's map differs from NewCommentMap's", name)
		}
		if !maps.Equal(seen, want) {
			t.Errorf("%s: the callback saw %d nodes, Inspect meets %d", name, len(seen), len(want))
		}
	}
}
