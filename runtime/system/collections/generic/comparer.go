// Equality and ordering as .NET's EqualityComparer<T>.Default and
// Comparer<T>.Default apply them, plus the IEqualityComparer/IComparer
// interfaces collections take.

package generic

import (
	"cmp"
	"reflect"
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// IEqualityComparer is System.Collections.Generic.IEqualityComparer<T>.
// Any value with these two methods fits, so a StringComparer declared
// elsewhere works without importing this package.
type IEqualityComparer[T any] interface {
	Equals(x, y T) bool
	GetHashCode(obj T) int32
}

// IComparer is System.Collections.Generic.IComparer<T>.
type IComparer[T any] interface {
	Compare(x, y T) int32
}

// equatable is a value overriding Object.Equals/GetHashCode (a translated
// class that overrides both).
type equatable interface {
	Equals(obj any) bool
	GetHashCode() int32
}

// defaultEquals is EqualityComparer<T>.Default.Equals: an Equals override
// when the value has one, else Go's == on the dynamic value (value
// equality for strings, numbers and structs; identity for pointers, as
// .NET's reference equality for classes without an override). Values Go
// cannot compare (slices, maps, funcs) are equal only when identical.
func defaultEquals[T any](a, b T) bool {
	av, bv := any(a), any(b)
	// Fast paths for the element types programs use most.
	switch x := av.(type) {
	case string:
		y, ok := bv.(string)
		return ok && x == y
	case int32:
		y, ok := bv.(int32)
		return ok && x == y
	case int64:
		y, ok := bv.(int64)
		return ok && x == y
	}
	if av == nil || bv == nil {
		return av == nil && bv == nil
	}
	if e, ok := av.(interface{ Equals(any) bool }); ok && !isNilPointer(av) {
		return e.Equals(bv)
	}
	t := reflect.TypeOf(av)
	if t != reflect.TypeOf(bv) {
		return false
	}
	switch x := av.(type) {
	case float64:
		// Double.Equals: NaN equals NaN (unlike ==).
		y := bv.(float64)
		return x == y || (x != x && y != y)
	case float32:
		y := bv.(float32)
		return x == y || (x != x && y != y)
	}
	if t.Comparable() {
		return av == bv
	}
	va, vb := reflect.ValueOf(av), reflect.ValueOf(bv)
	switch va.Kind() {
	case reflect.Slice:
		return va.Pointer() == vb.Pointer() && va.Len() == vb.Len()
	case reflect.Map, reflect.Func:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		return rv.IsNil()
	}
	return false
}

// objectComparer is EqualityComparer<T>.Default for a T that overrides
// Equals and GetHashCode: hash-based collections must use them.
type objectComparer[T any] struct{}

// Equals is EqualityComparer<T>.Default.Equals.
func (objectComparer[T]) Equals(x, y T) bool { return defaultEquals(x, y) }

// GetHashCode is EqualityComparer<T>.Default.GetHashCode: the GetHashCode override.
func (objectComparer[T]) GetHashCode(obj T) int32 {
	if e, ok := any(obj).(equatable); ok && !isNilPointer(obj) {
		return e.GetHashCode()
	}
	return 0
}

// defaultComparerFor picks the comparer hash collections use for keys of
// type K when none is given: nil (Go's map equality) unless K's values
// override Equals and GetHashCode.
func defaultComparerFor[K comparable]() IEqualityComparer[K] {
	var zero K
	if _, ok := any(zero).(equatable); ok {
		return objectComparer[K]{}
	}
	if reflect.TypeFor[K]().Kind() == reflect.Interface {
		// Keys of interface type: the dynamic values decide, per key.
		return dynamicComparer[K]{}
	}
	return nil
}

// dynamicComparer handles keys of interface type (object): values that
// override Equals/GetHashCode use them, others Go equality.
type dynamicComparer[K comparable] struct{}

// Equals is EqualityComparer<object>.Default.Equals.
func (dynamicComparer[K]) Equals(x, y K) bool { return defaultEquals(x, y) }

// GetHashCode is EqualityComparer<object>.Default.GetHashCode.
func (dynamicComparer[K]) GetHashCode(obj K) int32 {
	if e, ok := any(obj).(equatable); ok && !isNilPointer(obj) {
		return e.GetHashCode()
	}
	// Go values of comparable dynamic type: hash their printed form, so
	// equal values share a bucket.
	return hashString(system.ObjectToString(obj) + "\x00" + reflect.TypeOf(any(obj)).String())
}

func hashString(s string) int32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return int32(h)
}

// StringComparerOrdinal is StringComparer.Ordinal.
//
// The StringComparer class belongs to package system (namespace System);
// these live here until system declares it, and satisfy IEqualityComparer
// and IComparer structurally, so moving them breaks nothing.
func StringComparerOrdinal() *StringComparer { return ordinalComparer }

// StringComparerOrdinalIgnoreCase is StringComparer.OrdinalIgnoreCase.
func StringComparerOrdinalIgnoreCase() *StringComparer { return ordinalIgnoreCaseComparer }

// StringComparerInvariantCultureIgnoreCase is StringComparer.InvariantCultureIgnoreCase
// (case folding as OrdinalIgnoreCase; culture ordering as String.Compare).
func StringComparerInvariantCultureIgnoreCase() *StringComparer { return cultureIgnoreCaseComparer }

// StringComparerCurrentCultureIgnoreCase is StringComparer.CurrentCultureIgnoreCase
// (the invariant culture: the runtime has no other).
func StringComparerCurrentCultureIgnoreCase() *StringComparer { return cultureIgnoreCaseComparer }

// StringComparerInvariantCulture is StringComparer.InvariantCulture.
func StringComparerInvariantCulture() *StringComparer { return cultureComparer }

// StringComparerCurrentCulture is StringComparer.CurrentCulture.
func StringComparerCurrentCulture() *StringComparer { return cultureComparer }

// StringComparer is System.StringComparer.
type StringComparer struct {
	ignoreCase bool
	culture    bool
}

var (
	ordinalComparer           = &StringComparer{}
	ordinalIgnoreCaseComparer = &StringComparer{ignoreCase: true}
	cultureComparer           = &StringComparer{culture: true}
	cultureIgnoreCaseComparer = &StringComparer{ignoreCase: true, culture: true}
)

// Equals is StringComparer.Equals(x, y).
func (c *StringComparer) Equals(x, y string) bool {
	if c.ignoreCase {
		return system.StringEqualsComparison(x, y, system.StringComparisonOrdinalIgnoreCase)
	}
	return x == y
}

// GetHashCode is StringComparer.GetHashCode(obj): equal strings (under
// this comparer) hash alike.
func (c *StringComparer) GetHashCode(obj string) int32 {
	if c.ignoreCase {
		obj = strings.ToUpper(obj)
	}
	return hashString(obj)
}

// Compare is StringComparer.Compare(x, y).
func (c *StringComparer) Compare(x, y string) int32 {
	switch {
	case c.culture && c.ignoreCase:
		return system.StringCompareIgnoreCase(x, y, true)
	case c.culture:
		return system.StringCompare(x, y)
	case c.ignoreCase:
		return system.StringCompareComparison(x, y, system.StringComparisonOrdinalIgnoreCase)
	}
	return system.StringCompareOrdinal(x, y)
}

// defaultCompare is Comparer<T>.Default.Compare: numbers and chars by
// value, strings with String.Compare's culture rules, bool false < true,
// values implementing CompareTo by it. Other types throw as .NET does when
// no IComparable is found (the sort wraps that in InvalidOperationException).
func defaultCompare[T any](a, b T) int32 {
	switch x := any(a).(type) {
	case string:
		return system.StringCompare(x, any(b).(string))
	case int32:
		return int32(cmp.Compare(x, any(b).(int32)))
	case int64:
		return int32(cmp.Compare(x, any(b).(int64)))
	case int:
		return int32(cmp.Compare(x, any(b).(int)))
	case int16:
		return int32(cmp.Compare(x, any(b).(int16)))
	case int8:
		return int32(cmp.Compare(x, any(b).(int8)))
	case uint8:
		return int32(cmp.Compare(x, any(b).(uint8)))
	case uint16:
		return int32(cmp.Compare(x, any(b).(uint16)))
	case uint32:
		return int32(cmp.Compare(x, any(b).(uint32)))
	case uint64:
		return int32(cmp.Compare(x, any(b).(uint64)))
	case float64:
		return compareFloat(x, any(b).(float64))
	case float32:
		return compareFloat(float64(x), float64(any(b).(float32)))
	case system.Char:
		return int32(cmp.Compare(x, any(b).(system.Char)))
	case bool:
		y := any(b).(bool)
		switch {
		case x == y:
			return 0
		case !x:
			return -1
		}
		return 1
	case interface{ CompareTo(T) int32 }:
		return x.CompareTo(b)
	case interface{ CompareTo(any) int32 }:
		return x.CompareTo(b)
	}
	if any(a) == nil {
		if any(b) == nil {
			return 0
		}
		return -1
	}
	panic(system.NewArgumentException("At least one object must implement IComparable."))
}

// compareFloat is Double.CompareTo: NaN sorts before every number.
func compareFloat(a, b float64) int32 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b != b:
		return 0
	case a != a:
		return -1
	}
	return 1
}

// EqualityComparerDefault is EqualityComparer<T>.Default.
func EqualityComparerDefault[T any]() IEqualityComparer[T] { return objectComparer[T]{} }

// ComparerDefault is Comparer<T>.Default.
func ComparerDefault[T any]() IComparer[T] { return defaultComparer[T]{} }

type defaultComparer[T any] struct{}

// Compare is Comparer<T>.Default.Compare.
func (defaultComparer[T]) Compare(x, y T) int32 { return defaultCompare(x, y) }

// ComparerCreate is Comparer<T>.Create(comparison).
func ComparerCreate[T any](comparison func(x, y T) int32) IComparer[T] {
	return comparisonComparer[T](comparison)
}

type comparisonComparer[T any] func(x, y T) int32

// Compare calls the Comparison<T> given to Comparer<T>.Create.
func (c comparisonComparer[T]) Compare(x, y T) int32 { return c(x, y) }

// typeName is the .NET name of T for ToString ("System.Int32"); Go names
// for types the table does not know.
func typeName[T any]() string {
	t := reflect.TypeFor[T]()
	if t.Kind() == reflect.Pointer {
		return t.Elem().Name()
	}
	if n := system.BuiltinTypeName(t); n != "" {
		return n
	}
	return t.String()
}
