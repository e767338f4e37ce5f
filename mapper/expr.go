// This file lowers expressions: name and member resolution, calls with
// overload selection through the table, C#'s numeric promotions and
// implicit conversions made explicit, string concatenation with .NET's
// ToString rules, and the operators Go lacks (?:, ??, is, as).

package mapper

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"strconv"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// val is a lowered expression with its C# type.
type val struct {
	e Expr
	t *Type
	// konst marks an untyped Go constant (a literal or constant
	// arithmetic): it adapts to any numeric type without a conversion.
	konst bool
	// c is the value of a C# constant expression (constant.go); goV is
	// the exact value Go gives e, nil when e is not a Go constant
	// (math.NaN()), and goT its Go type, "" when untyped (constemit.go).
	c   *csConst
	goV constant.Value
	goT string
	// typ is set when the expression names a type (a static receiver).
	typ *Type
	// ns is set when the expression names a namespace prefix.
	ns string
	// group is set for a method group (a method used without a call).
	group []*MethodInfo
	recv  Expr // receiver of an instance method group
	// tgroup is set for a method group of the mapping table
	// (string.IsNullOrEmpty converted to a Predicate<string>).
	tgroup *tableGroup
}

// tableGroup is a table method used without a call: its overloads and,
// for instance methods, the receiver.
type tableGroup struct {
	name    string
	ti      *TypeInfo
	entries []*Entry
	// recv is the receiver of instance methods, or val{t: T} for T.M.
	recv   val
	static bool
}

// isGroup reports whether v is a method group of the program or the table.
func (v val) isGroup() bool { return v.group != nil || v.tgroup != nil }

func strconvQuote(s string) string { return strconv.Quote(s) }

func lit(s string) Expr { return &BasicLit{Value: s} }

// bad is the value of an expression that could not be lowered. Its
// statement becomes a panic: a diagnostic was reported where the problem
// was found, or the expression uses a value that was not translated.
func (fs *funcState) bad() val {
	if fs.unsup == nil {
		fs.unsup = &unsupported{pos: fs.m.lastPos, what: "use of a value that is not translated"}
	}
	return val{e: lit("nil"), t: unknownType}
}

// expr lowers an expression whose target type is not known.
func (fs *funcState) expr(e ast.Expr) val {
	v := fs.expr1(e)
	if v.typ != nil || v.ns != "" {
		fs.errorf(e.Start(), "%s is a type or namespace, not a value", exprName(e))
		return fs.bad()
	}
	if v.isGroup() {
		return fs.methodValue(v, nil, e.Start())
	}
	return v
}

// exprTo lowers an expression converted to type want (assignment,
// argument passing, return): target-typed forms (lambdas, null, method
// groups, array initializers) use want.
func (fs *funcState) exprTo(e ast.Expr, want *Type) Expr {
	if want == nil || want.Kind == TUnknown {
		return fs.expr(e).e
	}
	switch x := e.(type) {
	case *ast.ParenExpr:
		return fs.exprTo(x.X, want)
	case *ast.LambdaExpr:
		return fs.lambda(x.Params, x.Body, x.ExprBody, x.Modifiers.Has(ast.ModAsync), want, x.Pos)
	case *ast.AnonymousMethodExpr:
		return fs.lambda(x.Params, x.Body, nil, x.Modifiers.Has(ast.ModAsync), want, x.Pos)
	case *ast.InitializerExpr:
		if want.Kind == TArray {
			return fs.arrayLit(want, x)
		}
	case *ast.ObjectCreationExpr:
		if x.Type == nil {
			return fs.newObject(want, x).e
		}
	case *ast.Literal:
		if x.Kind == ast.LitNull {
			return zeroValue(want)
		}
	case *ast.DefaultExpr:
		if x.Type == nil {
			return zeroValue(want)
		}
	case *ast.ConditionalExpr:
		if v, ok := fs.foldConditional(x); ok {
			return fs.convert(v, want, e.Start())
		}
		c := fs.cond(x.Cond)
		return fs.ternary(c, fs.exprTo(x.Then, want), fs.exprTo(x.Else, want), want)
	}
	v := fs.expr1(e)
	if v.isGroup() {
		return fs.methodValue(v, want, e.Start()).e
	}
	if v.typ != nil || v.ns != "" {
		fs.errorf(e.Start(), "%s is a type or namespace, not a value", exprName(e))
		return lit("nil")
	}
	return fs.convert(v, want, e.Start())
}

// zeroValue is C#'s null/default for a type: "" for strings (a documented
// difference: cs2go strings cannot be null), nil for references.
func zeroValue(t *Type) Expr {
	switch t.Kind {
	case TString:
		return lit(`""`)
	case TBool:
		return lit("false")
	case TInt, TFloat, TChar:
		return lit("0")
	case TRuntime:
		if t.Info.Entry.Kind == Enum {
			return lit("0")
		}
		if t.Info.Entry.Struct {
			return &CompositeLit{Type: t.Go()}
		}
	}
	return lit("nil")
}

// convert applies C#'s implicit conversion of v to want.
func (fs *funcState) convert(v val, want *Type, pos ast.Position) Expr {
	from := v.t
	if want == nil || want.Kind == TUnknown || from.Kind == TUnknown {
		return v.e
	}
	switch {
	case want.IsNumeric() && from.IsNumeric():
		if v.c != nil {
			if e, ok := convertConstExpr(v, want); ok {
				return e
			}
		}
		if v.konst || from.Go().String(qualName) == want.Go().String(qualName) {
			return v.e
		}
		// int64(int32(len(b))) is int64(len(b)): len is an untyped int.
		if c, ok := v.e.(*ConvExpr); ok && from.Kind == TInt && want.Kind == TInt {
			if call, ok := c.X.(*CallExpr); ok {
				if id, ok := call.Fun.(*Ident); ok && id.Name == "len" {
					return &ConvExpr{Type: want.Go(), X: c.X}
				}
			}
		}
		return &ConvExpr{Type: want.Go(), X: v.e}
	case from.Kind == TNull:
		return zeroValue(want)
	case want.Kind == TObject:
		// A constant keeps its C# type when boxed: 'x' is a char (not a Go
		// rune, which would print as 120) and -1 an int32 (not a 64-bit int,
		// which {0:X} would print as 16 digits).
		if v.konst && from.IsNumeric() && from.Go().String(qualName) != "float64" {
			return &ConvExpr{Type: from.Go(), X: v.e}
		}
		return v.e
	case want.Kind == TString && from.Kind != TString:
		fs.errorf(pos, "cannot convert %s to string", from)
	case isDelegate(want) && len(delegateParams(want)) == 2 && comparerMethod(from) != nil:
		// An IComparer passed as a Comparison: its Compare method value.
		return &SelectorExpr{X: v.e, Sel: comparerMethod(from).Go}
	case want.Kind == TRuntime && from.Kind == TRuntime && from.Info != want.Info:
		// A derived runtime type where its base is expected (a Task<int>
		// passed to Task.WhenAll): Go needs the conversion method.
		if path, ok := upcastPath(from.Info, want.Info); ok {
			return upcast(v.e, path)
		}
	case from.Kind == TArray && want.Kind == TRuntime && want.Info.FullName == enumerableName:
		return arrayAsEnumerable(v.e)
	case want.Kind == TUser && from.Kind == TUser && from.Class != want.Class:
		// A derived object where its base class is expected: Go needs the
		// embedded base explicitly (&d.Mid.Base).
		var path []string
		for k := from.Class; k != nil && k != want.Class; k = k.Base {
			if k.Base == nil {
				fs.errorf(pos, "cannot convert %s to %s", from, want)
				return v.e
			}
			path = append(path, k.Base.GoName)
		}
		x := v.e
		for _, f := range path {
			x = &SelectorExpr{X: x, Sel: f}
		}
		return &UnaryExpr{Op: "&", X: x}
	}
	return v.e
}

func qualName(p string) string { return p }

func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.SimpleName:
		return e.Name
	case *ast.MemberAccessExpr:
		return exprName(e.X) + "." + e.Name
	case *ast.TypeExpr:
		return typeRefName(e.Type)
	}
	return "expression"
}

func (fs *funcState) expr1(e ast.Expr) val {
	fs.m.lastPos = e.Start()
	switch e := e.(type) {
	case *ast.Literal:
		return fs.literal(e)
	case *ast.ParenExpr:
		return fs.expr1(e.X)
	case *ast.SimpleName:
		return fs.name(e)
	case *ast.TypeExpr:
		t := fs.resolveType(e.Type, true)
		return val{typ: t, t: t}
	case *ast.AliasQualifiedName:
		// global::X names a type or namespace, never a local or member.
		if e.Alias == "global" {
			if t := fs.m.lookupType(e.Name, e.TypeArgs); t != nil {
				return val{typ: t, t: t}
			}
			for _, ns := range append(fs.m.namespaces, "System") {
				if ns == e.Name || strings.HasPrefix(ns, e.Name+".") {
					return val{ns: e.Name}
				}
			}
		}
		fs.unsupported(e.Pos, e.Alias+"::"+e.Name, "extern aliases are not supported")
		return fs.bad()
	case *ast.ThisExpr:
		if fs.static || fs.class == nil {
			fs.errorf(e.Pos, "this in a static context")
			return fs.bad()
		}
		return val{e: &Ident{Name: "this"}, t: fs.class.classType()}
	case *ast.MemberAccessExpr:
		return fs.member(e)
	case *ast.InvocationExpr:
		return fs.call(e)
	case *ast.ElementAccessExpr:
		return fs.index(e)
	case *ast.BinaryExpr:
		return fs.binary(e)
	case *ast.UnaryExpr:
		return fs.unary(e)
	case *ast.PostfixExpr:
		if e.Op == ast.OpNot {
			return fs.expr1(e.X) // null-forgiving x!
		}
		return fs.incDecValue(e.X, e.Op == ast.OpInc, true, e.Pos)
	case *ast.AssignExpr:
		return fs.assignValue(e)
	case *ast.ConditionalExpr:
		if v, ok := fs.foldConditional(e); ok {
			return v
		}
		c := fs.cond(e.Cond)
		a, b := fs.expr(e.Then), fs.expr(e.Else)
		t := a.t
		if t.Kind == TNull || (a.konst && !b.konst) {
			t = b.t
		}
		if a.t.IsNumeric() && b.t.IsNumeric() {
			t = promote(a.t, b.t)
		}
		return val{e: fs.ternary(c, fs.convert(a, t, e.Then.Start()), fs.convert(b, t, e.Else.Start()), t), t: t}
	case *ast.CastExpr:
		return fs.cast(e)
	case *ast.IsExpr:
		return fs.isExpr(e)
	case *ast.AsExpr:
		x := fs.expr(e.X)
		t := fs.resolveType(e.Type, true)
		v := fs.temp("v")
		return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{t.Go()}, Body: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{&Ident{Name: v}, &Ident{Name: "_"}}, Tok: ":=", Rhs: []Expr{fs.typeTest(x, t)}},
			&ReturnStmt{Results: []Expr{&Ident{Name: v}}}}}}}, t: t}
	case *ast.ObjectCreationExpr:
		if e.Type == nil {
			fs.unsupported(e.Pos, "target-typed new()", "name the type")
			return fs.bad()
		}
		return fs.newObject(fs.resolveType(e.Type, true), e)
	case *ast.ArrayCreationExpr:
		return fs.newArray(e)
	case *ast.InterpolatedStringExpr:
		return fs.interpolated(e)
	case *ast.AwaitExpr:
		x := fs.expr(e.X)
		if x.t.Kind == TRuntime && x.t.Info.FullName == "System.Threading.Tasks.Task" {
			var rt *Type = voidType
			if len(x.t.Args) == 1 {
				rt = x.t.Args[0]
			}
			return val{e: &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "Await"}}, t: rt}
		}
		if _, isCall := x.e.(*CallExpr); isCall && x.t.Kind == TVoid {
			// A table method whose Go function does the waiting itself:
			// await Task.Yield() is tasks.Yield().
			return x
		}
		if x.t.Kind != TUnknown {
			fs.unsupported(e.Pos, "await of "+x.t.String(), "await a Task")
		}
		return fs.bad()
	case *ast.NameOfExpr:
		return val{e: lit(strconvQuote(lastName(e.X))), t: stringType, konst: true}
	case *ast.DefaultExpr:
		if e.Type == nil {
			fs.unsupported(e.Pos, "default literal without a target type", "write default(T)")
			return fs.bad()
		}
		t := fs.resolveType(e.Type, true)
		return val{e: zeroValue(t), t: t}
	case *ast.SizeOfExpr:
		return fs.sizeOf(e)
	case *ast.CheckedExpr:
		saved, savedUnchecked := fs.checked, fs.unchecked
		fs.checked, fs.unchecked = !e.Unchecked, e.Unchecked
		v := fs.expr1(e.X)
		fs.checked, fs.unchecked = saved, savedUnchecked
		return v
	case *ast.LambdaExpr, *ast.AnonymousMethodExpr:
		fs.unsupported(e.Start(), "lambda without a delegate type", "pass it where a delegate type is expected")
		return fs.bad()
	case *ast.ThrowExpr:
		fs.unsupported(e.Pos, "throw expression", "use an if statement and throw")
		return fs.bad()
	case *ast.BaseExpr:
		if fs.class != nil && fs.class.Base != nil && !fs.static {
			return val{e: &SelectorExpr{X: &Ident{Name: "this"}, Sel: fs.class.Base.GoName}, t: fs.class.Base.classType()}
		}
		fs.unsupported(e.Pos, "base access", "call the method directly")
		return fs.bad()
	}
	fs.unsupported(e.Start(), exprKind(e), "")
	return fs.bad()
}

func exprKind(e ast.Expr) string {
	n := strings.TrimPrefix(fmt.Sprintf("%T", e), "*ast.")
	n = strings.TrimSuffix(n, "Expr")
	var sb strings.Builder
	for i, r := range n {
		if i > 0 && r >= 'A' && r <= 'Z' {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r | 0x20)
	}
	return sb.String() + " expression"
}

func lastName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.SimpleName:
		return e.Name
	case *ast.MemberAccessExpr:
		return e.Name
	case *ast.TypeExpr:
		if n := len(e.Type.Parts); n > 0 {
			return e.Type.Parts[n-1].Name
		}
	}
	return ""
}

// asAny makes a value an interface for a type assertion.
func asAny(v val) Expr {
	if v.t.Kind == TUser && v.t.Class.Root != nil {
		// The outermost object: `b is Derived` sees the derived class.
		return &SelectorExpr{X: v.e, Sel: "self_"}
	}
	if v.t.Kind == TObject || (v.t.Kind == TRuntime && v.t.Info.Entry.Kind == Value) {
		return v.e
	}
	return &ConvExpr{Type: goAny, X: v.e}
}

// typeTest is the two-valued test of x against type t (v, ok): a type
// assertion, or for exception classes system.AsException, which also
// finds a base class embedded in a derived exception (an *HttpError in a
// *NotFoundError), as C#'s is and as do.
func (fs *funcState) typeTest(x val, t *Type) Expr {
	if fs.m.isExceptionType(t) && fs.m.isExceptionType(x.t) {
		return &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "AsException"}, Indices: []Expr{&TypeExpr{Type: t.Go()}}}, Args: []Expr{x.e}}
	}
	return &TypeAssertExpr{X: asAny(x), Type: t.Go()}
}

// isExceptionType reports whether t is System.Exception or a class
// derived from it (in the table or the program).
func (m *mapper) isExceptionType(t *Type) bool {
	switch t.Kind {
	case TUser:
		return t.Class.runtimeBase() != nil
	case TRuntime:
		for ti := t.Info; ti != nil; ti = m.tb.base(ti) {
			if ti.FullName == "System.Exception" {
				return true
			}
		}
	}
	return false
}

// ternary lowers c ? a : b (Go has no conditional operator) to a function
// literal called in place, which keeps evaluation lazy.
func (fs *funcState) ternary(c, a, b Expr, t *Type) Expr {
	return &CallExpr{Fun: &FuncLit{Results: []*GoType{t.Go()}, Body: &Block{Stmts: []Stmt{
		&IfStmt{Cond: c, Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{a}}}}},
		&ReturnStmt{Results: []Expr{b}},
	}}}}
}

func (fs *funcState) literal(e *ast.Literal) val {
	switch e.Kind {
	case ast.LitNull:
		return val{e: lit("nil"), t: nullType}
	case ast.LitBool:
		c := boolConst(e.Value.(bool))
		return constVal(c, lit(strconv.FormatBool(e.Value.(bool))), c.v, "", true)
	case ast.LitInt:
		n := e.Value.(uint64)
		t := intType
		switch {
		case strings.Contains(e.Suffix, "u") && strings.Contains(e.Suffix, "l"):
			t = ulongType
		case strings.Contains(e.Suffix, "l"):
			t = longType
			if n > math.MaxInt64 {
				t = ulongType
			}
		case strings.Contains(e.Suffix, "u"):
			t = uintType
			if n > math.MaxUint32 {
				t = ulongType
			}
		case n > math.MaxInt64:
			t = ulongType
		case n > math.MaxUint32:
			t = longType
		case n > math.MaxInt32:
			t = uintType
		}
		c := &csConst{t: t, v: constant.MakeUint64(n)}
		return constVal(c, lit(strconv.FormatUint(n, 10)), c.v, "", true)
	case ast.LitReal:
		f := e.Value.(float64)
		s := strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0"
		}
		goV := constant.MakeFromLiteral(s, token.FLOAT, 0)
		var c *csConst
		switch e.Suffix {
		case "f":
			c = floatConst(floatType, f)
		case "m":
			// decimal is exact: its value is the literal's digits.
			c = &csConst{t: decimalType, v: goV}
			if exact := constant.MakeFromLiteral(strings.TrimRight(strings.ReplaceAll(e.Raw, "_", ""), "mM"), token.FLOAT, 0); exact.Kind() != constant.Unknown {
				c.v = exact
			}
		default:
			c = floatConst(doubleType, f)
		}
		return constVal(c, lit(s), goV, "", true)
	case ast.LitChar:
		r := e.Value.(rune)
		c := intConst(charType, int64(r))
		return constVal(c, lit(charLiteral(r)), c.v, "", true)
	case ast.LitString:
		c := stringConst(e.Value.(string))
		return constVal(c, lit(strconvQuote(e.Value.(string))), c.v, "", true)
	}
	return fs.bad()
}

// ---------------------------------------------------------------------------
// Names and members

func (fs *funcState) name(e *ast.SimpleName) val {
	if l := fs.lookupLocal(e.Name); l != nil {
		l.used = true
		if l.t.Kind == TUnknown {
			fs.bad()
		}
		if l.ident == nil {
			l.ident = &Ident{Name: l.goName}
		}
		return val{e: l.ident, t: l.t}
	}
	if fs.class != nil {
		if v, ok := fs.classMember(fs.class, e.Name, nil, e.Pos); ok {
			return v
		}
	}
	if en := fs.enumScope; en != nil {
		if g, ok := en.Members[e.Name]; ok {
			return val{e: &Ident{Name: g}, t: en.enumType()}
		}
	}
	if mi, ok := fs.m.topFuncs[e.Name]; ok {
		return val{group: []*MethodInfo{mi}}
	}
	if t := fs.m.lookupType(e.Name, e.TypeArgs); t != nil {
		return val{typ: t, t: t}
	}
	for _, ns := range append(fs.m.namespaces, "System") {
		if ns == e.Name || strings.HasPrefix(ns, e.Name+".") {
			return val{ns: e.Name}
		}
	}
	if r := []rune(e.Name); len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
		// Most likely a .NET type the table does not have.
		fs.unsupported(e.Pos, e.Name, "not declared in the program and not in the mapping table; see docs/API.md")
		return fs.bad()
	}
	fs.errorf(e.Pos, "unknown name %s", e.Name)
	return fs.bad()
}

// classMember finds a field, property or method of c (or its bases);
// recv is the receiver (nil: this or static context).
func (fs *funcState) classMember(c *ClassInfo, name string, recv Expr, pos ast.Position) (val, bool) {
	v, ok := fs.classMember0(c, name, recv, pos)
	if ok && v.group == nil && v.t != nil && v.t.Kind == TUnknown {
		fs.bad()
	}
	return v, ok
}

func (fs *funcState) classMember0(c *ClassInfo, name string, recv Expr, pos ast.Position) (val, bool) {
	for k := c; k != nil; k = k.Base {
		if f, ok := k.Fields[name]; ok {
			if f.Const {
				return fs.m.constFieldVal(f), true
			}
			if f.Static {
				return val{e: &Ident{Name: f.GoName}, t: f.Type}, true
			}
			r, ok := fs.instanceRecv(recv, pos)
			if !ok {
				return fs.bad(), true
			}
			return val{e: &SelectorExpr{X: r, Sel: f.GoName}, t: f.Type}, true
		}
		if p, ok := k.Props[name]; ok {
			var r Expr
			if !p.Static {
				var ok bool
				if r, ok = fs.instanceRecv(recv, pos); !ok {
					return fs.bad(), true
				}
			}
			switch {
			case p.Static && p.Auto:
				return val{e: &Ident{Name: p.GoName}, t: p.Type}, true
			case p.Static:
				return val{e: &CallExpr{Fun: &Ident{Name: p.GoName}}, t: p.Type}, true
			case p.Auto:
				return val{e: &SelectorExpr{X: r, Sel: p.GoName}, t: p.Type}, true
			}
			return val{e: &CallExpr{Fun: &SelectorExpr{X: r, Sel: p.GoName}}, t: p.Type}, true
		}
		if ms, ok := k.Methods[name]; ok {
			v := val{group: ms}
			if recv != nil {
				v.recv = recv
			}
			return v, true
		}
	}
	return val{}, false
}

func (fs *funcState) instanceRecv(recv Expr, pos ast.Position) (Expr, bool) {
	if recv != nil {
		return recv, true
	}
	if fs.static {
		fs.errorf(pos, "instance member used in a static context")
		return nil, false
	}
	return &Ident{Name: "this"}, true
}

// conditional lowers x?.rest: x is evaluated once into a variable, and
// rest (built on that variable) runs only when it is not null; otherwise
// the result is null. A value-typed result would be Nullable<T>, which
// cs2go does not have.
func (fs *funcState) conditional(x ast.Expr, pos ast.Position, rest func(recv ast.Expr) ast.Expr) val {
	xv := fs.expr(x)
	if xv.t.Kind == TUnknown {
		return fs.bad()
	}
	if !xv.t.IsRef() || xv.t.Kind == TString {
		fs.unsupported(pos, "null-conditional ?. on "+xv.t.String(), "test for null with if")
		return fs.bad()
	}
	name := fs.temp("recv")
	fs.push()
	fs.scope.set(name, &local{name: name, goName: name, t: xv.t, used: true})
	r := fs.expr(rest(&ast.SimpleName{Span: ast.Span{Pos: pos}, Name: name}))
	fs.pop()
	if r.t.Kind == TUnknown {
		return fs.bad()
	}
	if r.t.Kind == TVoid {
		return val{e: &CallExpr{Fun: &FuncLit{Body: &Block{Stmts: []Stmt{
			&IfStmt{Init: &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{xv.e}},
				Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: name}, Y: lit("nil")}, Then: &Block{Stmts: []Stmt{&ExprStmt{X: r.e}}}}}}}}, t: voidType}
	}
	if !r.t.IsRef() {
		fs.unsupported(pos, "null-conditional ?. giving "+r.t.String()+"?", "test for null with if")
		return fs.bad()
	}
	return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{r.t.Go()}, Body: &Block{Stmts: []Stmt{
		&IfStmt{Init: &AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{xv.e}},
			Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: name}, Y: lit("nil")}, Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{r.e}}}}},
		&ReturnStmt{Results: []Expr{zeroValue(r.t)}}}}}}, t: r.t}
}

// methodValue turns a method group into a func value (a delegate).
func (fs *funcState) methodValue(v val, want *Type, pos ast.Position) val {
	if v.tgroup != nil {
		return fs.tableMethodValue(v.tgroup, want, pos)
	}
	mi := v.group[0]
	if want != nil {
		if ps := delegateParams(want); ps != nil {
			for _, cand := range v.group {
				if len(cand.Params) == len(ps) {
					mi = cand
				}
			}
		}
	}
	t := &Type{Kind: TFunc, Params: mi.Params, Result: mi.Result}
	if mi.Class == nil || mi.Static {
		return val{e: &Ident{Name: mi.GoName}, t: t}
	}
	r, ok := fs.instanceRecv(v.recv, pos)
	if !ok {
		return fs.bad()
	}
	return val{e: &SelectorExpr{X: r, Sel: mi.GoName}, t: t}
}

// delegateParams returns the parameter types of a delegate type (nil if t
// is not one).
func delegateParams(t *Type) []*Type {
	if t == nil {
		return nil
	}
	if t.Kind == TFunc || (t.Kind == TRuntime && t.Info.Entry.Kind == Delegate) {
		if t.Params == nil {
			return []*Type{}
		}
		return t.Params
	}
	return nil
}

func isDelegate(t *Type) bool {
	return t != nil && (t.Kind == TFunc || (t.Kind == TRuntime && t.Info.Entry.Kind == Delegate))
}

// member lowers X.Name (not called).
func (fs *funcState) member(e *ast.MemberAccessExpr) val {
	if e.Conditional {
		return fs.conditional(e.X, e.Pos, func(recv ast.Expr) ast.Expr {
			c := *e
			c.X, c.Conditional = recv, false
			return &c
		})
	}
	x := fs.expr1(e.X)
	if x.ns != "" {
		full := x.ns + "." + e.Name
		if t := fs.m.lookupQualified(full, e.TypeArgs); t != nil {
			return val{typ: t, t: t}
		}
		return val{ns: full}
	}
	if x.isGroup() {
		fs.errorf(e.Pos, "member access on a method")
		return fs.bad()
	}
	if x.typ != nil {
		return fs.staticMember(x.typ, e.Name, e.NamePos)
	}
	if x.t.Kind == TUnknown {
		return fs.bad()
	}
	switch x.t.Kind {
	case TArray:
		if x.t.isMulti() {
			if e.Name == "Length" || e.Name == "Rank" {
				return val{e: &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: e.Name}}, t: intType}
			}
			break
		}
		// Count: the table maps read-only collections (AggregateException's
		// InnerExceptions) to arrays; C# arrays themselves have no Count.
		if e.Name == "Length" || e.Name == "Count" {
			return val{e: &ConvExpr{Type: intType.Go(), X: &CallExpr{Fun: &Ident{Name: "len"}, Args: []Expr{x.e}}}, t: intType}
		}
	case TUser:
		if v, ok := fs.classMember(x.t.Class, e.Name, x.e, e.NamePos); ok {
			return v
		}
		if rt := x.t.Class.runtimeBase(); rt != nil {
			x = val{e: x.e, t: rt}
		}
	}
	if ti, entries := fs.m.tb.members(x.t, e.Name); len(entries) > 0 {
		for _, en := range entries {
			if en.Kind == Property && !en.Static {
				return fs.propGet(x, ti, en)
			}
		}
		if g := tableMethods(ti, entries, e.Name, x, false); g != nil {
			return val{tgroup: g}
		}
	}
	fs.unsupportedMember(x.t, e.Name, e.NamePos)
	return fs.bad()
}

func (fs *funcState) unsupportedMember(t *Type, name string, pos ast.Position) {
	fs.unsupported(pos, t.String()+"."+name, "not in the mapping table; see docs/API.md")
}

// propGet lowers a table property read.
func (fs *funcState) propGet(x val, ti *TypeInfo, en *Entry) val {
	sig, err := fs.m.tb.signature(en, ti, typeEnv(ti, x.t))
	if err != nil {
		fs.errorf(fs.m.lastPos, "mapping table: %v", err)
		return fs.bad()
	}
	var call Expr
	switch {
	case en.Static:
		call = &CallExpr{Fun: &Qual{Path: en.funcPath(ti), Name: en.Go}, Args: goArgs(en)}
	case en.Func:
		call = &CallExpr{Fun: &Qual{Path: ti.ImportPath(), Name: en.Go}, Args: []Expr{valueForAny(x)}}
	default:
		call = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: en.Go}}
	}
	return val{e: call, t: sig.Result}
}

// goArgs are an entry's literal leading Go arguments.
func goArgs(en *Entry) []Expr {
	if en.GoArgs == "" {
		return nil
	}
	var out []Expr
	for _, a := range strings.Split(en.GoArgs, ",") {
		out = append(out, lit(strings.TrimSpace(a)))
	}
	return out
}

// typeEnv binds a generic table type's parameters to t's arguments.
func typeEnv(ti *TypeInfo, t *Type) map[string]*Type {
	env := map[string]*Type{}
	if t != nil && t.Kind == TRuntime {
		for i, p := range ti.TypeParams {
			if i < len(t.Args) {
				env[p] = t.Args[i]
			}
		}
	}
	return env
}

// staticMember lowers T.Name for a type T (static property, field or enum member).
func (fs *funcState) staticMember(t *Type, name string, pos ast.Position) val {
	if t.Kind == TEnum {
		if g, ok := t.Enum.Members[name]; ok {
			return val{e: &Ident{Name: g}, t: t}
		}
		fs.errorf(pos, "%s has no member %s", t, name)
		return fs.bad()
	}
	if t.Kind == TUser {
		if v, ok := fs.classMember(t.Class, name, nil, pos); ok {
			return v
		}
		fs.errorf(pos, "%s has no member %s", t, name)
		return fs.bad()
	}
	ti, entries := fs.m.tb.members(t, name)
	for _, en := range entries {
		switch {
		case en.Kind == Constant:
			c, err := tableConst(en)
			if err != nil {
				fs.errorf(pos, "mapping table: %v", err)
				return fs.bad()
			}
			return emitConst(c)
		case en.Kind == EnumMember:
			return val{e: &Qual{Path: ti.ImportPath(), Name: en.Go}, t: t}
		case en.Kind == Property && en.Static && en.Go == "":
			// Task.Factory: a static class reached through a property.
			sig, err := fs.m.tb.signature(en, ti, nil)
			if err == nil && sig.Result != nil {
				return val{typ: sig.Result, t: sig.Result}
			}
		case en.Kind == Property && en.Static:
			return fs.propGet(val{t: t}, ti, en)
		}
	}
	if g := tableMethods(ti, entries, name, val{t: t}, true); g != nil {
		return val{tgroup: g}
	}
	switch {
	case t.Kind == TString && name == "Empty":
		return val{e: lit(`""`), t: stringType, konst: true}
	}
	fs.unsupportedMember(t, name, pos)
	return fs.bad()
}

// runtimeBase is the runtime class a program class derives from (an
// exception class), whose members it inherits.
func (c *ClassInfo) runtimeBase() *Type {
	for k := c; k != nil; k = k.Base {
		if k.BaseRuntime != nil {
			return k.BaseRuntime
		}
	}
	return nil
}

// members finds the table entries named name on t's type or its bases.
func (tb *Table) members(t *Type, name string) (*TypeInfo, []*Entry) {
	// float and decimal have constants of their own; their other members
	// are double's.
	var own *TypeInfo
	switch t {
	case floatType:
		own = tb.Type("System.Single")
	case decimalType:
		own = tb.Type("System.Decimal")
	}
	if own != nil {
		if es := own.Members(name); len(es) > 0 {
			return own, es
		}
	}
	ti := tb.typeInfoOf(t)
	for ; ti != nil; ti = tb.base(ti) {
		if es := ti.Members(name); len(es) > 0 {
			return ti, es
		}
	}
	return nil, nil
}

// typeInfoOf returns the table type describing t's members (keyword types
// map to their System types).
func (tb *Table) typeInfoOf(t *Type) *TypeInfo {
	switch t.Kind {
	case TRuntime:
		return t.Info
	case TString:
		return tb.Type("System.String")
	case TInt:
		for full, k := range keywordTypes {
			if k == t && strings.HasPrefix(full, "System.") {
				return tb.Type(full)
			}
		}
	case TFloat:
		return tb.Type("System.Double")
	case TChar:
		return tb.Type("System.Char")
	case TBool:
		return tb.Type("System.Boolean")
	case TObject:
		return tb.Type("System.Object")
	}
	return nil
}

// base returns the table base type: the entry's Base, else System.Exception
// for exception classes (every runtime exception implements its members).
func (tb *Table) base(ti *TypeInfo) *TypeInfo {
	switch {
	case ti.Base != nil:
		return ti.Base
	case ti.FullName != "System.Exception" && strings.HasSuffix(ti.Name, "Exception"):
		return tb.Type("System.Exception")
	}
	return nil
}

// upcastPath is the chain of Upcast methods that turns a value of runtime
// type from into its table base to (Task<int> -> Task: AsTask), and false
// when to is not a declared base of from.
func upcastPath(from, to *TypeInfo) ([]string, bool) {
	var path []string
	for ti := from; ti != nil; ti = ti.Base {
		if ti == to {
			return path, true
		}
		if ti.Entry.Upcast != "" {
			path = append(path, ti.Entry.Upcast)
		}
	}
	return nil, false
}

// upcast applies upcastPath's methods to x.
func upcast(x Expr, path []string) Expr {
	for _, m := range path {
		x = &CallExpr{Fun: &SelectorExpr{X: x, Sel: m}}
	}
	return x
}
