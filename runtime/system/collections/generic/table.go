// The entry table behind Dictionary and HashSet: entries in insertion
// order with .NET's LIFO reuse of removed slots, so enumeration order
// matches .NET's also after removals.

package generic

import "github.com/cs2go/cs2go/runtime/system"

type entry[K comparable, V any] struct {
	key   K
	value V
	used  bool
}

// table indexes entries by key, through Go map equality or, when cmp is
// set, through cmp's hash codes and Equals.
type table[K comparable, V any] struct {
	entries []entry[K, V]
	free    []int // removed slots, most recent last: .NET's free list
	count   int   // live entries
	m       map[K]int
	cmp     IEqualityComparer[K]
	buckets map[int32][]int
	version int32
}

func (t *table[K, V]) init(cmp IEqualityComparer[K]) {
	if cmp == nil {
		cmp = defaultComparerFor[K]()
	}
	t.cmp = cmp
	if cmp == nil {
		t.m = map[K]int{}
	} else {
		t.buckets = map[int32][]int{}
	}
}

// checkKey is .NET's ArgumentNullException for a null key.
func checkKey[K any](key K) {
	if any(key) == nil || isNilPointer(any(key)) {
		panic(system.NewArgumentNullException("key"))
	}
}

func (t *table[K, V]) find(key K) int {
	if t.cmp == nil {
		if i, ok := t.m[key]; ok {
			return i
		}
		return -1
	}
	for _, i := range t.buckets[t.cmp.GetHashCode(key)] {
		if t.cmp.Equals(t.entries[i].key, key) {
			return i
		}
	}
	return -1
}

// insert adds a key known to be absent, in a freed slot if there is one
// (the last freed first, as .NET's free list), else at the end.
func (t *table[K, V]) insert(key K, value V) {
	var i int
	if n := len(t.free); n > 0 {
		i = t.free[n-1]
		t.free = t.free[:n-1]
		t.entries[i] = entry[K, V]{key: key, value: value, used: true}
	} else {
		i = len(t.entries)
		t.entries = append(t.entries, entry[K, V]{key: key, value: value, used: true})
	}
	if t.cmp == nil {
		t.m[key] = i
	} else {
		h := t.cmp.GetHashCode(key)
		t.buckets[h] = append(t.buckets[h], i)
	}
	t.count++
	t.version++
}

// remove frees slot i; like .NET Core 3.0+, it does not invalidate
// running enumerations.
func (t *table[K, V]) remove(i int) {
	key := t.entries[i].key
	if t.cmp == nil {
		delete(t.m, key)
	} else {
		h := t.cmp.GetHashCode(key)
		b := t.buckets[h]
		for j, x := range b {
			if x == i {
				b = append(b[:j:j], b[j+1:]...)
				break
			}
		}
		if len(b) == 0 {
			delete(t.buckets, h)
		} else {
			t.buckets[h] = b
		}
	}
	t.entries[i] = entry[K, V]{}
	t.free = append(t.free, i)
	t.count--
}

func (t *table[K, V]) clear() {
	if t.count == 0 && len(t.entries) == 0 {
		return
	}
	t.entries, t.free, t.count = nil, nil, 0
	if t.cmp == nil {
		t.m = map[K]int{}
	} else {
		t.buckets = map[int32][]int{}
	}
}

// each walks live entries in slot order, failing as .NET's enumerator does
// if an entry was added meanwhile.
func (t *table[K, V]) each(yield func(e *entry[K, V]) bool) {
	version := t.version
	for i := 0; ; i++ {
		if t.version != version {
			panic(errEnumModified())
		}
		if i >= len(t.entries) {
			return
		}
		if t.entries[i].used && !yield(&t.entries[i]) {
			return
		}
	}
}
