// This file implements calls of extension methods (LINQ's Enumerable
// operators) and the IEnumerable<T> view of arrays and collections they
// take.

package mapper

import "github.com/cs2go/cs2go/parser/ast"

// enumerableName is the table's IEnumerable<T>.
const enumerableName = "System.Collections.Generic.IEnumerable"

// enumerableOf returns IEnumerable<E> for a type usable as one — an array,
// an IEnumerable<E>, or a table type deriving from it (List<T>) — and nil
// otherwise.
func (tb *Table) enumerableOf(t *Type) *Type {
	ie := tb.Type(enumerableName + "`1")
	if ie == nil {
		return nil
	}
	switch t.Kind {
	case TArray:
		return tb.instantiate(ie, []*Type{t.Elem})
	case TRuntime:
		if t.Info == ie {
			return t
		}
		// The type (or a base) names IEnumerable<X> as its Base: X in the
		// terms of that type's parameters (List<T>: T; MatchCollection:
		// Match).
		for ti := t.Info; ti != nil; ti = ti.Base {
			if ti.Base != ie {
				continue
			}
			spec, err := ParseTypeSpec(ti.Entry.Base)
			if err != nil || len(spec.Args) != 1 {
				return nil
			}
			elem := tb.typeFromSpec(spec.Args[0], ti.TypeParams)
			if elem == nil {
				return nil
			}
			return tb.instantiate(ie, []*Type{elem.subst(typeEnv(ti, t))})
		}
	}
	return nil
}

// arrayAsEnumerable converts an array to IEnumerable<T> (a Go iterator).
func arrayAsEnumerable(x Expr) Expr {
	return &CallExpr{Fun: &Qual{Path: RuntimeModule + "system/collections/generic", Name: "ArrayEnumerable"}, Args: []Expr{x}}
}

// callExtension lowers x.M(args) as a call of an extension method M of a
// static class whose namespace is in scope: xs.Where(f) becomes
// linq.Where(xs, f), with xs converted to the first parameter's type.
// It reports false when no extension method applies.
func (fs *funcState) callExtension(x val, name string, e *ast.InvocationExpr) (val, bool) {
	cands := fs.m.tb.extensionMethods(name)
	if len(cands) == 0 {
		return val{}, false
	}
	recv := fs.m.tb.enumerableOf(x.t)
	if recv == nil {
		return val{}, false
	}
	// A placeholder stands for the receiver in the argument list, so that
	// argument i lines up with parameter i for inference and lowering.
	args := append([]*ast.Argument{{}}, e.Args...)
	var best *Signature
	var bestClass *TypeInfo
	bestScore := -1 << 30
	memo := argTypes{}
	for _, c := range cands {
		if !fs.inScope(c.Class.Namespace) || len(c.Params) != len(args) {
			continue
		}
		first, err := ParseParam(c.Params[0])
		if err != nil {
			continue
		}
		// Bind the method's type parameter that the receiver fixes:
		// IEnumerable<TSource> on a List<int> has TSource = int.
		env := map[string]*Type{}
		if len(first.Type.Args) == 1 {
			for _, tp := range c.TypeParams {
				if first.Type.Args[0].Name == tp {
					env[tp] = recv.Args[0]
				}
			}
		}
		sig, err := fs.m.tb.signature(c.Entry, c.Class, env)
		if err != nil || typeScore(recv, sig.Types[0]) < 2 {
			continue
		}
		score := 0
		for i, a := range e.Args {
			s := fs.argScore(a.X, sig.Types[i+1], memo)
			if s <= -100 {
				score = -1 << 29
				break
			}
			score += s
		}
		if score > bestScore && score != -1<<29 {
			best, bestClass, bestScore = sig, c.Class, score
		}
	}
	if best == nil {
		return val{}, false
	}
	en := best.Entry
	if len(en.TypeParams) > 0 {
		env := map[string]*Type{}
		// Keep the receiver's binding and infer the rest from the lambdas.
		first, _ := ParseParam(en.Params[0])
		for _, tp := range en.TypeParams {
			if len(first.Type.Args) == 1 && first.Type.Args[0].Name == tp {
				env[tp] = recv.Args[0]
			}
		}
		for k, v := range fs.inferTypeArgs(best, args) {
			if _, bound := env[k]; !bound {
				env[k] = v
			}
		}
		if sig, err := fs.m.tb.signature(en, bestClass, env); err == nil {
			best = sig
		}
	}
	rest := &Signature{Entry: en, Params: best.Params[1:], Types: best.Types[1:], Result: best.Result}
	lowered, ellipsis := fs.entryArgs(rest, e.Args)
	first := fs.convert(x, best.Types[0], e.Pos)
	call := &CallExpr{Fun: &Qual{Path: en.funcPath(bestClass), Name: en.Go}, Args: append([]Expr{first}, lowered...), Ellipsis: ellipsis}
	rt := best.Result
	if rt == nil {
		rt = voidType
	}
	return val{e: call, t: rt}, true
}

// inScope reports whether a namespace's members are visible here (a using
// directive, an implicit global using, or the System namespace).
func (fs *funcState) inScope(ns string) bool {
	if ns == "System" {
		return true
	}
	for _, n := range fs.m.namespaces {
		if n == ns {
			return true
		}
	}
	return false
}
