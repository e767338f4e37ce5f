// Exception model: .NET exceptions as Go panics carrying typed values, and the
// try/catch/finally helpers that translated code targets.

package system

import (
	"errors"
	"fmt"
	"reflect"
	goruntime "runtime"
	"strings"
)

// Exception is implemented by every .NET exception value. Concrete exception
// classes are structs that embed their base class by value, ending in
// ExceptionBase; a pointer to such a struct is the value that is thrown.
//
// The embedding chain is the class hierarchy: Catch[*InvalidOperationException]
// matches an *ObjectDisposedException because the latter embeds the former.
type Exception interface {
	error
	// Message is the exception's message, as .NET's Exception.Message.
	Message() string
	// InnerException is the exception that caused this one, or nil.
	InnerException() Exception
	// GetType describes the exception's .NET class.
	GetType() *Type
	// ToString renders the exception as .NET's Exception.ToString does
	// (without a stack trace: "Type.FullName: Message ---> inner").
	ToString() string
	// HResult is .NET's HResult code for the exception class.
	HResult() int32
	// StackTrace is the Go stack where the exception was created.
	StackTrace() string

	base() *ExceptionBase
}

// Type describes a .NET class for GetType(): enough for Name, FullName and
// the base-class walk that ToString and diagnostics need.
type Type struct {
	Name      string
	Namespace string
	Base      *Type
	// DefaultMessage is the message .NET uses when none is given.
	DefaultMessage string
}

// FullName is Namespace.Name, as .NET's Type.FullName.
func (t *Type) FullName() string {
	if t.Namespace == "" {
		return t.Name
	}
	return t.Namespace + "." + t.Name
}

// GetName is Type.Name: the class name without its namespace. (The Go
// field Name holds it; a method cannot share the field's name.)
func (t *Type) GetName() string { return t.Name }

// GetNamespace is Type.Namespace.
func (t *Type) GetNamespace() string { return t.Namespace }

// BaseType is Type.BaseType: the base class's descriptor, or nil.
func (t *Type) BaseType() *Type { return t.Base }

// String returns FullName, as .NET's Type.ToString does.
func (t *Type) String() string { return t.FullName() }

// ToString is Type.ToString(): the full name.
func (t *Type) ToString() string { return t.FullName() }

// IsSubclassOf reports whether t derives from base (and is not base itself).
func (t *Type) IsSubclassOf(base *Type) bool {
	for p := t.Base; p != nil; p = p.Base {
		if p == base {
			return true
		}
	}
	return false
}

// NewType declares a .NET class descriptor. Exception classes declared in
// translated programs call it once per class.
func NewType(namespace, name string, base *Type) *Type {
	return &Type{Name: name, Namespace: namespace, Base: base}
}

// ExceptionBase holds the state every exception has; it is System.Exception.
type ExceptionBase struct {
	self    Exception // the outermost value, so overridden Message() is seen by ToString.
	typ     *Type
	message string
	inner   Exception
	hresult int32
	stack   []uintptr // program counters where Init ran, formatted on demand
	// Data mirrors Exception.Data for programs that stash values in it;
	// never nil after Init, as .NET's Data is never null.
	Data map[any]any
}

// Init sets up an exception value. self is the outermost struct pointer
// (the value that will be thrown), typ its class descriptor. Derived classes
// declared in translated code call it from their constructor:
//
//	e := &MyException{}
//	e.Init(e, myExceptionType, message, inner)
//
// A class that overrides Message or ToString defines MessageCore or
// ToStringCore (see those methods); Message and ToString dispatch to them.
func (b *ExceptionBase) Init(self Exception, typ *Type, message string, inner Exception) {
	b.self = self
	b.typ = typ
	b.message = message
	b.inner = inner
	if b.Data == nil {
		b.Data = map[any]any{}
	}
	if b.hresult == 0 {
		b.hresult = -2146233088 // COR_E_EXCEPTION
	}
	b.stack = captureStack()
}

// Rebind makes self, of class typ, the exception this state belongs to,
// keeping message, inner exception and stack. A translated constructor of a
// class deriving from a program exception class builds its base part with
// the base's constructor and then rebinds it, as C#'s object identity and
// GetType() demand.
func (b *ExceptionBase) Rebind(self Exception, typ *Type) {
	b.self = self
	b.typ = typ
}

// SetHResult sets the HResult, for the classes whose code differs from
// their base class.
func (b *ExceptionBase) SetHResult(h int32) { b.hresult = h }

func (b *ExceptionBase) base() *ExceptionBase { return b }

// Message is Exception.Message. It is virtual, as in .NET: it returns the
// MessageCore of the thrown (outermost) class, so a handler that received
// an embedded base-class value still sees the derived class's text.
func (b *ExceptionBase) Message() string {
	if m, ok := b.self.(messageCorer); ok {
		return m.MessageCore()
	}
	return b.MessageCore()
}

// messageCorer is implemented by every exception class (ExceptionBase's
// MessageCore is promoted).
type messageCorer interface{ MessageCore() string }

// MessageCore is the implementation of Message for System.Exception: the
// message given at construction, or .NET's default message ("Exception of
// type 'X' was thrown." or the class's resource text) when none was given.
// A class that overrides Message defines MessageCore; it calls its base
// class's MessageCore for `base.Message`, never Message (that would recurse).
func (b *ExceptionBase) MessageCore() string {
	if b.message == "" && b.typ != nil {
		for t := b.typ; t != nil; t = t.Base {
			if t.DefaultMessage != "" {
				return t.DefaultMessage
			}
		}
		return "Exception of type '" + b.typ.FullName() + "' was thrown."
	}
	return b.message
}

// RawMessage is the message as given, without defaults or decoration;
// derived classes that decorate Message() build on it.
func (b *ExceptionBase) RawMessage() string { return b.message }

// InnerException returns the wrapped exception, or nil.
func (b *ExceptionBase) InnerException() Exception { return b.inner }

// GetType returns the class descriptor given to Init.
func (b *ExceptionBase) GetType() *Type {
	if b.typ == nil {
		return ExceptionType
	}
	return b.typ
}

// HResult returns .NET's HResult for the class.
func (b *ExceptionBase) HResult() int32 { return b.hresult }

// StackTrace returns the Go stack captured at construction, one
// "   at function in file:line" line per frame.
func (b *ExceptionBase) StackTrace() string {
	if len(b.stack) == 0 {
		return ""
	}
	frames := goruntime.CallersFrames(b.stack)
	var sb strings.Builder
	for {
		f, more := frames.Next()
		fmt.Fprintf(&sb, "   at %s in %s:%d\n", f.Function, f.File, f.Line)
		if !more {
			break
		}
	}
	return sb.String()
}

// GetBaseException returns the innermost exception of the chain.
func (b *ExceptionBase) GetBaseException() Exception {
	var e Exception = b.outer()
	for e.InnerException() != nil {
		e = e.InnerException()
	}
	return e
}

func (b *ExceptionBase) outer() Exception {
	if b.self != nil {
		return b.self
	}
	return b
}

// ToString is Exception.ToString(), virtual like Message: it returns the
// ToStringCore of the thrown class.
func (b *ExceptionBase) ToString() string {
	if t, ok := b.self.(toStringCorer); ok {
		return t.ToStringCore()
	}
	return b.ToStringCore()
}

type toStringCorer interface{ ToStringCore() string }

// ToStringCore is the implementation of ToString for System.Exception:
// "FullName: Message\n ---> Inner.ToString()\n   --- End of inner exception
// stack trace ---", as .NET Core prints it minus the stack frames (.NET
// Framework kept " ---> " on the first line). A class that
// overrides ToString defines ToStringCore.
func (b *ExceptionBase) ToStringCore() string {
	self := b.outer()
	var sb strings.Builder
	sb.WriteString(self.GetType().FullName())
	if msg := self.Message(); msg != "" {
		sb.WriteString(": ")
		sb.WriteString(msg)
	}
	if b.inner != nil {
		sb.WriteString("\n ---> ")
		sb.WriteString(b.inner.ToString())
		sb.WriteString("\n   --- End of inner exception stack trace ---")
	}
	return sb.String()
}

// Error makes exceptions Go errors; it returns ToString().
func (b *ExceptionBase) Error() string { return b.outer().ToString() }

// captureStack records the caller's stack cheaply; formatting waits until
// StackTrace is asked for, because most exceptions are caught and dropped.
func captureStack() []uintptr {
	var pcs [32]uintptr
	n := goruntime.Callers(4, pcs[:])
	return append([]uintptr(nil), pcs[:n]...)
}

// ToException converts a recovered panic value into a .NET exception:
// exceptions pass through; Go runtime errors become the .NET exception the
// same fault raises in .NET; anything else is wrapped in an Exception.
func ToException(r any) Exception {
	switch v := r.(type) {
	case Exception:
		return v
	case goruntime.Error:
		msg := v.Error()
		switch {
		case strings.Contains(msg, "nil pointer dereference"), strings.Contains(msg, "nil map"):
			return NewNullReferenceException("Object reference not set to an instance of an object.")
		case strings.Contains(msg, "index out of range"), strings.Contains(msg, "slice bounds out of range"):
			return NewIndexOutOfRangeException("Index was outside the bounds of the array.")
		case strings.Contains(msg, "integer divide by zero"):
			return NewDivideByZeroException("Attempted to divide by zero.")
		case strings.Contains(msg, "interface conversion"):
			return NewInvalidCastException("Specified cast is not valid.")
		case strings.Contains(msg, "makeslice: len out of range"), strings.Contains(msg, "makeslice: cap out of range"):
			// `new T[n]` with a negative n.
			return NewOverflowException("Arithmetic operation resulted in an overflow.")
		}
		return NewException(msg)
	case error:
		return NewException(v.Error())
	default:
		return NewException(fmt.Sprint(v))
	}
}

// AsException finds the exception of class T in ex's class chain: ex itself
// when it is a T, else the embedded base-class value of type T. The second
// result is false when ex is not a T.
func AsException[T Exception](ex Exception) (T, bool) {
	var zero T
	if ex == nil {
		return zero, false
	}
	if t, ok := ex.(T); ok {
		return t, true
	}
	// Walk the embedded base classes: field 0 of each exception struct is
	// its base class, embedded by value, so its address is a valid pointer.
	v := reflect.ValueOf(ex)
	for v.Kind() == reflect.Pointer && !v.IsNil() && v.Elem().Kind() == reflect.Struct {
		s := v.Elem()
		if s.NumField() == 0 || !s.Type().Field(0).Anonymous || s.Field(0).Kind() != reflect.Struct {
			break
		}
		v = s.Field(0).Addr()
		if t, ok := v.Interface().(T); ok {
			return t, true
		}
	}
	return zero, false
}

// CastException is the cast (T)ex between exception classes: ex itself or
// its embedded base class of type T. A null exception casts to null; one
// that is not a T throws InvalidCastException, with the message a failed
// Go type assertion gets (see ToException).
func CastException[T Exception](ex Exception) T {
	t, ok := AsException[T](ex)
	if !ok && ex != nil {
		panic(NewInvalidCastException("Specified cast is not valid."))
	}
	return t
}

// Clause is one catch or finally part of a Try.
type Clause struct {
	match   func(Exception) bool
	handle  func(Exception)
	finally func()
}

// Catch is `catch (T e) { handler }`: it handles exceptions of class T and
// its subclasses. Catch[Exception] catches everything.
func Catch[T Exception](handler func(e T)) Clause {
	return CatchWhen[T](nil, handler)
}

// CatchWhen is `catch (T e) when (filter) { handler }`. A filter that
// panics counts as false, as in .NET.
func CatchWhen[T Exception](filter func(e T) bool, handler func(e T)) Clause {
	return Clause{
		match: func(ex Exception) bool {
			t, ok := AsException[T](ex)
			if !ok {
				return false
			}
			return filter == nil || safeFilter(func() bool { return filter(t) })
		},
		handle: func(ex Exception) {
			t, _ := AsException[T](ex)
			handler(t)
		},
	}
}

func safeFilter(f func() bool) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return f()
}

// CatchAll is the typeless `catch { handler }`.
func CatchAll(handler func()) Clause {
	return Clause{
		match:  func(Exception) bool { return true },
		handle: func(Exception) { handler() },
	}
}

// Finally is `finally { f }`: it runs after the body and any handler, on
// every path, including when a handler throws.
func Finally(f func()) Clause { return Clause{finally: f} }

// Try runs body as a C# try block: the first clause whose type (and filter)
// matches a thrown exception handles it; Finally clauses run last, whatever
// happened. An exception no clause handles propagates unchanged, as does one
// a handler throws.
func Try(body func(), clauses ...Clause) {
	for _, c := range clauses {
		if c.finally != nil {
			f := c.finally
			defer f()
		}
	}
	ex := capture(body)
	if ex == nil {
		return
	}
	for _, c := range clauses {
		if c.match != nil && c.match(ex) {
			c.handle(ex)
			return
		}
	}
	panic(ex)
}

// capture runs body and returns the exception it threw, or nil. A Go
// runtime error is converted to the matching .NET exception here, so that
// handlers see .NET classes.
func capture(body func()) (ex Exception) {
	defer func() {
		if r := recover(); r != nil {
			ex = ToException(r)
		}
	}()
	body()
	return nil
}

// Rethrow is `throw;` inside a catch handler: it re-raises ex unchanged, so
// its stack trace and identity are preserved.
func Rethrow(ex Exception) { panic(ex) }

// Throw is `throw ex;`. A null exception raises NullReferenceException, as in .NET.
func Throw(ex Exception) {
	if ex == nil || reflect.ValueOf(ex).IsNil() {
		panic(NewNullReferenceException("Object reference not set to an instance of an object."))
	}
	panic(ex)
}

// Is reports whether err (an exception or a Go error wrapping one) is of
// class T; a convenience for Go code calling translated code.
func Is[T Exception](err error) bool {
	var ex Exception
	if !errors.As(err, &ex) {
		return false
	}
	_, ok := AsException[T](ex)
	return ok
}
