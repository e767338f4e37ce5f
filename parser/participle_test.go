// This file tests the participle integration: Definition as a participle
// lexer and ExprParser inside a participle tag grammar.

package parser

import (
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"

	"github.com/cs2go/cs2go/parser/ast"
)

// assignments is a toy participle grammar: `name = <C# expression>;`...
type assignments struct {
	List []*assignment `parser:"@@*"`
}

type assignment struct {
	Name  string   `parser:"@Ident \"=\""`
	Value ast.Expr `parser:"@@ \";\""`
}

func TestParticipleGrammar(t *testing.T) {
	p := participle.MustBuild[assignments](
		participle.Lexer(Definition),
		participle.Elide("Comment"),
		participle.ParseTypeWith(ExprParser),
	)
	src := "a = x + y * 2; // comment\nb = F<int>(c) ?? $\"{d,3:X} e\";\n"
	got, err := p.ParseString("g.cs", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.List) != 2 {
		t.Fatalf("got %d assignments", len(got.List))
	}
	if s := exprString(got.List[0].Value); s != "(x + (y * 2))" {
		t.Errorf("a = %s", s)
	}
	if s := exprString(got.List[1].Value); s != `(F<int>(c) ?? $[hole(d, 3, "X") text(" e")])` {
		t.Errorf("b = %s", s)
	}
	if pos := got.List[1].Value.Start(); pos.Line != 2 || pos.Column != 5 {
		t.Errorf("b's value at %d:%d, want 2:5", pos.Line, pos.Column)
	}

	_, err = p.ParseString("g.cs", "a = (x + ;")
	if err == nil || !strings.Contains(err.Error(), "g.cs:1:10: expected expression, found ';'") {
		t.Errorf("error = %v", err)
	}
}
