// This file lowers invocations, object and array creation and lambdas:
// overload selection by arity and argument types, argument conversion,
// params arrays as Go variadics and out arguments as pointers.

package mapper

import (
	"slices"

	"github.com/cs2go/cs2go/parser/ast"
)

// call lowers an invocation.
func (fs *funcState) call(e *ast.InvocationExpr) val {
	var target val
	switch f := e.Fun.(type) {
	case *ast.MemberAccessExpr:
		if _, ok := f.X.(*ast.BaseExpr); ok {
			// base.M() runs the base's method itself, not the override.
			fs.baseCall = true
		}
		if f.Conditional {
			return fs.conditional(f.X, f.Pos, func(recv ast.Expr) ast.Expr {
				c := *f
				c.X, c.Conditional = recv, false
				inv := *e
				inv.Fun = &c
				return &inv
			})
		}
		x := fs.expr1(f.X)
		switch {
		case x.ns != "":
			fs.errorf(f.Pos, "unknown name %s.%s", x.ns, f.Name)
			return fs.bad()
		case x.isGroup():
			fs.errorf(f.Pos, "member access on a method")
			return fs.bad()
		case x.typ != nil:
			return fs.callStatic(x.typ, f.Name, e)
		}
		return fs.callMethod(x, f.Name, e, f.NamePos)
	case *ast.SimpleName:
		target = fs.name(f)
	default:
		target = fs.expr1(e.Fun)
	}
	if target.group != nil {
		return fs.callGroup(target, e)
	}
	if target.typ != nil || target.ns != "" {
		fs.errorf(e.Pos, "%s is not a method", exprName(e.Fun))
		return fs.bad()
	}
	if isDelegate(target.t) {
		return fs.callDelegate(target, e)
	}
	if target.t.Kind != TUnknown {
		fs.errorf(e.Pos, "%s is not callable", target.t)
	}
	return fs.bad()
}

func (fs *funcState) callDelegate(f val, e *ast.InvocationExpr) val {
	ps := delegateParams(f.t)
	if len(ps) != len(e.Args) {
		fs.errorf(e.Pos, "delegate takes %d arguments, not %d", len(ps), len(e.Args))
		return fs.bad()
	}
	var args []Expr
	for i, a := range e.Args {
		args = append(args, fs.exprTo(a.X, ps[i]))
	}
	rt := f.t.Result
	if rt == nil {
		rt = voidType
	}
	return val{e: &CallExpr{Fun: f.e, Args: args}, t: rt}
}

// callGroup calls a program method (or local function) chosen among the
// group's overloads.
func (fs *funcState) callGroup(g val, e *ast.InvocationExpr) val {
	nonVirtual := fs.baseCall
	fs.baseCall = false
	mi := fs.pickMethod(g.group, e.Args, e.Pos)
	if mi == nil {
		return fs.bad()
	}
	var fun Expr = &Ident{Name: mi.GoName}
	if mi.Class != nil && !mi.Static {
		r, ok := fs.instanceRecv(g.recv, e.Pos)
		if !ok {
			return fs.bad()
		}
		if mi.Virtual && !nonVirtual && mi.Class.Root != nil {
			// Virtual dispatch: the outermost object's method.
			r = &SelectorExpr{X: r, Sel: "self_"}
		}
		fun = &SelectorExpr{X: r, Sel: mi.GoName}
	} else if l := fs.lookupLocal(mi.Name); l != nil && l.fn == mi {
		l.used = true
		fun = &Ident{Name: l.goName}
	}
	variadic := false
	if d, ok := mi.Decl.(*ast.MethodDecl); ok && len(d.Params) > 0 && d.Params[len(d.Params)-1].Modifier == ast.ParamParams {
		variadic = true
	}
	params, rt := mi.Params, mi.Result
	if len(mi.TypeParams) > 0 {
		// A static generic method: parameters and result in the call's
		// type arguments, spelled out where Go could not infer them.
		bind, explicit := fs.bindTypeParams(mi, e)
		params = nil
		for _, p := range mi.Params {
			params = append(params, p.subst(bind))
		}
		if rt != nil {
			rt = rt.subst(bind)
		}
		if explicit {
			fun = instantiate(fun, mi, bind)
		}
	}
	args := append(fs.args(e.Args, params, variadic), fs.defaults(mi, len(e.Args))...)
	if rt == nil {
		rt = voidType
	}
	return val{e: &CallExpr{Fun: fun, Args: args}, t: rt}
}

// pickMethod chooses among program overloads by arity, then by argument types.
func (fs *funcState) pickMethod(group []*MethodInfo, args []*ast.Argument, pos ast.Position) *MethodInfo {
	var best *MethodInfo
	bestScore := -1
	memo := argTypes{}
	for _, mi := range group {
		if len(args) > len(mi.Params) || len(args) < mi.required() {
			continue
		}
		score := 0
		for i, a := range args {
			score += fs.argScore(a.X, mi.Params[i], memo)
		}
		if score > bestScore {
			best, bestScore = mi, score
		}
	}
	if best == nil {
		fs.errorf(pos, "no overload of %s takes %d arguments", group[0].Name, len(args))
	}
	return best
}

// defaults lowers the default values of the parameters a call omits.
func (fs *funcState) defaults(mi *MethodInfo, passed int) []Expr {
	var out []Expr
	for i := passed; i < len(mi.Params) && i < len(mi.Defaults); i++ {
		if mi.Defaults[i] != nil {
			out = append(out, fs.exprTo(mi.Defaults[i], mi.Params[i]))
		}
	}
	return out
}

// pickCtor chooses a program class constructor.
func (fs *funcState) pickCtor(c *ClassInfo, args []*ast.Argument, pos ast.Position) *MethodInfo {
	if len(c.Ctors) == 0 {
		if len(args) > 0 {
			fs.errorf(pos, "%s has no constructor taking arguments", c.Name)
		}
		return &MethodInfo{GoName: "New" + c.GoName, Class: c}
	}
	return fs.pickMethod(c.Ctors, args, pos)
}

// argTypes memoizes, for one overload resolution, the types of arguments
// that argScore lowered on scratch states (nil: no type learned). Every
// candidate used to lower each argument again: Console.WriteLine has 18
// overloads, and argScore was 4% of jsonrest_100x's CPU time. The map lives
// no longer than the resolution, whose candidates all see the same state.
type argTypes map[ast.Expr]*Type

// argScore rates how well an argument fits a parameter type: 2 exact, 1
// convertible, 0 unknown, negative when it does not fit. Literals, lambdas
// and names are rated without lowering; other expressions are lowered on
// a scratch state to learn their type (bounded in depth, since nested
// calls would otherwise be lowered once per enclosing overload choice),
// once per resolution with memo (nil: no memo).
func (fs *funcState) argScore(e ast.Expr, p *Type, memo argTypes) int {
	if s := fs.argScore0(e, p); s != 0 {
		return s
	}
	switch e.(type) {
	case *ast.LambdaExpr, *ast.AnonymousMethodExpr, *ast.InitializerExpr:
		return 0
	}
	t, ok := memo[e]
	if !ok {
		t = fs.scratchArgType(e)
		if memo != nil {
			memo[e] = t
		}
	}
	if t == nil {
		return 0
	}
	if t.Kind == TNull {
		return map[bool]int{true: 1, false: -100}[p.IsRef()]
	}
	return typeScore(t, p)
}

// scratchArgType lowers an argument on a scratch state for its type: nil
// when it has none (a method group or type name) or when scratch states
// are already nested too deep.
func (fs *funcState) scratchArgType(e ast.Expr) *Type {
	if *fs.scratchDepth >= 2 {
		return nil
	}
	*fs.scratchDepth++
	defer func() { *fs.scratchDepth-- }()
	saved, savedUnsup := len(fs.m.diags), fs.unsup
	scratch := fs.scratch()
	v := scratch.expr1(e)
	fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
	if v.isGroup() || v.typ != nil {
		return nil
	}
	return v.t
}

func (fs *funcState) argScore0(e ast.Expr, p *Type) int {
	switch x := e.(type) {
	case *ast.Literal:
		if p.Kind == TTypeParam && x.Kind != ast.LitNull {
			return 1 // Array.IndexOf(a, 3): T is inferred after the choice
		}
		switch x.Kind {
		case ast.LitString:
			return map[bool]int{true: 2, false: -100}[p.Kind == TString || p.Kind == TObject]
		case ast.LitInt:
			switch {
			case p.Kind == TInt:
				return 2
			case p.Kind == TFloat || p.Kind == TObject:
				return 1
			}
			// C# has no implicit conversion from an int constant to char:
			// s.Split(',', 2) is Split(char, int), not Split(params char[]).
			return -100
		case ast.LitChar:
			return map[bool]int{true: 2, false: -100}[p.Kind == TChar || p.Kind == TObject || p.IsNumeric()]
		case ast.LitBool:
			return map[bool]int{true: 2, false: -100}[p.Kind == TBool || p.Kind == TObject]
		case ast.LitNull:
			return map[bool]int{true: 1, false: -100}[p.IsRef()]
		}
	case *ast.LambdaExpr:
		if ps := delegateParams(p); ps != nil && len(ps) == len(x.Params) {
			hasResult := p.Result != nil && p.Result.Kind != TVoid
			if lambdaReturnsValue(x.Body, x.ExprBody) == hasResult {
				return 2
			}
			if x.ExprBody != nil && (!hasResult || mayReturnValue(x.ExprBody)) {
				// An invocation's value may be discarded, and an
				// invocation may as well return the value a Func needs
				// (s => s.StartsWith("d") is a Predicate<string>).
				return 1
			}
			return -100
		}
		return -100
	case *ast.SimpleName:
		if l := fs.lookupLocal(x.Name); l != nil {
			return typeScore(l.t, p)
		}
		// A method group fits a delegate with as many parameters.
		if ps := delegateParams(p); ps != nil && fs.class != nil {
			if v, ok := fs.classMember0(fs.class, x.Name, nil, x.Pos); ok && v.group != nil {
				for _, mi := range v.group {
					if len(mi.Params) == len(ps) {
						return 2
					}
				}
				return -100
			}
		}
	}
	return 0
}

// mayReturnValue reports whether an expression body that lambdaReturnsValue
// counts as a statement (a call, an await) may also be a value.
func mayReturnValue(exprBody ast.Expr) bool {
	switch exprBody.(type) {
	case *ast.InvocationExpr, *ast.AwaitExpr:
		return true
	}
	return false
}

// lambdaReturnsValue reports whether a lambda body produces a value.
func lambdaReturnsValue(body *ast.Block, exprBody ast.Expr) bool {
	if exprBody != nil {
		switch exprBody.(type) {
		case *ast.InvocationExpr, *ast.AssignExpr, *ast.AwaitExpr, *ast.PostfixExpr:
			return false
		}
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if n.X != nil {
				found = true
			}
		case *ast.LambdaExpr, *ast.AnonymousMethodExpr, *ast.LocalFunctionStmt:
			return false
		}
		return !found
	})
	return found
}

func typeScore(a, p *Type) int {
	switch {
	case a.Kind == TUnknown || p.Kind == TUnknown:
		return 0
	case hasTypeParam(p):
		return genericShapeScore(a, p)
	case a.String() == p.String():
		return 2
	case p.Kind == TObject:
		return 1
	case a.IsNumeric() && p.IsNumeric():
		return 1
	case a.Kind == TRuntime && p.Kind == TRuntime && a.Info.Entry.Kind == Class && p.Info.Entry.Kind == Value:
		return 1 // a class implementing an interface (a stream as Stream)
	case a.Kind == TRuntime && p.Kind == TRuntime && isTableBase(a.Info, p.Info):
		return 1 // a derived runtime type where its base is expected
	case a.Kind == TArray && p.Kind == TRuntime && p.Info.FullName == enumerableName && len(p.Args) == 1 && typeScore(a.Elem, p.Args[0]) == 2:
		return 1 // an array as IEnumerable<T>
	case comparerMethod(a) != nil && isDelegate(p) && len(delegateParams(p)) == 2:
		return 1 // an IComparer where a Comparison is expected
	case a.Kind == TUser && p.Kind == TUser:
		for k := a.Class.Base; k != nil; k = k.Base {
			if k == p.Class {
				return 1 // a derived class where its base is expected
			}
		}
	}
	return -100
}

// isTableBase reports whether base is a declared table base of ti.
func isTableBase(ti, base *TypeInfo) bool {
	_, ok := upcastPath(ti, base)
	return ok && ti != base
}

// genericShapeScore rates an argument for a parameter that mentions a
// generic method's type parameter, which is inferred after the choice:
// only the shape around the parameter is compared. An array fits T[] and
// a List<int> fits List<T> (2); an array does not fit List<T>, nor a
// list T[] (string.Join has both overloads); anything else fits a bare T
// or a delegate type as well as before inference (0).
func genericShapeScore(a, p *Type) int {
	switch {
	case p.Kind == TArray:
		if a.Kind != TArray {
			return -100
		}
		if p.Elem.Kind == TTypeParam {
			return 2
		}
		return genericShapeScore(a.Elem, p.Elem)
	case p.Kind == TRuntime && p.Info.Entry.Kind == Class:
		if a.Kind != TRuntime || a.Info != p.Info {
			return -100
		}
		return 2
	case p.Kind == TRuntime && p.Info.FullName == enumerableName:
		// IEnumerable<T>: a query fits best; an array or a collection
		// converts (their own T[] and List<T> overloads fit better), which
		// beats params object[] (string.Join(", ", xs.Select(f))).
		switch {
		case a.Kind == TRuntime && a.Info == p.Info:
			return 2
		case a.Kind == TArray, a.Kind == TRuntime && isTableBase(a.Info, p.Info):
			return 1
		case a.Kind == TUnknown:
			return 0
		}
		return -100
	}
	return 0
}

// hasTypeParam reports whether t mentions an unbound type parameter.
func hasTypeParam(t *Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind {
	case TTypeParam:
		return true
	case TArray:
		return hasTypeParam(t.Elem)
	}
	for _, a := range t.Args {
		if hasTypeParam(a) {
			return true
		}
	}
	for _, p := range t.Params {
		if hasTypeParam(p) {
			return true
		}
	}
	return hasTypeParam(t.Result)
}

// comparerMethod returns the Compare(x, y) entry of a table class (an
// IComparer such as StringComparer), or nil.
func comparerMethod(t *Type) *Entry {
	if t == nil || t.Kind != TRuntime || t.Info.Entry.Kind != Class {
		return nil
	}
	for _, e := range t.Info.Members("Compare") {
		if e.Kind == Method && !e.Static && len(e.Params) == 2 {
			return e
		}
	}
	return nil
}

// args lowers call arguments against parameter types; a params array
// parameter (variadic) takes the remaining arguments.
func (fs *funcState) args(args []*ast.Argument, params []*Type, variadic bool) []Expr {
	var out []Expr
	for i, a := range args {
		if a.Name != "" {
			fs.unsupported(a.Pos, "named argument", "pass arguments by position")
		}
		var p *Type
		switch {
		case variadic && i >= len(params)-1 && len(params) > 0:
			p = params[len(params)-1]
			if p.Kind == TArray {
				p = p.Elem
			}
		case i < len(params):
			p = params[i]
		}
		if a.Modifier != ast.ParamNone {
			fs.unsupported(a.Pos, a.Modifier.String()+" argument", "return the value instead")
		}
		out = append(out, fs.exprTo(a.X, p))
	}
	return out
}

// callStatic lowers T.M(args) for a type T.
func (fs *funcState) callStatic(t *Type, name string, e *ast.InvocationExpr) val {
	if t.Kind == TUser {
		v, ok := fs.classMember(t.Class, name, nil, e.Pos)
		if !ok || v.group == nil {
			fs.errorf(e.Pos, "%s has no method %s", t, name)
			return fs.bad()
		}
		return fs.callGroup(v, e)
	}
	ti, entries := fs.m.tb.members(t, name)
	var statics []*Entry
	for _, en := range entries {
		if en.Kind == Method && en.Static {
			statics = append(statics, en)
		}
	}
	if len(statics) == 0 {
		fs.unsupportedMember(t, name, e.Pos)
		return fs.bad()
	}
	return fs.callEntry(val{t: t}, ti, statics, e)
}

// callMethod lowers x.M(args) for a value x.
func (fs *funcState) callMethod(x val, name string, e *ast.InvocationExpr, pos ast.Position) val {
	if x.t.Kind == TUnknown {
		return fs.bad()
	}
	if x.t.Kind == TUser {
		if v, ok := fs.classMember(x.t.Class, name, x.e, pos); ok && v.group != nil {
			return fs.callGroup(v, e)
		}
		if rt := x.t.Class.runtimeBase(); rt != nil {
			x = val{e: x.e, t: rt}
		}
	}
	if isDelegate(x.t) && name == "Invoke" {
		return fs.callDelegate(x, e)
	}
	if x.t.isMulti() && name == "GetLength" && len(e.Args) == 1 {
		return val{e: &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: "GetLength"}, Args: []Expr{fs.exprTo(e.Args[0].X, intType)}}, t: intType}
	}
	ti, entries := fs.m.tb.members(x.t, name)
	var inst []*Entry
	for _, en := range entries {
		if en.Kind == Method && !en.Static {
			inst = append(inst, en)
		}
	}
	if len(inst) > 0 {
		return fs.callEntry(x, ti, inst, e)
	}
	if v, ok := fs.callExtension(x, name, e); ok {
		return v
	}
	switch {
	case name == "ToString" && len(e.Args) == 0:
		// 'x'.ToString() is "x": the constant keeps its C# type (char, not rune).
		return val{e: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "ObjectToString"}, Args: []Expr{valueForAny(x)}}, t: stringType}
	case name == "GetType" && len(e.Args) == 0 && (x.t.Kind == TUser || x.t.IsNumeric() || x.t.Kind == TString || x.t.Kind == TBool || x.t.Kind == TChar):
		return fs.getTypeCall(x)
	case name == "Equals" && len(e.Args) == 1:
		return val{e: &BinaryExpr{Op: "==", X: x.e, Y: fs.exprTo(e.Args[0].X, x.t)}, t: boolType}
	}
	fs.unsupportedMember(x.t, name, pos)
	return fs.bad()
}

// callEntry chooses among table overloads and lowers the call.
func (fs *funcState) callEntry(x val, ti *TypeInfo, cands []*Entry, e *ast.InvocationExpr) val {
	env := typeEnv(ti, x.t)
	var best *Signature
	bestScore := -1 << 30
	memo := argTypes{}
	for _, en := range cands {
		sig, err := fs.m.tb.signature(en, ti, env)
		if err != nil {
			continue
		}
		n := len(sig.Params)
		variadic := n > 0 && sig.Params[n-1].Params
		if !(len(e.Args) == n || (variadic && len(e.Args) >= n-1)) {
			continue
		}
		score := 0
		for i, a := range e.Args {
			pt := sig.Types[min(i, n-1)]
			var s int
			if variadic && i >= n-1 && pt.Kind == TArray {
				// The expanded form takes elements; with one argument
				// for the params array, the normal form takes an array.
				s = fs.argScore(a.X, pt.Elem, memo)
				if len(e.Args) == n {
					s = max(s, fs.argScore(a.X, pt, memo))
				}
			} else {
				s = fs.argScore(a.X, pt, memo)
			}
			if s <= -100 {
				score = -1 << 29 // an argument that cannot convert rules the overload out
				break
			}
			score += s
		}
		if score == -1<<29 {
			continue
		}
		if score > bestScore {
			best, bestScore = sig, score
		}
	}
	if best == nil {
		what := ti.Name + "." + cands[0].Member
		if cands[0].Kind == Ctor {
			what = "new " + ti.Name
		}
		fs.unsupported(e.Pos, what+" with "+itoa(len(e.Args))+" arguments", "no such overload in the mapping table; see docs/API.md")
		return fs.bad()
	}
	en := best.Entry
	// Generic methods (Task.Run<T>, FromResult<T>): infer T from the
	// lambda or argument, then lower the arguments against T.
	if len(en.TypeParams) > 0 {
		if targs := invocationTypeArgs(e); len(targs) == len(en.TypeParams) {
			// Type arguments the program spells out win over inference:
			// DeserializeObject<Person>(s) has nothing to infer from.
			for i, tp := range en.TypeParams {
				env[tp] = fs.resolveType(targs[i], true)
			}
		} else {
			for k, v := range fs.inferTypeArgs(best, e.Args) {
				env[k] = v
			}
		}
		if sig, err := fs.m.tb.signature(en, ti, env); err == nil {
			best = sig
		}
	}
	args, ellipsis := fs.entryArgs(best, e.Args)
	// Go infers a generic function's type argument from the arguments: a
	// constant must carry its C# type (BitConverter.GetBytes(258)). Whether
	// the function is generic is asked only when a constant could change.
	var typed []Expr
	for i := range args {
		if i < len(best.Types) && !best.Params[i].Params {
			if c := typedConstArg(args[i], best.Types[i]); c != args[i] {
				if typed == nil {
					typed = slices.Clone(args)
				}
				typed[i] = c
			}
		}
	}
	if typed != nil && fs.m.tb.isGeneric(en, ti) {
		args = typed
	}
	var call *CallExpr
	switch {
	case en.Kind == Ctor && len(x.t.Args) > 0:
		// Go cannot infer a constructor's type parameters from nothing:
		// NewList[int32]().
		var targs []Expr
		for _, a := range x.t.Args {
			targs = append(targs, &TypeExpr{Type: a.Go()})
		}
		call = &CallExpr{Fun: &IndexExpr{X: &Qual{Path: ti.ImportPath(), Name: en.Go}, Indices: targs}, Args: args}
	case en.Static && en.explicitTypeArgs():
		// Go cannot infer a type parameter only the result uses:
		// newtonsoftjson.JsonConvertDeserializeObject[*Person](s).
		var targs []Expr
		for _, tp := range en.TypeParams {
			t := env[tp]
			if t == nil || t.Kind == TUnknown || t.Kind == TTypeParam {
				fs.unsupported(e.Pos, ti.Name+"."+en.Member+" without type arguments", "write them, as in "+en.Member+"<T>(...)")
				return fs.bad()
			}
			targs = append(targs, &TypeExpr{Type: t.Go()})
		}
		call = &CallExpr{Fun: &IndexExpr{X: &Qual{Path: en.funcPath(ti), Name: en.Go}, Indices: targs}, Args: append(goArgs(en), args...)}
	case en.Static, en.Kind == Ctor:
		call = &CallExpr{Fun: &Qual{Path: en.funcPath(ti), Name: en.Go}, Args: append(goArgs(en), args...)}
	case en.Func:
		// A constant receiver (ulong.MaxValue.ToString("X")) keeps its C#
		// type: the runtime function is generic or takes any. A base
		// member taking its receiver as an argument needs the base value
		// (Task<int>.Wait(token) passes t.AsTask()).
		recv := valueForAny(x)
		if from := fs.m.tb.typeInfoOf(x.t); from != nil && from != ti {
			if path, ok := upcastPath(from, ti); ok {
				recv = upcast(recv, path)
			}
		}
		call = &CallExpr{Fun: &Qual{Path: ti.ImportPath(), Name: en.Go}, Args: append([]Expr{recv}, args...)}
	default:
		call = &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: en.Go}, Args: args}
	}
	call.Ellipsis = ellipsis
	rt := best.Result
	if rt == nil {
		rt = voidType
	}
	return val{e: call, t: rt}
}

// invocationTypeArgs returns the type arguments a call spells out
// (`F<int>(x)`, `T.F<int>(x)`), or nil.
func invocationTypeArgs(e *ast.InvocationExpr) []*ast.TypeRef {
	switch f := e.Fun.(type) {
	case *ast.MemberAccessExpr:
		return f.TypeArgs
	case *ast.SimpleName:
		return f.TypeArgs
	}
	return nil
}

// inferTypeArgs infers a generic table method's type arguments from its
// arguments: Task.Run(() => expr) has TResult = typeof(expr).
func (fs *funcState) inferTypeArgs(sig *Signature, args []*ast.Argument) map[string]*Type {
	en := sig.Entry
	env := map[string]*Type{}
	for i, a := range args {
		if i >= len(en.Params) {
			break
		}
		if a.X == nil {
			continue // an extension call's receiver placeholder (callExtension)
		}
		spec, _ := ParseParam(en.Params[i])
		for _, tp := range en.TypeParams {
			_, isLambda := a.X.(*ast.LambdaExpr)
			switch {
			case len(spec.Type.Args) > 0 && spec.Type.Args[len(spec.Type.Args)-1].Name == tp && isLambda:
				// Func<..., TResult>: the lambda's result type.
				if l, ok := a.X.(*ast.LambdaExpr); ok {
					var params []*Type
					if i < len(sig.Types) && isDelegate(sig.Types[i]) {
						params = delegateParams(sig.Types[i])
					}
					if t := fs.lambdaResult(l, params); t.Kind != TUnknown {
						env[tp] = t
					}
				}
			case len(spec.Type.Args) > 0 && !isLambda:
				// Task<TResult>[], List<Task<TResult>>: match the
				// argument's type against the spelling.
				if _, done := env[tp]; done {
					continue
				}
				saved, savedUnsup := len(fs.m.diags), fs.unsup
				t := fs.scratch().expr(a.X).t
				fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
				bound := map[string]*Type{}
				if !unifySpec(spec.Type, t, en.TypeParams, bound) && spec.Params && spec.Type.Array > 0 {
					// A params array's expanded form: one element.
					elem := *spec.Type
					elem.Array--
					bound = map[string]*Type{}
					unifySpec(&elem, t, en.TypeParams, bound)
				}
				if b, ok := bound[tp]; ok {
					env[tp] = b
				}
			case spec.Type.Name == tp && len(spec.Type.Args) == 0:
				if _, done := env[tp]; done {
					continue
				}
				saved, savedUnsup := len(fs.m.diags), fs.unsup
				scratch := fs.scratch()
				t := scratch.expr(a.X).t
				fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
				// T[] takes T from the array's elements.
				for k := 0; k < spec.Type.Array && t.Kind == TArray; k++ {
					t = t.Elem
				}
				if t.Kind != TUnknown && t.Kind != TNull && t.Kind != TArray || spec.Type.Array == 0 && t.Kind == TArray {
					env[tp] = t
				}
			}
		}
	}
	return env
}

// unifySpec matches a table type spelling that mentions type parameters
// (Task<TResult>[]) against an argument's type (Task<int>[]), binding the
// parameters; it reports whether the shapes agree.
func unifySpec(spec *TypeSpec, t *Type, typeParams []string, bound map[string]*Type) bool {
	if t == nil || t.Kind == TUnknown || t.Kind == TNull {
		return false
	}
	if spec.Array > 0 {
		if t.Kind != TArray {
			return false
		}
		inner := *spec
		inner.Array--
		return unifySpec(&inner, t.Elem, typeParams, bound)
	}
	if len(spec.Args) == 0 {
		for _, tp := range typeParams {
			if spec.Name == tp {
				bound[tp] = t
				return true
			}
		}
		return true // a concrete type: nothing to bind
	}
	if t.Kind != TRuntime || len(t.Args) != len(spec.Args) || (t.Info.Name != spec.Name && t.Info.FullName != spec.Name) {
		return false
	}
	for i, a := range spec.Args {
		if !unifySpec(a, t.Args[i], typeParams, bound) {
			return false
		}
	}
	return true
}

// lambdaResult finds the type a Func lambda returns (from its expression
// body or its first return statement), lowering it on a scratch state.
// params are the delegate's parameter types where known (ContinueWith's
// lambda takes the Task<int> it continues), so that t.Result has a type.
func (fs *funcState) lambdaResult(l *ast.LambdaExpr, params []*Type) *Type {
	var x ast.Expr = l.ExprBody
	if x == nil {
		ast.Inspect(l.Body, func(n ast.Node) bool {
			if r, ok := n.(*ast.ReturnStmt); ok && r.X != nil && x == nil {
				x = r.X
			}
			switch n.(type) {
			case *ast.LambdaExpr, *ast.AnonymousMethodExpr:
				return n == ast.Node(l)
			}
			return x == nil
		})
	}
	if x == nil {
		return unknownType
	}
	scratch := fs.child(unknownType)
	for i, p := range l.Params {
		t := unknownType
		switch {
		case p.Type != nil:
			t = fs.resolveType(p.Type, false)
		case i < len(params) && !hasTypeParam(params[i]):
			t = params[i]
		}
		scratch.declare(p.Name, t)
	}
	// Locals declared in the body are unknown here; a return of one gives
	// an unknown type, which the caller reports.
	saved, savedUnsup := len(fs.m.diags), fs.unsup
	t := scratch.expr(x).t
	fs.m.diags = fs.m.diags[:saved]
	fs.unsup = savedUnsup
	if t.Kind == TNull {
		return unknownType
	}
	return t
}

// entryArgs lowers arguments for a table signature: out arguments become
// pointers to variables declared before the statement, params arrays
// become variadic arguments.
func (fs *funcState) entryArgs(sig *Signature, args []*ast.Argument) ([]Expr, bool) {
	var out []Expr
	n := len(sig.Params)
	for i, a := range args {
		pi := min(i, n-1)
		p, pt := sig.Params[pi], sig.Types[pi]
		switch {
		case p.Out:
			out = append(out, fs.outArg(a, pt))
			continue
		case p.Ref:
			if a.Modifier != ast.ParamRef {
				fs.errorf(a.Pos, "argument must be passed with ref")
			}
			lv := fs.lvalue(a.X)
			if lv.set != nil {
				fs.unsupported(a.Pos, "ref to a property", "use a local variable or field")
			}
			out = append(out, &UnaryExpr{Op: "&", X: lv.get})
			continue
		case p.Params && len(args) == n:
			// One argument for the params array: an array passes as is.
			v := fs.expr1(a.X)
			if v.isGroup() || v.typ != nil || v.ns != "" {
				out = append(out, fs.exprTo(a.X, pt.Elem))
				continue
			}
			if v.t.Kind == TArray && typeScore(v.t, pt) == 2 {
				return append(out, v.e), true
			}
			if v.t.Kind == TNull {
				out = append(out, zeroValue(pt.Elem))
				continue
			}
			out = append(out, fs.convert(v, pt.Elem, a.X.Start()))
			continue
		case p.Params:
			out = append(out, fs.exprTo(a.X, pt.Elem))
			continue
		}
		if a.Modifier != ast.ParamNone {
			fs.unsupported(a.Pos, a.Modifier.String()+" argument", "")
		}
		out = append(out, fs.exprTo(a.X, pt))
	}
	return out, false
}

// outArg lowers `out x`, `out var x`, `out T x`, `out _` to &x.
func (fs *funcState) outArg(a *ast.Argument, t *Type) Expr {
	if a.Modifier != ast.ParamOut {
		fs.errorf(a.Pos, "argument must be passed with out")
	}
	switch x := a.X.(type) {
	case *ast.DeclarationExpr:
		name := x.Name
		if name == "_" {
			name = fs.temp("discard")
		}
		g := fs.declare(name, t)
		fs.lookupLocal(name).used = true
		fs.pre = append(fs.pre, &VarStmt{Name: g, Type: t.Go()})
		return &UnaryExpr{Op: "&", X: &Ident{Name: g}}
	case *ast.SimpleName:
		if x.Name == "_" {
			g := fs.temp("discard")
			fs.pre = append(fs.pre, &VarStmt{Name: g, Type: t.Go()})
			return &UnaryExpr{Op: "&", X: &Ident{Name: g}}
		}
	}
	v := fs.expr(a.X)
	return &UnaryExpr{Op: "&", X: v.e}
}

// newObject lowers `new T(args) { init }`.
func (fs *funcState) newObject(t *Type, e *ast.ObjectCreationExpr) val {
	var obj val
	switch t.Kind {
	case TUser:
		mi := fs.pickCtor(t.Class, e.Args, e.Pos)
		if mi == nil {
			return fs.bad()
		}
		obj = val{e: &CallExpr{Fun: &Ident{Name: mi.GoName}, Args: append(fs.args(e.Args, mi.Params, false), fs.defaults(mi, len(e.Args))...)}, t: t}
	case TRuntime:
		if t.Info.Entry.Kind == Delegate {
			// new AsyncCallback(M): the delegate is the method value.
			if len(e.Args) != 1 {
				fs.errorf(e.Pos, "delegate creation takes one argument")
				return fs.bad()
			}
			return val{e: fs.exprTo(e.Args[0].X, t), t: t}
		}
		if len(t.Info.Ctors()) == 0 {
			fs.unsupported(e.Pos, "new "+t.String(), "no constructor in the mapping table; see docs/API.md")
			return fs.bad()
		}
		obj = fs.callEntryCtor(t, e)
		if obj.t.Kind == TUnknown {
			return obj
		}
	case TString:
		// new string(chars), new string(c, n): the table's String constructors.
		ti := fs.m.tb.typeInfoOf(t)
		if ti == nil || len(ti.Ctors()) == 0 {
			fs.unsupported(e.Pos, "new string", "no constructor in the mapping table; see docs/API.md")
			return fs.bad()
		}
		inv := &ast.InvocationExpr{Span: e.Span, Args: e.Args}
		obj = fs.callEntry(val{t: t}, ti, ti.Ctors(), inv)
		if obj.t.Kind == TUnknown {
			return obj
		}
	case TUnknown:
		return fs.bad()
	case TObject:
		// new object(): a fresh identity, as lock objects need.
		if len(e.Args) == 0 && e.Init == nil {
			return val{e: &CallExpr{Fun: &Ident{Name: "new"}, Args: []Expr{&TypeExpr{Type: &GoType{Kind: GoBasic, Name: "struct{}"}}}}, t: objectType}
		}
		fs.unsupported(e.Pos, "new object with arguments", "")
		return fs.bad()
	default:
		fs.unsupported(e.Pos, "new "+t.String(), "")
		return fs.bad()
	}
	if e.Init == nil || len(e.Init.Elems) == 0 {
		return obj
	}
	return fs.initObject(obj, e.Init)
}

func (fs *funcState) callEntryCtor(t *Type, e *ast.ObjectCreationExpr) val {
	inv := &ast.InvocationExpr{Span: e.Span, Args: e.Args}
	v := fs.callEntry(val{t: t}, t.Info, t.Info.Ctors(), inv)
	if v.t.Kind != TUnknown {
		v.t = t
	}
	return v
}

// initObject lowers an object or collection initializer to a function
// literal that builds, initializes and returns the object.
func (fs *funcState) initObject(obj val, init *ast.InitializerExpr) val {
	name := fs.temp("obj")
	stmts := []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: name}}, Tok: ":=", Rhs: []Expr{obj.e}}}
	fs.push()
	fs.scope.set(name, &local{name: name, goName: name, t: obj.t, used: true})
	for _, el := range init.Elems {
		switch init.Kind {
		case InitObjectKind:
			a, ok := el.(*ast.AssignExpr)
			if !ok {
				fs.unsupported(el.Start(), "initializer element", "")
				continue
			}
			var target ast.Expr
			switch l := a.Left.(type) {
			case *ast.SimpleName:
				target = &ast.MemberAccessExpr{Span: a.Span, X: &ast.SimpleName{Span: a.Span, Name: name}, Name: l.Name, NamePos: l.Pos}
			case *ast.ImplicitElementAccess:
				// { [3] = "c" }: the indexer's setter, obj[3] = "c".
				target = &ast.ElementAccessExpr{Span: l.Span, X: &ast.SimpleName{Span: l.Span, Name: name}, Args: l.Args}
			default:
				fs.unsupported(a.Left.Start(), "initializer element", "assign after construction")
				continue
			}
			stmts = append(stmts, fs.assign(&ast.AssignExpr{Span: a.Span, Op: a.Op, OpPos: a.OpPos, Left: target, Right: a.Right})...)
		default:
			call := &ast.InvocationExpr{Span: ast.Span{Pos: el.Start(), EndPos: el.End()},
				Fun: &ast.MemberAccessExpr{Span: ast.Span{Pos: el.Start()}, X: &ast.SimpleName{Name: name}, Name: "Add"}}
			if sub, ok := el.(*ast.InitializerExpr); ok {
				for _, x := range sub.Elems {
					call.Args = append(call.Args, &ast.Argument{Span: ast.Span{Pos: x.Start()}, X: x})
				}
			} else {
				call.Args = []*ast.Argument{{Span: ast.Span{Pos: el.Start()}, X: el}}
			}
			stmts = append(stmts, fs.exprStmt(call)...)
		}
	}
	fs.pop()
	stmts = append(stmts, &ReturnStmt{Results: []Expr{&Ident{Name: name}}})
	return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{obj.t.Go()}, Body: &Block{Stmts: stmts}}}, t: obj.t}
}

// InitObjectKind is ast.InitObject (named here for the switch above).
const InitObjectKind = ast.InitObject

// newArray lowers `new T[n]` and `new T[] { ... }`.
func (fs *funcState) newArray(e *ast.ArrayCreationExpr) val {
	if e.Rank > 1 && len(e.ExtraRanks) == 0 && e.Init == nil && e.ElemType != nil && len(e.Sizes) == e.Rank {
		// new int[2, 3]: system.NewMultiArray[int32](2, 3).
		elem := fs.resolveType(e.ElemType, true)
		t := MultiArrayOf(elem, e.Rank)
		var sizes []Expr
		for _, s := range e.Sizes {
			sizes = append(sizes, fs.exprTo(s, intType))
		}
		return val{e: &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "NewMultiArray"}, Indices: []Expr{&TypeExpr{Type: elem.Go()}}}, Args: sizes}, t: t}
	}
	if e.Rank > 1 || len(e.ExtraRanks) > 0 {
		fs.unsupported(e.Pos, "multi-dimensional array initializer or jagged array creation", "create it with sizes and assign the elements")
		return fs.bad()
	}
	var elem *Type
	if e.ElemType != nil {
		elem = fs.resolveType(e.ElemType, true)
	} else if e.Init != nil && len(e.Init.Elems) > 0 {
		elem = fs.expr(e.Init.Elems[0]).t
	} else {
		fs.errorf(e.Pos, "cannot infer the array element type")
		return fs.bad()
	}
	t := ArrayOf(elem)
	if e.Init != nil {
		return val{e: fs.arrayLit(t, e.Init), t: t}
	}
	if len(e.Sizes) != 1 {
		fs.errorf(e.Pos, "array size expected")
		return fs.bad()
	}
	n := fs.expr(e.Sizes[0])
	return val{e: &CallExpr{Fun: &Ident{Name: "make"}, Args: []Expr{&TypeExpr{Type: t.Go()}, n.e}}, t: t}
}

func (fs *funcState) arrayLit(t *Type, init *ast.InitializerExpr) Expr {
	var elems []Expr
	for _, el := range init.Elems {
		elems = append(elems, fs.exprTo(el, t.Elem))
	}
	return &CompositeLit{Type: t.Go(), Elems: elems}
}

// lambda lowers a lambda or anonymous method to a func literal of the
// delegate type want. An async lambda's body runs synchronously inside the
// delegate (awaits block the goroutine the delegate runs on).
func (fs *funcState) lambda(params []*ast.Param, body *ast.Block, exprBody ast.Expr, async bool, want *Type, pos ast.Position) Expr {
	ps := delegateParams(want)
	if ps == nil {
		fs.unsupported(pos, "lambda converted to "+want.String(), "pass lambdas where a delegate type is expected")
		return lit("nil")
	}
	if len(ps) != len(params) && !(params == nil && body != nil) {
		fs.errorf(pos, "lambda has %d parameters, the delegate %d", len(params), len(ps))
		return lit("nil")
	}
	result := want.Result
	if async && result != nil && result.Is("System.Threading.Tasks.Task") {
		fs.unsupported(pos, "async lambda returning a Task", "use a lambda without async inside Task.Run")
	}
	c := fs.child(result)
	if result == nil {
		c.result = voidType
	}
	lit := &FuncLit{}
	for i, p := range ps {
		name := "_"
		if i < len(params) {
			t := p
			if params[i].Type != nil {
				t = fs.resolveType(params[i].Type, true)
			}
			name = c.declare(params[i].Name, t)
			if l := c.lookupLocal(params[i].Name); l != nil {
				l.used = true // a discard `_` declares nothing
			}
		}
		lit.Params = append(lit.Params, &Field{Name: name, Type: p.Go()})
	}
	if result != nil && result.Kind != TVoid {
		lit.Results = []*GoType{result.Go()}
		lit.Body = c.body(body, exprBody)
	} else if exprBody != nil {
		lit.Body = &Block{Stmts: c.stmt(&ast.ExprStmt{Span: ast.Span{Pos: exprBody.Start(), EndPos: exprBody.End()}, X: exprBody})}
	} else {
		lit.Body = c.body(body, nil)
	}
	if c.unsup != nil && fs.unsup == nil {
		fs.unsup = c.unsup
	}
	return lit
}

// tableMethods returns the table methods among entries (static ones for
// T.M, instance ones for x.M) as a method group, or nil when there are none.
func tableMethods(ti *TypeInfo, entries []*Entry, name string, recv val, static bool) *tableGroup {
	var ms []*Entry
	for _, en := range entries {
		if en.Kind == Method && en.Static == static {
			ms = append(ms, en)
		}
	}
	if len(ms) == 0 {
		return nil
	}
	return &tableGroup{name: name, ti: ti, entries: ms, recv: recv, static: static}
}

// tableMethodValue converts a table method group to the delegate type
// want: the overload whose parameters are the delegate's, called from a
// func literal of the delegate's signature (the runtime function itself
// may be generic or take its receiver first). An instance method's
// receiver is evaluated once, when the delegate is made, as in C#.
func (fs *funcState) tableMethodValue(g *tableGroup, want *Type, pos ast.Position) val {
	ps := delegateParams(want)
	if ps == nil {
		fs.unsupported(pos, "method "+g.name+" used as a value", "call it, or assign it to a delegate type")
		return fs.bad()
	}
	// The overload whose parameters best take the delegate's; a params
	// parameter (Console.WriteLine's, which stands for its overloads)
	// takes one argument of its element type.
	var chosen *Entry
	best := 0
	for _, en := range g.entries {
		sig, err := fs.m.tb.signature(en, g.ti, typeEnv(g.ti, g.recv.t))
		if err != nil || len(sig.Types) != len(ps) {
			continue
		}
		score := 1
		for i, pt := range sig.Types {
			p := sig.Params[i]
			if p.Params && pt.Kind == TArray {
				pt = pt.Elem
			}
			s := typeScore(ps[i], pt)
			if hasTypeParam(pt) {
				s = 1
			}
			if p.Out || p.Ref || s <= 0 {
				score = 0
				break
			}
			score += s
		}
		if score > best {
			chosen, best = en, score
		}
	}
	if chosen == nil {
		fs.unsupported(pos, "method group "+g.ti.Name+"."+g.name+" converted to "+want.String(), "wrap the call in a lambda")
		return fs.bad()
	}
	result := want.Result
	if result == nil {
		result = voidType
	}
	c := fs.child(result)
	recv := g.recv
	var bind *Field
	if !g.static {
		// The receiver is a parameter of an enclosing function literal
		// called in place: evaluated now, not at each delegate call.
		name := c.declare(fs.temp("recv"), recv.t)
		c.lookupLocal(name).used = true
		bind = &Field{Name: name, Type: recv.t.Go()}
		recv = val{e: &Ident{Name: name}, t: recv.t}
	}
	lit := &FuncLit{}
	inv := &ast.InvocationExpr{Span: ast.Span{Pos: pos, EndPos: pos}}
	for _, p := range ps {
		arg := fs.temp("arg")
		name := c.declare(arg, p)
		c.lookupLocal(arg).used = true
		lit.Params = append(lit.Params, &Field{Name: name, Type: p.Go()})
		inv.Args = append(inv.Args, &ast.Argument{Span: ast.Span{Pos: pos}, X: &ast.SimpleName{Span: ast.Span{Pos: pos}, Name: arg}})
	}
	r := c.callEntry(recv, g.ti, []*Entry{chosen}, inv)
	switch {
	case result.Kind != TVoid:
		lit.Results = []*GoType{result.Go()}
		lit.Body = &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{c.convert(r, result, pos)}}}}
	default:
		lit.Body = &Block{Stmts: []Stmt{&ExprStmt{X: r.e}}}
	}
	if c.unsup != nil && fs.unsup == nil {
		fs.unsup = c.unsup
	}
	if bind == nil {
		return val{e: lit, t: want}
	}
	maker := &FuncLit{Params: []*Field{bind}, Results: []*GoType{want.Go()}, Body: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{lit}}}}}
	return val{e: &CallExpr{Fun: maker, Args: []Expr{g.recv.e}}, t: want}
}
