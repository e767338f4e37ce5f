// System.Collections.Specialized.NameValueCollection: ordered string keys,
// each with a list of string values, compared case-insensitively by default.

package specialized

import (
	"iter"
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// NameValueCollection is System.Collections.Specialized.NameValueCollection.
//
// Differences forced by Go strings having no null, and how .NET's nulls map:
//   - The null key (QueryString holds one for "?a&b": key null, values
//     "a" and "b") has its own members: AddNullKey, SetNullKey, GetNullKey,
//     GetNullKeyOK, GetValuesNullKey, RemoveNullKey; KeyIsNull(i) tells it
//     apart from the empty-string key, and AllKeys/GetKey report it as "".
//   - A null value (Add("a", null)) is not stored in .NET; here every value
//     is a string, so callers translate Add(k, null) to AddKeyOnly(k).
//   - Get returns "" where .NET returns null (missing key, or a key with no
//     values); GetOK also reports whether .NET's result would be non-null,
//     which is what `c[k] != null` must be lowered to.
type NameValueCollection struct {
	entries       []*entry          // in order of first Add, the null key included
	index         map[string]*entry // folded non-null key -> entry
	nullKey       *entry
	caseSensitive bool
	readOnly      bool
	version       int32
}

type entry struct {
	key    string
	isNull bool
	values []string
}

// NewNameValueCollection is `new NameValueCollection()`: keys compare
// case-insensitively (.NET's default InvariantCultureIgnoreCase).
func NewNameValueCollection() *NameValueCollection {
	return &NameValueCollection{index: map[string]*entry{}}
}

// NewNameValueCollectionOrdinal is `new NameValueCollection(StringComparer.Ordinal)`:
// keys compare case-sensitively.
func NewNameValueCollectionOrdinal() *NameValueCollection {
	c := NewNameValueCollection()
	c.caseSensitive = true
	return c
}

// NewNameValueCollectionFrom is `new NameValueCollection(col)`: a copy of
// col's keys and values, with col's key comparison.
func NewNameValueCollectionFrom(col *NameValueCollection) *NameValueCollection {
	if col == nil {
		panic(system.NewArgumentNullException("col"))
	}
	c := NewNameValueCollection()
	c.caseSensitive = col.caseSensitive
	c.AddCollection(col)
	return c
}

func (c *NameValueCollection) fold(name string) string {
	if c.caseSensitive {
		return name
	}
	return strings.ToUpper(name)
}

func (c *NameValueCollection) checkWritable() {
	if c.readOnly {
		panic(system.NewNotSupportedException("Collection is read-only."))
	}
}

// find returns the entry for name, or nil.
//
// Go's "" stands for both C#'s null and "", so a lookup of "" falls back to
// the null key when no real "" key exists: `query[key]` for the key that
// AllKeys reports as null (a "?flag" query item) then finds its value, as
// in .NET.
func (c *NameValueCollection) find(name string) *entry {
	var e *entry
	if c.index != nil {
		e = c.index[c.fold(name)]
	}
	if e == nil && name == "" {
		return c.nullKey
	}
	return e
}

func (c *NameValueCollection) findOrAdd(name string, isNull bool) *entry {
	if isNull {
		if c.nullKey == nil {
			c.nullKey = &entry{isNull: true}
			c.entries = append(c.entries, c.nullKey)
		}
		return c.nullKey
	}
	if c.index == nil {
		c.index = map[string]*entry{}
	}
	e := c.index[c.fold(name)]
	if e == nil {
		e = &entry{key: name}
		c.index[c.fold(name)] = e
		c.entries = append(c.entries, e)
	}
	return e
}

// Add is NameValueCollection.Add(name, value): it appends value to name's
// values, creating the key at the end if it is new.
func (c *NameValueCollection) Add(name, value string) {
	c.checkWritable()
	e := c.findOrAdd(name, false)
	e.values = append(e.values, value)
	c.version++
}

// AddKeyOnly is NameValueCollection.Add(name, null): it creates the key (if
// new) without adding a value, as .NET drops null values.
func (c *NameValueCollection) AddKeyOnly(name string) {
	c.checkWritable()
	c.findOrAdd(name, false)
	c.version++
}

// AddNullKey is NameValueCollection.Add(null, value).
func (c *NameValueCollection) AddNullKey(value string) {
	c.checkWritable()
	e := c.findOrAdd("", true)
	e.values = append(e.values, value)
	c.version++
}

// AddCollection is NameValueCollection.Add(NameValueCollection c): every
// key and value of other is added in order.
func (c *NameValueCollection) AddCollection(other *NameValueCollection) {
	if other == nil {
		panic(system.NewArgumentNullException("c"))
	}
	c.checkWritable()
	for _, oe := range other.entries {
		e := c.findOrAdd(oe.key, oe.isNull)
		e.values = append(e.values, oe.values...)
	}
	c.version++
}

// Set is NameValueCollection.Set(name, value) and the indexer setter
// c[name] = value: name's values become just value.
func (c *NameValueCollection) Set(name, value string) {
	c.checkWritable()
	e := c.findOrAdd(name, false)
	e.values = []string{value}
	c.version++
}

// SetNullKey is NameValueCollection.Set(null, value).
func (c *NameValueCollection) SetNullKey(value string) {
	c.checkWritable()
	e := c.findOrAdd("", true)
	e.values = []string{value}
	c.version++
}

// joined is .NET's GetAsOneString: the values joined with ",", or null
// (false) when there are none.
func joined(e *entry) (string, bool) {
	if e == nil || len(e.values) == 0 {
		return "", false
	}
	return strings.Join(e.values, ","), true
}

// Get is NameValueCollection.Get(name) and the indexer getter c[name]: the
// values joined with ","; "" where .NET returns null (see GetOK).
func (c *NameValueCollection) Get(name string) string {
	s, _ := joined(c.find(name))
	return s
}

// GetOK is Get plus whether .NET's result is non-null: false for a missing
// key or a key without values. `c[k] != null` lowers to the second result.
func (c *NameValueCollection) GetOK(name string) (string, bool) {
	return joined(c.find(name))
}

// GetNullKey is NameValueCollection.Get(null).
func (c *NameValueCollection) GetNullKey() string {
	s, _ := joined(c.nullKey)
	return s
}

// GetNullKeyOK is Get(null) plus whether the result is non-null.
func (c *NameValueCollection) GetNullKeyOK() (string, bool) {
	return joined(c.nullKey)
}

func (c *NameValueCollection) at(index int32) *entry {
	if index < 0 || int(index) >= len(c.entries) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index",
			"Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	return c.entries[index]
}

// GetIndex is NameValueCollection.Get(int index) and the indexer c[index].
func (c *NameValueCollection) GetIndex(index int32) string {
	s, _ := joined(c.at(index))
	return s
}

// GetIndexOK is GetIndex plus whether .NET's result is non-null.
func (c *NameValueCollection) GetIndexOK(index int32) (string, bool) {
	return joined(c.at(index))
}

// GetKey is NameValueCollection.GetKey(index); the null key reads "" (see KeyIsNull).
func (c *NameValueCollection) GetKey(index int32) string { return c.at(index).key }

// KeyIsNull reports whether the key at index is .NET's null key.
func (c *NameValueCollection) KeyIsNull(index int32) bool { return c.at(index).isNull }

func valuesOf(e *entry) []string {
	if e == nil || len(e.values) == 0 {
		return nil
	}
	return append([]string(nil), e.values...)
}

// GetValues is NameValueCollection.GetValues(name): a copy of name's values,
// nil (null) when the key is missing or has none.
func (c *NameValueCollection) GetValues(name string) []string { return valuesOf(c.find(name)) }

// GetValuesIndex is NameValueCollection.GetValues(int index).
func (c *NameValueCollection) GetValuesIndex(index int32) []string { return valuesOf(c.at(index)) }

// GetValuesNullKey is NameValueCollection.GetValues(null).
func (c *NameValueCollection) GetValuesNullKey() []string { return valuesOf(c.nullKey) }

func (c *NameValueCollection) removeEntry(e *entry) {
	for i, x := range c.entries {
		if x == e {
			c.entries = append(c.entries[:i:i], c.entries[i+1:]...)
			break
		}
	}
}

// Remove is NameValueCollection.Remove(name); a missing name is no error.
func (c *NameValueCollection) Remove(name string) {
	c.checkWritable()
	if e := c.find(name); e != nil {
		delete(c.index, c.fold(name))
		c.removeEntry(e)
	}
	c.version++
}

// RemoveNullKey is NameValueCollection.Remove(null).
func (c *NameValueCollection) RemoveNullKey() {
	c.checkWritable()
	if c.nullKey != nil {
		c.removeEntry(c.nullKey)
		c.nullKey = nil
	}
	c.version++
}

// Clear is NameValueCollection.Clear().
func (c *NameValueCollection) Clear() {
	c.checkWritable()
	c.entries = nil
	c.index = map[string]*entry{}
	c.nullKey = nil
	c.version++
}

// Count is NameValueCollection.Count: the number of keys, the null key included.
func (c *NameValueCollection) Count() int32 { return int32(len(c.entries)) }

// AllKeys is NameValueCollection.AllKeys: the keys in order of first Add
// (the null key as ""); a new slice each call.
func (c *NameValueCollection) AllKeys() []string {
	keys := make([]string, len(c.entries))
	for i, e := range c.entries {
		keys[i] = e.key
	}
	return keys
}

// Keys is NameValueCollection.Keys (a KeysCollection in .NET): the keys as AllKeys.
func (c *NameValueCollection) Keys() []string { return c.AllKeys() }

// HasKeys is NameValueCollection.HasKeys(): whether any non-null key exists
// (a collection holding only the null key has none, as in .NET).
func (c *NameValueCollection) HasKeys() bool { return len(c.index) > 0 }

// IsReadOnly is NameObjectCollectionBase.IsReadOnly.
func (c *NameValueCollection) IsReadOnly() bool { return c.readOnly }

// SetReadOnly is the protected NameObjectCollectionBase.IsReadOnly setter,
// for runtime classes (request headers) that hand out read-only collections;
// writes then throw NotSupportedException "Collection is read-only.".
func (c *NameValueCollection) SetReadOnly(readOnly bool) { c.readOnly = readOnly }

// All is `foreach (string key in c)`: the keys in order (the null key as "").
// Changing the collection during the loop throws InvalidOperationException
// at the next step, as .NET's enumerator does.
func (c *NameValueCollection) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		version := c.version
		for i := 0; ; i++ {
			if c.version != version {
				panic(system.NewInvalidOperationException("Collection was modified; enumeration operation may not execute."))
			}
			if i >= len(c.entries) {
				return
			}
			if !yield(c.entries[i].key) {
				return
			}
		}
	}
}

// GetEnumerator is NameValueCollection.GetEnumerator(), for code that walks
// the keys by hand; All is the form `foreach` lowers to.
func (c *NameValueCollection) GetEnumerator() *KeyEnumerator {
	return &KeyEnumerator{c: c, version: c.version, index: -1}
}

// KeyEnumerator is the IEnumerator over a NameValueCollection's keys.
type KeyEnumerator struct {
	c       *NameValueCollection
	version int32
	index   int
}

// MoveNext is IEnumerator.MoveNext().
func (e *KeyEnumerator) MoveNext() bool {
	if e.version != e.c.version {
		panic(system.NewInvalidOperationException("Collection was modified; enumeration operation may not execute."))
	}
	if e.index < len(e.c.entries) {
		e.index++
	}
	return e.index < len(e.c.entries)
}

// Current is IEnumerator.Current: the current key.
func (e *KeyEnumerator) Current() string {
	if e.index < 0 || e.index >= len(e.c.entries) {
		panic(system.NewInvalidOperationException("Enumeration has either not started or has already finished."))
	}
	return e.c.entries[e.index].key
}

// Reset is IEnumerator.Reset().
func (e *KeyEnumerator) Reset() {
	if e.version != e.c.version {
		panic(system.NewInvalidOperationException("Collection was modified; enumeration operation may not execute."))
	}
	e.index = -1
}

// ToString is Object.ToString() for NameValueCollection, which .NET does not
// override: the class name. (HttpUtility.ParseQueryString's
// HttpValueCollection overrides it with the query string; that class lives
// in package web.)
func (c *NameValueCollection) ToString() string {
	return "System.Collections.Specialized.NameValueCollection"
}
