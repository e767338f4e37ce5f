// This file resolves C# type names (keywords, program classes, table types
// through the usings in scope, qualified names) to Types.

package mapper

import (
	"slices"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// resolveType resolves a written type; report controls whether an unknown
// type is diagnosed here (member signatures report once, at declaration).
func (m *mapper) resolveType(tr *ast.TypeRef, report bool) *Type {
	if tr == nil {
		return voidType
	}
	_ = report
	if len(tr.TupleElems) > 0 {
		m.diags.Unsupported(tr.Pos, "tuple type", "declare a class")
		return unknownType
	}
	if tr.Pointer > 0 {
		m.diags.Unsupported(tr.Pos, "pointer type", "")
		return unknownType
	}
	var t *Type
	name := typeRefName(tr)
	switch {
	case tr.Predefined:
		t = keywordTypes[name]
		if t == nil {
			m.diags.Unsupported(tr.Pos, "type "+name, "")
			return unknownType
		}
	default:
		last := tr.Parts[len(tr.Parts)-1]
		var args []*Type
		for _, a := range last.TypeArgs {
			if a == nil {
				m.diags.Unsupported(tr.Pos, "unbound generic type", "")
				return unknownType
			}
			args = append(args, m.resolveType(a, true))
		}
		if len(tr.Parts) == 1 && len(args) == 0 && slices.Contains(m.typeParams, name) {
			t = &Type{Kind: TTypeParam, Name: name, CS: name}
		} else if len(tr.Parts) == 1 {
			t = m.lookupTypeArgs(name, args)
		} else {
			t = m.lookupQualifiedArgs(name, args)
		}
		if t == nil {
			if name == "dynamic" {
				m.diags.Unsupported(tr.Pos, "dynamic", "use a concrete type")
				return unknownType
			}
			m.diags.Unsupported(tr.Pos, "type "+name, "not in the mapping table and not declared in the program; see docs/API.md")
			return unknownType
		}
	}
	if t.Kind == TRuntime && t.Info.Entry.Kind == StaticClass {
		// Only a value's type reaches here (typeof is not translated), and
		// a static class has no values.
		m.diags.Add(tr.Pos, Error, "cannot declare a variable of static type '%s' (CS0723)", name)
		return unknownType
	}
	if tr.Nullable && !t.IsRef() {
		m.diags.Unsupported(tr.Pos, "nullable value type "+t.String()+"?", "use a separate bool for absence")
	}
	for _, rank := range tr.Ranks {
		if rank > 1 {
			t = MultiArrayOf(t, rank)
		} else {
			t = ArrayOf(t)
		}
	}
	return t
}

// lookupType resolves a simple type name used in an expression.
func (m *mapper) lookupType(name string, typeArgs []*ast.TypeRef) *Type {
	var args []*Type
	for _, a := range typeArgs {
		args = append(args, m.resolveType(a, true))
	}
	return m.lookupTypeArgs(name, args)
}

func (m *mapper) lookupTypeArgs(name string, args []*Type) *Type {
	if len(args) == 0 {
		if c := m.classes[name]; c != nil {
			return c.classType()
		}
		if d := m.delegates[name]; d != nil {
			return d
		}
		if e := m.enums[name]; e != nil {
			return e.enumType()
		}
		if k, ok := systemAliases[name]; ok {
			return keywordTypes[k]
		}
		if k, ok := keywordTypes[name]; ok {
			return k
		}
	}
	ti := m.tb.Lookup(name, len(args), m.namespaces)
	if ti == nil {
		return nil
	}
	return m.tableType(ti, args)
}

// tableType instantiates a table type; System.String and friends are
// keyword types.
func (m *mapper) tableType(ti *TypeInfo, args []*Type) *Type {
	if k, ok := keywordTypes[ti.FullName]; ok && len(args) == 0 {
		return k
	}
	if ti.Entry.Kind == StaticClass {
		return &Type{Kind: TRuntime, Info: ti, CS: ti.Name}
	}
	return m.tb.instantiate(ti, args)
}

// lookupQualified resolves a dotted name (System.Net.HttpListener).
func (m *mapper) lookupQualified(full string, typeArgs []*ast.TypeRef) *Type {
	var args []*Type
	for _, a := range typeArgs {
		args = append(args, m.resolveType(a, true))
	}
	return m.lookupQualifiedArgs(full, args)
}

func (m *mapper) lookupQualifiedArgs(full string, args []*Type) *Type {
	if k, ok := keywordTypes[full]; ok && len(args) == 0 {
		return k
	}
	if ti := m.tb.Type(shortKey(full, len(args))); ti != nil {
		return m.tableType(ti, args)
	}
	// A program class qualified by its namespace.
	if i := strings.LastIndexByte(full, '.'); i >= 0 && len(args) == 0 {
		if c := m.classes[full[i+1:]]; c != nil && strings.HasSuffix(m.namespaceOf(c), full[:i]) {
			return c.classType()
		}
	}
	return nil
}
