// This file implements round-trip tests: tricky lexing and parsing cases
// (interpolation nesting, verbatim strings, generics versus less-than,
// casts versus parenthesised expressions, precedence) are parsed and
// printed back as fully parenthesised C#, and the lexer's tokens are checked
// to reassemble the source exactly.

package parser

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/parser/ast"
)

// expectExpr parses `x = SRC;` as a top-level statement and compares the
// right-hand side printed fully parenthesised with want.
func expectExpr(t *testing.T, src, want string) {
	t.Helper()
	expectExprRT(t, src, want, true)
}

// expectExprRT is expectExpr; reparse=false skips the round trip for
// outputs that are not C# (the interpolated-string notation).
func expectExprRT(t *testing.T, src, want string, reparse bool) {
	t.Helper()
	t.Run(src, func(t *testing.T) {
		t.Helper()
		cu, err := Parse("rt.cs", []byte("x = "+src+";"))
		if err != nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		got := exprString(cu.Statements[0].(*ast.ExprStmt).X.(*ast.AssignExpr).Right)
		if got != want {
			t.Errorf("parse %q:\n got %s\nwant %s", src, got, want)
		}
		if !reparse {
			return
		}
		// Round trip: the printed form parses to the same tree.
		cu2, err := Parse("rt2.cs", []byte("x = "+got+";"))
		if err != nil {
			t.Fatalf("reparse %q: %v", got, err)
		}
		printParens = false
		defer func() { printParens = true }()
		first := exprString(cu.Statements[0].(*ast.ExprStmt).X.(*ast.AssignExpr).Right)
		if again := exprString(cu2.Statements[0].(*ast.ExprStmt).X.(*ast.AssignExpr).Right); again != first {
			t.Errorf("round trip of %q:\n got %s\nwant %s", src, again, first)
		}
	})
}

func TestParseExpr(t *testing.T) {
	x, err := ParseExpr("e.cs", []byte("a + b * c"))
	if err != nil || exprString(x) != "(a + (b * c))" {
		t.Errorf("ParseExpr = %s, %v", exprString(x), err)
	}
	if _, err := ParseExpr("e.cs", []byte("a + b c")); err == nil || err.Error() != `e.cs:1:7: unexpected identifier "c" after the expression` {
		t.Errorf("ParseExpr error = %v", err)
	}
}

func TestRoundTripPrecedence(t *testing.T) {
	for _, c := range [][2]string{
		{"a + b * c", "(a + (b * c))"},
		{"a - b - c", "((a - b) - c)"},
		{"a << b + c", "(a << (b + c))"},
		{"a | b ^ c & d", "(a | (b ^ (c & d)))"},
		{"a == b < c", "(a == (b < c))"},
		{"a || b && c", "(a || (b && c))"},
		{"a ?? b ?? c", "(a ?? (b ?? c))"},
		{"a ? b : c ? d : e", "(a ? b : (c ? d : e))"},
		{"a ?? b ? c : d", "((a ?? b) ? c : d)"},
		{"y = z = 1", "(y = (z = 1))"},
		{"-a * b", "((-a) * b)"},
		{"!a && b", "((!a) && b)"},
		{"a >> 2 >> 1", "((a >> 2) >> 1)"},
		{"a >>> 1", "(a >>> 1)"},
		{"a > > b", "ERR"},
		{"i++ + ++i", "((i++) + (++i))"},
		{"a is int && b", "((a is int) && b)"},
		{"a as string ?? b", "((a as string) ?? b)"},
		{"await f() + 1", "((await f()) + 1)"},
		{"x => x + 1", "(x => (x + 1))"},
		{"a ?? throw new E()", "(a ?? (throw new E()))"},
		{"a * b switch { _ => 1 }", "(a * (b switch { _ => 1 }))"},
		{"a..b", "(a .. b)"},
		{"^1", "(^1)"},
		{"a is > 1 and < 5", "(a is (> 1 and < 5))"},
		{"a is not null", "(a is (not null))"},
	} {
		if c[1] == "ERR" {
			if _, err := Parse("rt.cs", []byte("x = "+c[0]+";")); err == nil {
				t.Errorf("parse %q: want an error", c[0])
			}
			continue
		}
		expectExpr(t, c[0], c[1])
	}
}

func TestRoundTripGenericsVsLess(t *testing.T) {
	for _, c := range [][2]string{
		{"a < b > (c)", "a<b>(c)"},
		{"F<A, B>(x)", "F<A, B>(x)"},
		{"F(G<A, B>(7))", "F(G<A, B>(7))"},
		{"F(G < A, B > 7)", "F((G < A), (B > 7))"},
		{"a < b", "(a < b)"},
		{"a < b && c > d", "((a < b) && (c > d))"},
		{"(a < b, c > d)", "((a < b), (c > d))"},
		{"x.M<int>()", "x.M<int>()"},
		{"new List<List<int>>()", "new List<List<int>>()"},
		{"a < b >> 1", "(a < (b >> 1))"},
		{"typeof(Dictionary<,>)", "typeof(Dictionary<,>)"},
		{"i < n >> 1", "(i < (n >> 1))"},
		{"o is List<int> l && l.Count > 0", "((o is List<int> l) && (l.Count > 0))"},
	} {
		expectExpr(t, c[0], c[1])
	}
}

func TestRoundTripCasts(t *testing.T) {
	for _, c := range [][2]string{
		{"(a)-b", "((a) - b)"},
		{"(int)-b", "(int)(-b)"},
		{"(a)(b)", "(a)(b)"},
		{"(a) + b", "((a) + b)"},
		{"(int)+b", "(int)(+b)"},
		{"(T)x.y", "(T)x.y"},
		{"(byte[])o", "(byte[])o"},
		{"(int?)null", "(int?)null"},
		{"(List<int>)o", "(List<int>)o"},
		{"(HttpListener)ar.AsyncState", "(HttpListener)ar.AsyncState"},
		{"(double)(a + b) / 2", "((double)((a + b)) / 2)"},
		{"(a)", "(a)"},
		{"(a.b)!", "((a.b)!)"},
		{"(int)HttpStatusCode.OK", "(int)HttpStatusCode.OK"},
		{"(object)this", "(object)this"},
		{"(x) => x", "((x) => x)"},
	} {
		expectExpr(t, c[0], c[1])
	}
}

func TestRoundTripStrings(t *testing.T) {
	for _, c := range [][2]string{
		{`$"a{b}c"`, `$[text("a") hole(b) text("c")]`},
		{`$"{x,5:F2}"`, `$[hole(x, 5, "F2")]`},
		{`$"{{x}}"`, `$[text("{x}")]`},
		{`$"o{$"i{x}"}o"`, `$[text("o") hole($[text("i") hole(x)]) text("o")]`},
		{`$"{(c ? "a" : "b")}"`, `$[hole(((c ? "a" : "b")))]`},
		{`$@"C:\{d}\""x"""`, `$[text("C:\\") hole(d) text("\\\"x\"")]`},
		{`@$"{a}{b}"`, `$[hole(a) hole(b)]`},
		{`$"{d["k"]}"`, `$[hole(d["k"])]`},
		{`$"{a ?? "none"}"`, `$[hole((a ?? "none"))]`},
		{`$"{"x" + y}"`, `$[hole(("x" + y))]`},
		{`@"a""b\n"`, `"a\"b\\n"`},
		{`"\u0041\x42\t"`, `"AB\t"`},
		{`"""a "b" c"""`, `"a \"b\" c"`},
		{`$$"""{"k": {{v}}}"""`, `$[text("{\"k\": ") hole(v) text("}")]`},
		{`'\''`, `'\''`},
		{`'\x41'`, `'A'`},
	} {
		expectExprRT(t, c[0], c[1], !strings.HasPrefix(c[1], "$["))
	}
}

// TestLexRoundTrip checks that tokens, comments and the whitespace between
// them reassemble every golden input exactly, and that nothing but
// whitespace, comments and directives lies between tokens.
func TestLexRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar, err := parseTxtarFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name != "input.cs" {
				continue
			}
			s := newScanner("input.cs", f.Data)
			s.run()
			if len(s.errs) > 0 {
				continue
			}
			type span struct{ a, b int }
			var spans []span
			for _, tk := range s.toks {
				spans = append(spans, span{tk.Pos.Offset, tk.Pos.Offset + len(tk.Value)})
			}
			for _, c := range s.comments {
				spans = append(spans, span{c.Pos.Offset, c.EndPos.Offset})
			}
			covered := make([]bool, len(f.Data))
			for _, sp := range spans {
				for i := sp.a; i < sp.b; i++ {
					covered[i] = true
				}
			}
			var rebuilt strings.Builder
			for i, c := range f.Data {
				if covered[i] {
					rebuilt.WriteByte(c)
					continue
				}
				rebuilt.WriteByte(c)
				if !strings.ContainsRune(" \t\r\n", rune(c)) && !inDirective(f.Data, i) {
					t.Errorf("%s: byte %d (%q) is neither in a token, a comment nor whitespace", file, i, c)
					break
				}
			}
			if rebuilt.String() != string(f.Data) {
				t.Errorf("%s: rebuilt source differs", file)
			}
		}
	}
}

// inDirective reports whether offset i is on a preprocessor line.
func inDirective(src []byte, i int) bool {
	ls := strings.LastIndexByte(string(src[:i]), '\n') + 1
	return strings.HasPrefix(strings.TrimLeft(string(src[ls:]), " \t"), "#")
}

// exprString prints an expression as C#, every compound operation in
// parentheses, for the round-trip tests.
func exprString(e ast.Node) string {
	switch x := e.(type) {
	case nil:
		return "<nil>"
	case *ast.Literal:
		switch v := x.Value.(type) {
		case string:
			return strconv.Quote(v)
		case rune:
			return fmt.Sprintf("%q", v)
		}
		return x.Raw
	case *ast.SimpleName:
		return x.Name + typeArgs(x.TypeArgs)
	case *ast.TypeExpr:
		return x.Type.String()
	case *ast.AliasQualifiedName:
		return x.Alias + "::" + x.Name + typeArgs(x.TypeArgs)
	case *ast.MemberAccessExpr:
		op := "."
		if x.Conditional {
			op = "?."
		}
		return exprString(x.X) + op + x.Name + typeArgs(x.TypeArgs)
	case *ast.InvocationExpr:
		return exprString(x.Fun) + "(" + argsString(x.Args) + ")"
	case *ast.ElementAccessExpr:
		op := "["
		if x.Conditional {
			op = "?["
		}
		return exprString(x.X) + op + argsString(x.Args) + "]"
	case *ast.BinaryExpr:
		return "(" + exprString(x.X) + " " + x.Op.String() + " " + exprString(x.Y) + ")"
	case *ast.UnaryExpr:
		return "(" + x.Op.String() + exprString(x.X) + ")"
	case *ast.PostfixExpr:
		return "(" + exprString(x.X) + x.Op.String() + ")"
	case *ast.AssignExpr:
		return "(" + exprString(x.Left) + " " + x.Op.String() + " " + exprString(x.Right) + ")"
	case *ast.ConditionalExpr:
		return "(" + exprString(x.Cond) + " ? " + exprString(x.Then) + " : " + exprString(x.Else) + ")"
	case *ast.CastExpr:
		return "(" + x.Type.String() + ")" + exprString(x.X)
	case *ast.IsExpr:
		return "(" + exprString(x.X) + " is " + patString(x.Pattern) + ")"
	case *ast.AsExpr:
		return "(" + exprString(x.X) + " as " + x.Type.String() + ")"
	case *ast.ParenExpr:
		if !printParens {
			return exprString(x.X)
		}
		return "(" + exprString(x.X) + ")"
	case *ast.ObjectCreationExpr:
		s := "new " + x.Type.String() + "(" + argsString(x.Args) + ")"
		if x.Init != nil {
			s += " " + exprString(x.Init)
		}
		return s
	case *ast.InitializerExpr:
		var parts []string
		for _, el := range x.Elems {
			parts = append(parts, exprString(el))
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	case *ast.LambdaExpr:
		var ps []string
		for _, p := range x.Params {
			ps = append(ps, p.Name)
		}
		params := strings.Join(ps, ", ")
		if x.Parens {
			params = "(" + params + ")"
		}
		body := "{...}"
		if x.ExprBody != nil {
			body = exprString(x.ExprBody)
		}
		return "(" + params + " => " + body + ")"
	case *ast.InterpolatedStringExpr:
		var parts []string
		for _, p := range x.Parts {
			switch p := p.(type) {
			case *ast.InterpolatedText:
				parts = append(parts, "text("+strconv.Quote(p.Text)+")")
			case *ast.Interpolation:
				h := exprString(p.X)
				if p.Align != nil {
					h += ", " + exprString(p.Align)
				}
				if p.Format != "" {
					h += ", " + strconv.Quote(p.Format)
				}
				parts = append(parts, "hole("+h+")")
			}
		}
		return "$[" + strings.Join(parts, " ") + "]"
	case *ast.TypeOfExpr:
		return "typeof(" + x.Type.String() + ")"
	case *ast.AwaitExpr:
		return "(await " + exprString(x.X) + ")"
	case *ast.ThrowExpr:
		return "(throw " + exprString(x.X) + ")"
	case *ast.SwitchExpr:
		var arms []string
		for _, a := range x.Arms {
			arms = append(arms, patString(a.Pattern)+" => "+exprString(a.X))
		}
		return "(" + exprString(x.X) + " switch { " + strings.Join(arms, ", ") + " })"
	case *ast.RangeExpr:
		return "(" + exprString(x.X) + " .. " + exprString(x.Y) + ")"
	case *ast.TupleExpr:
		return "(" + argsString(x.Elems) + ")"
	case *ast.ThisExpr:
		return "this"
	case *ast.DeclarationExpr:
		return x.Type.String() + " " + x.Name
	}
	return fmt.Sprintf("<%T>", e)
}

func typeArgs(ts []*ast.TypeRef) string {
	if ts == nil {
		return ""
	}
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.String())
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

func argsString(args []*ast.Argument) string {
	var parts []string
	for _, a := range args {
		s := exprString(a.X)
		if a.Modifier != ast.ParamNone {
			s = a.Modifier.String() + " " + s
		}
		if a.Name != "" {
			s = a.Name + ": " + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func patString(p ast.Pattern) string {
	switch x := p.(type) {
	case *ast.TypePattern:
		return x.Type.String()
	case *ast.DeclarationPattern:
		return x.Type.String() + " " + x.Name
	case *ast.ConstantPattern:
		return exprString(x.X)
	case *ast.RelationalPattern:
		return x.Op.String() + " " + exprString(x.X)
	case *ast.NotPattern:
		return "(not " + patString(x.P) + ")"
	case *ast.BinaryPattern:
		op := " and "
		if x.Or {
			op = " or "
		}
		return "(" + patString(x.X) + op + patString(x.Y) + ")"
	case *ast.DiscardPattern:
		return "_"
	case *ast.VarPattern:
		return "var " + strings.Join(x.Names, ", ")
	}
	return fmt.Sprintf("<%T>", p)
}

// printParens makes exprString show source parentheses (ParenExpr); the
// round-trip comparison turns it off, since printing adds its own.
var printParens = true
