// Tests of the operators' .NET semantics that a program's output shows
// only indirectly: deferral, early stop, stability and the exceptions.
// internal/consolediff/testdata/linq.cs checks the same against Mono.

package linq

import (
	"slices"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/generic"
)

func TestDeferredUntilEnumerated(t *testing.T) {
	calls := 0
	list := generic.NewListInit[int32](1, 2, 3)
	q := Select(list.All(), func(x int32) int32 { calls++; return x * 10 })
	if calls != 0 {
		t.Fatalf("Select ran %d times before enumeration", calls)
	}
	list.Add(4)
	if got := ToArray(q); !slices.Equal(got, []int32{10, 20, 30, 40}) {
		t.Fatalf("ToArray = %v (the element added after building the query must be seen)", got)
	}
	if First(q); calls != 5 {
		t.Fatalf("First ran the selector %d times in all, want 5 (4, then 1: it stops early)", calls)
	}
}

func TestOrderByIsStable(t *testing.T) {
	type pair struct {
		key  int32
		name string
	}
	in := []pair{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}}
	var got []string
	for p := range OrderBy(generic.ArrayEnumerable(in), func(p pair) int32 { return p.key }) {
		got = append(got, p.name)
	}
	if !slices.Equal(got, []string{"b", "d", "a", "c"}) {
		t.Fatalf("OrderBy = %v, want b d a c", got)
	}
}

func TestEmptySequenceExceptions(t *testing.T) {
	empty := generic.ArrayEnumerable([]int32{})
	for name, f := range map[string]func(){
		"First": func() { First(empty) },
		"Last":  func() { Last(empty) },
		"Max":   func() { Max(empty) },
	} {
		var msg string
		system.Try(f, system.Catch(func(e *system.InvalidOperationException) { msg = e.Message() }))
		if msg != "Sequence contains no elements" {
			t.Errorf("%s on empty: %q", name, msg)
		}
	}
	if FirstOrDefault(empty) != 0 {
		t.Error("FirstOrDefault on empty is not 0")
	}
}

func TestSumIsChecked(t *testing.T) {
	var caught bool
	system.Try(func() { SumInt32(generic.ArrayEnumerable([]int32{2147483647, 1})) },
		system.Catch(func(e *system.OverflowException) { caught = true }))
	if !caught {
		t.Fatal("int Sum overflow did not throw OverflowException")
	}
}

func TestSkipTakeBounds(t *testing.T) {
	xs := generic.ArrayEnumerable([]int32{1, 2, 3})
	if got := ToArray(Skip(xs, -5)); len(got) != 3 {
		t.Errorf("Skip(-5) = %v", got)
	}
	if got := ToArray(Take(xs, 0)); len(got) != 0 {
		t.Errorf("Take(0) = %v", got)
	}
	if got := ToArray(Take(Skip(xs, 1), 10)); !slices.Equal(got, []int32{2, 3}) {
		t.Errorf("Skip(1).Take(10) = %v", got)
	}
}
