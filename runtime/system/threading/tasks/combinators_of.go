// Task.WhenAll and Task.WaitAll over Task<TResult>[] and List<> arguments
// (the IEnumerable<Task> overloads the translator sees as lists).

package tasks

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/generic"
)

// WhenAllList is Task.WhenAll(IEnumerable<Task>) for a List<Task>: the
// tasks as they are when it is called (later Adds are not awaited).
func WhenAllList(tasks *generic.List[*Task]) *Task {
	if tasks == nil {
		panic(system.NewArgumentNullException("tasks"))
	}
	return WhenAll(tasks.ToArray()...)
}

// WhenAllListOf is Task.WhenAll<TResult>(IEnumerable<Task<TResult>>) for a
// List<Task<TResult>>: the results in list order.
func WhenAllListOf[T any](tasks *generic.List[*TaskOf[T]]) *TaskOf[[]T] {
	if tasks == nil {
		panic(system.NewArgumentNullException("tasks"))
	}
	return WhenAllOf(tasks.ToArray()...)
}

// TaskWaitAllOf is Task.WaitAll(params Task[]) given Task<TResult>s: it
// blocks until all complete and throws an AggregateException holding
// every failure.
func TaskWaitAllOf[T any](tasks ...*TaskOf[T]) {
	TaskWaitAll(plainTasks(tasks)...)
}

// TaskWaitAnyOf is Task.WaitAny(params Task[]) given Task<TResult>s: the
// index of the first completed task.
func TaskWaitAnyOf[T any](tasks ...*TaskOf[T]) int32 {
	return TaskWaitAny(plainTasks(tasks)...)
}

// plainTasks views Task<T>s as Tasks; a null element stays null, for the
// combinators' own argument checks.
func plainTasks[T any](tasks []*TaskOf[T]) []*Task {
	plain := make([]*Task, len(tasks))
	for i, t := range tasks {
		if t != nil {
			plain[i] = &t.Task
		}
	}
	return plain
}
