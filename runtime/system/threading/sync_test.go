// Tests for Monitor/lock, Interlocked, wait handles, the slim types,
// cancellation and Timer.

package threading

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

func TestInterlocked(t *testing.T) {
	var i32 int32 = 5
	var i64 int64 = 5
	tests := []struct {
		name      string
		op        func() int64
		wantRet   int64
		wantAfter int64
		after     func() int64
	}{
		{"Increment", func() int64 { return int64(InterlockedIncrement(&i32)) }, 6, 6, func() int64 { return int64(i32) }},
		{"Decrement", func() int64 { return int64(InterlockedDecrement(&i32)) }, 5, 5, func() int64 { return int64(i32) }},
		{"Add", func() int64 { return int64(InterlockedAdd(&i32, 10)) }, 15, 15, func() int64 { return int64(i32) }},
		{"Exchange", func() int64 { return int64(InterlockedExchange(&i32, 1)) }, 15, 1, func() int64 { return int64(i32) }},
		{"CompareExchange hit", func() int64 { return int64(InterlockedCompareExchange(&i32, 9, 1)) }, 1, 9, func() int64 { return int64(i32) }},
		{"CompareExchange miss", func() int64 { return int64(InterlockedCompareExchange(&i32, 7, 1)) }, 9, 9, func() int64 { return int64(i32) }},
		{"Increment64", func() int64 { return InterlockedIncrement64(&i64) }, 6, 6, func() int64 { return i64 }},
		{"Add64", func() int64 { return InterlockedAdd64(&i64, -6) }, 0, 0, func() int64 { return i64 }},
		{"Exchange64", func() int64 { return InterlockedExchange64(&i64, 3) }, 0, 3, func() int64 { return i64 }},
		{"CompareExchange64", func() int64 { return InterlockedCompareExchange64(&i64, 4, 3) }, 3, 4, func() int64 { return i64 }},
		{"Read", func() int64 { return InterlockedRead(&i64) }, 4, 4, func() int64 { return i64 }},
	}
	for _, tt := range tests {
		if got := tt.op(); got != tt.wantRet || tt.after() != tt.wantAfter {
			t.Errorf("%s returned %d (now %d), want %d (now %d)", tt.name, got, tt.after(), tt.wantRet, tt.wantAfter)
		}
	}
	// int.MaxValue + 1 wraps to int.MinValue, as in .NET.
	max := int32(2147483647)
	if InterlockedIncrement(&max) != -2147483648 {
		t.Error("Increment did not wrap")
	}
	type node struct{ v int }
	a, b := &node{1}, &node{2}
	p := a
	if InterlockedCompareExchangeRef(&p, b, a) != a || p != b {
		t.Error("CompareExchangeRef")
	}
	if InterlockedExchangeRef(&p, a) != b || p != a {
		t.Error("ExchangeRef")
	}
	f := 1.5
	if InterlockedExchangeFloat64(&f, 2.5) != 1.5 || f != 2.5 {
		t.Error("ExchangeFloat64")
	}
	var n int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				InterlockedIncrement(&n)
			}
		}()
	}
	wg.Wait()
	if n != 8000 {
		t.Errorf("concurrent increments = %d", n)
	}
}

func monitorCount() int {
	monitorsMu.Lock()
	defer monitorsMu.Unlock()
	return len(monitors)
}

func TestLockMutualExclusionAndReentrancy(t *testing.T) {
	type counter struct{ n int }
	c := &counter{}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				LockDo(c, func() {
					LockDo(c, func() { c.n++ }) // re-entrant, as C# lock is
				})
			}
		}()
	}
	wg.Wait()
	if c.n != 4000 {
		t.Errorf("n = %d, want 4000", c.n)
	}
	if monitorCount() != 0 {
		t.Errorf("%d monitors left after all locks were released", monitorCount())
	}
}

func TestLockReleasedOnException(t *testing.T) {
	obj := &struct{ x int }{}
	ex := catch(func() { LockDo(obj, func() { panic(system.NewException("in lock")) }) })
	if describe(ex) != "System.Exception: in lock" {
		t.Errorf("exception = %q", describe(ex))
	}
	acquired := make(chan bool)
	go func() { acquired <- MonitorTryEnter(obj); Unlock(obj) }()
	if !<-acquired {
		t.Error("lock still held after the exception")
	}
}

func TestMonitorErrors(t *testing.T) {
	obj := &struct{ x int }{}
	for _, tt := range monitorErrorCases(obj) {
		if got := describe(catch(tt.f)); got != tt.want {
			t.Errorf("%s threw %q, want %q", tt.name, got, tt.want)
		}
	}
	// Another goroutine's lock cannot be exited.
	held, release := make(chan struct{}), make(chan struct{})
	go func() { Lock(obj); close(held); <-release; Unlock(obj) }()
	<-held
	if ex := catch(func() { Unlock(obj) }); ex == nil {
		t.Error("Unlock of another goroutine's lock did not throw")
	}
	if MonitorTryEnterTimeout(obj, 20) {
		t.Error("TryEnter succeeded on a held lock")
	}
	if MonitorIsEntered(obj) {
		t.Error("IsEntered for a lock another goroutine holds")
	}
	close(release)
	if !MonitorTryEnterTimeout(obj, 1000) {
		t.Error("TryEnter failed after release")
	}
	if !MonitorIsEntered(obj) {
		t.Error("IsEntered false for own lock")
	}
	Unlock(obj)
}

func monitorErrorCases(obj any) []exceptionCase {
	return []exceptionCase{
		{"Exit unowned", func() { MonitorExit(obj) }, `Monitor.Exit(new object());`,
			"System.Threading.SynchronizationLockException: Object synchronization method was called from an unsynchronized block of code.", false},
		// Mono says "Object is not synchronized"; CoreCLR throws the default message.
		{"Pulse unowned", func() { MonitorPulse(obj) }, `Monitor.Pulse(new object());`,
			"System.Threading.SynchronizationLockException: Object synchronization method was called from an unsynchronized block of code.", true},
		{"Enter(null)", func() { MonitorEnter(nil) }, `Monitor.Enter(null);`,
			"System.ArgumentNullException: Value cannot be null. (Parameter 'obj')", false},
	}
}

func TestMonitorWaitPulse(t *testing.T) {
	type queue struct{ items []int }
	q := &queue{}
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var item int
				LockDo(q, func() {
					for len(q.items) == 0 {
						MonitorWait(q)
					}
					item = q.items[0]
					q.items = q.items[1:]
				})
				if item < 0 {
					return
				}
				results <- item
			}
		}()
	}
	for i := 1; i <= 5; i++ {
		LockDo(q, func() {
			LockDo(q, func() { // Wait must release every re-entrant level
				q.items = append(q.items, i)
				MonitorPulse(q)
			})
		})
	}
	LockDo(q, func() { q.items = append(q.items, -1, -1); MonitorPulseAll(q) })
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	if sum != 15 {
		t.Errorf("consumed sum = %d, want 15", sum)
	}
	var pulsed bool
	LockDo(q, func() { pulsed = MonitorWaitTimeout(q, 10) })
	if pulsed {
		t.Error("Wait(10) with no Pulse = true")
	}
}

func TestEvents(t *testing.T) {
	m := NewManualResetEvent(false)
	if m.WaitOneTimeout(10) {
		t.Error("unset ManualResetEvent signaled")
	}
	var woke atomic.Int32
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() { defer wg.Done(); m.WaitOne(); woke.Add(1) }()
	}
	m.Set()
	wg.Wait()
	if woke.Load() != 3 || !m.WaitOneTimeout(0) {
		t.Error("ManualResetEvent.Set did not release all and stay set")
	}
	m.Reset()
	if m.WaitOneTimeout(0) {
		t.Error("Reset did not clear")
	}

	a := NewAutoResetEvent(false)
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if a.WaitOneTimeout(2000) {
				woke.Add(10)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	a.Set()
	for deadline := time.Now().Add(2 * time.Second); woke.Load() < 13 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(30 * time.Millisecond) // room for a wrongly released second waiter
	if got := woke.Load(); got != 13 {
		t.Errorf("AutoResetEvent.Set released %d waiters, want 1", (got-3)/10)
	}
	a.Set()
	a.Set()
	wg.Wait()
	if a.WaitOneTimeout(0) {
		t.Error("AutoResetEvent stayed set after releasing a waiter")
	}
}

func TestWaitHandleWaitAnyAll(t *testing.T) {
	a, b := NewManualResetEvent(false), NewAutoResetEvent(false)
	hs := []WaitHandle{a, b}
	// .NET: WaitHandle.WaitTimeout is 258, WaitAny returns it on timeout.
	if got := WaitHandleWaitAnyTimeout(hs, 10); got != 258 {
		t.Errorf("WaitAny timeout = %d, want 258", got)
	}
	b.Set()
	if got := WaitHandleWaitAny(hs); got != 1 {
		t.Errorf("WaitAny = %d, want 1", got)
	}
	if WaitHandleWaitAllTimeout(hs, 10) {
		t.Error("WaitAll with an unset handle = true")
	}
	go func() { time.Sleep(10 * time.Millisecond); a.Set(); b.Set() }()
	if !WaitHandleWaitAll(hs) {
		t.Error("WaitAll = false")
	}
	if b.WaitOneTimeout(0) {
		t.Error("WaitAll did not consume the auto-reset signal")
	}
	if got := describe(catch(func() { WaitHandleWaitAny(nil) })); got != "System.ArgumentNullException: Value cannot be null. (Parameter 'waitHandles')" {
		t.Errorf("WaitAny(null) threw %q", got)
	}
}

func TestSemaphoreSlim(t *testing.T) {
	s := NewSemaphoreSlimMax(1, 2)
	s.Wait()
	if s.CurrentCount() != 0 || s.WaitTimeout(10) {
		t.Error("count not taken")
	}
	w := s.WaitAsync()
	if w.IsCompleted() {
		t.Error("WaitAsync completed with no count")
	}
	if prev := s.Release(); prev != 0 {
		t.Errorf("Release returned %d, want 0", prev)
	}
	w.Wait()
	s.ReleaseCount(2)
	for _, tt := range semaphoreErrorCases {
		if got := describe(catch(tt.f)); got != tt.want {
			t.Errorf("%s threw %q, want %q", tt.name, got, tt.want)
		}
	}
	// At most 2 holders at a time.
	gate := NewSemaphoreSlim(2)
	var in, peak atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gate.Wait()
			n := in.Add(1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(2 * time.Millisecond)
			in.Add(-1)
			gate.Release()
		}()
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Errorf("peak holders = %d, want <= 2", peak.Load())
	}
	cts := NewCancellationTokenSource()
	empty := NewSemaphoreSlim(0)
	go func() { time.Sleep(10 * time.Millisecond); cts.Cancel() }()
	if got := describe(catch(func() { empty.WaitToken(cts.Token()) })); got != "System.OperationCanceledException: The operation was canceled." {
		t.Errorf("canceled Wait threw %q", got)
	}
	if r := empty.WaitAsyncTimeout(10).Result(); r {
		t.Error("WaitAsync(10) on an empty semaphore = true")
	}
}

var semaphoreErrorCases = []exceptionCase{
	{"Release past max", func() { NewSemaphoreSlimMax(1, 1).Release() }, `new SemaphoreSlim(1, 1).Release();`,
		"System.Threading.SemaphoreFullException: Adding the specified count to the semaphore would cause it to exceed its maximum count.", false},
	{"initial > max", func() { NewSemaphoreSlimMax(2, 1) }, `new SemaphoreSlim(2, 1);`,
		"System.ArgumentOutOfRangeException: The initialCount argument must be non-negative and less than or equal to the maximumCount. (Parameter 'initialCount')\nActual value was 2.", false},
	{"Release(0)", func() { NewSemaphoreSlim(1).ReleaseCount(0) }, `new SemaphoreSlim(1).Release(0);`,
		"System.ArgumentOutOfRangeException: The releaseCount argument must be greater than zero. (Parameter 'releaseCount')\nActual value was 0.", false},
}

var countdownErrorCases = []exceptionCase{
	{"Signal below zero", func() { NewCountdownEvent(0).Signal() }, `new CountdownEvent(0).Signal();`,
		"System.InvalidOperationException: Invalid attempt made to decrement the event's count below zero.", false},
	{"AddCount when set", func() { c := NewCountdownEvent(1); c.Signal(); c.AddCount() }, `var c = new CountdownEvent(1); c.Signal(); c.AddCount();`,
		"System.InvalidOperationException: The event is already signaled and cannot be incremented.", false},
	{"negative initial", func() { NewCountdownEvent(-1) }, `new CountdownEvent(-1);`,
		"System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'initialCount')", false},
}

func TestCountdownEventAndSlim(t *testing.T) {
	c := NewCountdownEvent(2)
	if c.Signal() || !c.Signal() || !c.IsSet() {
		t.Error("Signal results")
	}
	c.Wait()
	for _, tt := range countdownErrorCases {
		if got := describe(catch(tt.f)); got != tt.want {
			t.Errorf("%s threw %q, want %q", tt.name, got, tt.want)
		}
	}
	c.Reset()
	if c.CurrentCount() != 2 || c.WaitTimeout(10) {
		t.Error("Reset")
	}
	e := NewManualResetEventSlim()
	go func() { time.Sleep(5 * time.Millisecond); e.Set() }()
	e.Wait()
	if !e.IsSet() {
		t.Error("ManualResetEventSlim not set")
	}
}

func TestCancellation(t *testing.T) {
	var mu sync.Mutex
	var log []string
	add := func(s string) func() { return func() { mu.Lock(); log = append(log, s); mu.Unlock() } }
	cts := NewCancellationTokenSource()
	tok := cts.Token()
	tok.Register(add("r1"))
	tok.Register(add("r2"))
	removed := tok.Register(add("never"))
	removed.Dispose()
	if tok.IsCancellationRequested() {
		t.Error("canceled too early")
	}
	cts.Cancel()
	tok.Register(add("r3")) // already canceled: runs at once
	// Mono and .NET print r2, r1 (newest first), then r3.
	if got := strings.Join(log, ","); got != "r2,r1,r3" {
		t.Errorf("callbacks ran as %s, want r2,r1,r3", got)
	}
	if !tok.IsCancellationRequested() || !cts.IsCancellationRequested() || !tok.WaitHandle().WaitOneTimeout(0) {
		t.Error("not canceled")
	}
	if got := describe(catch(tok.ThrowIfCancellationRequested)); got != "System.OperationCanceledException: The operation was canceled." {
		t.Errorf("ThrowIfCancellationRequested threw %q", got)
	}
	none := CancellationTokenNone()
	if none.CanBeCanceled() || none.IsCancellationRequested() || !NewCancellationToken(true).IsCancellationRequested() {
		t.Error("None / new CancellationToken(true)")
	}

	cts.Dispose()
	for name, f := range map[string]func(){"Token": func() { cts.Token() }, "Cancel": cts.Cancel, "CancelAfter": func() { cts.CancelAfter(1) }} {
		if got := describe(catch(f)); got != "System.ObjectDisposedException: The CancellationTokenSource has been disposed." {
			t.Errorf("%s after Dispose threw %q", name, got)
		}
	}

	timed := NewCancellationTokenSourceTimeout(10)
	if !timed.Token().WaitHandle().WaitOneTimeout(2000) {
		t.Error("CancelAfter did not cancel")
	}
	parent := NewCancellationTokenSource()
	linked := CancellationTokenSourceCreateLinkedTokenSource(parent.Token(), CancellationTokenNone())
	parent.Cancel()
	if !linked.IsCancellationRequested() {
		t.Error("linked source not canceled")
	}

	failing := NewCancellationTokenSource()
	failing.Token().Register(func() { panic(system.NewException("cb1")) })
	failing.Token().Register(func() { panic(system.NewException("cb2")) })
	if got := describe(catch(failing.Cancel)); got != "System.AggregateException: One or more errors occurred. (cb2) (cb1)" {
		t.Errorf("Cancel with failing callbacks threw %q", got)
	}
}

func TestTimer(t *testing.T) {
	ticks := make(chan any, 10)
	tm := NewTimer(func(s any) { ticks <- s }, "st", 0, 10)
	for range 3 {
		select {
		case s := <-ticks:
			if s != "st" {
				t.Errorf("state = %v", s)
			}
		case <-time.After(2 * time.Second):
			t.Fatal("timer did not tick")
		}
	}
	tm.Dispose()
	time.Sleep(20 * time.Millisecond)
	for len(ticks) > 0 {
		<-ticks
	}
	time.Sleep(30 * time.Millisecond)
	if len(ticks) != 0 {
		t.Error("timer ticked after Dispose")
	}
	if tm.Change(0, 0) {
		t.Error("Change after Dispose = true")
	}
	once := NewTimer(func(any) { ticks <- 1 }, nil, TimeoutInfinite, TimeoutInfinite)
	once.Change(5, TimeoutInfinite)
	<-ticks
	time.Sleep(30 * time.Millisecond)
	if len(ticks) != 0 {
		t.Error("one-shot timer ticked twice")
	}
	if got := describe(catch(func() { NewTimer(nil, nil, 0, 0) })); got != "System.ArgumentNullException: Value cannot be null. (Parameter 'callback')" {
		t.Errorf("new Timer(null) threw %q", got)
	}
}

func TestTimeSpanOverloads(t *testing.T) {
	start := time.Now()
	ThreadSleepTimeSpan(system.TimeSpanFromMilliseconds(20))
	if time.Since(start) < 20*time.Millisecond {
		t.Error("Sleep(TimeSpan) too short")
	}
	if NewManualResetEvent(false).WaitOneTimeSpan(system.TimeSpanFromMilliseconds(5)) {
		t.Error("WaitOne(TimeSpan) on an unset event = true")
	}
	// .NET: TimeSpan.FromMilliseconds(-2) is out of range for a timeout.
	got := describe(catch(func() { ThreadSleepTimeSpan(system.TimeSpanFromMilliseconds(-2)) }))
	if want := "System.ArgumentOutOfRangeException: Number must be either non-negative and less than or equal to Int32.MaxValue or -1. (Parameter 'timeout')"; got != want {
		t.Errorf("Sleep(-2ms) threw %q, want %q", got, want)
	}
	if !NewCancellationTokenSourceTimeSpan(system.TimeSpanFromMilliseconds(5)).Token().WaitHandle().WaitOneTimeout(2000) {
		t.Error("CancellationTokenSource(TimeSpan) did not cancel")
	}
}
