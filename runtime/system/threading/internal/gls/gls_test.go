// Tests for goroutine ids and slots.

package gls

import (
	"sync"
	"testing"
)

func TestIDDistinctAndStable(t *testing.T) {
	main := ID()
	if main != ID() {
		t.Fatal("ID not stable within a goroutine")
	}
	const n = 8
	ids := make([]int64, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids[i] = ID()
		}()
	}
	wg.Wait()
	seen := map[int64]bool{main: true}
	for _, id := range ids {
		if id <= 0 || seen[id] {
			t.Errorf("id %d is not positive and unique", id)
		}
		seen[id] = true
	}
}

func TestSlotRelease(t *testing.T) {
	before := Len()
	done := make(chan struct{})
	go func() {
		defer close(done)
		s, id := Ensure()
		defer Release(id)
		s.Thread = "x"
		if Get() != s {
			t.Error("Get did not return the slot")
		}
	}()
	<-done
	if Len() != before {
		t.Errorf("slots = %d, want %d", Len(), before)
	}
}
