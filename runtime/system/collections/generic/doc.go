// Package generic is .NET's System.Collections.Generic for translated
// programs: List, Dictionary, HashSet, Queue, Stack, KeyValuePair and the
// comparer interfaces, all used through pointers (reference semantics).
//
// `foreach` lowers to ranging over All() (iter.Seq / iter.Seq2), which
// throws InvalidOperationException when the collection changes under the
// loop, as .NET's enumerators do. Equality follows
// EqualityComparer<T>.Default (Equals overrides, else Go ==, which is
// identity for pointers to classes); ordering follows Comparer<T>.Default
// and List.Sort is .NET's introsort, so ties come out in .NET's order.
package generic
