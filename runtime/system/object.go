// Object-level helpers: .NET's ToString for any value a translated program holds.

package system

import (
	"fmt"
	"reflect"
	"strconv"
)

// Stringer is a value with .NET's ToString(); translated classes that
// override ToString implement it.
type Stringer interface{ ToString() string }

// ObjectToString is `x.ToString()` / string concatenation of any value, with
// .NET's rules: null is "", bool is "True"/"False", numbers print invariant
// (culture-neutral) digits, double prints its shortest round-trip form
// ("1E+21", "NaN", "∞"), char prints its character, arrays print their .NET
// type name ("System.Int32[]"), and an object without a ToString override
// prints its class name (without the C# namespace, which the runtime does
// not know).
func ObjectToString(x any) string {
	switch v := outermost(x).(type) {
	case nil:
		return ""
	case string:
		return v
	case Stringer:
		if isNilPointer(v) {
			return "" // a null reference converts to ""
		}
		return v.ToString()
	case bool:
		if v {
			return "True"
		}
		return "False"
	case Char:
		return CharToString(v)
	case float64:
		return formatDouble(v)
	case float32:
		return formatSingle(v)
	case int:
		return strconv.Itoa(v)
	case int32:
		return strconv.FormatInt(int64(v), 10)
	case int64:
		return strconv.FormatInt(v, 10)
	case int8:
		return strconv.FormatInt(int64(v), 10)
	case int16:
		return strconv.FormatInt(int64(v), 10)
	case uint8:
		return strconv.FormatUint(uint64(v), 10)
	case uint16:
		return strconv.FormatUint(uint64(v), 10)
	case uint32:
		return strconv.FormatUint(uint64(v), 10)
	case uint64:
		return strconv.FormatUint(v, 10)
	case error:
		return v.Error()
	case fmt.Stringer:
		return v.String()
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			return ""
		}
		if rv.Elem().Kind() == reflect.Struct {
			// object.ToString() of a class without an override is its type
			// name; the C# namespace is not known here, so only the name.
			return rv.Elem().Type().Name()
		}
	case reflect.Struct:
		return rv.Type().Name()
	case reflect.Func:
		if rv.IsNil() {
			return ""
		}
		return "System.Delegate"
	case reflect.Slice, reflect.Array:
		// object.ToString() of an array is its type name.
		return dotnetTypeName(rv.Type())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		// A named integer type without ToString: print the number.
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(rv.Uint(), 10)
	}
	return fmt.Sprint(x)
}

// dotnetTypeName names a Go type as .NET's Type.FullName would for the
// C# type it stands for.
func dotnetTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return dotnetTypeName(t.Elem()) + "[]"
	case reflect.Pointer:
		return dotnetTypeName(t.Elem())
	}
	if n := BuiltinTypeName(t); n != "" {
		return n
	}
	return t.String()
}

// BuiltinTypeName is the .NET full name of the built-in type a Go type
// stands for in translated code, by its kind ("System.Int32" for int32,
// "System.Object" for an interface; Char is "System.Char"), or "" when it
// stands for none. The runtime's type names (ToString, exception texts,
// Json.NET's messages) all start from it.
func BuiltinTypeName(t reflect.Type) string {
	if t == reflect.TypeFor[Char]() {
		return "System.Char"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "System.Boolean"
	case reflect.Int8:
		return "System.SByte"
	case reflect.Uint8:
		return "System.Byte"
	case reflect.Int16:
		return "System.Int16"
	case reflect.Uint16:
		return "System.UInt16"
	case reflect.Int32:
		return "System.Int32"
	case reflect.Uint32:
		return "System.UInt32"
	case reflect.Int64, reflect.Int:
		return "System.Int64"
	case reflect.Uint64, reflect.Uint:
		return "System.UInt64"
	case reflect.Float32:
		return "System.Single"
	case reflect.Float64:
		return "System.Double"
	case reflect.String:
		return "System.String"
	case reflect.Interface:
		return "System.Object"
	}
	return ""
}

// isNilPointer reports a typed nil pointer, map, slice, func or channel
// held in an interface: what C# sees as null.
func isNilPointer(x any) bool {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan, reflect.Interface:
		return v.IsNil()
	}
	return false
}

// Equaler is a value with .NET's Equals(object); translated classes that
// override Equals implement it.
type Equaler interface{ Equals(obj any) bool }

// ObjectEquals is object.Equals(a, b) and `a.Equals(b)` on object: both
// null is true; a value implementing Equaler, or having a typed
// Equals(T) bool method that accepts b (Version, DateTime, translated
// classes), decides; otherwise values of comparable types compare with ==
// (value equality for the C# value types and strings, reference equality
// for class instances), and other values (arrays, delegates) are equal only
// when they are the same object.
func ObjectEquals(a, b any) bool {
	an, bn := a == nil || isNilPointer(a), b == nil || isNilPointer(b)
	if an || bn {
		return an && bn
	}
	if e, ok := a.(Equaler); ok {
		return e.Equals(b)
	}
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if m := reflect.ValueOf(a).MethodByName("Equals"); m.IsValid() {
		mt := m.Type()
		if mt.NumIn() == 1 && mt.NumOut() == 1 && mt.Out(0).Kind() == reflect.Bool && tb.AssignableTo(mt.In(0)) {
			return m.Call([]reflect.Value{reflect.ValueOf(b)})[0].Bool()
		}
	}
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice, reflect.Map, reflect.Func, reflect.Chan:
		return va.Pointer() == vb.Pointer() && (va.Kind() != reflect.Slice || va.Len() == vb.Len())
	}
	return false
}

// ObjectReferenceEquals is object.ReferenceEquals(a, b): identity for
// reference types (pointers, slices, maps, funcs); values are never
// reference-equal, as boxed values in .NET are distinct objects.
func ObjectReferenceEquals(a, b any) bool {
	an, bn := a == nil || isNilPointer(a), b == nil || isNilPointer(b)
	if an || bn {
		return an && bn
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Type() != vb.Type() {
		return false
	}
	switch va.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// Outermost is implemented by translated program classes that start a
// virtual chain: a value of such a class may be the base part of a derived
// object (a Shape variable holding a Circle), and Outermost returns the
// whole object, so formatting and GetType see the derived class's
// overrides, as .NET's virtual ToString does. It returns nil for a null
// reference.
type Outermost interface{ Outermost() any }

// outermost resolves x to its outermost object (see Outermost).
func outermost(x any) any {
	if o, ok := x.(Outermost); ok {
		if y := o.Outermost(); y != nil {
			return y
		}
	}
	return x
}

// typeOwner is a value that knows its .NET class: every translated program
// class and every exception.
type typeOwner interface{ GetType() *Type }

// Descriptors of the built-in types GetType reports on boxed values.
var (
	objectType  = &Type{Name: "Object", Namespace: "System"}
	valueType   = &Type{Name: "ValueType", Namespace: "System", Base: objectType}
	builtinType = map[string]*Type{}
)

func builtin(name string, base *Type) *Type {
	if t, ok := builtinType[name]; ok {
		return t
	}
	t := &Type{Name: name, Namespace: "System", Base: base}
	builtinType[name] = t
	return t
}

func init() {
	for _, n := range []string{"Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal"} {
		builtin(n, valueType)
	}
	builtin("String", objectType)
}

// ObjectGetType is Object.GetType() on any value: a program class's or an
// exception's own descriptor, or the System type of a boxed built-in value.
// A null reference throws NullReferenceException, as calling a method on
// null does.
func ObjectGetType(x any) *Type {
	switch v := outermost(x).(type) {
	case nil:
		panic(NewNullReferenceException(""))
	case typeOwner:
		if isNilPointer(v) {
			panic(NewNullReferenceException(""))
		}
		return v.GetType()
	case bool:
		return builtinType["Boolean"]
	case Char:
		return builtinType["Char"]
	case int8:
		return builtinType["SByte"]
	case uint8:
		return builtinType["Byte"]
	case int16:
		return builtinType["Int16"]
	case uint16:
		return builtinType["UInt16"]
	case int32, int:
		return builtinType["Int32"]
	case uint32:
		return builtinType["UInt32"]
	case int64:
		return builtinType["Int64"]
	case uint64:
		return builtinType["UInt64"]
	case float32:
		return builtinType["Single"]
	case float64:
		return builtinType["Double"]
	case string:
		return builtinType["String"]
	}
	return objectType
}
