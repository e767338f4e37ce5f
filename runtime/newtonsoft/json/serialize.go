// This file implements JsonConvert.SerializeObject: Json.NET 13's default
// writer (JsonTextWriter with the default serializer settings) over the
// translated program's values, found through reflect.

package json

import (
	"math"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
)

// writer accumulates JSON text.
type writer struct {
	sb     strings.Builder
	indent bool
	depth  int
	// open are the objects and collections being written (their pointers),
	// to detect a reference loop as Json.NET's default
	// ReferenceLoopHandling.Error does instead of recursing forever.
	open []uintptr
	// path is the JSON path of the value being written, for error messages.
	path []string
}

var (
	charType     = reflect.TypeOf(system.Char(0))
	dateTimeType = reflect.TypeOf(system.DateTime{})
	timeSpanType = reflect.TypeOf(system.TimeSpan{})
	guidType     = reflect.TypeOf(system.Guid{})
	uriType      = reflect.TypeOf((*system.Uri)(nil))
	anyType      = reflect.TypeOf((*any)(nil)).Elem()
)

// serialize writes v as JSON text.
func serialize(v any, formatting Formatting) string {
	w := &writer{indent: formatting == FormattingIndented}
	w.value(reflect.ValueOf(v), "")
	return w.sb.String()
}

// newline starts a new line at the current depth (Indented only): Json.NET
// writes Environment.NewLine and two spaces per level.
func (w *writer) newline() {
	if !w.indent {
		return
	}
	w.sb.WriteString(system.EnvironmentNewLine())
	for i := 0; i < w.depth; i++ {
		w.sb.WriteString("  ")
	}
}

// pathString renders the current path (joinPath).
func (w *writer) pathString() string { return joinPath(w.path) }

// joinPath renders a path's parts as Json.NET does: "a.b[0].c".
func joinPath(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		if !strings.HasPrefix(p, "[") && sb.Len() > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// enter records a reference-typed value being written; it throws Json.NET's
// JsonSerializationException when the value is already open (a cycle).
// property names the member holding it, for the message.
func (w *writer) enter(v reflect.Value, property string) {
	p := v.Pointer()
	for _, o := range w.open {
		if o != p {
			continue
		}
		// The path is the container's: Json.NET has not written the
		// member's name yet.
		w.path = w.path[:max(len(w.path)-1, 0)]
		what := "for property '" + property + "' "
		if property == "" {
			what = ""
		}
		panic(NewJsonSerializationException("Self referencing loop detected " + what + "with type '" + typeName(v.Type()) + "'. Path '" + w.pathString() + "'."))
	}
	w.open = append(w.open, p)
}

func (w *writer) leave() { w.open = w.open[:len(w.open)-1] }

// value writes one value; property is the name of the member holding it.
func (w *writer) value(v reflect.Value, property string) {
	if !v.IsValid() {
		w.sb.WriteString("null")
		return
	}
	t := v.Type()
	switch t {
	case charType:
		w.str(system.CharToString(system.Char(v.Uint())))
		return
	case dateTimeType:
		w.str(isoDateTime(v.Interface().(system.DateTime)))
		return
	case timeSpanType:
		w.str(v.Interface().(system.TimeSpan).ToString())
		return
	case guidType:
		w.str(v.Interface().(system.Guid).ToString())
		return
	case uriType:
		if v.IsNil() {
			w.sb.WriteString("null")
		} else {
			w.str(v.Interface().(*system.Uri).OriginalString())
		}
		return
	}
	switch t.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			w.sb.WriteString("null")
			return
		}
		w.value(v.Elem(), property)
	case reflect.Pointer:
		if v.IsNil() {
			w.sb.WriteString("null")
			return
		}
		w.enter(v, property)
		defer w.leave()
		switch {
		case isList(t):
			w.array(v.MethodByName("Items").Call(nil)[0])
		case isDictionary(t):
			out := v.MethodByName("Keys").Call(nil)
			vals := v.MethodByName("Values").Call(nil)
			w.dictionary(out[0], vals[0])
		case t.Elem().Kind() == reflect.Struct:
			w.object(v.Elem(), v)
		default:
			w.value(v.Elem(), property)
		}
	case reflect.Struct:
		if isKeyValuePair(t) {
			w.keyValuePair(v)
			return
		}
		w.object(v, reflect.Value{})
	case reflect.Slice:
		if v.IsNil() {
			w.sb.WriteString("null")
			return
		}
		if t.Elem().Kind() == reflect.Uint8 && t.Elem() != charType {
			// byte[] is a base64 string in Json.NET.
			w.str(system.ConvertToBase64String(v.Bytes()))
			return
		}
		w.enter(v, property)
		defer w.leave()
		w.array(v)
	case reflect.Array:
		w.array(v)
	case reflect.Map:
		if v.IsNil() {
			w.sb.WriteString("null")
			return
		}
		keys := reflect.MakeSlice(reflect.SliceOf(t.Key()), 0, v.Len())
		vals := reflect.MakeSlice(reflect.SliceOf(t.Elem()), 0, v.Len())
		it := v.MapRange()
		for it.Next() {
			keys = reflect.Append(keys, it.Key())
			vals = reflect.Append(vals, it.Value())
		}
		w.dictionary(keys, vals)
	case reflect.String:
		w.str(v.String())
	case reflect.Bool:
		if v.Bool() {
			w.sb.WriteString("true")
		} else {
			w.sb.WriteString("false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.sb.WriteString(system.ObjectToString(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		w.sb.WriteString(system.ObjectToString(v.Uint()))
	case reflect.Float64:
		w.float(v.Float(), system.ObjectToString(v.Float()))
	case reflect.Float32:
		w.float(v.Float(), system.ObjectToString(float32(v.Float())))
	default:
		// Delegates and channels have no JSON form; Json.NET cannot
		// serialize a delegate either, so null is as good as any.
		w.sb.WriteString("null")
	}
}

// float writes a double as Json.NET 13 does: the shortest round-trip text
// ("R"), with ".0" added when it has neither a point nor an exponent;
// NaN and the infinities as strings (FloatFormatHandling.String).
func (w *writer) float(f float64, text string) {
	switch {
	case math.IsNaN(f):
		w.str("NaN")
	case math.IsInf(f, 1):
		w.str("Infinity")
	case math.IsInf(f, -1):
		w.str("-Infinity")
	default:
		w.sb.WriteString(text)
		if !strings.ContainsAny(text, ".eE") {
			w.sb.WriteString(".0")
		}
	}
}

// array writes the elements of a slice or array.
func (w *writer) array(v reflect.Value) {
	n := v.Len()
	if n == 0 {
		w.sb.WriteString("[]")
		return
	}
	w.sb.WriteByte('[')
	w.depth++
	for i := 0; i < n; i++ {
		if i > 0 {
			w.sb.WriteByte(',')
		}
		w.newline()
		w.path = append(w.path, "["+itoa(i)+"]")
		w.value(v.Index(i), "")
		w.path = w.path[:len(w.path)-1]
	}
	w.depth--
	w.newline()
	w.sb.WriteByte(']')
}

// property writes `"name":` (`"name": ` when indented) after the
// separator and line break of the member's position in the object.
func (w *writer) property(i int, name string) {
	if i > 0 {
		w.sb.WriteByte(',')
	}
	w.newline()
	w.str(name)
	w.sb.WriteByte(':')
	if w.indent {
		w.sb.WriteByte(' ')
	}
}

// dictionary writes parallel key and value slices as an object; keys are
// their ToString text, as Json.NET writes dictionary keys.
func (w *writer) dictionary(keys, vals reflect.Value) {
	if keys.Len() == 0 {
		w.sb.WriteString("{}")
		return
	}
	w.sb.WriteByte('{')
	w.depth++
	for i := 0; i < keys.Len(); i++ {
		name := keyString(keys.Index(i))
		w.property(i, name)
		w.path = append(w.path, name)
		w.value(vals.Index(i), name)
		w.path = w.path[:len(w.path)-1]
	}
	w.depth--
	w.newline()
	w.sb.WriteByte('}')
}

// keyString is the property name Json.NET writes for a dictionary key.
func keyString(k reflect.Value) string {
	switch k.Type() {
	case dateTimeType:
		return isoDateTime(k.Interface().(system.DateTime))
	}
	return system.ObjectToString(k.Interface())
}

// keyValuePair writes a KeyValuePair<K,V> as {"Key":k,"Value":v}.
func (w *writer) keyValuePair(v reflect.Value) {
	w.sb.WriteByte('{')
	w.depth++
	w.property(0, "Key")
	w.value(v.MethodByName("Key").Call(nil)[0], "Key")
	w.property(1, "Value")
	w.value(v.MethodByName("Value").Call(nil)[0], "Value")
	w.depth--
	w.newline()
	w.sb.WriteByte('}')
}

// object writes a program class's members; ptr is the struct's pointer
// (for property getters), or invalid for a struct value.
func (w *writer) object(v reflect.Value, ptr reflect.Value) {
	ms := membersOf(v.Type()).list
	if len(ms) == 0 {
		w.sb.WriteString("{}")
		return
	}
	if !ptr.IsValid() {
		// A struct value: getters have pointer receivers, so copy it.
		ptr = reflect.New(v.Type())
		ptr.Elem().Set(v)
	}
	w.sb.WriteByte('{')
	w.depth++
	for i, m := range ms {
		var mv reflect.Value
		if m.index != nil {
			mv = v.FieldByIndex(m.index)
		} else {
			if m.getter == "" {
				continue
			}
			g := ptr.MethodByName(m.getter)
			if !g.IsValid() || g.Type().NumIn() != 0 || g.Type().NumOut() != 1 {
				continue
			}
			mv = callGetter(g, m.name, v.Type())
		}
		w.property(i, m.name)
		w.path = append(w.path, m.name)
		w.value(mv, m.name)
		w.path = w.path[:len(w.path)-1]
	}
	w.depth--
	w.newline()
	w.sb.WriteByte('}')
}

// callGetter calls a property getter (see callAccessor).
func callGetter(getter reflect.Value, property string, class reflect.Type) reflect.Value {
	return callAccessor(getter, nil, "getting value from", property, class)[0]
}

// callAccessor calls a property getter or setter; an exception it throws
// becomes Json.NET's JsonSerializationException with the exception as the
// inner one: "Error getting value from 'P' on 'T'." (or "setting value to").
func callAccessor(fn reflect.Value, args []reflect.Value, action, property string, class reflect.Type) []reflect.Value {
	defer func() {
		if r := recover(); r != nil {
			inner, ok := r.(system.Exception)
			if !ok {
				panic(r)
			}
			e := &JsonSerializationException{}
			e.Init(e, JsonSerializationExceptionType, "Error "+action+" '"+property+"' on '"+typeName(class)+"'.", inner)
			panic(e)
		}
	}()
	return fn.Call(args)
}

// str writes a JSON string with Json.NET's default escaping: `"`, `\` and
// the control characters (\n \r \t \b \f by name, the others as \u00xx in
// lower-case hex), and U+0085, U+2028 and U+2029, which end lines in
// JavaScript. Nothing else: not <, > or &, and not non-ASCII.
func (w *writer) str(s string) {
	w.sb.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		size := 1
		switch {
		case c == '"':
			esc = `\"`
		case c == '\\':
			esc = `\\`
		case c == '\n':
			esc = `\n`
		case c == '\r':
			esc = `\r`
		case c == '\t':
			esc = `\t`
		case c == '\b':
			esc = `\b`
		case c == '\f':
			esc = `\f`
		case c < 0x20:
			esc = `\u00` + string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch r {
			case '\u0085':
				esc = `\u0085`
			case '\u2028':
				esc = `\u2028`
			case '\u2029':
				esc = `\u2029`
			}
		}
		if esc != "" {
			w.sb.WriteString(s[start:i])
			w.sb.WriteString(esc)
			start = i + size
		}
		i += size
	}
	w.sb.WriteString(s[start:])
	w.sb.WriteByte('"')
}

// isoDateTime is Json.NET's IsoDateFormat: "2024-01-02T03:04:05", a
// fraction without trailing zeros when there is one, then "Z" for UTC or
// the offset for local times (DateTimeZoneHandling.RoundtripKind).
func isoDateTime(d system.DateTime) string {
	return d.ToStringFormat("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK")
}

// typeName is the .NET name of a Go type in Json.NET's messages.
func typeName(t reflect.Type) string {
	if n := registeredName(t); n != "" {
		return n
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeName(t.Elem())
	case reflect.Slice:
		if t == reflect.TypeOf([]byte(nil)) {
			return "System.Byte[]"
		}
		return typeName(t.Elem()) + "[]"
	}
	switch t {
	case charType:
		return "System.Char"
	case dateTimeType:
		return "System.DateTime"
	case timeSpanType:
		return "System.TimeSpan"
	case guidType:
		return "System.Guid"
	}
	if t.PkgPath() == "" {
		if n := system.BuiltinTypeName(t); n != "" {
			return n
		}
	}
	if n := registeredName(t); n != "" {
		return n
	}
	name := t.Name()
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i]
	}
	return name
}
