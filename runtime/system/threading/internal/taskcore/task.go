// Package taskcore implements .NET's Task and Task<T>; package tasks
// re-exports the types under their .NET names.
//
// The types live here, not in package tasks, because System.Threading and
// System.Threading.Tasks depend on each other: tasks take CancellationTokens
// (package threading) and SemaphoreSlim.WaitAsync (package threading)
// returns a Task. Both packages import this one; tasks.Task is an alias of
// taskcore.Task, so the two names are one type. The operations only the
// runtime may use (completing a task from outside) are package-level
// functions here, so they do not show up as methods of tasks.Task.
package taskcore

import (
	"sync"
	"sync/atomic"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// Status is System.Threading.Tasks.TaskStatus.
type Status int32

// The TaskStatus members, with .NET's values.
const (
	StatusCreated Status = iota
	StatusWaitingForActivation
	StatusWaitingToRun
	StatusRunning
	StatusWaitingForChildrenToComplete
	StatusRanToCompletion
	StatusCanceled
	StatusFaulted
)

var statusNames = [...]string{"Created", "WaitingForActivation", "WaitingToRun", "Running",
	"WaitingForChildrenToComplete", "RanToCompletion", "Canceled", "Faulted"}

// ToString is Enum.ToString(): the member name.
func (s Status) ToString() string {
	if s >= 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return system.ObjectToString(int32(s))
}

// String is ToString, for fmt.
func (s Status) String() string { return s.ToString() }

// Task is System.Threading.Tasks.Task: work that completes once, by running
// to completion, faulting with exceptions, or being canceled.
//
// Invariants: status, exs, cancelEx and the result of a TaskOf are written
// once, before done is closed; readers wait on done (or hold mu) first, so
// the channel close orders the writes before the reads.
type Task struct {
	mu     sync.Mutex
	status Status
	done   chan struct{}
	// exs are the exceptions of a faulted task (several for WhenAll).
	exs []system.Exception
	// cancelEx is what awaiting a canceled task rethrows: the
	// OperationCanceledException that canceled it, or nil for a fresh
	// TaskCanceledException.
	cancelEx system.Exception
	// aggregate caches Exception(), which .NET returns as one instance.
	aggregate *system.AggregateException
	// conts run once, in registration order, when the task completes.
	conts []func()
	// action is the body of a task made by `new Task(action)`, run by Start.
	action     func()
	asyncState any
	id         atomic.Int32
}

// TaskOf is System.Threading.Tasks.Task<TResult>.
type TaskOf[T any] struct {
	Task
	result T
}

var lastID atomic.Int32

// New returns a pending task (status WaitingForActivation) that the caller
// completes with Finish, Cancel or SetResult.
func New() *Task {
	t := &Task{}
	t.init(StatusWaitingForActivation)
	return t
}

// NewOf returns a pending Task<T>.
func NewOf[T any]() *TaskOf[T] {
	t := &TaskOf[T]{}
	t.init(StatusWaitingForActivation)
	return t
}

// NewCreated returns a task in status Created whose action Start runs:
// `new Task(action)`.
func NewCreated(action func(), state any) *Task {
	t := &Task{action: action, asyncState: state}
	t.init(StatusCreated)
	return t
}

// NewCreatedOf is NewCreated for `new Task<T>(func)`.
func NewCreatedOf[T any](f func() T, state any) *TaskOf[T] {
	t := &TaskOf[T]{}
	t.init(StatusCreated)
	t.action = func() { t.result = f() }
	t.asyncState = state
	return t
}

func (t *Task) init(s Status) {
	t.status = s
	t.done = make(chan struct{})
}

// SetAsyncState records Task.AsyncState for a task made by a StartNew overload with state.
func SetAsyncState(t *Task, state any) { t.asyncState = state }

// complete moves t to a final status and runs its continuations; false when
// t had already completed.
func (t *Task) complete(s Status, exs []system.Exception, cancelEx system.Exception, set func()) bool {
	t.mu.Lock()
	if t.status >= StatusRanToCompletion {
		t.mu.Unlock()
		return false
	}
	if set != nil {
		set()
	}
	t.status = s
	t.exs = exs
	t.cancelEx = cancelEx
	conts := t.conts
	t.conts = nil
	close(t.done)
	t.mu.Unlock()
	for _, c := range conts {
		c()
	}
	return true
}

// Finish completes t: RanToCompletion when exs is empty, else Faulted with
// exs. It reports false when t had already completed.
func Finish(t *Task, exs ...system.Exception) bool {
	if len(exs) == 0 {
		return t.complete(StatusRanToCompletion, nil, nil, nil)
	}
	return t.complete(StatusFaulted, exs, nil, nil)
}

// Cancel completes t as Canceled. ex is the OperationCanceledException that
// await rethrows, or nil for a new TaskCanceledException.
func Cancel(t *Task, ex system.Exception) bool {
	return t.complete(StatusCanceled, nil, ex, nil)
}

// SetResult completes t with value; false when t had already completed.
func SetResult[T any](t *TaskOf[T], value T) bool {
	return t.complete(StatusRanToCompletion, nil, nil, func() { t.result = value })
}

// OnComplete runs f once t has completed: immediately (on the calling
// goroutine) when it already has, else on the completing goroutine.
// Runtime continuations (WhenAll, WhenAny, ContinueWith) build on it; f
// must not block.
func OnComplete(t *Task, f func()) {
	t.mu.Lock()
	if t.status >= StatusRanToCompletion {
		t.mu.Unlock()
		f()
		return
	}
	t.conts = append(t.conts, f)
	t.mu.Unlock()
}

// Exceptions returns the exceptions a faulted task holds, in order.
func Exceptions(t *Task) []system.Exception {
	<-t.done
	return t.exs
}

// Capture runs f and returns the .NET exception it threw, or nil.
func Capture(f func()) (ex system.Exception) {
	defer func() {
		if r := recover(); r != nil {
			ex = system.ToException(r)
		}
	}()
	f()
	return nil
}

// IsOperationCanceled reports whether ex is an OperationCanceledException
// (or a subclass such as TaskCanceledException).
func IsOperationCanceled(ex system.Exception) bool {
	_, ok := system.AsException[*system.OperationCanceledException](ex)
	return ok
}

// RunBody runs f on the calling goroutine and completes t with its outcome.
// canceled decides whether an OperationCanceledException that f throws
// cancels the task (true) or faults it (false).
func RunBody(t *Task, f func(), canceled func(system.Exception) bool) {
	t.mu.Lock()
	if t.status < StatusRunning {
		t.status = StatusRunning
	}
	t.mu.Unlock()
	ex := Capture(f)
	switch {
	case ex == nil:
		Finish(t)
	case canceled != nil && IsOperationCanceled(ex) && canceled(ex):
		Cancel(t, ex)
	default:
		Finish(t, ex)
	}
}

// Go starts f on a new goroutine as t's body (Task.Run). The goroutine's
// runtime state is released when it ends.
func Go(t *Task, f func(), canceled func(system.Exception) bool) {
	t.mu.Lock()
	t.status = StatusWaitingToRun
	t.mu.Unlock()
	go runGoroutine(t, f, canceled)
}

// runGoroutine is the body of a task's own goroutine.
func runGoroutine(t *Task, f func(), canceled func(system.Exception) bool) {
	defer gls.ReleaseCurrent()
	RunBody(t, f, canceled)
}

// GoOf is Go for a function with a result.
func GoOf[T any](t *TaskOf[T], f func() T, canceled func(system.Exception) bool) {
	Go(&t.Task, func() { t.result = f() }, canceled)
}

// Done is closed when the task has completed; for select statements in Go
// code that mixes with translated code.
func (t *Task) Done() <-chan struct{} { return t.done }

// Status is Task.Status.
func (t *Task) Status() Status {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.status
}

// Id is Task.Id: a number unique among tasks, assigned on first use as .NET does.
func (t *Task) Id() int32 {
	if id := t.id.Load(); id != 0 {
		return id
	}
	t.id.CompareAndSwap(0, lastID.Add(1))
	return t.id.Load()
}

// AsyncState is Task.AsyncState: the state object given to StartNew, or nil.
func (t *Task) AsyncState() any { return t.asyncState }

// IsCompleted is Task.IsCompleted: true in any final status.
func (t *Task) IsCompleted() bool { return t.Status() >= StatusRanToCompletion }

// IsCompletedSuccessfully is Task.IsCompletedSuccessfully.
func (t *Task) IsCompletedSuccessfully() bool { return t.Status() == StatusRanToCompletion }

// IsFaulted is Task.IsFaulted.
func (t *Task) IsFaulted() bool { return t.Status() == StatusFaulted }

// IsCanceled is Task.IsCanceled.
func (t *Task) IsCanceled() bool { return t.Status() == StatusCanceled }

// Exception is Task.Exception: an AggregateException around the failures
// of a faulted task (the same instance on every call), else nil. A
// canceled task has no Exception, as in .NET.
func (t *Task) Exception() *system.AggregateException {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.status != StatusFaulted {
		return nil
	}
	if t.aggregate == nil {
		t.aggregate = system.NewAggregateException(t.exs...)
	}
	return t.aggregate
}

// failures are the exceptions Wait and WaitAll report for a completed task:
// its faults, or a TaskCanceledException when it was canceled.
func (t *Task) failures() []system.Exception {
	switch t.status {
	case StatusFaulted:
		return t.exs
	case StatusCanceled:
		return []system.Exception{NewTaskCanceledExceptionTask(t)}
	}
	return nil
}

// Failures returns the exceptions WaitAll aggregates for the completed task t.
func Failures(t *Task) []system.Exception {
	<-t.done
	return t.failures()
}

// Wait is Task.Wait(): it blocks until completion and throws an
// AggregateException when the task faulted (holding its exceptions) or
// was canceled (holding a TaskCanceledException).
func (t *Task) Wait() {
	<-t.done
	if f := t.failures(); f != nil {
		panic(system.NewAggregateException(f...))
	}
}

// WaitTimeout is Task.Wait(millisecondsTimeout): false when the time ran
// out first; -1 (Timeout.Infinite) waits forever.
func (t *Task) WaitTimeout(milliseconds int32) bool {
	if milliseconds < -1 {
		panic(system.NewArgumentOutOfRangeException("millisecondsTimeout"))
	}
	if !WaitFor(t.done, milliseconds) {
		return false
	}
	t.Wait()
	return true
}

// WaitTimeSpan is Task.Wait(TimeSpan timeout).
func (t *Task) WaitTimeSpan(timeout system.TimeSpan) bool {
	return t.WaitTimeout(Milliseconds(timeout, "timeout", NeedNonNegOrNegative1))
}

// Dispose is Task.Dispose(): tasks hold nothing to free.
func (t *Task) Dispose() {}

// Await is `await task`: it blocks the calling goroutine until completion
// and rethrows the task's first exception unwrapped, as await does; a
// canceled task throws its OperationCanceledException (a
// TaskCanceledException when none was recorded). Inside an async method
// started by Async, awaiting an unfinished task first lets the method's
// caller continue, as the first real await returns to the caller in .NET.
func (t *Task) Await() {
	if !t.IsCompleted() {
		yieldAsync()
	}
	t.GetResult()
}

// GetAwaiter is Task.GetAwaiter(); GetResult on it behaves like await.
func (t *Task) GetAwaiter() *Task { return t }

// GetResult is TaskAwaiter.GetResult(): it blocks and rethrows like await,
// but never hands control back to an async method's caller (it is a
// blocking call in .NET too).
func (t *Task) GetResult() {
	<-t.done
	switch t.status {
	case StatusFaulted:
		panic(t.exs[0])
	case StatusCanceled:
		if t.cancelEx != nil {
			panic(t.cancelEx)
		}
		panic(NewTaskCanceledExceptionTask(t))
	}
}

// IsCompletedAwaiter is TaskAwaiter.IsCompleted.
func (t *Task) IsCompletedAwaiter() bool { return t.IsCompleted() }

// ConfigureAwait is Task.ConfigureAwait(continueOnCapturedContext). It
// returns the task itself: translated programs have no
// SynchronizationContext (console and server programs have none in .NET
// either), so where the continuation runs is not observable.
func (t *Task) ConfigureAwait(continueOnCapturedContext bool) *Task { return t }

// Start is Task.Start(): it runs a task made by `new Task(...)` on a new
// goroutine. It throws InvalidOperationException for a task that was
// started already or was not made by a constructor, with .NET's messages.
func (t *Task) Start() {
	t.mu.Lock()
	if err := t.startable(); err != "" {
		t.mu.Unlock()
		panic(system.NewInvalidOperationException(err))
	}
	t.status = StatusWaitingToRun
	action := t.action
	t.mu.Unlock()
	go runGoroutine(t, action, nil)
}

// RunSynchronously is Task.RunSynchronously(): Start, but on the calling goroutine.
func (t *Task) RunSynchronously() {
	t.mu.Lock()
	if err := t.startable(); err != "" {
		t.mu.Unlock()
		panic(system.NewInvalidOperationException(err))
	}
	t.status = StatusWaitingToRun
	action := t.action
	t.mu.Unlock()
	RunBody(t, action, nil)
}

// startable returns why t cannot be started, or ""; t.mu is held.
func (t *Task) startable() string {
	switch {
	case t.status >= StatusRanToCompletion:
		return "Start may not be called on a task that has completed."
	case t.action == nil:
		return "Start may not be called on a promise-style task."
	case t.status != StatusCreated:
		return "Start may not be called on a task that was already started."
	}
	return ""
}

// ContinueWith is Task.ContinueWith(Action<Task>): f runs on a new
// goroutine once t completes, whatever its outcome (as with .NET's default
// options, continuations are scheduled, not run inline). The returned task
// completes when f does and stores its exception.
func (t *Task) ContinueWith(f func(*Task)) *Task {
	c := New()
	OnComplete(t, func() { go runGoroutine(c, func() { f(t) }, nil) })
	return c
}

// ContinueWithOf is Task.ContinueWith<TResult>(Func<Task, TResult>).
func ContinueWithOf[R any](t *Task, f func(*Task) R) *TaskOf[R] {
	c := NewOf[R]()
	OnComplete(t, func() { go runGoroutine(&c.Task, func() { c.result = f(t) }, nil) })
	return c
}

// Result is Task<T>.Result: it blocks and throws AggregateException when
// the task faulted or was canceled.
func (t *TaskOf[T]) Result() T {
	t.Wait()
	return t.result
}

// Await is `await task` for Task<T>: the result, or the exception unwrapped.
func (t *TaskOf[T]) Await() T {
	t.Task.Await()
	return t.result
}

// GetAwaiter is Task<T>.GetAwaiter().
func (t *TaskOf[T]) GetAwaiter() *TaskOf[T] { return t }

// GetResult is TaskAwaiter<T>.GetResult(): blocking, exceptions unwrapped.
func (t *TaskOf[T]) GetResult() T {
	t.Task.GetResult()
	return t.result
}

// ConfigureAwait is Task<T>.ConfigureAwait: the task itself (see Task.ConfigureAwait).
func (t *TaskOf[T]) ConfigureAwait(continueOnCapturedContext bool) *TaskOf[T] { return t }

// ContinueWith is Task<T>.ContinueWith(Action<Task<T>>).
func (t *TaskOf[T]) ContinueWith(f func(*TaskOf[T])) *Task {
	return t.Task.ContinueWith(func(*Task) { f(t) })
}

// AsTask returns the untyped task, for WhenAll/WhenAny and Task-typed variables.
func (t *TaskOf[T]) AsTask() *Task { return &t.Task }

// ResultOf returns the result of a completed Task<T> without waiting or throwing.
func ResultOf[T any](t *TaskOf[T]) T { return t.result }
