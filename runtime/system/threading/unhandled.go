// Unhandled exceptions: the end of the process when an exception escapes a
// thread, a thread-pool work item, a timer callback or an async void method.

package threading

import (
	"os"
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// unhandledExitCode is the status a .NET process on Linux ends with after
// an unhandled exception: the runtime calls abort(), and a shell reports
// SIGABRT as 128+6. A Go process cannot die of SIGABRT without the Go
// runtime's own crash dump, so it exits with the same number instead.
const unhandledExitCode = 134

// exit is os.Exit; a variable only so the test binary can observe the code.
var exit = os.Exit

// Unhandled ends the process as .NET does when ex escapes a thread: it
// writes "Unhandled exception. " followed by ex.ToString() and the stack
// trace to stderr, then exits with status 134. Package tasks (async void)
// and translated code (an exception escaping Main) use it too.
func Unhandled(ex system.Exception) {
	os.Stderr.WriteString(UnhandledText(ex))
	exit(unhandledExitCode)
}

// UnhandledRecovered is Unhandled for a value recovered from a panic; the
// runtime's goroutine starters defer a call to it.
func UnhandledRecovered(r any) {
	Unhandled(system.ToException(r))
}

// UnhandledText is what Unhandled prints: .NET's first line
// "Unhandled exception. System.X: message", the inner-exception chain as
// Exception.ToString renders it, then the stack (Go frames, in .NET's
// "   at ..." layout).
func UnhandledText(ex system.Exception) string {
	var sb strings.Builder
	sb.WriteString("Unhandled exception. ")
	sb.WriteString(ex.ToString())
	sb.WriteString("\n")
	if st := ex.StackTrace(); st != "" {
		sb.WriteString(st)
		if !strings.HasSuffix(st, "\n") {
			sb.WriteString("\n")
		}
	}
	return sb.String()
}
