// Tests for Using, Lazy<T> and object equality.

package system

import (
	"sync"
	"sync/atomic"
	"testing"
)

type disposable struct{ disposed *[]string }

func (d *disposable) Dispose() { *d.disposed = append(*d.disposed, "disposed") }

// TestUsing checks that using disposes on normal exit and when the body
// throws, and skips a null resource.
func TestUsing(t *testing.T) {
	var log []string
	Using(&disposable{&log}, func(d *disposable) { log = append(log, "body") })
	Try(func() {
		Using(&disposable{&log}, func(d *disposable) { panic(NewInvalidOperationException("x")) })
	}, Catch(func(e *InvalidOperationException) { log = append(log, "caught") }))
	var none *disposable
	Using(none, func(d *disposable) { log = append(log, "null body") })
	want := []string{"body", "disposed", "disposed", "caught", "null body"}
	if len(log) != len(want) {
		t.Fatalf("log = %v, want %v", log, want)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Fatalf("log = %v, want %v", log, want)
		}
	}
}

// TestLazy checks that the factory runs once under concurrent access and
// that a factory exception is cached and rethrown, as in .NET's default mode.
func TestLazy(t *testing.T) {
	var calls atomic.Int32
	l := NewLazy(func() int32 { calls.Add(1); return 42 })
	if l.IsValueCreated() || l.ToString() != "Value is not created." {
		t.Error("value created before first use")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v := l.Value(); v != 42 {
				t.Errorf("Value = %d", v)
			}
		}()
	}
	wg.Wait()
	if calls.Load() != 1 || !l.IsValueCreated() || l.ToString() != "42" {
		t.Errorf("calls = %d, created = %v", calls.Load(), l.IsValueCreated())
	}
	boom := NewInvalidOperationException("boom")
	bad := NewLazy(func() string { calls.Add(1); panic(boom) })
	for range 2 {
		if got := catchAny(func() { bad.Value() }); got != Exception(boom) {
			t.Errorf("Value threw %v, want the cached exception", got)
		}
	}
	if calls.Load() != 2 {
		t.Errorf("failing factory ran %d times, want once", calls.Load()-1)
	}
}

// TestObjectEquals checks object.Equals and ReferenceEquals on boxed values,
// strings, class instances, arrays and nulls.
func TestObjectEquals(t *testing.T) {
	v1, v2 := NewVersion(1, 2), NewVersion(1, 2)
	arr := []int32{1}
	var nilVersion *Version
	for _, tc := range []struct {
		name      string
		a, b      any
		equals    bool
		reference bool
	}{
		{"boxed ints", int32(5), int32(5), true, false},
		{"int vs long", int32(5), int64(5), false, false},
		{"strings", "a", "a", true, false},
		{"equal versions", v1, v2, true, false},
		{"equal dates", NewDateTime(2024, 1, 2), NewDateTimeKind(2024, 1, 2, 0, 0, 0, DateTimeKindUtc), true, false},
		{"same version", v1, v1, true, true},
		{"same array", arr, arr, true, true},
		{"equal arrays", arr, []int32{1}, false, false},
		{"null null", nil, nil, true, true},
		{"typed null", nilVersion, nil, true, true},
		{"null value", nil, int32(0), false, false},
		{"guids", GuidEmpty(), Guid{}, true, false},
	} {
		if got := ObjectEquals(tc.a, tc.b); got != tc.equals {
			t.Errorf("%s: Equals = %v, want %v", tc.name, got, tc.equals)
		}
		if got := ObjectReferenceEquals(tc.a, tc.b); got != tc.reference {
			t.Errorf("%s: ReferenceEquals = %v, want %v", tc.name, got, tc.reference)
		}
	}
}
