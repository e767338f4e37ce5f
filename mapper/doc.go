// Package mapper resolves a parsed C# program (names, types, overloads) and
// lowers it to a Go-shaped intermediate form (ir.go) that package gen
// prints. .NET APIs are mapped onto the runtime through the declarative
// table in data.go (docs/API.md is generated from it, and a test checks
// every entry against runtime/); whatever cannot be translated is reported
// as a positioned diagnostic (diag.go) and becomes a panic in the output.
//
// # Passes
//
// As in esbuild's parser there are two passes: declare (collect classes,
// delegates and member signatures, so that bodies may use members declared
// later), then lower (translate bodies with name and type resolution).
// Lowering a statement that meets an unsupported construct turns the whole
// statement into a `// TODO(cs2go):` comment and a panic naming the C#
// position; locals it declared are kept (typed any) so that later
// statements still compile.
//
// # Lowering rules
//
//   - Classes become structs with pointer-receiver methods; constructors
//     become NewX functions that run field initializers first; static
//     members become package-level functions and variables (prefixed with
//     the class name except in the class holding Main); auto-properties
//     become fields, properties with bodies getter/setter methods.
//   - Main becomes func Main, and func main calls it with os.Args[1:],
//     handles an escaping exception as .NET's unhandled-exception handler
//     does, waits for foreground threads and passes int Main's exit code
//     on. Top-level statements are main's body.
//   - C#'s implicit numeric conversions and binary numeric promotion are
//     made explicit (Go has neither); string + x uses system.ObjectToString
//     (.NET's ToString rules); interpolated strings become
//     system.StringFormat with a composite format.
//   - Constant expressions fold with C#'s rules, not Go's exact constant
//     arithmetic (constant.go): doubles in IEEE arithmetic, integers
//     wrapping in unchecked contexts and reported as errors (CS0020,
//     CS0220, CS0221) otherwise. A constant keeps its natural Go spelling
//     where Go computes the same value, else the folded value is emitted
//     (constemit.go); the table's constants (int.MaxValue, Math.PI) and
//     the program's const fields take part.
//   - ?:, ??, ?., is, as, x++ and assignments used as values become
//     function literals called in place, which keeps C#'s evaluation order.
//   - try/catch/when/finally become system.Try with Catch[T], CatchWhen,
//     CatchAll and Finally; using becomes Try+Finally calling Dispose;
//     lock becomes threading.LockDo. return, break and continue inside
//     those closures set flag variables that the code after the call
//     completes.
//   - A derived class embeds its base by value; a derived object where the
//     base is expected is &d.Base. When a hierarchy declares virtual or
//     abstract methods, its root holds self_ (the outermost object, set by
//     every constructor) of an interface type listing them, and virtual
//     calls, downcasts and type tests go through it; base.M() does not.
//   - goto L is Go's goto (a forward one over a declaration, or one out of
//     a lowered closure, is refused); a switch using goto case or goto
//     default runs in a labeled loop that the goto continues with the new
//     case value. delegate += handler builds a func calling both.
//   - async methods run through tasks.Async/AsyncOf/AsyncVoid; await x is
//     x.Await(). Lambdas and method groups become func values of the
//     delegate's signature; a program's delegate type is its func type.
//
// # Documented differences
//
//   - A string cannot be null: null strings are "" (so s == null is
//     s == "", and ?? on strings tests for "").
//   - decimal is float64.
//   - structs are translated like classes (reference semantics).
//   - A base constructor's virtual calls reach the base's methods (C#
//     reaches the derived overrides already there).
package mapper
