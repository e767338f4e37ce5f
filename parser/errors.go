// This file implements the parser's diagnostics: Error, a positioned
// message, and ErrorList, the collected, sorted list Parse returns.

package parser

import (
	"fmt"
	"sort"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// maxErrors bounds the diagnostics collected for one file, so garbage input
// cannot make error reporting the slow path.
const maxErrors = 50

// Error is one diagnostic about C# input. It implements participle.Error.
type Error struct {
	Pos lexer.Position
	Msg string
}

// Error formats the diagnostic as `file.cs:line:col: message`.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Pos.Filename, e.Pos.Line, e.Pos.Column, e.Msg)
}

// Message returns the message without position (participle.Error).
func (e *Error) Message() string { return e.Msg }

// Position returns the position of the diagnostic (participle.Error).
func (e *Error) Position() lexer.Position { return e.Pos }

// ErrorList is a list of diagnostics; Parse returns one (as error) when the
// input is not valid C#.
type ErrorList []*Error

// Add appends a diagnostic.
func (l *ErrorList) Add(pos lexer.Position, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	*l = append(*l, &Error{Pos: pos, Msg: msg})
}

// Sort orders the list by file, line and column (stable for equal
// positions).
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

// RemoveMultiples sorts the list and keeps only the first diagnostic of
// each line: later ones on the same line are usually consequences of it.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	out := (*l)[:0]
	var last lexer.Position
	for i, e := range *l {
		if i == 0 || e.Pos.Filename != last.Filename || e.Pos.Line != last.Line {
			out = append(out, e)
			last = e.Pos
		}
	}
	*l = out
}

// Err returns the list as an error, or nil if it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error prints one diagnostic per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}
