// This file implements Merge, which turns the parsed files of a project into
// the one compilation unit the mapper translates: usings unioned, top-level
// statements from the one file allowed to have them, declarations
// concatenated, and the parts of each partial type joined into one
// declaration.
//
// C# scopes non-global usings to their file; the merged unit has one scope.
// That approximation changes meaning in two cases only: an alias defined
// differently in two files (`using Json = A;` here, `using Json = B;` there),
// which Merge reports, and a simple name that is unambiguous in each file
// but ambiguous once every file's namespaces are in scope, which the mapper
// reports as an unknown type at the use. A namespace brought in by one file
// but used unqualified only in another compiles here though csc would
// reject it: cs2go translates programs that compile, so that direction is
// harmless.

package project

import (
	"fmt"
	"path"
	"strings"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser/ast"
)

// Merge joins the compilation units of a project (in the order given, which
// is the order members and comments keep) into one. The result shares the
// units' nodes, except for namespace and partial type declarations, which
// are copies; Merge takes the units over: it renumbers their byte offsets
// so that files occupy consecutive ranges (see offsets.go), so call it
// once per parse. The diagnostics (sorted) are
// mapper.Error for what csc rejects (CS8802, CS0261, CS0262, CS0260,
// CS0101) and mapper.Unsupported for an alias the single scope cannot
// represent.
func Merge(units []*ast.CompilationUnit) (*ast.CompilationUnit, mapper.Diagnostics) {
	mg := &merger{parts: map[string][]*ast.ClassDecl{}, emitted: map[string]bool{}}
	out := &ast.CompilationUnit{}
	var names []string
	var topFile *ast.CompilationUnit
	if len(units) > 1 {
		base := 0
		for _, u := range units {
			base += shiftOffsets(u, base) + 1
		}
	}
	for _, u := range units {
		names = append(names, path.Base(u.Filename))
		if out.Pos.Filename == "" {
			out.Span = u.Span
		}
		out.Externs = append(out.Externs, u.Externs...)
		out.Attributes = append(out.Attributes, u.Attributes...)
		out.Comments = append(out.Comments, u.Comments...)
		out.Warnings = append(out.Warnings, u.Warnings...)
		if len(u.Statements) > 0 {
			if topFile != nil {
				mg.diags.Add(u.Statements[0].Start(), mapper.Error,
					"Only one compilation unit can have top-level statements (CS8802; %s has them too)", topFile.Filename)
			} else {
				topFile = u
				out.Statements = u.Statements
			}
		}
		mg.collectParts(u.Members, "")
	}
	// The generated file's header names its sources; base names keep it
	// short and path.Base(Filename) (what gen prints) intact.
	out.Filename = strings.Join(names, ", ")
	seenUsing := map[string]bool{}
	aliases := map[string]*ast.UsingDirective{}
	for _, u := range units {
		for _, d := range u.Usings {
			key := usingKey(d)
			if !seenUsing[key] {
				seenUsing[key] = true
				out.Usings = append(out.Usings, d)
			}
		}
		mg.checkAliases(u.Usings, aliases)
		mg.checkNamespaceAliases(u.Members, aliases)
	}
	for _, u := range units {
		out.Members = append(out.Members, mg.members(u.Members, "")...)
	}
	mg.diags.Sort()
	return out, mg.diags
}

type merger struct {
	// parts maps a partial type's key (see typeKey) to its declarations in
	// file order; emitted records the keys whose merged declaration has
	// been placed (at the first part).
	parts   map[string][]*ast.ClassDecl
	emitted map[string]bool
	diags   mapper.Diagnostics
}

// typeKey names a type declaration by its namespace, enclosing types, name
// and generic arity, as C# identifies partial declarations.
func typeKey(scope string, d *ast.ClassDecl) string {
	return fmt.Sprintf("%s/%s`%d", scope, d.Name, len(d.TypeParams))
}

func joinNS(outer, name string) string {
	if outer == "" {
		return name
	}
	return outer + "." + name
}

// collectParts records every class-like declaration by key. A scope is
// the dotted namespace ("Acme.Web"); nested types add "/Outer`0".
func (mg *merger) collectParts(members []ast.Decl, scope string) {
	for _, d := range members {
		switch d := d.(type) {
		case *ast.NamespaceDecl:
			mg.collectParts(d.Members, joinNS(scope, dottedName(d.Name)))
		case *ast.ClassDecl:
			key := typeKey(scope, d)
			mg.parts[key] = append(mg.parts[key], d)
			// Nested types of every part share the merged type's scope.
			mg.collectParts(nestedTypeDecls(d), key)
		}
	}
}

func nestedTypeDecls(d *ast.ClassDecl) []ast.Decl {
	var out []ast.Decl
	for _, m := range d.Members {
		if _, ok := m.(*ast.ClassDecl); ok {
			out = append(out, m)
		}
	}
	return out
}

// members copies a member list, replacing the first part of each partial
// type by the merged type and dropping the later parts. Namespaces left
// without members or usings are dropped.
func (mg *merger) members(list []ast.Decl, scope string) []ast.Decl {
	var out []ast.Decl
	for _, d := range list {
		switch d := d.(type) {
		case *ast.NamespaceDecl:
			ns := *d
			ns.Members = mg.members(d.Members, joinNS(scope, dottedName(d.Name)))
			if len(ns.Members) > 0 || len(ns.Usings) > 0 || len(ns.Externs) > 0 {
				out = append(out, &ns)
			}
		case *ast.ClassDecl:
			key := typeKey(scope, d)
			parts := mg.parts[key]
			if len(parts) < 2 {
				if hasNestedPartial(d) {
					c := *d
					c.Members = mg.members(d.Members, key)
					out = append(out, &c)
				} else {
					out = append(out, d)
				}
				continue
			}
			if mg.emitted[key] {
				continue
			}
			mg.emitted[key] = true
			if merged := mg.mergeParts(parts, scope); merged != nil {
				merged.Members = mg.members(merged.Members, key)
				out = append(out, merged)
			} else {
				// Not partial: keep every declaration; the mapper reports
				// the duplicate type as well.
				for _, p := range parts {
					out = append(out, p)
				}
			}
		default:
			out = append(out, d)
		}
	}
	return out
}

func hasNestedPartial(d *ast.ClassDecl) bool {
	for _, m := range d.Members {
		if c, ok := m.(*ast.ClassDecl); ok && (c.Modifiers.Has(ast.ModPartial) || hasNestedPartial(c)) {
			return true
		}
	}
	return false
}

// accessMods are the accessibility modifiers, which partial declarations
// must agree on when more than one states them.
const accessMods = ast.ModPublic | ast.ModPrivate | ast.ModProtected | ast.ModInternal | ast.ModFile

// mergeParts joins the declarations of one type. It returns nil when the
// declarations are not partial (a duplicate type, CS0101).
func (mg *merger) mergeParts(parts []*ast.ClassDecl, scope string) *ast.ClassDecl {
	first := parts[0]
	name := first.Name
	if ns := strings.SplitN(scope, "/", 2)[0]; ns != "" {
		name = ns + "." + name
	}
	anyPartial := false
	for _, p := range parts {
		anyPartial = anyPartial || p.Modifiers.Has(ast.ModPartial)
	}
	if !anyPartial {
		for _, p := range parts[1:] {
			mg.diags.Add(p.NamePos, mapper.Error, "the namespace already contains a definition for '%s' (CS0101; first declared at %s)",
				first.Name, posString(first.NamePos))
		}
		return nil
	}
	merged := *first
	merged.Members = nil
	merged.BaseTypes = nil
	merged.Attributes = nil
	merged.Constraints = nil
	var docs []*ast.Comment
	var access ast.Modifiers
	var accessFrom *ast.ClassDecl
	seenBase := map[string]bool{}
	seenConstraint := map[string]bool{}
	for _, p := range parts {
		if !p.Modifiers.Has(ast.ModPartial) {
			mg.diags.Add(p.NamePos, mapper.Error, "missing partial modifier on declaration of type '%s'; another partial declaration of this type exists (CS0260)", name)
		}
		if p.Kind != first.Kind {
			mg.diags.Add(p.NamePos, mapper.Error, "partial declarations of '%s' must be all classes, all records, all structs, or all interfaces (CS0261; %s at %s, %s here)",
				name, first.Kind, posString(first.NamePos), p.Kind)
		}
		if a := p.Modifiers & accessMods; a != 0 {
			if accessFrom != nil && a != access {
				mg.diags.Add(p.NamePos, mapper.Error, "partial declarations of '%s' have conflicting accessibility modifiers (CS0262; %s at %s, %s here)",
					name, access, posString(accessFrom.NamePos), a)
			} else if accessFrom == nil {
				access, accessFrom = a, p
			}
		}
		merged.Modifiers |= p.Modifiers &^ accessMods
		if p.Doc != nil {
			docs = append(docs, p.Doc.List...)
		}
		merged.Attributes = append(merged.Attributes, p.Attributes...)
		for _, b := range p.BaseTypes {
			if k := typeRefString(b); !seenBase[k] {
				seenBase[k] = true
				merged.BaseTypes = append(merged.BaseTypes, b)
			}
		}
		for _, c := range p.Constraints {
			if !seenConstraint[c.Param] {
				seenConstraint[c.Param] = true
				merged.Constraints = append(merged.Constraints, c)
			}
		}
		if merged.TypeParams == nil {
			merged.TypeParams = p.TypeParams
		}
		if p.HasParams && !merged.HasParams {
			merged.Params, merged.HasParams, merged.BaseArgs = p.Params, true, p.BaseArgs
		}
		merged.Members = append(merged.Members, p.Members...)
	}
	merged.Modifiers |= access
	if len(docs) > 0 {
		// One group with every part's lines: the mapper prints a type's
		// Doc, and each comment keeps its own file and position.
		merged.Doc = &ast.CommentGroup{Span: ast.Span{Pos: docs[0].Pos, EndPos: docs[len(docs)-1].EndPos}, List: docs}
	}
	merged.Members = dropPartialMethodDecls(merged.Members)
	return &merged
}

// dropPartialMethodDecls removes the defining declaration of a partial
// method (`partial void OnRequest(HttpListenerContext c);`) when another
// part implements it, so the mapper sees one method.
func dropPartialMethodDecls(members []ast.Decl) []ast.Decl {
	implemented := map[string]bool{}
	sig := func(m *ast.MethodDecl) string { return fmt.Sprintf("%s/%d", m.Name, len(m.Params)) }
	for _, d := range members {
		if m, ok := d.(*ast.MethodDecl); ok && m.Modifiers.Has(ast.ModPartial) && (m.Body != nil || m.ExprBody != nil) {
			implemented[sig(m)] = true
		}
	}
	out := members[:0:0]
	for _, d := range members {
		if m, ok := d.(*ast.MethodDecl); ok && m.Modifiers.Has(ast.ModPartial) && m.Body == nil && m.ExprBody == nil && implemented[sig(m)] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// usingKey identifies a using directive for de-duplication.
func usingKey(d *ast.UsingDirective) string {
	return fmt.Sprintf("%v/%v/%s=%s", d.Global, d.Static, d.Alias, typeRefString(d.Name))
}

// checkAliases reports an alias whose target differs from the one an
// earlier directive (in any file) gave it: in the single merged scope one
// of them would silently win.
func (mg *merger) checkAliases(list []*ast.UsingDirective, seen map[string]*ast.UsingDirective) {
	for _, d := range list {
		if d.Alias == "" {
			continue
		}
		prev, ok := seen[d.Alias]
		if !ok {
			seen[d.Alias] = d
			continue
		}
		if typeRefString(prev.Name) != typeRefString(d.Name) {
			mg.diags.Unsupported(d.Pos, fmt.Sprintf("using alias %s = %s, while %s makes %s = %s",
				d.Alias, typeRefString(d.Name), posString(prev.Pos), d.Alias, typeRefString(prev.Name)),
				"cs2go translates a project's files in one scope; rename one of the aliases")
		}
	}
}

func (mg *merger) checkNamespaceAliases(members []ast.Decl, seen map[string]*ast.UsingDirective) {
	for _, d := range members {
		if ns, ok := d.(*ast.NamespaceDecl); ok {
			mg.checkAliases(ns.Usings, seen)
			mg.checkNamespaceAliases(ns.Members, seen)
		}
	}
}

// dottedName spells a namespace name ("Acme.Web").
func dottedName(t *ast.TypeRef) string {
	if t == nil {
		return ""
	}
	var parts []string
	for _, p := range t.Parts {
		parts = append(parts, p.Name)
	}
	return strings.Join(parts, ".")
}

// typeRefString spells a type as written, with type arguments, so that
// `IComparable<Route>` and `IComparable<string>` stay different base types.
func typeRefString(t *ast.TypeRef) string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	if t.Alias != "" {
		b.WriteString(t.Alias + "::")
	}
	if len(t.TupleElems) > 0 {
		b.WriteByte('(')
		for i, e := range t.TupleElems {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(typeRefString(e.Type))
		}
		b.WriteByte(')')
	}
	for i, p := range t.Parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.Name)
		if len(p.TypeArgs) > 0 {
			b.WriteByte('<')
			for j, a := range p.TypeArgs {
				if j > 0 {
					b.WriteByte(',')
				}
				b.WriteString(typeRefString(a))
			}
			b.WriteByte('>')
		}
	}
	if t.Nullable {
		b.WriteByte('?')
	}
	for _, r := range t.Ranks {
		b.WriteString("[" + strings.Repeat(",", r-1) + "]")
	}
	return b.String()
}

// posString formats a position as file.cs:line:col for messages that point
// at a second place.
func posString(p ast.Position) string {
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}
