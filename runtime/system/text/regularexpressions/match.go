// This file implements Match, Group and their collections.

package regularexpressions

import (
	"iter"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
)

// Group is System.Text.RegularExpressions.Group.
type Group struct {
	success    bool
	value      string
	name       string
	start, end int // byte offsets in the input
	input      string
}

// Success is Group.Success.
func (g *Group) Success() bool { return g.success }

// Value is Group.Value ("" when the group did not take part).
func (g *Group) Value() string { return g.value }

// Name is Group.Name: the group's name, or its number.
func (g *Group) Name() string { return g.name }

// Index is Group.Index, in UTF-16 code units as .NET counts string
// positions.
func (g *Group) Index() int32 { return utf16Len(g.input[:g.start]) }

// Length is Group.Length, in UTF-16 code units.
func (g *Group) Length() int32 { return utf16Len(g.value) }

// ToString is Group.ToString(): the value.
func (g *Group) ToString() string { return g.value }

func utf16Len(s string) int32 {
	n := int32(0)
	for _, r := range s {
		n += int32(utf16.RuneLen(r)) // an invalid byte decodes as U+FFFD: one unit
	}
	return n
}

// Match is System.Text.RegularExpressions.Match: group 0 and the others.
type Match struct {
	Group
	groups []*Group
	regex  *Regex
}

// Groups is Match.Groups.
func (m *Match) Groups() *GroupCollection { return &GroupCollection{m: m} }

// NextMatch is Match.NextMatch(): the next match after this one (an empty
// match moves on by one character, as in .NET).
func (m *Match) NextMatch() *Match {
	if !m.success {
		return m
	}
	at := m.end
	if m.end == m.start {
		if at >= len(m.input) {
			return failed(m.regex, m.input)
		}
		_, size := utf8.DecodeRuneInString(m.input[at:])
		at += size
	}
	return m.regex.matchAt(m.input, at)
}

// matchAt finds the first match starting at or after byte offset at.
func (r *Regex) matchAt(input string, at int) *Match {
	if at > len(input) {
		return failed(r, input)
	}
	loc := r.re.FindStringSubmatchIndex(input[at:])
	if loc == nil {
		return failed(r, input)
	}
	names := r.re.SubexpNames()
	m := &Match{regex: r}
	for n, i := range r.order {
		g := &Group{input: input, name: names[i]}
		if g.name == "" {
			g.name = itoa(n)
		}
		if loc[2*i] >= 0 {
			g.success = true
			g.start, g.end = at+loc[2*i], at+loc[2*i+1]
			g.value = input[g.start:g.end]
		}
		m.groups = append(m.groups, g)
	}
	m.Group = *m.groups[0]
	return m
}

func failed(r *Regex, input string) *Match {
	m := &Match{regex: r, Group: Group{input: input, name: "0"}}
	m.groups = []*Group{&m.Group}
	return m
}

func itoa(i int) string { return strconv.Itoa(i) }

// GroupCollection is System.Text.RegularExpressions.GroupCollection.
type GroupCollection struct{ m *Match }

// Count is GroupCollection.Count.
func (c *GroupCollection) Count() int32 { return int32(len(c.m.groups)) }

// GetIndex is groups[i]; a number with no group gives a failed group, as
// in .NET.
func (c *GroupCollection) GetIndex(i int32) *Group {
	if i < 0 || int(i) >= len(c.m.groups) {
		return &Group{input: c.m.input, name: itoa(int(i))}
	}
	return c.m.groups[i]
}

// Get is groups["name"]; an unknown name gives a failed group.
func (c *GroupCollection) Get(name string) *Group {
	for _, g := range c.m.groups {
		if g.name == name {
			return g
		}
	}
	return &Group{input: c.m.input, name: name}
}

// MatchCollection is System.Text.RegularExpressions.MatchCollection.
type MatchCollection struct{ matches []*Match }

// Count is MatchCollection.Count.
func (c *MatchCollection) Count() int32 { return int32(len(c.matches)) }

// GetIndex is matches[i].
func (c *MatchCollection) GetIndex(i int32) *Match {
	if i < 0 || int(i) >= len(c.matches) {
		panic(system.NewArgumentOutOfRangeException("i"))
	}
	return c.matches[i]
}

// All is `foreach (Match m in matches)`.
func (c *MatchCollection) All() iter.Seq[*Match] { return slices.Values(c.matches) }
