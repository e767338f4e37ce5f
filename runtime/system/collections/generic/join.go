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

// StringJoinEnumerable is String.Join(string separator, IEnumerable<T>
// values) for any other sequence (a LINQ query): it enumerates once.
func StringJoinEnumerable[T any](separator string, values IEnumerable[T]) string {
	if values == nil {
		panic(system.NewArgumentNullException("values"))
	}
	var items []T
	for v := range values {
		items = append(items, v)
	}
	return system.StringJoin(separator, items)
}

// StringJoinCharEnumerable is String.Join(char separator, IEnumerable<T>).
func StringJoinCharEnumerable[T any](separator system.Char, values IEnumerable[T]) string {
	return StringJoinEnumerable(system.CharToString(separator), values)
}
