// This file implements CheckSource, which turns every mapping-table entry
// into a line of Go calling its runtime target with the argument and result
// types the mapper will use, so that go/types can check the whole table
// against runtime/ (TestTableTypeChecks).

package mapper

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// CheckSource returns a Go source file (package tablecheck) with one
// function per checkable entry, and the entry each line belongs to. An
// entry the file cannot express (an unknown type spelling) is returned in
// bad with the reason.
func (tb *Table) CheckSource(entries []Entry) (src string, lineEntry map[int]*Entry, bad map[*Entry]string) {
	lineEntry = map[int]*Entry{}
	bad = map[*Entry]string{}
	imports := map[string]bool{}
	qual := func(p string) string {
		imports[p] = true
		return path.Base(p)
	}
	var body []string
	add := func(e *Entry, code string) {
		for _, l := range strings.Split(code, "\n") {
			body = append(body, l)
			lineEntry[len(body)] = e // relative line; offset added below
		}
	}
	// Generic type parameters are checked with int (int32): every runtime
	// generic accepts it (comparable included).
	for i := range entries {
		e := &entries[i]
		ti := tb.Type(typeKey(e.Type))
		if ti == nil {
			bad[e] = "declaring type not in the table"
			continue
		}
		env := map[string]*Type{}
		for _, p := range ti.TypeParams {
			env[p] = intType
		}
		for _, p := range e.TypeParams {
			env[p] = intType
		}
		recv := tb.receiverType(ti, env)
		fn := fmt.Sprintf("func _%d", i)
		switch e.Kind {
		case Class, Value, Enum:
			if recv.Kind != TRuntime {
				continue // keyword types (string, int) need no check
			}
			if e.Go == "any" {
				continue
			}
			add(e, fmt.Sprintf("%s(x %s) {}", fn, recv.Go().String(qual)))
			continue
		case Delegate, StaticClass:
			continue
		case Constant:
			// No runtime target: the mapper folds the value (its spelling
			// is checked by TestTableConstants).
			continue
		}
		if e.Go == "" {
			continue // a static property naming a static class (Task.Factory)
		}
		sig, err := tb.signature(e, ti, env)
		if err != nil {
			bad[e] = err.Error()
			continue
		}
		var params, args []string
		if !e.Static && e.Kind != Ctor && e.Kind != EnumMember && e.Kind != Operator {
			params = append(params, "x "+recv.Go().String(qual))
		}
		for j, p := range sig.Params {
			name := fmt.Sprintf("p%d", j)
			params = append(params, name+" "+sig.Types[j].Go().String(qual))
			switch {
			case p.Out, p.Ref:
				args = append(args, "&"+name)
			case p.Params:
				args = append(args, name+"...")
			default:
				args = append(args, name)
			}
		}
		pkg := qual(e.funcPath(ti))
		if e.GoArgs != "" {
			args = append([]string{e.GoArgs}, args...)
		}
		var call string
		switch {
		case e.Kind == Ctor && len(ti.TypeParams) > 0:
			var targs []string
			for range ti.TypeParams {
				targs = append(targs, "int32")
			}
			call = pkg + "." + e.Go + "[" + strings.Join(targs, ", ") + "](" + strings.Join(args, ", ") + ")"
		case e.Static && e.explicitTypeArgs():
			var targs []string
			for range e.TypeParams {
				targs = append(targs, "int32")
			}
			call = pkg + "." + e.Go + "[" + strings.Join(targs, ", ") + "](" + strings.Join(args, ", ") + ")"
		case e.Kind == Ctor, e.Static:
			call = pkg + "." + e.Go + "(" + strings.Join(args, ", ") + ")"
		case e.Func:
			call = pkg + "." + e.Go + "(" + strings.Join(append([]string{"x"}, args...), ", ") + ")"
		case e.Kind == EnumMember:
			call = pkg + "." + e.Go
		case e.Kind == Operator && e.Func:
			call = pkg + "." + e.Go + "(" + strings.Join(args, ", ") + ")"
		case e.Kind == Operator && len(args) > 0:
			// The left operand is the receiver: a + b is a.Add(b).
			call = args[0] + "." + e.Go + "(" + strings.Join(args[1:], ", ") + ")"
		default:
			call = "x." + e.Go + "(" + strings.Join(args, ", ") + ")"
		}
		result := sig.Result
		if e.Kind == EnumMember {
			result = recv
		}
		var lines []string
		if result != nil && result.Kind != TVoid {
			lines = append(lines, "var _ "+result.Go().String(qual)+" = "+call)
		} else {
			lines = append(lines, call)
		}
		if (e.Kind == Property || e.Kind == Indexer) && e.GoSet != "" {
			vt := result.Go().String(qual)
			setArgs := append(append([]string(nil), args...), "v")
			if e.Static {
				lines = append(lines, pkg+"."+e.GoSet+"(v)")
			} else if e.Func {
				lines = append(lines, pkg+"."+e.GoSet+"("+strings.Join(append([]string{"x"}, setArgs...), ", ")+")")
			} else {
				lines = append(lines, "x."+e.GoSet+"("+strings.Join(setArgs, ", ")+")")
			}
			params = append(params, "v "+vt)
		}
		add(e, fn+"("+strings.Join(params, ", ")+") {\n\t"+strings.Join(lines, "\n\t")+"\n}")
	}
	var head []string
	head = append(head, "package tablecheck", "", "import (")
	var paths []string
	for p := range imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		head = append(head, fmt.Sprintf("\t%s %q", path.Base(p), p))
	}
	head = append(head, ")", "")
	shifted := map[int]*Entry{}
	for l, e := range lineEntry {
		shifted[l+len(head)] = e
	}
	return strings.Join(append(head, body...), "\n") + "\n", shifted, bad
}

// receiverType is the Type of a table type's values: keyword types for the
// System types C# spells with keywords, else the table type instantiated.
func (tb *Table) receiverType(ti *TypeInfo, env map[string]*Type) *Type {
	if k, ok := keywordTypes[ti.FullName]; ok {
		return k
	}
	var args []*Type
	for _, p := range ti.TypeParams {
		args = append(args, env[p])
	}
	return tb.instantiate(ti, args)
}

// Describe names an entry for messages and docs: "System.Net.HttpListener.Start(…)".
func (e *Entry) Describe() string {
	switch e.Kind {
	case Class, Value, Enum, Delegate, StaticClass:
		return e.Type
	case Ctor:
		return "new " + e.Type + "(" + strings.Join(e.Params, ", ") + ")"
	case Indexer:
		return e.Type + "[" + strings.Join(e.Params, ", ") + "]"
	case Method:
		return e.Type + "." + e.Member + "(" + strings.Join(e.Params, ", ") + ")"
	case Event:
		return e.Type + "." + e.Member + " +="
	case Operator:
		return e.Type + " operator " + e.Member + "(" + strings.Join(e.Params, ", ") + ")"
	}
	return e.Type + "." + e.Member
}
