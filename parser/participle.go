// This file connects the C# expression parser to participle grammars:
// ExprParser is a participle.ParseTypeWith function, so a tag grammar
// built with participle.Lexer(parser.Definition) can embed full C#
// expressions (precedence climbing over participle's PeekingLexer).

package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// ExprParser parses one C# expression from lex, which must carry tokens of
// Definition. Register it with participle.ParseTypeWith(parser.ExprParser).
// It returns participle.NextMatch when no expression starts at the cursor,
// and otherwise an *Error (a participle.Error) worded for C# developers.
func ExprParser(lex *lexer.PeekingLexer) (ast.Expr, error) {
	if !canStartExpr(lex.Peek()) {
		return nil, participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	var toks []lexer.Token
	for {
		t := lex.Next()
		toks = append(toks, *t)
		if t.EOF() {
			break
		}
	}
	lex.LoadCheckpoint(cp)
	sc := &scanner{interps: map[int]*interpInfo{}}
	p := &parser{toks: toks, sc: sc, errs: &sc.errs, nodes: &nodeSlabs{}}
	p.tok = &p.toks[0]
	if len(toks) > 0 {
		p.filename = toks[0].Pos.Filename
	}
	x, err := p.parseExprSafe()
	if err != nil {
		return nil, err
	}
	for k := 0; k < p.i; k++ {
		lex.Next()
	}
	return x, nil
}

// parseExprSafe parses an expression, turning a bailout into the first
// recorded diagnostic.
func (p *parser) parseExprSafe() (x ast.Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				p.errs.Add(p.tok.Pos, "internal parser error: %v", r)
			}
			x = nil
			p.errs.Sort()
			err = (*p.errs)[0]
		}
	}()
	x = p.parseExpr()
	if len(*p.errs) > 0 {
		p.errs.Sort()
		return nil, (*p.errs)[0]
	}
	return x, nil
}

// rescanInterpolated rebuilds the side-table entry of an interpolated
// string token whose lexer is gone (tokens that came through participle),
// by lexing the token's text again at its original position.
func (p *parser) rescanInterpolated(t *lexer.Token) *interpInfo {
	s := newScanner(t.Pos.Filename, []byte(t.Value))
	s.pcLine, s.pcCol = t.Pos.Line, t.Pos.Column
	tok := s.scan()
	info := s.interps[0]
	if tok.Type != tInterp || info == nil {
		return nil
	}
	for i := range info.parts {
		part := &info.parts[i]
		part.pos.Offset += t.Pos.Offset
		part.end.Offset += t.Pos.Offset
		for k := range part.toks {
			part.toks[k].Pos.Offset += t.Pos.Offset
		}
	}
	for off, in := range s.interps {
		if off != 0 {
			p.sc.interps[off+t.Pos.Offset] = in
		}
	}
	*p.errs = append(*p.errs, s.errs...)
	return info
}
