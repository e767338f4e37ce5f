// WhenAll, WhenAny, WaitAll and WaitAny over several tasks.

package taskcore

import (
	"math"
	"reflect"
	"sync/atomic"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

func checkTasks(tasks []*Task, msg string) {
	for _, t := range tasks {
		if t == nil {
			panic(system.NewArgumentExceptionParam(msg, "tasks"))
		}
	}
}

const nullTaskMessage = "The tasks argument included a null value."

// WhenAll is Task.WhenAll(tasks): a task that completes when all of them
// have. It faults with the exceptions of every faulted task, in argument
// order; otherwise it is canceled when any was canceled; otherwise it ran
// to completion. No goroutine waits: completion is driven by continuations.
func WhenAll(tasks ...*Task) *Task {
	checkTasks(tasks, nullTaskMessage)
	all := New()
	afterAll(tasks, func() { finishAll(all, tasks, nil) })
	return all
}

// WhenAllOf is Task.WhenAll<T>(tasks): its result holds the results in argument order.
func WhenAllOf[T any](tasks ...*TaskOf[T]) *TaskOf[[]T] {
	plain := make([]*Task, len(tasks))
	for i, t := range tasks {
		if t == nil {
			panic(system.NewArgumentExceptionParam(nullTaskMessage, "tasks"))
		}
		plain[i] = &t.Task
	}
	all := NewOf[[]T]()
	afterAll(plain, func() {
		finishAll(&all.Task, plain, func() {
			results := make([]T, len(tasks))
			for i, t := range tasks {
				results[i] = t.result
			}
			all.result = results
		})
	})
	return all
}

// afterAll calls f once every task has completed (at once for none).
func afterAll(tasks []*Task, f func()) {
	var left atomic.Int64
	left.Store(int64(len(tasks)) + 1)
	for _, t := range tasks {
		OnComplete(t, func() {
			if left.Add(-1) == 0 {
				f()
			}
		})
	}
	if left.Add(-1) == 0 {
		f()
	}
}

// finishAll completes all from the completed tasks' outcomes; set stores a
// result when all ran to completion.
func finishAll(all *Task, tasks []*Task, set func()) {
	var exs []system.Exception
	canceled := false
	for _, t := range tasks {
		switch t.status {
		case StatusFaulted:
			exs = append(exs, t.exs...)
		case StatusCanceled:
			canceled = true
		}
	}
	switch {
	case exs != nil:
		Finish(all, exs...)
	case canceled:
		Cancel(all, nil)
	default:
		all.complete(StatusRanToCompletion, nil, nil, set)
	}
}

// WhenAny is Task.WhenAny(tasks): a task whose result is the first of tasks
// to complete. It never faults; the winner keeps its own outcome.
func WhenAny(tasks ...*Task) *TaskOf[*Task] {
	if len(tasks) == 0 {
		panic(system.NewArgumentExceptionParam("The tasks argument contains no tasks.", "tasks"))
	}
	checkTasks(tasks, nullTaskMessage)
	anyT := NewOf[*Task]()
	for _, t := range tasks {
		OnComplete(t, func() { SetResult(anyT, t) })
	}
	return anyT
}

// WhenAnyOf is Task.WhenAny<T>(tasks) for Task<T> arguments.
func WhenAnyOf[T any](tasks ...*TaskOf[T]) *TaskOf[*TaskOf[T]] {
	if len(tasks) == 0 {
		panic(system.NewArgumentExceptionParam("The tasks argument contains no tasks.", "tasks"))
	}
	anyT := NewOf[*TaskOf[T]]()
	for _, t := range tasks {
		if t == nil {
			panic(system.NewArgumentExceptionParam(nullTaskMessage, "tasks"))
		}
		OnComplete(&t.Task, func() { SetResult(anyT, t) })
	}
	return anyT
}

// WaitAllTimeout is Task.WaitAll(tasks, millisecondsTimeout): false when
// the time ran out first; otherwise it throws an AggregateException with
// the exceptions of all faulted tasks and a TaskCanceledException per
// canceled task, in argument order.
func WaitAllTimeout(milliseconds int32, tasks ...*Task) bool {
	checkTasks(tasks, "The tasks array included at least one null element.")
	if milliseconds < -1 {
		panic(system.NewArgumentOutOfRangeException("millisecondsTimeout"))
	}
	if !WaitFor(WhenAll(tasks...).done, milliseconds) {
		return false
	}
	var exs []system.Exception
	for _, t := range tasks {
		exs = append(exs, t.failures()...)
	}
	if exs != nil {
		panic(system.NewAggregateException(exs...))
	}
	return true
}

// WaitAnyTimeout is Task.WaitAny(tasks, millisecondsTimeout): the index of
// the first completed task, or -1 when the time ran out. It does not throw
// for a faulted task.
func WaitAnyTimeout(milliseconds int32, tasks ...*Task) int32 {
	checkTasks(tasks, "The tasks array included at least one null element.")
	if milliseconds < -1 {
		panic(system.NewArgumentOutOfRangeException("millisecondsTimeout"))
	}
	for i, t := range tasks {
		if t.IsCompleted() {
			return int32(i)
		}
	}
	if len(tasks) == 0 {
		if milliseconds < 0 {
			// .NET blocks forever too; a timer-backed sleep keeps Go's
			// deadlock detector from calling it a deadlock.
			for {
				time.Sleep(time.Duration(math.MaxInt64))
			}
		}
		WaitFor(nil, milliseconds)
		return -1
	}
	cases := make([]reflect.SelectCase, len(tasks))
	for i, t := range tasks {
		cases[i] = reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(t.done)}
	}
	if milliseconds >= 0 {
		timeout := make(chan struct{})
		stop := afterMilliseconds(milliseconds, func() { close(timeout) })
		defer stop()
		cases = append(cases, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(timeout)})
	}
	i, _, _ := reflect.Select(cases)
	if i == len(tasks) {
		return -1
	}
	// Report the lowest index among those completed, as .NET scans in order.
	for j, t := range tasks {
		if t.IsCompleted() {
			return int32(j)
		}
	}
	return int32(i)
}
