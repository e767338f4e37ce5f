// Tests for NameValueCollection against values printed by Mono's
// System.Collections.Specialized (the same reference-source class .NET ships).

package specialized

import (
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/google/go-cmp/cmp"
)

// catch runs f and returns the .NET exception it throws, or nil.
func catch(f func()) (ex system.Exception) {
	system.Try(f, system.Catch(func(e system.Exception) { ex = e }))
	return ex
}

// sample builds the collection of the Mono oracle program:
// Add("A","1"); Add("b","2"); Add("a","3"); Add(null,"n1"); Add("c",null); Add("","e").
func sample() *NameValueCollection {
	c := NewNameValueCollection()
	c.Add("A", "1")
	c.Add("b", "2")
	c.Add("a", "3")
	c.AddNullKey("n1")
	c.AddKeyOnly("c")
	c.Add("", "e")
	return c
}

func TestNameValueCollectionReads(t *testing.T) {
	c := sample()
	ok := func(s string, b bool) any { return [2]any{s, b} }
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"Count", c.Count(), int32(5)},
		{"Get case-insensitive, joined with ','", c.Get("a"), "1,3"},
		{"GetIndex(0)", c.GetIndex(0), "1,3"},
		{"key without values is null", ok(c.GetOK("c")), ok("", false)},
		{"missing key is null", ok(c.GetOK("zz")), ok("", false)},
		{"GetKey keeps first spelling", c.GetKey(0), "A"},
		{"null key sits at index 2", c.KeyIsNull(2), true},
		{"index 3 is not null", c.KeyIsNull(3), false},
		{"Get(null)", c.GetNullKey(), "n1"},
		{"empty key differs from null key", c.Get(""), "e"},
		{"AllKeys in first-Add order", c.AllKeys(), []string{"A", "b", "", "c", ""}},
		{"GetValues missing is null", c.GetValues("zz") == nil, true},
		{"GetValues without values is null", c.GetValues("c") == nil, true},
		{"GetValues", c.GetValues("A"), []string{"1", "3"}},
		{"HasKeys", c.HasKeys(), true},
		{"ToString is the class name", c.ToString(), "System.Collections.Specialized.NameValueCollection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestNameValueCollectionWrites(t *testing.T) {
	tests := []struct {
		name string
		do   func(c *NameValueCollection) any
		want any
	}{
		{"only the null key: HasKeys false, Count 1", func(*NameValueCollection) any {
			d := NewNameValueCollection()
			d.AddNullKey("x")
			return [2]any{d.HasKeys(), d.Count()}
		}, [2]any{false, int32(1)}},
		{"Set replaces values, keeps key spelling", func(c *NameValueCollection) any {
			c.Set("A", "9")
			return c.Get("a") + " " + c.GetKey(0)
		}, "9 A"},
		{"Remove is case-insensitive", func(c *NameValueCollection) any {
			c.Remove("B")
			return c.AllKeys()
		}, []string{"A", "", "c", ""}},
		{"Remove missing is no error", func(c *NameValueCollection) any {
			c.Remove("nope")
			return c.Count()
		}, int32(5)},
		{"RemoveNullKey", func(c *NameValueCollection) any {
			c.RemoveNullKey()
			return [2]any{c.Count(), c.GetNullKey()}
		}, [2]any{int32(4), ""}},
		{"Clear", func(c *NameValueCollection) any {
			c.Clear()
			return [2]any{c.Count(), c.HasKeys()}
		}, [2]any{int32(0), false}},
		{"copy constructor", func(c *NameValueCollection) any {
			d := NewNameValueCollectionFrom(c)
			c.Add("A", "x")
			return d.Get("a")
		}, "1,3"},
		{"ordinal comparer is case-sensitive", func(*NameValueCollection) any {
			d := NewNameValueCollectionOrdinal()
			d.Add("A", "1")
			d.Add("a", "2")
			return d.Count()
		}, int32(2)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.do(sample())); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestNameValueCollectionErrors(t *testing.T) {
	tests := []struct {
		name    string
		do      func(c *NameValueCollection)
		wantTyp string
		wantMsg string
	}{
		{"GetIndex out of range", func(c *NameValueCollection) { c.GetIndex(99) },
			"System.ArgumentOutOfRangeException",
			"Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"},
		{"modified during foreach", func(c *NameValueCollection) {
			for range c.All() {
				c.Add("q", "1")
			}
		}, "System.InvalidOperationException", "Collection was modified; enumeration operation may not execute."},
		{"read-only", func(c *NameValueCollection) {
			c.SetReadOnly(true)
			c.Add("x", "y")
		}, "System.NotSupportedException", "Collection is read-only."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := catch(func() { tt.do(sample()) })
			if ex == nil {
				t.Fatal("no exception")
			}
			if got := ex.GetType().FullName(); got != tt.wantTyp {
				t.Errorf("type %s, want %s", got, tt.wantTyp)
			}
			if got := ex.Message(); got != tt.wantMsg {
				t.Errorf("message %q, want %q", got, tt.wantMsg)
			}
		})
	}
}

func TestNameValueCollectionEnumerator(t *testing.T) {
	c := sample()
	var keys []string
	e := c.GetEnumerator()
	for e.MoveNext() {
		keys = append(keys, e.Current())
	}
	if diff := cmp.Diff([]string{"A", "b", "", "c", ""}, keys); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var all []string
	for k := range c.All() {
		all = append(all, k)
	}
	if diff := cmp.Diff(keys, all); diff != "" {
		t.Errorf("All differs from enumerator (-want +got)\n%s", diff)
	}
}

// TestItem56_NullKeyRepresentation checks the shapes HttpListenerRequest.
// QueryString builds (spec item 56): "?a&b" puts "a" and "b" under the
// null key, "=e" uses the key "", a trailing '&' adds (null, ""). Values
// from the Mono oracle nvc2.cs: "a,b|1|False" then "a,b,|2|True|e|3|True".
func TestItem56_NullKeyRepresentation(t *testing.T) {
	c := NewNameValueCollection()
	c.AddNullKey("a")
	c.AddNullKey("b")
	first := []any{c.GetNullKey(), c.Count(), c.HasKeys()}
	c.Add("", "e")
	c.AddNullKey("")
	second := []any{c.GetNullKey(), c.Count(), c.HasKeys(), c.Get(""), len(c.GetValuesNullKey()), c.KeyIsNull(0)}
	if diff := cmp.Diff([]any{"a,b", int32(1), false}, first); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if diff := cmp.Diff([]any{"a,b,", int32(2), true, "e", 3, true}, second); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
