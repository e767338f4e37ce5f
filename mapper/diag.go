// This file implements Diagnostics, the positioned messages about C# input
// that the mapper collects instead of stopping at the first problem.

package mapper

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// Severity tells errors (the input is not translated faithfully) from notes.
type Severity int

const (
	// Unsupported marks a construct the translator cannot translate; the
	// generated code panics there (default mode) or nothing is written
	// (--strict).
	Unsupported Severity = iota
	// Error marks invalid C# (unknown names, wrong argument counts).
	Error
	// Internal marks a translator bug caught by the last-resort recover.
	Internal
)

// Diagnostic is one message about the C# input, reported as
// `file.cs:line:col: message`.
type Diagnostic struct {
	Pos      ast.Position
	Severity Severity
	Msg      string
}

// String formats the diagnostic as `file.cs:line:col: message`.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", d.Pos.Filename, d.Pos.Line, d.Pos.Column, d.Msg)
}

// Diagnostics is a list of diagnostics, in the style of go/scanner's
// ErrorList: collect with Add, then Sort to order by position and drop
// duplicates.
type Diagnostics []Diagnostic

// Add appends a diagnostic.
func (l *Diagnostics) Add(pos ast.Position, sev Severity, format string, args ...any) {
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Msg: fmt.Sprintf(format, args...)})
}

// Unsupported appends `unsupported: what (hint)`; the hint says why or what
// to do instead.
func (l *Diagnostics) Unsupported(pos ast.Position, what, hint string) {
	msg := "unsupported: " + what
	if hint != "" {
		msg += " (" + hint + ")"
	}
	*l = append(*l, Diagnostic{Pos: pos, Severity: Unsupported, Msg: msg})
}

// Sort orders the list by file, line, column and message, and removes exact
// duplicates (the same message at the same position): a construct reached
// twice (for example a property used as getter and setter) is reported once.
func (l *Diagnostics) Sort() {
	s := *l
	sort.SliceStable(s, func(i, j int) bool {
		a, b := s[i], s[j]
		if a.Pos.Filename != b.Pos.Filename {
			return a.Pos.Filename < b.Pos.Filename
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Column != b.Pos.Column {
			return a.Pos.Column < b.Pos.Column
		}
		return a.Msg < b.Msg
	})
	out := s[:0]
	for i, d := range s {
		if i > 0 && d.Pos.Filename == s[i-1].Pos.Filename && d.Pos.Line == s[i-1].Pos.Line &&
			d.Pos.Column == s[i-1].Pos.Column && d.Msg == s[i-1].Msg {
			continue
		}
		out = append(out, d)
	}
	*l = out
}

// Count returns how many diagnostics have severity sev.
func (l Diagnostics) Count(sev Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == sev {
			n++
		}
	}
	return n
}

// Error joins the diagnostics one per line, so a Diagnostics can be returned
// as an error.
func (l Diagnostics) Error() string {
	var sb strings.Builder
	for i, d := range l {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(d.String())
	}
	return sb.String()
}

// Err returns l as an error, or nil when l is empty.
func (l Diagnostics) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
