// The TimeSpan overloads of the threading API: each converts to .NET's int
// milliseconds (truncating, -1 meaning infinite) and calls the int form.

package threading

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/taskcore"
)

func timeoutMs(ts system.TimeSpan, param string) int32 {
	return taskcore.Milliseconds(ts, param, taskcore.NeedNonNegOrNegative1)
}

// ThreadSleepTimeSpan is Thread.Sleep(TimeSpan timeout).
func ThreadSleepTimeSpan(timeout system.TimeSpan) { ThreadSleep(timeoutMs(timeout, "timeout")) }

// JoinTimeSpan is Thread.Join(TimeSpan timeout).
func (t *Thread) JoinTimeSpan(timeout system.TimeSpan) bool {
	return t.JoinTimeout(timeoutMs(timeout, "timeout"))
}

// WaitOneTimeSpan is WaitHandle.WaitOne(TimeSpan timeout).
func (b *handleBase) WaitOneTimeSpan(timeout system.TimeSpan) bool {
	return b.WaitOneTimeout(timeoutMs(timeout, "timeout"))
}

// WaitTimeSpan is SemaphoreSlim.Wait(TimeSpan timeout).
func (s *SemaphoreSlim) WaitTimeSpan(timeout system.TimeSpan) bool {
	return s.WaitTimeout(timeoutMs(timeout, "timeout"))
}

// WaitTimeSpan is ManualResetEventSlim.Wait(TimeSpan timeout).
func (e *ManualResetEventSlim) WaitTimeSpan(timeout system.TimeSpan) bool {
	return e.WaitTimeout(timeoutMs(timeout, "timeout"))
}

// NewCancellationTokenSourceTimeSpan is `new CancellationTokenSource(TimeSpan delay)`.
func NewCancellationTokenSourceTimeSpan(delay system.TimeSpan) *CancellationTokenSource {
	s := NewCancellationTokenSource()
	s.CancelAfterTimeSpan(delay)
	return s
}

// CancelAfterTimeSpan is CancellationTokenSource.CancelAfter(TimeSpan delay).
func (s *CancellationTokenSource) CancelAfterTimeSpan(delay system.TimeSpan) {
	s.CancelAfter(taskcore.Milliseconds(delay, "delay",
		"The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer."))
}

// NewTimerTimeSpan is `new Timer(callback, state, TimeSpan dueTime, TimeSpan period)`.
func NewTimerTimeSpan(callback func(any), state any, dueTime, period system.TimeSpan) *Timer {
	return NewTimer(callback, state, timeoutMs(dueTime, "dueTime"), timeoutMs(period, "period"))
}

// ChangeTimeSpan is Timer.Change(TimeSpan dueTime, TimeSpan period).
func (tm *Timer) ChangeTimeSpan(dueTime, period system.TimeSpan) bool {
	return tm.Change(timeoutMs(dueTime, "dueTime"), timeoutMs(period, "period"))
}
