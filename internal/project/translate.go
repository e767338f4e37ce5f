// This file implements Translate, the whole-project pipeline cmd/cs2go
// calls: parse every file, merge, find the entry point and the missing
// types, map, print.

package project

import (
	"bytes"
	"strings"
	"sync"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

// Result is the outcome of translating a project.
type Result struct {
	// Go is the generated file; nil when a file does not parse or printing
	// failed.
	Go []byte
	// Package is the Go package clause's name: "main" with an entry point,
	// else GoPackageName(RootNamespace).
	Package string
	// Entry is how the program starts (NoEntry: a library).
	Entry EntryKind
	// ParseErrors are the syntax errors of every file.
	ParseErrors parser.ErrorList
	// Diags are Merge's, EntryPoint's, MissingTypes' and the mapper's
	// diagnostics, sorted; parse errors are in ParseErrors only.
	Diags mapper.Diagnostics
	// Missing are the types used but not defined (also in Diags).
	Missing []MissingType
	// Files summarizes the diagnostics per file, for `cs2go check`.
	Files []FileSummary
}

// Translate translates the project's files as one Go file. Files that do
// not parse are left out of the merge, so the summary still reports the
// others (their uses of the failed files' types show up as unknown names);
// Go stays nil then, as a partial program must not be written.
func Translate(p *Project, opts gen.Options) Result {
	var r Result
	var units []*ast.CompilationUnit
	for _, f := range p.Files {
		cu, err := parser.Parse(f.Path, f.Src)
		if err != nil {
			r.ParseErrors = append(r.ParseErrors, ParseErrors(f.Path, err)...)
			continue
		}
		units = append(units, cu)
	}
	tb, tbErr := mapper.DefaultTable()
	if len(units) > 0 {
		cu, diags := Merge(units)
		r.Diags = append(r.Diags, diags...)
		var ediags mapper.Diagnostics
		r.Entry, _, ediags = EntryPoint(cu)
		r.Diags = append(r.Diags, ediags...)
		r.Entry = applyOutputType(p, cu, r.Entry, &r.Diags)
		// MissingTypes and Map only read the merged tree, so they run side
		// by side: on a 14,000-line program MissingTypes is a twentieth of
		// the translation.
		var missing sync.WaitGroup
		if tbErr == nil {
			missing.Go(func() { r.Missing = MissingTypes(cu, tb) })
		}
		f, mdiags := mapper.Map(cu)
		missing.Wait()
		for _, m := range r.Missing {
			r.Diags = append(r.Diags, m.Diagnostic())
		}
		r.Diags = append(r.Diags, dropMissingTypeUses(mdiags, r.Missing)...)
		r.Package = "main"
		if r.Entry == NoEntry {
			r.Package = GoPackageName(p.RootNamespace)
		}
		if len(r.ParseErrors) == 0 {
			out, err := gen.Generate(f, opts)
			if err != nil {
				r.Diags.Add(cu.Pos, mapper.Internal, "internal error: generated Go does not format: %v", firstLine(err.Error()))
			} else {
				r.Go = setPackage(out, r.Package)
			}
		}
	}
	r.ParseErrors.Sort()
	r.Diags.Sort()
	r.Files = Summarize(p.Files, r.ParseErrors, r.Diags)
	return r
}

// applyOutputType lets a .csproj's OutputType decide, as csc does: a
// Library is a library even with a Main (it is an ordinary method then) and
// cannot have top-level statements (CS8805); an Exe needs an entry point
// (CS5001). Loose files and folders (no OutputType) are what their code
// says.
func applyOutputType(p *Project, cu *ast.CompilationUnit, entry EntryKind, diags *mapper.Diagnostics) EntryKind {
	switch {
	case strings.EqualFold(p.OutputType, "Library") && entry == TopLevel:
		diags.Add(cu.Statements[0].Start(), mapper.Error,
			"program using top-level statements must be an executable (CS8805; %s has OutputType Library)", p.ProjectFile)
		return NoEntry
	case strings.EqualFold(p.OutputType, "Library"):
		return NoEntry
	case p.OutputType != "" && entry == NoEntry:
		diags.Add(ast.Position{Filename: p.ProjectFile, Line: 1, Column: 1}, mapper.Error,
			"program does not contain a static 'Main' method suitable for an entry point (CS5001; OutputType is %s)", p.OutputType)
	}
	return entry
}

// dropMissingTypeUses removes the mapper's per-use diagnostics about the
// missing types ("unsupported: type JsonConvert (...)", "unsupported:
// JsonConvert (...)", "unknown name JsonConvert"), so each missing type is reported once, by MissingTypes.
// It matches the mapper's messages; it goes away when the mapper takes the
// list of missing types and declares stubs for them.
func dropMissingTypeUses(diags mapper.Diagnostics, missing []MissingType) mapper.Diagnostics {
	if len(missing) == 0 {
		return diags
	}
	names := map[string]bool{}
	for _, m := range missing {
		names[m.Name] = true
		names[m.Name[strings.LastIndexByte(m.Name, '.')+1:]] = true
	}
	var out mapper.Diagnostics
	for _, d := range diags {
		name := ""
		if rest, ok := strings.CutPrefix(d.Msg, "unsupported: "); ok {
			name, _, _ = strings.Cut(strings.TrimPrefix(rest, "type "), " ")
		} else if rest, ok := strings.CutPrefix(d.Msg, "unknown name "); ok {
			name = rest
		}
		if name != "" && names[name] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// setPackage rewrites gen's `package main` clause. It stands in for the
// hook gen.Options.Package (the package clause's name; no func main when it
// is not "main"), which gen does not have yet; the mapper emits no func
// main without an entry point already.
func setPackage(src []byte, name string) []byte {
	if name == "main" {
		return src
	}
	const clause = "\npackage main\n"
	i := bytes.Index(src, []byte(clause))
	if i < 0 {
		return src
	}
	return append(append(append([]byte{}, src[:i]...), "\npackage "+name+"\n"...), src[i+len(clause):]...)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
