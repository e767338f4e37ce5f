// This file implements Dump, the stable, indented text form of a tree used
// by the parser's golden tests and for debugging.

package ast

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Dump returns an indented, human-readable rendering of the tree rooted at
// n. Each node prints as `TypeName [line:col-line:col]` followed by its
// non-zero fields (and enums whose zero value has a name, such as `Kind:
// class`), one per line, indented by two spaces; list elements are
// prefixed by `- `. Types print compactly in C# syntax (`TypeRef
// "List<int>[]" [..]`), enums by their String, positions as line:col.
// Zero-valued fields are omitted, so the output only grows when fields are
// added.
func Dump(n Node) string {
	var d dumper
	d.node(reflect.ValueOf(n), 0)
	return d.b.String()
}

type dumper struct {
	b strings.Builder
}

var (
	positionType = reflect.TypeOf(Position{})
	spanType     = reflect.TypeOf(Span{})
	headerType   = reflect.TypeOf(DeclHeader{})
	stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
)

func (d *dumper) indent(depth int) {
	for i := 0; i < depth; i++ {
		d.b.WriteString("  ")
	}
}

func pos(p Position) string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// node writes v (a pointer to a node struct, possibly in an interface) as a
// header line and then its fields at depth+1.
func (d *dumper) node(v reflect.Value, depth int) {
	for v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil()) {
		d.b.WriteString("nil\n")
		return
	}
	if tr, ok := v.Interface().(*TypeRef); ok {
		fmt.Fprintf(&d.b, "TypeRef %q [%s-%s]\n", tr.String(), pos(tr.Pos), pos(tr.EndPos))
		return
	}
	switch x := v.Interface().(type) {
	case *Literal:
		// Compact: `Literal int 0x10 [..]`, then Value only when it reads
		// differently from Raw.
		fmt.Fprintf(&d.b, "Literal %s %s [%s-%s]\n", x.Kind, x.Raw, pos(x.Pos), pos(x.EndPos))
		if x.Value != nil {
			if val := scalar(reflect.ValueOf(x.Value)); val != x.Raw {
				d.indent(depth + 1)
				d.b.WriteString("Value: " + val + "\n")
			}
		}
		d.flag(depth+1, "Suffix", x.Suffix != "", strconv.Quote(x.Suffix))
		d.flag(depth+1, "Verbatim", x.Verbatim, "true")
		d.flag(depth+1, "RawStr", x.RawStr, "true")
		return
	case *SimpleName:
		fmt.Fprintf(&d.b, "SimpleName %q [%s-%s]\n", x.Name, pos(x.Pos), pos(x.EndPos))
		if x.TypeArgs != nil {
			d.indent(depth + 1)
			d.b.WriteString("TypeArgs:")
			d.value(reflect.ValueOf(x.TypeArgs), depth+1)
		}
		return
	case *Comment:
		fmt.Fprintf(&d.b, "Comment %s %q [%s-%s]\n", x.Kind, x.Text, pos(x.Pos), pos(x.EndPos))
		return
	}
	s := v
	if s.Kind() == reflect.Pointer {
		s = s.Elem()
	}
	d.b.WriteString(s.Type().Name())
	if sp, ok := s.Addr().Interface().(interface{ Start() Position }); ok {
		e := s.Addr().Interface().(interface{ End() Position })
		fmt.Fprintf(&d.b, " [%s-%s]", pos(sp.Start()), pos(e.End()))
	}
	d.b.WriteByte('\n')
	d.fields(s, depth+1)
}

func (d *dumper) flag(depth int, name string, set bool, val string) {
	if set {
		d.indent(depth)
		d.b.WriteString(name + ": " + val + "\n")
	}
}

func (d *dumper) fields(s reflect.Value, depth int) {
	t := s.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fv := s.Field(i)
		if f.Type == spanType {
			continue
		}
		if f.Type == headerType {
			d.fields(fv, depth)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if fv.IsZero() && !namedZero(fv) {
			continue
		}
		d.indent(depth)
		d.b.WriteString(f.Name)
		if fv.Kind() == reflect.Slice {
			d.b.WriteString(":")
		} else {
			d.b.WriteString(": ")
		}
		d.value(fv, depth)
	}
}

// value writes a field value after "Name: ".
func (d *dumper) value(v reflect.Value, depth int) {
	switch {
	case v.Type() == positionType:
		d.b.WriteString(pos(v.Interface().(Position)) + "\n")
		return
	case v.Kind() != reflect.Interface && v.Kind() != reflect.Pointer && v.Kind() != reflect.Slice && v.Type().Implements(stringerType):
		d.b.WriteString(v.Interface().(fmt.Stringer).String() + "\n")
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			d.b.WriteString("nil\n")
			return
		}
		e := v.Elem()
		if _, ok := e.Interface().(Node); ok {
			d.node(e, depth)
			return
		}
		d.b.WriteString(scalar(e) + "\n")
	case reflect.Pointer:
		if _, ok := v.Interface().(Node); ok {
			d.node(v, depth)
			return
		}
		d.value(v.Elem(), depth)
	case reflect.Slice:
		d.b.WriteByte('\n')
		for j := 0; j < v.Len(); j++ {
			d.indent(depth + 1)
			d.b.WriteString("- ")
			e := v.Index(j)
			if e.Kind() == reflect.Struct {
				d.b.WriteString(e.Type().Name() + "\n")
				d.fields(e, depth+3)
				continue
			}
			if e.Kind() == reflect.Pointer || e.Kind() == reflect.Interface {
				if e.IsNil() {
					d.b.WriteString("nil\n")
					continue
				}
				if _, ok := e.Interface().(Node); ok {
					d.node(e, depth+2)
					continue
				}
			}
			d.b.WriteString(scalar(e) + "\n")
		}
	case reflect.Struct:
		d.b.WriteString(v.Type().Name() + "\n")
		d.fields(v, depth+1)
	default:
		d.b.WriteString(scalar(v) + "\n")
	}
}

// namedZero reports whether v is the zero value of an enum whose zero has
// a name worth printing (`Kind: class`, `Kind: get`), as opposed to an
// absent value (OpNone, ParamNone, no Modifiers print as "").
func namedZero(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Int, reflect.Uint32:
		if st, ok := v.Interface().(fmt.Stringer); ok {
			return st.String() != ""
		}
	}
	return false
}

func scalar(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case string:
		return strconv.Quote(x)
	case rune:
		return fmt.Sprintf("%q", x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return fmt.Sprint(v.Interface())
}

// String renders the type in C# syntax (`global::System.Collections.Generic.List<int>?[]`).
func (t *TypeRef) String() string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t *TypeRef) write(b *strings.Builder) {
	if t.Alias != "" {
		b.WriteString(t.Alias + "::")
	}
	if t.TupleElems != nil {
		b.WriteByte('(')
		for i, e := range t.TupleElems {
			if i > 0 {
				b.WriteString(", ")
			}
			e.Type.write(b)
			if e.Name != "" {
				b.WriteString(" " + e.Name)
			}
		}
		b.WriteByte(')')
	}
	for i, p := range t.Parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.Name)
		if p.TypeArgs != nil {
			b.WriteByte('<')
			for j, a := range p.TypeArgs {
				if j > 0 {
					b.WriteByte(',')
					if a != nil {
						b.WriteByte(' ')
					}
				}
				if a != nil {
					a.write(b)
				}
			}
			b.WriteByte('>')
		}
	}
	if t.Nullable {
		b.WriteByte('?')
	}
	b.WriteString(strings.Repeat("*", t.Pointer))
	for _, r := range t.Ranks {
		b.WriteByte('[')
		b.WriteString(strings.Repeat(",", r-1))
		b.WriteByte(']')
	}
	if t.ArrayNullable {
		b.WriteByte('?')
	}
}

// Name returns the dotted name of a named type without type arguments
// (`System.Collections.Generic.List`), or "" for a tuple type.
func (t *TypeRef) Name() string {
	var b strings.Builder
	for i, p := range t.Parts {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(p.Name)
	}
	return b.String()
}
