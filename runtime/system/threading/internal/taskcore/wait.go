// Waiting with .NET's millisecond timeouts.

package taskcore

import (
	"math"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// WaitFor waits for done; milliseconds < 0 (Timeout.Infinite) waits
// forever. It reports false when the time ran out first.
func WaitFor(done <-chan struct{}, milliseconds int32) bool {
	if milliseconds < 0 {
		<-done
		return true
	}
	select {
	case <-done:
		return true
	default:
	}
	if milliseconds == 0 {
		return false
	}
	timer := time.NewTimer(time.Duration(milliseconds) * time.Millisecond)
	defer timer.Stop()
	select {
	case <-done:
		return true
	case <-timer.C:
		return false
	}
}

// afterMilliseconds runs f after the delay; the returned stop cancels it.
func afterMilliseconds(milliseconds int32, f func()) (stop func() bool) {
	return time.AfterFunc(time.Duration(milliseconds)*time.Millisecond, f).Stop
}

// Milliseconds converts a TimeSpan timeout to .NET's int milliseconds, as
// the TimeSpan overloads do: truncated, and -1 (infinite) up to
// int.MaxValue allowed; anything else throws ArgumentOutOfRangeException
// for param with message.
func Milliseconds(ts system.TimeSpan, param, message string) int32 {
	ms := int64(ts.TotalMilliseconds())
	if ms < -1 || ms > math.MaxInt32 {
		panic(system.NewArgumentOutOfRangeExceptionMessage(param, message))
	}
	return int32(ms)
}

// NeedNonNegOrNegative1 is .NET's message for a bad timeout.
const NeedNonNegOrNegative1 = "Number must be either non-negative and less than or equal to Int32.MaxValue or -1."
