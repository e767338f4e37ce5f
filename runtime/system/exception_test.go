// Tests for the exception model: try/catch/finally semantics, class
// matching along the embedding chain, Go runtime errors, and the Message
// and ToString texts .NET prints.

package system

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// trace collects the order in which blocks ran.
type trace []string

func (t *trace) add(s string) { *t = append(*t, s) }

// catchAny runs f and returns the exception it threw, or nil.
func catchAny(f func()) (ex Exception) {
	Try(f, Catch(func(e Exception) { ex = e }))
	return ex
}

// TestTryFinallyOrder checks that finally runs last on every path: normal
// completion, a handled exception, an unhandled one, and a handler that throws.
func TestTryFinallyOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		body    func(tr *trace)
		handler func(tr *trace, e *InvalidOperationException)
		want    []string
		escapes string // class of the exception that leaves the Try, if any
	}{
		{
			name: "normal",
			body: func(tr *trace) { tr.add("body") },
			want: []string{"body", "finally"},
		},
		{
			name:    "handled",
			body:    func(tr *trace) { tr.add("body"); panic(NewInvalidOperationException("x")) },
			handler: func(tr *trace, e *InvalidOperationException) { tr.add("catch " + e.Message()) },
			want:    []string{"body", "catch x", "finally"},
		},
		{
			name:    "unhandled",
			body:    func(tr *trace) { tr.add("body"); panic(NewFormatException("f")) },
			want:    []string{"body", "finally"},
			escapes: "System.FormatException",
		},
		{
			name: "handler throws",
			body: func(tr *trace) { tr.add("body"); panic(NewInvalidOperationException("x")) },
			handler: func(tr *trace, e *InvalidOperationException) {
				tr.add("catch")
				panic(NewNotSupportedException("from handler"))
			},
			want:    []string{"body", "catch", "finally"},
			escapes: "System.NotSupportedException",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var tr trace
			ex := catchAny(func() {
				clauses := []Clause{}
				if tc.handler != nil {
					clauses = append(clauses, Catch(func(e *InvalidOperationException) { tc.handler(&tr, e) }))
				}
				clauses = append(clauses, Finally(func() { tr.add("finally") }))
				Try(func() { tc.body(&tr) }, clauses...)
			})
			if !reflect.DeepEqual([]string(tr), tc.want) {
				t.Errorf("order = %v, want %v", tr, tc.want)
			}
			got := ""
			if ex != nil {
				got = ex.GetType().FullName()
			}
			if got != tc.escapes {
				t.Errorf("escaped %q, want %q", got, tc.escapes)
			}
		})
	}
}

// TestNestedTryRethrow checks that `throw;` in an inner handler re-raises the
// same exception object to the outer handler, after the inner finally.
func TestNestedTryRethrow(t *testing.T) {
	var tr trace
	orig := NewInvalidOperationException("boom")
	var outer *InvalidOperationException
	Try(func() {
		Try(func() {
			panic(orig)
		}, Catch(func(e *InvalidOperationException) {
			tr.add("inner catch")
			Rethrow(e)
		}), Finally(func() { tr.add("inner finally") }))
		tr.add("not reached")
	}, Catch(func(e *InvalidOperationException) {
		tr.add("outer catch")
		outer = e
	}))
	if outer != orig {
		t.Errorf("rethrow lost identity: got %p, want %p", outer, orig)
	}
	if want := []string{"inner catch", "inner finally", "outer catch"}; !reflect.DeepEqual([]string(tr), want) {
		t.Errorf("order = %v, want %v", tr, want)
	}
}

// TestCatchByBaseClass checks that a clause for a base class catches derived
// classes and receives the embedded base value, and that the first matching
// clause wins.
func TestCatchByBaseClass(t *testing.T) {
	ode := NewObjectDisposedException("Widget")
	var got string
	Try(func() { panic(ode) },
		Catch(func(e *FormatException) { got = "format" }),
		Catch(func(e *InvalidOperationException) { got = "ioe: " + e.Message() }),
		Catch(func(e Exception) { got = "exception" }))
	if want := "ioe: Cannot access a disposed object.\nObject name: 'Widget'."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		name string
		ex   Exception
		is   func(Exception) bool
		want bool
	}{
		{"ODE is InvalidOperationException", ode, func(e Exception) bool { _, ok := AsException[*InvalidOperationException](e); return ok }, true},
		{"ODE is SystemException", ode, func(e Exception) bool { _, ok := AsException[*SystemException](e); return ok }, true},
		{"ODE is ExceptionBase", ode, func(e Exception) bool { _, ok := AsException[*ExceptionBase](e); return ok }, true},
		{"ODE is not ArgumentException", ode, func(e Exception) bool { _, ok := AsException[*ArgumentException](e); return ok }, false},
		{"ANE is ArgumentException", NewArgumentNullException("x"), func(e Exception) bool { _, ok := AsException[*ArgumentException](e); return ok }, true},
		{"Overflow is Arithmetic", NewOverflowException(""), func(e Exception) bool { _, ok := AsException[*ArithmeticException](e); return ok }, true},
		{"UriFormat is Format", NewUriFormatException("u"), func(e Exception) bool { _, ok := AsException[*FormatException](e); return ok }, true},
	} {
		if got := tc.is(tc.ex); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
	// The embedded value handed to a base-class handler still reports the
	// thrown class.
	Try(func() { panic(ode) }, Catch(func(e *InvalidOperationException) {
		if got := e.GetType().FullName(); got != "System.ObjectDisposedException" {
			t.Errorf("GetType() through base = %s", got)
		}
		if got := e.ToString(); !strings.HasPrefix(got, "System.ObjectDisposedException: Cannot access a disposed object.") {
			t.Errorf("ToString() through base = %q", got)
		}
	}))
}

// TestCatchWhenAndCatchAll checks exception filters (a false or throwing
// filter passes the exception on) and the typeless catch.
func TestCatchWhenAndCatchAll(t *testing.T) {
	var got []string
	for _, code := range []int32{404, 500, 0} {
		Try(func() {
			panic(NewArgumentOutOfRangeExceptionValue("code", code, "bad"))
		},
			CatchWhen(func(e *ArgumentOutOfRangeException) bool { return e.ActualValue() == int32(404) },
				func(e *ArgumentOutOfRangeException) { got = append(got, "404") }),
			CatchWhen(func(e *ArgumentOutOfRangeException) bool {
				if e.ActualValue() == int32(0) {
					panic(NewDivideByZeroException(""))
				}
				return true
			}, func(e *ArgumentOutOfRangeException) { got = append(got, "filtered") }),
			CatchAll(func() { got = append(got, "catch-all") }))
	}
	if want := []string{"404", "filtered", "catch-all"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestGoRuntimeErrors checks that Go runtime faults surface as the .NET
// exceptions the same fault raises in .NET.
func TestGoRuntimeErrors(t *testing.T) {
	var nilMap map[string]int
	var nilPtr *Version
	var iface any = "s"
	zero := int32(0)
	arr := []int32{1, 2, 3}
	idx := 5
	for _, tc := range []struct {
		name, class, message string
		f                    func()
	}{
		{"nil pointer", "System.NullReferenceException", "Object reference not set to an instance of an object.", func() { _ = nilPtr.Major() }},
		{"nil map write", "System.NullReferenceException", "Object reference not set to an instance of an object.", func() { nilMap["a"] = 1 }},
		{"index", "System.IndexOutOfRangeException", "Index was outside the bounds of the array.", func() { _ = arr[idx] }},
		{"slice", "System.IndexOutOfRangeException", "Index was outside the bounds of the array.", func() { _ = arr[1:idx] }},
		{"divide", "System.DivideByZeroException", "Attempted to divide by zero.", func() { _ = arr[0] / zero }},
		{"cast", "System.InvalidCastException", "Specified cast is not valid.", func() { _ = iface.(int32) }},
		{"throw null", "System.NullReferenceException", "Object reference not set to an instance of an object.", func() { Throw(nil) }},
		{"throw typed null", "System.NullReferenceException", "Object reference not set to an instance of an object.", func() {
			var e *InvalidOperationException
			Throw(e)
		}},
		{"Go error", "System.Exception", "disk on fire", func() { panic(errors.New("disk on fire")) }},
		{"negative array size", "System.OverflowException", "Arithmetic operation resulted in an overflow.", func() { _ = make([]byte, idx-6) }},
	} {
		ex := catchAny(tc.f)
		if ex == nil {
			t.Errorf("%s: nothing thrown", tc.name)
			continue
		}
		if ex.GetType().FullName() != tc.class || ex.Message() != tc.message {
			t.Errorf("%s: %s: %q, want %s: %q", tc.name, ex.GetType().FullName(), ex.Message(), tc.class, tc.message)
		}
	}
}

// myAppException is a user-defined exception class, declared as translated
// code declares one: embed the base class and call Init.
type myAppException struct {
	InvalidOperationException
	Code int32
}

var myAppExceptionType = NewType("MyApp", "MyAppException", InvalidOperationExceptionType)

func newMyAppException(message string, code int32) *myAppException {
	e := &myAppException{Code: code}
	e.Init(e, myAppExceptionType, message, nil)
	return e
}

// quotaException overrides Message as translated code does: MessageCore,
// building on the base class's MessageCore for `base.Message`.
type quotaException struct {
	ArgumentException
}

var quotaExceptionType = NewType("MyApp", "QuotaException", ArgumentExceptionType)

func (e *quotaException) MessageCore() string {
	return "Quota: " + e.ArgumentException.MessageCore()
}

// TestMessageIsVirtual checks that an overridden Message is seen through a
// base-class handle, as .NET's virtual Message is.
func TestMessageIsVirtual(t *testing.T) {
	e := &quotaException{}
	e.paramName = "n"
	e.Init(e, quotaExceptionType, "too many", nil)
	var viaBase, viaRoot string
	Try(func() { panic(e) }, Catch(func(a *ArgumentException) { viaBase = a.Message() }))
	Try(func() { panic(e) }, Catch(func(a Exception) { viaRoot = a.ToString() }))
	if want := "Quota: too many (Parameter 'n')"; viaBase != want {
		t.Errorf("Message via base = %q, want %q", viaBase, want)
	}
	if want := "MyApp.QuotaException: Quota: too many (Parameter 'n')"; viaRoot != want {
		t.Errorf("ToString = %q, want %q", viaRoot, want)
	}
}

// TestUserDefinedException checks that a translated exception class is
// caught by its own type and its bases and prints its own name.
func TestUserDefinedException(t *testing.T) {
	var code int32
	Try(func() { panic(newMyAppException("custom", 7)) }, Catch(func(e *myAppException) { code = e.Code }))
	if code != 7 {
		t.Errorf("Code = %d, want 7", code)
	}
	ex := catchAny(func() { panic(newMyAppException("custom", 7)) })
	if got, want := ex.ToString(), "MyApp.MyAppException: custom"; got != want {
		t.Errorf("ToString() = %q, want %q", got, want)
	}
	if !Is[*InvalidOperationException](ex) || Is[*FormatException](ex) {
		t.Error("Is[] disagrees with the class chain")
	}
	if !myAppExceptionType.IsSubclassOf(ExceptionType) {
		t.Error("IsSubclassOf(Exception) = false")
	}
	noMsg := newMyAppException("", 0)
	if got, want := noMsg.Message(), "Operation is not valid due to the current state of the object."; got != want {
		t.Errorf("default message = %q, want %q", got, want)
	}
}

// TestExceptionTexts checks Message and ToString as .NET Core prints them
// (without stack frames).
func TestExceptionTexts(t *testing.T) {
	inner := NewInvalidOperationException("inner problem")
	for _, tc := range []struct {
		name              string
		ex                Exception
		message, toString string
	}{
		{"IOE", NewInvalidOperationException("msg"), "msg", "System.InvalidOperationException: msg"},
		{"Exception default", NewException(""), "Exception of type 'System.Exception' was thrown.", "System.Exception: Exception of type 'System.Exception' was thrown."},
		{"IOE default", NewInvalidOperationException(""), "Operation is not valid due to the current state of the object.", "System.InvalidOperationException: Operation is not valid due to the current state of the object."},
		{"ArgumentException", NewArgumentExceptionParam("msg", "x"), "msg (Parameter 'x')", "System.ArgumentException: msg (Parameter 'x')"},
		{"ArgumentNullException", NewArgumentNullException("s"), "Value cannot be null. (Parameter 's')", "System.ArgumentNullException: Value cannot be null. (Parameter 's')"},
		{"AOORE default", NewArgumentOutOfRangeException("i"), "Specified argument was out of the range of valid values. (Parameter 'i')", "System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'i')"},
		{"AOORE value", NewArgumentOutOfRangeExceptionValue("i", int32(5), "Too big."), "Too big. (Parameter 'i')\nActual value was 5.", "System.ArgumentOutOfRangeException: Too big. (Parameter 'i')\nActual value was 5."},
		{"ODE", NewObjectDisposedException("X"), "Cannot access a disposed object.\nObject name: 'X'.", "System.ObjectDisposedException: Cannot access a disposed object.\nObject name: 'X'."},
		{"ODE message", NewObjectDisposedExceptionMessage("X", "Gone."), "Gone.\nObject name: 'X'.", "System.ObjectDisposedException: Gone.\nObject name: 'X'."},
		{"Format", NewFormatException(""), "One of the identified items was in an invalid format.", "System.FormatException: One of the identified items was in an invalid format."},
		{"UriFormat", NewUriFormatException("Invalid URI: The URI is empty."), "Invalid URI: The URI is empty.", "System.UriFormatException: Invalid URI: The URI is empty."},
		{"KeyNotFound", NewKeyNotFoundException("The given key 'k' was not present in the dictionary."), "The given key 'k' was not present in the dictionary.", "System.Collections.Generic.KeyNotFoundException: The given key 'k' was not present in the dictionary."},
		{"inner", NewExceptionWithInner("outer", inner), "outer", "System.Exception: outer\n ---> System.InvalidOperationException: inner problem\n   --- End of inner exception stack trace ---"},
		{"Aggregate", NewAggregateException(inner, NewFormatException("f")), "One or more errors occurred. (inner problem) (f)", "System.AggregateException: One or more errors occurred. (inner problem) (f)\n ---> System.InvalidOperationException: inner problem\n   --- End of inner exception stack trace ---\n ---> (Inner Exception #1) System.FormatException: f<---\n"},
	} {
		if got := tc.ex.Message(); got != tc.message {
			t.Errorf("%s: Message = %q, want %q", tc.name, got, tc.message)
		}
		if got := tc.ex.ToString(); got != tc.toString {
			t.Errorf("%s: ToString = %q, want %q", tc.name, got, tc.toString)
		}
		if got := tc.ex.Error(); got != tc.toString {
			t.Errorf("%s: Error = %q, want ToString", tc.name, got)
		}
	}
	if st := inner.StackTrace(); !strings.Contains(st, "   at github.com/cs2go/cs2go/runtime/system.TestExceptionTexts in ") {
		t.Errorf("StackTrace does not name the creating function:\n%s", st)
	}
	if got := NewExceptionWithInner("outer", inner).GetBaseException(); got != Exception(inner) {
		t.Errorf("GetBaseException = %v", got)
	}
}

// TestExceptionHResults checks a few HResult codes programs print.
func TestExceptionHResults(t *testing.T) {
	for _, tc := range []struct {
		ex   Exception
		want int32
	}{
		{NewException("x"), -2146233088},
		{NewInvalidOperationException("x"), -2146233079},
		{NewArgumentException("x"), -2147024809},
		{NewArgumentNullException("x"), -2147467261},
		{NewFormatException("x"), -2146233033},
		{NewUriFormatException("x"), -2146233033},
		{NewObjectDisposedException("x"), -2146232798},
	} {
		if got := tc.ex.HResult(); got != tc.want {
			t.Errorf("%s HResult = %d, want %d", tc.ex.GetType().Name, got, tc.want)
		}
	}
}

// TestPanicsStayInGoroutine checks that a Try only sees exceptions of its own
// goroutine: each worker catches exactly its own exception.
func TestPanicsStayInGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Try(func() {
				panic(NewInvalidOperationException(ObjectToString(int32(i))))
			}, Catch(func(e *InvalidOperationException) { got[i] = e.Message() }))
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != ObjectToString(int32(i)) {
			t.Errorf("worker %d caught %q", i, g)
		}
	}
}

// TestCastException: (T)ex finds T in the chain of embedded base classes,
// keeps null, and throws InvalidCastException for another class.
func TestCastException(t *testing.T) {
	ode := NewObjectDisposedException("res")
	if got := CastException[*InvalidOperationException](ode); got != &ode.InvalidOperationException {
		t.Errorf("cast to the base class: got %p, want the embedded base %p", got, &ode.InvalidOperationException)
	}
	if got := CastException[*ArgumentException](nil); got != nil {
		t.Errorf("cast of null: got %v", got)
	}
	defer func() {
		if _, ok := recover().(*InvalidCastException); !ok {
			t.Error("cast to an unrelated class did not throw InvalidCastException")
		}
	}()
	CastException[*ArgumentException](ode)
}
