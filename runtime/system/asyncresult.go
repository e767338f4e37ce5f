// IAsyncResult and AsyncCallback: the Begin/End asynchronous pattern
// (APM) that HttpListener.BeginGetContext and similar members use.

package system

// IAsyncResult is System.IAsyncResult: the status of an asynchronous
// operation started by a BeginXxx method and finished by EndXxx.
type IAsyncResult interface {
	// AsyncState is IAsyncResult.AsyncState: the state object given to BeginXxx.
	AsyncState() any
	// AsyncWaitHandle is IAsyncResult.AsyncWaitHandle: signalled on completion.
	AsyncWaitHandle() WaitHandle
	// IsCompleted is IAsyncResult.IsCompleted.
	IsCompleted() bool
	// CompletedSynchronously is IAsyncResult.CompletedSynchronously.
	CompletedSynchronously() bool
}

// WaitHandle is the part of System.Threading.WaitHandle that IAsyncResult
// exposes. It lives here, not in package threading, because IAsyncResult
// (namespace System) refers to it and threading imports system.
type WaitHandle interface {
	// WaitOne is WaitHandle.WaitOne(): it blocks until the handle is signalled.
	WaitOne() bool
	// WaitOneTimeout is WaitHandle.WaitOne(millisecondsTimeout): false when
	// the time ran out first; -1 waits forever.
	WaitOneTimeout(millisecondsTimeout int32) bool
}

// AsyncCallback is System.AsyncCallback: the delegate a BeginXxx method
// calls when the operation completes.
type AsyncCallback = func(IAsyncResult)
