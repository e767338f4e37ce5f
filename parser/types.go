// This file implements types: scanType/scanTypeArgs, which recognise a type
// at a token index without building nodes or reporting errors (the
// speculative half of the parser's disambiguation), and parseType, which
// builds the TypeRef.

package parser

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// scanMode says how a trailing `?` is read.
type scanMode int

const (
	// scanDecl: in declarations `?` is always the nullable marker
	// (`int? x`).
	scanDecl scanMode = iota
	// scanExpr: after `is`/`as`, in casts and type arguments inside
	// expressions, `?` is nullable only when the token after it cannot
	// start an expression, so `x is int ? a : b` stays a conditional.
	scanExpr
)

func isPredefinedType(t lexer.TokenType) bool {
	switch t {
	case kBool, kByte, kChar, kDecimal, kDouble, kFloat, kInt, kLong, kObject, kSbyte, kShort, kString,
		kUint, kUlong, kUshort, kVoid:
		return true
	}
	return false
}

// scanType returns the index just after a type starting at token j, or -1.
func (p *parser) scanType(j int, mode scanMode) int {
	return p.scanTypeDepth(j, mode, 0)
}

func (p *parser) scanTypeDepth(j int, mode scanMode, depth int) int {
	if depth > MaxDepth {
		p.errs.Add(p.at(j).Pos, "nesting too deep: more than %d levels of nested type arguments", MaxDepth)
		panic(bailout{fatal: true})
	}
	t := p.at(j)
	switch {
	case t.Type == tLParen:
		// Tuple type: (T1 [name], T2 [name], ...), at least two elements.
		j++
		n := 0
		for {
			j = p.scanTypeDepth(j, scanDecl, depth+1)
			if j < 0 {
				return -1
			}
			if p.at(j).Type == tIdent {
				j++
			}
			n++
			if p.at(j).Type == tComma {
				j++
				continue
			}
			if p.at(j).Type != tRParen || n < 2 {
				return -1
			}
			j++
			break
		}
	case isPredefinedType(t.Type):
		j++
	case t.Type == tIdent:
		j++
		if p.at(j).Type == tColonColon {
			j++
			if p.at(j).Type != tIdent {
				return -1
			}
			j++
		}
		if p.at(j).Type == tLt {
			k := p.scanTypeArgsDepth(j, depth+1)
			if k < 0 {
				return -1
			}
			j = k
		}
		for p.at(j).Type == tDot && p.at(j+1).Type == tIdent {
			j += 2
			if p.at(j).Type == tLt {
				k := p.scanTypeArgsDepth(j, depth+1)
				if k < 0 {
					return -1
				}
				j = k
			}
		}
	default:
		return -1
	}
	return p.scanTypeSuffix(j, mode)
}

// scanTypeSuffix scans `?` and rank specifiers after a type's name.
func (p *parser) scanTypeSuffix(j int, mode scanMode) int {
	if p.at(j).Type == tQuestion && p.nullableQuestion(j, mode) {
		j++
	}
	// Pointer types (`int*`) are not scanned: unsafe code is unsupported,
	// and `a * b` must stay a multiplication.
	for p.at(j).Type == tLBrack {
		k := j + 1
		for p.at(k).Type == tComma {
			k++
		}
		if p.at(k).Type != tRBrack {
			break
		}
		j = k + 1
		if p.at(j).Type == tQuestion && p.nullableQuestion(j, mode) {
			j++
		}
	}
	return j
}

// nullableQuestion decides whether the `?` at j is a nullable marker.
func (p *parser) nullableQuestion(j int, mode scanMode) bool {
	if mode == scanDecl {
		return true
	}
	return !canStartExpr(p.at(j + 1))
}

// canStartExpr reports whether t can begin an expression (used to read `?`
// and to tell `await x` from a variable named await).
func canStartExpr(t *lexer.Token) bool {
	switch t.Type {
	case tIdent, tInt, tReal, tChar, tString, tInterp, tLParen, tBang, tTilde, tPlus, tMinus, tInc, tDec,
		kNew, kThis, kBase, kTrue, kFalse, kNull, kTypeof, kDefault, kSizeof, kChecked, kUnchecked,
		kDelegate, kThrow, kStackalloc, tCaret, tDotDot, tAmp, tStar, tLBrack:
		return true
	}
	return isPredefinedType(t.Type)
}

// scanTypeArgs returns the index after `<T, U>` starting at j (a `<`), or
// -1. Empty arguments (`<>`, `<,>`) are accepted for typeof.
func (p *parser) scanTypeArgs(j int) int { return p.scanTypeArgsDepth(j, 0) }

func (p *parser) scanTypeArgsDepth(j int, depth int) int {
	if p.at(j).Type != tLt {
		return -1
	}
	j++
	if p.at(j).Type == tGt || p.at(j).Type == tComma {
		for p.at(j).Type == tComma {
			j++
		}
		if p.at(j).Type != tGt {
			return -1
		}
		return j + 1
	}
	for {
		j = p.scanTypeDepth(j, scanExpr, depth+1)
		if j < 0 {
			return -1
		}
		switch p.at(j).Type {
		case tComma:
			j++
			continue
		case tGt:
			return j + 1
		}
		return -1
	}
}

// parseType parses a type (see scanType for the grammar).
func (p *parser) parseType(mode scanMode) *ast.TypeRef {
	return p.parseTypeOpts(mode, true)
}

// parseTypeNoRanks parses the type after `new`: a nullable marker is read
// but `[` is left for the array sizes (`new byte[n]`).
func (p *parser) parseTypeNoRanks() *ast.TypeRef {
	return p.parseTypeOpts(scanDecl, false)
}

func (p *parser) parseTypeOpts(mode scanMode, ranks bool) *ast.TypeRef {
	p.enter()
	defer p.leave()
	t := p.nodes.types.alloc()
	start := p.pos()
	switch {
	case p.is(tLParen):
		if p.scanType(p.i, mode) < 0 {
			p.errorExpected("type")
		}
		p.next()
		for {
			e := &ast.TupleTypeElem{}
			es := p.pos()
			e.Type = p.parseType(scanDecl)
			if p.is(tIdent) {
				e.Name, _ = p.ident("")
			}
			e.Span = p.span(es)
			t.TupleElems = append(t.TupleElems, e)
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRParen, " to close tuple type")
	case isPredefinedType(p.tok.Type):
		t.Predefined = true
		part := p.nodes.typeParts.alloc()
		*part = ast.TypePart{Span: ast.Span{Pos: p.pos(), EndPos: tokEnd(p.tok)}, Name: p.tok.Value}
		t.Parts = []*ast.TypePart{part}
		p.next()
	case p.is(tIdent):
		if p.peek(1).Type == tColonColon {
			t.Alias, _ = p.ident("")
			p.next()
		}
		for {
			ps := p.pos()
			name, _ := p.ident(" in type name")
			part := p.nodes.typeParts.alloc()
			part.Name = name
			if p.is(tLt) {
				part.TypeArgs = p.parseTypeArgs()
			}
			part.Span = p.span(ps)
			t.Parts = append(t.Parts, part)
			if p.is(tDot) && p.peek(1).Type == tIdent {
				p.next()
				continue
			}
			break
		}
	default:
		if isKeyword(p.tok.Type) {
			p.errorf(p.tok.Pos, "expected type, found keyword %q", p.tok.Value)
		}
		p.errorExpected("type")
	}
	p.parseTypeSuffix(t, mode, ranks)
	t.Span = p.span(start)
	return t
}

func (p *parser) parseTypeSuffix(t *ast.TypeRef, mode scanMode, ranks bool) {
	if p.is(tQuestion) && p.nullableQuestion(p.i, mode) {
		p.next()
		t.Nullable = true
	}
	for ranks && p.is(tLBrack) {
		k := p.i + 1
		for p.at(k).Type == tComma {
			k++
		}
		if p.at(k).Type != tRBrack {
			return
		}
		t.Ranks = append(t.Ranks, k-p.i)
		for p.i <= k {
			p.next()
		}
		if p.is(tQuestion) && p.nullableQuestion(p.i, mode) {
			p.next()
			t.ArrayNullable = true
		}
	}
}

// parseTypeArgs parses `<T, U>`; empty arguments (`<,>`) become nils.
func (p *parser) parseTypeArgs() []*ast.TypeRef {
	p.expect(tLt, "")
	var out []*ast.TypeRef
	if p.is(tGt) || p.is(tComma) {
		out = append(out, nil)
		for p.got(tComma) {
			out = append(out, nil)
		}
		p.expect(tGt, " to close type arguments")
		return out
	}
	for {
		out = append(out, p.parseType(scanExpr))
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tGt, " to close type arguments")
	return out
}

// definitelyType reports whether the tokens [j, k) form something that can
// only be a type, never an expression: a predefined type, or any type with
// `?`, `*`, array ranks or tuple syntax. Used for casts and case labels.
func (p *parser) definitelyType(j, k int) bool {
	if isPredefinedType(p.at(j).Type) || p.at(j).Type == tLParen {
		return true
	}
	last := p.at(k - 1).Type
	return last == tQuestion || last == tStar || last == tRBrack
}
