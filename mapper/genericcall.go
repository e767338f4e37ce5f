// This file implements calls of the program's static generic methods:
// binding their type parameters from explicit type arguments or from the
// arguments' types, as C#'s inference does for the common shapes.

package mapper

import "github.com/cs2go/cs2go/parser/ast"

// bindTypeParams binds mi's type parameters for a call: explicit type
// arguments (F<int>(x)) first, else unification of each parameter type
// with its argument's type. explicit reports whether Go needs the type
// arguments spelled out: C# spelled them, or a parameter is bound only by
// a constant (Go would infer int or float64, not the C# type) or by
// nothing Go can see.
func (fs *funcState) bindTypeParams(mi *MethodInfo, e *ast.InvocationExpr) (bind map[string]*Type, explicit bool) {
	bind = map[string]*Type{}
	var typeArgs []*ast.TypeRef
	switch f := e.Fun.(type) {
	case *ast.SimpleName:
		typeArgs = f.TypeArgs
	case *ast.MemberAccessExpr:
		typeArgs = f.TypeArgs
	}
	if len(typeArgs) == len(mi.TypeParams) && len(typeArgs) > 0 {
		for i, ta := range typeArgs {
			bind[mi.TypeParams[i]] = fs.m.resolveType(ta, true)
		}
		return bind, true
	}
	fromValue := map[string]bool{}
	for i, a := range e.Args {
		if i >= len(mi.Params) || !hasTypeParam(mi.Params[i]) {
			continue
		}
		switch a.X.(type) {
		case *ast.LambdaExpr, *ast.AnonymousMethodExpr:
			continue
		}
		saved, savedUnsup := len(fs.m.diags), fs.unsup
		v := fs.scratch().expr(a.X)
		fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
		if v.t == nil || v.t.Kind == TUnknown || v.t.Kind == TNull {
			continue
		}
		unifyTypes(mi.Params[i], v.t, bind)
		// A numeric or char constant would make Go infer int, float64
		// or rune; a string or bool constant infers the C# type.
		if !v.konst || v.t.Kind == TString || v.t.Kind == TBool {
			markBound(mi.Params[i], fromValue)
		}
	}
	for _, tp := range mi.TypeParams {
		if !fromValue[tp] {
			explicit = true
		}
	}
	return bind, explicit && len(bind) == len(mi.TypeParams)
}

// unifyTypes binds the type parameters in p from the matching parts of a.
func unifyTypes(p, a *Type, bind map[string]*Type) {
	switch {
	case p == nil || a == nil:
	case p.Kind == TTypeParam:
		if _, done := bind[p.Name]; !done {
			bind[p.Name] = a
		}
	case p.Kind == TArray && a.Kind == TArray:
		unifyTypes(p.Elem, a.Elem, bind)
	case p.Kind == TRuntime && a.Kind == TRuntime && p.Info == a.Info && len(p.Args) == len(a.Args):
		for i := range p.Args {
			unifyTypes(p.Args[i], a.Args[i], bind)
		}
	}
}

// markBound records the type parameters p mentions.
func markBound(p *Type, seen map[string]bool) {
	if p == nil {
		return
	}
	switch p.Kind {
	case TTypeParam:
		seen[p.Name] = true
	case TArray:
		markBound(p.Elem, seen)
	}
	for _, a := range p.Args {
		markBound(a, seen)
	}
}

// instantiate spells a generic function with its type arguments: F[int32].
func instantiate(fun Expr, mi *MethodInfo, bind map[string]*Type) Expr {
	var targs []Expr
	for _, tp := range mi.TypeParams {
		targs = append(targs, &TypeExpr{Type: bind[tp].Go()})
	}
	return &IndexExpr{X: fun, Indices: targs}
}
