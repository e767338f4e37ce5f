// Package parser turns C# source text into the positioned syntax tree of
// package ast.
//
// Parse lexes the file with the C# lexer (lexer.go, a participle
// lexer.Definition producing participle lexer.Tokens) and parses the tokens
// by recursive descent with precedence climbing for expressions over the
// token slice, the route participle documents for custom productions. A
// participle tag grammar is not used for declarations and
// statements because C# needs unbounded speculative lookahead that
// participle's lookahead model cannot express with good errors: a statement
// that starts `A<B> c` is a declaration while `A < B > (c)` is a generic
// call, `(T)-x` is a cast while `(a)-b` is a subtraction, and a lambda's
// parameter list is only known at its `=>`. The parser decides these by
// scanning tokens without building nodes or reporting errors (scanType,
// scanTypeArgs, castType, isGenericArgs, isDeclStart, isLambdaStart), then
// parses for real. The expression parser is also exposed to participle
// grammars as ExprParser (participle.ParseTypeWith).
//
// Errors are collected in an ErrorList. After an error inside a statement or
// member the parser skips to the next `;` or `}` and goes on, so one run
// reports several independent mistakes; it stops after maxErrors.
//
// A large file (parallelParseBytes and up) is lexed and parsed on all CPUs:
// the lexer cuts the source at line starts (lexparallel.go) and the parser
// gives runs of top-level members to goroutines of their own (parallel.go).
// Both check that each cut is where the serial pass would be in the state
// a fresh start assumes, and fall back to the serial pass otherwise (on any
// error too), so the tree, comments, warnings and errors are always the
// serial ones.
//
// API:
//
//   - Parse(filename, src) (*ast.CompilationUnit, error): the error is an
//     ErrorList (`file.cs:line:col: message` per line, sorted, one per line
//     of input); the tree is never nil and is partial on error.
//     ParseExpr(filename, src) (ast.Expr, error) parses one expression.
//   - ast.Dump(node): the indented text form the golden tests use;
//     ast.Walk/ast.Inspect: traversal; ast.NewCommentMap: comment placement.
//   - CompilationUnit.Warnings: non-fatal diagnostics (dropped #if branches,
//     #warning).
//   - Definition: the lexer as a participle lexer.Definition; ExprParser:
//     the expression parser as a participle.ParseTypeWith function.
//
// What is not supported (each gives a positioned error): unsafe code
// (pointers, fixed, stackalloc), query expressions (from ... select),
// and list patterns ([1, ..]).
package parser

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// MaxDepth bounds the nesting of expressions, statements and types; deeper
// input gets a positioned error instead of exhausting the stack.
const MaxDepth = 1000

// Parse parses one C# file. On success the error is nil; otherwise it is an
// ErrorList (sorted, one diagnostic per line) and the returned tree is
// partial but never nil. Parse never panics.
func Parse(filename string, src []byte) (*ast.CompilationUnit, error) {
	parts := 1
	if len(src) >= parallelParseBytes {
		parts = numParts()
	}
	cu, _, err := parseFile(filename, src, parts)
	return cu, err
}

// parseFile is Parse in up to parts parts at once (parallel.go); parallel
// reports whether it used them or parsed serially.
func parseFile(filename string, src []byte, parts int) (cu *ast.CompilationUnit, parallel bool, err error) {
	s := newScanner(filename, src)
	p := &parser{filename: filename, sc: s, errs: &s.errs, nodes: &nodeSlabs{}}
	p.toks = []lexer.Token{{Type: tEOF, Pos: lexer.Position{Filename: filename, Line: 1, Column: 1}}}
	p.tok = &p.toks[0]
	cu = &ast.CompilationUnit{Filename: filename}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				if debugPanics {
					panic(r)
				}
				// A bug in the parser: report it as a diagnostic rather than
				// crash the translator.
				p.errs.Add(p.tok.Pos, "internal parser error: %v", r)
			}
		}
		// Lexer warnings come first in discovery order; sort them in.
		sort.SliceStable(s.warnings, func(i, j int) bool { return s.warnings[i].Pos.Offset < s.warnings[j].Pos.Offset })
		cu.Warnings = s.warnings
		cu.Comments = p.groups
		p.errs.RemoveMultiples()
		err = p.errs.Err()
	}()
	if parts > 1 {
		s.runParallel(parts) // lexparallel.go
	} else {
		s.run()
	}
	p.toks = s.toks
	p.tok = &p.toks[0]
	p.buildCommentGroups()
	// A large file without lexical errors is parsed in parts on all CPUs
	// (parallel.go); whenever that is not certain to give what the serial
	// parse gives, the parallel result is dropped and the file is parsed
	// here as before.
	if parts > 1 && len(s.errs) == 0 && p.parseParallel(cu, parts) {
		return cu, true, nil
	}
	p.parseCompilationUnit(cu)
	return cu, false, nil
}

// ParseExpr parses src as one C# expression (for tools and tests). The
// error, if any, is an ErrorList.
func ParseExpr(filename string, src []byte) (x ast.Expr, err error) {
	s := newScanner(filename, src)
	p := &parser{filename: filename, sc: s, errs: &s.errs, nodes: &nodeSlabs{}}
	p.toks = []lexer.Token{{Type: tEOF, Pos: lexer.Position{Filename: filename, Line: 1, Column: 1}}}
	p.tok = &p.toks[0]
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				p.errs.Add(p.tok.Pos, "internal parser error: %v", r)
			}
			x = nil
		}
		p.errs.RemoveMultiples()
		err = p.errs.Err()
	}()
	s.run()
	p.toks = s.toks
	p.tok = &p.toks[0]
	x = p.parseExpr()
	if !p.is(tEOF) {
		p.errorf(p.tok.Pos, "unexpected %s after the expression", describe(p.tok))
	}
	return x, nil
}

// debugPanics re-raises internal panics (set by tests while debugging).
var debugPanics = false

// bailout is the panic value that unwinds the parser to the nearest
// recovery point after an error has been recorded.
type bailout struct{ fatal bool }

type parser struct {
	filename string
	toks     []lexer.Token
	i        int          // index of the current token
	tok      *lexer.Token // &toks[i]
	sc       *scanner
	errs     *ErrorList
	depth    int

	groups     []*ast.CommentGroup
	groupAfter map[int]*ast.CommentGroup // token index -> comment group just before it
	nodes      *nodeSlabs                // allocates the most frequent node kinds (alloc.go)

	// split is set on the skeleton parser of a parallel parse: the runs of
	// members other goroutines parse, which the skeleton skips
	// (parallel.go). nil in a serial parse.
	split *splitPlan
}

// next consumes the current token.
func (p *parser) next() {
	if p.i < len(p.toks)-1 {
		p.i++
		p.tok = &p.toks[p.i]
	}
}

// peek returns the token k positions ahead of the current one (EOF past the
// end).
func (p *parser) peek(k int) *lexer.Token {
	if j := p.i + k; j < len(p.toks) {
		return &p.toks[j]
	}
	return &p.toks[len(p.toks)-1]
}

// noToken stands for a token before the start of the file.
var noToken = lexer.Token{Type: tBad}

// at returns token j (EOF past the end, noToken before the start).
func (p *parser) at(j int) *lexer.Token {
	if j < 0 {
		t := noToken
		return &t
	}
	if j < len(p.toks) {
		return &p.toks[j]
	}
	return &p.toks[len(p.toks)-1]
}

// adjacent reports whether token j starts exactly where token j-1 ends (no
// whitespace), which is how `>>`, `?.` and `?[` are recognised.
func (p *parser) adjacent(j int) bool {
	if j <= 0 || j >= len(p.toks) {
		return false
	}
	a, b := &p.toks[j-1], &p.toks[j]
	return a.Pos.Offset+len(a.Value) == b.Pos.Offset
}

func (p *parser) is(t lexer.TokenType) bool { return p.tok.Type == t }

// isWord reports whether the current token is the identifier (contextual
// keyword) w.
func (p *parser) isWord(w string) bool { return p.tok.Type == tIdent && p.tok.Value == w }

func (p *parser) got(t lexer.TokenType) bool {
	if p.tok.Type == t {
		p.next()
		return true
	}
	return false
}

// pos is the position of the current token.
func (p *parser) pos() lexer.Position { return p.tok.Pos }

// end is the position just after the last consumed token.
func (p *parser) end() lexer.Position {
	if p.i == 0 {
		return p.tok.Pos
	}
	return tokEnd(&p.toks[p.i-1])
}

func tokEnd(t *lexer.Token) lexer.Position {
	pos := t.Pos
	v := t.Value
	if strings.IndexByte(v, '\n') < 0 {
		pos.Offset += len(v)
		pos.Column += utf8.RuneCountInString(v)
		return pos
	}
	pos.Advance(v)
	return pos
}

func (p *parser) span(start lexer.Position) ast.Span {
	return ast.Span{Pos: start, EndPos: p.end()}
}

// errorf records an error at pos and unwinds to the nearest recovery point.
func (p *parser) errorf(pos lexer.Position, format string, args ...any) {
	p.errs.Add(pos, format, args...)
	panic(bailout{fatal: len(*p.errs) >= maxErrors})
}

// errorExpected reports "expected WHAT, found TOKEN" at the current token.
func (p *parser) errorExpected(what string) {
	p.errorf(p.tok.Pos, "expected %s, found %s", what, describe(p.tok))
}

// errorMissingSemi reports a missing ';'. When the token found is on a
// later line, the error points just after the previous token, where the ';'
// belongs (as the C# compiler does), and still names what was found.
func (p *parser) errorMissingSemi(context string) {
	pos := p.tok.Pos
	if p.i > 0 {
		if end := p.end(); end.Line < pos.Line {
			pos = end
		}
	}
	p.errorf(pos, "expected ';'%s, found %s", context, describe(p.tok))
}

// expect consumes a token of kind t or reports "expected 't'CONTEXT, found
// X"; the context parts (joined only on error, so the happy path does not
// allocate) read like " after expression statement".
func (p *parser) expect(t lexer.TokenType, context ...string) lexer.Position {
	pos := p.tok.Pos
	if p.tok.Type != t {
		ctx := strings.Join(context, "")
		if t == tSemi {
			p.errorMissingSemi(ctx)
		}
		p.errorExpected(kindText(t) + ctx)
	}
	p.next()
	return pos
}

// expectClose consumes the closer t of a construct opened at open, or
// reports "expected '}' to close WHAT (opened at L:C), found X".
//
// At the end of the file the error is recorded without unwinding, so the
// enclosing declarations keep what was parsed (a partial tree); the
// outermost constructs then report at the same place and RemoveMultiples
// keeps the innermost report.
func (p *parser) expectClose(t lexer.TokenType, open lexer.Position, what ...string) {
	if p.tok.Type != t {
		msg := fmt.Sprintf("expected %s to close %s (opened at %d:%d), found %s", kindText(t), strings.Join(what, ""), open.Line, open.Column, describe(p.tok))
		if p.is(tEOF) {
			p.errs.Add(p.tok.Pos, "%s", msg)
			if len(*p.errs) >= maxErrors {
				panic(bailout{fatal: true})
			}
			return
		}
		p.errorf(p.tok.Pos, "%s", msg)
	}
	p.next()
}

// ident consumes an identifier (contextual keywords included) and returns
// its name without a verbatim '@'.
func (p *parser) ident(contextParts ...string) (string, lexer.Position) {
	if p.tok.Type != tIdent {
		context := strings.Join(contextParts, "")
		if isKeyword(p.tok.Type) {
			p.errorf(p.tok.Pos, "expected identifier%s, found keyword %q (use @%s to use a keyword as a name)", context, p.tok.Value, p.tok.Value)
		}
		p.errorExpected("identifier" + context)
	}
	pos := p.tok.Pos
	name := identName(p.tok)
	p.next()
	return name, pos
}

func identName(t *lexer.Token) string {
	if strings.HasPrefix(t.Value, "@") {
		return t.Value[1:]
	}
	return t.Value
}

// enter increments the nesting depth and reports an error past MaxDepth.
func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		p.errs.Add(p.tok.Pos, "nesting too deep: more than %d levels of nested expressions, statements or types", MaxDepth)
		panic(bailout{fatal: true})
	}
}

func (p *parser) leave() { p.depth-- }

// recoverTo is deferred by loops that can resume after a bad statement or
// member: it swallows a non-fatal bailout, then skips to a likely
// resumption point (after `;`, before `}`), consuming at least one token so
// the loop always progresses.
func (p *parser) recoverTo(start int, depth int) {
	r := recover()
	if r == nil {
		return
	}
	b, isBail := r.(bailout)
	if !isBail || b.fatal {
		panic(r)
	}
	p.depth = depth
	p.skipToSync(start)
}

func (p *parser) skipToSync(start int) {
	nest := 0
	for !p.is(tEOF) {
		switch p.tok.Type {
		case tLBrace, tLParen, tLBrack:
			nest++
		case tRParen, tRBrack:
			if nest > 0 {
				nest--
			}
		case tRBrace:
			if nest == 0 {
				if p.i == start {
					p.next()
				}
				return
			}
			nest--
			if nest == 0 {
				p.next()
				return
			}
		case tSemi:
			if nest == 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// ---------------------------------------------------------------------------
// Comments

// buildCommentGroups groups the scanner's comments (adjacent lines, no token
// between) and indexes each group by the token that follows it, for doc
// comments.
func (p *parser) buildCommentGroups() {
	cs := p.sc.comments
	if len(cs) == 0 {
		return
	}
	p.groupAfter = map[int]*ast.CommentGroup{}
	ti := 0
	var g *ast.CommentGroup
	gTok := -1
	flush := func() {
		if g != nil {
			g.EndPos = g.List[len(g.List)-1].EndPos
			p.groups = append(p.groups, g)
			p.groupAfter[gTok] = g
			g = nil
		}
	}
	for _, c := range cs {
		for ti < len(p.toks)-1 && p.toks[ti].Pos.Offset < c.Pos.Offset {
			ti++
		}
		if g != nil {
			last := g.List[len(g.List)-1]
			if ti != gTok || c.Pos.Line > last.EndPos.Line+1 || isTrivia(c) || isTrivia(last) {
				flush()
			}
		}
		if g == nil {
			g = &ast.CommentGroup{}
			g.Pos = c.Pos
			gTok = ti
		}
		g.List = append(g.List, c)
	}
	flush()
}

// docAt returns the comment group documenting a declaration whose first
// token is at index j: the group just before it, ending on the previous line
// or the same line.
func (p *parser) docAt(j int) *ast.CommentGroup {
	g := p.groupAfter[j]
	if g == nil {
		return nil
	}
	t := p.at(j)
	if g.EndPos.Line < t.Pos.Line-1 {
		return nil
	}
	for _, c := range g.List {
		if isTrivia(c) {
			return nil
		}
	}
	return g
}

// isTrivia reports whether c is dropped code or a directive line rather than
// a comment a programmer wrote; such entries form groups of their own and
// never document a declaration.
func isTrivia(c *ast.Comment) bool {
	return c.Kind == ast.DisabledText || c.Kind == ast.Directive
}

// ---------------------------------------------------------------------------
// Compilation unit and namespaces

func (p *parser) parseCompilationUnit(cu *ast.CompilationUnit) {
	// The unit spans the whole file, from 1:1 to the end.
	cu.Pos = lexer.Position{Filename: p.filename, Line: 1, Column: 1}
	cu.Externs, cu.Usings = p.parseUsings()
	var fileNS *ast.NamespaceDecl
	for !p.is(tEOF) {
		if p.split != nil && fileNS == nil && p.takePart(&cu.Members, false) {
			continue
		}
		p.parseTopLevel(cu, &fileNS)
	}
	if fileNS != nil {
		fileNS.EndPos = p.end()
	}
	cu.EndPos = p.tok.Pos
}

// parseTopLevel parses one top-level item, recovering after an error.
func (p *parser) parseTopLevel(cu *ast.CompilationUnit, fileNS **ast.NamespaceDecl) {
	defer p.recoverTo(p.i, p.depth)
	if p.is(tLBrack) && p.isGlobalAttribute() {
		cu.Attributes = append(cu.Attributes, p.parseAttributeSection())
		return
	}
	if p.is(kNamespace) {
		ns := p.parseNamespace(fileNS != nil && *fileNS != nil)
		if ns.FileScoped {
			if len(cu.Members) > 0 || len(cu.Statements) > 0 {
				p.errs.Add(ns.Pos, "file-scoped namespace must precede all other members in a file")
			}
			*fileNS = ns
			cu.Members = append(cu.Members, ns)
			return
		}
		p.addMember(cu, *fileNS, ns)
		return
	}
	if p.startsTypeDecl() {
		p.addMember(cu, *fileNS, p.parseMemberDecl(""))
		return
	}
	if p.is(kUsing) && !p.peekIsUsingStatement() {
		p.errorf(p.tok.Pos, "using directive must come before all declarations and statements in the file or namespace")
	}
	st := p.parseStatement()
	if *fileNS != nil {
		p.errs.Add(st.Start(), "top-level statements must precede namespace and type declarations")
	} else if len(cu.Members) > 0 {
		p.errs.Add(st.Start(), "top-level statements must precede namespace and type declarations")
	}
	cu.Statements = append(cu.Statements, st)
}

func (p *parser) addMember(cu *ast.CompilationUnit, fileNS *ast.NamespaceDecl, d ast.Decl) {
	if fileNS != nil {
		fileNS.Members = append(fileNS.Members, d)
		return
	}
	cu.Members = append(cu.Members, d)
}

// isGlobalAttribute reports whether `[` starts `[assembly: ...]` or
// `[module: ...]`.
func (p *parser) isGlobalAttribute() bool {
	t := p.peek(1)
	return t.Type == tIdent && (t.Value == "assembly" || t.Value == "module") && p.peek(2).Type == tColon
}

// peekIsUsingStatement reports whether `using` at the current token starts a
// using statement or declaration rather than a using directive.
func (p *parser) peekIsUsingStatement() bool {
	t := p.peek(1)
	if t.Type == tLParen {
		return true
	}
	if t.Type == kStatic || t.Type == tIdent && (t.Value == "global") {
		return false
	}
	// `using var x = ...;` / `using T x = ...;` is a declaration; `using A;`
	// / `using A = B;` / `using A.B;` a directive.
	if t.Type == tIdent && p.peek(2).Type == tAssign {
		return false
	}
	j := p.scanType(p.i+1, scanDecl)
	return j > 0 && p.at(j).Type == tIdent
}

// parseUsings parses extern aliases and using directives at the start of a
// compilation unit or namespace body.
func (p *parser) parseUsings() (externs []*ast.ExternAlias, usings []*ast.UsingDirective) {
	for {
		switch {
		case p.is(kExtern) && p.peek(1).Type == tIdent && p.peek(1).Value == "alias":
			start := p.pos()
			p.next()
			p.next()
			name, _ := p.ident(" after 'extern alias'")
			p.expect(tSemi, " after extern alias")
			externs = append(externs, &ast.ExternAlias{Span: p.span(start), Name: name})
		case p.is(kUsing) && !p.peekIsUsingStatement(),
			p.isWord("global") && p.peek(1).Type == kUsing:
			usings = append(usings, p.parseUsingDirective())
		default:
			return
		}
	}
}

func (p *parser) parseUsingDirective() *ast.UsingDirective {
	u := &ast.UsingDirective{}
	start := p.pos()
	if p.isWord("global") {
		u.Global = true
		p.next()
	}
	p.expect(kUsing, "")
	if p.got(kStatic) {
		u.Static = true
	}
	if p.is(tIdent) && p.peek(1).Type == tAssign {
		u.Alias, _ = p.ident("")
		p.next()
	}
	u.Name = p.parseType(scanDecl)
	p.expect(tSemi, " after using directive")
	u.Span = p.span(start)
	return u
}

// parseNamespace parses `namespace N { ... }` or `namespace N;`.
func (p *parser) parseNamespace(inFileScoped bool) *ast.NamespaceDecl {
	ns := &ast.NamespaceDecl{Doc: p.docAt(p.i)}
	start := p.pos()
	p.expect(kNamespace, "")
	ns.Name = p.parseQualifiedName(" after 'namespace'")
	if p.got(tSemi) {
		if inFileScoped {
			p.errs.Add(start, "a file can have only one file-scoped namespace")
		}
		ns.FileScoped = true
		ns.Externs, ns.Usings = p.parseUsings()
		for !p.is(tEOF) {
			if p.split != nil && p.takePart(&ns.Members, true) {
				continue
			}
			p.parseNamespaceMember(&ns.Members)
		}
		ns.Span = p.span(start)
		return ns
	}
	open := p.expect(tLBrace, " after namespace name")
	ns.Externs, ns.Usings = p.parseUsings()
	for !p.is(tRBrace) && !p.is(tEOF) {
		if p.split != nil && p.takePart(&ns.Members, true) {
			continue
		}
		p.parseNamespaceMember(&ns.Members)
	}
	p.expectClose(tRBrace, open, "namespace ", ns.Name.Name())
	p.got(tSemi)
	ns.Span = p.span(start)
	return ns
}

func (p *parser) parseNamespaceMember(members *[]ast.Decl) {
	defer p.recoverTo(p.i, p.depth)
	if p.is(kNamespace) {
		*members = append(*members, p.parseNamespace(false))
		return
	}
	if p.is(kUsing) {
		p.errorf(p.tok.Pos, "using directive must come before all members of the namespace")
	}
	if !p.startsTypeDecl() {
		p.errorf(p.tok.Pos, "expected class, struct, interface, enum, record or delegate declaration in namespace, found %s (statements are only allowed at the top level of a file, before any namespace)", describe(p.tok))
	}
	*members = append(*members, p.parseMemberDecl(""))
}

// parseQualifiedName parses `A.B.C` into a TypeRef without type arguments.
func (p *parser) parseQualifiedName(context string) *ast.TypeRef {
	t := &ast.TypeRef{}
	start := p.pos()
	for {
		ps := p.pos()
		name, _ := p.ident(context)
		t.Parts = append(t.Parts, &ast.TypePart{Span: p.span(ps), Name: name})
		if !p.is(tDot) {
			break
		}
		p.next()
	}
	t.Span = p.span(start)
	return t
}

// startsTypeDecl reports whether the tokens at the cursor (after attributes
// and modifiers) start a type declaration: class, struct, interface, enum,
// delegate (followed by a type, not an anonymous method) or record.
func (p *parser) startsTypeDecl() bool { return p.startsTypeDeclAt(p.i) }

// startsTypeDeclAt is startsTypeDecl for the tokens from index j.
func (p *parser) startsTypeDeclAt(j int) bool {
	for p.at(j).Type == tLBrack {
		j = p.skipBalanced(j)
		if j < 0 {
			return false
		}
	}
	for {
		t := p.at(j)
		if isModifierKeyword(t.Type) || t.Type == tIdent && isContextualModifier(t.Value) && p.modifierFollows(j+1) {
			j++
			continue
		}
		break
	}
	t := p.at(j)
	switch t.Type {
	case kClass, kStruct, kInterface, kEnum:
		return true
	case kDelegate:
		n := p.at(j + 1).Type
		return n != tLParen && n != tLBrace
	case tIdent:
		if t.Value == "record" {
			n := p.at(j + 1)
			return n.Type == tIdent || n.Type == kClass || n.Type == kStruct
		}
	}
	return false
}

// skipBalanced returns the index after the bracketed group starting at j
// (`(`, `[` or `{`), or -1 if it is not closed.
func (p *parser) skipBalanced(j int) int {
	depth := 0
	for ; j < len(p.toks); j++ {
		switch p.toks[j].Type {
		case tLParen, tLBrack, tLBrace:
			depth++
		case tRParen, tRBrack, tRBrace:
			depth--
			if depth == 0 {
				return j + 1
			}
		case tEOF:
			return -1
		}
	}
	return -1
}

func isModifierKeyword(t lexer.TokenType) bool {
	switch t {
	case kPublic, kPrivate, kProtected, kInternal, kStatic, kReadonly, kConst, kAbstract, kVirtual,
		kOverride, kSealed, kNew, kExtern, kUnsafe, kVolatile, kFixed:
		return true
	}
	return false
}

func isContextualModifier(w string) bool {
	switch w {
	case "partial", "async", "required", "file":
		return true
	}
	return false
}

// modifierFollows reports whether the token at j can follow a contextual
// modifier, so `async` is a modifier in `async Task F()` but a name in
// `async = 1` or `async (x) => ...`.
func (p *parser) modifierFollows(j int) bool {
	t := p.at(j)
	return t.Type == tIdent || isKeyword(t.Type) && t.Type != kIs && t.Type != kAs
}

func (p *parser) parseModifiers() ast.Modifiers {
	var m ast.Modifiers
	for {
		var bit ast.Modifiers
		switch {
		case isModifierKeyword(p.tok.Type):
			bit = ast.ModifierByName(p.tok.Value)
		case p.tok.Type == kRef && (p.peek(1).Type == kStruct || p.peek(1).Type == kReadonly || p.peek(1).Type == tIdent && p.peek(1).Value == "partial"):
			bit = ast.ModRef
		case p.tok.Type == tIdent && isContextualModifier(p.tok.Value) && p.modifierFollows(p.i+1):
			// `partial` before a method's return type, `async` before a
			// return type, `file` and `required` as modifiers.
			bit = ast.ModifierByName(p.tok.Value)
		default:
			return m
		}
		if m&bit != 0 {
			p.errorf(p.tok.Pos, "duplicate modifier %q", p.tok.Value)
		}
		m |= bit
		p.next()
	}
}

func (p *parser) parseAttributes() []*ast.AttributeSection {
	var out []*ast.AttributeSection
	for p.is(tLBrack) {
		out = append(out, p.parseAttributeSection())
	}
	return out
}

func (p *parser) parseAttributeSection() *ast.AttributeSection {
	sec := &ast.AttributeSection{}
	start := p.pos()
	p.expect(tLBrack, "")
	if (p.is(tIdent) || isKeyword(p.tok.Type)) && p.peek(1).Type == tColon {
		sec.Target = p.tok.Value
		p.next()
		p.next()
	}
	for {
		a := &ast.Attribute{}
		as := p.pos()
		a.Name = p.parseType(scanDecl)
		if p.is(tLParen) {
			p.next()
			for !p.is(tRParen) {
				arg := &ast.Argument{}
				ap := p.pos()
				if p.is(tIdent) && p.peek(1).Type == tAssign {
					arg.Name, _ = p.ident("")
					arg.NameEquals = true
					p.next()
				} else if p.is(tIdent) && p.peek(1).Type == tColon {
					arg.Name, _ = p.ident("")
					p.next()
				}
				arg.X = p.parseExpr()
				arg.Span = p.span(ap)
				a.Args = append(a.Args, arg)
				if !p.got(tComma) {
					break
				}
			}
			p.expect(tRParen, " to close attribute arguments")
		}
		a.Span = p.span(as)
		sec.Attrs = append(sec.Attrs, a)
		if !p.got(tComma) || p.is(tRBrack) {
			break
		}
	}
	p.expect(tRBrack, " to close attribute")
	sec.Span = p.span(start)
	return sec
}

func (p *parser) unexpected(context string) {
	p.errorf(p.tok.Pos, "unexpected %s%s", describe(p.tok), context)
}
