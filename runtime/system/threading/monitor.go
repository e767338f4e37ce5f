// System.Threading.Monitor and the C# lock statement: re-entrant locks keyed
// by object identity, with Wait/Pulse.

package threading

import (
	"reflect"
	"sync"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// SynchronizationLockExceptionType is System.Threading.SynchronizationLockException.
var SynchronizationLockExceptionType = &system.Type{Name: "SynchronizationLockException", Namespace: "System.Threading",
	Base: system.SystemExceptionType, DefaultMessage: "Object synchronization method was called from an unsynchronized block of code."}

// SynchronizationLockException is System.Threading.SynchronizationLockException:
// Monitor.Exit, Wait or Pulse by a thread that does not hold the lock.
type SynchronizationLockException struct{ system.SystemException }

// NewSynchronizationLockException is `new SynchronizationLockException(message)`;
// an empty message gives .NET's default text.
func NewSynchronizationLockException(message string) *SynchronizationLockException {
	e := &SynchronizationLockException{}
	e.SetHResult(-2146233064)
	e.Init(e, SynchronizationLockExceptionType, message, nil)
	return e
}

// monitor is the lock .NET keeps in an object's header. An entry exists in
// monitors only while some goroutine holds, waits for, or waits on it
// (refs > 0), so locking many short-lived objects does not leak.
type monitor struct {
	owner int64 // goroutine id of the holder; 0 when free
	count int   // re-entrancy depth of the holder
	refs  int
	// released is closed (and replaced) each time the monitor becomes free.
	released chan struct{}
	// waiters are the Monitor.Wait callers in arrival order; Pulse closes one.
	waiters []chan struct{}
}

// One mutex guards every monitor: programs lock rarely and briefly, and a
// single mutex keeps Wait's release-and-queue step atomic.
var (
	monitorsMu sync.Mutex
	monitors   = map[any]*monitor{}
)

// monitorKey is an object's identity: the pointer for reference-like
// values (pointers, slices, maps, channels, funcs), so two variables that
// refer to the same object share a lock; the value itself otherwise (a
// string locks by content, standing in for .NET's interned literals).
//
// Go gives every zero-size allocation the same address, so `new(struct{})`
// objects would all share one lock; the translator should map
// `new object()` to a non-empty allocation.
type monitorKey struct {
	typ reflect.Type
	ptr uintptr
}

func keyOf(obj any) any {
	if obj == nil {
		panic(system.NewArgumentNullException("obj"))
	}
	v := reflect.ValueOf(obj)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return monitorKey{v.Type(), v.Pointer()}
	}
	if !v.Comparable() {
		panic(system.NewArgumentException("The object cannot be used as a lock."))
	}
	return obj
}

// acquire enters m for goroutine me, waiting up to milliseconds (-1:
// forever); monitorsMu is held on entry and exit. m.refs was already
// counted by the caller.
func (m *monitor) acquire(me int64, milliseconds int32) bool {
	deadline := time.Now().Add(time.Duration(milliseconds) * time.Millisecond)
	for m.owner != 0 && m.owner != me {
		if milliseconds == 0 {
			return false
		}
		ch := m.released
		monitorsMu.Unlock()
		ok := true
		if milliseconds < 0 {
			<-ch
		} else {
			ok = waitDuration(ch, time.Until(deadline))
		}
		monitorsMu.Lock()
		if !ok && m.owner != 0 && m.owner != me {
			return false
		}
	}
	m.owner = me
	m.count++
	return true
}

// enter is Monitor.TryEnter(obj, milliseconds) for goroutine me.
func enter(obj any, milliseconds int32) bool {
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := monitors[k]
	if m == nil {
		m = &monitor{released: make(chan struct{})}
		monitors[k] = m
	}
	m.refs++
	if !m.acquire(me, milliseconds) {
		m.unref(k)
		return false
	}
	return true
}

func (m *monitor) unref(k any) {
	m.refs--
	if m.refs == 0 {
		delete(monitors, k)
	}
}

// owned returns obj's monitor held by the calling goroutine, or throws
// SynchronizationLockException; monitorsMu is held.
func owned(k any, me int64) *monitor {
	m := monitors[k]
	if m == nil || m.owner != me {
		panic(NewSynchronizationLockException(""))
	}
	return m
}

// free releases m entirely and wakes goroutines waiting to enter.
func (m *monitor) free() {
	m.owner = 0
	m.count = 0
	close(m.released)
	m.released = make(chan struct{})
}

// Lock is Monitor.Enter(obj): it waits until the calling goroutine holds
// obj's lock. As with .NET's monitors it is re-entrant: the holder may
// enter again and must exit as many times. The holder is identified by
// goroutine id (see internal/gls), which is the thread identity here.
func Lock(obj any) { enter(obj, -1) }

// Unlock is Monitor.Exit(obj). Exiting a lock the goroutine does not hold
// throws SynchronizationLockException, as in .NET.
func Unlock(obj any) {
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := owned(k, me)
	m.count--
	if m.count == 0 {
		m.free()
	}
	m.unref(k)
}

// LockDo is the C# statement `lock (obj) { body }`: the lock is released
// however body ends, including by an exception, which then propagates.
func LockDo(obj any, body func()) {
	Lock(obj)
	defer Unlock(obj)
	body()
}

// MonitorEnter is Monitor.Enter(obj); the same as Lock.
func MonitorEnter(obj any) { Lock(obj) }

// MonitorEnterTaken is Monitor.Enter(obj, ref bool lockTaken).
func MonitorEnterTaken(obj any, lockTaken *bool) {
	if *lockTaken {
		panic(system.NewArgumentExceptionParam("Argument must be initialized to false", "lockTaken"))
	}
	Lock(obj)
	*lockTaken = true
}

// MonitorExit is Monitor.Exit(obj); the same as Unlock.
func MonitorExit(obj any) { Unlock(obj) }

// MonitorTryEnter is Monitor.TryEnter(obj): enter only if free (or held by the caller).
func MonitorTryEnter(obj any) bool { return enter(obj, 0) }

// MonitorTryEnterTimeout is Monitor.TryEnter(obj, millisecondsTimeout).
func MonitorTryEnterTimeout(obj any, milliseconds int32) bool {
	checkTimeout(milliseconds)
	return enter(obj, milliseconds)
}

// MonitorIsEntered is Monitor.IsEntered(obj): whether the caller holds obj's lock.
func MonitorIsEntered(obj any) bool {
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := monitors[k]
	return m != nil && m.owner == me
}

// MonitorWait is Monitor.Wait(obj): it releases obj's lock (all re-entrant
// levels), waits for a Pulse, then re-acquires the lock at the same depth.
func MonitorWait(obj any) bool { return MonitorWaitTimeout(obj, -1) }

// MonitorWaitTimeout is Monitor.Wait(obj, millisecondsTimeout): false when
// the time ran out before a Pulse. The lock is re-acquired either way.
func MonitorWaitTimeout(obj any, milliseconds int32) bool {
	checkTimeout(milliseconds)
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := owned(k, me)
	depth := m.count
	pulse := make(chan struct{})
	m.waiters = append(m.waiters, pulse)
	m.free()
	monitorsMu.Unlock()
	pulsed := waitChan(pulse, milliseconds)
	monitorsMu.Lock()
	if !pulsed {
		// A Pulse between the timeout and re-locking still counts, as
		// the waiter was already moved to the ready queue in .NET.
		pulsed = true
		for i, w := range m.waiters {
			if w == pulse {
				m.waiters = append(m.waiters[:i], m.waiters[i+1:]...)
				pulsed = false
				break
			}
		}
	}
	m.acquire(me, -1)
	m.count = depth
	return pulsed
}

// MonitorPulse is Monitor.Pulse(obj): it wakes the longest waiter, which
// runs once the caller releases the lock.
func MonitorPulse(obj any) {
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := owned(k, me)
	if len(m.waiters) > 0 {
		close(m.waiters[0])
		m.waiters = m.waiters[1:]
	}
}

// MonitorPulseAll is Monitor.PulseAll(obj): it wakes every waiter.
func MonitorPulseAll(obj any) {
	k := keyOf(obj)
	me := gls.ID()
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	m := owned(k, me)
	for _, w := range m.waiters {
		close(w)
	}
	m.waiters = nil
}

// checkTimeout throws .NET's ArgumentOutOfRangeException for a timeout
// below -1.
func checkTimeout(milliseconds int32) {
	if milliseconds < -1 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("millisecondsTimeout",
			"Number must be either non-negative and less than or equal to Int32.MaxValue or -1."))
	}
}
