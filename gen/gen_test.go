// Tests of printing: parentheses decided by Go's precedence table, where
// C# and Go disagree, and statement shapes.

package gen

import (
	"strings"
	"testing"

	"github.com/cs2go/cs2go/mapper"
)

func id(n string) mapper.Expr { return &mapper.Ident{Name: n} }

func bin(op string, x, y mapper.Expr) mapper.Expr { return &mapper.BinaryExpr{Op: op, X: x, Y: y} }

// TestParentheses prints trees whose C# grouping Go would read differently
// without parentheses (C# spec §12.4.2 vs the Go spec's precedence table).
func TestParentheses(t *testing.T) {
	tests := []struct {
		name string
		x    mapper.Expr
		want string
	}{
		// C# a << b + c is a << (b + c): + binds tighter in C#, << in Go.
		{"shift of sum", bin("<<", id("a"), bin("+", id("b"), id("c"))), "a << (b + c)"},
		// C# a | b ^ c is a | (b ^ c): in Go | and ^ share a level.
		{"or of xor", bin("|", id("a"), bin("^", id("b"), id("c"))), "a | (b ^ c)"},
		// C# a & b == c is a & (b == c) only for bools; the tree (a & b) == c keeps its parentheses.
		{"and under eq", bin("==", bin("&", id("a"), id("b")), id("c")), "a&b == c"},
		{"eq under and", bin("&&", bin("==", id("a"), id("b")), id("c")), "a == b && c"},
		{"left assoc", bin("-", bin("-", id("a"), id("b")), id("c")), "a - b - c"},
		{"right grouping", bin("-", id("a"), bin("-", id("b"), id("c"))), "a - (b - c)"},
		{"sum times", bin("*", bin("+", id("a"), id("b")), id("c")), "(a + b) * c"},
		{"negate negate", &mapper.UnaryExpr{Op: "-", X: &mapper.UnaryExpr{Op: "-", X: id("x")}}, "-(-x)"},
		{"not of eq", &mapper.UnaryExpr{Op: "!", X: bin("==", id("a"), id("b"))}, "!(a == b)"},
		{"selector of sum", &mapper.SelectorExpr{X: bin("+", id("a"), id("b")), Sel: "F"}, "(a + b).F"},
		{"pointer conversion", &mapper.ConvExpr{Type: &mapper.GoType{Kind: mapper.GoPointer, Elem: &mapper.GoType{Kind: mapper.GoBasic, Name: "T"}}, X: id("x")}, "(*T)(x)"},
		{"slice", &mapper.SliceExpr{X: id("a"), Low: &mapper.BasicLit{Value: "1"}}, "a[1:]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &mapper.File{Source: "t.cs", Decls: []mapper.Decl{&mapper.FuncDecl{Name: "f", Body: &mapper.Block{Stmts: []mapper.Stmt{
				&mapper.AssignStmt{Lhs: []mapper.Expr{id("_")}, Tok: "=", Rhs: []mapper.Expr{tt.x}}}}}}}
			out, err := Generate(f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), "_ = "+tt.want+"\n") {
				t.Errorf("want _ = %s in\n%s", tt.want, out)
			}
		})
	}
}

// TestLineDirectives checks the /*line*/ comments of --line-directives.
func TestLineDirectives(t *testing.T) {
	pos := mapper.Diagnostic{}.Pos
	pos.Filename, pos.Line, pos.Column = "dir/Prog.cs", 12, 5
	f := &mapper.File{Source: "dir/Prog.cs", Decls: []mapper.Decl{&mapper.FuncDecl{Name: "f", Body: &mapper.Block{Stmts: []mapper.Stmt{
		&mapper.LineStmt{Pos: pos, Stmt: &mapper.ExprStmt{X: &mapper.CallExpr{Fun: id("g")}}}}}}}}
	for _, tt := range []struct {
		on   bool
		want string
	}{{false, "\tg()\n"}, {true, "\t/*line Prog.cs:12:5*/ g()\n"}} {
		out, err := Generate(f, Options{LineDirectives: tt.on})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), tt.want) {
			t.Errorf("line directives %v: want %q in\n%s", tt.on, tt.want, out)
		}
	}
}
