// Newtonsoft.Json's JsonConvert and Formatting, and how the serializer
// recognizes the runtime's collections and builds program objects.

package json

import (
	"reflect"
	"strings"
	"sync"

	"github.com/cs2go/cs2go/runtime/system"
)

// Formatting is Newtonsoft.Json.Formatting.
type Formatting int32

const (
	// FormattingNone is Formatting.None: no white space.
	FormattingNone Formatting = 0
	// FormattingIndented is Formatting.Indented: one member or element per
	// line, two spaces per level, "name": value.
	FormattingIndented Formatting = 1
)

// ToString is Enum.ToString: the member's name, else the number.
func (f Formatting) ToString() string {
	switch f {
	case FormattingNone:
		return "None"
	case FormattingIndented:
		return "Indented"
	}
	return system.ObjectToString(int32(f))
}

// JsonConvertSerializeObject is JsonConvert.SerializeObject(value).
func JsonConvertSerializeObject(value any) string {
	return serialize(value, FormattingNone)
}

// JsonConvertSerializeObjectFormatting is JsonConvert.SerializeObject(value, formatting).
func JsonConvertSerializeObjectFormatting(value any, formatting Formatting) string {
	return serialize(value, formatting)
}

// JsonConvertDeserializeObject is JsonConvert.DeserializeObject<T>(value).
// Text without JSON content gives T's default value, as in Json.NET.
func JsonConvertDeserializeObject[T any](value string) T {
	v, _ := deserialize(value, reflect.TypeFor[T]()).Interface().(T) // a nil interface is T's zero value
	return v
}

// classes maps a program class's pointer type to what Json.NET knows from
// .NET's type system and Go's reflection cannot tell: its full .NET name
// (for messages) and its parameterless constructor, so that deserialized
// objects start as `new T()` does (field initializers run).
var classes sync.Map // reflect.Type -> classInfo

type classInfo struct {
	fullName string
	ctor     reflect.Value // func() *T, or invalid
}

// RegisterClass records a program class's full .NET name and its
// parameterless constructor (nil when it has none). Translated programs that
// use Newtonsoft.Json call it for each class; it is not a .NET member.
func RegisterClass[T any](fullName string, ctor func() T) {
	info := classInfo{fullName: fullName}
	if ctor != nil {
		info.ctor = reflect.ValueOf(ctor)
	}
	classes.Store(reflect.TypeFor[T](), info)
}

// construct returns a new object of pointer type t: from its registered
// constructor, else zero-valued.
func construct(t reflect.Type) reflect.Value {
	if c, ok := classes.Load(t); ok && c.(classInfo).ctor.IsValid() {
		return c.(classInfo).ctor.Call(nil)[0]
	}
	return reflect.New(t.Elem())
}

// registeredName is the full .NET name of a registered class, or "".
func registeredName(t reflect.Type) string {
	if c, ok := classes.Load(t); ok {
		return c.(classInfo).fullName
	}
	if t.Kind() != reflect.Pointer {
		if c, ok := classes.Load(reflect.PointerTo(t)); ok {
			return c.(classInfo).fullName
		}
	}
	return ""
}

// genericPkg is the import path suffix of the runtime's
// System.Collections.Generic package.
const genericPkg = "/runtime/system/collections/generic"

// isRuntimeGeneric reports whether t is *generic.Name[...].
func isRuntimeGeneric(t reflect.Type, name string) bool {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return false
	}
	e := t.Elem()
	return strings.HasSuffix(e.PkgPath(), genericPkg) && strings.HasPrefix(e.Name(), name+"[")
}

func isList(t reflect.Type) bool       { return isRuntimeGeneric(t, "List") }
func isDictionary(t reflect.Type) bool { return isRuntimeGeneric(t, "Dictionary") }

func isKeyValuePair(t reflect.Type) bool {
	return strings.HasSuffix(t.PkgPath(), genericPkg) && strings.HasPrefix(t.Name(), "KeyValuePair[")
}

// isClassStruct reports whether t is a program struct (a C# struct), not
// one of the runtime's value types.
func isClassStruct(t reflect.Type) bool {
	return !strings.Contains(t.PkgPath(), "/runtime/system")
}

// emptyDictionary is implemented by *generic.Dictionary (a nil pointer
// will do): it makes a new, empty dictionary of its own type.
type emptyDictionary interface{ NewEmpty() any }

// newDictionary returns a new empty dictionary of pointer type t.
func newDictionary(t reflect.Type) reflect.Value {
	return reflect.ValueOf(reflect.Zero(t).Interface().(emptyDictionary).NewEmpty())
}

// collectionName is the .NET name of a list or array type in messages:
// "System.Collections.Generic.List`1[System.Int32]", "System.Int32[]".
func collectionName(t reflect.Type) string {
	if isList(t) {
		m, _ := t.MethodByName("Add")
		return "System.Collections.Generic.List`1[" + typeName(m.Type.In(1)) + "]"
	}
	return typeName(t)
}
