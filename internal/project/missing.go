// This file implements MissingTypes: the types a project uses but neither
// declares nor finds in the mapper's table — types of NuGet packages
// (Npgsql), host frameworks (UnityEngine, System.Windows.Forms) or
// parts of .NET the runtime does not implement. Each is reported once, at
// its first use, so the user sees the list of what the project depends on
// instead of one error per use.
//
// The analysis is syntactic, because the mapper's binding stops at the
// first unknown name: a type position (a TypeRef: declarations, `new T()`,
// casts, `typeof`, patterns, type arguments) names a type for certain; in an
// expression, only the root of a member access (`T.M`, `T.P.Q`) can be a
// type, and it counts as one when nothing in the project declares a value,
// member or type of that name. Scopes are approximated by the whole
// project (a type parameter or local named like a missing type hides it
// everywhere), which can only miss a type, never invent one.

package project

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser/ast"
)

// MissingType is a type the project uses but does not define.
type MissingType struct {
	// Name is the type as written at its first use, without type
	// arguments: "NpgsqlConnection", or "Npgsql.NpgsqlConnection" when
	// qualified.
	Name string
	// Arity is the number of type arguments at that use.
	Arity int
	// Pos is the first use (in the merged unit's file order).
	Pos ast.Position
	// Namespaces are the namespaces in scope that the runtime does not
	// implement — where the type probably comes from ("Npgsql").
	Namespaces []string
}

// Diagnostic reports the missing type as Unsupported: in default mode the
// output gets a stub that panics when used, with --strict nothing is
// written.
func (t MissingType) Diagnostic() mapper.Diagnostic {
	name := t.Name
	if t.Arity > 0 {
		name += fmt.Sprintf("<%s>", strings.Repeat(",", t.Arity-1))
	}
	hint := "a NuGet package, a host framework or a .NET type the runtime lacks: its uses panic in the output"
	if len(t.Namespaces) > 0 {
		hint = "from " + strings.Join(t.Namespaces, " or ") + "? " + hint
	}
	return mapper.Diagnostic{Pos: t.Pos, Severity: mapper.Unsupported,
		Msg: fmt.Sprintf("unsupported: type %s is not defined in the project and not mapped to the runtime (%s)", name, hint)}
}

// implicitUsings mirrors the namespaces the mapper always brings into scope
// (mapper.implicitUsings, the SDK's ImplicitUsings for console apps).
var implicitUsings = []string{"System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"}

// systemAliases are the System type names C# keywords stand for; the
// mapper treats them as the keywords.
var systemAliases = map[string]bool{
	"String": true, "Object": true, "Boolean": true, "Char": true, "Int32": true, "UInt32": true, "Int64": true,
	"UInt64": true, "Int16": true, "UInt16": true, "Byte": true, "SByte": true, "Single": true, "Double": true,
	"Decimal": true, "Void": true,
}

// mapperBuiltins are types the mapper handles without a table entry
// (IDisposable as a base type: Dispose is called directly).
var mapperBuiltins = map[string]bool{"IDisposable": true, "System.IDisposable": true}

// contextualTypeNames are names the parser keeps as ordinary type names
// that C# gives a meaning of their own.
var contextualTypeNames = map[string]bool{"var": true, "dynamic": true, "nint": true, "nuint": true}

type missingFinder struct {
	tb *mapper.Table
	// namespaces are the usings plus the implicit usings plus the
	// project's namespaces: where a simple name may come from.
	namespaces []string
	// nsPrefixes are every namespace above and their dotted prefixes, so a
	// qualified name can be split into namespace and type.
	nsPrefixes map[string]bool
	foreignNS  []string
	declared   map[string]bool // simple names of the project's types
	fullNames  map[string]bool // namespace-qualified names of the project's types
	aliases    map[string]bool // using aliases
	typeParams map[string]bool
	values     map[string]bool // locals, parameters, members, enum members
	skip       map[*ast.TypeRef]bool
	seen       map[string]bool
	seenNS     map[string]bool // namespaces added
	out        []MissingType
	// uses are the uses to check, in order; names and nameArgs hold the
	// chain of names at hand.
	uses     []use
	names    []string
	nameArgs [][]*ast.TypeRef
}

// MissingTypes lists the types cu (the merged unit) uses but neither
// declares nor finds in tb, in order of first use.
func MissingTypes(cu *ast.CompilationUnit, tb *mapper.Table) []MissingType {
	f := &missingFinder{tb: tb, nsPrefixes: map[string]bool{}, declared: map[string]bool{}, fullNames: map[string]bool{},
		aliases: map[string]bool{}, typeParams: map[string]bool{}, values: map[string]bool{}, skip: map[*ast.TypeRef]bool{},
		seen: map[string]bool{}, seenNS: map[string]bool{}}
	for _, ns := range implicitUsings {
		f.addNS(ns)
	}
	for _, ns := range mapper.KnownNamespaces() {
		f.addPrefixes(ns)
	}
	// One walk records the declarations and lists the uses in the order
	// they are checked; the uses are checked after it, so that one before
	// its declaration resolves. (On a large program a walk over every node
	// is a good part of the time, so the declarations get no walk of
	// their own.)
	for _, u := range cu.Usings {
		f.declare(u)
	}
	walkUses(f, cu.Statements, nil)
	f.members(cu.Members)
	f.collectNamespaces(cu.Members, "")
	for _, u := range f.uses {
		switch {
		case u.chain != nil:
			f.memberAccess(u.chain, u.class != nil && *u.class)
		case u.base:
			f.typeRef(u.t)
			*u.class = *u.class || f.unknownType(u.t)
		default:
			f.typeRef(u.t)
		}
	}
	return f.out
}

// A use is a place the walk found that may name a missing type: a type as
// written (t), or a member-access chain of names (chain).
type use struct {
	t     *ast.TypeRef
	chain *ast.MemberAccessExpr
	// class is whether the enclosing class inherits from an unknown type
	// (nil outside a class); checking a base type (base) may set it.
	class *bool
	base  bool
}

// declare records what n declares.
func (f *missingFinder) declare(n ast.Node) {
	switch n := n.(type) {
	case *ast.UsingDirective:
		f.skip[n.Name] = true
		switch {
		case n.Alias != "":
			f.aliases[n.Alias] = true
		case !n.Static:
			f.addNS(dottedName(n.Name))
		}
	case *ast.NamespaceDecl:
		f.skip[n.Name] = true
	case *ast.ClassDecl:
		f.declared[n.Name] = true
	case *ast.EnumDecl:
		f.declared[n.Name] = true
	case *ast.DelegateDecl:
		f.declared[n.Name] = true
		f.values[n.Name] = true
	case *ast.TypeParam:
		f.typeParams[n.Name] = true
	case *ast.VarDeclarator:
		f.values[n.Name] = true
	case *ast.Param:
		f.values[n.Name] = true
	case *ast.PropertyDecl:
		f.values[n.Name] = true
	case *ast.MethodDecl:
		f.values[n.Name] = true
	case *ast.LocalFunctionStmt:
		f.values[n.Name] = true
	case *ast.EnumMember:
		f.values[n.Name] = true
	case *ast.ForeachStmt:
		f.values[n.Name] = true
	case *ast.CatchClause:
		f.values[n.Name] = true
	case *ast.DeclarationExpr:
		f.values[n.Name] = true
	case *ast.DeclarationPattern:
		f.values[n.Name] = true
	case *ast.RecursivePattern:
		f.values[n.Name] = true
	case *ast.VarPattern:
		for _, v := range n.Names {
			f.values[v] = true
		}
	case *ast.LocalDeclStmt:
		if n.Type != nil && len(n.Type.Parts) == 1 && n.Type.Parts[0].Name == "var" {
			f.skip[n.Type] = true
		}
	}
}

// addNS brings namespace ns into scope (once).
func (f *missingFinder) addNS(ns string) {
	if ns == "" || f.seenNS[ns] {
		return
	}
	f.seenNS[ns] = true
	f.namespaces = append(f.namespaces, ns)
	if mapper.ImportPath(ns) == "" && !strings.HasPrefix(ns+".", "System.") {
		f.foreignNS = append(f.foreignNS, ns)
	}
	f.addPrefixes(ns)
}

// addPrefixes records namespace ns and its dotted prefixes as namespaces.
func (f *missingFinder) addPrefixes(ns string) {
	for p := ns; ; {
		f.nsPrefixes[p] = true
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
	}
}

// collectNamespaces records the project's namespaces (their types are in
// scope everywhere in the merged unit) and the qualified type names.
func (f *missingFinder) collectNamespaces(members []ast.Decl, ns string) {
	for _, d := range members {
		switch d := d.(type) {
		case *ast.NamespaceDecl:
			name := joinNS(ns, dottedName(d.Name))
			f.nsPrefixes[name] = true
			for p := name; strings.Contains(p, "."); {
				p = p[:strings.LastIndexByte(p, '.')]
				f.nsPrefixes[p] = true
			}
			f.collectNamespaces(d.Members, name)
		case *ast.ClassDecl:
			f.fullNames[joinNS(ns, d.Name)] = true
			f.collectNamespaces(nestedTypeDecls(d), joinNS(ns, d.Name))
		case *ast.EnumDecl:
			f.fullNames[joinNS(ns, d.Name)] = true
		case *ast.DelegateDecl:
			f.fullNames[joinNS(ns, d.Name)] = true
		}
	}
}

// members walks declarations; a class whose base type is itself missing
// inherits members the analysis cannot see (a WinForms Form's Controls,
// a MonoBehaviour's transform), so unknown roots of member accesses in it
// are not reported as types. A class's nested classes are checked after
// its other members.
func (f *missingFinder) members(list []ast.Decl) {
	for _, d := range list {
		switch d := d.(type) {
		case *ast.NamespaceDecl:
			f.declare(d)
			for _, u := range d.Usings {
				f.declare(u)
			}
			f.members(d.Members)
		case *ast.ClassDecl:
			f.declare(d)
			for _, p := range d.TypeParams {
				f.declare(p)
			}
			baseMissing := new(bool)
			for _, b := range d.BaseTypes {
				f.uses = append(f.uses, use{t: b, class: baseMissing, base: true})
			}
			var rest []ast.Node
			for _, p := range d.Params {
				rest = append(rest, p)
			}
			for _, a := range d.BaseArgs {
				rest = append(rest, a)
			}
			for _, c := range d.Constraints {
				rest = append(rest, c)
			}
			var nested []ast.Decl
			for _, m := range d.Members {
				if _, ok := m.(*ast.ClassDecl); ok {
					nested = append(nested, m)
				} else {
					rest = append(rest, m)
				}
			}
			walkUses(f, rest, baseMissing)
			f.members(nested)
		default:
			walkUses(f, []ast.Decl{d}, nil)
		}
	}
}

// walkUses walks nodes (in a class whose baseOf flag is inheritsUnknown,
// or nil), recording declarations and listing uses.
func walkUses[N ast.Node](f *missingFinder, nodes []N, inheritsUnknown *bool) {
	w := &usesWalker{f: f, inheritsUnknown: inheritsUnknown}
	for _, n := range nodes {
		ast.Walk(w, n)
	}
}

// usesWalker is the walk's visitor; inside nameof it only records
// declarations (declOnly), as nameof(T) uses no type.
type usesWalker struct {
	f               *missingFinder
	inheritsUnknown *bool
	declOnly        bool
}

func (w *usesWalker) Visit(n ast.Node) ast.Visitor {
	switch n := n.(type) {
	case nil, *ast.AttributeSection:
		// Attribute classes are metadata; the translator drops them.
		return nil
	case *ast.TypeRef:
		// A type declares nothing; typeRef checks the type arguments.
		if !w.declOnly {
			w.f.uses = append(w.f.uses, use{t: n})
		}
		return nil
	case *ast.MemberAccessExpr:
		if w.declOnly {
			return w
		}
		// A chain of names holds no declaration, and memberAccess checks
		// its type arguments.
		if w.f.nameChain(n) {
			w.f.uses = append(w.f.uses, use{chain: n, class: w.inheritsUnknown})
			return nil
		}
	case *ast.NameOfExpr:
		if !w.declOnly {
			return &usesWalker{f: w.f, declOnly: true}
		}
	default:
		w.f.declare(n)
	}
	return w
}

// nameChain sets the finder's names and nameArgs to the names of the
// chain n (A.B.C with A a SimpleName), outermost first, and the type
// arguments of each, and reports whether n is one (a conditional or
// pointer access, or another root, is not).
func (f *missingFinder) nameChain(n *ast.MemberAccessExpr) bool {
	f.names, f.nameArgs = f.names[:0], f.nameArgs[:0]
	var x ast.Expr = n
	for {
		switch e := x.(type) {
		case *ast.MemberAccessExpr:
			if e.Conditional || e.Pointer {
				return false
			}
			f.names = append(f.names, e.Name)
			f.nameArgs = append(f.nameArgs, e.TypeArgs)
			x = e.X
			continue
		case *ast.SimpleName:
			f.names = append(f.names, e.Name)
			f.nameArgs = append(f.nameArgs, e.TypeArgs)
		default:
			return false
		}
		break
	}
	// Collected innermost first.
	slices.Reverse(f.names)
	slices.Reverse(f.nameArgs)
	return true
}

// typeRef checks a type as written and its type arguments.
func (f *missingFinder) typeRef(t *ast.TypeRef) {
	if t == nil || f.skip[t] {
		return
	}
	for _, e := range t.TupleElems {
		f.typeRef(e.Type)
	}
	for _, p := range t.Parts {
		for _, a := range p.TypeArgs {
			f.typeRef(a)
		}
	}
	if f.unknownType(t) {
		var parts []string
		for _, p := range t.Parts {
			parts = append(parts, p.Name)
		}
		f.report(strings.Join(parts, "."), len(t.Parts[len(t.Parts)-1].TypeArgs), t.Pos)
	}
}

// unknownType reports whether a written type is neither a keyword, nor
// declared, nor in the table.
func (f *missingFinder) unknownType(t *ast.TypeRef) bool {
	if t == nil || t.Predefined || len(t.TupleElems) > 0 || len(t.Parts) == 0 || f.skip[t] {
		return false
	}
	names := make([]string, len(t.Parts))
	for i, p := range t.Parts {
		names[i] = p.Name
	}
	arity := len(t.Parts[len(t.Parts)-1].TypeArgs)
	if len(names) == 1 {
		return !f.knownSimple(names[0], arity, true)
	}
	return !f.knownQualified(names, arity)
}

// knownSimple resolves a simple name as a type.
func (f *missingFinder) knownSimple(name string, arity int, typePosition bool) bool {
	switch {
	case f.declared[name], f.aliases[name], f.typeParams[name] && arity == 0:
		return true
	case typePosition && contextualTypeNames[name] && arity == 0:
		return true
	case systemAliases[name] && arity == 0, mapperBuiltins[name] && arity == 0:
		return true
	}
	return f.tb.Lookup(name, arity, f.namespaces) != nil
}

// knownQualified resolves a dotted type name: a table type, a project type
// (qualified by its namespace or its enclosing types), or a name whose
// first part is an alias or a known type (a nested type).
func (f *missingFinder) knownQualified(names []string, arity int) bool {
	full := strings.Join(names, ".")
	if f.tb.Type(tableKey(full, arity)) != nil {
		return true
	}
	if f.fullNames[full] || f.aliases[names[0]] || f.declared[names[0]] || mapperBuiltins[full] && arity == 0 {
		return true
	}
	if names[0] == "System" && systemAliases[names[len(names)-1]] && len(names) == 2 {
		return true
	}
	// A project type named relative to an enclosing namespace.
	for n := range f.fullNames {
		if strings.HasSuffix(n, "."+full) {
			return true
		}
	}
	return false
}

// tableKey spells mapper.Table.Types' key: "System.Action`1".
func tableKey(full string, arity int) string {
	if arity == 0 {
		return full
	}
	return fmt.Sprintf("%s`%d", full, arity)
}

// memberAccess checks the root of the member-access chain of names n
// (`T.M`, `N.S.T.M`) and the type arguments of its names.
func (f *missingFinder) memberAccess(n *ast.MemberAccessExpr, inheritsUnknown bool) {
	f.nameChain(n)
	chain, typeArgs, pos := f.names, f.nameArgs, n.Start()
	for _, args := range typeArgs {
		for _, a := range args {
			f.typeRef(a)
		}
	}
	root, rootArity := chain[0], len(typeArgs[0])
	if f.values[root] || f.knownSimple(root, rootArity, false) {
		return
	}
	// A namespace-qualified name: the first prefix that is not a namespace
	// is the type.
	if f.nsPrefixes[root] {
		for i := 1; i < len(chain); i++ {
			prefix := strings.Join(chain[:i+1], ".")
			if f.nsPrefixes[prefix] {
				continue
			}
			if !f.knownQualified(chain[:i+1], len(typeArgs[i])) {
				f.report(prefix, len(typeArgs[i]), pos)
			}
			return
		}
		return
	}
	// An unknown root: a type if it is spelled like one (C# types are
	// PascalCase; an unknown lower-case root is more likely a member
	// inherited from a base class outside the project) and the enclosing
	// class does not inherit from an unknown type.
	r, _ := utf8.DecodeRuneInString(root)
	if inheritsUnknown || !unicode.IsUpper(r) {
		return
	}
	f.report(root, rootArity, pos)
}

func (f *missingFinder) report(name string, arity int, pos ast.Position) {
	key := fmt.Sprintf("%s`%d", name, arity)
	if f.seen[key] {
		return
	}
	f.seen[key] = true
	f.out = append(f.out, MissingType{Name: name, Arity: arity, Pos: pos, Namespaces: f.foreignNS})
}
