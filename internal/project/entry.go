// This file implements entry-point detection (does the project build a
// program or a library?) and the Go package name of a library.

package project

import (
	"strings"
	"unicode"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser/ast"
)

// EntryKind tells how a project starts.
type EntryKind int

const (
	// NoEntry: a library; the output is a Go package other code imports.
	NoEntry EntryKind = iota
	// MainMethod: a static Main with an entry-point signature.
	MainMethod
	// TopLevel: top-level statements (C# 9), which take precedence over any
	// Main method, as in csc (warning CS7022).
	TopLevel
)

func (k EntryKind) String() string {
	return [...]string{"library", "Main method", "top-level statements"}[k]
}

// EntryPoint reports how the (merged) unit starts and where: the first
// top-level statement, the name of the Main method, or the unit's start
// for a library. More than one Main method is CS0017, reported at each
// Main after the first (csc would need -main:Type to choose; cs2go has no
// such option, so the user must remove or rename one).
//
// A Main counts only with a signature csc accepts as an entry point: static,
// not generic, in a non-generic type, returning void, int, Task or
// Task<int>, taking nothing or one string[]. Others are ordinary methods
// (csc's warning CS0028), so a library may well declare `static void
// Main(int x)`.
func EntryPoint(cu *ast.CompilationUnit) (EntryKind, ast.Position, mapper.Diagnostics) {
	var diags mapper.Diagnostics
	var mains []*ast.MethodDecl
	var walk func(members []ast.Decl, genericOuter bool)
	walk = func(members []ast.Decl, genericOuter bool) {
		for _, d := range members {
			switch d := d.(type) {
			case *ast.NamespaceDecl:
				walk(d.Members, genericOuter)
			case *ast.ClassDecl:
				generic := genericOuter || len(d.TypeParams) > 0
				for _, mem := range d.Members {
					if m, ok := mem.(*ast.MethodDecl); ok && !generic && isEntrySignature(m) {
						mains = append(mains, m)
					}
				}
				walk(d.Members, generic)
			}
		}
	}
	walk(cu.Members, false)
	if len(cu.Statements) > 0 {
		return TopLevel, cu.Statements[0].Start(), nil
	}
	if len(mains) == 0 {
		return NoEntry, cu.Pos, nil
	}
	for _, m := range mains[1:] {
		diags.Add(m.NamePos, mapper.Error, "program has more than one entry point defined (CS0017; another Main at %s); remove or rename one",
			posString(mains[0].NamePos))
	}
	return MainMethod, mains[0].NamePos, diags
}

// isEntrySignature reports whether m has one of the signatures of C#'s
// entry point.
func isEntrySignature(m *ast.MethodDecl) bool {
	if m.Name != "Main" || !m.Modifiers.Has(ast.ModStatic) || len(m.TypeParams) > 0 || m.ExplicitInterface != nil {
		return false
	}
	switch len(m.Params) {
	case 0:
	case 1:
		p := m.Params[0].Type
		if p == nil || len(p.Ranks) != 1 || p.Ranks[0] != 1 || !isTypeNamed(p, "string", "System.String") {
			return false
		}
	default:
		return false
	}
	rt := m.ReturnType
	if rt == nil || len(rt.Ranks) > 0 || rt.Nullable {
		return false
	}
	last := rt.Parts[len(rt.Parts)-1]
	switch {
	case rt.Predefined:
		// `async void Main` is CS4009, not an entry point.
		return last.Name == "int" || last.Name == "void" && !m.Modifiers.Has(ast.ModAsync)
	case last.Name == "Task" && len(last.TypeArgs) == 0:
		return isTypeNamed(rt, "Task", "System.Threading.Tasks.Task")
	case last.Name == "Task" && len(last.TypeArgs) == 1:
		a := last.TypeArgs[0]
		return a != nil && len(a.Ranks) == 0 && isTypeNamed(a, "int", "System.Int32", "Int32")
	}
	return false
}

// isTypeNamed reports whether t (arrays aside) is spelled as one of names.
func isTypeNamed(t *ast.TypeRef, names ...string) bool {
	var parts []string
	for _, p := range t.Parts {
		parts = append(parts, p.Name)
	}
	s := strings.Join(parts, ".")
	for _, n := range names {
		if s == n || strings.HasSuffix(n, "."+s) && t.Alias == "" && !t.Predefined {
			return true
		}
	}
	return false
}

// GoPackageName is the Go package name of a library translated from a
// project with the given root namespace: the namespace's last segment,
// lower-cased, without characters Go identifiers cannot hold
// ("Acme.WebTools" -> "webtools", "My_Project" -> "myproject").
//
// Why: Go package names are single short lower-case words without dots or
// underscores (Effective Go, "Package names"), and callers write the name
// before every exported identifier, so the most specific segment reads
// best (webtools.NewRouter). The import path, not the name, carries the
// rest of the namespace. The name is never "main" (that would make the
// package a command), a Go keyword, or empty: those get a "pkg" suffix, a
// name starting with a digit gets a "pkg" prefix, and an empty one is
// "lib".
func GoPackageName(rootNamespace string) string {
	seg := rootNamespace
	if i := strings.LastIndexByte(seg, '.'); i >= 0 {
		seg = seg[i+1:]
	}
	var b strings.Builder
	for _, r := range seg {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	name := b.String()
	switch {
	case name == "":
		return "lib"
	case unicode.IsDigit([]rune(name)[0]):
		return "pkg" + name
	case name == "main" || goKeywords[name]:
		return name + "pkg"
	}
	return name
}

var goKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`break case chan const continue default defer else fallthrough for func go goto if
		import interface map package range return select struct switch type var`) {
		goKeywords[k] = true
	}
}
