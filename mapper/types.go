// This file implements the mapper's model of C# types (Type) and their Go
// representation (GoType), following DESIGN.md's "C# value types" table.

package mapper

import (
	"strings"
)

// TypeKind tells C# type shapes apart.
type TypeKind int

const (
	TUnknown   TypeKind = iota // not known (an error was reported, or an unmapped API)
	TVoid                      // no value
	TBool                      // bool
	TInt                       // an integral type; Basic names the Go type
	TFloat                     // float/double/decimal; Basic names the Go type
	TChar                      // char: system.Char
	TString                    // string
	TObject                    // object: any
	TNull                      // the type of the null literal
	TArray                     // T[]: []T
	TRuntime                   // a type from the mapping table
	TUser                      // a class or struct declared in the program
	TFunc                      // a delegate, lambda or method group
	TTypeParam                 // a generic parameter inside a table signature
	TEnum                      // an enum declared in the program
)

// Type is a C# type as the mapper sees it.
type Type struct {
	Kind TypeKind
	// Basic is the Go type name of TInt/TFloat ("int32", "float64").
	Basic string
	// CS is the C# spelling for messages ("int", "HttpListener").
	CS string
	// Elem is the element type of an array.
	Elem *Type
	// Rank is the number of dimensions of a rectangular array (T[,] is
	// 2); 0 or 1 for a single-dimensional one.
	Rank int
	// Info and Args describe a table type and its type arguments.
	Info *TypeInfo
	Args []*Type
	// Class is the declaration of a TUser type.
	Class *ClassInfo
	// Params and Result describe a TFunc (Result nil: void).
	Params []*Type
	Result *Type
	// Name is a type parameter's name.
	Name string
	// Enum is the declaration of a TEnum type.
	Enum *EnumInfo
}

// Predeclared C# types.
var (
	unknownType = &Type{Kind: TUnknown, CS: "?"}
	voidType    = &Type{Kind: TVoid, CS: "void"}
	boolType    = &Type{Kind: TBool, CS: "bool"}
	stringType  = &Type{Kind: TString, CS: "string"}
	objectType  = &Type{Kind: TObject, CS: "object"}
	nullType    = &Type{Kind: TNull, CS: "null"}
	charType    = &Type{Kind: TChar, CS: "char"}
	intType     = &Type{Kind: TInt, Basic: "int32", CS: "int"}
	uintType    = &Type{Kind: TInt, Basic: "uint32", CS: "uint"}
	longType    = &Type{Kind: TInt, Basic: "int64", CS: "long"}
	ulongType   = &Type{Kind: TInt, Basic: "uint64", CS: "ulong"}
	shortType   = &Type{Kind: TInt, Basic: "int16", CS: "short"}
	ushortType  = &Type{Kind: TInt, Basic: "uint16", CS: "ushort"}
	byteType    = &Type{Kind: TInt, Basic: "uint8", CS: "byte"}
	sbyteType   = &Type{Kind: TInt, Basic: "int8", CS: "sbyte"}
	floatType   = &Type{Kind: TFloat, Basic: "float32", CS: "float"}
	doubleType  = &Type{Kind: TFloat, Basic: "float64", CS: "double"}
	decimalType = &Type{Kind: TFloat, Basic: "float64", CS: "decimal"}
)

// keywordTypes maps C# keyword types (and their System.X names) to types.
var keywordTypes = map[string]*Type{
	"void": voidType, "bool": boolType, "string": stringType, "object": objectType, "char": charType,
	"int": intType, "uint": uintType, "long": longType, "ulong": ulongType, "short": shortType,
	"ushort": ushortType, "byte": byteType, "sbyte": sbyteType, "float": floatType, "double": doubleType,
	"decimal":     decimalType,
	"System.Void": voidType, "System.Boolean": boolType, "System.String": stringType, "System.Object": objectType,
	"System.Char": charType, "System.Int32": intType, "System.UInt32": uintType, "System.Int64": longType,
	"System.UInt64": ulongType, "System.Int16": shortType, "System.UInt16": ushortType, "System.Byte": byteType,
	"System.SByte": sbyteType, "System.Single": floatType, "System.Double": doubleType, "System.Decimal": decimalType,
}

// systemAliases are the System type names C# programs may use for keyword
// types ("String.Join", "Int32.Parse").
var systemAliases = map[string]string{
	"String": "string", "Object": "object", "Boolean": "bool", "Char": "char", "Int32": "int", "UInt32": "uint",
	"Int64": "long", "UInt64": "ulong", "Int16": "short", "UInt16": "ushort", "Byte": "byte", "SByte": "sbyte",
	"Single": "float", "Double": "double", "Decimal": "decimal",
}

// ArrayOf returns the type T[].
func ArrayOf(elem *Type) *Type {
	return &Type{Kind: TArray, Elem: elem, CS: elem.CS + "[]"}
}

// MultiArrayOf returns the rectangular array type T[,...] of rank > 1.
func MultiArrayOf(elem *Type, rank int) *Type {
	cs := elem.CS + "[" + strings.Repeat(",", rank-1) + "]"
	return &Type{Kind: TArray, Elem: elem, Rank: rank, CS: cs}
}

// isMulti reports whether t is a rectangular array of rank 2 or more
// (Go: *system.MultiArray[T]).
func (t *Type) isMulti() bool { return t != nil && t.Kind == TArray && t.Rank > 1 }

// String returns the C# spelling.
func (t *Type) String() string {
	if t == nil {
		return "void"
	}
	switch t.Kind {
	case TRuntime:
		if len(t.Args) == 0 {
			return t.Info.Name
		}
		var parts []string
		for _, a := range t.Args {
			parts = append(parts, a.String())
		}
		return t.Info.Name + "<" + strings.Join(parts, ", ") + ">"
	case TArray:
		if t.isMulti() {
			return t.Elem.String() + "[" + strings.Repeat(",", t.Rank-1) + "]"
		}
		return t.Elem.String() + "[]"
	case TUser:
		return t.Class.Name
	case TTypeParam:
		return t.Name
	}
	return t.CS
}

// IsNumeric reports whether t is an integral, floating or char type.
func (t *Type) IsNumeric() bool {
	return t != nil && (t.Kind == TInt || t.Kind == TFloat || t.Kind == TChar)
}

// IsRef reports whether null is a value of t (reference types).
func (t *Type) IsRef() bool {
	switch t.Kind {
	case TString, TObject, TNull, TArray, TFunc, TUser:
		return true
	case TRuntime:
		return t.Info.Entry.Kind == Class || (t.Info.Entry.Kind == Value && !t.Info.Entry.Struct) || t.Info.Entry.Kind == Delegate
	}
	return false
}

// isStruct reports whether t is a table struct value type (never nil).
func (t *Type) isStruct() bool {
	return t != nil && t.Kind == TRuntime && t.Info.Entry.Struct
}

// IsEnum reports whether t is an enum (of the table or the program).
func (t *Type) IsEnum() bool {
	return t != nil && (t.Kind == TEnum || (t.Kind == TRuntime && t.Info.Entry.Kind == Enum))
}

// Is reports whether t is the table type with the given full name.
func (t *Type) Is(fullName string) bool {
	return t != nil && t.Kind == TRuntime && t.Info.FullName == fullName
}

// subst replaces type parameters by the arguments in env. A type that
// mentions none of them is returned as is, not copied: most table
// signatures substituted at a call site have nothing to replace, and the
// copies were 1.7% of the bytes jsonrest_10x allocated.
func (t *Type) subst(env map[string]*Type) *Type {
	if t == nil || len(env) == 0 {
		return t
	}
	switch t.Kind {
	case TTypeParam:
		if r, ok := env[t.Name]; ok {
			return r
		}
	case TArray:
		elem := t.Elem.subst(env)
		if elem == t.Elem {
			return t
		}
		if t.isMulti() {
			return MultiArrayOf(elem, t.Rank)
		}
		return ArrayOf(elem)
	case TRuntime, TFunc:
		if t.Kind == TRuntime && len(t.Args) == 0 {
			return t
		}
		args, argsChanged := t.Args, false
		if t.Kind == TRuntime {
			args, argsChanged = substAll(t.Args, env)
		}
		params, paramsChanged := substAll(t.Params, env)
		result := t.Result.subst(env)
		if !argsChanged && !paramsChanged && result == t.Result {
			return t
		}
		n := *t
		n.Args, n.Params, n.Result = args, params, result
		return &n
	}
	return t
}

// substAll substitutes env in each of ts; changed reports whether any
// type changed (if not, ts itself is returned).
func substAll(ts []*Type, env map[string]*Type) (out []*Type, changed bool) {
	for i, t := range ts {
		if r := t.subst(env); r != t && !changed {
			out = make([]*Type, len(ts))
			copy(out, ts[:i])
			out[i], changed = r, true
		} else if changed {
			out[i] = r
		}
	}
	if !changed {
		return ts, false
	}
	return out, true
}

// ---------------------------------------------------------------------------
// Go types

// GoTypeKind tells Go type shapes apart.
type GoTypeKind int

const (
	GoBasic     GoTypeKind = iota // bool, int32, string, any, ...: Name
	GoNamed                       // Pkg.Name[Args], Pkg "" for the program's own types
	GoPointer                     // *Elem
	GoSlice                       // []Elem
	GoFunc                        // func(Params) Results
	GoMap                         // map[Key]Elem
	GoInterface                   // interface { Methods }
)

// GoType is a Go type expression for gen.
type GoType struct {
	Kind    GoTypeKind
	Name    string
	Pkg     string // import path of a GoNamed type ("" = this program)
	Args    []*GoType
	Elem    *GoType
	Key     *GoType
	Params  []*GoType
	Results []*GoType
	// Variadic marks the last func parameter as ...Elem (its type is the slice).
	Variadic bool
	// Methods are a GoInterface's methods (Type is the func signature).
	Methods []*Field
}

// String renders the type as Go source; qual maps an import path to the
// package name written before the dot.
func (g *GoType) String(qual func(path string) string) string {
	if g == nil {
		return ""
	}
	switch g.Kind {
	case GoBasic:
		return g.Name
	case GoNamed:
		s := g.Name
		if g.Pkg != "" {
			s = qual(g.Pkg) + "." + s
		}
		if len(g.Args) > 0 {
			var parts []string
			for _, a := range g.Args {
				parts = append(parts, a.String(qual))
			}
			s += "[" + strings.Join(parts, ", ") + "]"
		}
		return s
	case GoPointer:
		return "*" + g.Elem.String(qual)
	case GoSlice:
		return "[]" + g.Elem.String(qual)
	case GoMap:
		return "map[" + g.Key.String(qual) + "]" + g.Elem.String(qual)
	case GoFunc:
		var ps []string
		for i, p := range g.Params {
			if g.Variadic && i == len(g.Params)-1 && p.Kind == GoSlice {
				ps = append(ps, "..."+p.Elem.String(qual))
				continue
			}
			ps = append(ps, p.String(qual))
		}
		s := "func(" + strings.Join(ps, ", ") + ")"
		switch len(g.Results) {
		case 0:
		case 1:
			s += " " + g.Results[0].String(qual)
		default:
			var rs []string
			for _, r := range g.Results {
				rs = append(rs, r.String(qual))
			}
			s += " (" + strings.Join(rs, ", ") + ")"
		}
		return s
	}
	return "?"
}

var (
	goAny    = &GoType{Kind: GoBasic, Name: "any"}
	goString = &GoType{Kind: GoBasic, Name: "string"}
	goBool   = &GoType{Kind: GoBasic, Name: "bool"}
)

// systemPkg is the import path of package system.
var systemPkg = RuntimeModule + "system"

// goChar and goNumeric are the Go types of char and the numeric types,
// shared because GoTypes are never modified: Go() built a new one at each
// of the many numeric conversions, 1.6% of the bytes jsonrest_10x allocated.
var (
	goChar    = &GoType{Kind: GoNamed, Pkg: systemPkg, Name: "Char"}
	goNumeric = func() map[string]*GoType {
		m := map[string]*GoType{}
		for _, t := range keywordTypes {
			if t.Kind == TInt || t.Kind == TFloat {
				m[t.Basic] = &GoType{Kind: GoBasic, Name: t.Basic}
			}
		}
		return m
	}()
)

// Go returns the Go type representing t.
func (t *Type) Go() *GoType {
	if t == nil {
		return nil
	}
	switch t.Kind {
	case TVoid:
		return nil
	case TBool:
		return goBool
	case TInt, TFloat:
		if g, ok := goNumeric[t.Basic]; ok {
			return g
		}
		return &GoType{Kind: GoBasic, Name: t.Basic}
	case TChar:
		return goChar
	case TString:
		return goString
	case TArray:
		if t.isMulti() {
			return &GoType{Kind: GoPointer, Elem: &GoType{Kind: GoNamed, Pkg: systemPkg, Name: "MultiArray", Args: []*GoType{t.Elem.Go()}}}
		}
		return &GoType{Kind: GoSlice, Elem: t.Elem.Go()}
	case TRuntime:
		e := t.Info.Entry
		if e.Kind == Delegate {
			return funcGoType(t.Params, t.Result)
		}
		if e.Go == "any" {
			return goAny
		}
		n := &GoType{Kind: GoNamed, Pkg: t.Info.ImportPath(), Name: e.Go}
		for _, a := range t.Args {
			n.Args = append(n.Args, a.Go())
		}
		if e.Kind == Class {
			return &GoType{Kind: GoPointer, Elem: n}
		}
		return n
	case TUser:
		c := t.Class
		if c.goType == nil {
			c.goType = &GoType{Kind: GoNamed, Name: c.GoName}
			if !c.IsStruct {
				c.goType = &GoType{Kind: GoPointer, Elem: c.goType}
			}
		}
		return c.goType
	case TFunc:
		return funcGoType(t.Params, t.Result)
	case TTypeParam:
		return &GoType{Kind: GoBasic, Name: t.Name}
	case TEnum:
		return &GoType{Kind: GoNamed, Name: t.Enum.GoName}
	}
	// Unknown types (reported) print as any, so output stays valid Go.
	return goAny
}

func funcGoType(params []*Type, result *Type) *GoType {
	f := &GoType{Kind: GoFunc}
	for _, p := range params {
		f.Params = append(f.Params, p.Go())
	}
	if result != nil && result.Kind != TVoid {
		f.Results = []*GoType{result.Go()}
	}
	return f
}

// ---------------------------------------------------------------------------
// Table type spellings -> Type

// typeFromSpec resolves a table spelling; tparams are the type parameters
// in scope (the declaring type's and the method's).
func (tb *Table) typeFromSpec(s *TypeSpec, tparams []string) *Type {
	var t *Type
	for _, p := range tparams {
		if s.Name == p && len(s.Args) == 0 {
			t = &Type{Kind: TTypeParam, Name: p, CS: p}
		}
	}
	if t == nil {
		if k, ok := keywordTypes[s.Name]; ok {
			t = k
		}
	}
	if t == nil {
		var ti *TypeInfo
		if strings.Contains(s.Name, ".") {
			ti = tb.Type(shortKey(s.Name, len(s.Args)))
		} else {
			ti = tb.LookupAny(s.Name, len(s.Args))
		}
		if ti == nil {
			return nil
		}
		var args []*Type
		for _, a := range s.Args {
			at := tb.typeFromSpec(a, tparams)
			if at == nil {
				return nil
			}
			args = append(args, at)
		}
		t = tb.instantiate(ti, args)
	}
	for i := 0; i < s.Array; i++ {
		t = ArrayOf(t)
	}
	return t
}

// instantiate builds the Type of table type ti with type arguments args;
// for delegates it resolves the signature.
func (tb *Table) instantiate(ti *TypeInfo, args []*Type) *Type {
	t := &Type{Kind: TRuntime, Info: ti, Args: args, CS: ti.Name}
	if ti.Entry.Kind == Delegate {
		env := map[string]*Type{}
		for i, p := range ti.TypeParams {
			if i < len(args) {
				env[p] = args[i]
			}
		}
		for _, ps := range ti.Entry.Params {
			p, _ := ParseParam(ps)
			pt := tb.typeFromSpec(p.Type, ti.TypeParams)
			if pt == nil {
				pt = unknownType
			}
			t.Params = append(t.Params, pt.subst(env))
		}
		if ti.Entry.Result != "" {
			if s, err := ParseTypeSpec(ti.Entry.Result); err == nil {
				if rt := tb.typeFromSpec(s, ti.TypeParams); rt != nil {
					t.Result = rt.subst(env)
				}
			}
		}
	}
	return t
}

// Signature is a resolved member entry: parameter and result types with
// the declaring type's parameters substituted.
type Signature struct {
	Entry  *Entry
	Params []Param
	Types  []*Type // parameter types (for `params T[]`, the array type)
	Result *Type   // nil for void
}

// signature resolves e's parameter and result spellings; env binds the
// declaring type's type parameters (nil leaves them as TTypeParam). The
// spellings are parsed and resolved once per entry (sigTemplate); each call
// only substitutes env.
func (tb *Table) signature(e *Entry, ti *TypeInfo, env map[string]*Type) (*Signature, error) {
	tpl, err := tb.sigTemplate(e, ti)
	if err != nil {
		return nil, err
	}
	types, changed := substAll(tpl.Types, env)
	result := tpl.Result.subst(env)
	if !changed && result == tpl.Result {
		return tpl, nil
	}
	return &Signature{Entry: e, Params: tpl.Params, Types: types, Result: result}, nil
}

// resolveSignature parses and resolves e's spellings with the type
// parameters of ti and e left unbound; a constructor's result is ti
// instantiated with its own parameters.
func (tb *Table) resolveSignature(e *Entry, ti *TypeInfo) (*Signature, error) {
	scope := append(append([]string(nil), ti.TypeParams...), e.TypeParams...)
	sig := &Signature{Entry: e}
	for _, ps := range e.Params {
		p, err := ParseParam(ps)
		if err != nil {
			return nil, err
		}
		pt := tb.typeFromSpec(p.Type, scope)
		if pt == nil {
			return nil, &specError{ps}
		}
		sig.Params = append(sig.Params, p)
		sig.Types = append(sig.Types, pt)
	}
	if e.Result != "" {
		s, err := ParseTypeSpec(e.Result)
		if err != nil {
			return nil, err
		}
		rt := tb.typeFromSpec(s, scope)
		if rt == nil {
			return nil, &specError{e.Result}
		}
		sig.Result = rt
	}
	if k, ok := keywordTypes[ti.FullName]; ok && e.Kind == Ctor {
		sig.Result = k // new string(chars) is a Go string
	} else if e.Kind == Ctor {
		var args []*Type
		for _, p := range ti.TypeParams {
			args = append(args, &Type{Kind: TTypeParam, Name: p, CS: p})
		}
		sig.Result = tb.instantiate(ti, args)
	}
	return sig, nil
}

type specError struct{ spelling string }

func (e *specError) Error() string { return "unknown type " + e.spelling }
