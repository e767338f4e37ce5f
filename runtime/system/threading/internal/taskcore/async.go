// Async methods: a body on its own goroutine whose caller waits until the
// body's first await of an unfinished task, as .NET runs an async method
// synchronously up to that point.

package taskcore

import (
	"runtime"
	"sync"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// frame is one running async method; yielded is closed when the method
// first gives control back to its caller (first real await, or return).
type frame struct {
	once    sync.Once
	yielded chan struct{}
}

func (f *frame) signal() { f.once.Do(func() { close(f.yielded) }) }

// AsyncRun runs body as an async method does: on a new goroutine, while
// the calling goroutine waits until body awaits an unfinished task or
// returns. finish gets body's exception (nil when it returned) on body's
// goroutine; when body never awaited, finish has run before AsyncRun returns.
//
// Running the body on its own goroutine keeps Go's blocking model (await is
// a blocking wait); holding the caller until the first await keeps .NET's
// ordering of side effects, e.g. "before await" output printing before the
// caller's next statement.
func AsyncRun(body func(), finish func(system.Exception)) {
	f := &frame{yielded: make(chan struct{})}
	go func() {
		slot, id := gls.Ensure()
		slot.Async = f
		defer gls.Release(id)
		defer f.signal()
		finish(Capture(body))
	}()
	<-f.yielded
}

// yieldAsync hands control back to the caller of the async method running
// on this goroutine, if any and if not done already.
func yieldAsync() {
	if s := gls.Get(); s != nil {
		if f, ok := s.Async.(*frame); ok {
			f.signal()
		}
	}
}

// Yield is `await Task.Yield()`: inside an async method it returns control
// to the caller; everywhere it lets other goroutines run.
func Yield() {
	yieldAsync()
	runtime.Gosched()
}

// Async runs body as an `async Task` method and returns its task. An
// OperationCanceledException escaping body cancels the task (whatever its
// token), other exceptions fault it, as for .NET async methods.
func Async(body func()) *Task {
	t := New()
	AsyncRun(body, func(ex system.Exception) { completeAsync(t, ex) })
	return t
}

// AsyncOf runs body as an `async Task<T>` method.
func AsyncOf[T any](body func() T) *TaskOf[T] {
	t := NewOf[T]()
	AsyncRun(func() { t.result = body() }, func(ex system.Exception) { completeAsync(&t.Task, ex) })
	return t
}

func completeAsync(t *Task, ex system.Exception) {
	switch {
	case ex == nil:
		Finish(t)
	case IsOperationCanceled(ex):
		Cancel(t, ex)
	default:
		Finish(t, ex)
	}
}
