// Tests for Thread, ThreadPool, Unhandled and WaitForegroundThreads.
// Expected texts are .NET Core's (Mono 6.8 agrees except where noted).

package threading

import (
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// catch returns the exception f throws, or nil.
func catch(f func()) (ex system.Exception) {
	defer func() {
		if r := recover(); r != nil {
			ex = system.ToException(r)
		}
	}()
	f()
	return nil
}

func describe(ex system.Exception) string {
	if ex == nil {
		return "<nil>"
	}
	return ex.GetType().FullName() + ": " + ex.Message()
}

func TestThreadStartJoin(t *testing.T) {
	var ran atomic.Bool
	var inside *Thread
	th := NewThread(func() {
		ran.Store(true)
		inside = ThreadCurrentThread()
	})
	th.SetName("worker")
	if th.IsAlive() {
		t.Error("IsAlive before Start")
	}
	th.Start()
	th.Join()
	if !ran.Load() || th.IsAlive() {
		t.Error("thread did not run to the end")
	}
	if inside != th {
		t.Error("Thread.CurrentThread inside the thread is not the Thread object")
	}
	if th.Name() != "worker" {
		t.Errorf("Name = %q", th.Name())
	}
	other := NewThreadParam(func(o any) {})
	if th.ManagedThreadId() == other.ManagedThreadId() || th.ManagedThreadId() <= 1 {
		t.Error("ManagedThreadId not unique or collides with the main thread's 1")
	}
	if mainThread.ManagedThreadId() != 1 {
		t.Errorf("main thread id = %d, want 1", mainThread.ManagedThreadId())
	}
}

func TestThreadParam(t *testing.T) {
	got := make(chan any, 1)
	th := NewThreadParam(func(o any) { got <- o })
	th.StartParam("hello")
	th.Join()
	if v := <-got; v != "hello" {
		t.Errorf("parameter = %v", v)
	}
}

// exceptionCase is one row of an exception table: the Go call, the same
// operation in C# (for the live Mono check), and what .NET Core throws.
type exceptionCase struct {
	name string
	f    func()
	cs   string
	want string
	// monoDiffers marks rows where Mono 6.8's text is not .NET Core's.
	monoDiffers bool
}

var threadErrorCases = []exceptionCase{
	{"Join unstarted", func() { NewThread(func() {}).Join() }, `new Thread(() => {}).Join();`,
		"System.Threading.ThreadStateException: Thread has not been started.", false},
	// .NET Core's text; Mono says "Thread has already been started.".
	{"Start twice", func() { th := NewThread(func() {}); th.Start(); th.Start() }, `var th = new Thread(() => {}); th.Start(); th.Start();`,
		"System.Threading.ThreadStateException: Thread is running or terminated; it cannot restart.", true},
	{"Start(obj) on ThreadStart", func() { NewThread(func() {}).StartParam(1) }, `new Thread(() => {}).Start(1);`,
		"System.InvalidOperationException: The thread was created with a ThreadStart delegate that does not accept a parameter.", false},
	{"Sleep(-2)", func() { ThreadSleep(-2) }, `Thread.Sleep(-2);`,
		"System.ArgumentOutOfRangeException: Number must be either non-negative and less than or equal to Int32.MaxValue or -1. (Parameter 'millisecondsTimeout')", false},
	{"new Thread(null)", func() { NewThread(nil) }, `new Thread((ThreadStart)null);`,
		"System.ArgumentNullException: Value cannot be null. (Parameter 'start')", false},
}

func TestThreadErrors(t *testing.T) {
	for _, tt := range threadErrorCases {
		if got := describe(catch(tt.f)); got != tt.want {
			t.Errorf("%s threw %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestJoinTimeout(t *testing.T) {
	release := make(chan struct{})
	th := NewThread(func() { <-release })
	th.SetIsBackground(true)
	th.Start()
	if th.JoinTimeout(10) {
		t.Error("JoinTimeout = true while running")
	}
	close(release)
	if !th.JoinTimeout(-1) {
		t.Error("JoinTimeout(-1) = false")
	}
}

func TestWaitForegroundThreads(t *testing.T) {
	var fgDone atomic.Bool
	fg := NewThread(func() { time.Sleep(50 * time.Millisecond); fgDone.Store(true) })
	block := make(chan struct{})
	bg := NewThread(func() { <-block })
	bg.SetIsBackground(true)
	bg.Start()
	fg.Start()
	WaitForegroundThreads() // must not wait for bg
	if !fgDone.Load() {
		t.Error("WaitForegroundThreads returned before the foreground thread ended")
	}
	// A running thread switched to background stops counting.
	late := NewThread(func() { <-block })
	late.Start()
	late.SetIsBackground(true)
	WaitForegroundThreads()
	close(block)
}

func TestThreadPool(t *testing.T) {
	got := make(chan any, 2)
	if !ThreadPoolQueueUserWorkItemState(func(s any) { got <- s }, 42) {
		t.Error("QueueUserWorkItem = false")
	}
	ThreadPoolQueueUserWorkItem(func(s any) { got <- s })
	a, b := <-got, <-got
	if !(a == 42 && b == nil || a == nil && b == 42) {
		t.Errorf("states = %v, %v", a, b)
	}
	if !ThreadPoolSetMinThreads(4, 4) || !ThreadPoolSetMaxThreads(100, 100) {
		t.Error("SetMin/MaxThreads = false")
	}
	pool := make(chan *Thread, 1)
	ThreadPoolQueueUserWorkItem(func(any) {
		th := ThreadCurrentThread()
		if ThreadCurrentThread() != th {
			t.Error("CurrentThread not stable on a pool goroutine")
		}
		pool <- th
	})
	th := <-pool
	if !th.IsBackground() || !th.IsThreadPoolThread() {
		t.Error("pool thread is not a background pool thread")
	}
}

func TestSlotsReleased(t *testing.T) {
	before := gls.Len()
	done := make(chan struct{})
	ThreadPoolQueueUserWorkItem(func(any) { ThreadCurrentThread(); close(done) })
	<-done
	th := NewThread(func() { ThreadCurrentThread() })
	th.Start()
	th.Join()
	deadline := time.Now().Add(time.Second)
	for gls.Len() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if gls.Len() != before {
		t.Errorf("goroutine slots: %d before, %d after", before, gls.Len())
	}
}

// TestUnhandled runs itself as a child process per scenario, in which an
// exception escapes a thread, a pool work item or a timer callback; the
// child must die as .NET does: the report on stderr and exit status 134.
func TestUnhandled(t *testing.T) {
	boom := func() { panic(system.NewInvalidOperationException("boom")) }
	switch os.Getenv("CS2GO_UNHANDLED_CHILD") {
	case "thread":
		th := NewThread(boom)
		th.Start()
		th.Join()
		time.Sleep(time.Second)
		os.Exit(0) // not reached
	case "pool":
		ThreadPoolQueueUserWorkItem(func(any) { boom() })
		time.Sleep(time.Second)
		os.Exit(0)
	case "timer":
		NewTimer(func(any) { boom() }, nil, 1, TimeoutInfinite)
		time.Sleep(time.Second)
		os.Exit(0)
	}
	for _, scenario := range []string{"thread", "pool", "timer"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestUnhandled$")
		cmd.Env = append(os.Environ(), "CS2GO_UNHANDLED_CHILD="+scenario)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 134 {
			t.Errorf("%s: child ended with %v, want exit status 134", scenario, err)
			continue
		}
		const want = "Unhandled exception. System.InvalidOperationException: boom\n   at "
		if !strings.HasPrefix(stderr.String(), want) {
			t.Errorf("%s: stderr = %q, want prefix %q", scenario, stderr.String(), want)
		}
	}
}

func TestUnhandledText(t *testing.T) {
	inner := system.NewException("inner")
	ex := system.NewInvalidOperationExceptionWithInner("outer", inner)
	got := UnhandledText(ex)
	// The inner-exception layout is Exception.ToString's (package system).
	want := "Unhandled exception. " + ex.ToString() + "\n   at "
	if !strings.HasPrefix(got, want) {
		t.Errorf("UnhandledText = %q, want prefix %q", got, want)
	}
}
