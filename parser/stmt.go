// This file implements statement parsing: blocks, local declarations and
// local functions, and every C# statement form.

package parser

import (
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

func (p *parser) parseBlock() *ast.Block {
	b := &ast.Block{}
	start := p.pos()
	p.expect(tLBrace, "")
	for !p.is(tRBrace) && !p.is(tEOF) {
		p.parseBlockStmt(b)
	}
	p.expectClose(tRBrace, start, "the block")
	b.Span = p.span(start)
	return b
}

func (p *parser) parseBlockStmt(b *ast.Block) {
	defer p.recoverTo(p.i, p.depth)
	b.Stmts = append(b.Stmts, p.parseStatement())
}

// parseEmbedded parses the body of if/while/for/...: any statement except a
// declaration.
func (p *parser) parseEmbedded(context string) ast.Stmt {
	st := p.parseStatement()
	switch st.(type) {
	case *ast.LocalDeclStmt, *ast.LocalFunctionStmt, *ast.LabeledStmt:
		p.errorf(st.Start(), "a declaration is not allowed as the body of %s: wrap it in braces", context)
	}
	return st
}

func (p *parser) parseStatement() ast.Stmt {
	p.enter()
	defer p.leave()
	start := p.pos()
	switch p.tok.Type {
	case tLBrace:
		return p.parseBlock()
	case tSemi:
		p.next()
		return &ast.EmptyStmt{Span: p.span(start)}
	case kIf:
		return p.parseIf()
	case kWhile:
		s := &ast.WhileStmt{}
		p.next()
		s.Cond = p.parseParenCond("while")
		s.Body = p.parseEmbedded("a while loop")
		s.Span = p.span(start)
		return s
	case kDo:
		s := &ast.DoStmt{}
		p.next()
		s.Body = p.parseEmbedded("a do loop")
		p.expect(kWhile, " after the body of do")
		s.Cond = p.parseParenCond("do ... while")
		p.expect(tSemi, " after do ... while (...)")
		s.Span = p.span(start)
		return s
	case kFor:
		return p.parseFor()
	case kForeach:
		return p.parseForeach(start, false)
	case kSwitch:
		return p.parseSwitch()
	case kTry:
		return p.parseTry()
	case kLock:
		s := &ast.LockStmt{}
		p.next()
		s.X = p.parseParenCond("lock")
		s.Body = p.parseEmbedded("a lock statement")
		s.Span = p.span(start)
		return s
	case kReturn:
		s := &ast.ReturnStmt{}
		p.next()
		if !p.is(tSemi) {
			s.X = p.parseExpr()
		}
		p.expect(tSemi, " after return statement")
		s.Span = p.span(start)
		return s
	case kThrow:
		s := &ast.ThrowStmt{}
		p.next()
		if !p.is(tSemi) {
			s.X = p.parseExpr()
		}
		p.expect(tSemi, " after throw statement")
		s.Span = p.span(start)
		return s
	case kBreak:
		p.next()
		p.expect(tSemi, " after 'break'")
		return &ast.BreakStmt{Span: p.span(start)}
	case kContinue:
		p.next()
		p.expect(tSemi, " after 'continue'")
		return &ast.ContinueStmt{Span: p.span(start)}
	case kGoto:
		return p.parseGoto()
	case kChecked, kUnchecked:
		if p.peek(1).Type == tLBrace {
			s := &ast.CheckedStmt{Unchecked: p.is(kUnchecked)}
			p.next()
			s.Body = p.parseBlock()
			s.Span = p.span(start)
			return s
		}
	case kUsing:
		return p.parseUsingStmt(start, false)
	case kConst:
		p.next()
		d := p.parseLocalDecl(start, " after local constant")
		d.Const = true
		return d
	case kUnsafe:
		if p.peek(1).Type == tLBrace {
			p.errorf(start, "unsafe code ('unsafe' block) is not supported")
		}
	case kFixed:
		p.errorf(start, "unsafe code ('fixed' statement) is not supported")
	case kStatic, kExtern:
		return p.parseLocalFunction(start)
	case tLBrack:
		return p.parseLocalFunction(start)
	case kElse:
		p.errorf(start, "'else' without a matching 'if'")
	case kCatch, kFinally:
		p.errorf(start, "'%s' without a matching 'try'", p.tok.Value)
	case kCase, kDefault:
		if p.is(kCase) || p.peek(1).Type == tColon {
			p.errorf(start, "'%s' label outside a switch statement", p.tok.Value)
		}
	case kPublic, kPrivate, kProtected, kInternal, kAbstract, kVirtual, kOverride, kSealed:
		if p.isLocalFunctionStart() {
			// A method pasted outside a class (the .NET docs samples are
			// such fragments): parse it as a local function.
			return p.parseLocalFunction(start)
		}
		p.errorf(start, "%s declaration is not allowed here: declare types at namespace or file level, after the top-level statements", describe(p.tok))
	case kClass, kStruct, kInterface, kEnum, kNamespace:
		p.errorf(start, "%s declaration is not allowed here: declare types at namespace or file level, after the top-level statements", describe(p.tok))
	case tIdent:
		if st := p.parseContextualStatement(start); st != nil {
			return st
		}
	}
	return p.parseDeclOrExprStmt(start)
}

// parseContextualStatement handles statements introduced by contextual
// keywords (yield, await using/foreach, async local functions) and labels.
// It returns nil if the identifier starts something else.
func (p *parser) parseContextualStatement(start lexer.Position) ast.Stmt {
	next := p.peek(1)
	switch p.tok.Value {
	case "yield":
		if next.Type == kReturn || next.Type == kBreak {
			s := &ast.YieldStmt{}
			p.next()
			if p.got(kBreak) {
				s.Break = true
			} else {
				p.next()
				s.X = p.parseExpr()
			}
			p.expect(tSemi, " after yield statement")
			s.Span = p.span(start)
			return s
		}
	case "await":
		if next.Type == kUsing {
			p.next()
			return p.parseUsingStmt(start, true)
		}
		if next.Type == kForeach {
			p.next()
			return p.parseForeach(start, true)
		}
	case "async":
		// `async Task F() { }` / `async static void F()`: a local function.
		if j := p.scanType(p.i+1, scanDecl); j > 0 && p.at(j).Type == tIdent || isModifierKeyword(next.Type) {
			return p.parseLocalFunction(start)
		}
	}
	if next.Type == tColon {
		s := &ast.LabeledStmt{}
		s.Label, _ = p.ident("")
		p.next()
		s.Stmt = p.parseStatement()
		s.Span = p.span(start)
		return s
	}
	return nil
}

// parseDeclOrExprStmt parses a local declaration, a local function or an
// expression statement, deciding by scanning: a type followed by an
// identifier starts a declaration (`List<int> xs`, `var x`, `int? n`),
// followed by `(` or `<` after the name a local function.
func (p *parser) parseDeclOrExprStmt(start lexer.Position) ast.Stmt {
	if p.isDeclStart() {
		j := p.scanType(p.i, scanDecl)
		after := p.at(j + 1).Type
		if after == tLParen || after == tLt {
			return p.parseLocalFunction(start)
		}
		return p.parseLocalDecl(start, " after local variable declaration")
	}
	x := p.parseExpr()
	p.checkStatementExpr(x)
	p.expectStmtEnd(" after expression statement")
	return &ast.ExprStmt{Span: p.span(start), X: x}
}

// isDeclStart reports whether a local declaration or local function starts
// at the cursor.
func (p *parser) isDeclStart() bool {
	t := p.tok
	if t.Type == tIdent && t.Value == "await" && canStartExpr(p.peek(1)) {
		return false
	}
	if t.Type != tIdent && !isPredefinedType(t.Type) && t.Type != tLParen {
		return false
	}
	j := p.scanType(p.i, scanDecl)
	if j < 0 {
		return false
	}
	if isKeyword(p.at(j).Type) && !isPredefinedType(p.at(j).Type) {
		// `int class = 1;`: a declaration with a keyword as its name, so
		// that the error names the keyword.
		switch p.at(j + 1).Type {
		case tAssign, tSemi, tComma:
			return p.at(j).Type != kIs && p.at(j).Type != kAs
		}
	}
	if p.at(j).Type != tIdent {
		return false
	}
	// `x is T y` etc. never start a statement; `T x` followed by one of
	// these is a declaration.
	switch p.at(j + 1).Type {
	case tAssign, tSemi, tComma, tLParen, tLt, tLBrack, kIn, tEOF, tRBrace:
		// `T x =`, `T x;`, `T x,`, `T F(`, `T F<`, and (errors reported by
		// the declaration parser) `T x[`, `T x in`, `T x` at the end.
		return true
	}
	return false
}

// expectStmtEnd expects the ';' ending a statement.
func (p *parser) expectStmtEnd(context string) {
	if p.is(tSemi) {
		p.next()
		return
	}
	p.errorMissingSemi(context)
}

// checkStatementExpr enforces C#'s rule (CS0201) on which expressions can
// stand alone as statements.
func (p *parser) checkStatementExpr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.AssignExpr, *ast.InvocationExpr, *ast.AwaitExpr, *ast.ObjectCreationExpr:
		return
	case *ast.PostfixExpr:
		if x.Op != ast.OpNot {
			return
		}
	case *ast.UnaryExpr:
		if x.Op == ast.OpInc || x.Op == ast.OpDec {
			return
		}
	}
	p.errorf(x.Start(), "only assignment, call, increment, decrement, await, and new object expressions can be used as a statement")
}

// parseLocalDecl parses `Type name = init, ...;` (the cursor is at the
// type).
func (p *parser) parseLocalDecl(start lexer.Position, context string) *ast.LocalDeclStmt {
	d := p.parseLocalDeclNoSemi(start)
	p.expectStmtEnd(context)
	d.Span = p.span(start)
	return d
}

func (p *parser) parseLocalDeclNoSemi(start lexer.Position) *ast.LocalDeclStmt {
	d := &ast.LocalDeclStmt{}
	if p.got(kRef) {
		d.Ref = true
		p.got(kReadonly)
	}
	d.Type = p.parseType(scanDecl)
	name, namePos := p.ident(" after type in local declaration")
	d.Vars = p.parseVarDeclarators(name, namePos, " in local declaration")
	d.Span = p.span(start)
	return d
}

// isLocalFunctionStart reports whether modifiers, a type, a name and `(`
// or `<` follow.
func (p *parser) isLocalFunctionStart() bool {
	j := p.i
	for isModifierKeyword(p.at(j).Type) || p.at(j).Type == tIdent && isContextualModifier(p.at(j).Value) && p.modifierFollows(j+1) {
		j++
	}
	k := p.scanType(j, scanDecl)
	if k < 0 || p.at(k).Type != tIdent {
		return false
	}
	n := p.at(k + 1).Type
	return n == tLParen || n == tLt
}

// parseLocalFunction parses `[attrs] [modifiers] Type Name<T>(params)
// constraints body`.
func (p *parser) parseLocalFunction(start lexer.Position) ast.Stmt {
	f := &ast.LocalFunctionStmt{Doc: p.docAt(p.i)}
	f.Attributes = p.parseAttributes()
	f.Modifiers = p.parseModifiers()
	if bad := f.Modifiers &^ (ast.ModStatic | ast.ModAsync | ast.ModExtern | ast.ModUnsafe); bad != 0 {
		p.sc.warnings = append(p.sc.warnings, ast.Diagnostic{Pos: start,
			Msg: "modifier '" + bad.String() + "' is not valid on a local function; it is ignored (a method outside a class is parsed as a local function)"})
	}
	if !p.startsType() {
		p.errorExpected("local function declaration")
	}
	f.ReturnType = p.parseType(scanDecl)
	f.Name, f.NamePos = p.ident(" for local function name")
	if !p.is(tLParen) && !p.is(tLt) {
		if len(f.Attributes) == 0 && f.Modifiers&^(ast.ModStatic|ast.ModAsync|ast.ModExtern|ast.ModUnsafe) == 0 {
			p.errorExpected("'(' after local function name " + f.Name)
		}
	}
	f.TypeParams = p.parseTypeParams()
	f.Params = p.parseParams(tLParen, tRParen)
	f.Constraints = p.parseConstraints()
	f.Body, f.ExprBody = p.parseBody(" of local function ", f.Name)
	if f.Body == nil && f.ExprBody == nil && !f.Modifiers.Has(ast.ModExtern) {
		p.errorf(f.NamePos, "local function %s must have a body", f.Name)
	}
	f.Span = p.span(start)
	return f
}

// parseParenCond parses `( expr )` after if/while/lock/switch.
func (p *parser) parseParenCond(what string) ast.Expr {
	p.expect(tLParen, " after '", what, "'")
	x := p.parseExpr()
	p.expect(tRParen, " to close the '", what, "' condition")
	return x
}

func (p *parser) parseIf() ast.Stmt {
	s := &ast.IfStmt{}
	start := p.pos()
	p.expect(kIf, "")
	s.Cond = p.parseParenCond("if")
	s.Then = p.parseEmbedded("an if statement")
	if p.got(kElse) {
		s.Else = p.parseEmbedded("an else clause")
	}
	s.Span = p.span(start)
	return s
}

func (p *parser) parseFor() ast.Stmt {
	s := &ast.ForStmt{}
	start := p.pos()
	p.expect(kFor, "")
	p.expect(tLParen, " after 'for'")
	if !p.is(tSemi) {
		if p.isDeclStart() || p.is(kRef) {
			s.InitDecl = p.parseLocalDeclNoSemi(p.pos())
		} else {
			s.Init = p.parseStatementExprList()
		}
	}
	p.expect(tSemi, " after for-loop initializer")
	if !p.is(tSemi) {
		s.Cond = p.parseExpr()
	}
	p.expect(tSemi, " after for-loop condition")
	if !p.is(tRParen) {
		s.Update = p.parseStatementExprList()
	}
	p.expect(tRParen, " to close the for-loop header")
	s.Body = p.parseEmbedded("a for loop")
	s.Span = p.span(start)
	return s
}

func (p *parser) parseStatementExprList() []ast.Expr {
	var out []ast.Expr
	for {
		x := p.parseExpr()
		p.checkStatementExpr(x)
		out = append(out, x)
		if !p.got(tComma) {
			return out
		}
	}
}

func (p *parser) parseForeach(start lexer.Position, await bool) ast.Stmt {
	s := &ast.ForeachStmt{Await: await}
	p.expect(kForeach, "")
	p.expect(tLParen, " after 'foreach'")
	switch {
	case p.isWord("var") && p.peek(1).Type == tLParen:
		s.Target = p.parseDeconstructionTarget()
	case p.is(tLParen):
		s.Target = p.parsePrimary()
	default:
		p.got(kRef)
		s.Type = p.parseType(scanDecl)
		s.Name, s.NamePos = p.ident(" for the foreach variable")
	}
	if !p.got(kIn) {
		p.errorExpected("'in' in foreach")
	}
	s.X = p.parseExpr()
	p.expect(tRParen, " to close the foreach header")
	s.Body = p.parseEmbedded("a foreach loop")
	s.Span = p.span(start)
	return s
}

// parseDeconstructionTarget parses `var (a, b)` into a TupleExpr of
// DeclarationExprs typed `var`.
func (p *parser) parseDeconstructionTarget() ast.Expr {
	start := p.pos()
	vt := p.parseType(scanDecl)
	tup := &ast.TupleExpr{}
	p.expect(tLParen, "")
	for {
		as := p.pos()
		d := &ast.DeclarationExpr{Type: vt}
		if p.is(tLParen) {
			x := p.parseDeconstructionNested(vt)
			tup.Elems = append(tup.Elems, &ast.Argument{Span: p.span(as), X: x})
		} else {
			d.Name, _ = p.ident(" in deconstruction")
			d.Span = p.span(as)
			tup.Elems = append(tup.Elems, &ast.Argument{Span: p.span(as), X: d})
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRParen, " to close the deconstruction")
	tup.Span = p.span(start)
	return tup
}

func (p *parser) parseDeconstructionNested(vt *ast.TypeRef) ast.Expr {
	p.enter()
	defer p.leave()
	start := p.pos()
	tup := &ast.TupleExpr{}
	p.expect(tLParen, "")
	for {
		as := p.pos()
		if p.is(tLParen) {
			tup.Elems = append(tup.Elems, &ast.Argument{X: p.parseDeconstructionNested(vt)})
		} else {
			d := &ast.DeclarationExpr{Type: vt}
			d.Name, _ = p.ident(" in deconstruction")
			d.Span = p.span(as)
			tup.Elems = append(tup.Elems, &ast.Argument{Span: p.span(as), X: d})
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRParen, " to close the deconstruction")
	tup.Span = p.span(start)
	return tup
}

func (p *parser) parseSwitch() ast.Stmt {
	s := &ast.SwitchStmt{}
	start := p.pos()
	p.expect(kSwitch, "")
	if p.is(tLParen) {
		// The parenthesised expression may itself be a tuple:
		// `switch (a, b)`.
		x := p.parsePrimaryNoPostfix()
		if px, ok := x.(*ast.ParenExpr); ok {
			x = px.X
		}
		s.X = x
	} else {
		p.errorExpected("'(' after 'switch'")
	}
	p.expect(tLBrace, " to open the switch body")
	for !p.is(tRBrace) && !p.is(tEOF) {
		sec := &ast.SwitchSection{}
		ss := p.pos()
		for p.is(kCase) || p.is(kDefault) && p.peek(1).Type == tColon {
			l := &ast.CaseLabel{}
			ls := p.pos()
			if p.got(kDefault) {
				l.Default = true
			} else {
				p.next()
				l.Pattern = p.parsePattern(patCase)
				if p.isWord("when") {
					p.next()
					l.When = p.parseExpr()
				}
			}
			p.expect(tColon, " after case label")
			l.Span = p.span(ls)
			sec.Labels = append(sec.Labels, l)
		}
		if len(sec.Labels) == 0 {
			p.errorExpected("'case' or 'default' label in switch")
		}
		for !p.is(kCase) && !(p.is(kDefault) && p.peek(1).Type == tColon) && !p.is(tRBrace) && !p.is(tEOF) {
			blk := &ast.Block{}
			p.parseBlockStmt(blk)
			sec.Stmts = append(sec.Stmts, blk.Stmts...)
		}
		sec.Span = p.span(ss)
		s.Sections = append(s.Sections, sec)
	}
	p.expect(tRBrace, " to close the switch body")
	s.Span = p.span(start)
	return s
}

func (p *parser) parseGoto() ast.Stmt {
	s := &ast.GotoStmt{}
	start := p.pos()
	p.expect(kGoto, "")
	switch {
	case p.got(kCase):
		s.Kind = ast.GotoCase
		s.Case = p.parseExpr()
	case p.got(kDefault):
		s.Kind = ast.GotoDefault
	default:
		s.Label, _ = p.ident(" after 'goto'")
	}
	p.expect(tSemi, " after goto statement")
	s.Span = p.span(start)
	return s
}

func (p *parser) parseTry() ast.Stmt {
	s := &ast.TryStmt{}
	start := p.pos()
	p.expect(kTry, "")
	if !p.is(tLBrace) {
		p.errorExpected("'{' after 'try'")
	}
	s.Body = p.parseBlock()
	for p.is(kCatch) {
		c := &ast.CatchClause{}
		cs := p.pos()
		p.next()
		if p.got(tLParen) {
			c.Type = p.parseType(scanDecl)
			if p.is(tIdent) {
				c.Name, _ = p.ident("")
			}
			p.expect(tRParen, " to close the catch declaration")
		}
		if p.isWord("when") {
			p.next()
			c.Filter = p.parseParenCond("when")
		}
		if !p.is(tLBrace) {
			p.errorExpected("'{' to open the catch block")
		}
		c.Body = p.parseBlock()
		c.Span = p.span(cs)
		s.Catches = append(s.Catches, c)
	}
	if p.got(kFinally) {
		if !p.is(tLBrace) {
			p.errorExpected("'{' after 'finally'")
		}
		s.Finally = p.parseBlock()
	}
	if s.Catches == nil && s.Finally == nil {
		p.errorExpected("'catch' or 'finally' after the try block")
	}
	s.Span = p.span(start)
	return s
}

// parseUsingStmt parses `using (x) body`, `using (var r = ...) body` or the
// declaration `using var r = ...;` (cursor at `using`).
func (p *parser) parseUsingStmt(start lexer.Position, await bool) ast.Stmt {
	p.expect(kUsing, "")
	if !p.is(tLParen) {
		d := p.parseLocalDecl(start, " after using declaration")
		d.Using = true
		d.Await = await
		d.Span = p.span(start)
		return d
	}
	s := &ast.UsingStmt{Await: await}
	p.next()
	if p.isDeclStart() {
		s.Decl = p.parseLocalDeclNoSemi(p.pos())
	} else {
		s.X = p.parseExpr()
	}
	p.expect(tRParen, " to close the using header")
	s.Body = p.parseEmbedded("a using statement")
	s.Span = p.span(start)
	return s
}
