// This file implements expression parsing: precedence climbing for the
// binary operators (levels in ast's Prec* constants), unary operators and
// casts, primary expressions with their postfix chains, lambdas, object and
// array creation, initializers, switch expressions and interpolated
// strings.

package parser

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// parseExpr parses a full expression, assignments and lambdas included.
func (p *parser) parseExpr() ast.Expr {
	p.enter()
	defer p.leave()
	if p.isLambdaStart() {
		return p.parseLambda()
	}
	if p.is(kThrow) {
		start := p.pos()
		p.next()
		x := p.parseExpr()
		return &ast.ThrowExpr{Span: p.span(start), X: x}
	}
	start := p.pos()
	x := p.parseConditional()
	if op, n := p.assignOp(); op != ast.OpNone {
		opPos := p.pos()
		for k := 0; k < n; k++ {
			p.next()
		}
		a := &ast.AssignExpr{Op: op, OpPos: opPos, Left: x}
		if op == ast.OpAssign && p.got(kRef) {
			a.Ref = true
		}
		if op == ast.OpAssign && p.is(tLBrace) {
			p.errorf(p.tok.Pos, "an array initializer '{ ... }' can only initialize a declaration: write 'new[] { ... }'")
		}
		a.Right = p.parseExpr()
		a.Span = p.span(start)
		return a
	}
	return x
}

// assignOp returns the assignment operator at the cursor and how many
// tokens it spans (`>>=` is `>` followed by an adjacent `>=`).
func (p *parser) assignOp() (ast.Op, int) {
	switch p.tok.Type {
	case tAssign:
		return ast.OpAssign, 1
	case tPlusEq:
		return ast.OpAddAssign, 1
	case tMinusEq:
		return ast.OpSubAssign, 1
	case tStarEq:
		return ast.OpMulAssign, 1
	case tSlashEq:
		return ast.OpDivAssign, 1
	case tPercentEq:
		return ast.OpRemAssign, 1
	case tAmpEq:
		return ast.OpAndAssign, 1
	case tPipeEq:
		return ast.OpOrAssign, 1
	case tCaretEq:
		return ast.OpXorAssign, 1
	case tShlEq:
		return ast.OpShlAssign, 1
	case tQQEq:
		return ast.OpCoalesceAssign, 1
	case tGt:
		if p.peek(1).Type == tGe && p.adjacent(p.i+1) {
			return ast.OpShrAssign, 2
		}
		if p.peek(1).Type == tGt && p.adjacent(p.i+1) && p.peek(2).Type == tGe && p.adjacent(p.i+2) {
			return ast.OpUShrAssign, 3
		}
	}
	return ast.OpNone, 0
}

// parseConditional parses `c ? a : b` over a binary expression.
func (p *parser) parseConditional() ast.Expr {
	start := p.pos()
	x := p.parseBinary(ast.PrecCoalesce)
	if !p.is(tQuestion) {
		return x
	}
	p.next()
	c := &ast.ConditionalExpr{Cond: x}
	c.Then = p.parseExpr()
	p.expect(tColon, " in conditional expression (c ? a : b)")
	c.Else = p.parseExpr()
	c.Span = p.span(start)
	return c
}

// binaryOp returns the binary operator at the cursor, its precedence and
// its length in tokens (`>>` and `>>>` are adjacent `>` tokens so that
// `List<List<int>>` lexes as types).
func (p *parser) binaryOp() (ast.Op, int, int) {
	var op ast.Op
	switch p.tok.Type {
	case tStar:
		op = ast.OpMul
	case tSlash:
		op = ast.OpDiv
	case tPercent:
		op = ast.OpRem
	case tPlus:
		op = ast.OpAdd
	case tMinus:
		op = ast.OpSub
	case tShl:
		op = ast.OpShl
	case tLt:
		op = ast.OpLt
	case tLe:
		op = ast.OpLe
	case tGe:
		op = ast.OpGe
	case tGt:
		if p.peek(1).Type == tGt && p.adjacent(p.i+1) {
			if p.peek(2).Type == tGt && p.adjacent(p.i+2) {
				if p.peek(3).Type == tGe && p.adjacent(p.i+3) {
					return ast.OpNone, 0, 0 // >>>=
				}
				return ast.OpUShr, ast.PrecShift, 3
			}
			if p.peek(2).Type == tGe && p.adjacent(p.i+2) {
				return ast.OpNone, 0, 0 // >>>= handled by assignOp
			}
			return ast.OpShr, ast.PrecShift, 2
		}
		if p.peek(1).Type == tGe && p.adjacent(p.i+1) {
			return ast.OpNone, 0, 0 // >>=
		}
		op = ast.OpGt
	case tEq:
		op = ast.OpEq
	case tNe:
		op = ast.OpNe
	case tAmp:
		op = ast.OpAnd
	case tCaret:
		op = ast.OpXor
	case tPipe:
		op = ast.OpOr
	case tAndAnd:
		op = ast.OpLogAnd
	case tOrOr:
		op = ast.OpLogOr
	case tQQ:
		op = ast.OpCoalesce
	default:
		return ast.OpNone, 0, 0
	}
	return op, op.Precedence(), 1
}

// parseBinary parses operators of precedence >= minPrec by precedence
// climbing; `is`, `as`, `switch`, `with` and `..` are handled as operators
// at their levels.
func (p *parser) parseBinary(minPrec int) ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos()
	var x ast.Expr
	if p.is(tDotDot) {
		x = p.parseRange(start, nil)
	} else {
		x = p.parseUnary()
	}
	for {
		switch {
		case p.is(kIs) && minPrec <= ast.PrecRelational:
			p.next()
			pat := p.parsePattern(patIs)
			x = &ast.IsExpr{Span: p.span(start), X: x, Pattern: pat}
			continue
		case p.is(kAs) && minPrec <= ast.PrecRelational:
			p.next()
			t := p.parseType(scanExpr)
			x = &ast.AsExpr{Span: p.span(start), X: x, Type: t}
			continue
		case p.is(kSwitch) && minPrec <= ast.PrecSwitch:
			x = p.parseSwitchExpr(start, x)
			continue
		case p.isWord("with") && p.peek(1).Type == tLBrace && minPrec <= ast.PrecSwitch:
			p.next()
			w := &ast.WithExpr{X: x}
			w.Init = p.parseInitializer(ast.InitObject)
			w.Span = p.span(start)
			x = w
			continue
		case p.is(tDotDot) && minPrec <= ast.PrecRange:
			x = p.parseRange(start, x)
			continue
		}
		op, prec, n := p.binaryOp()
		if op == ast.OpNone || prec < minPrec {
			return x
		}
		opPos := p.pos()
		for k := 0; k < n; k++ {
			p.next()
		}
		var y ast.Expr
		if op == ast.OpCoalesce {
			// ?? is right-associative and its right operand may be a
			// throw expression.
			if p.is(kThrow) {
				ts := p.pos()
				p.next()
				tx := p.parseBinary(ast.PrecCoalesce)
				y = &ast.ThrowExpr{Span: p.span(ts), X: tx}
			} else {
				y = p.parseBinary(prec)
			}
		} else {
			y = p.parseBinary(prec + 1)
		}
		x = &ast.BinaryExpr{Span: p.span(start), Op: op, OpPos: opPos, X: x, Y: y}
	}
}

// parseRange parses `x..y` with either operand optional (cursor at `..`).
func (p *parser) parseRange(start lexer.Position, x ast.Expr) ast.Expr {
	p.expect(tDotDot, "")
	r := &ast.RangeExpr{X: x}
	if canStartExpr(p.tok) && !p.is(tLBrack) {
		r.Y = p.parseBinary(ast.PrecRange + 1)
	}
	r.Span = p.span(start)
	return r
}

// parseUnary parses prefix operators, casts and await.
func (p *parser) parseUnary() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos()
	var op ast.Op
	switch p.tok.Type {
	case tPlus:
		op = ast.OpAdd
	case tMinus:
		op = ast.OpSub
	case tBang:
		op = ast.OpNot
	case tTilde:
		op = ast.OpBitNot
	case tInc:
		op = ast.OpInc
	case tDec:
		op = ast.OpDec
	case tCaret:
		op = ast.OpXor
	case tAmp, tStar:
		// Address-of and dereference only exist in unsafe code.
		p.errorf(start, "unsafe code (pointer operator '%s') is not supported", p.tok.Value)
	case tLParen:
		if t, _ := p.castType(); t > 0 {
			p.next()
			typ := p.parseType(scanExpr)
			p.expect(tRParen, " to close the cast")
			x := p.parseUnary()
			return &ast.CastExpr{Span: p.span(start), Type: typ, X: x}
		}
	case tIdent:
		if p.tok.Value == "await" && p.isAwaitOperator() {
			p.next()
			x := p.parseUnary()
			return &ast.AwaitExpr{Span: p.span(start), X: x}
		}
	}
	if op != ast.OpNone {
		p.next()
		x := p.parseUnary()
		return &ast.UnaryExpr{Span: p.span(start), Op: op, X: x}
	}
	return p.parsePostfix(p.parsePrimaryNoPostfix(), start)
}

// isAwaitOperator reports whether `await` at the cursor is the operator
// (followed by an operand) rather than a variable named await.
func (p *parser) isAwaitOperator() bool {
	n := p.peek(1)
	switch n.Type {
	case tPlus, tMinus, tAmp, tStar, tLBrack, tCaret, tDotDot:
		return false
	case tLParen:
		return true
	}
	return canStartExpr(n)
}

// castType decides whether `(` at the cursor starts a cast (C# spec
// §12.9.7): the parenthesised tokens must form a type, and either that type
// can only be a type (`(int)-x`, `(byte[])o`) and an operand follows, or
// the token after `)` is one that cannot continue a parenthesised
// expression: an identifier, a literal, `(`, `~`, `!` followed by an
// operand, or a keyword other than `as`, `is` and `switch`. It returns the
// indexes of the type's first token and of the `)` (0, 0 if not a cast).
func (p *parser) castType() (int, int) {
	j := p.i + 1
	k := p.scanType(j, scanExpr)
	if k < 0 || p.at(k).Type != tRParen || p.at(j).Type == tLParen {
		// Not a type; or a tuple type, which would be ambiguous with a
		// parenthesised tuple: `((a, b))` stays a tuple.
		return 0, 0
	}
	after := p.at(k + 1)
	if p.definitelyType(j, k) {
		if canStartExpr(after) {
			return j, k
		}
		// A parenthesised type is never an expression on its own.
		p.errorf(after.Pos, "expected expression after the cast '(%s)', found %s", p.tokText(j, k), describe(after))
	}
	switch after.Type {
	case tIdent:
		if isPatternWord(after.Value) || after.Value == "with" {
			return 0, 0
		}
		return j, k
	case tInt, tReal, tChar, tString, tInterp, tLParen, tTilde:
		return j, k
	case tBang:
		// `(x)!` is the null-forgiving operator unless an operand follows.
		if canStartExpr(p.at(k + 2)) {
			return j, k
		}
		return 0, 0
	case kAs, kIs, kSwitch:
		return 0, 0
	}
	if isKeyword(after.Type) {
		return j, k
	}
	return 0, 0
}

// tokText joins the source text of tokens [j, k) for messages.
func (p *parser) tokText(j, k int) string {
	s := ""
	for ; j < k; j++ {
		s += p.at(j).Value
	}
	return s
}

// parsePostfix applies member access, invocation, element access, `?.`,
// `?[`, `++`, `--`, `!` and `->` to x.
func (p *parser) parsePostfix(x ast.Expr, start lexer.Position) ast.Expr {
	for {
		switch p.tok.Type {
		case tDot:
			p.next()
			x = p.parseMemberAccess(x, start, false)
		case tQuestion:
			n := p.peek(1)
			if !p.adjacent(p.i + 1) {
				return x
			}
			switch n.Type {
			case tDot:
				p.next()
				p.next()
				x = p.parseMemberAccess(x, start, true)
			case tLBrack:
				p.next()
				args := p.parseArgs(tLBrack, tRBrack)
				x = &ast.ElementAccessExpr{Span: p.span(start), X: x, Args: args, Conditional: true}
			default:
				return x
			}
		case tArrow:
			p.errorf(p.tok.Pos, "unsafe code (pointer member access '->') is not supported")
		case tLParen:
			args := p.parseArgs(tLParen, tRParen)
			if sn, ok := x.(*ast.SimpleName); ok && sn.Name == "nameof" && sn.TypeArgs == nil && len(args) == 1 && args[0].Name == "" && args[0].Modifier == ast.ParamNone {
				x = &ast.NameOfExpr{Span: p.span(start), X: args[0].X}
				continue
			}
			call := p.nodes.invocations.alloc()
			*call = ast.InvocationExpr{Span: p.span(start), Fun: x, Args: args}
			x = call
		case tLBrack:
			args := p.parseArgs(tLBrack, tRBrack)
			if len(args) == 0 {
				p.errorf(p.end(), "expected index expression inside '[]'")
			}
			x = &ast.ElementAccessExpr{Span: p.span(start), X: x, Args: args}
		case tInc:
			p.next()
			x = &ast.PostfixExpr{Span: p.span(start), Op: ast.OpInc, X: x}
		case tDec:
			p.next()
			x = &ast.PostfixExpr{Span: p.span(start), Op: ast.OpDec, X: x}
		case tBang:
			p.next()
			x = &ast.PostfixExpr{Span: p.span(start), Op: ast.OpNot, X: x}
		default:
			return x
		}
	}
}

// parseMemberAccess parses the name after `.`/`?.` (with type arguments when
// they pass the generic disambiguation test).
func (p *parser) parseMemberAccess(x ast.Expr, start lexer.Position, conditional bool) ast.Expr {
	m := p.nodes.members.alloc()
	m.X, m.Conditional = x, conditional
	m.NamePos = p.pos()
	if p.tok.Type != tIdent && isKeyword(p.tok.Type) {
		p.errorf(p.tok.Pos, "expected member name after '.', found keyword %q (use @%s)", p.tok.Value, p.tok.Value)
	}
	m.Name, _ = p.ident(" after '.'")
	if p.is(tLt) && p.isGenericArgs() {
		m.TypeArgs = p.parseTypeArgs()
	}
	m.Span = p.span(start)
	return m
}

// isGenericArgs applies C#'s disambiguation rule (spec §6.2.5) to the `<`
// at the cursor: it starts type arguments if the tokens up to a matching
// `>` form a type argument list and the token after `>` is one of
// ( ) ] } : ; , . ? == != | ^ && || & [ or the end of the expression.
func (p *parser) isGenericArgs() bool {
	j := p.scanTypeArgs(p.i)
	if j < 0 {
		return false
	}
	switch p.at(j).Type {
	case tLParen, tRParen, tRBrack, tRBrace, tColon, tSemi, tComma, tDot, tQuestion, tEq, tNe, tPipe,
		tCaret, tAndAnd, tOrOr, tAmp, tLBrack, tEOF, tQQ:
		return true
	case tIdent:
		// `x is List<int> list`, `case Foo<T> t`: a designation follows.
		prev := p.at(p.i - 2)
		return prev.Type == kIs || prev.Type == kCase
	}
	return false
}

// parseArgs parses an argument list between open and close.
func (p *parser) parseArgs(open, close lexer.TokenType) []*ast.Argument {
	what := "argument list"
	if open == tLBrack {
		what = "index"
	}
	openPos := p.expect(open, "")
	var out []*ast.Argument
	for !p.is(close) {
		if p.is(tEOF) {
			p.errorf(p.tok.Pos, "expected %s to close the %s (opened at %d:%d), found end of file", kindText(close), what, openPos.Line, openPos.Column)
		}
		out = append(out, p.parseArgument())
		if !p.got(tComma) {
			break
		}
		if p.is(close) {
			p.errorExpected("argument after ','")
		}
	}
	if !p.is(close) {
		p.errorExpected(kindText(close) + " to close the " + what)
	}
	p.next()
	return out
}

func (p *parser) parseArgument() *ast.Argument {
	a := p.nodes.args.alloc()
	start := p.pos()
	if p.is(tIdent) && p.peek(1).Type == tColon {
		a.Name, _ = p.ident("")
		p.next()
	}
	switch p.tok.Type {
	case kRef:
		a.Modifier = ast.ParamRef
		p.next()
	case kOut:
		a.Modifier = ast.ParamOut
		p.next()
	case kIn:
		a.Modifier = ast.ParamIn
		p.next()
	}
	if a.Modifier == ast.ParamOut && p.isDeclarationExpr() {
		a.X = p.parseDeclarationExpr()
	} else {
		a.X = p.parseExpr()
	}
	a.Span = p.span(start)
	return a
}

// isDeclarationExpr reports whether `T name` (or `var name`, `var (a, b)`)
// starts at the cursor, as in `out var x` or a tuple element `(int a, ...)`.
func (p *parser) isDeclarationExpr() bool {
	if p.isWord("var") && p.peek(1).Type == tLParen {
		return true
	}
	j := p.scanType(p.i, scanDecl)
	if j < 0 || p.at(j).Type != tIdent {
		return false
	}
	switch p.at(j + 1).Type {
	case tComma, tRParen, tAssign:
		return true
	}
	return false
}

func (p *parser) parseDeclarationExpr() ast.Expr {
	if p.isWord("var") && p.peek(1).Type == tLParen {
		return p.parseDeconstructionTarget()
	}
	start := p.pos()
	d := &ast.DeclarationExpr{}
	d.Type = p.parseType(scanDecl)
	d.Name, _ = p.ident("")
	d.Span = p.span(start)
	return d
}

// parsePrimaryNoPostfix parses a primary expression without its postfix
// chain.
func (p *parser) parsePrimaryNoPostfix() ast.Expr {
	start := p.pos()
	t := p.tok
	switch t.Type {
	case tInt, tReal, tChar, tString, kTrue, kFalse, kNull:
		return p.parseLiteral()
	case tInterp:
		return p.parseInterpolated()
	case tIdent:
		if t.Value == "from" && p.peek(1).Type == tIdent && (p.peek(2).Type == kIn || p.peek(2).Type == tIdent && p.peek(3).Type == kIn) {
			p.errorf(start, "query expressions (from ... select) are not supported")
		}
		if p.peek(1).Type == tColonColon {
			a := &ast.AliasQualifiedName{}
			a.Alias, _ = p.ident("")
			p.next()
			a.Name, _ = p.ident(" after '::'")
			if p.is(tLt) && p.isGenericArgs() {
				a.TypeArgs = p.parseTypeArgs()
			}
			a.Span = p.span(start)
			return a
		}
		if t.Value == "var" && p.peek(1).Type == tLParen {
			// `var (a, b) = t;` deconstructs into new variables.
			if k := p.skipBalanced(p.i + 1); k > 0 && (p.at(k).Type == tAssign || p.at(k).Type == kIn) {
				return p.parseDeconstructionTarget()
			}
		}
		n := p.nodes.names.alloc()
		n.Name, _ = p.ident("")
		if p.is(tLt) && p.isGenericArgs() {
			n.TypeArgs = p.parseTypeArgs()
		}
		n.Span = p.span(start)
		return n
	case tLParen:
		return p.parseParenOrTuple()
	case kThis:
		p.next()
		return &ast.ThisExpr{Span: p.span(start)}
	case kBase:
		p.next()
		if !p.is(tDot) && !p.is(tLBrack) {
			p.errorExpected("'.' or '[' after 'base'")
		}
		return &ast.BaseExpr{Span: p.span(start)}
	case kNew:
		return p.parseNew()
	case kTypeof:
		p.next()
		p.expect(tLParen, " after 'typeof'")
		typ := p.parseType(scanDecl)
		p.expect(tRParen, " to close typeof")
		return &ast.TypeOfExpr{Span: p.span(start), Type: typ}
	case kSizeof:
		p.next()
		p.expect(tLParen, " after 'sizeof'")
		typ := p.parseType(scanDecl)
		p.expect(tRParen, " to close sizeof")
		return &ast.SizeOfExpr{Span: p.span(start), Type: typ}
	case kDefault:
		p.next()
		d := &ast.DefaultExpr{}
		if p.got(tLParen) {
			d.Type = p.parseType(scanDecl)
			p.expect(tRParen, " to close default(...)")
		}
		d.Span = p.span(start)
		return d
	case kChecked, kUnchecked:
		c := &ast.CheckedExpr{Unchecked: t.Type == kUnchecked}
		p.next()
		p.expect(tLParen, " after '", t.Value, "'")
		c.X = p.parseExpr()
		p.expect(tRParen, " to close ", t.Value, "(...)")
		c.Span = p.span(start)
		return c
	case kDelegate:
		return p.parseAnonymousMethod(start, 0)
	case kStackalloc:
		p.errorf(start, "stackalloc is not supported")
	case tLBrack:
		return p.parseCollection()
	}
	if isPredefinedType(t.Type) {
		// `int.Parse`, `string.Join`, `object.ReferenceEquals`.
		typ := &ast.TypeRef{Predefined: true}
		typ.Parts = []*ast.TypePart{{Span: ast.Span{Pos: start, EndPos: tokEnd(t)}, Name: t.Value}}
		p.next()
		typ.Span = p.span(start)
		if !p.is(tDot) {
			p.errorf(start, "expected expression, found type %q (a type can only be used with '.', as in %s.Parse)", t.Value, t.Value)
		}
		return &ast.TypeExpr{Span: p.span(start), Type: typ}
	}
	if t.Type == tEOF {
		p.errorf(t.Pos, "expected expression, found end of file")
	}
	p.errorExpected("expression")
	return nil
}

// parseCollection parses a collection expression `[a, ..b, c]`.
func (p *parser) parseCollection() ast.Expr {
	p.enter()
	defer p.leave()
	c := &ast.CollectionExpr{}
	start := p.pos()
	p.expect(tLBrack, "")
	for !p.is(tRBrack) && !p.is(tEOF) {
		c.Elems = append(c.Elems, p.parseExpr())
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrack, " to close the collection expression")
	c.Span = p.span(start)
	return c
}

// parsePrimary parses a primary expression with its postfix chain.
func (p *parser) parsePrimary() ast.Expr {
	start := p.pos()
	return p.parsePostfix(p.parsePrimaryNoPostfix(), start)
}

// parseParenOrTuple parses `(x)` or a tuple `(a, b)` / `(x: 1, y: 2)`,
// whose elements may declare variables (`(var a, int b) = t`).
func (p *parser) parseParenOrTuple() ast.Expr {
	start := p.pos()
	p.expect(tLParen, "")
	first := p.parseTupleElem(true)
	if p.got(tRParen) {
		if first.Name != "" || first.Modifier != ast.ParamNone {
			p.errorf(first.Pos, "a tuple must have at least two elements")
		}
		if _, ok := first.X.(*ast.DeclarationExpr); ok {
			p.errorf(first.Pos, "a tuple must have at least two elements")
		}
		return &ast.ParenExpr{Span: p.span(start), X: first.X}
	}
	tup := &ast.TupleExpr{Elems: []*ast.Argument{first}}
	for p.got(tComma) {
		tup.Elems = append(tup.Elems, p.parseTupleElem(false))
	}
	if !p.is(tRParen) {
		if len(tup.Elems) == 1 {
			p.errorExpected("')'")
		}
		p.errorExpected("')' to close the tuple")
	}
	p.next()
	tup.Span = p.span(start)
	return tup
}

// parseTupleElem parses one tuple element. The first element only
// declares a variable (`(int a, ...)`) when a comma follows it, so that
// `(a < b, c > d)` stays two comparisons and `(x)` an expression.
func (p *parser) parseTupleElem(first bool) *ast.Argument {
	a := &ast.Argument{}
	start := p.pos()
	if p.is(tIdent) && p.peek(1).Type == tColon {
		a.Name, _ = p.ident("")
		p.next()
	}
	if p.isDeclarationExpr() && (!first || p.at(p.scanType(p.i, scanDecl)+1).Type == tComma) {
		a.X = p.parseDeclarationExpr()
	} else {
		a.X = p.parseExpr()
	}
	a.Span = p.span(start)
	return a
}

// isLambdaStart reports whether a lambda starts at the cursor: `x =>`,
// `(...) =>`, `async x =>`, `async (...) =>`, `static ... =>`.
func (p *parser) isLambdaStart() bool {
	j := p.i
	for {
		t := p.at(j)
		if t.Type == kStatic || t.Type == tIdent && t.Value == "async" && (p.at(j+1).Type == tIdent || p.at(j+1).Type == tLParen || p.at(j+1).Type == kStatic) {
			j++
			continue
		}
		break
	}
	t := p.at(j)
	switch t.Type {
	case tIdent:
		if p.at(j+1).Type == tFatArrow {
			return true
		}
	case tLParen:
		if k := p.skipBalanced(j); k > 0 && p.at(k).Type == tFatArrow {
			return true
		}
	}
	return p.lambdaReturnTypeEnd(j) > 0
}

// lambdaReturnTypeEnd returns the index after the explicit return type of
// a lambda starting at j (C# 10: `int (x) => x`), or -1.
func (p *parser) lambdaReturnTypeEnd(j int) int {
	t := p.at(j)
	if t.Type != tIdent && !isPredefinedType(t.Type) && t.Type != tLParen {
		return -1
	}
	k := p.scanType(j, scanDecl)
	if k < 0 || p.at(k).Type != tLParen {
		return -1
	}
	if e := p.skipBalanced(k); e < 0 || p.at(e).Type != tFatArrow {
		return -1
	}
	return k
}

func (p *parser) parseLambda() ast.Expr {
	start := p.pos()
	l := &ast.LambdaExpr{}
	for {
		if p.is(kStatic) {
			l.Modifiers |= ast.ModStatic
			p.next()
			continue
		}
		if p.isWord("async") && (p.peek(1).Type == tIdent || p.peek(1).Type == tLParen || p.peek(1).Type == kStatic) {
			l.Modifiers |= ast.ModAsync
			p.next()
			continue
		}
		break
	}
	if p.lambdaReturnTypeEnd(p.i) > 0 && !(p.is(tLParen) && p.at(p.skipBalanced(p.i)).Type == tFatArrow) {
		l.ReturnType = p.parseType(scanDecl)
	}
	if p.is(tIdent) {
		pm := &ast.Param{}
		ps := p.pos()
		pm.Name, _ = p.ident("")
		pm.Span = p.span(ps)
		l.Params = []*ast.Param{pm}
	} else {
		l.Parens = true
		p.expect(tLParen, "")
		for !p.is(tRParen) && !p.is(tEOF) {
			l.Params = append(l.Params, p.parseLambdaParam())
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRParen, " to close the lambda parameters")
	}
	p.expect(tFatArrow, " in lambda")
	if p.is(tLBrace) {
		l.Body = p.parseBlock()
	} else {
		l.ExprBody = p.parseExpr()
	}
	l.Span = p.span(start)
	return l
}

// parseLambdaParam parses an explicitly typed (`int a`, `ref int a`) or
// implicitly typed (`a`) lambda parameter.
func (p *parser) parseLambdaParam() *ast.Param {
	pm := &ast.Param{}
	ps := p.pos()
	pm.Attributes = p.parseAttributes()
	pm.Modifier = p.parseParamModifier()
	if p.is(tIdent) && (p.peek(1).Type == tComma || p.peek(1).Type == tRParen) {
		pm.Name, _ = p.ident("")
	} else {
		pm.Type = p.parseType(scanDecl)
		pm.Name, _ = p.ident(" for lambda parameter")
		if p.got(tAssign) {
			pm.Default = p.parseExpr()
		}
	}
	pm.Span = p.span(ps)
	return pm
}

func (p *parser) parseAnonymousMethod(start lexer.Position, mods ast.Modifiers) ast.Expr {
	a := &ast.AnonymousMethodExpr{Modifiers: mods}
	p.expect(kDelegate, "")
	if p.is(tLParen) {
		a.HasParams = true
		a.Params = p.parseParams(tLParen, tRParen)
	}
	if !p.is(tLBrace) {
		p.errorExpected("'{' to open the anonymous method body")
	}
	a.Body = p.parseBlock()
	a.Span = p.span(start)
	return a
}

// parseNew parses object, array, anonymous-object and target-typed
// creation (cursor at `new`).
func (p *parser) parseNew() ast.Expr {
	start := p.pos()
	p.expect(kNew, "")
	switch p.tok.Type {
	case tLBrace:
		return p.parseAnonymousObject(start)
	case tLBrack:
		// new[] { ... } / new[,] { ... }
		a := &ast.ArrayCreationExpr{}
		p.next()
		a.Rank = 1
		for p.got(tComma) {
			a.Rank++
		}
		p.expect(tRBrack, " in 'new[]'")
		if !p.is(tLBrace) {
			p.errorExpected("'{' array initializer after 'new[]'")
		}
		a.Init = p.parseInitializer(ast.InitArray)
		a.Span = p.span(start)
		return a
	case tLParen:
		o := &ast.ObjectCreationExpr{HasArgs: true}
		o.Args = p.parseArgs(tLParen, tRParen)
		if p.is(tLBrace) {
			o.Init = p.parseObjectOrCollectionInit()
		}
		o.Span = p.span(start)
		return o
	}
	if !p.startsType() {
		p.errorExpected("type after 'new'")
	}
	typ := p.parseTypeNoRanks()
	if p.is(tLBrack) {
		a := &ast.ArrayCreationExpr{ElemType: typ}
		p.next()
		if p.is(tRBrack) || p.is(tComma) {
			// Rank only: new int[] { ... }, new int[,] { ... }
			a.Rank = 1
			for p.got(tComma) {
				a.Rank++
			}
			p.expect(tRBrack, " in array type")
		} else {
			for {
				a.Sizes = append(a.Sizes, p.parseExpr())
				if !p.got(tComma) {
					break
				}
			}
			a.Rank = len(a.Sizes)
			p.expect(tRBrack, " to close the array size")
		}
		for p.is(tLBrack) {
			k := p.i + 1
			for p.at(k).Type == tComma {
				k++
			}
			if p.at(k).Type != tRBrack {
				p.errorf(p.tok.Pos, "only the first rank of an array creation can have sizes: write new T[n][]")
			}
			a.ExtraRanks = append(a.ExtraRanks, k-p.i)
			for p.i <= k {
				p.next()
			}
		}
		if p.is(tLBrace) {
			a.Init = p.parseInitializer(ast.InitArray)
		} else if len(a.Sizes) == 0 {
			p.errorExpected("array size or '{' initializer in array creation")
		}
		a.Span = p.span(start)
		return a
	}
	o := &ast.ObjectCreationExpr{Type: typ}
	if p.is(tLParen) {
		o.HasArgs = true
		o.Args = p.parseArgs(tLParen, tRParen)
	}
	if p.is(tLBrace) {
		o.Init = p.parseObjectOrCollectionInit()
	}
	if !o.HasArgs && o.Init == nil {
		p.errorExpected("'(' or '{' after 'new " + typ.String() + "'")
	}
	o.Span = p.span(start)
	return o
}

func (p *parser) parseAnonymousObject(start lexer.Position) ast.Expr {
	a := &ast.AnonymousObjectExpr{}
	p.expect(tLBrace, "")
	for !p.is(tRBrace) && !p.is(tEOF) {
		m := &ast.AnonymousMember{}
		ms := p.pos()
		if p.is(tIdent) && p.peek(1).Type == tAssign {
			m.Name, _ = p.ident("")
			p.next()
		}
		m.X = p.parseExpr()
		m.Span = p.span(ms)
		a.Members = append(a.Members, m)
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace, " to close the anonymous object")
	a.Span = p.span(start)
	return a
}

// parseObjectOrCollectionInit parses the `{ ... }` after `new T(...)`:
// an object initializer if it is empty or its first element is
// `Name =` or `[index] =`, else a collection initializer.
func (p *parser) parseObjectOrCollectionInit() *ast.InitializerExpr {
	n := p.peek(1)
	if n.Type == tRBrace || n.Type == tIdent && p.peek(2).Type == tAssign || n.Type == tLBrack {
		return p.parseInitializer(ast.InitObject)
	}
	return p.parseInitializer(ast.InitCollection)
}

// parseInitializer parses a brace initializer of the given kind.
func (p *parser) parseInitializer(kind ast.InitKind) *ast.InitializerExpr {
	p.enter()
	defer p.leave()
	in := &ast.InitializerExpr{Kind: kind}
	start := p.pos()
	p.expect(tLBrace, "")
	for !p.is(tRBrace) && !p.is(tEOF) {
		in.Elems = append(in.Elems, p.parseInitElem(kind))
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace, " to close the initializer")
	in.Span = p.span(start)
	return in
}

func (p *parser) parseInitElem(kind ast.InitKind) ast.Expr {
	start := p.pos()
	switch kind {
	case ast.InitObject:
		var left ast.Expr
		if p.is(tLBrack) {
			args := p.parseArgs(tLBrack, tRBrack)
			left = &ast.ImplicitElementAccess{Span: p.span(start), Args: args}
		} else {
			name, _ := p.ident(" for member in object initializer")
			left = &ast.SimpleName{Span: p.span(start), Name: name}
		}
		opPos := p.pos()
		p.expect(tAssign, " after member name in object initializer")
		a := &ast.AssignExpr{Op: ast.OpAssign, OpPos: opPos, Left: left}
		if p.is(tLBrace) {
			a.Right = p.parseObjectOrCollectionInit()
		} else {
			a.Right = p.parseExpr()
		}
		a.Span = p.span(start)
		return a
	case ast.InitCollection:
		if p.is(tLBrace) {
			return p.parseInitializer(ast.InitCollection)
		}
	case ast.InitArray:
		if p.is(tLBrace) {
			return p.parseInitializer(ast.InitArray)
		}
	}
	return p.parseExpr()
}

// parseSwitchExpr parses `x switch { arms }` (cursor at `switch`).
func (p *parser) parseSwitchExpr(start lexer.Position, x ast.Expr) ast.Expr {
	s := &ast.SwitchExpr{X: x}
	p.expect(kSwitch, "")
	p.expect(tLBrace, " after 'switch' in switch expression")
	for !p.is(tRBrace) && !p.is(tEOF) {
		arm := &ast.SwitchExprArm{}
		as := p.pos()
		arm.Pattern = p.parsePattern(patArm)
		if p.isWord("when") {
			p.next()
			arm.When = p.parseExpr()
		}
		p.expect(tFatArrow, " after switch expression pattern")
		arm.X = p.parseExpr()
		arm.Span = p.span(as)
		s.Arms = append(s.Arms, arm)
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace, " to close the switch expression")
	s.Span = p.span(start)
	return s
}
