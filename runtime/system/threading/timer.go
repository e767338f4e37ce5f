// System.Threading.Timer: callbacks on the thread pool after a due time and
// then periodically.

package threading

import (
	"sync"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// Timer is System.Threading.Timer. Each tick runs the callback on its own
// goroutine, so a slow callback can overlap the next tick, as on .NET's
// thread pool. An exception escaping the callback ends the process.
type Timer struct {
	callback func(any)
	state    any

	mu       sync.Mutex
	t        *time.Timer
	gen      int // bumped by Change/Dispose so stale ticks do nothing
	period   time.Duration
	disposed bool
}

// NewTimer is `new Timer(callback, state, dueTime, period)` with
// millisecond times; -1 (Timeout.Infinite) as dueTime never fires, as
// period fires once.
func NewTimer(callback func(any), state any, dueTime, period int32) *Timer {
	if callback == nil {
		panic(system.NewArgumentNullException("callback"))
	}
	tm := &Timer{callback: callback, state: state}
	tm.Change(dueTime, period)
	return tm
}

// Change is Timer.Change(dueTime, period): it reschedules the timer;
// false once disposed.
func (tm *Timer) Change(dueTime, period int32) bool {
	if dueTime < -1 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("dueTime",
			"Number must be either non-negative and less than or equal to Int32.MaxValue or -1."))
	}
	if period < -1 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("period",
			"Number must be either non-negative and less than or equal to Int32.MaxValue or -1."))
	}
	tm.mu.Lock()
	defer tm.mu.Unlock()
	if tm.disposed {
		return false
	}
	tm.gen++
	if tm.t != nil {
		tm.t.Stop()
		tm.t = nil
	}
	tm.period = 0
	if period > 0 {
		tm.period = time.Duration(period) * time.Millisecond
	}
	if dueTime >= 0 {
		tm.schedule(time.Duration(dueTime)*time.Millisecond, tm.gen)
	}
	return true
}

// schedule arms the next tick; tm.mu is held.
func (tm *Timer) schedule(d time.Duration, gen int) {
	tm.t = time.AfterFunc(d, func() { tm.fire(gen) })
}

func (tm *Timer) fire(gen int) {
	tm.mu.Lock()
	if tm.disposed || tm.gen != gen {
		tm.mu.Unlock()
		return
	}
	if tm.period > 0 {
		tm.schedule(tm.period, gen)
	}
	tm.mu.Unlock()
	runPoolItem(func() { tm.callback(tm.state) })
}

// Dispose is Timer.Dispose(): no further ticks start (one already running
// finishes).
func (tm *Timer) Dispose() {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.disposed = true
	tm.gen++
	if tm.t != nil {
		tm.t.Stop()
	}
}
