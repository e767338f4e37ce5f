// This file implements Map, the mapper's entry point, and the declare pass
// that collects classes, delegates and usings before bodies are lowered.

package mapper

import (
	"fmt"
	"path"
	"sync"

	"github.com/cs2go/cs2go/parser/ast"
)

var (
	defaultTable     *Table
	defaultTableErr  error
	defaultTableOnce sync.Once
)

// entryLists are the table's entry lists: data.go's Data, then the files
// that continue it (data_bcl.go and one file per further namespace).
var entryLists = [][]Entry{Data, bclData, linqData, socketsData, regexData, diagnosticsData, cryptographyData, consoleData, constData, jsonData}

// DefaultTable returns the table of entryLists, made from the generated
// defaultIndex (tableindex.go says why). The lists are indexed in place
// rather than concatenated: copying 1,600 entries at start-up was a
// measurable part of a short cs2go run.
func DefaultTable() (*Table, error) {
	defaultTableOnce.Do(func() {
		if defaultIndexCurrent() {
			defaultTable = newTable(entryLists, &defaultIndex)
			return
		}
		// A data file changed since tableindex_default.go was generated
		// (TestDefaultIndex says so): read the entries instead.
		defaultTable, defaultTableErr = NewTable(entryLists...)
	})
	return defaultTable, defaultTableErr
}

// defaultIndexCurrent reports whether defaultIndex was generated from lists
// of entryLists' lengths; TestDefaultIndex checks the rest.
func defaultIndexCurrent() bool {
	if len(defaultIndex.listLens) != len(entryLists) {
		return false
	}
	for i, l := range entryLists {
		if len(l) != defaultIndex.listLens[i] {
			return false
		}
	}
	return true
}

// Entries returns every table entry, in entryLists order (for
// docs/API.md and the table's checks).
func Entries() []Entry {
	var all []Entry
	for _, l := range entryLists {
		all = append(all, l...)
	}
	return all
}

// debugStack re-panics on an internal error instead of reporting it, so
// a debugging session sees the stack (the parser has debugPanics alike).
var debugStack = false

// implicitUsings are the namespaces the .NET SDK imports implicitly
// (ImplicitUsings for console apps); real programs rely on them.
var implicitUsings = []string{"System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"}

// Map translates one program: a compilation unit, plus the other files of
// the same program (a project). It never panics: an internal error becomes
// a diagnostic at the construct being translated.
func Map(cu *ast.CompilationUnit, more ...*ast.CompilationUnit) (f *File, diags Diagnostics) {
	tb, err := DefaultTable()
	m := &mapper{tb: tb, filename: cu.Filename, classes: map[string]*ClassInfo{}}
	m.file = &File{Source: cu.Filename}
	if err != nil {
		m.diags.Add(ast.Position{Filename: cu.Filename, Line: 1, Column: 1}, Internal, "internal error: %v", err)
		return m.file, m.diags
	}
	defer func() {
		if r := recover(); r != nil {
			if debugStack {
				panic(r)
			}
			m.diags.Add(m.lastPos, Internal, "internal error: %v (please report this with the input)", r)
			f, diags = m.file, m.diags
			diags.Sort()
		}
	}()
	m.mapUnits(append([]*ast.CompilationUnit{cu}, more...))
	m.file.Unsupported = m.diags.Count(Unsupported)
	m.diags.Sort()
	return m.file, m.diags
}

type mapper struct {
	tb       *Table
	filename string
	file     *File
	diags    Diagnostics
	// lastPos is the position of the construct being translated, for the
	// last-resort internal-error diagnostic.
	lastPos ast.Position

	namespaces []string
	classes    map[string]*ClassInfo
	classList  []*ClassInfo
	entry      *ClassInfo
	units      []*ast.CompilationUnit
	// topFuncs are the top-level local functions (package-level in Go).
	topFuncs map[string]*MethodInfo
	// delegates are the program's delegate types, as func types.
	delegates map[string]*Type
	// enums are the program's enums, in declaration order in enumList.
	enums    map[string]*EnumInfo
	enumList []*EnumInfo
	// cmap assigns comment groups to nodes; statements carry theirs over.
	cmap ast.CommentMap
	// typeParams are the type parameters in scope: a static generic
	// method's, while its signature and body are lowered.
	typeParams []string
	// getTypeCalled: the program calls x.GetType() (isGetTypeCall), found
	// with the comment map before the lower pass.
	getTypeCalled bool
}

// pos formats a position as File.cs:L:C for panics in the output.
func (m *mapper) posString(p ast.Position) string {
	return fmt.Sprintf("%s:%d:%d", path.Base(p.Filename), p.Line, p.Column)
}

// mapUnits translates the files of one program. Usings apply to all of
// them (C# scopes them per file; merging only makes more names visible).
func (m *mapper) mapUnits(units []*ast.CompilationUnit) {
	m.units = units
	m.topFuncs = map[string]*MethodInfo{}
	m.delegates = map[string]*Type{}
	m.enums = map[string]*EnumInfo{}
	// Only the lower pass needs the comment map and to know whether the
	// program calls GetType, and working them out means walking every
	// node: that happens beside the declare pass (a tenth of translating
	// a large program, in series).
	commentsDone := beside(func() {
		m.cmap, m.getTypeCalled = commentsAndGetType(units)
	})
	m.file.Doc = fileComments(units[0])
	seen := map[string]bool{}
	addNS := func(ns string) {
		if !seen[ns] {
			seen[ns] = true
			m.namespaces = append(m.namespaces, ns)
		}
	}
	for _, ns := range implicitUsings {
		addNS(ns)
	}
	var collectUsings func(us []*ast.UsingDirective)
	collectUsings = func(us []*ast.UsingDirective) {
		for _, u := range us {
			if u.Static || u.Alias != "" {
				m.diags.Unsupported(u.Pos, "using "+map[bool]string{true: "static", false: "alias"}[u.Static], "write the qualified names")
				continue
			}
			addNS(typeRefName(u.Name))
		}
	}
	for _, cu := range units {
		collectUsings(cu.Usings)
	}

	// Declare pass: every class, with its members' signatures.
	var decls []*ast.ClassDecl
	var delegateDecls []*ast.DelegateDecl
	var walk func(members []ast.Decl, ns string)
	walk = func(members []ast.Decl, ns string) {
		for _, d := range members {
			switch d := d.(type) {
			case *ast.NamespaceDecl:
				collectUsings(d.Usings)
				name := typeRefName(d.Name)
				addNS(name)
				walk(d.Members, name)
			case *ast.ClassDecl:
				decls = append(decls, d)
				m.declareClass(d)
				walk(nestedTypes(d), ns)
			case *ast.DelegateDecl:
				delegateDecls = append(delegateDecls, d)
			case *ast.EnumDecl:
				m.declareEnum(d)
			default:
				m.diags.Unsupported(d.Start(), declKind(d)+" declaration", "only classes and structs are translated")
			}
		}
	}
	var top *ast.CompilationUnit
	for _, cu := range units {
		walk(cu.Members, "")
		if len(cu.Statements) > 0 {
			if top != nil {
				m.diags.Add(cu.Statements[0].Start(), Error, "top-level statements in more than one file (%s has them too)", top.Filename)
				continue
			}
			top = cu
		}
	}
	// A delegate type is its func type: Go code passes func values.
	for _, d := range delegateDecls {
		if len(d.TypeParams) > 0 {
			m.diags.Unsupported(d.NamePos, "generic delegate "+d.Name, "use Func<> or Action<>")
			continue
		}
		m.delegates[d.Name] = &Type{Kind: TFunc, CS: d.Name}
	}
	for _, d := range delegateDecls {
		t := m.delegates[d.Name]
		if t == nil {
			continue
		}
		for _, p := range d.Params {
			t.Params = append(t.Params, m.paramType(p))
		}
		if r := m.resolveType(d.ReturnType, false); r.Kind != TVoid {
			t.Result = r
		}
	}
	for _, c := range m.classList {
		m.declareMembers(c)
	}
	for _, c := range m.classList {
		if _, ok := c.Methods["Main"]; ok && m.entry == nil {
			for _, mi := range c.Methods["Main"] {
				if mi.Static {
					m.entry = c
				}
			}
		}
	}
	for _, c := range m.classList {
		m.nameMembers(c)
	}
	m.findRoots()
	m.dedupNames()
	commentsDone()
	// Lower pass.
	if top != nil {
		m.lowerTopLevel(top)
	}
	for _, e := range m.enumList {
		m.lowerEnum(e)
	}
	m.lowerClasses()
	if m.usesJSON() {
		m.emitJSONClasses()
	}
	if m.entry != nil && top == nil {
		m.emitMain()
	}
}

// commentsAndGetType returns the comment map of units and whether they
// call GetType (isGetTypeCall): the comment map's walk meets every node, so
// it looks for the calls too, sparing a walk of its own.
func commentsAndGetType(units []*ast.CompilationUnit) (ast.CommentMap, bool) {
	cmap := ast.CommentMap{}
	found := false
	for _, cu := range units {
		for n, g := range ast.NewCommentMapVisiting(cu, func(n ast.Node) {
			if !found && isGetTypeCall(n) {
				found = true
			}
		}) {
			cmap[n] = g
		}
	}
	return cmap, found
}

// beside runs f on a goroutine of its own. The function it returns waits
// for f, and panics with what f panicked with, if anything, so that Map
// reports it as it reports a panic on its own goroutine.
func beside(f func()) (wait func()) {
	done := make(chan any, 1)
	go func() {
		defer func() {
			r := recover()
			if r != nil && debugStack {
				panic(r) // on the stack that panicked
			}
			done <- r
		}()
		f()
	}()
	return func() {
		if r := <-done; r != nil {
			panic(r)
		}
	}
}

// fileComments returns the comments before the first using, declaration
// or statement: the file's header, which becomes the Go package comment.
func fileComments(cu *ast.CompilationUnit) []string {
	first := -1
	for _, n := range []ast.Node{firstOf(cu.Usings), firstOf(cu.Members), firstOf(cu.Statements)} {
		if n != nil && (first < 0 || n.Start().Offset < first) {
			first = n.Start().Offset
		}
	}
	var out []string
	for _, g := range cu.Comments {
		if first >= 0 && g.EndPos.Offset > first {
			break
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, docLines(g)...)
	}
	return out
}

func firstOf[N ast.Node](list []N) ast.Node {
	if len(list) == 0 {
		return nil
	}
	return list[0]
}

// nestedTypes returns the type declarations nested in a class.
func nestedTypes(d *ast.ClassDecl) []ast.Decl {
	var out []ast.Decl
	for _, mem := range d.Members {
		switch mem.(type) {
		case *ast.ClassDecl, *ast.EnumDecl, *ast.DelegateDecl:
			out = append(out, mem)
		}
	}
	return out
}

func declKind(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.EnumDecl:
		return "enum"
	case *ast.DelegateDecl:
		return "delegate"
	case *ast.ClassDecl:
		return d.Kind.String()
	case *ast.EventDecl:
		return "event"
	case *ast.IndexerDecl:
		return "indexer"
	case *ast.OperatorDecl:
		return "operator"
	case *ast.DestructorDecl:
		return "finalizer"
	}
	return "this"
}

// typeRefName spells a (namespace or type) name with dots.
func typeRefName(t *ast.TypeRef) string {
	if t == nil {
		return ""
	}
	s := ""
	for i, p := range t.Parts {
		if i > 0 {
			s += "."
		}
		s += p.Name
	}
	return s
}

// docLines converts a `///` or `//` comment group into Go comment lines.
func docLines(g *ast.CommentGroup) []string {
	if g == nil {
		return nil
	}
	var out []string
	for _, c := range g.List {
		out = append(out, commentText(c)...)
	}
	return out
}
