// This file prints expressions and decides their parentheses from Go's
// precedence table.

package gen

import (
	"github.com/dave/jennifer/jen"

	"github.com/cs2go/cs2go/mapper"
)

// Go's operator precedence levels (The Go Programming Language
// Specification, "Operator precedence"): binary operators 1-5, then unary
// operators, then primary expressions.
const (
	precUnary   = 6
	precPrimary = 7
)

// binaryPrec returns the Go precedence of a binary operator.
func binaryPrec(op string) int {
	switch op {
	case "*", "/", "%", "<<", ">>", "&", "&^":
		return 5
	case "+", "-", "|", "^":
		return 4
	case "==", "!=", "<", "<=", ">", ">=":
		return 3
	case "&&":
		return 2
	case "||":
		return 1
	}
	return 0
}

// prec returns how tightly e binds when printed without parentheses.
func prec(e mapper.Expr) int {
	switch e := e.(type) {
	case *mapper.BinaryExpr:
		return binaryPrec(e.Op)
	case *mapper.UnaryExpr:
		return precUnary
	case *mapper.ConvExpr:
		return precPrimary
	}
	return precPrimary
}

// operand prints e where an operand of precedence at least min is needed,
// adding parentheses when e binds more loosely.
func (p *printer) operand(e mapper.Expr, min int) *jen.Statement {
	if prec(e) < min {
		return jen.Parens(p.expr(e))
	}
	return p.expr(e)
}

// expr prints an expression.
func (p *printer) expr(e mapper.Expr) *jen.Statement {
	switch e := e.(type) {
	case nil:
		return jen.Null()
	case *mapper.Ident:
		return jen.Id(e.Name)
	case *mapper.Qual:
		return jen.Qual(e.Path, e.Name)
	case *mapper.BasicLit:
		// Id does not validate its text, so it prints a literal verbatim.
		return jen.Id(e.Value)
	case *mapper.SelectorExpr:
		return p.operand(e.X, precPrimary).Dot(e.Sel)
	case *mapper.CallExpr:
		args := p.exprs(e.Args)
		if e.Ellipsis && len(args) > 0 {
			args[len(args)-1] = jen.Add(args[len(args)-1]).Op("...")
		}
		return p.operand(e.Fun, precPrimary).Call(args...)
	case *mapper.IndexExpr:
		return p.operand(e.X, precPrimary).Index(jen.List(p.exprs(e.Indices)...))
	case *mapper.TypeExpr:
		return p.typ(e.Type)
	case *mapper.SliceExpr:
		// jennifer separates Index items with ':', and Empty prints nothing.
		low, high := jen.Empty(), jen.Empty()
		if e.Low != nil {
			low = p.expr(e.Low)
		}
		if e.High != nil {
			high = p.expr(e.High)
		}
		return p.operand(e.X, precPrimary).Index(low, high)
	case *mapper.BinaryExpr:
		// Left-associative: a right operand of equal precedence needs
		// parentheses (a - (b - c)).
		pr := binaryPrec(e.Op)
		return p.operand(e.X, pr).Op(e.Op).Add(p.operand(e.Y, pr+1))
	case *mapper.UnaryExpr:
		x := p.operand(e.X, precPrimary)
		if _, ok := e.X.(*mapper.UnaryExpr); ok {
			// "- -x" must not print as "--x".
			x = jen.Parens(p.expr(e.X))
		}
		return jen.Op(e.Op).Add(x)
	case *mapper.ConvExpr:
		t := p.typ(e.Type)
		if e.Type.Kind == mapper.GoPointer || e.Type.Kind == mapper.GoFunc {
			// (*T)(x): *T(x) would dereference the conversion.
			t = jen.Parens(t)
		}
		return t.Call(p.expr(e.X))
	case *mapper.TypeAssertExpr:
		return p.operand(e.X, precPrimary).Assert(p.typ(e.Type))
	case *mapper.FuncLit:
		return jen.Func().Params(p.params(e.Params, e.Variadic)...).Add(p.results(e.Results)).Block(p.stmts(e.Body.Stmts)...)
	case *mapper.CompositeLit:
		return p.typ(e.Type).Values(p.exprs(e.Elems)...)
	case *mapper.KeyValueExpr:
		return p.expr(e.Key).Op(":").Add(p.expr(e.Value))
	}
	return jen.Id("nil")
}

func (p *printer) exprs(list []mapper.Expr) []jen.Code {
	out := make([]jen.Code, 0, len(list))
	for _, e := range list {
		out = append(out, p.expr(e))
	}
	return out
}
