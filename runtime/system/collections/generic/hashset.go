// System.Collections.Generic.HashSet<T>.

package generic

import (
	"iter"

	"github.com/cs2go/cs2go/runtime/system"
)

// HashSet is System.Collections.Generic.HashSet<T>; enumeration order
// follows .NET's (insertion order, freed slots reused last-freed first).
type HashSet[T comparable] struct{ t table[T, struct{}] }

// NewHashSet is `new HashSet<T>()`.
func NewHashSet[T comparable]() *HashSet[T] {
	s := &HashSet[T]{}
	s.t.init(nil)
	return s
}

// NewHashSetComparer is `new HashSet<T>(comparer)`.
func NewHashSetComparer[T comparable](comparer IEqualityComparer[T]) *HashSet[T] {
	s := &HashSet[T]{}
	s.t.init(comparer)
	return s
}

// NewHashSetFrom is `new HashSet<T>(collection)`: duplicates collapse.
func NewHashSetFrom[T comparable](collection []T) *HashSet[T] {
	s := NewHashSet[T]()
	s.UnionWith(collection)
	return s
}

// Count is HashSet.Count.
func (s *HashSet[T]) Count() int32 { return int32(s.t.count) }

// Add is HashSet.Add(item): false when it was already there. A null item
// is allowed, as in .NET.
func (s *HashSet[T]) Add(item T) bool {
	if s.t.find(item) >= 0 {
		return false
	}
	s.t.insert(item, struct{}{})
	return true
}

// Contains is HashSet.Contains(item).
func (s *HashSet[T]) Contains(item T) bool { return s.t.find(item) >= 0 }

// Remove is HashSet.Remove(item).
func (s *HashSet[T]) Remove(item T) bool {
	i := s.t.find(item)
	if i < 0 {
		return false
	}
	s.t.remove(i)
	return true
}

// RemoveWhere is HashSet.RemoveWhere(match): the number removed.
func (s *HashSet[T]) RemoveWhere(match func(T) bool) int32 {
	if match == nil {
		panic(system.NewArgumentNullException("match"))
	}
	n := int32(0)
	for i, e := range s.t.entries {
		if e.used && match(e.key) {
			s.t.remove(i)
			n++
		}
	}
	return n
}

// Clear is HashSet.Clear().
func (s *HashSet[T]) Clear() { s.t.clear() }

// UnionWith is HashSet.UnionWith(other).
func (s *HashSet[T]) UnionWith(other []T) {
	for _, x := range other {
		s.Add(x)
	}
}

// IntersectWith is HashSet.IntersectWith(other).
func (s *HashSet[T]) IntersectWith(other []T) {
	keep := NewHashSetComparer[T](s.t.cmp)
	keep.UnionWith(other)
	s.RemoveWhere(func(x T) bool { return !keep.Contains(x) })
}

// ExceptWith is HashSet.ExceptWith(other).
func (s *HashSet[T]) ExceptWith(other []T) {
	for _, x := range other {
		s.Remove(x)
	}
}

// SymmetricExceptWith is HashSet.SymmetricExceptWith(other).
func (s *HashSet[T]) SymmetricExceptWith(other []T) {
	seen := NewHashSetComparer[T](s.t.cmp)
	for _, x := range other {
		if !seen.Add(x) {
			continue
		}
		if !s.Remove(x) {
			s.Add(x)
		}
	}
}

// IsSubsetOf is HashSet.IsSubsetOf(other).
func (s *HashSet[T]) IsSubsetOf(other []T) bool {
	o := NewHashSetComparer[T](s.t.cmp)
	o.UnionWith(other)
	for x := range s.All() {
		if !o.Contains(x) {
			return false
		}
	}
	return true
}

// IsSupersetOf is HashSet.IsSupersetOf(other).
func (s *HashSet[T]) IsSupersetOf(other []T) bool {
	for _, x := range other {
		if !s.Contains(x) {
			return false
		}
	}
	return true
}

// Overlaps is HashSet.Overlaps(other).
func (s *HashSet[T]) Overlaps(other []T) bool {
	for _, x := range other {
		if s.Contains(x) {
			return true
		}
	}
	return false
}

// SetEquals is HashSet.SetEquals(other).
func (s *HashSet[T]) SetEquals(other []T) bool {
	o := NewHashSetComparer[T](s.t.cmp)
	o.UnionWith(other)
	return o.Count() == s.Count() && s.IsSupersetOf(other)
}

// ToArray is Enumerable.ToArray(set): the items in enumeration order.
func (s *HashSet[T]) ToArray() []T {
	out := make([]T, 0, s.t.count)
	for _, e := range s.t.entries {
		if e.used {
			out = append(out, e.key)
		}
	}
	return out
}

// All is `foreach (var x in set)`: adding during the loop throws
// InvalidOperationException at the next step.
func (s *HashSet[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		s.t.each(func(e *entry[T, struct{}]) bool { return yield(e.key) })
	}
}

// ToString is Object.ToString() of the set: its .NET type name.
func (s *HashSet[T]) ToString() string {
	return "System.Collections.Generic.HashSet`1[" + typeName[T]() + "]"
}
