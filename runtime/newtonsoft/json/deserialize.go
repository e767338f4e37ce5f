// This file implements JsonConvert.DeserializeObject<T>: Json.NET 13's
// lenient JsonTextReader (comments, single-quoted strings, unquoted property
// names, trailing commas) feeding its default deserializer, with Json.NET's
// exception classes and messages, including the path, line and position.

package json

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/generic"
)

// reader reads JSON text and binds it to Go values.
type reader struct {
	s string
	i int // byte offset of the next character
	// line is the 1-based line of offset i; lineStart the offset where it
	// starts. Json.NET counts positions in UTF-16 code units on the line.
	line, lineStart int
	path            []string
	// depth counts the objects and arrays open, for Json.NET 13's default
	// MaxDepth of 64 (which also bounds the recursion).
	depth int
}

// maxDepth is JsonSerializerSettings.MaxDepth's default since Json.NET 13.
const maxDepth = 64

// enter opens an object or array at offset open, enforcing maxDepth.
func (r *reader) enter(open int) {
	r.depth++
	if r.depth > maxDepth {
		r.fail("The reader's MaxDepth of "+itoa(maxDepth)+" has been exceeded.", open+1)
	}
}

// tokenKind tells primitive JSON values apart.
type tokenKind int

const (
	tokString tokenKind = iota
	tokNumber
	tokBool
	tokNull
	tokFloat // NaN, Infinity, -Infinity
)

// token is one primitive value: its kind, its text (a string's value, a
// number's digits), and the offset just after it, where Json.NET reports
// errors about the value.
type token struct {
	kind tokenKind
	text string
	b    bool
	f    float64
	end  int
}

// deserialize reads s into a new value of type t.
func deserialize(s string, t reflect.Type) reflect.Value {
	r := &reader{s: s, line: 1}
	out := reflect.New(t).Elem()
	r.skip()
	if r.eof() {
		// Json.NET returns null for text with no JSON content.
		return out
	}
	r.value(out)
	r.skip()
	if !r.eof() {
		c, _ := r.peekRune()
		r.fail("Additional text encountered after finished reading JSON content: "+string(c)+".", r.i)
	}
	return out
}

func (r *reader) eof() bool { return r.i >= len(r.s) }

func (r *reader) peekRune() (rune, int) { return utf8.DecodeRuneInString(r.s[r.i:]) }

// position is Json.NET's LinePosition of offset at: UTF-16 code units
// from the start of its line.
func (r *reader) position(at int) int {
	n := 0
	for _, c := range r.s[r.lineStart:min(at, len(r.s))] {
		n += utf16.RuneLen(c)
		if c == utf8.RuneError {
			n = n - utf16.RuneLen(c) + 1
		}
	}
	return n
}

func (r *reader) pathString() string { return joinPath(r.path) }

// fail throws a JsonReaderException reporting offset at.
func (r *reader) fail(message string, at int) {
	e := NewJsonReaderException(withPosition(message, r.pathString(), r.line, r.position(at)))
	e.lineNumber, e.linePosition, e.path = int32(r.line), int32(r.position(at)), r.pathString()
	panic(e)
}

// failBinding throws a JsonSerializationException reporting offset at.
func (r *reader) failBinding(message string, at int) {
	e := NewJsonSerializationException(withPosition(message, r.pathString(), r.line, r.position(at)))
	e.lineNumber, e.linePosition, e.path = int32(r.line), int32(r.position(at)), r.pathString()
	panic(e)
}

// skip passes white space and comments, counting lines.
func (r *reader) skip() {
	for r.i < len(r.s) {
		switch c := r.s[r.i]; c {
		case '\n':
			r.i++
			r.line, r.lineStart = r.line+1, r.i
		case '\r':
			r.i++
			if r.i < len(r.s) && r.s[r.i] == '\n' {
				r.i++
			}
			r.line, r.lineStart = r.line+1, r.i
		case ' ', '\t', '\f', '\v':
			r.i++
		case '/':
			if strings.HasPrefix(r.s[r.i:], "//") {
				for r.i < len(r.s) && r.s[r.i] != '\n' && r.s[r.i] != '\r' {
					r.i++
				}
				continue
			}
			if strings.HasPrefix(r.s[r.i:], "/*") {
				end := strings.Index(r.s[r.i+2:], "*/")
				if end < 0 {
					r.i = len(r.s)
					r.fail("Unexpected end while parsing comment.", r.i)
				}
				for _, ch := range r.s[r.i : r.i+2+end+2] {
					r.i += utf8.RuneLen(ch)
					if ch == '\n' {
						r.line, r.lineStart = r.line+1, r.i
					}
				}
				continue
			}
			return
		default:
			if c == 0xC2 && strings.HasPrefix(r.s[r.i:], "\u00a0") {
				r.i += 2 // no-break space, which .NET counts as white space
				continue
			}
			return
		}
	}
}

// value reads the next value into v (settable).
func (r *reader) value(v reflect.Value) {
	r.skip()
	if r.eof() {
		r.failBinding("Unexpected end when reading JSON.", r.i)
	}
	switch r.s[r.i] {
	case '{':
		r.object(v)
	case '[':
		r.array(v)
	default:
		r.assign(v, r.primitive())
	}
}

// primitive reads a string, number or literal.
func (r *reader) primitive() token {
	start := r.i
	c := r.s[r.i]
	switch {
	case c == '"' || c == '\'':
		s := r.quoted(c)
		return token{kind: tokString, text: s, end: r.i}
	case c == '-' || c >= '0' && c <= '9' || c == '.':
		if strings.HasPrefix(r.s[r.i:], "-Infinity") {
			r.i += len("-Infinity")
			return token{kind: tokFloat, f: math.Inf(-1), text: "-Infinity", end: r.i}
		}
		for r.i < len(r.s) && strings.IndexByte("0123456789+-.eExXabcdefABCDEF", r.s[r.i]) >= 0 {
			r.i++
		}
		if !r.eof() && !isDelimiter(r.s[r.i]) {
			ch, n := r.peekRune()
			r.fail("Unexpected character encountered while parsing number: "+string(ch)+".", r.i+n)
		}
		return token{kind: tokNumber, text: r.s[start:r.i], end: r.i}
	}
	for _, lit := range []struct {
		text string
		tok  token
	}{
		{"true", token{kind: tokBool, b: true}},
		{"false", token{kind: tokBool}},
		{"null", token{kind: tokNull}},
		{"undefined", token{kind: tokNull}},
		{"NaN", token{kind: tokFloat, f: math.NaN()}},
		{"Infinity", token{kind: tokFloat, f: math.Inf(1)}},
	} {
		if c != lit.text[0] {
			continue
		}
		if !strings.HasPrefix(r.s[r.i:], lit.text) || r.i+len(lit.text) < len(r.s) && !isDelimiter(r.s[r.i+len(lit.text)]) {
			what := map[byte]string{'t': "boolean", 'f': "boolean", 'n': "null", 'u': "undefined", 'N': "NaN", 'I': "Infinity"}[c]
			r.fail("Error parsing "+what+" value.", r.i+1)
		}
		r.i += len(lit.text)
		t := lit.tok
		t.text, t.end = lit.text, r.i
		return t
	}
	ch, n := r.peekRune()
	if ch == '}' || ch == ']' {
		n = 0 // a closing bracket is reported before it, other characters after
	}
	r.fail("Unexpected character encountered while parsing value: "+string(ch)+".", r.i+n)
	return token{}
}

// isDelimiter reports whether c may follow a number or literal.
func isDelimiter(c byte) bool {
	return strings.IndexByte(" \t\r\n\f\v,]}/)", c) >= 0
}

// quoted reads a string delimited by q, decoding escapes.
func (r *reader) quoted(q byte) string {
	r.i++
	var sb strings.Builder
	start := r.i
	for {
		if r.i >= len(r.s) {
			r.fail("Unterminated string. Expected delimiter: "+string(q)+".", len(r.s))
		}
		c := r.s[r.i]
		switch {
		case c == q:
			sb.WriteString(r.s[start:r.i])
			r.i++
			return sb.String()
		case c == '\n':
			r.i++
			r.line, r.lineStart = r.line+1, r.i
		case c == '\\':
			sb.WriteString(r.s[start:r.i])
			r.i++
			if r.i >= len(r.s) {
				r.fail("Unterminated string. Expected delimiter: "+string(q)+".", len(r.s))
			}
			e := r.s[r.i]
			r.i++
			switch e {
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			case 't':
				sb.WriteByte('\t')
			case '"', '\'', '\\', '/':
				sb.WriteByte(e)
			case 'u':
				u, ok := r.hex4()
				if !ok {
					r.fail("Unexpected end while parsing Unicode escape sequence.", r.i)
				}
				if utf16.IsSurrogate(rune(u)) && strings.HasPrefix(r.s[r.i:], `\u`) {
					save := r.i
					r.i += 2
					if lo, ok := r.hex4(); ok {
						if c := utf16.DecodeRune(rune(u), rune(lo)); c != utf8.RuneError {
							sb.WriteRune(c)
							break
						}
					}
					r.i = save
				}
				sb.WriteRune(rune(u))
			default:
				ch, _ := utf8.DecodeRuneInString(r.s[r.i-1:])
				r.fail(`Bad JSON escape sequence: \`+string(ch)+".", r.i)
			}
			start = r.i
			continue
		default:
			r.i++
		}
	}
}

func (r *reader) hex4() (uint16, bool) {
	if r.i+4 > len(r.s) {
		return 0, false
	}
	u, err := strconv.ParseUint(r.s[r.i:r.i+4], 16, 16)
	if err != nil {
		return 0, false
	}
	r.i += 4
	return uint16(u), true
}

// propertyName reads an object's property name: quoted, or an unquoted
// identifier as Json.NET accepts.
func (r *reader) propertyName() string {
	c := r.s[r.i]
	if c == '"' || c == '\'' {
		return r.quoted(c)
	}
	start := r.i
	for r.i < len(r.s) {
		ch, n := r.peekRune()
		if ch == '_' || ch == '$' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch >= utf8.RuneSelf {
			r.i += n
			continue
		}
		break
	}
	if r.i == start {
		ch, n := r.peekRune()
		r.fail("Invalid property identifier character: "+string(ch)+".", r.i+n)
	}
	return r.s[start:r.i]
}

// skipValue reads and drops one value (an unknown member's).
func (r *reader) skipValue() {
	var sink any
	r.value(reflect.ValueOf(&sink).Elem())
}

// object reads a JSON object into v.
func (r *reader) object(v reflect.Value) {
	open := r.i
	t := v.Type()
	// each is called for every property, positioned at its value.
	var each func(name string)
	switch {
	case t.Kind() == reflect.Interface && t.NumMethod() == 0:
		d := generic.NewDictionary[string, any]()
		v.Set(reflect.ValueOf(d))
		each = func(name string) {
			var x any
			r.value(reflect.ValueOf(&x).Elem())
			d.Set(name, x)
		}
	case isDictionary(t):
		d := v
		if d.IsNil() {
			d = newDictionary(t)
			v.Set(d)
		}
		set := d.MethodByName("Set")
		keyType, vt := set.Type().In(0), set.Type().In(1)
		each = func(name string) {
			key := r.convertKey(name, keyType)
			x := reflect.New(vt).Elem()
			r.value(x)
			set.Call([]reflect.Value{key, x})
		}
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && !isList(t) && t != uriType,
		t.Kind() == reflect.Struct && isClassStruct(t):
		var obj reflect.Value // the struct's pointer
		switch {
		case t.Kind() != reflect.Pointer:
			obj = v.Addr()
		case !v.IsNil():
			obj = v // Json.NET fills the object a member already holds
		default:
			obj = construct(t)
			v.Set(obj)
		}
		ms := membersOf(obj.Type().Elem())
		each = func(name string) {
			m := ms.find(name)
			switch {
			case m == nil:
				r.skipValue()
			case m.index != nil:
				f := obj.Elem().FieldByIndex(m.index)
				if m.readOnly && !r.fills(f) {
					r.skipValue()
					return
				}
				r.value(f)
			default:
				// Only a JSON object or array can fill what the property
				// holds, so only then is the getter asked.
				get := obj.MethodByName(m.getter)
				if (r.s[r.i] == '{' || r.s[r.i] == '[') && m.getter != "" && get.IsValid() && get.Type().NumIn() == 0 && get.Type().NumOut() == 1 {
					cur := reflect.New(get.Type().Out(0)).Elem()
					cur.Set(callGetter(get, m.name, obj.Type()))
					if r.fills(cur) {
						r.value(cur)
						return
					}
				}
				set := obj.MethodByName(m.setter)
				if m.setter == "" || !set.IsValid() || set.Type().NumIn() != 1 {
					r.skipValue()
					return
				}
				x := reflect.New(set.Type().In(0)).Elem()
				r.value(x)
				callSetter(set, x, m.name, obj.Type())
			}
		}
	case t.Kind() == reflect.Slice || isList(t):
		r.failBinding("Cannot deserialize the current JSON object (e.g. {\"name\":\"value\"}) into type '"+collectionName(t)+
			"' because the type requires a JSON array (e.g. [1,2,3]) to deserialize correctly.\n"+
			"To fix this error either change the JSON to a JSON array (e.g. [1,2,3]) or change the deserialized type so that it is a normal .NET type "+
			"(e.g. not a primitive type like integer, not a collection type like an array or List<T>) that can be deserialized from a JSON object. "+
			"JsonObjectAttribute can also be added to the type to force it to deserialize from a JSON object.\n", open+1)
	default:
		r.fail("Unexpected character encountered while parsing value: {.", open+1)
	}
	r.enter(open)
	defer func() { r.depth-- }()
	r.i++ // '{'
	for {
		r.skip()
		if r.eof() {
			r.failBinding("Unexpected end when deserializing object.", r.i)
		}
		if r.s[r.i] == '}' {
			r.i++
			return
		}
		name := r.propertyName()
		r.skip()
		if r.eof() {
			r.failBinding("Unexpected end when deserializing object.", r.i)
		}
		if r.s[r.i] != ':' {
			ch, _ := r.peekRune()
			r.fail("Invalid character after parsing property name. Expected ':' but got: "+string(ch)+".", r.i)
		}
		r.i++
		r.path = append(r.path, name)
		r.skip()
		if r.eof() {
			r.failBinding("Unexpected end when setting "+name+"'s value.", r.i)
		}
		each(name)
		r.skip()
		if !r.eof() && r.s[r.i] == ']' {
			r.path = r.path[:len(r.path)-1]
			r.fail("JsonToken EndArray is not valid for closing JsonType Object.", r.i+1)
		}
		if !r.eof() && r.s[r.i] != ',' && r.s[r.i] != '}' {
			ch, _ := r.peekRune()
			r.fail("After parsing a value an unexpected character was encountered: "+string(ch)+".", r.i)
		}
		r.path = r.path[:len(r.path)-1]
		if !r.eof() && r.s[r.i] == ',' {
			r.i++
		}
	}
}

// array reads a JSON array into v.
func (r *reader) array(v reflect.Value) {
	open := r.i
	t := v.Type()
	var add func(i int)
	switch {
	case t.Kind() == reflect.Interface && t.NumMethod() == 0:
		l := generic.NewList[any]()
		v.Set(reflect.ValueOf(l))
		add = func(int) {
			var x any
			r.value(reflect.ValueOf(&x).Elem())
			l.Add(x)
		}
	case t.Kind() == reflect.Slice && t != reflect.TypeOf([]byte(nil)):
		s := reflect.MakeSlice(t, 0, 4)
		add = func(int) {
			x := reflect.New(t.Elem()).Elem()
			r.value(x)
			s = reflect.Append(s, x)
		}
		defer func() { v.Set(s) }()
	case isList(t):
		l := v
		if l.IsNil() {
			l = reflect.New(t.Elem())
			v.Set(l)
		}
		m := l.MethodByName("Add")
		et := m.Type().In(0)
		add = func(int) {
			x := reflect.New(et).Elem()
			r.value(x)
			m.Call([]reflect.Value{x})
		}
	case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct, t.Kind() == reflect.Struct && isClassStruct(t):
		r.failBinding("Cannot deserialize the current JSON array (e.g. [1,2,3]) into type '"+typeName(t)+
			"' because the type requires a JSON object (e.g. {\"name\":\"value\"}) to deserialize correctly.\n"+
			"To fix this error either change the JSON to a JSON object (e.g. {\"name\":\"value\"}) or change the deserialized type to an array "+
			"or a type that implements a collection interface (e.g. ICollection, IList) like List<T> that can be deserialized from a JSON array. "+
			"JsonArrayAttribute can also be added to the type to force it to deserialize from a JSON array.\n", open+1)
	default:
		r.fail("Unexpected character encountered while parsing value: [.", open+1)
	}
	r.enter(open)
	defer func() { r.depth-- }()
	r.i++ // '['
	for n := 0; ; n++ {
		r.skip()
		if r.eof() {
			r.failBinding("Unexpected end when deserializing array.", r.i)
		}
		if r.s[r.i] == ']' {
			r.i++
			return
		}
		r.path = append(r.path, "["+itoa(n)+"]")
		add(n)
		r.skip()
		if !r.eof() && r.s[r.i] == '}' {
			r.path = r.path[:len(r.path)-1]
			r.fail("JsonToken EndObject is not valid for closing JsonType Array.", r.i+1)
		}
		if !r.eof() && r.s[r.i] != ',' && r.s[r.i] != ']' {
			ch, _ := r.peekRune()
			r.fail("After parsing a value an unexpected character was encountered: "+string(ch)+".", r.i)
		}
		r.path = r.path[:len(r.path)-1]
		if !r.eof() && r.s[r.i] == ',' {
			r.i++
		}
	}
}

// callSetter calls a property setter (see callAccessor).
func callSetter(set, x reflect.Value, property string, class reflect.Type) {
	callAccessor(set, []reflect.Value{x}, "setting value to", property, class)
}

// fills reports whether the next value goes into what v already holds:
// Json.NET's default ObjectCreationHandling.Auto adds a JSON array's items
// to an existing list and a JSON object's members to an existing
// dictionary or object, rather than replacing them (arrays are replaced).
func (r *reader) fills(v reflect.Value) bool {
	if r.eof() || v.Kind() != reflect.Pointer || v.IsNil() {
		return false
	}
	t := v.Type()
	switch r.s[r.i] {
	case '[':
		return isList(t)
	case '{':
		return isDictionary(t) || t.Elem().Kind() == reflect.Struct && !isList(t) && t != uriType
	}
	return false
}

// convertKey turns a property name into a dictionary key of type t.
func (r *reader) convertKey(name string, t reflect.Type) reflect.Value {
	k := reflect.New(t).Elem()
	r.assign(k, token{kind: tokString, text: name, end: r.i})
	return k
}

// assign stores a primitive token into v, converting as Json.NET's
// default deserializer does, or throws its exception.
func (r *reader) assign(v reflect.Value, tok token) {
	t := v.Type()
	convertError := func() {
		shown := tok.text
		switch tok.kind {
		case tokString:
			shown = `"` + tok.text + `"`
		case tokNull:
			shown = "{null}"
		case tokBool:
			shown = map[bool]string{true: "True", false: "False"}[tok.b]
		}
		r.failBinding("Error converting value "+shown+" to type '"+typeName(t)+"'.", tok.end)
	}
	if tok.kind == tokNull {
		switch t.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func:
			v.SetZero()
		case reflect.String:
			v.SetString("") // a null string is "" in the translation
		default:
			convertError()
		}
		return
	}
	switch t {
	case charType:
		if tok.kind == tokString && utf8.RuneCountInString(tok.text) == 1 {
			if c, _ := utf8.DecodeRuneInString(tok.text); c < 0x10000 {
				v.SetUint(uint64(c))
				return
			}
		}
		convertError()
		return
	case dateTimeType:
		var d system.DateTime
		if tok.kind != tokString || !system.DateTimeTryParse(tok.text, &d) {
			if tok.kind == tokString {
				r.fail("Could not convert string to DateTime: "+tok.text+".", tok.end)
			}
			convertError()
		}
		if strings.HasSuffix(tok.text, "Z") {
			// RoundtripKind: "Z" is a UTC time, not a local one.
			d = d.ToUniversalTime()
		}
		v.Set(reflect.ValueOf(d))
		return
	case timeSpanType:
		var ts system.TimeSpan
		if tok.kind != tokString || !system.TimeSpanTryParse(tok.text, &ts) {
			convertError()
		}
		v.Set(reflect.ValueOf(ts))
		return
	case guidType:
		var g system.Guid
		if tok.kind != tokString || !system.GuidTryParse(tok.text, &g) {
			convertError()
		}
		v.Set(reflect.ValueOf(g))
		return
	case uriType:
		if tok.kind != tokString {
			convertError()
		}
		v.Set(reflect.ValueOf(system.NewUri(tok.text)))
		return
	}
	switch t.Kind() {
	case reflect.Interface:
		if t.NumMethod() != 0 {
			convertError()
		}
		switch tok.kind {
		case tokString:
			v.Set(reflect.ValueOf(tok.text))
		case tokBool:
			v.Set(reflect.ValueOf(tok.b))
		case tokFloat:
			v.Set(reflect.ValueOf(tok.f))
		case tokNumber:
			// Json.NET reads an integer as long (Int64), else as double.
			if n, err := strconv.ParseInt(tok.text, 10, 64); err == nil {
				v.Set(reflect.ValueOf(n))
			} else {
				v.Set(reflect.ValueOf(r.parseDouble(tok)))
			}
		}
	case reflect.String:
		switch tok.kind {
		case tokBool:
			v.SetString(map[bool]string{true: "true", false: "false"}[tok.b])
		default:
			v.SetString(tok.text)
		}
	case reflect.Bool:
		switch {
		case tok.kind == tokBool:
			v.SetBool(tok.b)
		case tok.kind == tokString && strings.EqualFold(tok.text, "true"):
			v.SetBool(true)
		case tok.kind == tokString && strings.EqualFold(tok.text, "false"):
			v.SetBool(false)
		default:
			convertError()
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := r.parseInteger(tok, t)
		if v.OverflowInt(n) {
			r.fail("JSON integer "+tok.text+" is too large or small for "+article(typeName(t))+".", tok.end)
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n := r.parseInteger(tok, t)
		if n < 0 || v.OverflowUint(uint64(n)) {
			if n < 0 || tok.kind == tokNumber {
				r.fail("JSON integer "+tok.text+" is too large or small for "+article(typeName(t))+".", tok.end)
			}
		}
		v.SetUint(uint64(n))
	case reflect.Float32, reflect.Float64:
		switch tok.kind {
		case tokFloat:
			v.SetFloat(tok.f)
		case tokNumber, tokString:
			v.SetFloat(r.parseDouble(tok))
		default:
			convertError()
		}
	case reflect.Slice:
		if t == reflect.TypeOf([]byte(nil)) && tok.kind == tokString {
			v.SetBytes(system.ConvertFromBase64String(tok.text))
			return
		}
		convertError()
	default:
		convertError()
	}
}

// article is "an Int32" / "a UInt64" for Json.NET's integer messages.
func article(name string) string {
	name = strings.TrimPrefix(name, "System.")
	if strings.IndexByte("AEIOU", name[0]) >= 0 {
		return "an " + name
	}
	return "a " + name
}

// parseInteger reads an integer token (or a string holding one) as Json.NET's
// ReadAsInt32/ReadAsInt64 do.
func (r *reader) parseInteger(tok token, t reflect.Type) int64 {
	switch tok.kind {
	case tokNumber:
		n, err := strconv.ParseInt(tok.text, 10, 64)
		if err == nil {
			return n
		}
		if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
			r.fail("JSON integer "+tok.text+" is too large or small for "+article(typeName(t))+".", tok.end)
		}
		r.fail("Input string '"+tok.text+"' is not a valid integer.", tok.end)
	case tokString:
		n, err := strconv.ParseInt(strings.TrimSpace(tok.text), 10, 64)
		if err != nil {
			r.fail("Could not convert string to integer: "+tok.text+".", tok.end)
		}
		return n
	case tokBool:
		r.fail("Error reading integer. Unexpected token: Boolean.", tok.end)
	}
	r.fail("Input string '"+tok.text+"' is not a valid integer.", tok.end)
	return 0
}

// parseDouble reads a number token (or a string holding one) as a double;
// beyond its range it is an infinity, as .NET Core 3.0+'s double.Parse.
func (r *reader) parseDouble(tok token) float64 {
	text := tok.text
	if tok.kind == tokString {
		text = strings.TrimSpace(text)
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if e, ok := err.(*strconv.NumError); ok && e.Err == strconv.ErrRange {
			return f
		}
		if tok.kind == tokString {
			r.fail("Could not convert string to double: "+tok.text+".", tok.end)
		}
		r.fail("Input string '"+tok.text+"' is not a valid number.", tok.end)
	}
	return f
}
