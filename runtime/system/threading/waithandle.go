// Wait handles: WaitHandle with WaitAll/WaitAny, EventWaitHandle,
// ManualResetEvent, AutoResetEvent and Semaphore.
//
// All handles share one mutex and one "something changed" broadcast: a
// waiter checks the handles it waits on under the mutex, and otherwise
// sleeps until any handle changes. That makes WaitAll atomic (it takes all
// handles at once or none, as Windows does) at the price of waking every
// waiter on each change, which is cheap for the handful of handles a
// program has.

package threading

import (
	"sync"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

var (
	hmu      sync.Mutex
	hchanged = make(chan struct{}) // closed and replaced on every state change
)

func hlock()   { hmu.Lock() }
func hunlock() { hmu.Unlock() }

// hbroadcast wakes every waiter; the handle mutex is held.
func hbroadcast() {
	close(hchanged)
	hchanged = make(chan struct{})
}

// waitable is the state a wait handle has; methods run under the handle mutex.
type waitable interface {
	// ready reports whether a wait would succeed now.
	ready() bool
	// take consumes what a successful wait consumes (an auto-reset
	// event's signal, a semaphore count).
	take()
}

// WaitHandleWaitTimeout is WaitHandle.WaitTimeout: what WaitAny returns on timeout.
const WaitHandleWaitTimeout int32 = 258

// waitOn waits until one (all=false) or all of hs are ready, then takes
// them. It returns the index taken (0 for all), WaitHandleWaitTimeout on
// timeout, or -2 when cancel was closed first.
func waitOn(hs []waitable, all bool, milliseconds int32, cancel <-chan struct{}) int32 {
	checkTimeout(milliseconds)
	deadline := time.Now().Add(time.Duration(milliseconds) * time.Millisecond)
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	hlock()
	for {
		if i := tryTake(hs, all); i >= 0 {
			hunlock()
			return i
		}
		if milliseconds == 0 || (milliseconds > 0 && !time.Now().Before(deadline)) {
			hunlock()
			return WaitHandleWaitTimeout
		}
		ch := hchanged
		hunlock()
		var timeout <-chan time.Time
		if milliseconds > 0 {
			if timer == nil {
				timer = time.NewTimer(time.Until(deadline))
			}
			timeout = timer.C
		}
		select {
		case <-ch:
		case <-timeout:
			milliseconds = 0 // one last look, then time out
		case <-cancel:
			return -2
		}
		hlock()
	}
}

func tryTake(hs []waitable, all bool) int32 {
	if all {
		for _, h := range hs {
			if !h.ready() {
				return -1
			}
		}
		for _, h := range hs {
			h.take()
		}
		return 0
	}
	for i, h := range hs {
		if h.ready() {
			h.take()
			return int32(i)
		}
	}
	return -1
}

// WaitHandle is System.Threading.WaitHandle, the base of events and semaphores.
type WaitHandle interface {
	// WaitOne is WaitHandle.WaitOne(): it waits until signaled; always true.
	WaitOne() bool
	// WaitOneTimeout is WaitHandle.WaitOne(millisecondsTimeout): false on timeout.
	WaitOneTimeout(milliseconds int32) bool
	// WaitOneTimeSpan is WaitHandle.WaitOne(TimeSpan timeout).
	WaitOneTimeSpan(timeout system.TimeSpan) bool
	// Close is WaitHandle.Close().
	Close()
	// Dispose is WaitHandle.Dispose().
	Dispose()
	waitable() waitable
}

// handleBase implements WaitHandle's methods over a waitable.
type handleBase struct{ w waitable }

// WaitOne is WaitHandle.WaitOne().
func (b *handleBase) WaitOne() bool { return b.WaitOneTimeout(-1) }

// WaitOneTimeout is WaitHandle.WaitOne(millisecondsTimeout).
func (b *handleBase) WaitOneTimeout(milliseconds int32) bool {
	return waitOn([]waitable{b.w}, false, milliseconds, nil) == 0
}

// Close is WaitHandle.Close(). Handles hold no OS resources here, so it
// does nothing.
func (b *handleBase) Close() {}

// Dispose is WaitHandle.Dispose() (see Close).
func (b *handleBase) Dispose() {}

func (b *handleBase) waitable() waitable { return b.w }

func waitables(handles []WaitHandle) []waitable {
	if handles == nil {
		panic(system.NewArgumentNullException("waitHandles"))
	}
	if len(handles) == 0 {
		panic(system.NewArgumentExceptionParam("Waithandle array may not be empty.", "waitHandles"))
	}
	ws := make([]waitable, len(handles))
	for i, h := range handles {
		if h == nil {
			panic(system.NewArgumentNullExceptionMessage("waitHandles", "At least one element in the specified array was null."))
		}
		ws[i] = h.waitable()
	}
	return ws
}

// WaitHandleWaitAll is WaitHandle.WaitAll(waitHandles): it waits until all
// are signaled and takes them together; always true.
func WaitHandleWaitAll(handles []WaitHandle) bool {
	return WaitHandleWaitAllTimeout(handles, -1)
}

// WaitHandleWaitAllTimeout is WaitHandle.WaitAll(waitHandles, millisecondsTimeout).
func WaitHandleWaitAllTimeout(handles []WaitHandle, milliseconds int32) bool {
	return waitOn(waitables(handles), true, milliseconds, nil) == 0
}

// WaitHandleWaitAny is WaitHandle.WaitAny(waitHandles): the index of the
// (lowest-numbered) signaled handle.
func WaitHandleWaitAny(handles []WaitHandle) int32 {
	return WaitHandleWaitAnyTimeout(handles, -1)
}

// WaitHandleWaitAnyTimeout is WaitHandle.WaitAny(waitHandles,
// millisecondsTimeout): WaitHandleWaitTimeout (258) on timeout.
func WaitHandleWaitAnyTimeout(handles []WaitHandle, milliseconds int32) int32 {
	return waitOn(waitables(handles), false, milliseconds, nil)
}

// EventResetMode is System.Threading.EventResetMode.
type EventResetMode int32

// The EventResetMode members.
const (
	EventResetModeAutoReset EventResetMode = iota
	EventResetModeManualReset
)

// eventState is an event's flag.
type eventState struct {
	signaled bool
	auto     bool
}

func (e *eventState) ready() bool { return e.signaled }
func (e *eventState) take() {
	if e.auto {
		e.signaled = false
	}
}

// EventWaitHandle is System.Threading.EventWaitHandle.
type EventWaitHandle struct {
	handleBase
	state eventState
}

// NewEventWaitHandle is `new EventWaitHandle(initialState, mode)`.
func NewEventWaitHandle(initialState bool, mode EventResetMode) *EventWaitHandle {
	e := &EventWaitHandle{}
	e.init(initialState, mode == EventResetModeAutoReset)
	return e
}

func (e *EventWaitHandle) init(initialState, auto bool) {
	e.state = eventState{signaled: initialState, auto: auto}
	e.w = &e.state
}

// Set is EventWaitHandle.Set(): it signals the event, releasing all waiters
// (manual reset) or one (auto reset); always true.
func (e *EventWaitHandle) Set() bool {
	hlock()
	e.state.signaled = true
	hbroadcast()
	hunlock()
	return true
}

// Reset is EventWaitHandle.Reset(): it clears the signal; always true.
func (e *EventWaitHandle) Reset() bool {
	hlock()
	e.state.signaled = false
	hunlock()
	return true
}

// ManualResetEvent is System.Threading.ManualResetEvent.
type ManualResetEvent struct{ EventWaitHandle }

// NewManualResetEvent is `new ManualResetEvent(initialState)`.
func NewManualResetEvent(initialState bool) *ManualResetEvent {
	e := &ManualResetEvent{}
	e.init(initialState, false)
	return e
}

// AutoResetEvent is System.Threading.AutoResetEvent: Set releases a single
// waiter, and the event resets itself when a wait succeeds.
type AutoResetEvent struct{ EventWaitHandle }

// NewAutoResetEvent is `new AutoResetEvent(initialState)`.
func NewAutoResetEvent(initialState bool) *AutoResetEvent {
	e := &AutoResetEvent{}
	e.init(initialState, true)
	return e
}

// SemaphoreFullExceptionType is System.Threading.SemaphoreFullException.
var SemaphoreFullExceptionType = &system.Type{Name: "SemaphoreFullException", Namespace: "System.Threading",
	Base: system.SystemExceptionType, DefaultMessage: "Adding the specified count to the semaphore would cause it to exceed its maximum count."}

// SemaphoreFullException is System.Threading.SemaphoreFullException.
type SemaphoreFullException struct{ system.SystemException }

// NewSemaphoreFullException is `new SemaphoreFullException(message)`; empty gives .NET's text.
func NewSemaphoreFullException(message string) *SemaphoreFullException {
	e := &SemaphoreFullException{}
	e.SetHResult(-2146233045)
	e.Init(e, SemaphoreFullExceptionType, message, nil)
	return e
}

// semState is a semaphore's count.
type semState struct{ count, max int32 }

func (s *semState) ready() bool { return s.count > 0 }
func (s *semState) take()       { s.count-- }

// release adds n to the count under the handle mutex and returns the
// previous count, throwing SemaphoreFullException past the maximum.
func (s *semState) release(n int32) int32 {
	if n < 1 {
		panic(system.NewArgumentOutOfRangeExceptionValue("releaseCount", n,
			"The releaseCount argument must be greater than zero."))
	}
	hlock()
	defer hunlock()
	prev := s.count
	if s.max-prev < n {
		panic(NewSemaphoreFullException(""))
	}
	s.count += n
	hbroadcast()
	return prev
}

func newSemState(initial, max int32) semState {
	if max < 1 {
		panic(system.NewArgumentOutOfRangeExceptionValue("maxCount", max,
			"The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter."))
	}
	if initial < 0 || initial > max {
		panic(system.NewArgumentOutOfRangeExceptionValue("initialCount", initial,
			"The initialCount argument must be non-negative and less than or equal to the maximumCount."))
	}
	return semState{count: initial, max: max}
}

// Semaphore is System.Threading.Semaphore (unnamed).
type Semaphore struct {
	handleBase
	state semState
}

// NewSemaphore is `new Semaphore(initialCount, maximumCount)`.
func NewSemaphore(initialCount, maximumCount int32) *Semaphore {
	s := &Semaphore{state: newSemState(initialCount, maximumCount)}
	s.w = &s.state
	return s
}

// Release is Semaphore.Release(): the previous count.
func (s *Semaphore) Release() int32 { return s.state.release(1) }

// ReleaseCount is Semaphore.Release(releaseCount).
func (s *Semaphore) ReleaseCount(releaseCount int32) int32 { return s.state.release(releaseCount) }
