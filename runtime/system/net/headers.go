// WebHeaderCollection: .NET's header collection with its validation rules
// (spec §1, items 11-14, 39-41, 49).

package net

import (
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// WebHeaderCollection is System.Net.WebHeaderCollection. Names keep the case
// they were first added with, lookups ignore case, and names keep their
// insertion order (the order a response sends them in, item 11).
type WebHeaderCollection struct {
	entries []headerEntry
	// validate is false for collections the listener fills from the wire:
	// request headers are stored as received (item 49), not re-validated.
	validate bool
}

type headerEntry struct {
	name   string
	values []string
}

// NewWebHeaderCollection is `new WebHeaderCollection()`.
func NewWebHeaderCollection() *WebHeaderCollection {
	return &WebHeaderCollection{validate: true}
}

// newWireHeaders returns a collection for headers parsed off the wire.
func newWireHeaders() *WebHeaderCollection {
	return &WebHeaderCollection{}
}

func (h *WebHeaderCollection) find(name string) int {
	for i := range h.entries {
		if len(h.entries[i].name) == len(name) && strings.EqualFold(h.entries[i].name, name) {
			return i
		}
	}
	return -1
}

// Add is WebHeaderCollection.Add(name, value): it appends a value, keeping
// earlier ones (AppendHeader's behaviour, item 39).
func (h *WebHeaderCollection) Add(name, value string) {
	if h.validate {
		name = checkHeaderName(name)
		value = checkHeaderValue(value)
	}
	h.add(name, value)
}

func (h *WebHeaderCollection) add(name, value string) {
	if i := h.find(name); i >= 0 {
		h.entries[i].values = append(h.entries[i].values, value)
		return
	}
	h.entries = append(h.entries, headerEntry{name: name, values: []string{value}})
}

// AddLine is WebHeaderCollection.Add("Name: value").
func (h *WebHeaderCollection) AddLine(header string) {
	if header == "" {
		panic(system.NewArgumentNullException("header"))
	}
	colon := strings.IndexByte(header, ':')
	if colon < 0 {
		panic(system.NewArgumentExceptionParam("Specified value does not have a ':' separator.", "header"))
	}
	h.Add(header[:colon], header[colon+1:])
}

// Set is WebHeaderCollection.Set(name, value) and the indexer's setter: it
// replaces every value of name, in place (item 11).
func (h *WebHeaderCollection) Set(name, value string) {
	if h.validate {
		if name == "" {
			panic(system.NewArgumentNullException("name"))
		}
		name = checkHeaderName(name)
		value = checkHeaderValue(value)
	}
	h.set(name, value)
}

// set replaces without validation: the response serializer's fast path.
func (h *WebHeaderCollection) set(name, value string) {
	if i := h.find(name); i >= 0 {
		e := &h.entries[i]
		e.values = append(e.values[:0], value)
		return
	}
	h.entries = append(h.entries, headerEntry{name: name, values: []string{value}})
}

// Get is WebHeaderCollection.Get(name) and the indexer's getter: the values
// joined with ",", or "" (C#'s null) when absent.
func (h *WebHeaderCollection) Get(name string) string {
	i := h.find(name)
	if i < 0 {
		return ""
	}
	return joinValues(h.entries[i].values)
}

func joinValues(values []string) string {
	if len(values) == 1 {
		return values[0]
	}
	return strings.Join(values, ",")
}

// Contains reports whether name is present (C#'s `h[name] != null`).
func (h *WebHeaderCollection) Contains(name string) bool { return h.find(name) >= 0 }

// GetValues is WebHeaderCollection.GetValues(name): the stored values, or
// nil (C#'s null) when absent.
func (h *WebHeaderCollection) GetValues(name string) []string {
	i := h.find(name)
	if i < 0 {
		return nil
	}
	return append([]string(nil), h.entries[i].values...)
}

// Remove is WebHeaderCollection.Remove(name).
func (h *WebHeaderCollection) Remove(name string) {
	if h.validate {
		if name == "" {
			panic(system.NewArgumentNullException("name"))
		}
		checkHeaderName(name)
	}
	h.remove(name)
}

func (h *WebHeaderCollection) remove(name string) {
	if i := h.find(name); i >= 0 {
		h.entries = append(h.entries[:i], h.entries[i+1:]...)
	}
}

// Clear is WebHeaderCollection.Clear().
func (h *WebHeaderCollection) Clear() { h.entries = h.entries[:0] }

// Count is WebHeaderCollection.Count: the number of distinct names.
func (h *WebHeaderCollection) Count() int32 { return int32(len(h.entries)) }

// AllKeys is WebHeaderCollection.AllKeys, in insertion order.
func (h *WebHeaderCollection) AllKeys() []string {
	keys := make([]string, len(h.entries))
	for i, e := range h.entries {
		keys[i] = e.name
	}
	return keys
}

// Keys is WebHeaderCollection.Keys; foreach over it yields the names.
func (h *WebHeaderCollection) Keys() []string { return h.AllKeys() }

// GetKey is WebHeaderCollection.GetKey(index).
func (h *WebHeaderCollection) GetKey(index int32) string {
	h.checkIndex(index)
	return h.entries[index].name
}

// GetIndex is WebHeaderCollection.Get(index) and the int indexer.
func (h *WebHeaderCollection) GetIndex(index int32) string {
	h.checkIndex(index)
	return joinValues(h.entries[index].values)
}

// GetValuesIndex is WebHeaderCollection.GetValues(index).
func (h *WebHeaderCollection) GetValuesIndex(index int32) []string {
	h.checkIndex(index)
	return append([]string(nil), h.entries[index].values...)
}

func (h *WebHeaderCollection) checkIndex(index int32) {
	if index < 0 || int(index) >= len(h.entries) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index",
			"Index was out of range. Must be non-negative and less than the size of the collection."))
	}
}

// ForEach calls f for each name with its values, in order, without copying:
// the response serializer's allocation-free iteration. f must not keep values.
func (h *WebHeaderCollection) ForEach(f func(name string, values []string)) {
	for i := range h.entries {
		f(h.entries[i].name, h.entries[i].values)
	}
}

// Clone returns an independent copy (the Headers setter copies, item 41).
func (h *WebHeaderCollection) Clone() *WebHeaderCollection {
	c := &WebHeaderCollection{validate: h.validate, entries: make([]headerEntry, len(h.entries))}
	for i, e := range h.entries {
		c.entries[i] = headerEntry{name: e.name, values: append([]string(nil), e.values...)}
	}
	return c
}

// ToString is WebHeaderCollection.ToString(): "Name: value\r\n" per name,
// then "\r\n"; an empty collection gives "\r\n".
func (h *WebHeaderCollection) ToString() string {
	var sb strings.Builder
	for _, e := range h.entries {
		sb.WriteString(e.name)
		sb.WriteString(": ")
		sb.WriteString(joinValues(e.values))
		sb.WriteString("\r\n")
	}
	sb.WriteString("\r\n")
	return sb.String()
}

// checkHeaderName applies .NET's HttpValidationHelpers.CheckBadHeaderNameChars:
// token characters only (no separators, spaces or non-ASCII).
func checkHeaderName(name string) string {
	if name == "" {
		panic(system.NewArgumentExceptionParam("Specified value has invalid HTTP Header characters.", "name"))
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 0x80 || c < 0x20 || c == 0x7f || strings.IndexByte("()<>@,;:\\\"'/[]?={} \t", c) >= 0 {
			panic(system.NewArgumentExceptionParam("Specified value has invalid HTTP Header characters.", "name"))
		}
	}
	return name
}

// httpTrim is the set .NET trims header values with.
const httpTrim = "\t\n\v\f\r "

// checkHeaderValue applies .NET's CheckBadHeaderValueChars: values are
// trimmed; a control character (TAB aside) raises "invalid Control
// characters"; CR or LF is allowed only as a CRLF followed by a space or tab
// (an obs-fold), else "invalid CRLF characters".
func checkHeaderValue(value string) string {
	value = strings.Trim(value, httpTrim)
	const (
		plain = iota
		sawCR
		sawLF
	)
	state := plain
	for _, r := range value {
		c := r & 0xff // .NET checks the low byte of each UTF-16 unit.
		switch state {
		case plain:
			switch {
			case c == '\r':
				state = sawCR
			case c == '\n':
				state = sawLF
			case c == 0x7f || (c < ' ' && c != '\t'):
				panic(system.NewArgumentExceptionParam("Specified value has invalid Control characters.", "value"))
			}
		case sawCR:
			if c != '\n' {
				panic(system.NewArgumentExceptionParam("Specified value has invalid CRLF characters.", "value"))
			}
			state = sawLF
		case sawLF:
			if c != ' ' && c != '\t' {
				panic(system.NewArgumentExceptionParam("Specified value has invalid CRLF characters.", "value"))
			}
			state = plain
		}
	}
	if state != plain {
		panic(system.NewArgumentExceptionParam("Specified value has invalid CRLF characters.", "value"))
	}
	return value
}
