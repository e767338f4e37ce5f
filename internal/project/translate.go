// This file implements Translate, the whole-project pipeline cmd/cs2go
// calls: parse every file, merge, find the entry point and the missing
// types, map, print.

package project

import (
	"bytes"
	"strings"

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
		if tbErr == nil {
			r.Missing = MissingTypes(cu, tb)
			for _, m := range r.Missing {
				r.Diags = append(r.Diags, m.Diagnostic())
			}
		}
		f, mdiags := mapper.Map(cu)
		r.Diags = append(r.Diags, mdiags...)
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
