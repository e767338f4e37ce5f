// This file implements Translate, the whole pipeline (parse, map, print)
// used by the cs2go command and the golden tests.

package gen

import (
	"errors"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

// Result is the outcome of translating one C# file.
type Result struct {
	// Go is the generated source; nil when the input does not parse or
	// printing failed.
	Go []byte
	// Diags are the parse errors or the mapper's diagnostics, sorted.
	Diags mapper.Diagnostics
	// SyntaxErrors is set when the input is not valid C#.
	SyntaxErrors bool
}

// Source is one C# file of a program.
type Source struct {
	Name string
	Src  []byte
}

// Translate parses, maps and prints one C# file.
func Translate(filename string, src []byte, opts Options) Result {
	return TranslateFiles([]Source{{Name: filename, Src: src}}, opts)
}

// TranslateFiles parses, maps and prints the files of one program (a
// project) into one Go file.
func TranslateFiles(files []Source, opts Options) Result {
	var units []*ast.CompilationUnit
	var r Result
	for _, file := range files {
		cu, err := parser.Parse(file.Name, file.Src)
		if err == nil {
			units = append(units, cu)
			continue
		}
		r.SyntaxErrors = true
		var list parser.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				r.Diags = append(r.Diags, mapper.Diagnostic{Pos: e.Pos, Severity: mapper.Error, Msg: e.Msg})
			}
		} else {
			r.Diags = append(r.Diags, mapper.Diagnostic{Pos: ast.Position{Filename: file.Name, Line: 1, Column: 1}, Severity: mapper.Error, Msg: err.Error()})
		}
	}
	if r.SyntaxErrors || len(units) == 0 {
		r.SyntaxErrors = true
		r.Diags.Sort()
		return r
	}
	filename := files[0].Name
	f, diags := mapper.Map(units[0], units[1:]...)
	out, err := Generate(f, opts)
	if err != nil {
		diags = append(diags, mapper.Diagnostic{Pos: ast.Position{Filename: filename, Line: 1, Column: 1}, Severity: mapper.Internal,
			Msg: "internal error: generated Go does not format: " + firstLine(err.Error())})
		if debugRender {
			println(err.Error())
		}
		diags.Sort()
		return Result{Diags: diags}
	}
	return Result{Go: out, Diags: diags}
}

// debugRender prints the unformatted source of a render failure (tests).
var debugRender = false

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}
