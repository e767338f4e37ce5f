// Package gls is goroutine-local state for the threading runtime: the
// calling goroutine's id, and a per-goroutine slot that the runtime's own
// goroutine starters (Thread, ThreadPool, tasks) create and release.
//
// .NET code relies on thread identity in three places this runtime
// emulates: Monitor re-entrancy (the owner of a lock may enter it again),
// Thread.CurrentThread, and async methods running synchronously until their
// first await. Go deliberately hides goroutine identity, so the id is read
// from the header line of runtime.Stack ("goroutine 18 [running]:"), the
// one stable, documented-format source the standard library offers. It
// costs about a microsecond, paid only by the operations above.
package gls

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ID returns the calling goroutine's id. The main goroutine is 1.
func ID() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	b := buf[:n]
	const prefix = "goroutine "
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		panic("gls: unexpected runtime.Stack format")
	}
	var id int64
	for _, c := range b[len(prefix):] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + int64(c-'0')
	}
	return id
}

// Slot is the state one goroutine carries. Fields are only touched by the
// goroutine that owns the slot, except where a field's comment says otherwise.
type Slot struct {
	// Thread is the *threading.Thread running on this goroutine, or nil.
	Thread any
	// Async is the innermost async method frame running on this goroutine
	// (package taskcore), or nil.
	Async any
}

var (
	mu    sync.Mutex
	slots = map[int64]*Slot{}
	// live mirrors len(slots) so ReleaseCurrent can skip reading the
	// goroutine id when no goroutine has a slot.
	live atomic.Int64
)

// Get returns the calling goroutine's slot, or nil when it has none.
func Get() *Slot { return GetID(ID()) }

// GetID returns the slot of goroutine id, or nil.
func GetID(id int64) *Slot {
	mu.Lock()
	defer mu.Unlock()
	return slots[id]
}

// Ensure returns the calling goroutine's slot, creating it. A goroutine
// that creates a slot must Release it before ending, or the slot leaks.
func Ensure() (s *Slot, id int64) {
	id = ID()
	mu.Lock()
	defer mu.Unlock()
	s = slots[id]
	if s == nil {
		s = &Slot{}
		slots[id] = s
		live.Add(1)
	}
	return s, id
}

// Release drops goroutine id's slot; goroutine starters defer it.
func Release(id int64) {
	mu.Lock()
	if _, ok := slots[id]; ok {
		delete(slots, id)
		live.Add(-1)
	}
	mu.Unlock()
}

// ReleaseCurrent drops the calling goroutine's slot, if it has one. The
// runtime's goroutine starters defer it, so that state created lazily on
// their goroutines (Thread.CurrentThread) does not outlive them; it costs
// nothing while no goroutine has a slot.
func ReleaseCurrent() {
	if live.Load() == 0 {
		return
	}
	Release(ID())
}

// Len is the number of live slots, for leak tests.
func Len() int {
	mu.Lock()
	defer mu.Unlock()
	return len(slots)
}
