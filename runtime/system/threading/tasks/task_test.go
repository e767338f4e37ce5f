// Tests for tasks: outcomes, exception wrapping, combinators, continuations,
// async methods and goroutine hygiene. Expected texts are what .NET (and
// Mono 6.8, see w.cs in the report) print for the same C# operations.

package tasks

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/taskcore"
)

// catch returns the exception f throws, or nil.
func catch(f func()) system.Exception { return taskcore.Capture(f) }

// describe renders an exception as "Type: Message", as the C# oracle prints
// e.GetType() + ": " + e.Message.
func describe(ex system.Exception) string {
	if ex == nil {
		return "<nil>"
	}
	return ex.GetType().FullName() + ": " + ex.Message()
}

func TestOutcomes(t *testing.T) {
	boom := func() { panic(system.NewInvalidOperationException("boom")) }
	canceled := threading.NewCancellationTokenSource()
	canceled.Cancel()
	tests := []struct {
		name       string
		task       func() *Task
		status     TaskStatus
		wantWait   string // what Wait() throws
		wantAwait  string // what await throws
		wantExcept string // Task.Exception's message
	}{
		{"ran", func() *Task { return Run(func() {}) }, TaskStatusRanToCompletion, "<nil>", "<nil>", ""},
		{"faulted", func() *Task { return Run(boom) }, TaskStatusFaulted,
			"System.AggregateException: One or more errors occurred. (boom)",
			"System.InvalidOperationException: boom",
			"One or more errors occurred. (boom)"},
		// Task.Delay(1000, canceledToken).Wait() in .NET.
		{"delay canceled", func() *Task { return DelayToken(1000, canceled.Token()) }, TaskStatusCanceled,
			"System.AggregateException: One or more errors occurred. (A task was canceled.)",
			"System.Threading.Tasks.TaskCanceledException: A task was canceled.", ""},
		// Task.Run(() => token.ThrowIfCancellationRequested(), token) with a canceled token.
		{"run token canceled", func() *Task {
			return RunToken(func() { canceled.Token().ThrowIfCancellationRequested() }, canceled.Token())
		}, TaskStatusCanceled,
			"System.AggregateException: One or more errors occurred. (A task was canceled.)",
			"System.Threading.Tasks.TaskCanceledException: A task was canceled.", ""},
		// The body cancels its own token and throws: Canceled, and await
		// rethrows the body's OperationCanceledException.
		{"run token canceled inside", func() *Task {
			cts := threading.NewCancellationTokenSource()
			return RunToken(func() { cts.Cancel(); cts.Token().ThrowIfCancellationRequested() }, cts.Token())
		}, TaskStatusCanceled,
			"System.AggregateException: One or more errors occurred. (A task was canceled.)",
			"System.OperationCanceledException: The operation was canceled.", ""},
		{"from exception", func() *Task { return FromException(system.NewException("x")) }, TaskStatusFaulted,
			"System.AggregateException: One or more errors occurred. (x)", "System.Exception: x",
			"One or more errors occurred. (x)"},
		{"completed", CompletedTask, TaskStatusRanToCompletion, "<nil>", "<nil>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			task := tt.task()
			if got := describe(catch(task.Wait)); got != tt.wantWait {
				t.Errorf("Wait threw %q, want %q", got, tt.wantWait)
			}
			if got := describe(catch(task.Await)); got != tt.wantAwait {
				t.Errorf("Await threw %q, want %q", got, tt.wantAwait)
			}
			if got := describe(catch(task.GetAwaiter().GetResult)); got != tt.wantAwait {
				t.Errorf("GetAwaiter().GetResult() threw %q, want %q", got, tt.wantAwait)
			}
			if task.Status() != tt.status {
				t.Errorf("Status = %v, want %v", task.Status(), tt.status)
			}
			var gotExcept string
			if ae := task.Exception(); ae != nil {
				gotExcept = ae.Message()
				if task.Exception() != ae {
					t.Error("Exception() is not the same instance on each call")
				}
			}
			if gotExcept != tt.wantExcept {
				t.Errorf("Exception().Message = %q, want %q", gotExcept, tt.wantExcept)
			}
			if task.IsFaulted() != (tt.status == TaskStatusFaulted) ||
				task.IsCanceled() != (tt.status == TaskStatusCanceled) ||
				task.IsCompletedSuccessfully() != (tt.status == TaskStatusRanToCompletion) ||
				!task.IsCompleted() {
				t.Errorf("Is* flags disagree with status %v", tt.status)
			}
		})
	}
}

func TestResultWrapsAndAwaitUnwraps(t *testing.T) {
	ok := RunOf(func() int32 { return 42 })
	if ok.Result() != 42 || ok.Await() != 42 || ok.GetAwaiter().GetResult() != 42 {
		t.Error("result not 42")
	}
	bad := RunOf(func() int32 { panic(system.NewArgumentException("bad")) })
	ex := catch(func() { bad.Result() })
	ae, isAgg := ex.(*system.AggregateException)
	if !isAgg || len(ae.InnerExceptions()) != 1 {
		t.Fatalf("Result threw %v, want AggregateException of one", describe(ex))
	}
	if got := describe(catch(func() { bad.Await() })); got != "System.ArgumentException: bad" {
		t.Errorf("Await threw %q", got)
	}
	// A Go runtime error in a task is stored as its .NET exception.
	nilDeref := RunOf(func() int32 { var p *int32; return *p })
	if got := describe(catch(func() { nilDeref.Await() })); got != "System.NullReferenceException: Object reference not set to an instance of an object." {
		t.Errorf("nil dereference surfaced as %q", got)
	}
}

func TestWhenAll(t *testing.T) {
	a := Run(func() { panic(system.NewInvalidOperationException("a")) })
	b := Run(func() { panic(system.NewArgumentException("b")) })
	c := Run(func() {})
	all := WhenAll(a, c, b)
	// .NET: "One or more errors occurred. (a) (b)" with 2 inner exceptions.
	ex := catch(all.Wait)
	ae, _ := ex.(*system.AggregateException)
	if ae == nil || ae.Message() != "One or more errors occurred. (a) (b)" || len(ae.InnerExceptions()) != 2 {
		t.Errorf("Wait threw %q", describe(ex))
	}
	if got := describe(catch(all.Await)); got != "System.InvalidOperationException: a" {
		t.Errorf("Await threw %q, want the first failure", got)
	}
	if all.Exception().Message() != "One or more errors occurred. (a) (b)" {
		t.Errorf("Exception().Message = %q", all.Exception().Message())
	}

	if !WhenAll().IsCompletedSuccessfully() {
		t.Error("WhenAll() of nothing is not complete")
	}
	canceled := WhenAll(CanceledTask(), Run(func() {}))
	catch(canceled.Wait)
	if canceled.Status() != TaskStatusCanceled {
		t.Errorf("WhenAll with a canceled task: %v, want Canceled", canceled.Status())
	}
}

func TestWhenAllOfKeepsOrder(t *testing.T) {
	var ts []*TaskOf[int32]
	for i := range int32(5) {
		ts = append(ts, RunOf(func() int32 {
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			return i * 10
		}))
	}
	got := WhenAllOf(ts...).Await()
	want := []int32{0, 10, 20, 30, 40}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("WhenAllOf = %v, want %v", got, want)
		}
	}
}

func TestWhenAny(t *testing.T) {
	slow := Delay(5000)
	fast := Run(func() { panic(system.NewException("fast")) })
	winner := WhenAny(slow, fast).Await()
	if winner != fast {
		t.Fatal("WhenAny did not pick the finished task")
	}
	// WhenAny itself never faults; the winner keeps its exception.
	if !winner.IsFaulted() {
		t.Error("winner not faulted")
	}
	one := FromResult[int32](7)
	if w := WhenAnyOf(one, RunOf(func() int32 { time.Sleep(time.Second); return 0 })).Await(); w.Result() != 7 {
		t.Errorf("WhenAnyOf winner result = %d", w.Result())
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

// argumentErrorCases are formatted as .NET Core does: "message (Parameter 'name')".
var argumentErrorCases = []exceptionCase{
	{"WhenAny()", func() { WhenAny() }, `Task.WhenAny(new Task[0]);`,
		"System.ArgumentException: The tasks argument contains no tasks. (Parameter 'tasks')", false},
	{"WhenAll(null)", func() { WhenAll(nil) }, `Task.WhenAll(new Task[] { null });`,
		"System.ArgumentException: The tasks argument included a null value. (Parameter 'tasks')", false},
	{"WaitAll(null)", func() { TaskWaitAll(nil) }, `Task.WaitAll(new Task[] { null });`,
		"System.ArgumentException: The tasks array included at least one null element. (Parameter 'tasks')", false},
	{"Delay(-2)", func() { Delay(-2) }, `Task.Delay(-2);`,
		"System.ArgumentOutOfRangeException: The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer. (Parameter 'millisecondsDelay')", false},
	{"Start twice", func() {
		block := make(chan struct{})
		defer close(block)
		tk := NewTask(func() { <-block })
		tk.Start()
		tk.Start()
	}, `var t = new Task(() => Thread.Sleep(200)); t.Start(); t.Start();`,
		"System.InvalidOperationException: Start may not be called on a task that was already started.", false},
	{"Start completed", func() { tk := Run(func() {}); tk.Wait(); tk.Start() }, `var t = Task.Run(() => {}); t.Wait(); t.Start();`,
		"System.InvalidOperationException: Start may not be called on a task that has completed.", false},
	{"Start promise", func() { NewTaskCompletionSource[int32]().Task().Start() }, `new TaskCompletionSource<int>().Task.Start();`,
		"System.InvalidOperationException: Start may not be called on a promise-style task.", false},
	// Mono's message is empty.
	{"SetResult twice", func() { s := NewTaskCompletionSource[int32](); s.SetResult(1); s.SetResult(2) },
		`var s = new TaskCompletionSource<int>(); s.SetResult(1); s.SetResult(2);`,
		"System.InvalidOperationException: An attempt was made to transition a task to a final state when it had already completed.", true},
	{"ThrowIfCancellationRequested", func() {
		cts := threading.NewCancellationTokenSource()
		cts.Cancel()
		RunToken(func() {}, cts.Token()).Wait()
	}, `var cts = new CancellationTokenSource(); cts.Cancel(); Task.Run(() => {}, cts.Token).Wait();`,
		"System.AggregateException: One or more errors occurred. (A task was canceled.)", false},
	{"Wait on faulted", func() { Run(func() { panic(system.NewInvalidOperationException("boom")) }).Wait() },
		`Task.Run(new Action(() => { throw new InvalidOperationException("boom"); })).Wait();`,
		"System.AggregateException: One or more errors occurred. (boom)", false},
	{"WhenAll Wait", func() {
		WhenAll(Run(func() { panic(system.NewInvalidOperationException("a")) }), Run(func() { panic(system.NewArgumentException("b")) })).Wait()
	}, `Task.WhenAll(Task.Run(new Action(() => { throw new InvalidOperationException("a"); })), Task.Run(new Action(() => { throw new ArgumentException("b"); }))).Wait();`,
		"System.AggregateException: One or more errors occurred. (a) (b)", false},
}

func TestArgumentErrors(t *testing.T) {
	for _, tt := range argumentErrorCases {
		if got := describe(catch(tt.f)); got != tt.want {
			t.Errorf("%s threw %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestWaitAllAndWaitAny(t *testing.T) {
	a := Run(func() { panic(system.NewException("a")) })
	b := CanceledTask()
	c := Run(func() {})
	ex := catch(func() { TaskWaitAll(a, b, c) })
	ae, _ := ex.(*system.AggregateException)
	// .NET: the faulted task's exception, then a TaskCanceledException.
	if ae == nil || ae.Message() != "One or more errors occurred. (a) (A task was canceled.)" {
		t.Errorf("WaitAll threw %q", describe(ex))
	}
	slow := Delay(2000)
	if i := TaskWaitAny(slow, c); i != 1 {
		t.Errorf("WaitAny = %d, want 1", i)
	}
	if i := TaskWaitAnyTimeout([]*Task{slow}, 10); i != -1 {
		t.Errorf("WaitAny timeout = %d, want -1", i)
	}
	if TaskWaitAllTimeout([]*Task{slow}, 10) {
		t.Error("WaitAll timeout = true")
	}
}

func TestContinueWithOrder(t *testing.T) {
	var mu sync.Mutex
	var log []string
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	gate := make(chan struct{})
	first := Run(func() { <-gate; add("antecedent") })
	second := first.ContinueWith(func(prev *Task) { add("continuation 1") })
	third := second.ContinueWith(func(prev *Task) { add("continuation 2") })
	close(gate)
	third.Wait()
	want := "antecedent,continuation 1,continuation 2"
	if got := strings.Join(log, ","); got != want {
		t.Errorf("order = %s, want %s", got, want)
	}
	// A continuation sees a faulted antecedent and its result task stores
	// the continuation's own exception.
	r := ContinueWithOf(FromException(system.NewException("x")), func(prev *Task) string {
		return prev.Exception().InnerExceptions()[0].Message()
	})
	if r.Result() != "x" {
		t.Errorf("ContinueWithOf result = %q", r.Result())
	}
	failing := CompletedTask().ContinueWith(func(*Task) { panic(system.NewException("in continuation")) })
	if got := describe(catch(failing.Await)); got != "System.Exception: in continuation" {
		t.Errorf("continuation exception = %q", got)
	}
	typed := ContinueWithOfResult(FromResult[int32](20), func(p *TaskOf[int32]) int32 { return p.Result() + 1 })
	if typed.Result() != 21 {
		t.Errorf("ContinueWithOfResult = %d", typed.Result())
	}
}

func TestNewTaskStart(t *testing.T) {
	ran := make(chan struct{})
	tk := NewTask(func() { close(ran) })
	if tk.Status() != TaskStatusCreated {
		t.Errorf("new Task status = %v, want Created", tk.Status())
	}
	select {
	case <-ran:
		t.Fatal("task ran before Start")
	case <-time.After(10 * time.Millisecond):
	}
	tk.Start()
	tk.Wait()
	typed := NewTaskOf(func() string { return "r" })
	typed.RunSynchronously()
	if typed.Result() != "r" {
		t.Error("RunSynchronously result")
	}
	st := TaskFactoryStartNewState(func(s any) {}, "state")
	st.Wait()
	if st.AsyncState() != "state" {
		t.Error("AsyncState")
	}
}

func TestTaskCompletionSource(t *testing.T) {
	s := NewTaskCompletionSource[string]()
	go func() { s.SetResult("done") }()
	if got := s.Task().Await(); got != "done" {
		t.Errorf("Await = %q", got)
	}
	if s.TrySetResult("again") || s.TrySetCanceled() || s.TrySetException(system.NewException("x")) {
		t.Error("Try* succeeded on a completed task")
	}
	c := NewTaskCompletionSource[int32]()
	c.SetCanceled()
	if got := describe(catch(func() { c.Task().Await() })); got != "System.Threading.Tasks.TaskCanceledException: A task was canceled." {
		t.Errorf("canceled Await threw %q", got)
	}
	e := NewTaskCompletionSource[int32]()
	e.SetException(system.NewTimeoutException(""))
	if got := describe(catch(func() { e.Task().Await() })); got != "System.TimeoutException: The operation has timed out." {
		t.Errorf("faulted Await threw %q", got)
	}
}

func TestAsyncRunsSynchronouslyUntilFirstAwait(t *testing.T) {
	var log []string // only touched by one goroutine at a time, by the ordering under test
	gate := NewTaskCompletionSource[bool]()
	task := Async(func() {
		log = append(log, "A: before await")
		CompletedTask().Await() // completed: no yield
		log = append(log, "B: after completed await")
		gate.Task().Await() // unfinished: the caller resumes here
		log = append(log, "D: after await")
	})
	log = append(log, "C: caller continues")
	gate.SetResult(true)
	task.Wait()
	want := "A: before await|B: after completed await|C: caller continues|D: after await"
	if got := strings.Join(log, "|"); got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

func TestAsyncExceptions(t *testing.T) {
	// An exception before any await is stored in the task, not thrown to the caller.
	faulted := Async(func() { panic(system.NewInvalidOperationException("early")) })
	if !faulted.IsFaulted() {
		t.Errorf("status = %v, want Faulted (completed before Async returned)", faulted.Status())
	}
	// Any OperationCanceledException cancels an async method's task.
	canceled := AsyncOf(func() int32 { panic(system.NewOperationCanceledException("")) })
	if canceled.Status() != TaskStatusCanceled {
		t.Errorf("status = %v, want Canceled", canceled.Status())
	}
	if got := describe(catch(func() { canceled.Await() })); got != "System.OperationCanceledException: The operation was canceled." {
		t.Errorf("Await threw %q", got)
	}
	// ConfigureAwait(false) is the task itself.
	d := Delay(1)
	if d.ConfigureAwait(false) != d {
		t.Error("ConfigureAwait did not return the task")
	}
}

func TestRunAsyncUnwraps(t *testing.T) {
	inner := NewTaskCompletionSource[int32]()
	outer := RunAsyncOf(func() *TaskOf[int32] { return inner.Task() })
	if outer.WaitTimeout(20) {
		t.Fatal("outer completed before inner")
	}
	inner.SetResult(5)
	if outer.Await() != 5 {
		t.Error("unwrapped result")
	}
	failed := RunAsync(func() *Task { return FromException(system.NewException("in")) })
	if got := describe(catch(failed.Await)); got != "System.Exception: in" {
		t.Errorf("RunAsync failure = %q", got)
	}
}

func TestDelay(t *testing.T) {
	start := time.Now()
	Delay(30).Wait()
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("Delay(30) took %v", d)
	}
	if !Delay(0).IsCompletedSuccessfully() {
		t.Error("Delay(0) not complete")
	}
	cts := threading.NewCancellationTokenSource()
	d := DelayToken(-1, cts.Token())
	cts.CancelAfter(10)
	if got := describe(catch(d.Await)); got != "System.Threading.Tasks.TaskCanceledException: A task was canceled." {
		t.Errorf("canceled delay threw %q", got)
	}
}

func TestIDsAndStatusNames(t *testing.T) {
	a, b := CompletedTask(), CompletedTask()
	if a.Id() == 0 || a.Id() == b.Id() || a.Id() != a.Id() {
		t.Error("Id not unique and stable")
	}
	names := map[TaskStatus]string{TaskStatusCreated: "Created", TaskStatusRanToCompletion: "RanToCompletion",
		TaskStatusCanceled: "Canceled", TaskStatusFaulted: "Faulted", TaskStatusWaitingForActivation: "WaitingForActivation"}
	for s, want := range names {
		if s.ToString() != want {
			t.Errorf("%d.ToString() = %q, want %q", s, s.ToString(), want)
		}
	}
}

func TestNoGoroutineLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	for range 50 {
		ts := []*Task{Run(func() {}), Delay(1), Run(func() { panic(system.NewException("x")) })}
		WhenAny(ts...).Wait()
		catch(WhenAll(ts...).Wait)
		Async(func() { Delay(1).Await() }).Wait()
		ContinueWithOf(ts[0], func(*Task) int { return 1 }).Wait()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("goroutines: %d before, %d after", before, n)
	}
	if n := gls.Len(); n != 0 {
		t.Errorf("%d goroutine slots left after async methods ended", n)
	}
}

// TestAsyncVoidUnhandled runs itself as a child whose async void method
// throws after an await: the process must end as .NET's does.
func TestAsyncVoidUnhandled(t *testing.T) {
	if os.Getenv("CS2GO_ASYNCVOID_CHILD") == "1" {
		AsyncVoid(func() {
			Delay(1).Await()
			panic(system.NewInvalidOperationException("from async void"))
		})
		time.Sleep(time.Second)
		os.Exit(0) // not reached
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestAsyncVoidUnhandled$")
	cmd.Env = append(os.Environ(), "CS2GO_ASYNCVOID_CHILD=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 134 {
		t.Fatalf("child ended with %v, want exit status 134", err)
	}
	if want := "Unhandled exception. System.InvalidOperationException: from async void\n"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr = %q, want prefix %q", stderr.String(), want)
	}
}
