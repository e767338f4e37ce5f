// Package diagnostics is .NET's System.Diagnostics for translated programs:
// Stopwatch, Process with ProcessStartInfo, and Trace/Debug output.
package diagnostics

import (
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// Stopwatch is System.Diagnostics.Stopwatch, on Go's monotonic clock.
type Stopwatch struct {
	running bool
	started time.Time
	elapsed time.Duration // accumulated before the current run
}

// StopwatchFrequency is Stopwatch.Frequency: ticks per second. .NET on
// Linux reports nanoseconds (1,000,000,000); the runtime does the same.
func StopwatchFrequency() int64 { return 1_000_000_000 }

// StopwatchIsHighResolution is Stopwatch.IsHighResolution.
func StopwatchIsHighResolution() bool { return true }

// NewStopwatch is `new Stopwatch()`: stopped, at zero.
func NewStopwatch() *Stopwatch { return &Stopwatch{} }

// StopwatchStartNew is Stopwatch.StartNew().
func StopwatchStartNew() *Stopwatch {
	s := NewStopwatch()
	s.Start()
	return s
}

// StopwatchGetTimestamp is Stopwatch.GetTimestamp(): StopwatchFrequency
// ticks since an arbitrary fixed point.
func StopwatchGetTimestamp() int64 { return int64(time.Since(epoch)) }

// epoch is the process's fixed point for GetTimestamp (monotonic).
var epoch = time.Now()

// Start is Stopwatch.Start(); starting a running stopwatch does nothing.
func (s *Stopwatch) Start() {
	if !s.running {
		s.running, s.started = true, time.Now()
	}
}

// Stop is Stopwatch.Stop().
func (s *Stopwatch) Stop() {
	if s.running {
		s.elapsed += time.Since(s.started)
		s.running = false
	}
}

// Reset is Stopwatch.Reset(): stopped, at zero.
func (s *Stopwatch) Reset() { *s = Stopwatch{} }

// Restart is Stopwatch.Restart(): zero, and running.
func (s *Stopwatch) Restart() { *s = Stopwatch{running: true, started: time.Now()} }

// IsRunning is Stopwatch.IsRunning.
func (s *Stopwatch) IsRunning() bool { return s.running }

func (s *Stopwatch) total() time.Duration {
	if s.running {
		return s.elapsed + time.Since(s.started)
	}
	return s.elapsed
}

// Elapsed is Stopwatch.Elapsed.
func (s *Stopwatch) Elapsed() system.TimeSpan {
	return system.TimeSpanFromTicks(int64(s.total() / 100))
}

// ElapsedMilliseconds is Stopwatch.ElapsedMilliseconds.
func (s *Stopwatch) ElapsedMilliseconds() int64 { return s.total().Milliseconds() }

// ElapsedTicks is Stopwatch.ElapsedTicks, in StopwatchFrequency units.
func (s *Stopwatch) ElapsedTicks() int64 { return int64(s.total()) }
