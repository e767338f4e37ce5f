// Delegates, events and disposal: the System types translated programs
// pass around (Action, Func, EventHandler, IDisposable) and Lazy<T>.

package system

import "sync"

// Delegate types are plain Go func types. These generic aliases name them
// after .NET so that mapping tables and generated code read naturally; a
// func literal of the right signature is assignable to each, and none adds
// behaviour. Multicast (`+=` on a delegate variable) is the translator's
// job: it keeps a slice of funcs.
type (
	// Action is System.Action.
	Action = func()
	// Action1 is System.Action<T>.
	Action1[T any] = func(T)
	// Action2 is System.Action<T1, T2>.
	Action2[T1, T2 any] = func(T1, T2)
	// Action3 is System.Action<T1, T2, T3>.
	Action3[T1, T2, T3 any] = func(T1, T2, T3)
	// Func is System.Func<TResult>.
	Func[TResult any] = func() TResult
	// Func1 is System.Func<T, TResult>.
	Func1[T, TResult any] = func(T) TResult
	// Func2 is System.Func<T1, T2, TResult>.
	Func2[T1, T2, TResult any] = func(T1, T2) TResult
	// Func3 is System.Func<T1, T2, T3, TResult>.
	Func3[T1, T2, T3, TResult any] = func(T1, T2, T3) TResult
	// Predicate is System.Predicate<T>.
	Predicate[T any] = func(T) bool
	// Comparison is System.Comparison<T>: negative, zero or positive.
	Comparison[T any] = func(x, y T) int32
	// Converter is System.Converter<TInput, TOutput>.
	Converter[TInput, TOutput any] = func(TInput) TOutput
	// EventHandler is System.EventHandler.
	EventHandler = func(sender any, e *EventArgs)
	// EventHandlerOf is System.EventHandler<TEventArgs>.
	EventHandlerOf[TEventArgs any] = func(sender any, e TEventArgs)
)

// EventArgs is System.EventArgs.
type EventArgs struct{}

var emptyEventArgs = &EventArgs{}

// EventArgsEmpty is EventArgs.Empty.
func EventArgsEmpty() *EventArgs { return emptyEventArgs }

// IDisposable is System.IDisposable.
type IDisposable interface {
	Dispose()
}

// Using is the `using (resource) { body }` statement: body runs, then
// resource.Dispose() runs on every path (also when body throws), unless
// resource is nil, as in C#.
func Using[T IDisposable](resource T, body func(T)) {
	defer func() {
		if !isNilValue(resource) {
			resource.Dispose()
		}
	}()
	body(resource)
}

// isNilValue reports a nil interface or a typed nil pointer.
func isNilValue(x any) bool {
	return x == nil || isNilPointer(x)
}

// Lazy is System.Lazy<T> in its default mode
// (LazyThreadSafetyMode.ExecutionAndPublication): the factory runs once,
// on the first Value, even when several goroutines ask at once; if it
// throws, that exception is cached and rethrown by every later Value, as
// .NET does.
type Lazy[T any] struct {
	once    sync.Once
	factory func() T
	value   T
	ex      Exception
	created bool
	mu      sync.Mutex
}

// NewLazy is `new Lazy<T>(valueFactory)`.
func NewLazy[T any](valueFactory func() T) *Lazy[T] {
	if valueFactory == nil {
		panic(NewArgumentNullException("valueFactory"))
	}
	return &Lazy[T]{factory: valueFactory}
}

// NewLazyValue is `new Lazy<T>(value)` (.NET Core 3.0+): already created.
func NewLazyValue[T any](value T) *Lazy[T] {
	l := &Lazy[T]{value: value, created: true}
	l.once.Do(func() {})
	return l
}

// Value is Lazy<T>.Value.
func (l *Lazy[T]) Value() T {
	l.once.Do(func() {
		Try(func() {
			v := l.factory()
			l.mu.Lock()
			l.value, l.created = v, true
			l.mu.Unlock()
		}, Catch(func(e Exception) { l.ex = e }))
		l.factory = nil
	})
	if l.ex != nil {
		Rethrow(l.ex)
	}
	return l.value
}

// IsValueCreated is Lazy<T>.IsValueCreated.
func (l *Lazy[T]) IsValueCreated() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.created
}

// ToString is Lazy<T>.ToString(): the value's ToString once created, else
// "Value is not created.".
func (l *Lazy[T]) ToString() string {
	if !l.IsValueCreated() {
		return "Value is not created."
	}
	return ObjectToString(l.value)
}
