// System.Threading.Thread on goroutines, and the foreground-thread rule for
// the end of Main.

package threading

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// Class descriptor and constructor for ThreadStateException.
var (
	// ThreadStateExceptionType is System.Threading.ThreadStateException.
	ThreadStateExceptionType = &system.Type{Name: "ThreadStateException", Namespace: "System.Threading",
		Base: system.SystemExceptionType, DefaultMessage: "Thread was in an invalid state for the operation being executed."}
)

// ThreadStateException is System.Threading.ThreadStateException.
type ThreadStateException struct{ system.SystemException }

// NewThreadStateException is `new ThreadStateException(message)`.
func NewThreadStateException(message string) *ThreadStateException {
	e := &ThreadStateException{}
	e.SetHResult(-2146233056)
	e.Init(e, ThreadStateExceptionType, message, nil)
	return e
}

// Thread states, in the order a thread moves through them.
const (
	threadUnstarted = iota
	threadRunning
	threadStopped
)

// Thread is System.Threading.Thread: a goroutine with .NET's thread API.
type Thread struct {
	id         int32
	start      func()
	startParam func(any)
	done       chan struct{}

	mu         sync.Mutex
	state      int
	name       string
	background bool
	// counted: the thread is running and counted in foreground.
	counted bool
	pool    bool
}

var (
	// lastThreadID numbers threads; 1 is the main thread, as in .NET.
	lastThreadID atomic.Int32
	mainThread   = func() *Thread {
		t := newThreadObject()
		t.state = threadRunning
		return t
	}()
)

func newThreadObject() *Thread {
	return &Thread{id: lastThreadID.Add(1), done: make(chan struct{})}
}

// NewThread is `new Thread(ThreadStart start)`.
func NewThread(start func()) *Thread {
	if start == nil {
		panic(system.NewArgumentNullException("start"))
	}
	t := newThreadObject()
	t.start = start
	return t
}

// NewThreadParam is `new Thread(ParameterizedThreadStart start)`.
func NewThreadParam(start func(any)) *Thread {
	if start == nil {
		panic(system.NewArgumentNullException("start"))
	}
	t := newThreadObject()
	t.startParam = start
	return t
}

// Start is Thread.Start(): it runs the thread's delegate on a new goroutine
// (a ParameterizedThreadStart gets null). Starting a thread twice throws
// ThreadStateException. An exception escaping the delegate ends the
// process (see Unhandled).
func (t *Thread) Start() { t.startWith(nil) }

// StartParam is Thread.Start(object parameter).
func (t *Thread) StartParam(parameter any) {
	if t.startParam == nil {
		panic(system.NewInvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter."))
	}
	t.startWith(parameter)
}

func (t *Thread) startWith(parameter any) {
	t.mu.Lock()
	if t.state != threadUnstarted {
		t.mu.Unlock()
		panic(NewThreadStateException("Thread is running or terminated; it cannot restart."))
	}
	t.state = threadRunning
	if !t.background {
		t.counted = true
		foregroundAdd(1)
	}
	t.mu.Unlock()
	go t.run(parameter)
}

func (t *Thread) run(parameter any) {
	slot, id := gls.Ensure()
	slot.Thread = t
	defer func() {
		r := recover()
		gls.Release(id)
		if r != nil {
			UnhandledRecovered(r)
		}
		t.mu.Lock()
		t.state = threadStopped
		if t.counted {
			t.counted = false
			foregroundAdd(-1)
		}
		close(t.done)
		t.mu.Unlock()
	}()
	if t.startParam != nil {
		t.startParam(parameter)
	} else {
		t.start()
	}
}

// Join is Thread.Join(): it waits for the thread to end. Joining a thread
// that was never started throws ThreadStateException.
func (t *Thread) Join() { t.JoinTimeout(-1) }

// JoinTimeout is Thread.Join(millisecondsTimeout): false when the thread
// is still running after the timeout; -1 waits forever.
func (t *Thread) JoinTimeout(milliseconds int32) bool {
	if milliseconds < -1 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("millisecondsTimeout",
			"Number must be either non-negative and less than or equal to Int32.MaxValue or -1."))
	}
	t.mu.Lock()
	state := t.state
	t.mu.Unlock()
	if state == threadUnstarted {
		panic(NewThreadStateException("Thread has not been started."))
	}
	return waitChan(t.done, milliseconds)
}

// ManagedThreadId is Thread.ManagedThreadId: 1 for the main thread, then
// numbers in creation order, fixed for the Thread object's life.
func (t *Thread) ManagedThreadId() int32 { return t.id }

// Name is Thread.Name ("" for null).
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// SetName sets Thread.Name. .NET 5+ allows renaming, so no
// InvalidOperationException is thrown on a second set.
func (t *Thread) SetName(name string) {
	t.mu.Lock()
	t.name = name
	t.mu.Unlock()
}

// IsBackground is Thread.IsBackground. Thread-pool and task goroutines are
// background threads; new threads are foreground until set otherwise.
func (t *Thread) IsBackground() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.background
}

// SetIsBackground sets Thread.IsBackground. Go ends the process when main
// returns, whatever other goroutines do; .NET instead keeps the process
// alive until every foreground thread has ended. The translator calls
// WaitForegroundThreads at the end of Main to get .NET's rule, and this
// flag decides whether a running thread counts there.
func (t *Thread) SetIsBackground(background bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.background = background
	if t.state != threadRunning || t.pool || t == mainThread {
		return // only threads started by Start count as foreground
	}
	if background && t.counted {
		t.counted = false
		foregroundAdd(-1)
	} else if !background && !t.counted {
		t.counted = true
		foregroundAdd(1)
	}
}

// IsAlive is Thread.IsAlive: started and not yet ended.
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.state == threadRunning
}

// IsThreadPoolThread is Thread.IsThreadPoolThread: true for the goroutines
// of tasks, thread-pool work items and timers.
func (t *Thread) IsThreadPoolThread() bool { return t.pool }

// ThreadPriority is System.Threading.ThreadPriority.
type ThreadPriority int32

// The ThreadPriority members.
const (
	ThreadPriorityLowest ThreadPriority = iota
	ThreadPriorityBelowNormal
	ThreadPriorityNormal
	ThreadPriorityAboveNormal
	ThreadPriorityHighest
)

// Priority is Thread.Priority: always Normal, since goroutines have no
// priorities (.NET on Linux ignores them for non-root users as well).
func (t *Thread) Priority() ThreadPriority { return ThreadPriorityNormal }

// SetPriority sets Thread.Priority; it has no effect (see Priority).
func (t *Thread) SetPriority(p ThreadPriority) {}

// ThreadCurrentThread is Thread.CurrentThread. It is exact on the main
// goroutine and on goroutines started by Thread; elsewhere (tasks, thread
// pool, timers, goroutines of other runtime packages) it is best effort: a
// background, thread-pool Thread is made on first use and kept for the
// goroutine's life. Go hides goroutine identity, so the goroutine is
// recognised by its id (see internal/gls). On goroutines the runtime did
// not start, that Thread object is never freed; a few bytes per goroutine
// that asks.
func ThreadCurrentThread() *Thread {
	id := gls.ID()
	if id == 1 {
		return mainThread
	}
	if s := gls.GetID(id); s != nil {
		if t, ok := s.Thread.(*Thread); ok {
			return t
		}
	}
	slot, _ := gls.Ensure()
	t := newThreadObject()
	t.state = threadRunning
	t.background = true
	t.pool = true
	slot.Thread = t
	return t
}

// ThreadSleep is Thread.Sleep(millisecondsTimeout): -1 (Timeout.Infinite)
// sleeps forever, 0 yields; other negative values throw
// ArgumentOutOfRangeException as in .NET.
func ThreadSleep(milliseconds int32) {
	switch {
	case milliseconds == TimeoutInfinite:
		// A timer-backed sleep, not select{}: Go would report a blocked
		// select as a deadlock when nothing else runs; .NET just waits.
		for {
			time.Sleep(math.MaxInt64)
		}
	case milliseconds < 0:
		panic(system.NewArgumentOutOfRangeExceptionMessage("millisecondsTimeout",
			"Number must be either non-negative and less than or equal to Int32.MaxValue or -1."))
	case milliseconds == 0:
		runtime.Gosched()
	default:
		time.Sleep(time.Duration(milliseconds) * time.Millisecond)
	}
}

// ThreadYield is Thread.Yield(): it lets other goroutines run; always true.
func ThreadYield() bool {
	runtime.Gosched()
	return true
}

// ThreadSpinWait is Thread.SpinWait(iterations).
func ThreadSpinWait(iterations int32) {
	for range iterations {
		runtime.Gosched()
	}
}

// The count of running foreground threads, for WaitForegroundThreads.
var (
	fgMu    sync.Mutex
	fgCond  = sync.NewCond(&fgMu)
	fgCount int
)

func foregroundAdd(n int) {
	fgMu.Lock()
	fgCount += n
	if fgCount == 0 {
		fgCond.Broadcast()
	}
	fgMu.Unlock()
}

// WaitForegroundThreads blocks until every foreground Thread has ended.
// .NET keeps a process alive after Main returns while foreground threads
// run; Go exits when main returns. The translator calls this at the end of
// Main (after its body, including when Main returns early) to keep .NET's
// rule. Background threads, tasks and thread-pool work do not count.
func WaitForegroundThreads() {
	fgMu.Lock()
	for fgCount > 0 {
		fgCond.Wait()
	}
	fgMu.Unlock()
}

// waitChan waits for done; milliseconds -1 waits forever.
func waitChan(done <-chan struct{}, milliseconds int32) bool {
	if milliseconds < 0 {
		<-done
		return true
	}
	select {
	case <-done:
		return true
	default:
	}
	return waitDuration(done, time.Duration(milliseconds)*time.Millisecond)
}

// waitDuration waits for done at most d; false when the time ran out.
func waitDuration(done <-chan struct{}, d time.Duration) bool {
	if d <= 0 {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-done:
		return true
	case <-timer.C:
		return false
	}
}
