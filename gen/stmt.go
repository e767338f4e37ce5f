// This file prints statements.

package gen

import (
	"fmt"
	"path"

	"github.com/dave/jennifer/jen"

	"github.com/cs2go/cs2go/mapper"
)

func (p *printer) stmts(list []mapper.Stmt) []jen.Code {
	out := make([]jen.Code, 0, len(list))
	for _, s := range list {
		out = append(out, p.stmt(s))
	}
	return out
}

func (p *printer) block(b *mapper.Block) *jen.Statement {
	if b == nil {
		return jen.Block()
	}
	return jen.Block(p.stmts(b.Stmts)...)
}

// simple prints a statement used in an if/for header (nil allowed).
func (p *printer) simple(s mapper.Stmt) jen.Code {
	if s == nil {
		return jen.Null()
	}
	return p.stmt(s)
}

func (p *printer) stmt(s mapper.Stmt) *jen.Statement {
	switch s := s.(type) {
	case *mapper.LabeledStmt:
		if !s.Used {
			return p.stmt(s.Stmt)
		}
		return p.labeled(s.Label, p.stmt(s.Stmt))
	case *mapper.LineStmt:
		if !p.opts.LineDirectives {
			return p.stmt(s.Stmt)
		}
		// The /*line*/ form applies to the character right after it, so it
		// can sit at the start of the statement's own line.
		d := fmt.Sprintf("/*line %s:%d:%d*/", path.Base(s.Pos.Filename), s.Pos.Line, s.Pos.Column)
		return jen.Comment(d).Add(p.stmt(s.Stmt))
	case *mapper.Block:
		return p.block(s)
	case *mapper.ExprStmt:
		return p.expr(s.X)
	case *mapper.AssignStmt:
		return jen.List(p.exprs(s.Lhs)...).Op(s.Tok).List(p.exprs(s.Rhs)...)
	case *mapper.VarStmt:
		st := jen.Var().Id(s.Name)
		if s.Type != nil {
			st.Add(p.typ(s.Type))
		}
		if s.Value != nil {
			st.Op("=").Add(p.expr(s.Value))
		}
		return st
	case *mapper.IncDecStmt:
		if s.Inc {
			return p.expr(s.X).Op("++")
		}
		return p.expr(s.X).Op("--")
	case *mapper.IfStmt:
		st := jen.If(p.simple(s.Init), p.expr(s.Cond)).Add(p.block(s.Then))
		switch e := s.Else.(type) {
		case nil:
		case *mapper.Block:
			st.Else().Add(p.block(e))
		default:
			st.Else().Add(p.stmt(e))
		}
		return st
	case *mapper.ForStmt:
		var st *jen.Statement
		switch {
		case s.Init == nil && s.Post == nil && s.Cond == nil:
			st = jen.For()
		case s.Init == nil && s.Post == nil:
			st = jen.For(p.expr(s.Cond))
		default:
			// A three-clause header keeps every clause's slot: Empty (not
			// Null, which jennifer drops from the list) stands for a missing
			// one, so `for ; i < j; post` keeps its first semicolon.
			clause := func(s mapper.Stmt) jen.Code {
				if s == nil {
					return jen.Empty()
				}
				// (func() {...})(): in a for header a function literal's '{'
				// would start the loop body without the parentheses.
				if es, ok := s.(*mapper.ExprStmt); ok {
					if call, ok := es.X.(*mapper.CallExpr); ok {
						if lit, ok := call.Fun.(*mapper.FuncLit); ok && len(call.Args) == 0 {
							return jen.Parens(p.expr(lit)).Call()
						}
					}
				}
				return p.stmt(s)
			}
			var cond jen.Code = jen.Empty()
			if s.Cond != nil {
				cond = p.expr(s.Cond)
			}
			st = jen.For(clause(s.Init), cond, clause(s.Post))
		}
		return p.labeled(s.Label, st.Add(p.block(s.Body)))
	case *mapper.RangeStmt:
		k, v := s.Key, s.Value
		if k == "" {
			k = "_"
		}
		var head *jen.Statement
		switch {
		case k == "_" && (v == "" || v == "_"):
			head = jen.Range().Add(p.expr(s.X))
		case v == "" || v == "_":
			head = jen.Id(k).Op(":=").Range().Add(p.expr(s.X))
		default:
			head = jen.List(jen.Id(k), jen.Id(v)).Op(":=").Range().Add(p.expr(s.X))
		}
		return p.labeled(s.Label, jen.For(head).Add(p.block(s.Body)))
	case *mapper.SwitchStmt:
		var cases []jen.Code
		for _, c := range s.Cases {
			if c.List == nil {
				cases = append(cases, jen.Default().Block(p.stmts(c.Body)...))
				continue
			}
			cases = append(cases, jen.Case(p.exprs(c.List)...).Block(p.stmts(c.Body)...))
		}
		var st *jen.Statement
		if s.Tag == nil {
			st = jen.Switch()
		} else {
			st = jen.Switch(p.expr(s.Tag))
		}
		return p.labeled(s.Label, st.Block(cases...))
	case *mapper.ReturnStmt:
		return jen.Return(p.exprs(s.Results)...)
	case *mapper.BranchStmt:
		if s.Panic != "" {
			return jen.Panic(jen.Lit(s.Panic))
		}
		var st *jen.Statement
		switch s.Tok {
		case "break":
			st = jen.Break()
		case "continue":
			st = jen.Continue()
		default:
			st = jen.Goto()
		}
		if s.Label != "" {
			st.Id(s.Label)
		}
		return st
	case *mapper.GoStmt:
		return jen.Go().Add(p.expr(s.Call))
	case *mapper.DeferStmt:
		return jen.Defer().Add(p.expr(s.Call))
	case *mapper.CommentStmt:
		return comment(s.Text)
	}
	return jen.Null()
}

// labeled prefixes a loop or switch with its label.
func (p *printer) labeled(label string, st *jen.Statement) *jen.Statement {
	if label == "" {
		return st
	}
	return jen.Id(label).Op(":").Line().Add(st)
}
