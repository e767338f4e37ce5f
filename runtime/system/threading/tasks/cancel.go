// The Task API that involves System.Threading: cancellation tokens, Delay,
// async void, and TaskCompletionSource.

package tasks

import (
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/taskcore"
)

// canceledBy reports whether an OperationCanceledException thrown by a
// task's body cancels the task: .NET requires the exception to carry the
// task's token and the token to be canceled. Our OperationCanceledException
// does not record a token, so a canceled token is taken as the match.
func canceledBy(token threading.CancellationToken) func(system.Exception) bool {
	return func(system.Exception) bool { return token.IsCancellationRequested() }
}

// RunToken is Task.Run(action, cancellationToken): when the token is
// canceled before the task starts, action never runs and the task is
// canceled; an OperationCanceledException thrown after the token was
// canceled also cancels the task instead of faulting it.
func RunToken(action func(), token threading.CancellationToken) *Task {
	t := taskcore.New()
	if token.IsCancellationRequested() {
		taskcore.Cancel(t, nil)
		return t
	}
	taskcore.Go(t, func() {
		if token.IsCancellationRequested() {
			panic(taskcore.NewTaskCanceledExceptionTask(t))
		}
		action()
	}, canceledBy(token))
	return t
}

// RunOfToken is Task.Run<TResult>(func, cancellationToken).
func RunOfToken[T any](f func() T, token threading.CancellationToken) *TaskOf[T] {
	t := taskcore.NewOf[T]()
	if token.IsCancellationRequested() {
		taskcore.Cancel(&t.Task, nil)
		return t
	}
	taskcore.GoOf(t, f, canceledBy(token))
	return t
}

// TaskFactoryStartNewToken is Task.Factory.StartNew(action, cancellationToken).
func TaskFactoryStartNewToken(action func(), token threading.CancellationToken) *Task {
	return RunToken(action, token)
}

// FromCanceled is Task.FromCanceled(cancellationToken): a canceled task.
// .NET requires a canceled token and throws ArgumentOutOfRangeException otherwise.
func FromCanceled(token threading.CancellationToken) *Task {
	if !token.IsCancellationRequested() {
		panic(system.NewArgumentOutOfRangeException("cancellationToken"))
	}
	t := taskcore.New()
	taskcore.Cancel(t, nil)
	return t
}

// CanceledTask returns an already canceled task; the translation of
// helpers that return Task.FromCanceled with a token known to be canceled.
func CanceledTask() *Task {
	t := taskcore.New()
	taskcore.Cancel(t, nil)
	return t
}

const delayRangeMessage = "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer."

// Delay is Task.Delay(millisecondsDelay): a task that completes after the
// delay; 0 is complete at once and -1 never completes. No goroutine waits
// meanwhile (a runtime timer completes the task).
func Delay(millisecondsDelay int32) *Task {
	return DelayToken(millisecondsDelay, threading.CancellationTokenNone())
}

// DelayToken is Task.Delay(millisecondsDelay, cancellationToken): canceling
// the token cancels the task (await throws TaskCanceledException) and
// stops the timer.
func DelayToken(millisecondsDelay int32, token threading.CancellationToken) *Task {
	if millisecondsDelay < -1 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("millisecondsDelay", delayRangeMessage))
	}
	t := taskcore.New()
	if token.IsCancellationRequested() {
		taskcore.Cancel(t, nil)
		return t
	}
	if millisecondsDelay == 0 {
		taskcore.Finish(t)
		return t
	}
	var timer *time.Timer
	if millisecondsDelay > 0 {
		timer = time.AfterFunc(time.Duration(millisecondsDelay)*time.Millisecond, func() { taskcore.Finish(t) })
	}
	if token.CanBeCanceled() {
		reg := token.Register(func() {
			if timer != nil {
				timer.Stop()
			}
			taskcore.Cancel(t, nil)
		})
		taskcore.OnComplete(t, reg.Dispose)
	}
	return t
}

// WaitToken is Task.Wait(cancellationToken): it throws
// OperationCanceledException when the token is canceled before t completes.
func WaitToken(t *Task, token threading.CancellationToken) {
	token.ThrowIfCancellationRequested()
	select {
	case <-t.Done():
		t.Wait()
	case <-token.Done():
		token.ThrowIfCancellationRequested()
	}
}

// AsyncVoid runs body as the translation of an `async void` method: like
// Async, the caller continues at body's first await of an unfinished task;
// an exception escaping body ends the process, as .NET raises it on the
// thread pool where nothing can catch it.
func AsyncVoid(body func()) {
	taskcore.AsyncRun(body, func(ex system.Exception) {
		if ex != nil {
			threading.Unhandled(ex)
		}
	})
}

// TaskCompletionSource is System.Threading.Tasks.TaskCompletionSource<TResult>:
// a task completed by hand.
type TaskCompletionSource[T any] struct {
	task *TaskOf[T]
}

// NewTaskCompletionSource is `new TaskCompletionSource<TResult>()`.
func NewTaskCompletionSource[T any]() *TaskCompletionSource[T] {
	return &TaskCompletionSource[T]{task: taskcore.NewOf[T]()}
}

// NewTaskCompletionSourceState is `new TaskCompletionSource<TResult>(state)`:
// the task's AsyncState is state.
func NewTaskCompletionSourceState[T any](state any) *TaskCompletionSource[T] {
	s := NewTaskCompletionSource[T]()
	taskcore.SetAsyncState(&s.task.Task, state)
	return s
}

// Task is TaskCompletionSource<TResult>.Task.
func (s *TaskCompletionSource[T]) Task() *TaskOf[T] { return s.task }

const alreadyCompletedMessage = "An attempt was made to transition a task to a final state when it had already completed."

func mustTransition(ok bool) {
	if !ok {
		panic(system.NewInvalidOperationException(alreadyCompletedMessage))
	}
}

// SetResult is TaskCompletionSource.SetResult(result): InvalidOperationException
// when the task already completed.
func (s *TaskCompletionSource[T]) SetResult(result T) { mustTransition(s.TrySetResult(result)) }

// TrySetResult is TaskCompletionSource.TrySetResult(result): false when
// the task already completed.
func (s *TaskCompletionSource[T]) TrySetResult(result T) bool {
	return taskcore.SetResult(s.task, result)
}

// SetException is TaskCompletionSource.SetException(exception).
func (s *TaskCompletionSource[T]) SetException(exception system.Exception) {
	mustTransition(s.TrySetException(exception))
}

// TrySetException is TaskCompletionSource.TrySetException(exception).
func (s *TaskCompletionSource[T]) TrySetException(exception system.Exception) bool {
	if exception == nil {
		panic(system.NewArgumentNullException("exception"))
	}
	return taskcore.Finish(&s.task.Task, exception)
}

// SetExceptions is TaskCompletionSource.SetException(IEnumerable<Exception>).
func (s *TaskCompletionSource[T]) SetExceptions(exceptions []system.Exception) {
	if len(exceptions) == 0 {
		panic(system.NewArgumentExceptionParam("The exceptions collection was empty.", "exceptions"))
	}
	mustTransition(taskcore.Finish(&s.task.Task, exceptions...))
}

// SetCanceled is TaskCompletionSource.SetCanceled().
func (s *TaskCompletionSource[T]) SetCanceled() { mustTransition(s.TrySetCanceled()) }

// TrySetCanceled is TaskCompletionSource.TrySetCanceled().
func (s *TaskCompletionSource[T]) TrySetCanceled() bool {
	return taskcore.Cancel(&s.task.Task, nil)
}

// DelayTimeSpan is Task.Delay(TimeSpan delay).
func DelayTimeSpan(delay system.TimeSpan) *Task {
	return Delay(taskcore.Milliseconds(delay, "delay", delayRangeMessage))
}

// DelayTimeSpanToken is Task.Delay(TimeSpan delay, cancellationToken).
func DelayTimeSpanToken(delay system.TimeSpan, token threading.CancellationToken) *Task {
	return DelayToken(taskcore.Milliseconds(delay, "delay", delayRangeMessage), token)
}
