// Package system is .NET's System namespace for translated C# programs:
// the exception model, Console, string and number formatting, String and
// Char members, parsing and Convert, Math, Uri, Version, DateTime,
// TimeSpan, Guid, Random, Environment, delegates and Lazy<T>. It depends
// on the Go standard library only.
//
// # Conventions
//
// Names follow docs/DESIGN.md: a static member T.M is the function TM
// (Console.WriteLine is ConsoleWriteLine, Math.Round is MathRound), an
// instance member is a method, overloads get descriptive suffixes
// (Substring / SubstringLength, Random.Next / NextMax / NextRange) or a
// variadic parameter where .NET's overloads are one idea (ConsoleWriteLine,
// StringTrim). Members of string, which Go cannot extend, are functions
// taking the string first: s.Length is StringLength(s), s[i] is
// StringCharAt(s, i). C# value types keep their widths (int is int32,
// char is Char, a UTF-16 code unit); DateTime, TimeSpan and Guid are Go
// value types; classes are pointers.
//
// A C# null string is the Go empty string, so APIs that return null
// return "" (Console.ReadLine at end of input, GetEnvironmentVariable of
// an unset variable); ConsoleTryReadLine tells the two apart where a
// program needs it. String positions and lengths count UTF-16 code units
// as .NET does, so an index computed in C# means the same character here.
// Comparisons that .NET makes with the current culture (IndexOf(string),
// StartsWith(string), Compare) are ordinal or approximate culture order;
// each function says which.
//
// Formatting uses the invariant culture: "." decimals, "," groups, the
// currency symbol "¤" and the percent pattern "n %". Infinity prints as
// "∞" (what .NET 5+ prints under ICU cultures). double.ToString() prints
// the shortest round-trip form as .NET Core 3.0+ does ("0.1", "1E+21",
// "1.5E-05"), and standard formats use the exact value rounded half to
// even, as .NET Core does.
//
// # Exceptions
//
// A .NET exception is a Go panic whose value implements Exception. Each
// class is a struct embedding its base class by value, ending in
// ExceptionBase; the embedding chain is the class hierarchy. Translated
// code uses these forms:
//
//	throw new InvalidOperationException("x");  ->  panic(system.NewInvalidOperationException("x"))
//	throw e;                                    ->  system.Throw(e)   // null e throws NullReferenceException
//	throw;  (inside catch (E e))                ->  system.Rethrow(e) // same object, same identity
//
// try/catch/finally is a call to Try with the body and one Clause per
// catch and the finally block, in source order:
//
//	system.Try(func() {
//		body()
//	}, system.Catch(func(e *system.FormatException) {
//		// catch (FormatException e)
//	}), system.CatchWhen(func(e *system.ArgumentException) bool { return e.ParamName() == "x" },
//		func(e *system.ArgumentException) {
//			// catch (ArgumentException e) when (e.ParamName == "x")
//		}), system.Catch(func(e system.Exception) {
//		// catch (Exception e)
//	}), system.CatchAll(func() {
//		// catch { }
//	}), system.Finally(func() {
//		// finally { }
//	}))
//
// The first clause whose class (and filter) matches handles the exception;
// a clause for a base class also catches derived classes and receives the
// embedded base value (Catch[*InvalidOperationException] catches an
// ObjectDisposedException). A filter that throws counts as false. Finally
// runs last on every path: normal completion, a handled exception, an
// unhandled one, and a handler that throws (whose exception then
// propagates). `return`, `break` and `continue` inside a try body or
// handler cannot leave the enclosing Go function from inside the closure;
// the translator lowers them to flag variables checked after Try returns.
//
// One ordering differs from .NET: .NET evaluates exception filters (catch
// ... when) before it runs the finally blocks of inner try statements,
// while here an inner Finally runs first, as the panic unwinds to the Try
// whose filter is asked. Only filters with side effects can tell.
//
// Go runtime faults inside a Try body surface as the exception the same
// fault raises in .NET: a nil dereference or nil-map write is
// NullReferenceException, an index or slice out of range
// IndexOutOfRangeException, integer division by zero DivideByZeroException,
// a failed type assertion InvalidCastException. A panic with any other
// value becomes a System.Exception carrying its text. Integer overflow
// is not a fault in Go: `checked` arithmetic uses CheckedAdd and friends,
// and int.MinValue / -1 uses Div, which throw OverflowException like .NET.
//
// Exceptions stay in their goroutine, as .NET exceptions stay in their
// thread: a Try only sees panics of the goroutine that runs it. An
// exception that escapes a thread or Main ends the process the way .NET
// does (package threading's Unhandled: "Unhandled exception. " plus
// ToString on stderr, exit status 134).
//
// Message and ToString produce .NET's texts: "System.InvalidOperationException:
// msg", ArgumentException's "msg (Parameter 'x')", ObjectDisposedException's
// "Cannot access a disposed object.\nObject name: 'X'.", the inner
// exception after " ---> ". An empty message means "no message" and gives
// the class's default text, because a null string is "" in the runtime.
//
// # User-defined exception classes
//
// A C# class `class QuotaException : ArgumentException` becomes a struct
// embedding the base class, a class descriptor made once with NewType, and
// a constructor that calls Init with the outermost pointer:
//
//	type QuotaException struct {
//		system.ArgumentException
//		Limit int32
//	}
//
//	var QuotaExceptionType = system.NewType("MyApp", "QuotaException", system.ArgumentExceptionType)
//
//	func NewQuotaException(message string, limit int32) *QuotaException {
//		e := &QuotaException{Limit: limit}
//		e.Init(e, QuotaExceptionType, message, nil)
//		return e
//	}
//
// Message and ToString are virtual: an override of Message is written as
// a MessageCore method (and of ToString as ToStringCore), so that it is
// seen even through a base-class value; `base.Message` inside it is the
// base struct's MessageCore:
//
//	func (e *QuotaException) MessageCore() string {
//		return "Quota: " + e.ArgumentException.MessageCore()
//	}
//
// # Delegates and events
//
// Delegates are plain Go func types; Action, Func1, Predicate,
// EventHandler and the other aliases in this package only name them.
// A multicast delegate or event (`+=`) is a slice of funcs kept by the
// translated class. `using` statements map to Using, and IDisposable is
// any value with a Dispose method.
package system
