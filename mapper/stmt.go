// This file lowers statements: locals, control flow, try/catch/finally via
// system.Try with flag variables for return/break/continue inside the
// lowered closures, using (Dispose on every path), lock, switch and foreach.

package mapper

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// funcState is the translation state of one Go function body (a method, a
// constructor, or a lambda).
type funcState struct {
	m      *mapper
	class  *ClassInfo
	static bool
	// result is the C# type `return` converts to (void: none).
	result *Type
	// ctorReturn makes `return;` return the constructed object.
	ctorReturn bool
	topLevel   bool
	scope      *scope
	// closures are the try/using/lock bodies being lowered, innermost last.
	closures []*closureCtx
	// breakables is the stack of loops and switches, innermost last.
	breakables []*breakable
	tmp        *int
	// enumScope makes an enum's members visible by simple name (inside
	// its own member initializers).
	enumScope *EnumInfo
	// baseCall marks the invocation being lowered as base.M(): no virtual
	// dispatch.
	baseCall bool
	// checked is set inside checked blocks and expressions: integer +, -,
	// * and conversions throw OverflowException there.
	checked bool
	// unchecked is set inside unchecked blocks and expressions: constant
	// expressions, checked by default, wrap there (constant.go).
	unchecked bool
	// scratchDepth bounds nested scratch lowering (argScore).
	scratchDepth *int
	// unsup is the first unsupported construct met in the statement being
	// lowered; the statement then becomes a panic.
	unsup *unsupported
	// pre holds statements that must run before the statement being
	// lowered (out-variable declarations).
	pre []Stmt
	// usingNames are the Go names using statements declared in this
	// function: C# scopes a using's variable to the statement, but its
	// Go declaration sits in the enclosing block, so a second
	// `using (var fs = ...)` there needs a block of its own.
	usingNames map[string]bool
	// labels are the goto labels of this function; listPath locates the
	// statement being lowered in its enclosing statement lists.
	labels   map[string]*labelState
	listPath []*listFrame
	lists    int
}

// listFrame is a statement list being lowered: its number in the
// function, the index of the statement being lowered, and which of the
// statements before it declared Go variables in the list's block.
type listFrame struct {
	id, index int
	declares  []bool
}

// labelState is one goto label: its statement once lowered (a goto
// before that is a forward jump, checked when the label comes).
type labelState struct {
	stmt     *LabeledStmt
	list     int // the list the label is in
	closures int
	forward  []*gotoSite
}

// gotoSite is a goto lowered before its label.
type gotoSite struct {
	branch   *BranchStmt
	path     []listFrame
	closures int
	pos      ast.Position
}

// breakable is a loop or switch that break (and, for loops, continue)
// may target.
type breakable struct {
	loop bool
	// label is the Go label the statement gets, set when a jump needs it:
	// a continue that crosses the loop a goto-case switch becomes.
	label string
	// gotoSwitch is set for a switch whose sections use goto case or goto
	// default: it is lowered as a labeled loop around the switch.
	gotoSwitch *gotoSwitch
}

// gotoSwitch is the state of a switch lowered for goto case: `goto case
// X` sets tagVar to X and continues label; `goto default` sets dfltVar.
type gotoSwitch struct {
	label   string
	tagVar  string
	tagType *Type
	// dfltVar is "" when no section uses goto default.
	dfltVar string
	// closures is len(fs.closures) at the switch: a goto case inside a
	// lowered closure (a try body) cannot continue the loop.
	closures int
}

// pushBreakable enters a loop or switch; popBreakable leaves it.
func (fs *funcState) pushBreakable(loop bool) *breakable {
	b := &breakable{loop: loop}
	fs.breakables = append(fs.breakables, b)
	return b
}

func (fs *funcState) popBreakable() { fs.breakables = fs.breakables[:len(fs.breakables)-1] }

type unsupported struct {
	pos  ast.Position
	what string
	// err marks invalid C# (what is then a whole message).
	err bool
}

type scope struct {
	parent *scope
	// vars is made by the first set: many scopes (blocks, scratch states)
	// declare nothing, and making a map for each was 0.5% of the bytes
	// and 0.6% of the allocations of jsonrest_100x.
	vars  map[string]*local
	order []*local
}

// set binds name in s.
func (s *scope) set(name string, l *local) {
	if s.vars == nil {
		s.vars = map[string]*local{}
	}
	s.vars[name] = l
}

type local struct {
	name   string
	goName string
	t      *Type
	used   bool
	// fn is set for local functions.
	fn *MethodInfo
	// ident is the Ident every read of the local shares (IR nodes are
	// never modified): one per read was 1.5% of the objects the mapper
	// allocated for jsonrest_100x.
	ident *Ident
}

// closureCtx records which jumps out of a lowered closure (a func literal
// standing for a try body, handler, using or lock body) were used, so that
// the code after the closure can complete them.
type closureCtx struct {
	breakDepth int // len(breakables) when the closure started
	retFlag    string
	retVar     string
	brkFlag    string
	contFlag   string
	retUsed    bool
	brkUsed    bool
	contUsed   bool
	result     *Type
}

func (m *mapper) newFunc(c *ClassInfo, static bool, result *Type) *funcState {
	n, d := 0, 0
	return &funcState{m: m, class: c, static: static, result: result, scope: &scope{}, tmp: &n, scratchDepth: &d}
}

// child returns the state for a lambda body: it shares the scopes (the
// lambda captures), but has its own result and jump targets.
func (fs *funcState) child(result *Type) *funcState {
	return &funcState{m: fs.m, class: fs.class, static: fs.static, result: result, checked: fs.checked, unchecked: fs.unchecked,
		scope: &scope{parent: fs.scope}, tmp: fs.tmp, scratchDepth: fs.scratchDepth, topLevel: fs.topLevel}
}

// scratch returns a state for lowering an expression only to learn its
// type: its declarations go to a scope of its own and its output is
// dropped (callers also restore the diagnostics).
func (fs *funcState) scratch() *funcState {
	return &funcState{m: fs.m, class: fs.class, static: fs.static, result: fs.result, checked: fs.checked, unchecked: fs.unchecked,
		scope: &scope{parent: fs.scope}, tmp: new(int), scratchDepth: fs.scratchDepth, topLevel: fs.topLevel}
}

func (fs *funcState) push() { fs.scope = &scope{parent: fs.scope} }
func (fs *funcState) pop()  { fs.scope = fs.scope.parent }

// declare adds a local and returns its Go name. A name that an enclosing
// scope already uses gets a numeric suffix: C# forbids such shadowing only
// within one method, and lambdas may reuse names.
func (fs *funcState) declare(name string, t *Type) string {
	g := GoIdent(name)
	if name == "_" {
		return "_"
	}
	if fs.lookupLocal(name) != nil {
		*fs.tmp++
		g = fmt.Sprintf("%s%d", g, *fs.tmp)
	}
	l := &local{name: name, goName: g, t: t}
	fs.scope.set(name, l)
	fs.scope.order = append(fs.scope.order, l)
	return g
}

func (fs *funcState) lookupLocal(name string) *local {
	for s := fs.scope; s != nil; s = s.parent {
		if l, ok := s.vars[name]; ok {
			return l
		}
	}
	return nil
}

// temp returns a fresh Go name for a translator-made variable.
func (fs *funcState) temp(base string) string {
	*fs.tmp++
	return fmt.Sprintf("%s%d", base, *fs.tmp)
}

// unsupported records an unsupported construct.
func (fs *funcState) unsupported(pos ast.Position, what, hint string) {
	fs.m.diags.Unsupported(pos, what, hint)
	if fs.unsup == nil {
		fs.unsup = &unsupported{pos: pos, what: what}
	}
}

// resolveType resolves a type written in a body; an unknown type makes
// the statement a panic (its diagnostic is reported by the mapper).
func (fs *funcState) resolveType(tr *ast.TypeRef, report bool) *Type {
	t := fs.m.resolveType(tr, report)
	if t.Kind == TUnknown && fs.unsup == nil && tr != nil {
		fs.unsup = &unsupported{pos: tr.Pos, what: "type " + typeRefName(tr)}
	}
	return t
}

// errorf records invalid C# (unknown names and the like): the statement
// also becomes a panic.
func (fs *funcState) errorf(pos ast.Position, format string, args ...any) {
	fs.m.diags.Add(pos, Error, format, args...)
	if fs.unsup == nil {
		fs.unsup = &unsupported{pos: pos, what: fmt.Sprintf(format, args...), err: true}
	}
}

// panicStmts is what an unsupported statement becomes.
func (fs *funcState) panicStmts(u *unsupported) []Stmt {
	msg := fmt.Sprintf("cs2go: unsupported %s at %s", u.what, fs.m.posString(u.pos))
	todo := "TODO(cs2go): " + u.what + " is not translated"
	if u.err {
		msg = fmt.Sprintf("cs2go: %s at %s", u.what, fs.m.posString(u.pos))
		todo = "TODO(cs2go): " + u.what
	}
	return []Stmt{
		&CommentStmt{Text: todo},
		&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{&BasicLit{Value: strconvQuote(msg)}}}},
	}
}

// panicValue is an expression of type t that panics: an unsupported
// initializer of a package-level variable.
func (fs *funcState) panicValue(u *unsupported, t *Type) Expr {
	msg := fmt.Sprintf("cs2go: unsupported %s at %s", u.what, fs.m.posString(u.pos))
	if u.err {
		// Invalid C# (a constant division by zero): the message says it all.
		msg = fmt.Sprintf("cs2go: %s at %s", u.what, fs.m.posString(u.pos))
	}
	return &CallExpr{Fun: &FuncLit{Results: []*GoType{t.Go()}, Body: &Block{Stmts: []Stmt{
		&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{lit(strconvQuote(msg))}}}}}}}
}

// body lowers a method body or expression body.
func (fs *funcState) body(b *ast.Block, exprBody ast.Expr) *Block {
	if exprBody != nil {
		return &Block{Stmts: fs.stmt(&ast.ReturnStmt{Span: ast.Span{Pos: exprBody.Start(), EndPos: exprBody.End()}, X: exprBody})}
	}
	if b == nil {
		return &Block{}
	}
	return &Block{Stmts: fs.stmtList(b.Stmts)}
}

// stmtList lowers the statements of one block in a new scope. Local
// functions are hoisted (C# lets a block call them before their
// declaration); `using var` wraps the rest of the block; locals the program
// never reads get `_ = x`, since Go rejects unused variables.
func (fs *funcState) stmtList(list []ast.Stmt) []Stmt {
	fs.push()
	defer fs.pop()
	var out []Stmt
	for _, s := range list {
		if lf, ok := s.(*ast.LocalFunctionStmt); ok {
			out = append(out, fs.localFuncDecl(lf))
		}
	}
	for _, s := range list {
		if lf, ok := s.(*ast.LocalFunctionStmt); ok {
			out = append(out, fs.localFuncAssign(lf)...)
		}
	}
	type declAt struct {
		l   *local
		idx int // index in out after which `_ = x` goes
	}
	var decls []declAt
	*fs.listsCounter()++
	frame := &listFrame{id: *fs.listsCounter(), declares: make([]bool, len(list))}
	fs.listPath = append(fs.listPath, frame)
	defer func() {
		fs.listPath = fs.listPath[:len(fs.listPath)-1]
		if len(fs.listPath) == 0 {
			fs.undefinedLabels()
		}
	}()
	for i, s := range list {
		frame.index = i
		if _, ok := s.(*ast.LocalFunctionStmt); ok {
			continue
		}
		if d, ok := s.(*ast.LocalDeclStmt); ok && d.Using {
			out = append(out, fs.usingDecl(d, list[i+1:])...)
			break
		}
		before, n := len(fs.scope.order), len(out)
		out = append(out, fs.stmt(s)...)
		frame.declares[i] = declaresVars(out[n:])
		for _, l := range fs.scope.order[before:] {
			decls = append(decls, declAt{l, len(out)})
		}
	}
	// Go rejects unused locals; C# only warns. Insert `_ = x` after the
	// declaration of each local nothing reads. Most lists have none, and
	// are returned as they are rather than copied.
	unread := func(l *local) bool { return !l.used && l.goName != "_" && l.fn == nil }
	if !slices.ContainsFunc(decls, func(d declAt) bool { return unread(d.l) }) {
		return out
	}
	final := make([]Stmt, 0, len(out)+len(decls))
	next := 0
	for i := 0; i <= len(out); i++ {
		for next < len(decls) && decls[next].idx == i {
			if l := decls[next].l; unread(l) {
				final = append(final, &AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Tok: "=", Rhs: []Expr{&Ident{Name: l.goName}}})
			}
			next++
		}
		if i < len(out) {
			final = append(final, out[i])
		}
	}
	return final
}

// stmt lowers one statement; an unsupported construct inside it turns the
// whole statement into a TODO comment and a panic.
func (fs *funcState) stmt(s ast.Stmt) []Stmt {
	fs.m.lastPos = s.Start()
	saved, savedPre := fs.unsup, fs.pre
	fs.unsup, fs.pre = nil, nil
	before := len(fs.scope.order)
	var wasUsed []*local
	for sc := fs.scope; sc != nil; sc = sc.parent {
		for _, l := range sc.order {
			if !l.used {
				wasUsed = append(wasUsed, l)
			}
		}
	}
	out := fs.stmt1(s)
	if fs.unsup != nil {
		out = fs.panicStmts(fs.unsup)
		// The statement's uses of locals are gone with it.
		for _, l := range wasUsed {
			l.used = false
		}
		// Keep the locals the statement declared, so that later statements
		// still compile (they become panics too when they use them).
		for _, l := range fs.scope.order[before:] {
			if l.goName == "_" || l.fn != nil {
				continue
			}
			l.t = unknownType
			out = append(out, &VarStmt{Name: l.goName, Type: goAny})
		}
	} else if len(fs.pre) > 0 {
		out = append(fs.pre, out...)
	}
	fs.unsup, fs.pre = saved, savedPre
	if len(out) > 0 {
		switch s.(type) {
		case *ast.Block, *ast.EmptyStmt:
		default:
			out[0] = &LineStmt{Pos: s.Start(), Stmt: out[0]}
		}
	}
	return fs.withComments(s, out)
}

// withComments carries over the comments the comment map assigns to a
// statement: the ones before it lead, the ones after it follow.
func (fs *funcState) withComments(s ast.Stmt, out []Stmt) []Stmt {
	groups := fs.m.cmap[s]
	if len(groups) == 0 {
		return out
	}
	var lead, trail []Stmt
	for _, g := range groups {
		for _, c := range g.List {
			for _, line := range commentText(c) {
				cs := &CommentStmt{Text: line}
				if g.Pos.Offset < s.Start().Offset {
					lead = append(lead, cs)
				} else {
					trail = append(trail, cs)
				}
			}
		}
	}
	return append(append(lead, out...), trail...)
}

// blockOf lowers a statement used as a body (if/loop bodies).
func (fs *funcState) blockOf(s ast.Stmt) *Block {
	if b, ok := s.(*ast.Block); ok {
		return &Block{Stmts: fs.stmtList(b.Stmts)}
	}
	return &Block{Stmts: fs.stmtList([]ast.Stmt{s})}
}

func (fs *funcState) stmt1(s ast.Stmt) []Stmt {
	switch s := s.(type) {
	case *ast.Block:
		return []Stmt{&Block{Stmts: fs.stmtList(s.Stmts)}}
	case *ast.EmptyStmt:
		return nil
	case *ast.LocalDeclStmt:
		return fs.localDecl(s)
	case *ast.ExprStmt:
		return fs.exprStmt(s.X)
	case *ast.IfStmt:
		return []Stmt{fs.ifStmt(s)}
	case *ast.WhileStmt:
		cond := fs.cond(s.Cond)
		b := fs.pushBreakable(true)
		body := fs.blockOf(s.Body)
		fs.popBreakable()
		if lit, ok := cond.(*BasicLit); ok && lit.Value == "true" {
			cond = nil
		}
		return []Stmt{&ForStmt{Label: b.label, Cond: cond, Body: body}}
	case *ast.DoStmt:
		// for ok := true; ok; ok = cond {}: continue evaluates the condition,
		// as in C#.
		b := fs.pushBreakable(true)
		body := fs.blockOf(s.Body)
		fs.popBreakable()
		v := fs.temp("more")
		return []Stmt{&ForStmt{Label: b.label, Init: &AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Tok: ":=", Rhs: []Expr{&BasicLit{Value: "true"}}},
			Cond: &Ident{Name: v}, Post: &AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Tok: "=", Rhs: []Expr{fs.cond(s.Cond)}}, Body: body}}
	case *ast.ForStmt:
		return fs.forStmt(s)
	case *ast.ForeachStmt:
		return fs.foreachStmt(s)
	case *ast.SwitchStmt:
		return fs.switchStmt(s)
	case *ast.ReturnStmt:
		return fs.returnStmt(s)
	case *ast.BreakStmt:
		return fs.jump(s.Pos, "break")
	case *ast.ContinueStmt:
		return fs.jump(s.Pos, "continue")
	case *ast.ThrowStmt:
		return fs.throwStmt(s)
	case *ast.TryStmt:
		return fs.tryStmt(s)
	case *ast.UsingStmt:
		return fs.usingStmt(s)
	case *ast.LockStmt:
		x := fs.expr(s.X)
		body, post := fs.closure(func() *Block { return fs.blockOf(s.Body) })
		call := &ExprStmt{X: &CallExpr{Fun: &Qual{Path: RuntimeModule + "system/threading", Name: "LockDo"}, Args: []Expr{x.e, &FuncLit{Body: body}}}}
		return append([]Stmt{call}, post...)
	case *ast.CheckedStmt:
		saved, savedUnchecked := fs.checked, fs.unchecked
		fs.checked, fs.unchecked = !s.Unchecked, s.Unchecked
		b := &Block{Stmts: fs.stmtList(s.Body.Stmts)}
		fs.checked, fs.unchecked = saved, savedUnchecked
		return []Stmt{b}
	case *ast.LocalFunctionStmt:
		return nil // hoisted by stmtList
	case *ast.GotoStmt:
		return fs.gotoStmt(s)
	case *ast.LabeledStmt:
		return fs.labeledStmt(s)
	case *ast.YieldStmt:
		fs.unsupported(s.Pos, "yield", "build and return a list")
	default:
		fs.unsupported(s.Start(), "statement", "")
	}
	return nil
}

// cond lowers a condition (a bool expression).
func (fs *funcState) cond(e ast.Expr) Expr {
	v := fs.expr(e)
	if v.t.Kind != TBool && v.t.Kind != TUnknown {
		fs.errorf(e.Start(), "condition of type %s is not bool", v.t)
	}
	return v.e
}

func (fs *funcState) ifStmt(s *ast.IfStmt) *IfStmt {
	out := &IfStmt{Cond: fs.cond(s.Cond), Then: fs.blockOf(s.Then)}
	switch e := s.Else.(type) {
	case nil:
	case *ast.IfStmt:
		saved := fs.unsup
		inner := fs.stmt(e)
		fs.unsup = saved
		if len(inner) == 1 {
			if ls, ok := inner[0].(*LineStmt); ok {
				if is, ok := ls.Stmt.(*IfStmt); ok {
					out.Else = is
					break
				}
			}
		}
		out.Else = &Block{Stmts: inner}
	default:
		out.Else = fs.blockOf(e)
	}
	return out
}

func (fs *funcState) localDecl(s *ast.LocalDeclStmt) []Stmt {
	var out []Stmt
	if s.Ref {
		fs.unsupported(s.Pos, "ref local", "use a plain variable")
		return nil
	}
	isVar := s.Type != nil && len(s.Type.Parts) == 1 && s.Type.Parts[0].Name == "var" && !s.Type.Predefined
	var declared *Type
	if !isVar {
		declared = fs.resolveType(s.Type, true)
	}
	for _, v := range s.Vars {
		if v.Init == nil {
			if isVar {
				fs.errorf(v.Pos, "implicitly typed local %s needs an initializer", v.Name)
				declared = unknownType
			}
			name := fs.declare(v.Name, declared)
			out = append(out, &VarStmt{Name: name, Type: declared.Go()})
			continue
		}
		if isVar {
			val := fs.expr(v.Init)
			t := val.t
			if t.Kind == TNull {
				fs.errorf(v.Pos, "cannot infer the type of %s from null", v.Name)
				t = unknownType
			}
			name := fs.declare(v.Name, t)
			if val.konst && (t.Kind == TInt || t.Kind == TFloat || t.Kind == TChar) {
				out = append(out, &VarStmt{Name: name, Type: t.Go(), Value: val.e})
			} else {
				out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{val.e}})
			}
			continue
		}
		if targetTyped(v.Init) {
			val := fs.exprTo(v.Init, declared)
			name := fs.declare(v.Name, declared)
			out = append(out, &VarStmt{Name: name, Type: declared.Go(), Value: val})
			continue
		}
		// Lower the initializer once, then convert: `x := init` when the
		// value already has the declared Go type.
		x := fs.expr1(v.Init)
		var val Expr
		switch {
		case x.isGroup():
			x = fs.methodValue(x, declared, v.Init.Start())
			val = x.e
		case x.typ != nil || x.ns != "":
			fs.errorf(v.Init.Start(), "%s is a type or namespace, not a value", exprName(v.Init))
			val, x.t = lit("nil"), unknownType
		default:
			val = fs.convert(x, declared, v.Init.Start())
		}
		name := fs.declare(v.Name, declared)
		if x.t == nil {
			x.t = unknownType
		}
		natural := !x.konst || (x.t.Kind == TString && declared.Kind == TString) || x.t.Kind == TBool
		natural = natural && x.t.Kind != TUnknown && x.t.Kind != TNull && declared.Kind != TObject &&
			x.t.Go().String(qualName) == declared.Go().String(qualName)
		if c, ok := val.(*ConvExpr); ok && c.Type.String(qualName) == declared.Go().String(qualName) {
			natural = true
		}
		if natural && !s.Const {
			out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{val}})
			continue
		}
		out = append(out, &VarStmt{Name: name, Type: declared.Go(), Value: val})
	}
	return out
}

// targetTyped reports whether an initializer takes its type from the
// declaration (lambdas, null, brace initializers, new(), default).
func targetTyped(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return targetTyped(x.X)
	case *ast.LambdaExpr, *ast.AnonymousMethodExpr, *ast.InitializerExpr:
		return true
	case *ast.Literal:
		return x.Kind == ast.LitNull
	case *ast.DefaultExpr:
		return x.Type == nil
	case *ast.ObjectCreationExpr:
		return x.Type == nil
	}
	return false
}

func (fs *funcState) forStmt(s *ast.ForStmt) []Stmt {
	fs.push()
	defer fs.pop()
	var pre []Stmt
	var init Stmt
	if s.InitDecl != nil {
		decl := fs.localDecl(s.InitDecl)
		if len(decl) == 1 {
			// `var i int32 = 0` is not a simple statement: use i := int32(0).
			if vs, ok := decl[0].(*VarStmt); ok && vs.Value != nil {
				init = &AssignStmt{Lhs: []Expr{&Ident{Name: vs.Name}}, Tok: ":=", Rhs: []Expr{&ConvExpr{Type: vs.Type, X: vs.Value}}}
			} else {
				init = decl[0]
			}
		} else {
			pre = decl
		}
	}
	for _, e := range s.Init {
		st := fs.exprStmt(e)
		if len(s.Init) == 1 && len(st) == 1 {
			init = st[0]
		} else {
			pre = append(pre, st...)
		}
	}
	var cond Expr
	if s.Cond != nil {
		cond = fs.cond(s.Cond)
	}
	var post Stmt
	var updates []Stmt
	for _, e := range s.Update {
		updates = append(updates, fs.exprStmt(e)...)
	}
	switch {
	case len(updates) == 1:
		post = updates[0]
	case len(updates) > 1:
		// Go's post statement is one simple statement; `i++, j--` becomes a
		// call of a function literal running the updates in order, which
		// also runs after `continue`, as C#'s update list does.
		post = &ExprStmt{X: &CallExpr{Fun: &FuncLit{Body: &Block{Stmts: updates}}}}
	}
	b := fs.pushBreakable(true)
	body := fs.blockOf(s.Body)
	fs.popBreakable()
	for _, l := range fs.scope.order {
		l.used = true // a loop variable is used by its condition in Go terms
	}
	loop := &ForStmt{Label: b.label, Init: init, Cond: cond, Post: post, Body: body}
	if len(pre) > 0 {
		return []Stmt{&Block{Stmts: append(pre, loop)}}
	}
	return []Stmt{loop}
}

func (fs *funcState) foreachStmt(s *ast.ForeachStmt) []Stmt {
	if s.Target != nil || s.Await {
		fs.unsupported(s.Pos, "deconstructing or await foreach", "iterate and index explicitly")
		return nil
	}
	x := fs.expr(s.X)
	var elem *Type
	rangeX := x.e
	single := false
	switch {
	case x.t.isMulti():
		// Row-major, as foreach visits a C# rectangular array.
		elem = x.t.Elem
		rangeX = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "Items"}}
	case x.t.Kind == TArray:
		elem = x.t.Elem
	case x.t.Kind == TString:
		elem = charType
		rangeX = &CallExpr{Fun: &Qual{Path: systemPkg, Name: "StringToCharArray"}, Args: []Expr{x.e}}
	case x.t.Kind == TRuntime && (x.t.Info.FullName == "System.Collections.Specialized.NameValueCollection" || x.t.Info.FullName == "System.Net.WebHeaderCollection"):
		elem = stringType
		rangeX = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "AllKeys"}}
	case x.t.Kind == TRuntime && x.t.Info.FullName == "System.Net.CookieCollection":
		elem = fs.m.tableType(fs.m.tb.Type("System.Net.Cookie"), nil)
		rangeX = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "Items"}}
	case x.t.Kind == TRuntime && x.t.Info.FullName == "System.Collections.Generic.Dictionary" && len(x.t.Args) == 2:
		// Pairs is an iter.Seq of KeyValuePair: one range variable.
		elem = fs.m.tb.instantiate(fs.m.tb.Type("System.Collections.Generic.KeyValuePair`2"), x.t.Args)
		rangeX = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "Pairs"}}
		single = true
	case x.t.Kind == TRuntime && fs.m.tb.enumerableOf(x.t) != nil:
		// IEnumerable<T> is an iter.Seq: one range variable. Collections
		// deriving from it in the table convert (matches.All()).
		ie := fs.m.tb.enumerableOf(x.t)
		elem = ie.Args[0]
		rangeX = fs.convert(x, ie, s.X.Start())
		single = true
	case x.t.Kind == TUnknown:
		elem = unknownType
	default:
		fs.unsupported(s.X.Start(), "foreach over "+x.t.String(), "iterate over an array")
		return nil
	}
	fs.push()
	defer fs.pop()
	if s.Type != nil && !(len(s.Type.Parts) == 1 && s.Type.Parts[0].Name == "var" && !s.Type.Predefined) {
		if t := fs.resolveType(s.Type, true); t.Kind != TUnknown {
			elem = t
		}
	}
	name := fs.declare(s.Name, elem)
	b := fs.pushBreakable(true)
	body := fs.blockOf(s.Body)
	fs.popBreakable()
	if l := fs.scope.vars[s.Name]; l != nil && !l.used {
		name = "_"
	}
	if single {
		return []Stmt{&RangeStmt{Label: b.label, Key: name, X: rangeX, Body: body}}
	}
	return []Stmt{&RangeStmt{Label: b.label, Key: "_", Value: name, X: rangeX, Body: body}}
}

func (fs *funcState) switchStmt(s *ast.SwitchStmt) []Stmt {
	tag := fs.expr(s.X)
	sw := &SwitchStmt{Tag: tag.e}
	b := fs.pushBreakable(false)
	defer fs.popBreakable()
	var out []Stmt
	gotoCase, gotoDefault := switchGotos(s)
	if gotoCase || gotoDefault {
		// goto case X: the switch runs in a loop; the goto stores X in
		// the variable the switch tests and continues the loop. Go's
		// goto cannot enter another case clause.
		g := &gotoSwitch{label: fs.temp("switch"), tagVar: fs.temp("sw"), tagType: tag.t, closures: len(fs.closures)}
		out = append(out, &VarStmt{Name: g.tagVar, Type: tag.t.Go(), Value: fs.convert(tag, tag.t, s.X.Start())})
		sw.Tag = &Ident{Name: g.tagVar}
		if gotoDefault {
			g.dfltVar = fs.temp("toDefault")
			out = append(out, &VarStmt{Name: g.dfltVar, Type: goBool})
		}
		b.gotoSwitch = g
	}
	for _, sec := range s.Sections {
		cc := &CaseClause{}
		isDefault := false
		for _, l := range sec.Labels {
			if l.Default {
				isDefault = true
				continue
			}
			if l.When != nil {
				fs.unsupported(l.When.Start(), "case guard (when)", "use if statements")
				continue
			}
			cp, ok := l.Pattern.(*ast.ConstantPattern)
			if !ok {
				fs.unsupported(l.Pattern.Start(), "pattern in case label", "use if statements with is")
				continue
			}
			cc.List = append(cc.List, fs.exprTo(cp.X, tag.t))
		}
		stmts := sec.Stmts
		// C# ends every section with break (or another jump); Go cases
		// do not fall through, so the trailing break is dropped.
		if n := len(stmts); n > 0 {
			if _, ok := stmts[n-1].(*ast.BreakStmt); ok {
				stmts = stmts[:n-1]
			}
		}
		cc.Body = fs.stmtList(stmts)
		if isDefault {
			if len(cc.List) > 0 {
				// `case X: default:` shares a body: Go needs two clauses.
				sw.Cases = append(sw.Cases, &CaseClause{List: cc.List, Body: cc.Body})
			}
			cc.List = nil
		}
		if cc.List == nil && !isDefault {
			continue
		}
		sw.Cases = append(sw.Cases, cc)
	}
	g := b.gotoSwitch
	if g == nil {
		return []Stmt{sw}
	}
	if g.dfltVar != "" {
		// goto default must pass the cases by: switch on true, each case
		// testing !toDefault && sw == X.
		for _, cc := range sw.Cases {
			if cc.List == nil {
				continue
			}
			var cond Expr
			for _, x := range cc.List {
				var eq Expr = &BinaryExpr{Op: "==", X: &Ident{Name: g.tagVar}, Y: x}
				if cond == nil {
					cond = eq
				} else {
					cond = &BinaryExpr{Op: "||", X: cond, Y: eq}
				}
			}
			cc.List = []Expr{&BinaryExpr{Op: "&&", X: &UnaryExpr{Op: "!", X: &Ident{Name: g.dfltVar}}, Y: cond}}
		}
		sw.Tag = nil
	}
	loop := &ForStmt{Label: g.label, Body: &Block{Stmts: []Stmt{sw, &BranchStmt{Tok: "break"}}}}
	return append(out, loop)
}

// switchGotos reports whether a switch's sections use goto case and goto
// default aimed at it (not at a nested switch).
func switchGotos(s *ast.SwitchStmt) (gotoCase, gotoDefault bool) {
	for _, sec := range s.Sections {
		for _, st := range sec.Stmts {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SwitchStmt, *ast.LambdaExpr, *ast.AnonymousMethodExpr, *ast.LocalFunctionStmt:
					return false
				case *ast.GotoStmt:
					gotoCase = gotoCase || n.Kind == ast.GotoCase
					gotoDefault = gotoDefault || n.Kind == ast.GotoDefault
				}
				return true
			})
		}
	}
	return gotoCase, gotoDefault
}

// gotoStmt lowers goto case X and goto default inside a switch lowered by
// switchStmt as a loop.
func (fs *funcState) gotoStmt(s *ast.GotoStmt) []Stmt {
	if s.Kind == ast.GotoLabel {
		return fs.gotoLabel(s)
	}
	var g *gotoSwitch
	for i := len(fs.breakables) - 1; i >= 0; i-- {
		if !fs.breakables[i].loop {
			g = fs.breakables[i].gotoSwitch
			break
		}
	}
	if g == nil {
		fs.errorf(s.Pos, "goto %s outside a switch", map[bool]string{true: "case", false: "default"}[s.Kind == ast.GotoCase])
		return nil
	}
	if len(fs.closures) > g.closures {
		fs.unsupported(s.Pos, "goto case inside try, using or lock", "move the goto out of the block")
		return nil
	}
	var out []Stmt
	if s.Kind == ast.GotoCase {
		out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: g.tagVar}}, Tok: "=", Rhs: []Expr{fs.exprTo(s.Case, g.tagType)}})
		if g.dfltVar != "" {
			out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: g.dfltVar}}, Tok: "=", Rhs: []Expr{lit("false")}})
		}
	} else {
		out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: g.dfltVar}}, Tok: "=", Rhs: []Expr{lit("true")}})
	}
	return append(out, &BranchStmt{Tok: "continue", Label: g.label})
}

func (fs *funcState) returnStmt(s *ast.ReturnStmt) []Stmt {
	if th, ok := s.X.(*ast.ThrowExpr); ok {
		// An expression body `=> throw new E()`.
		return fs.throwStmt(&ast.ThrowStmt{Span: th.Span, X: th.X})
	}
	var results []Expr
	if s.X != nil {
		if fs.result == nil || fs.result.Kind == TVoid {
			v := fs.expr(s.X)
			if fs.ctorReturn {
				fs.errorf(s.Pos, "constructor returns a value")
			}
			return []Stmt{&ExprStmt{X: v.e}, &ReturnStmt{}}
		}
		results = []Expr{fs.exprTo(s.X, fs.result)}
	} else if fs.ctorReturn {
		results = []Expr{&Ident{Name: "this"}}
	}
	if n := len(fs.closures); n > 0 {
		c := fs.closures[n-1]
		c.retUsed = true
		var out []Stmt
		if len(results) > 0 {
			out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: c.retVar}}, Tok: "=", Rhs: results})
		}
		return append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: c.retFlag}}, Tok: "=", Rhs: []Expr{&BasicLit{Value: "true"}}}, &ReturnStmt{})
	}
	return []Stmt{&ReturnStmt{Results: results}}
}

// jump lowers break/continue; one that leaves a lowered closure sets the
// closure's flag and returns from it.
func (fs *funcState) jump(pos ast.Position, tok string) []Stmt {
	target := -1
	for i := len(fs.breakables) - 1; i >= 0; i-- {
		if tok == "break" || fs.breakables[i].loop {
			target = i
			break
		}
	}
	if target < 0 {
		fs.errorf(pos, "%s outside a loop", tok)
		return nil
	}
	if n := len(fs.closures); n > 0 && target < fs.closures[n-1].breakDepth {
		c := fs.closures[n-1]
		flag := c.brkFlag
		if tok == "continue" {
			flag = c.contFlag
			c.contUsed = true
		} else {
			c.brkUsed = true
		}
		return []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: flag}}, Tok: "=", Rhs: []Expr{&BasicLit{Value: "true"}}}, &ReturnStmt{}}
	}
	if tok == "continue" {
		// A continue that crosses a goto-case switch's loop names its loop.
		for _, b := range fs.breakables[target+1:] {
			if b.gotoSwitch != nil {
				t := fs.breakables[target]
				if t.label == "" {
					t.label = fs.temp("loop")
				}
				return []Stmt{&BranchStmt{Tok: tok, Label: t.label}}
			}
		}
	}
	return []Stmt{&BranchStmt{Tok: tok}}
}

// closure lowers a body that becomes a func literal (try/catch/finally,
// using, lock). It returns the body and the statements that complete,
// after the call, the return/break/continue the body performed; the flag
// variables are declared in fs.pre.
func (fs *funcState) closure(lower func() *Block) (*Block, []Stmt) {
	c := &closureCtx{breakDepth: len(fs.breakables), result: fs.result}
	n := fs.temp("")
	c.retFlag, c.retVar, c.brkFlag, c.contFlag = "returned"+n, "result"+n, "broke"+n, "continued"+n
	fs.closures = append(fs.closures, c)
	body := lower()
	fs.closures = fs.closures[:len(fs.closures)-1]
	var post []Stmt
	if c.retUsed {
		fs.pre = append(fs.pre, &VarStmt{Name: c.retFlag, Type: goBool})
		var ret []Stmt
		if c.result != nil && c.result.Kind != TVoid {
			fs.pre = append(fs.pre, &VarStmt{Name: c.retVar, Type: c.result.Go()})
			ret = fs.returnValue(&Ident{Name: c.retVar})
		} else {
			ret = fs.returnValue(nil)
		}
		post = append(post, &IfStmt{Cond: &Ident{Name: c.retFlag}, Then: &Block{Stmts: ret}})
	}
	for _, j := range []struct {
		used bool
		flag string
		tok  string
	}{{c.brkUsed, c.brkFlag, "break"}, {c.contUsed, c.contFlag, "continue"}} {
		if !j.used {
			continue
		}
		fs.pre = append(fs.pre, &VarStmt{Name: j.flag, Type: goBool})
		post = append(post, &IfStmt{Cond: &Ident{Name: j.flag}, Then: &Block{Stmts: fs.jump(ast.Position{}, j.tok)}})
	}
	return body, post
}

// returnValue returns an already-lowered value from the current function
// (or sets the enclosing closure's flags).
func (fs *funcState) returnValue(x Expr) []Stmt {
	var results []Expr
	if x != nil {
		results = []Expr{x}
	} else if fs.ctorReturn {
		results = []Expr{&Ident{Name: "this"}}
	}
	if n := len(fs.closures); n > 0 {
		c := fs.closures[n-1]
		c.retUsed = true
		var out []Stmt
		if x != nil {
			out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: c.retVar}}, Tok: "=", Rhs: results})
		}
		return append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: c.retFlag}}, Tok: "=", Rhs: []Expr{&BasicLit{Value: "true"}}}, &ReturnStmt{})
	}
	return []Stmt{&ReturnStmt{Results: results}}
}

func (fs *funcState) throwStmt(s *ast.ThrowStmt) []Stmt {
	if s.X == nil {
		c := fs.catchVar()
		if c == "" {
			fs.errorf(s.Pos, "throw; outside a catch clause")
			return nil
		}
		return []Stmt{&ExprStmt{X: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "Rethrow"}, Args: []Expr{&Ident{Name: c}}}}}
	}
	v := fs.expr(s.X)
	return []Stmt{&ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{v.e}}}}
}

// catchVar is the Go name of the innermost catch clause's exception.
func (fs *funcState) catchVar() string {
	for s := fs.scope; s != nil; s = s.parent {
		if l, ok := s.vars["$catch"]; ok {
			return l.goName
		}
	}
	return ""
}

func (fs *funcState) tryStmt(s *ast.TryStmt) []Stmt {
	body, post := fs.closure(func() *Block { return &Block{Stmts: fs.stmtList(s.Body.Stmts)} })
	args := []Expr{&FuncLit{Body: body}}
	for _, c := range s.Catches {
		var h *Block
		var p []Stmt
		if c.Type == nil {
			if hasRethrow(c.Body) {
				// A bare catch that rethrows needs the exception value.
				c = &ast.CatchClause{Span: c.Span, Type: &ast.TypeRef{Parts: []*ast.TypePart{{Name: "Exception"}}}, Name: "", Filter: c.Filter, Body: c.Body}
			} else {
				h, p = fs.closure(func() *Block { return &Block{Stmts: fs.stmtList(c.Body.Stmts)} })
				args = append(args, &CallExpr{Fun: &Qual{Path: systemPkg, Name: "CatchAll"}, Args: []Expr{&FuncLit{Body: h}}})
				post = append(post, p...)
				continue
			}
		}
		t := fs.resolveType(c.Type, true)
		gt := t.Go()
		fs.push()
		name := "_"
		if c.Name != "" {
			name = fs.declare(c.Name, t)
			fs.scope.set("$catch", &local{goName: name, t: t, used: true})
		} else if hasRethrow(c.Body) {
			name = fs.temp("ex")
			fs.scope.set("$catch", &local{goName: name, t: t, used: true})
		}
		var filter Expr
		if c.Filter != nil {
			filter = &FuncLit{Params: []*Field{{Name: name, Type: gt}}, Results: []*GoType{goBool},
				Body: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{fs.cond(c.Filter)}}}}}
		}
		h, p = fs.closure(func() *Block { return &Block{Stmts: fs.stmtList(c.Body.Stmts)} })
		fs.pop()
		post = append(post, p...)
		handler := &FuncLit{Params: []*Field{{Name: name, Type: gt}}, Body: h}
		inst := &IndexExpr{X: &Qual{Path: systemPkg, Name: "Catch"}, Indices: []Expr{&TypeExpr{Type: gt}}}
		if filter != nil {
			inst.X = &Qual{Path: systemPkg, Name: "CatchWhen"}
			args = append(args, &CallExpr{Fun: inst, Args: []Expr{filter, handler}})
		} else {
			args = append(args, &CallExpr{Fun: inst, Args: []Expr{handler}})
		}
	}
	if s.Finally != nil {
		f, p := fs.closure(func() *Block { return &Block{Stmts: fs.stmtList(s.Finally.Stmts)} })
		if len(p) > 0 {
			fs.unsupported(s.Finally.Pos, "jump out of a finally block", "C# forbids it too")
		}
		args = append(args, &CallExpr{Fun: &Qual{Path: systemPkg, Name: "Finally"}, Args: []Expr{&FuncLit{Body: f}}})
	}
	return append([]Stmt{&ExprStmt{X: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "Try"}, Args: args}}}, post...)
}

func hasRethrow(b *ast.Block) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ThrowStmt:
			if n.X == nil {
				found = true
			}
		case *ast.LambdaExpr, *ast.AnonymousMethodExpr, *ast.TryStmt:
			return false
		}
		return !found
	})
	return found
}

// usingStmt lowers `using (r) body`: the resource is disposed after the
// body on every path, through system.Try and Finally.
func (fs *funcState) usingStmt(s *ast.UsingStmt) []Stmt {
	if s.Await {
		fs.unsupported(s.Pos, "await using", "use using")
		return nil
	}
	fs.push()
	defer fs.pop()
	var out []Stmt
	var res []*local
	if s.Decl != nil {
		before := len(fs.scope.order)
		out = append(out, fs.localDecl(s.Decl)...)
		res = append(res, fs.scope.order[before:]...)
	} else {
		v := fs.expr(s.X)
		name := fs.declare(fs.temp("resource"), v.t)
		out = append(out, &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{v.e}})
		res = append(res, fs.scope.vars[name])
	}
	body, post := fs.closure(func() *Block { return fs.blockOf(s.Body) })
	out = append(out, fs.disposeTry(body, res)...)
	out = append(out, post...)
	if fs.usingNames == nil {
		fs.usingNames = map[string]bool{}
	}
	redeclares := false
	for _, l := range res {
		redeclares = redeclares || fs.usingNames[l.goName]
		fs.usingNames[l.goName] = true
	}
	if redeclares {
		return []Stmt{&Block{Stmts: out}}
	}
	return out
}

// usingDecl lowers `using var r = ...;` followed by the rest of its block.
func (fs *funcState) usingDecl(d *ast.LocalDeclStmt, rest []ast.Stmt) []Stmt {
	before := len(fs.scope.order)
	out := fs.stmt(d)
	res := append([]*local(nil), fs.scope.order[before:]...)
	saved := fs.pre
	fs.pre = nil
	body, post := fs.closure(func() *Block { return &Block{Stmts: fs.stmtList(rest)} })
	out = append(out, fs.pre...)
	fs.pre = saved
	out = append(out, fs.disposeTry(body, res)...)
	return append(out, post...)
}

func (fs *funcState) disposeTry(body *Block, res []*local) []Stmt {
	var fin []Stmt
	for i := len(res) - 1; i >= 0; i-- {
		l := res[i]
		l.used = true
		call := fs.disposeCall(&Ident{Name: l.goName}, l.t)
		if call == nil {
			continue
		}
		if l.t.isStruct() {
			fin = append(fin, &ExprStmt{X: call})
			continue
		}
		fin = append(fin, &IfStmt{Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: l.goName}, Y: &BasicLit{Value: "nil"}}, Then: &Block{Stmts: []Stmt{&ExprStmt{X: call}}}})
	}
	return []Stmt{&ExprStmt{X: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "Try"}, Args: []Expr{
		&FuncLit{Body: body},
		&CallExpr{Fun: &Qual{Path: systemPkg, Name: "Finally"}, Args: []Expr{&FuncLit{Body: &Block{Stmts: fin}}}},
	}}}}
}

// disposeCall is x.Dispose() (or Close() for runtime types without Dispose).
func (fs *funcState) disposeCall(x Expr, t *Type) Expr {
	switch t.Kind {
	case TRuntime:
		for ti := t.Info; ti != nil; ti = fs.m.tb.base(ti) {
			for _, name := range []string{"Dispose", "Close"} {
				for _, e := range ti.Members(name) {
					if e.Kind == Method && len(e.Params) == 0 && !e.Static {
						return &CallExpr{Fun: &SelectorExpr{X: x, Sel: e.Go}}
					}
				}
			}
		}
	case TUser:
		if mi := t.Class.findMethod("Dispose", 0); mi != nil {
			return &CallExpr{Fun: &SelectorExpr{X: x, Sel: mi.GoName}}
		}
	}
	if t.Kind != TUnknown {
		fs.unsupported(fs.m.lastPos, "using on "+t.String(), "the type has no Dispose the translator knows")
	}
	return nil
}

// findMethod finds a method by name and arity in c and its bases.
func (c *ClassInfo) findMethod(name string, arity int) *MethodInfo {
	for k := c; k != nil; k = k.Base {
		for _, mi := range k.Methods[name] {
			if len(mi.Params) == arity {
				return mi
			}
		}
	}
	return nil
}

// localFuncDecl declares a hoisted local function: `var f func(...)`.
func (fs *funcState) localFuncDecl(lf *ast.LocalFunctionStmt) Stmt {
	mi := fs.declareLocalFunc(lf)
	if fs.topLevel && fs.closuresDepth() == 0 && fs.scope.parent == nil {
		return &Block{}
	}
	return &VarStmt{Name: mi.GoName, Type: funcGoType(mi.Params, mi.Result)}
}

func (fs *funcState) closuresDepth() int { return len(fs.closures) }

// declareLocalFunc records a local function's signature.
func (fs *funcState) declareLocalFunc(lf *ast.LocalFunctionStmt) *MethodInfo {
	mi := &MethodInfo{Name: lf.Name, Async: lf.Modifiers.Has(ast.ModAsync), Decl: lf}
	for _, p := range lf.Params {
		mi.Params = append(mi.Params, fs.m.paramType(p))
	}
	mi.Result = fs.resolveType(lf.ReturnType, false)
	if fs.topLevel && fs.scope.parent == nil {
		mi.GoName = GoIdent(lf.Name)
		fs.m.topFuncs[lf.Name] = mi
		return mi
	}
	mi.GoName = fs.declare(lf.Name, &Type{Kind: TFunc, Params: mi.Params, Result: mi.Result})
	fs.scope.vars[lf.Name].fn = mi
	fs.scope.vars[lf.Name].used = true
	return mi
}

// localFuncAssign lowers the body: `f = func(...) {...}`.
func (fs *funcState) localFuncAssign(lf *ast.LocalFunctionStmt) []Stmt {
	l := fs.lookupLocal(lf.Name)
	if l == nil || l.fn == nil {
		return nil // top-level: emitted as a package-level function
	}
	mi := l.fn
	c := fs.child(mi.Result)
	params, variadic := fs.m.params(c, lf.Params, mi.Params)
	body, results := c.asyncBody(mi.Async, mi.Result, lf.Body, lf.ExprBody, lf.Pos)
	return []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: l.goName}}, Tok: "=", Rhs: []Expr{&FuncLit{Params: params, Variadic: variadic, Results: results, Body: body}}}}
}

// listsCounter numbers the statement lists of one Go function (a lambda's
// child state counts its own).
func (fs *funcState) listsCounter() *int { return &fs.lists }

// declaresVars reports whether lowered statements declare Go variables in
// their block (var x, x := ...), which a forward goto must not jump over.
func declaresVars(stmts []Stmt) bool {
	for _, s := range stmts {
		if ls, ok := s.(*LineStmt); ok {
			s = ls.Stmt
		}
		switch s := s.(type) {
		case *VarStmt:
			return true
		case *AssignStmt:
			if s.Tok == ":=" {
				return true
			}
		}
	}
	return false
}

// label returns the state of a goto label, creating it.
func (fs *funcState) label(name string) *labelState {
	if fs.labels == nil {
		fs.labels = map[string]*labelState{}
	}
	l := fs.labels[name]
	if l == nil {
		l = &labelState{}
		fs.labels[name] = l
	}
	return l
}

// gotoLabel lowers `goto L;` to Go's goto. Go's rules are stricter than
// C#'s in two ways the translator checks: a goto cannot leave the func
// literal a try or using body becomes, and a forward goto cannot jump over
// a variable declaration of the label's block (checked when the label is
// lowered, see labeledStmt).
func (fs *funcState) gotoLabel(s *ast.GotoStmt) []Stmt {
	l := fs.label(s.Label)
	br := &BranchStmt{Tok: "goto", Label: GoIdent(s.Label)}
	if l.stmt != nil {
		// Backward: the label's list must enclose the goto.
		encloses := false
		for _, f := range fs.listPath {
			encloses = encloses || f.id == l.list
		}
		if !encloses || l.closures != len(fs.closures) {
			fs.unsupported(s.Pos, "goto "+s.Label+" out of a try, using or lock body", "move the label into the same block")
			return nil
		}
		l.stmt.Used = true
		return []Stmt{br}
	}
	site := &gotoSite{branch: br, closures: len(fs.closures), pos: s.Pos}
	for _, f := range fs.listPath {
		site.path = append(site.path, *f)
	}
	l.forward = append(l.forward, site)
	return []Stmt{br}
}

// undefinedLabels reports the gotos, at the end of a function body, whose
// label never came (invalid C#); they panic instead of failing the build.
func (fs *funcState) undefinedLabels() {
	for name, l := range fs.labels {
		if l.stmt != nil {
			continue
		}
		for _, g := range l.forward {
			fs.m.diags.Add(g.pos, Error, "no label %s for goto", name)
			g.branch.Panic = fmt.Sprintf("cs2go: no label %s for goto at %s", name, fs.m.posString(g.pos))
		}
		l.forward = nil
	}
}

// labeledStmt lowers `L: stmt`. The forward gotos to L lowered so far are
// checked against Go's rules now; one that breaks them becomes a panic.
func (fs *funcState) labeledStmt(s *ast.LabeledStmt) []Stmt {
	l := fs.label(s.Label)
	if l.stmt != nil {
		fs.errorf(s.Pos, "label %s is declared twice", s.Label)
		return nil
	}
	if len(fs.listPath) == 0 {
		fs.unsupported(s.Pos, "labeled statement outside a block", "")
		return nil
	}
	top := fs.listPath[len(fs.listPath)-1]
	l.list, l.closures = top.id, len(fs.closures)
	var inner []Stmt
	if s.Stmt != nil {
		inner = fs.stmt(s.Stmt)
	}
	var st Stmt = &Block{Stmts: inner}
	if len(inner) == 1 {
		st = inner[0]
	}
	l.stmt = &LabeledStmt{Label: GoIdent(s.Label), Stmt: st}
	for _, g := range l.forward {
		ok := g.closures == l.closures
		found := false
		for _, f := range g.path {
			if f.id != top.id {
				continue
			}
			found = true
			for k := f.index + 1; k < top.index; k++ {
				ok = ok && !top.declares[k]
			}
		}
		if !ok || !found {
			// Go rejects the jump: the goto panics instead.
			if g.closures != l.closures {
				fs.m.diags.Unsupported(g.pos, "goto "+s.Label+" out of a try, using or lock body", "move the label into the same block")
			} else {
				fs.m.diags.Unsupported(g.pos, "goto "+s.Label+" over a variable declaration", "declare the variables before the goto")
			}
			g.branch.Panic = fmt.Sprintf("cs2go: unsupported goto %s at %s", s.Label, fs.m.posString(g.pos))
			continue
		}
		l.stmt.Used = true
	}
	l.forward = nil
	return []Stmt{l.stmt}
}

var _ = strings.TrimSpace
