// Cooperative cancellation: CancellationTokenSource, CancellationToken and
// CancellationTokenRegistration.

package threading

import (
	"sync"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// CancellationTokenSource is System.Threading.CancellationTokenSource.
type CancellationTokenSource struct {
	mu       sync.Mutex
	canceled bool
	disposed bool
	done     chan struct{} // closed on Cancel
	// regs are the live registrations by id; ids grow, so sorting them
	// gives registration order.
	regs   map[int64]func()
	nextID int64
	timer  *time.Timer
	handle *ManualResetEvent
	// links are the registrations a linked source holds on its parents.
	links []CancellationTokenRegistration
}

// NewCancellationTokenSource is `new CancellationTokenSource()`.
func NewCancellationTokenSource() *CancellationTokenSource {
	return &CancellationTokenSource{done: make(chan struct{})}
}

// NewCancellationTokenSourceTimeout is `new CancellationTokenSource(millisecondsDelay)`:
// it cancels itself after the delay.
func NewCancellationTokenSourceTimeout(millisecondsDelay int32) *CancellationTokenSource {
	s := NewCancellationTokenSource()
	s.CancelAfter(millisecondsDelay)
	return s
}

// CancellationTokenSourceCreateLinkedTokenSource is
// CancellationTokenSource.CreateLinkedTokenSource(tokens...): a source that
// is canceled when any of the tokens is.
func CancellationTokenSourceCreateLinkedTokenSource(tokens ...CancellationToken) *CancellationTokenSource {
	s := NewCancellationTokenSource()
	for _, t := range tokens {
		if t.CanBeCanceled() {
			s.links = append(s.links, t.Register(s.cancelQuietly))
		}
	}
	return s
}

const disposedMessage = "The CancellationTokenSource has been disposed."

// throwIfDisposed is called with s.mu held.
func (s *CancellationTokenSource) throwIfDisposed() {
	if s.disposed {
		s.mu.Unlock()
		panic(system.NewObjectDisposedExceptionMessage("", disposedMessage))
	}
}

// Token is CancellationTokenSource.Token; ObjectDisposedException after Dispose.
func (s *CancellationTokenSource) Token() CancellationToken {
	s.mu.Lock()
	s.throwIfDisposed()
	s.mu.Unlock()
	return CancellationToken{s}
}

// IsCancellationRequested is CancellationTokenSource.IsCancellationRequested.
func (s *CancellationTokenSource) IsCancellationRequested() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.canceled
}

// Cancel is CancellationTokenSource.Cancel(): it marks the source canceled
// and runs the registered callbacks synchronously, newest first, as .NET
// does. Exceptions from callbacks are collected and thrown together as an
// AggregateException once all have run.
func (s *CancellationTokenSource) Cancel() {
	s.mu.Lock()
	s.throwIfDisposed()
	s.mu.Unlock()
	if exs := s.cancel(); exs != nil {
		panic(system.NewAggregateException(exs...))
	}
}

// cancelQuietly cancels for a timer or a linked parent, where .NET would
// crash the process on a callback's exception.
func (s *CancellationTokenSource) cancelQuietly() {
	if exs := s.cancel(); exs != nil {
		Unhandled(system.NewAggregateException(exs...))
	}
}

// cancel does the work of Cancel and returns the callbacks' exceptions.
func (s *CancellationTokenSource) cancel() []system.Exception {
	s.mu.Lock()
	if s.canceled {
		s.mu.Unlock()
		return nil
	}
	s.canceled = true
	close(s.done)
	if s.timer != nil {
		s.timer.Stop()
	}
	handle := s.handle
	callbacks := s.sortedCallbacks()
	s.regs = nil
	s.mu.Unlock()
	if handle != nil {
		handle.Set()
	}
	var exs []system.Exception
	for i := len(callbacks) - 1; i >= 0; i-- {
		cb := callbacks[i]
		func() {
			defer func() {
				if r := recover(); r != nil {
					exs = append(exs, system.ToException(r))
				}
			}()
			cb()
		}()
	}
	return exs
}

// sortedCallbacks lists the live callbacks in registration order; s.mu is held.
func (s *CancellationTokenSource) sortedCallbacks() []func() {
	var out []func()
	for id := int64(1); id <= s.nextID && len(out) < len(s.regs); id++ {
		if cb, ok := s.regs[id]; ok {
			out = append(out, cb)
		}
	}
	return out
}

// CancelAfter is CancellationTokenSource.CancelAfter(millisecondsDelay):
// cancel after the delay, replacing an earlier schedule; -1 unschedules.
func (s *CancellationTokenSource) CancelAfter(millisecondsDelay int32) {
	if millisecondsDelay < -1 {
		panic(system.NewArgumentOutOfRangeExceptionValue("millisecondsDelay", millisecondsDelay,
			"The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer."))
	}
	s.mu.Lock()
	s.throwIfDisposed()
	defer s.mu.Unlock()
	if s.canceled {
		return
	}
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if millisecondsDelay == -1 {
		return
	}
	s.timer = time.AfterFunc(time.Duration(millisecondsDelay)*time.Millisecond, func() {
		runPoolItem(s.cancelQuietly)
	})
}

// TryReset is CancellationTokenSource.TryReset(): it clears a pending
// CancelAfter and reports true when the source was not canceled.
func (s *CancellationTokenSource) TryReset() bool {
	s.mu.Lock()
	s.throwIfDisposed()
	defer s.mu.Unlock()
	if s.canceled {
		return false
	}
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	return true
}

// Dispose is CancellationTokenSource.Dispose(): it stops a pending
// CancelAfter and detaches a linked source from its parents. Token,
// Cancel and CancelAfter then throw ObjectDisposedException.
func (s *CancellationTokenSource) Dispose() {
	s.mu.Lock()
	if s.disposed {
		s.mu.Unlock()
		return
	}
	s.disposed = true
	if s.timer != nil {
		s.timer.Stop()
	}
	links := s.links
	s.links = nil
	s.mu.Unlock()
	for _, r := range links {
		r.Dispose()
	}
}

// register adds callback, or runs it at once when already canceled.
func (s *CancellationTokenSource) register(callback func()) CancellationTokenRegistration {
	s.mu.Lock()
	if s.canceled {
		s.mu.Unlock()
		callback()
		return CancellationTokenRegistration{}
	}
	if s.regs == nil {
		s.regs = map[int64]func(){}
	}
	s.nextID++
	id := s.nextID
	s.regs[id] = callback
	s.mu.Unlock()
	return CancellationTokenRegistration{s, id}
}

// CancellationToken is System.Threading.CancellationToken, a value type:
// the zero value is CancellationToken.None.
type CancellationToken struct{ src *CancellationTokenSource }

// canceledSource backs `new CancellationToken(true)`.
var canceledSource = func() *CancellationTokenSource {
	s := NewCancellationTokenSource()
	s.cancel()
	return s
}()

// CancellationTokenNone is CancellationToken.None: never canceled.
func CancellationTokenNone() CancellationToken { return CancellationToken{} }

// NewCancellationToken is `new CancellationToken(canceled)`.
func NewCancellationToken(canceled bool) CancellationToken {
	if canceled {
		return CancellationToken{canceledSource}
	}
	return CancellationToken{}
}

// IsCancellationRequested is CancellationToken.IsCancellationRequested.
func (t CancellationToken) IsCancellationRequested() bool {
	return t.src != nil && t.src.IsCancellationRequested()
}

// CanBeCanceled is CancellationToken.CanBeCanceled: false for None.
func (t CancellationToken) CanBeCanceled() bool { return t.src != nil }

// ThrowIfCancellationRequested is CancellationToken.ThrowIfCancellationRequested():
// OperationCanceledException "The operation was canceled." when canceled.
func (t CancellationToken) ThrowIfCancellationRequested() {
	if t.IsCancellationRequested() {
		panic(newCanceled(t))
	}
}

func newCanceled(CancellationToken) *system.OperationCanceledException {
	return system.NewOperationCanceledException("The operation was canceled.")
}

// Register is CancellationToken.Register(callback): callback runs when the
// token is canceled (at once, on this goroutine, if it already is). On
// None it never runs.
func (t CancellationToken) Register(callback func()) CancellationTokenRegistration {
	if callback == nil {
		panic(system.NewArgumentNullException("callback"))
	}
	if t.src == nil {
		return CancellationTokenRegistration{}
	}
	return t.src.register(callback)
}

// RegisterState is CancellationToken.Register(Action<object>, state).
func (t CancellationToken) RegisterState(callback func(any), state any) CancellationTokenRegistration {
	return t.Register(func() { callback(state) })
}

// WaitHandle is CancellationToken.WaitHandle: a handle set on cancellation.
func (t CancellationToken) WaitHandle() WaitHandle {
	if t.src == nil {
		return NewManualResetEvent(false)
	}
	s := t.src
	s.mu.Lock()
	if s.handle == nil {
		s.handle = NewManualResetEvent(s.canceled)
	}
	h := s.handle
	s.mu.Unlock()
	return h
}

// Done is closed when the token is canceled (nil, blocking forever, for
// None); for Go code that selects on a token.
func (t CancellationToken) Done() <-chan struct{} { return t.done() }

func (t CancellationToken) done() <-chan struct{} {
	if t.src == nil {
		return nil
	}
	return t.src.done
}

// Equals is CancellationToken.Equals: same source.
func (t CancellationToken) Equals(other CancellationToken) bool { return t.src == other.src }

// CancellationTokenRegistration is System.Threading.CancellationTokenRegistration.
type CancellationTokenRegistration struct {
	src *CancellationTokenSource
	id  int64
}

// Dispose is CancellationTokenRegistration.Dispose(): the callback will not run.
func (r CancellationTokenRegistration) Dispose() { r.Unregister() }

// Unregister is CancellationTokenRegistration.Unregister(): true when the
// callback was removed before running.
func (r CancellationTokenRegistration) Unregister() bool {
	if r.src == nil {
		return false
	}
	r.src.mu.Lock()
	defer r.src.mu.Unlock()
	if _, ok := r.src.regs[r.id]; !ok {
		return false
	}
	delete(r.src.regs, r.id)
	return true
}
