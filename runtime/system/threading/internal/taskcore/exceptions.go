// TaskCanceledException, re-exported by package tasks.

package taskcore

import "github.com/cs2go/cs2go/runtime/system"

// TaskCanceledExceptionType is System.Threading.Tasks.TaskCanceledException.
var TaskCanceledExceptionType = &system.Type{
	Name:           "TaskCanceledException",
	Namespace:      "System.Threading.Tasks",
	Base:           system.OperationCanceledExceptionType,
	DefaultMessage: "A task was canceled.",
}

// TaskCanceledException is System.Threading.Tasks.TaskCanceledException:
// what waiting on or awaiting a canceled task throws.
type TaskCanceledException struct {
	system.OperationCanceledException
	task *Task
}

// NewTaskCanceledException is `new TaskCanceledException(message)`; an
// empty message gives .NET's "A task was canceled.".
func NewTaskCanceledException(message string) *TaskCanceledException {
	return NewTaskCanceledExceptionWithInner(message, nil)
}

// NewTaskCanceledExceptionWithInner is `new TaskCanceledException(message, inner)`.
func NewTaskCanceledExceptionWithInner(message string, inner system.Exception) *TaskCanceledException {
	e := &TaskCanceledException{}
	e.SetHResult(-2146233029) // COR_E_OPERATIONCANCELED, inherited in .NET
	e.Init(e, TaskCanceledExceptionType, message, inner)
	return e
}

// NewTaskCanceledExceptionTask is `new TaskCanceledException(task)`.
func NewTaskCanceledExceptionTask(task *Task) *TaskCanceledException {
	e := NewTaskCanceledException("")
	e.task = task
	return e
}

// Task is TaskCanceledException.Task: the canceled task, or nil.
func (e *TaskCanceledException) Task() *Task { return e.task }
