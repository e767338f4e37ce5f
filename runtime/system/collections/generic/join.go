// String.Join over the generic collections (the IEnumerable<T> overloads):
// they live here because package system cannot import this one.

package generic

import "github.com/cs2go/cs2go/runtime/system"

// StringJoinList is String.Join(string separator, IEnumerable<T> values)
// for a List<T>.
func StringJoinList[T any](separator string, values *List[T]) string {
	if values == nil {
		panic(system.NewArgumentNullException("values"))
	}
	return system.StringJoin(separator, values.items)
}

// StringJoinCharList is String.Join(char separator, IEnumerable<T> values)
// for a List<T>.
func StringJoinCharList[T any](separator system.Char, values *List[T]) string {
	return StringJoinList(system.CharToString(separator), values)
}

// StringJoinHashSet is String.Join(string separator, IEnumerable<T> values)
// for a HashSet<T>, in the set's enumeration order.
func StringJoinHashSet[T comparable](separator string, values *HashSet[T]) string {
	if values == nil {
		panic(system.NewArgumentNullException("values"))
	}
	return system.StringJoin(separator, values.ToArray())
}
