// The "slim" synchronization types: ManualResetEventSlim, CountdownEvent
// and SemaphoreSlim (with WaitAsync).

package threading

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/taskcore"
)

// ManualResetEventSlim is System.Threading.ManualResetEventSlim.
type ManualResetEventSlim struct{ ev *ManualResetEvent }

// NewManualResetEventSlim is `new ManualResetEventSlim()` (unset).
func NewManualResetEventSlim() *ManualResetEventSlim {
	return NewManualResetEventSlimState(false)
}

// NewManualResetEventSlimState is `new ManualResetEventSlim(initialState)`.
func NewManualResetEventSlimState(initialState bool) *ManualResetEventSlim {
	return &ManualResetEventSlim{ev: NewManualResetEvent(initialState)}
}

// Set is ManualResetEventSlim.Set().
func (e *ManualResetEventSlim) Set() { e.ev.Set() }

// Reset is ManualResetEventSlim.Reset().
func (e *ManualResetEventSlim) Reset() { e.ev.Reset() }

// IsSet is ManualResetEventSlim.IsSet.
func (e *ManualResetEventSlim) IsSet() bool {
	hlock()
	defer hunlock()
	return e.ev.state.signaled
}

// Wait is ManualResetEventSlim.Wait().
func (e *ManualResetEventSlim) Wait() { e.ev.WaitOne() }

// WaitTimeout is ManualResetEventSlim.Wait(millisecondsTimeout): false on timeout.
func (e *ManualResetEventSlim) WaitTimeout(milliseconds int32) bool {
	return e.ev.WaitOneTimeout(milliseconds)
}

// WaitToken is ManualResetEventSlim.Wait(cancellationToken): it throws
// OperationCanceledException when the token is canceled first.
func (e *ManualResetEventSlim) WaitToken(token CancellationToken) {
	waitOrCancel([]waitable{&e.ev.state}, -1, token)
}

// WaitHandle is ManualResetEventSlim.WaitHandle.
func (e *ManualResetEventSlim) WaitHandle() WaitHandle { return e.ev }

// Dispose is ManualResetEventSlim.Dispose(); nothing to free.
func (e *ManualResetEventSlim) Dispose() {}

// waitOrCancel waits on hs (any) and throws OperationCanceledException
// when token is canceled first, as .NET's token-taking waits do.
func waitOrCancel(hs []waitable, milliseconds int32, token CancellationToken) int32 {
	token.ThrowIfCancellationRequested()
	r := waitOn(hs, false, milliseconds, token.done())
	if r == -2 {
		panic(newCanceled(token))
	}
	return r
}

// countdownState is a CountdownEvent's count; ready when it reached zero.
type countdownState struct{ initial, current int32 }

func (c *countdownState) ready() bool { return c.current <= 0 }
func (c *countdownState) take()       {}

// CountdownEvent is System.Threading.CountdownEvent.
type CountdownEvent struct {
	handleBase
	state countdownState
}

// NewCountdownEvent is `new CountdownEvent(initialCount)`.
func NewCountdownEvent(initialCount int32) *CountdownEvent {
	if initialCount < 0 {
		panic(system.NewArgumentOutOfRangeException("initialCount"))
	}
	c := &CountdownEvent{state: countdownState{initialCount, initialCount}}
	c.w = &c.state
	return c
}

// CurrentCount is CountdownEvent.CurrentCount.
func (c *CountdownEvent) CurrentCount() int32 {
	hlock()
	defer hunlock()
	return max(c.state.current, 0)
}

// InitialCount is CountdownEvent.InitialCount.
func (c *CountdownEvent) InitialCount() int32 {
	hlock()
	defer hunlock()
	return c.state.initial
}

// IsSet is CountdownEvent.IsSet: the count reached zero.
func (c *CountdownEvent) IsSet() bool {
	hlock()
	defer hunlock()
	return c.state.current <= 0
}

// Signal is CountdownEvent.Signal(): it decrements the count and reports
// whether that set the event. Signaling a set event throws
// InvalidOperationException.
func (c *CountdownEvent) Signal() bool { return c.SignalCount(1) }

// SignalCount is CountdownEvent.Signal(signalCount).
func (c *CountdownEvent) SignalCount(signalCount int32) bool {
	if signalCount <= 0 {
		panic(system.NewArgumentOutOfRangeException("signalCount"))
	}
	hlock()
	defer hunlock()
	if c.state.current < signalCount {
		panic(system.NewInvalidOperationException("Invalid attempt made to decrement the event's count below zero."))
	}
	c.state.current -= signalCount
	if c.state.current == 0 {
		hbroadcast()
		return true
	}
	return false
}

// AddCount is CountdownEvent.AddCount(): it throws InvalidOperationException
// when the event is already set.
func (c *CountdownEvent) AddCount() { c.AddCountN(1) }

// AddCountN is CountdownEvent.AddCount(signalCount).
func (c *CountdownEvent) AddCountN(signalCount int32) {
	if !c.TryAddCountN(signalCount) {
		panic(system.NewInvalidOperationException("The event is already signaled and cannot be incremented."))
	}
}

// TryAddCount is CountdownEvent.TryAddCount(): false when already set.
func (c *CountdownEvent) TryAddCount() bool { return c.TryAddCountN(1) }

// TryAddCountN is CountdownEvent.TryAddCount(signalCount).
func (c *CountdownEvent) TryAddCountN(signalCount int32) bool {
	if signalCount <= 0 {
		panic(system.NewArgumentOutOfRangeException("signalCount"))
	}
	hlock()
	defer hunlock()
	if c.state.current <= 0 {
		return false
	}
	c.state.current += signalCount
	return true
}

// Reset is CountdownEvent.Reset(): back to the initial count.
func (c *CountdownEvent) Reset() {
	hlock()
	c.state.current = c.state.initial
	hunlock()
}

// ResetCount is CountdownEvent.Reset(count): a new initial count.
func (c *CountdownEvent) ResetCount(count int32) {
	if count < 0 {
		panic(system.NewArgumentOutOfRangeException("count"))
	}
	hlock()
	c.state.initial, c.state.current = count, count
	if count == 0 {
		hbroadcast()
	}
	hunlock()
}

// Wait is CountdownEvent.Wait(): until the count reaches zero.
func (c *CountdownEvent) Wait() { c.WaitOne() }

// WaitTimeout is CountdownEvent.Wait(millisecondsTimeout).
func (c *CountdownEvent) WaitTimeout(milliseconds int32) bool { return c.WaitOneTimeout(milliseconds) }

// WaitToken is CountdownEvent.Wait(cancellationToken).
func (c *CountdownEvent) WaitToken(token CancellationToken) {
	waitOrCancel([]waitable{&c.state}, -1, token)
}

// WaitHandle is CountdownEvent.WaitHandle.
func (c *CountdownEvent) WaitHandle() WaitHandle { return c }

// SemaphoreSlim is System.Threading.SemaphoreSlim.
type SemaphoreSlim struct{ state semState }

// NewSemaphoreSlim is `new SemaphoreSlim(initialCount)` (no maximum).
func NewSemaphoreSlim(initialCount int32) *SemaphoreSlim {
	return NewSemaphoreSlimMax(initialCount, 1<<31-1)
}

// NewSemaphoreSlimMax is `new SemaphoreSlim(initialCount, maxCount)`.
func NewSemaphoreSlimMax(initialCount, maxCount int32) *SemaphoreSlim {
	return &SemaphoreSlim{state: newSemState(initialCount, maxCount)}
}

// CurrentCount is SemaphoreSlim.CurrentCount.
func (s *SemaphoreSlim) CurrentCount() int32 {
	hlock()
	defer hunlock()
	return s.state.count
}

// Wait is SemaphoreSlim.Wait(): it takes one count, waiting for one.
func (s *SemaphoreSlim) Wait() { waitOn([]waitable{&s.state}, false, -1, nil) }

// WaitTimeout is SemaphoreSlim.Wait(millisecondsTimeout): false on timeout.
func (s *SemaphoreSlim) WaitTimeout(milliseconds int32) bool {
	return waitOn([]waitable{&s.state}, false, milliseconds, nil) == 0
}

// WaitToken is SemaphoreSlim.Wait(cancellationToken).
func (s *SemaphoreSlim) WaitToken(token CancellationToken) {
	waitOrCancel([]waitable{&s.state}, -1, token)
}

// WaitTimeoutToken is SemaphoreSlim.Wait(millisecondsTimeout, cancellationToken).
func (s *SemaphoreSlim) WaitTimeoutToken(milliseconds int32, token CancellationToken) bool {
	return waitOrCancel([]waitable{&s.state}, milliseconds, token) == 0
}

// WaitAsync is SemaphoreSlim.WaitAsync(): a task that completes once a
// count is taken (at once when one is free).
func (s *SemaphoreSlim) WaitAsync() *taskcore.Task {
	t := taskcore.New()
	if s.WaitTimeout(0) {
		taskcore.Finish(t)
		return t
	}
	taskcore.Go(t, s.Wait, nil)
	return t
}

// WaitAsyncTimeout is SemaphoreSlim.WaitAsync(millisecondsTimeout): its
// result is false on timeout.
func (s *SemaphoreSlim) WaitAsyncTimeout(milliseconds int32) *taskcore.TaskOf[bool] {
	checkTimeout(milliseconds)
	t := taskcore.NewOf[bool]()
	if s.WaitTimeout(0) {
		taskcore.SetResult(t, true)
		return t
	}
	taskcore.GoOf(t, func() bool { return s.WaitTimeout(milliseconds) }, nil)
	return t
}

// WaitAsyncToken is SemaphoreSlim.WaitAsync(cancellationToken): the task
// is canceled when the token is canceled first.
func (s *SemaphoreSlim) WaitAsyncToken(token CancellationToken) *taskcore.Task {
	t := taskcore.New()
	if token.IsCancellationRequested() {
		taskcore.Cancel(t, nil)
		return t
	}
	taskcore.Go(t, func() { s.WaitToken(token) }, func(system.Exception) bool { return true })
	return t
}

// Release is SemaphoreSlim.Release(): the previous count. Releasing past
// the maximum throws SemaphoreFullException.
func (s *SemaphoreSlim) Release() int32 { return s.state.release(1) }

// ReleaseCount is SemaphoreSlim.Release(releaseCount).
func (s *SemaphoreSlim) ReleaseCount(releaseCount int32) int32 {
	return s.state.release(releaseCount)
}

// Dispose is SemaphoreSlim.Dispose(); nothing to free.
func (s *SemaphoreSlim) Dispose() {}
