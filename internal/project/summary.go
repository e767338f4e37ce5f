// This file implements the per-file summary of `cs2go check DIR`: which
// files translate fully, which with unsupported spots (panics in the
// output), which fail to parse, and the totals — what a user converting a
// project needs to read at a glance before the diagnostics themselves.

package project

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

// Status is the outcome of translating one file.
type Status int

const (
	// Translated: no diagnostics.
	Translated Status = iota
	// Partial: translated, with unsupported constructs or errors that
	// become panics in the output.
	Partial
	// Failed: the file does not parse; nothing of it is translated.
	Failed
)

// FileSummary is the outcome for one file.
type FileSummary struct {
	Path   string
	Status Status
	// Unsupported counts mapper.Unsupported diagnostics (missing types
	// included), Errors mapper.Error and mapper.Internal ones, SyntaxErrors
	// the parser's.
	Unsupported, Errors, SyntaxErrors int
}

// ProjectPath is the FileSummary.Path of diagnostics that belong to no
// file of the project (an internal error positioned at the merged unit).
const ProjectPath = "(project)"

// Summarize counts the diagnostics of each file. parseErrs are the
// parser's errors for all files (each *parser.Error names its file);
// diags are the mapper's (and Merge's, EntryPoint's, MissingTypes')
// diagnostics for the merged unit. Files keep their order.
func Summarize(files []File, parseErrs parser.ErrorList, diags mapper.Diagnostics) []FileSummary {
	out := make([]FileSummary, len(files))
	index := map[string]int{}
	for i, f := range files {
		out[i].Path = f.Path
		index[f.Path] = i
	}
	row := func(pos ast.Position) *FileSummary {
		if i, ok := index[pos.Filename]; ok {
			return &out[i]
		}
		if len(out) == len(files) {
			out = append(out, FileSummary{Path: ProjectPath})
		}
		return &out[len(out)-1]
	}
	for _, e := range parseErrs {
		row(e.Pos).SyntaxErrors++
	}
	for _, d := range diags {
		r := row(d.Pos)
		if d.Severity == mapper.Unsupported {
			r.Unsupported++
		} else {
			r.Errors++
		}
	}
	for i := range out {
		s := &out[i]
		switch {
		case s.SyntaxErrors > 0:
			s.Status = Failed
		case s.Unsupported+s.Errors > 0:
			s.Status = Partial
		}
	}
	return out
}

// ParseErrors extracts the parser's diagnostics from parser.Parse's error
// (an ErrorList; any other error becomes one diagnostic at file:1:1).
func ParseErrors(filename string, err error) parser.ErrorList {
	if err == nil {
		return nil
	}
	if l, ok := err.(parser.ErrorList); ok {
		return l
	}
	return parser.ErrorList{{Pos: ast.Position{Filename: filename, Line: 1, Column: 1}, Msg: err.Error()}}
}

// FormatSummary writes the summary as an aligned table and a totals line:
//
//	Program.cs         translated fully
//	Server.cs          translated, 2 unsupported spots
//	Legacy.cs          failed: 3 syntax errors
//	3 files: 1 translated fully, 1 with 2 unsupported spots, 1 failed
func FormatSummary(w io.Writer, sums []FileSummary) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	var full, partial, failed, unsup, errs, files int
	for _, s := range sums {
		unsup += s.Unsupported
		errs += s.Errors
		if s.Path == ProjectPath {
			// Not a file: its counts go to the totals only.
			fmt.Fprintf(tw, "%s\t%s\n", s.Path, counts(s.Unsupported, s.Errors+s.SyntaxErrors))
			continue
		}
		files++
		var status string
		switch s.Status {
		case Translated:
			full++
			status = "translated fully"
		case Partial:
			partial++
			status = "translated, " + counts(s.Unsupported, s.Errors)
		case Failed:
			failed++
			status = "failed: " + plural(s.SyntaxErrors, "syntax error")
		}
		fmt.Fprintf(tw, "%s\t%s\n", s.Path, status)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	total := fmt.Sprintf("%s: %d translated fully", plural(files, "file"), full)
	if partial > 0 {
		total += fmt.Sprintf(", %d with %s", partial, counts(unsup, errs))
	}
	total += fmt.Sprintf(", %d failed", failed)
	_, err := fmt.Fprintln(w, total)
	return err
}

func counts(unsup, errs int) string {
	var parts []string
	if unsup > 0 {
		parts = append(parts, plural(unsup, "unsupported spot"))
	}
	if errs > 0 {
		parts = append(parts, plural(errs, "error"))
	}
	return strings.Join(parts, " and ")
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
