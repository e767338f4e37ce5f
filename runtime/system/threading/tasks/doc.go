// Package tasks is .NET's System.Threading.Tasks: Task and Task<T> on
// goroutines, with await, continuations, WhenAll/WhenAny, Delay,
// TaskCompletionSource and cancellation.
//
// The translation of async code:
//
//   - `await t` is t.Await(): it blocks the calling goroutine and rethrows
//     the task's exception unwrapped; t.Wait() and t.Result() throw
//     AggregateException, as in .NET.
//   - An `async Task` method body runs through Async (AsyncOf for Task<T>,
//     AsyncVoid for async void). The body has its own goroutine, but its
//     caller waits until the body first awaits an unfinished task, so the
//     program's output keeps .NET's order.
//   - Task.Run(async () => ...) is RunAsync, which unwraps the inner task.
//
// Task and TaskOf are defined in internal/taskcore and aliased here, so that
// package threading (SemaphoreSlim.WaitAsync) can return tasks while this
// package takes threading's CancellationToken.
package tasks
