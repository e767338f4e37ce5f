// System.Collections.Generic.Dictionary<TKey,TValue> and KeyValuePair.

package generic

import (
	"iter"

	"github.com/cs2go/cs2go/runtime/system"
)

// Dictionary is System.Collections.Generic.Dictionary<TKey,TValue>.
// Enumeration follows .NET's order: insertion order, with a removed
// entry's slot reused by the next added key. Not safe for concurrent
// writes, as in .NET.
type Dictionary[K comparable, V any] struct{ t table[K, V] }

// KeyValuePair is System.Collections.Generic.KeyValuePair<TKey,TValue>.
type KeyValuePair[K, V any] struct {
	key   K
	value V
}

// NewKeyValuePair is `new KeyValuePair<K,V>(key, value)` / KeyValuePair.Create.
func NewKeyValuePair[K, V any](key K, value V) KeyValuePair[K, V] {
	return KeyValuePair[K, V]{key, value}
}

// Key is KeyValuePair.Key.
func (p KeyValuePair[K, V]) Key() K { return p.key }

// Value is KeyValuePair.Value.
func (p KeyValuePair[K, V]) Value() V { return p.value }

// ToString is KeyValuePair.ToString(): "[key, value]".
func (p KeyValuePair[K, V]) ToString() string {
	return "[" + system.ObjectToString(p.key) + ", " + system.ObjectToString(p.value) + "]"
}

// NewDictionary is `new Dictionary<K,V>()`.
func NewDictionary[K comparable, V any]() *Dictionary[K, V] {
	d := &Dictionary[K, V]{}
	d.t.init(nil)
	return d
}

// NewDictionaryCapacity is `new Dictionary<K,V>(capacity)`.
func NewDictionaryCapacity[K comparable, V any](capacity int32) *Dictionary[K, V] {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", msgNeedNonNegNum))
	}
	return NewDictionary[K, V]()
}

// NewDictionaryComparer is `new Dictionary<K,V>(comparer)`, e.g. with
// StringComparer.OrdinalIgnoreCase; nil is the default comparer.
func NewDictionaryComparer[K comparable, V any](comparer IEqualityComparer[K]) *Dictionary[K, V] {
	d := &Dictionary[K, V]{}
	d.t.init(comparer)
	return d
}

// NewDictionaryFrom is `new Dictionary<K,V>(dictionary)`: a copy, with the
// default comparer.
func NewDictionaryFrom[K comparable, V any](dictionary *Dictionary[K, V]) *Dictionary[K, V] {
	if dictionary == nil {
		panic(system.NewArgumentNullException("dictionary"))
	}
	d := NewDictionary[K, V]()
	for k, v := range dictionary.All() {
		d.Add(k, v)
	}
	return d
}

// Count is Dictionary.Count.
func (d *Dictionary[K, V]) Count() int32 { return int32(d.t.count) }

// Comparer is Dictionary.Comparer (nil for the default).
func (d *Dictionary[K, V]) Comparer() IEqualityComparer[K] { return d.t.cmp }

// Get is the indexer getter dict[key]: KeyNotFoundException with .NET's
// message naming the key when it is absent.
func (d *Dictionary[K, V]) Get(key K) V {
	checkKey(key)
	i := d.t.find(key)
	if i < 0 {
		panic(system.NewKeyNotFoundException("The given key '" + system.ObjectToString(key) + "' was not present in the dictionary."))
	}
	return d.t.entries[i].value
}

// Set is the indexer setter dict[key] = value: it adds or overwrites.
// Overwriting does not disturb a running enumeration (.NET Core 3.0+).
func (d *Dictionary[K, V]) Set(key K, value V) {
	checkKey(key)
	if i := d.t.find(key); i >= 0 {
		d.t.entries[i].value = value
		return
	}
	d.t.insert(key, value)
}

// Add is Dictionary.Add(key, value): ArgumentException for an existing key.
func (d *Dictionary[K, V]) Add(key K, value V) {
	checkKey(key)
	if d.t.find(key) >= 0 {
		panic(system.NewArgumentException(msgDuplicateKey + system.ObjectToString(key)))
	}
	d.t.insert(key, value)
}

// TryAdd is Dictionary.TryAdd(key, value).
func (d *Dictionary[K, V]) TryAdd(key K, value V) bool {
	checkKey(key)
	if d.t.find(key) >= 0 {
		return false
	}
	d.t.insert(key, value)
	return true
}

// TryGetValue is Dictionary.TryGetValue(key, out value); value may be nil
// for `out _`.
func (d *Dictionary[K, V]) TryGetValue(key K, value *V) bool {
	v, ok := d.GetOK(key)
	if value != nil {
		*value = v
	}
	return ok
}

// GetOK is TryGetValue in Go form: the value (zero when absent) and whether the key exists.
func (d *Dictionary[K, V]) GetOK(key K) (V, bool) {
	checkKey(key)
	if i := d.t.find(key); i >= 0 {
		return d.t.entries[i].value, true
	}
	var zero V
	return zero, false
}

// GetValueOrDefault is CollectionExtensions.GetValueOrDefault(dict, key[, defaultValue]).
func (d *Dictionary[K, V]) GetValueOrDefault(key K, defaultValue ...V) V {
	if v, ok := d.GetOK(key); ok {
		return v
	}
	if len(defaultValue) > 0 {
		return defaultValue[0]
	}
	var zero V
	return zero
}

// ContainsKey is Dictionary.ContainsKey(key).
func (d *Dictionary[K, V]) ContainsKey(key K) bool {
	checkKey(key)
	return d.t.find(key) >= 0
}

// ContainsValue is Dictionary.ContainsValue(value), with EqualityComparer<V>.Default.
func (d *Dictionary[K, V]) ContainsValue(value V) bool {
	for _, e := range d.t.entries {
		if e.used && defaultEquals(e.value, value) {
			return true
		}
	}
	return false
}

// Remove is Dictionary.Remove(key): whether the key was there.
func (d *Dictionary[K, V]) Remove(key K) bool {
	return d.RemoveOut(key, nil)
}

// RemoveOut is Dictionary.Remove(key, out value).
func (d *Dictionary[K, V]) RemoveOut(key K, value *V) bool {
	checkKey(key)
	i := d.t.find(key)
	if i < 0 {
		if value != nil {
			var zero V
			*value = zero
		}
		return false
	}
	if value != nil {
		*value = d.t.entries[i].value
	}
	d.t.remove(i)
	return true
}

// Clear is Dictionary.Clear().
func (d *Dictionary[K, V]) Clear() { d.t.clear() }

// Keys is Dictionary.Keys: a snapshot in enumeration order.
func (d *Dictionary[K, V]) Keys() []K {
	keys := make([]K, 0, d.t.count)
	for _, e := range d.t.entries {
		if e.used {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// Values is Dictionary.Values: a snapshot in enumeration order.
func (d *Dictionary[K, V]) Values() []V {
	values := make([]V, 0, d.t.count)
	for _, e := range d.t.entries {
		if e.used {
			values = append(values, e.value)
		}
	}
	return values
}

// All is `foreach (var (key, value) in dict)`: pairs in .NET's order;
// adding a key during the loop throws InvalidOperationException at the
// next step, while Remove and overwriting do not (.NET Core 3.0+).
func (d *Dictionary[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		d.t.each(func(e *entry[K, V]) bool { return yield(e.key, e.value) })
	}
}

// Pairs is `foreach (KeyValuePair<K,V> kv in dict)`.
func (d *Dictionary[K, V]) Pairs() iter.Seq[KeyValuePair[K, V]] {
	return func(yield func(KeyValuePair[K, V]) bool) {
		d.t.each(func(e *entry[K, V]) bool { return yield(KeyValuePair[K, V]{e.key, e.value}) })
	}
}

// ToString is Object.ToString() of the dictionary: its .NET type name.
func (d *Dictionary[K, V]) ToString() string {
	return "System.Collections.Generic.Dictionary`2[" + typeName[K]() + "," + typeName[V]() + "]"
}
