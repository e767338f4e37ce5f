// This file checks that every node of every golden input carries a
// position: a start on line >= 1, an end not before the start, and a span
// inside its parent's span.

package parser

import (
	"os"
	"testing"

	"github.com/cs2go/cs2go/parser/ast"
)

func TestPositions(t *testing.T) {
	inputs := txtarInputs(t, "testdata/*.txtar")
	if src, err := os.ReadFile("testdata/bench/server.cs"); err == nil {
		inputs["server.cs"] = src
	}
	for name, src := range inputs {
		cu, err := Parse(name, src)
		if err != nil {
			continue
		}
		var stack []ast.Node
		ast.Inspect(cu, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return false
			}
			switch n.(type) {
			case *ast.CommentGroup, *ast.Comment:
				// Doc comments sit before their declaration's span.
				stack = append(stack, n)
				return true
			}
			s, e := n.Start(), n.End()
			if s.Line < 1 || s.Column < 1 || e.Offset < s.Offset || e.Line < s.Line {
				t.Errorf("%s: %T has bad span %d:%d-%d:%d", name, n, s.Line, s.Column, e.Line, e.Column)
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				_, isGroup := parent.(*ast.CommentGroup)
				_, inDecl := parent.(*ast.DeclarationExpr)
				sharedVar := inDecl && s.Offset < parent.Start().Offset // `var (a, b)`: see ast.DeclarationExpr
				if !isGroup && !sharedVar && (s.Offset < parent.Start().Offset || e.Offset > parent.End().Offset) {
					t.Errorf("%s: %T at %d:%d-%d:%d lies outside its parent %T at %d:%d-%d:%d", name, n,
						s.Line, s.Column, e.Line, e.Column, parent, parent.Start().Line, parent.Start().Column,
						parent.End().Line, parent.End().Column)
				}
			}
			stack = append(stack, n)
			return true
		})
	}
}
