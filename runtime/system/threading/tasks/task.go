// Task and Task<T>: .NET's tasks backed by goroutines.

package tasks

import (
	"sync"

	"github.com/cs2go/cs2go/runtime/system"
)

// Task is System.Threading.Tasks.Task: a unit of work running on its own
// goroutine that completes once, either with success or with an exception.
type Task struct {
	done chan struct{}
	once sync.Once
	ex   system.Exception
	// continuations run after completion, in registration order.
	mu            sync.Mutex
	continuations []func()
}

// TaskOf is System.Threading.Tasks.Task<T>.
type TaskOf[T any] struct {
	Task
	result T
}

func newTask() *Task { return &Task{done: make(chan struct{})} }

// complete records the outcome once and wakes waiters.
func (t *Task) complete(ex system.Exception) {
	t.once.Do(func() {
		t.ex = ex
		close(t.done)
		t.mu.Lock()
		conts := t.continuations
		t.continuations = nil
		t.mu.Unlock()
		for _, c := range conts {
			c()
		}
	})
}

// runBody runs f and completes t with the exception f throws, if any.
func (t *Task) runBody(f func()) {
	var ex system.Exception
	defer func() { t.complete(ex) }()
	defer func() {
		if r := recover(); r != nil {
			ex = system.ToException(r)
		}
	}()
	f()
}

// Run is Task.Run(action): it starts action on a new goroutine.
func Run(action func()) *Task {
	t := newTask()
	go t.runBody(action)
	return t
}

// RunOf is Task.Run(func) for a function with a result.
func RunOf[T any](f func() T) *TaskOf[T] {
	t := &TaskOf[T]{Task: Task{done: make(chan struct{})}}
	go t.runBody(func() { t.result = f() })
	return t
}

// CompletedTask is Task.CompletedTask.
func CompletedTask() *Task {
	t := newTask()
	t.complete(nil)
	return t
}

// FromResult is Task.FromResult(value).
func FromResult[T any](value T) *TaskOf[T] {
	t := &TaskOf[T]{Task: Task{done: make(chan struct{})}, result: value}
	t.complete(nil)
	return t
}

// FromException is Task.FromException(ex).
func FromException(ex system.Exception) *Task {
	t := newTask()
	t.complete(ex)
	return t
}

// Done is closed when the task has completed; for select statements in Go
// code that mixes with translated code.
func (t *Task) Done() <-chan struct{} { return t.done }

// IsCompleted is Task.IsCompleted.
func (t *Task) IsCompleted() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// IsFaulted is Task.IsFaulted.
func (t *Task) IsFaulted() bool { return t.IsCompleted() && t.ex != nil }

// Exception is Task.Exception: an AggregateException around the failure, or nil.
func (t *Task) Exception() *system.AggregateException {
	if !t.IsFaulted() {
		return nil
	}
	return system.NewAggregateException(t.ex)
}

// Wait is Task.Wait(): it blocks until completion and throws an
// AggregateException when the task failed.
func (t *Task) Wait() {
	<-t.done
	if t.ex != nil {
		panic(system.NewAggregateException(t.ex))
	}
}

// WaitTimeout is Task.Wait(milliseconds): false when the time ran out.
func (t *Task) WaitTimeout(milliseconds int32) bool {
	if !waitFor(t.done, milliseconds) {
		return false
	}
	t.Wait()
	return true
}

// Await is `await task`: it blocks the calling goroutine until completion
// and rethrows the task's exception unwrapped, as await does.
func (t *Task) Await() {
	<-t.done
	if t.ex != nil {
		panic(t.ex)
	}
}

// GetAwaiter is Task.GetAwaiter(); GetResult on it behaves like Await.
func (t *Task) GetAwaiter() *Task { return t }

// GetResult is TaskAwaiter.GetResult(): await without async.
func (t *Task) GetResult() { t.Await() }

// Result is Task<T>.Result: it blocks and throws AggregateException on failure.
func (t *TaskOf[T]) Result() T {
	t.Wait()
	return t.result
}

// Await is `await task` for Task<T>.
func (t *TaskOf[T]) Await() T {
	t.Task.Await()
	return t.result
}

// GetAwaiter is Task<T>.GetAwaiter().
func (t *TaskOf[T]) GetAwaiter() *TaskOf[T] { return t }

// GetResult is TaskAwaiter<T>.GetResult().
func (t *TaskOf[T]) GetResult() T { return t.Await() }

// AsTask returns the untyped task, for WhenAll/WhenAny and Task-typed variables.
func (t *TaskOf[T]) AsTask() *Task { return &t.Task }
