// This file implements pattern parsing for `is`, `case` labels and
// switch-expression arms: type, declaration, var, constant, relational,
// not/and/or, discard, positional and property patterns.

package parser

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// patContext says where a pattern appears; it decides how a bare name
// reads (see the ast package comment) and how far a constant extends.
type patContext int

const (
	patIs   patContext = iota // after `is`: a name is a TypePattern
	patCase                   // case label: a name is a ConstantPattern
	patArm                    // switch-expression arm: as patCase
)

func (p *parser) parsePattern(ctx patContext) ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.pos()
	x := p.parseAndPattern(ctx)
	for p.isWord("or") && p.patternFollows(1) {
		p.next()
		y := p.parseAndPattern(ctx)
		x = &ast.BinaryPattern{Span: p.span(start), Or: true, X: x, Y: y}
	}
	return x
}

// patternFollows reports whether the token k ahead can start a pattern, so
// that `or`/`and` are combinators rather than names.
func (p *parser) patternFollows(k int) bool {
	t := p.peek(k)
	switch t.Type {
	case tFatArrow, tColon, tRParen, tComma, tSemi, tRBrace, tEOF, tAssign, tQuestion, tAndAnd, tOrOr:
		return false
	}
	return true
}

func (p *parser) parseAndPattern(ctx patContext) ast.Pattern {
	start := p.pos()
	x := p.parseNotPattern(ctx)
	for p.isWord("and") && p.patternFollows(1) {
		p.next()
		y := p.parseNotPattern(ctx)
		x = &ast.BinaryPattern{Span: p.span(start), X: x, Y: y}
	}
	return x
}

func (p *parser) parseNotPattern(ctx patContext) ast.Pattern {
	start := p.pos()
	if p.isWord("not") && p.patternFollows(1) {
		p.next()
		inner := p.parseNotPattern(ctx)
		return &ast.NotPattern{Span: p.span(start), P: inner}
	}
	return p.parsePrimaryPattern(ctx)
}

func (p *parser) parsePrimaryPattern(ctx patContext) ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.pos()
	switch p.tok.Type {
	case tLt, tGt, tLe, tGe:
		r := &ast.RelationalPattern{}
		switch p.tok.Type {
		case tLt:
			r.Op = ast.OpLt
		case tGt:
			r.Op = ast.OpGt
		case tLe:
			r.Op = ast.OpLe
		default:
			r.Op = ast.OpGe
		}
		p.next()
		r.X = p.parseBinary(ast.PrecShift)
		r.Span = p.span(start)
		return r
	case tLParen:
		// A parenthesised pattern, or a positional pattern without type.
		if p.isParenPattern() {
			p.next()
			inner := p.parsePattern(ctx)
			p.expect(tRParen, " to close the parenthesised pattern")
			return inner
		}
		if p.isPositionalPattern() {
			return p.parseRecursivePattern(start, nil)
		}
	case tLBrace:
		return p.parseRecursivePattern(start, nil)
	case tLBrack:
		p.errorf(start, "list patterns ([1, .., n]) are not supported")
	case tIdent:
		switch {
		case p.tok.Value == "_" && !p.nameFollows(1):
			p.next()
			return &ast.DiscardPattern{Span: p.span(start)}
		case p.tok.Value == "var" && (p.peek(1).Type == tIdent || p.peek(1).Type == tLParen):
			v := &ast.VarPattern{}
			p.next()
			if p.got(tLParen) {
				for {
					n, _ := p.ident(" in var pattern")
					v.Names = append(v.Names, n)
					if !p.got(tComma) {
						break
					}
				}
				p.expect(tRParen, " to close the var pattern")
			} else {
				n, _ := p.ident("")
				v.Names = []string{n}
			}
			v.Span = p.span(start)
			return v
		}
	}
	// A type-led pattern: `T`, `T x`, `T(...)`, `T { ... }`.
	if j := p.scanType(p.i, scanExpr); j > 0 && (p.at(j).Type != tDot) {
		next := p.at(j)
		isDesignation := next.Type == tIdent && !isPatternWord(next.Value)
		isRecursive := next.Type == tLBrace || next.Type == tLParen && !isPredefinedType(p.tok.Type)
		typeOnly := p.definitelyType(p.i, j)
		if isDesignation || isRecursive || typeOnly || ctx == patIs && p.isTypePatternEnd(j) {
			typ := p.parseType(scanExpr)
			switch {
			case isRecursive:
				return p.parseRecursivePattern(start, typ)
			case isDesignation:
				d := &ast.DeclarationPattern{Type: typ}
				d.Name, _ = p.ident("")
				d.Span = p.span(start)
				return d
			}
			return &ast.TypePattern{Span: p.span(start), Type: typ}
		}
	}
	// A constant pattern.
	minPrec := ast.PrecShift
	if ctx != patIs {
		minPrec = ast.PrecOr
	}
	x := p.parseBinary(minPrec)
	return &ast.ConstantPattern{Span: p.span(start), X: x}
}

func isPatternWord(w string) bool {
	return w == "and" || w == "or" || w == "when" || w == "not"
}

// nameFollows reports whether the token k ahead is a designation name.
func (p *parser) nameFollows(k int) bool {
	t := p.peek(k)
	return t.Type == tIdent && !isPatternWord(t.Value)
}

// isTypePatternEnd reports whether a type scanned up to j ends the pattern
// (so `x is Foo` is a type test but `x is Foo.Bar + 1` is not).
func (p *parser) isTypePatternEnd(j int) bool {
	t := p.at(j)
	switch t.Type {
	case tRParen, tSemi, tComma, tRBrack, tRBrace, tEOF, tAndAnd, tOrOr, tQuestion, tColon, tFatArrow,
		tEq, tNe, tAmp, tPipe, tCaret, tQQ:
		return true
	case tIdent:
		return isPatternWord(t.Value)
	}
	return false
}

// isParenPattern reports whether `(` starts a parenthesised pattern (one
// element, no comma) rather than a positional pattern or a parenthesised
// constant expression. A parenthesised relational/not/type pattern is the
// case that matters (`is (> 1 and < 5)`).
func (p *parser) isParenPattern() bool {
	k := p.skipBalanced(p.i)
	if k < 0 {
		return false
	}
	// A comma at depth 1 means positional.
	depth := 0
	for j := p.i; j < k; j++ {
		switch p.toks[j].Type {
		case tLParen, tLBrack, tLBrace:
			depth++
		case tRParen, tRBrack, tRBrace:
			depth--
		case tComma:
			if depth == 1 {
				return false
			}
		}
	}
	n := p.peek(1)
	switch n.Type {
	case tLt, tGt, tLe, tGe:
		return true
	case tIdent:
		return n.Value == "not" || n.Value == "var" || n.Value == "_"
	}
	// `(T x)` or `(A or B)` inside: look for pattern words at depth 1.
	depth = 0
	for j := p.i; j < k; j++ {
		switch p.toks[j].Type {
		case tLParen:
			depth++
		case tRParen:
			depth--
		case tIdent:
			if depth == 1 && isPatternWord(p.toks[j].Value) {
				return true
			}
		}
	}
	return false
}

// isPositionalPattern reports whether `(` starts a positional pattern
// `(a, b)` (a comma at depth 1).
func (p *parser) isPositionalPattern() bool {
	k := p.skipBalanced(p.i)
	if k < 0 {
		return false
	}
	depth := 0
	for j := p.i; j < k; j++ {
		switch p.toks[j].Type {
		case tLParen, tLBrack, tLBrace:
			depth++
		case tRParen, tRBrack, tRBrace:
			depth--
		case tComma:
			if depth == 1 {
				return true
			}
		}
	}
	return false
}

// parseRecursivePattern parses `[Type] [(subpatterns)] [{ props }] [name]`.
func (p *parser) parseRecursivePattern(start lexer.Position, typ *ast.TypeRef) ast.Pattern {
	r := &ast.RecursivePattern{Type: typ}
	if p.is(tLParen) {
		r.HasPositional = true
		p.next()
		for !p.is(tRParen) && !p.is(tEOF) {
			r.Positional = append(r.Positional, p.parseSubpattern())
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRParen, " to close the positional pattern")
	}
	if p.is(tLBrace) {
		r.HasProps = true
		p.next()
		for !p.is(tRBrace) && !p.is(tEOF) {
			r.Props = append(r.Props, p.parseSubpattern())
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRBrace, " to close the property pattern")
	}
	if p.nameFollows(0) {
		r.Name, _ = p.ident("")
	}
	r.Span = p.span(start)
	return r
}

// parseSubpattern parses `Name: pattern`, `A.B: pattern` or `pattern`.
func (p *parser) parseSubpattern() *ast.Subpattern {
	s := &ast.Subpattern{}
	start := p.pos()
	if p.is(tIdent) {
		j := p.i + 1
		for p.at(j).Type == tDot && p.at(j+1).Type == tIdent {
			j += 2
		}
		if p.at(j).Type == tColon {
			name := identName(p.tok)
			p.next()
			for p.got(tDot) {
				n, _ := p.ident("")
				name += "." + n
			}
			p.next() // ':'
			s.Name = name
		}
	}
	s.Pattern = p.parsePattern(patArm)
	s.Span = p.span(start)
	return s
}
