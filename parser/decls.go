// This file implements parsing of type declarations and their members:
// classes, structs, interfaces, records, enums, delegates, fields,
// properties, indexers, events, methods, constructors, finalizers and
// operators, with their type parameters, parameters and constraints.

package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// parseMemberDecl parses a type declaration or (inside a type) a member.
// className is the enclosing type's name ("" at namespace level).
func (p *parser) parseMemberDecl(className string) ast.Decl {
	p.enter()
	defer p.leave()
	start := p.pos()
	h := ast.DeclHeader{Doc: p.docAt(p.i)}
	h.Attributes = p.parseAttributes()
	h.Modifiers = p.parseModifiers()
	switch {
	case p.is(kClass), p.is(kStruct), p.is(kInterface):
		return p.parseClass(start, h)
	case p.isWord("record") && (p.peek(1).Type == tIdent || p.peek(1).Type == kClass || p.peek(1).Type == kStruct):
		return p.parseClass(start, h)
	case p.is(kEnum):
		return p.parseEnum(start, h)
	case p.is(kDelegate):
		return p.parseDelegate(start, h)
	}
	if className == "" {
		p.errorf(p.tok.Pos, "expected class, struct, interface, enum, record or delegate declaration, found %s", describe(p.tok))
	}
	switch {
	case p.is(kEvent):
		return p.parseEvent(start, h)
	case p.is(tTilde):
		return p.parseDestructor(start, h)
	case p.is(kImplicit), p.is(kExplicit):
		return p.parseConversionOperator(start, h)
	case p.is(tIdent) && p.peek(1).Type == tLParen:
		return p.parseConstructor(start, h, className)
	}
	if !p.startsType() {
		p.errorf(p.tok.Pos, "expected member declaration (field, property, method, constructor, ...) in type %s, found %s", className, describe(p.tok))
	}
	typ := p.parseType(scanDecl)
	switch p.tok.Type {
	case tLParen, tAssign, tPlusEq, tMinusEq, tInc, tDec:
		if h.Modifiers == 0 && h.Attributes == nil {
			p.errorf(start, "statements are not allowed directly in the body of %s: put them inside a method or constructor", className)
		}
	}
	switch {
	case p.is(kOperator):
		return p.parseOperator(start, h, typ)
	case p.is(kThis):
		return p.parseIndexer(start, h, typ, nil)
	}
	iface, name, namePos := p.parseMemberName()
	if name == "" { // explicit interface indexer: `T I.this[...]`
		return p.parseIndexer(start, h, typ, iface)
	}
	switch p.tok.Type {
	case tLParen, tLt:
		return p.parseMethod(start, h, typ, iface, name, namePos)
	case tLBrace, tFatArrow:
		return p.parseProperty(start, h, typ, iface, name, namePos)
	case tAssign, tSemi, tComma:
		if iface != nil {
			p.errorf(namePos, "a field cannot have an explicit interface name")
		}
		f := &ast.FieldDecl{DeclHeader: h, Type: typ}
		f.Vars = p.parseVarDeclarators(name, namePos, " after field declaration")
		p.expect(tSemi, " after field declaration")
		f.Span = p.span(start)
		return f
	}
	p.errorExpected("'(', '{', '=>', '=' or ';' after member name " + name)
	return nil
}

// startsType reports whether a type can start at the cursor.
func (p *parser) startsType() bool {
	return p.scanType(p.i, scanDecl) > 0
}

// parseMemberName parses a member name, possibly qualified by an explicit
// interface (`IDisposable.Dispose`, `IList<T>.Count`). It returns name ""
// when the member is an explicit-interface indexer (cursor at `this`).
func (p *parser) parseMemberName() (iface *ast.TypeRef, name string, namePos lexer.Position) {
	start := p.pos()
	for {
		ps := p.pos()
		name, namePos = p.ident(" for member name")
		var targs []*ast.TypeRef
		if p.is(tLt) {
			j := p.scanTypeArgs(p.i)
			if j > 0 && p.at(j).Type == tDot {
				targs = p.parseTypeArgs()
			}
		}
		if !p.is(tDot) {
			if targs != nil {
				p.errorExpected("'.' after interface name")
			}
			return iface, name, namePos
		}
		if iface == nil {
			iface = &ast.TypeRef{}
		}
		iface.Parts = append(iface.Parts, &ast.TypePart{Span: p.span(ps), Name: name, TypeArgs: targs})
		iface.Span = p.span(start)
		p.next() // '.'
		if p.is(kThis) {
			return iface, "", p.pos()
		}
	}
}

func (p *parser) parseClass(start lexer.Position, h ast.DeclHeader) *ast.ClassDecl {
	c := &ast.ClassDecl{DeclHeader: h}
	switch {
	case p.got(kClass):
		c.Kind = ast.KindClass
	case p.got(kStruct):
		c.Kind = ast.KindStruct
	case p.got(kInterface):
		c.Kind = ast.KindInterface
	default: // record
		p.next()
		c.Kind = ast.KindRecord
		if p.got(kStruct) {
			c.Kind = ast.KindRecordStruct
		} else {
			p.got(kClass)
		}
	}
	c.Name, c.NamePos = p.ident(" after '", c.Kind.String(), "'")
	c.TypeParams = p.parseTypeParams()
	if p.is(tLParen) {
		c.HasParams = true
		c.Params = p.parseParams(tLParen, tRParen)
	}
	if p.got(tColon) {
		for {
			c.BaseTypes = append(c.BaseTypes, p.parseType(scanDecl))
			if len(c.BaseTypes) == 1 && p.is(tLParen) {
				c.BaseArgs = p.parseArgs(tLParen, tRParen)
				if c.BaseArgs == nil {
					c.BaseArgs = []*ast.Argument{}
				}
			}
			if !p.got(tComma) {
				break
			}
		}
	}
	c.Constraints = p.parseConstraints()
	if (c.Kind == ast.KindRecord || c.Kind == ast.KindRecordStruct || c.HasParams) && p.got(tSemi) {
		c.Span = p.span(start)
		return c
	}
	open := p.expect(tLBrace, " to open the body of ", c.Kind.String(), " ", c.Name)
	for !p.is(tRBrace) && !p.is(tEOF) {
		p.parseClassMember(c)
	}
	p.expectClose(tRBrace, open, c.Kind.String(), " ", c.Name)
	p.got(tSemi)
	c.Span = p.span(start)
	return c
}

func (p *parser) parseClassMember(c *ast.ClassDecl) {
	defer p.recoverTo(p.i, p.depth)
	c.Members = append(c.Members, p.parseMemberDecl(c.Name))
}

func (p *parser) parseEnum(start lexer.Position, h ast.DeclHeader) *ast.EnumDecl {
	e := &ast.EnumDecl{DeclHeader: h}
	p.expect(kEnum, "")
	e.Name, e.NamePos = p.ident(" after 'enum'")
	if p.got(tColon) {
		e.BaseType = p.parseType(scanDecl)
	}
	p.expect(tLBrace, " to open the body of enum ", e.Name)
	for !p.is(tRBrace) && !p.is(tEOF) {
		m := &ast.EnumMember{Doc: p.docAt(p.i)}
		ms := p.pos()
		m.Attributes = p.parseAttributes()
		m.Name, _ = p.ident(" for enum member")
		if p.got(tAssign) {
			m.Value = p.parseExpr()
		}
		m.Span = p.span(ms)
		e.Members = append(e.Members, m)
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace, " to close enum ", e.Name)
	p.got(tSemi)
	e.Span = p.span(start)
	return e
}

func (p *parser) parseDelegate(start lexer.Position, h ast.DeclHeader) *ast.DelegateDecl {
	d := &ast.DelegateDecl{DeclHeader: h}
	p.expect(kDelegate, "")
	d.ReturnType = p.parseType(scanDecl)
	d.Name, d.NamePos = p.ident(" for delegate name")
	d.TypeParams = p.parseTypeParams()
	d.Params = p.parseParams(tLParen, tRParen)
	d.Constraints = p.parseConstraints()
	p.expect(tSemi, " after delegate declaration")
	d.Span = p.span(start)
	return d
}

func (p *parser) parseEvent(start lexer.Position, h ast.DeclHeader) *ast.EventDecl {
	e := &ast.EventDecl{DeclHeader: h}
	p.expect(kEvent, "")
	e.Type = p.parseType(scanDecl)
	iface, name, namePos := p.parseMemberName()
	if p.is(tLBrace) {
		e.ExplicitInterface = iface
		e.Name = name
		e.Accessors = p.parseAccessors(true)
		e.Span = p.span(start)
		return e
	}
	if iface != nil {
		p.errorExpected("'{' after explicit interface event name")
	}
	e.Vars = p.parseVarDeclarators(name, namePos, " after event declaration")
	p.expect(tSemi, " after event declaration")
	e.Span = p.span(start)
	return e
}

func (p *parser) parseDestructor(start lexer.Position, h ast.DeclHeader) *ast.DestructorDecl {
	d := &ast.DestructorDecl{DeclHeader: h}
	p.expect(tTilde, "")
	d.Name, _ = p.ident(" after '~'")
	p.expect(tLParen, " after finalizer name")
	p.expect(tRParen, ": a finalizer has no parameters")
	d.Body, d.ExprBody = p.parseBody(" of finalizer")
	d.Span = p.span(start)
	return d
}

func (p *parser) parseConstructor(start lexer.Position, h ast.DeclHeader, className string) *ast.ConstructorDecl {
	c := &ast.ConstructorDecl{DeclHeader: h}
	c.Name, c.NamePos = p.ident("")
	if c.Name != className {
		p.errorf(c.NamePos, "method %s must have a return type (or is it a constructor of %s?)", c.Name, className)
	}
	c.Params = p.parseParams(tLParen, tRParen)
	if p.got(tColon) {
		ci := &ast.ConstructorInitializer{}
		cs := p.pos()
		switch {
		case p.got(kBase):
		case p.got(kThis):
			ci.This = true
		default:
			p.errorExpected("'base' or 'this' after ':' in constructor")
		}
		ci.Args = p.parseArgs(tLParen, tRParen)
		ci.Span = p.span(cs)
		c.Initializer = ci
	}
	c.Body, c.ExprBody = p.parseBody(" of constructor")
	c.Span = p.span(start)
	return c
}

func (p *parser) parseMethod(start lexer.Position, h ast.DeclHeader, ret, iface *ast.TypeRef, name string, namePos lexer.Position) *ast.MethodDecl {
	m := &ast.MethodDecl{DeclHeader: h, ReturnType: ret, ExplicitInterface: iface, Name: name, NamePos: namePos}
	m.TypeParams = p.parseTypeParams()
	m.Params = p.parseParams(tLParen, tRParen)
	m.Constraints = p.parseConstraints()
	m.Body, m.ExprBody = p.parseBody(" of method ", name)
	m.Span = p.span(start)
	return m
}

// parseBody parses `{ ... }`, `=> expr;` or `;` (no body).
func (p *parser) parseBody(context ...string) (*ast.Block, ast.Expr) {
	switch {
	case p.is(tLBrace):
		return p.parseBlock(), nil
	case p.got(tFatArrow):
		x := p.parseExpr()
		p.expect(tSemi, " after expression body")
		return nil, x
	case p.got(tSemi):
		return nil, nil
	}
	p.errorExpected("'{', '=>' or ';' for the body" + strings.Join(context, ""))
	return nil, nil
}

func (p *parser) parseProperty(start lexer.Position, h ast.DeclHeader, typ, iface *ast.TypeRef, name string, namePos lexer.Position) *ast.PropertyDecl {
	pr := &ast.PropertyDecl{DeclHeader: h, Type: typ, ExplicitInterface: iface, Name: name, NamePos: namePos}
	if p.got(tFatArrow) {
		pr.ExprBody = p.parseExpr()
		p.expect(tSemi, " after property expression body")
		pr.Span = p.span(start)
		return pr
	}
	pr.Accessors = p.parseAccessors(false)
	if p.got(tAssign) {
		pr.Init = p.parseVarInit()
		p.expect(tSemi, " after property initializer")
	}
	pr.Span = p.span(start)
	return pr
}

func (p *parser) parseIndexer(start lexer.Position, h ast.DeclHeader, typ, iface *ast.TypeRef) *ast.IndexerDecl {
	ix := &ast.IndexerDecl{DeclHeader: h, Type: typ, ExplicitInterface: iface}
	p.expect(kThis, "")
	ix.Params = p.parseParams(tLBrack, tRBrack)
	if p.got(tFatArrow) {
		ix.ExprBody = p.parseExpr()
		p.expect(tSemi, " after indexer expression body")
	} else {
		ix.Accessors = p.parseAccessors(false)
	}
	ix.Span = p.span(start)
	return ix
}

// parseAccessors parses `{ get; set; }` (events: `{ add {} remove {} }`).
func (p *parser) parseAccessors(event bool) []*ast.Accessor {
	p.expect(tLBrace, " to open accessors")
	var out []*ast.Accessor
	for !p.is(tRBrace) && !p.is(tEOF) {
		a := &ast.Accessor{}
		as := p.pos()
		a.Attributes = p.parseAttributes()
		a.Modifiers = p.parseModifiers()
		kind := p.tok.Value
		switch {
		case !event && p.is(tIdent) && kind == "get":
			a.Kind = ast.AccessorGet
		case !event && p.is(tIdent) && kind == "set":
			a.Kind = ast.AccessorSet
		case !event && p.is(tIdent) && kind == "init":
			a.Kind = ast.AccessorInit
		case event && p.is(tIdent) && kind == "add":
			a.Kind = ast.AccessorAdd
		case event && p.is(tIdent) && kind == "remove":
			a.Kind = ast.AccessorRemove
		default:
			if event {
				p.errorExpected("'add' or 'remove' accessor")
			}
			p.errorExpected("'get', 'set' or 'init' accessor")
		}
		p.next()
		switch {
		case p.is(tLBrace):
			a.Body = p.parseBlock()
		case p.got(tFatArrow):
			a.ExprBody = p.parseExpr()
			p.expect(tSemi, " after accessor expression body")
		default:
			p.expect(tSemi, " after '", kind, "'")
		}
		a.Span = p.span(as)
		out = append(out, a)
	}
	p.expect(tRBrace, " to close accessors")
	return out
}

// overloadableOps maps the tokens after `operator` to an Op.
func (p *parser) parseOperatorToken() (ast.Op, string) {
	t := p.tok
	var op ast.Op
	switch t.Type {
	case tPlus:
		op = ast.OpAdd
	case tMinus:
		op = ast.OpSub
	case tStar:
		op = ast.OpMul
	case tSlash:
		op = ast.OpDiv
	case tPercent:
		op = ast.OpRem
	case tAmp:
		op = ast.OpAnd
	case tPipe:
		op = ast.OpOr
	case tCaret:
		op = ast.OpXor
	case tBang:
		op = ast.OpNot
	case tTilde:
		op = ast.OpBitNot
	case tInc:
		op = ast.OpInc
	case tDec:
		op = ast.OpDec
	case tShl:
		op = ast.OpShl
	case tEq:
		op = ast.OpEq
	case tNe:
		op = ast.OpNe
	case tLt:
		op = ast.OpLt
	case tLe:
		op = ast.OpLe
	case tGe:
		op = ast.OpGe
	case kTrue:
		op = ast.OpTrue
	case kFalse:
		op = ast.OpFalse
	case tGt:
		op = ast.OpGt
		if p.peek(1).Type == tGt && p.adjacent(p.i+1) {
			p.next()
			op = ast.OpShr
			if p.peek(1).Type == tGt && p.adjacent(p.i+1) {
				p.next()
				op = ast.OpUShr
			}
		}
	default:
		p.errorExpected("overloadable operator after 'operator'")
	}
	p.next()
	return op, op.String()
}

func (p *parser) parseOperator(start lexer.Position, h ast.DeclHeader, ret *ast.TypeRef) *ast.OperatorDecl {
	o := &ast.OperatorDecl{DeclHeader: h, ReturnType: ret}
	p.expect(kOperator, "")
	o.Op, o.OpText = p.parseOperatorToken()
	o.Params = p.parseParams(tLParen, tRParen)
	o.Body, o.ExprBody = p.parseBody(" of operator ", o.OpText)
	o.Span = p.span(start)
	return o
}

func (p *parser) parseConversionOperator(start lexer.Position, h ast.DeclHeader) *ast.OperatorDecl {
	o := &ast.OperatorDecl{DeclHeader: h}
	if p.got(kImplicit) {
		o.Modifiers |= ast.ModImplicit
		o.OpText = "implicit"
	} else {
		p.expect(kExplicit, "")
		o.Modifiers |= ast.ModExplicit
		o.OpText = "explicit"
	}
	p.expect(kOperator, " after '", o.OpText, "'")
	o.ReturnType = p.parseType(scanDecl)
	o.Params = p.parseParams(tLParen, tRParen)
	o.Body, o.ExprBody = p.parseBody(" of conversion operator")
	o.Span = p.span(start)
	return o
}

// parseVarDeclarators parses `name = init, name2 = init2` given the first
// name (already consumed).
func (p *parser) parseVarDeclarators(name string, namePos lexer.Position, context string) []*ast.VarDeclarator {
	var out []*ast.VarDeclarator
	for {
		v := &ast.VarDeclarator{Name: name}
		if p.is(tLBrack) {
			p.errorf(p.tok.Pos, "array size cannot be given in a declaration: write 'T[] %s = new T[n]'", name)
		}
		if p.got(tAssign) {
			v.Init = p.parseVarInit()
		}
		v.Span = p.span(namePos)
		out = append(out, v)
		if !p.got(tComma) {
			return out
		}
		name, namePos = p.ident(context)
	}
}

// parseVarInit parses a variable initializer: an expression or an array
// initializer `{ ... }`.
func (p *parser) parseVarInit() ast.Expr {
	if p.is(tLBrace) {
		return p.parseInitializer(ast.InitArray)
	}
	if p.is(kRef) {
		// `ref int x = ref y;`: the declaration carries Ref; the `ref` before
		// the value adds nothing to the tree.
		p.next()
	}
	return p.parseExpr()
}

// parseTypeParams parses `<T, in U, out V>` if present.
func (p *parser) parseTypeParams() []*ast.TypeParam {
	if !p.is(tLt) {
		return nil
	}
	p.next()
	var out []*ast.TypeParam
	for {
		tp := &ast.TypeParam{}
		ts := p.pos()
		tp.Attributes = p.parseAttributes()
		if p.is(kIn) || p.is(kOut) {
			tp.Variance = p.tok.Value
			p.next()
		}
		tp.Name, _ = p.ident(" for type parameter")
		tp.Span = p.span(ts)
		out = append(out, tp)
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tGt, " to close type parameters")
	return out
}

// parseConstraints parses `where T : c1, c2 where U : ...`.
func (p *parser) parseConstraints() []*ast.TypeParamConstraints {
	var out []*ast.TypeParamConstraints
	for p.isWord("where") {
		tc := &ast.TypeParamConstraints{}
		cs := p.pos()
		p.next()
		tc.Param, _ = p.ident(" after 'where'")
		p.expect(tColon, " after type parameter in constraint")
		for {
			c := &ast.Constraint{}
			ps := p.pos()
			switch {
			case p.got(kClass):
				c.Kind = ast.ConstraintClass
				c.Nullable = p.got(tQuestion)
			case p.got(kStruct):
				c.Kind = ast.ConstraintStruct
			case p.is(kNew):
				p.next()
				p.expect(tLParen, " after 'new' constraint")
				p.expect(tRParen, " in 'new()' constraint")
				c.Kind = ast.ConstraintNew
			case p.got(kDefault):
				c.Kind = ast.ConstraintDefault
			case p.isWord("unmanaged"):
				p.next()
				c.Kind = ast.ConstraintUnmanaged
			case p.isWord("notnull"):
				p.next()
				c.Kind = ast.ConstraintNotNull
			default:
				c.Kind = ast.ConstraintType
				c.Type = p.parseType(scanDecl)
			}
			c.Span = p.span(ps)
			tc.Constraints = append(tc.Constraints, c)
			if !p.got(tComma) {
				break
			}
		}
		tc.Span = p.span(cs)
		out = append(out, tc)
	}
	return out
}

// parseParams parses a formal parameter list between open and close
// (`(...)` or, for indexers, `[...]`).
func (p *parser) parseParams(open, close lexer.TokenType) []*ast.Param {
	p.expect(open, " to open the parameter list")
	var out []*ast.Param
	for !p.is(close) && !p.is(tEOF) {
		if !p.is(tLBrack) && !p.is(kRef) && !p.is(kOut) && !p.is(kIn) && !p.is(kParams) && !p.is(kThis) && !p.startsType() {
			p.errorExpected("parameter declaration or " + kindText(close))
		}
		out = append(out, p.parseParam())
		if !p.got(tComma) {
			break
		}
	}
	p.expect(close, " to close the parameter list")
	return out
}

func (p *parser) parseParam() *ast.Param {
	pm := &ast.Param{}
	ps := p.pos()
	pm.Attributes = p.parseAttributes()
	pm.Modifier = p.parseParamModifier()
	pm.Type = p.parseType(scanDecl)
	pm.Name, _ = p.ident(" for parameter name")
	if p.got(tAssign) {
		pm.Default = p.parseExpr()
	}
	pm.Span = p.span(ps)
	return pm
}

func (p *parser) parseParamModifier() ast.ParamModifier {
	m := ast.ParamNone
	for {
		switch {
		case p.is(kRef):
			if p.peek(1).Type == kReadonly {
				p.next()
				m = ast.ParamRefReadonly
			} else {
				m = ast.ParamRef
			}
		case p.is(kOut):
			m = ast.ParamOut
		case p.is(kIn):
			m = ast.ParamIn
		case p.is(kParams):
			m = ast.ParamParams
		case p.is(kThis):
			m = ast.ParamThis
		case p.isWord("scoped") && (p.peek(1).Type == tIdent || isKeyword(p.peek(1).Type)) && p.peek(2).Type != tComma && p.peek(2).Type != tRParen:
			m = ast.ParamScoped
		default:
			return m
		}
		p.next()
	}
}
