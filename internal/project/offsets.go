// This file implements the renumbering of byte offsets that lets one
// compilation unit hold several files.
//
// Positions carry Filename, Line and Column for messages, and a byte Offset
// that consumers use to order nodes and comments: ast.NewCommentMap sorts
// a unit's nodes by Offset and places each comment group between them, the
// mapper compares offsets to put comments before or after a statement and
// to find a file's leading comments. Offsets of different files overlap
// (every file starts at 0), so in a merged unit a comment of Server.cs
// would land next to a node of Program.cs. Merge therefore shifts each
// file's offsets past the previous file's: within a file their order and
// differences are unchanged, across files they follow the files' order,
// and lines, columns and file names — everything a user sees — stay as
// they were.

package project

import (
	"reflect"

	"github.com/cs2go/cs2go/parser/ast"
)

var positionType = reflect.TypeOf(ast.Position{})

// shiftOffsets adds delta to the Offset of every position reachable from
// cu (nodes, comments, warnings), each shared node once, and returns the
// largest offset it saw before shifting.
func shiftOffsets(cu *ast.CompilationUnit, delta int) int {
	s := &shifter{delta: delta, seen: map[uintptr]bool{}}
	s.walk(reflect.ValueOf(cu))
	return s.max
}

type shifter struct {
	delta int
	max   int
	seen  map[uintptr]bool
}

func (s *shifter) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || s.seen[v.Pointer()] {
			return
		}
		s.seen[v.Pointer()] = true
		s.walk(v.Elem())
	case reflect.Interface:
		if !v.IsNil() {
			s.walk(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			s.walk(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == positionType {
			if p := v.Addr().Interface().(*ast.Position); p.Line > 0 {
				s.max = max(s.max, p.Offset)
				p.Offset += s.delta
			}
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() {
				s.walk(f)
			}
		}
	}
}
