// Task and Task<T>: .NET's tasks backed by goroutines. The types are
// defined in internal/taskcore (see its package comment for why) and are
// re-exported here under their .NET names.

package tasks

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/taskcore"
)

// Task is System.Threading.Tasks.Task: a unit of work running on its own
// goroutine that completes once: it runs to completion, faults with
// exceptions (stored in the task, never crashing the process), or is
// canceled.
type Task = taskcore.Task

// TaskOf is System.Threading.Tasks.Task<TResult>.
type TaskOf[T any] = taskcore.TaskOf[T]

// TaskStatus is System.Threading.Tasks.TaskStatus.
type TaskStatus = taskcore.Status

// The TaskStatus members.
const (
	TaskStatusCreated                      = taskcore.StatusCreated
	TaskStatusWaitingForActivation         = taskcore.StatusWaitingForActivation
	TaskStatusWaitingToRun                 = taskcore.StatusWaitingToRun
	TaskStatusRunning                      = taskcore.StatusRunning
	TaskStatusWaitingForChildrenToComplete = taskcore.StatusWaitingForChildrenToComplete
	TaskStatusRanToCompletion              = taskcore.StatusRanToCompletion
	TaskStatusCanceled                     = taskcore.StatusCanceled
	TaskStatusFaulted                      = taskcore.StatusFaulted
)

// Run is Task.Run(action): it starts action on a new goroutine. An
// exception action throws faults the task (an OperationCanceledException
// too, as no token was given).
func Run(action func()) *Task {
	t := taskcore.New()
	taskcore.Go(t, action, nil)
	return t
}

// RunOf is Task.Run<TResult>(Func<TResult>).
func RunOf[T any](f func() T) *TaskOf[T] {
	t := taskcore.NewOf[T]()
	taskcore.GoOf(t, f, nil)
	return t
}

// RunAsync is Task.Run(Func<Task>), the overload an async lambda picks:
// the returned task completes with the outcome of the task f returns
// (Task.Run unwraps it). f runs on a new goroutine.
func RunAsync(f func() *Task) *Task {
	outer := taskcore.New()
	go func() {
		var inner *Task
		if ex := taskcore.Capture(func() { inner = f() }); ex != nil {
			taskcore.Finish(outer, ex)
			return
		}
		if inner == nil {
			// .NET cancels the proxy when the function returns a null task.
			taskcore.Cancel(outer, nil)
			return
		}
		taskcore.OnComplete(inner, func() { forward(outer, inner, nil) })
	}()
	return outer
}

// RunAsyncOf is Task.Run<TResult>(Func<Task<TResult>>).
func RunAsyncOf[T any](f func() *TaskOf[T]) *TaskOf[T] {
	outer := taskcore.NewOf[T]()
	go func() {
		var inner *TaskOf[T]
		if ex := taskcore.Capture(func() { inner = f() }); ex != nil {
			taskcore.Finish(&outer.Task, ex)
			return
		}
		if inner == nil {
			taskcore.Cancel(&outer.Task, nil)
			return
		}
		taskcore.OnComplete(&inner.Task, func() {
			forward(&outer.Task, &inner.Task, func() { taskcore.SetResult(outer, taskcore.ResultOf(inner)) })
		})
	}()
	return outer
}

// forward completes outer with the outcome of the completed inner;
// success calls ok (or finishes outer when ok is nil).
func forward(outer, inner *Task, ok func()) {
	switch inner.Status() {
	case TaskStatusFaulted:
		taskcore.Finish(outer, taskcore.Exceptions(inner)...)
	case TaskStatusCanceled:
		taskcore.Cancel(outer, cancelExceptionOf(inner))
	default:
		if ok != nil {
			ok()
		} else {
			taskcore.Finish(outer)
		}
	}
}

// cancelExceptionOf returns the exception awaiting the canceled t throws.
func cancelExceptionOf(t *Task) system.Exception {
	return taskcore.Capture(t.GetResult)
}

// Async runs body as the translation of an `async Task` method and returns
// its task. body runs on a new goroutine, but the caller waits until body
// first awaits an unfinished task (or returns), so side effects happen in
// .NET's order. An OperationCanceledException escaping body cancels the
// task; any other exception faults it.
func Async(body func()) *Task { return taskcore.Async(body) }

// AsyncOf runs body as the translation of an `async Task<T>` method.
func AsyncOf[T any](body func() T) *TaskOf[T] { return taskcore.AsyncOf(body) }

// Yield is `await Task.Yield()`.
func Yield() { taskcore.Yield() }

// TaskFactoryStartNew is Task.Factory.StartNew(action). It behaves as Run:
// TaskCreationOptions such as LongRunning only tune .NET's thread pool, and
// every task has its own goroutine here.
func TaskFactoryStartNew(action func()) *Task { return Run(action) }

// TaskFactoryStartNewOf is Task.Factory.StartNew<TResult>(Func<TResult>).
func TaskFactoryStartNewOf[T any](f func() T) *TaskOf[T] { return RunOf(f) }

// TaskFactoryStartNewState is Task.Factory.StartNew(Action<object>, state):
// the task's AsyncState is state.
func TaskFactoryStartNewState(action func(any), state any) *Task {
	t := taskcore.New()
	taskcore.SetAsyncState(t, state)
	taskcore.Go(t, func() { action(state) }, nil)
	return t
}

// NewTask is `new Task(action)`: a task in status Created that runs when
// Start is called.
func NewTask(action func()) *Task { return taskcore.NewCreated(action, nil) }

// NewTaskState is `new Task(Action<object>, state)`.
func NewTaskState(action func(any), state any) *Task {
	return taskcore.NewCreated(func() { action(state) }, state)
}

// NewTaskOf is `new Task<TResult>(func)`.
func NewTaskOf[T any](f func() T) *TaskOf[T] { return taskcore.NewCreatedOf(f, nil) }

// CompletedTask is Task.CompletedTask.
func CompletedTask() *Task {
	t := taskcore.New()
	taskcore.Finish(t)
	return t
}

// FromResult is Task.FromResult(value).
func FromResult[T any](value T) *TaskOf[T] {
	t := taskcore.NewOf[T]()
	taskcore.SetResult(t, value)
	return t
}

// FromException is Task.FromException(ex): a faulted task.
func FromException(ex system.Exception) *Task {
	if ex == nil {
		panic(system.NewArgumentNullException("exception"))
	}
	t := taskcore.New()
	taskcore.Finish(t, ex)
	return t
}

// FromExceptionOf is Task.FromException<TResult>(ex).
func FromExceptionOf[T any](ex system.Exception) *TaskOf[T] {
	if ex == nil {
		panic(system.NewArgumentNullException("exception"))
	}
	t := taskcore.NewOf[T]()
	taskcore.Finish(&t.Task, ex)
	return t
}

// ContinueWithOf is Task.ContinueWith<TResult>(Func<Task, TResult>): f
// runs on a new goroutine after t completes; the returned task has its result.
func ContinueWithOf[R any](t *Task, f func(*Task) R) *TaskOf[R] {
	return taskcore.ContinueWithOf(t, f)
}

// ContinueWithOfResult is Task<T>.ContinueWith<TResult>(Func<Task<T>, TResult>).
func ContinueWithOfResult[T, R any](t *TaskOf[T], f func(*TaskOf[T]) R) *TaskOf[R] {
	return taskcore.ContinueWithOf(&t.Task, func(*Task) R { return f(t) })
}

// WhenAll is Task.WhenAll(tasks...): a task that completes when all have.
// It faults with every failure (Await rethrows the first, Wait throws an
// AggregateException of all), else is canceled if any was, else succeeds.
func WhenAll(tasks ...*Task) *Task { return taskcore.WhenAll(tasks...) }

// WhenAllOf is Task.WhenAll<TResult>(tasks...): the results in argument order.
func WhenAllOf[T any](tasks ...*TaskOf[T]) *TaskOf[[]T] { return taskcore.WhenAllOf(tasks...) }

// WhenAny is Task.WhenAny(tasks...): a task whose result is the first task
// to complete. No tasks throws ArgumentException as in .NET.
func WhenAny(tasks ...*Task) *TaskOf[*Task] { return taskcore.WhenAny(tasks...) }

// WhenAnyOf is Task.WhenAny<TResult>(tasks...).
func WhenAnyOf[T any](tasks ...*TaskOf[T]) *TaskOf[*TaskOf[T]] { return taskcore.WhenAnyOf(tasks...) }

// TaskWaitAll is Task.WaitAll(tasks...): it blocks until all complete and
// throws an AggregateException holding every failure.
func TaskWaitAll(tasks ...*Task) { taskcore.WaitAllTimeout(-1, tasks...) }

// TaskWaitAllTimeout is Task.WaitAll(tasks, millisecondsTimeout).
func TaskWaitAllTimeout(tasks []*Task, milliseconds int32) bool {
	return taskcore.WaitAllTimeout(milliseconds, tasks...)
}

// TaskWaitAny is Task.WaitAny(tasks...): the index of the first completed task.
func TaskWaitAny(tasks ...*Task) int32 { return taskcore.WaitAnyTimeout(-1, tasks...) }

// TaskWaitAnyTimeout is Task.WaitAny(tasks, millisecondsTimeout): -1 on timeout.
func TaskWaitAnyTimeout(tasks []*Task, milliseconds int32) int32 {
	return taskcore.WaitAnyTimeout(milliseconds, tasks...)
}

// TaskCanceledException is System.Threading.Tasks.TaskCanceledException.
type TaskCanceledException = taskcore.TaskCanceledException

// TaskCanceledExceptionType is its class descriptor.
var TaskCanceledExceptionType = taskcore.TaskCanceledExceptionType

// NewTaskCanceledException is `new TaskCanceledException(message)`.
func NewTaskCanceledException(message string) *TaskCanceledException {
	return taskcore.NewTaskCanceledException(message)
}

// NewTaskCanceledExceptionWithInner is `new TaskCanceledException(message, inner)`.
func NewTaskCanceledExceptionWithInner(message string, inner system.Exception) *TaskCanceledException {
	return taskcore.NewTaskCanceledExceptionWithInner(message, inner)
}
