// Package threading is .NET's System.Threading for translated programs:
// Thread, ThreadPool, Timer, Monitor and the C# lock statement, Interlocked,
// wait handles and the slim synchronization types, and cancellation tokens.
//
// Threads are goroutines. Three .NET rules that Go does not have are
// emulated:
//
//   - Thread identity. Monitor locks are re-entrant for their holder and
//     Thread.CurrentThread names the running thread; both need to know which
//     goroutine is running, which Go hides. internal/gls reads the goroutine
//     id from runtime.Stack's header line.
//   - Foreground threads. A .NET process lives until Main has returned and
//     every foreground Thread has ended; a Go process ends when main returns.
//     The translator calls WaitForegroundThreads at the end of Main.
//   - Unhandled exceptions. An exception escaping a Thread, a ThreadPool work
//     item, a Timer callback or an async void method ends the process with
//     .NET's "Unhandled exception." report and exit status 134 (Unhandled).
//     Exceptions escaping tasks are stored in the task instead.
//
// Timeouts are int32 milliseconds with -1 (TimeoutInfinite) meaning forever,
// as in .NET; the TimeSpan overloads carry a TimeSpan suffix.
package threading
