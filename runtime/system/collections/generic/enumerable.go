// This file implements IEnumerable<T>: the sequences LINQ and foreach take.

package generic

import (
	"iter"
	"slices"
)

// IEnumerable is IEnumerable<T>. It is a Go iterator, so `foreach` ranges
// over it and LINQ's operators (runtime/system/linq) chain lazily, as
// .NET's deferred execution does: nothing runs until the sequence is
// enumerated, and each enumeration runs the pipeline again.
type IEnumerable[T any] = iter.Seq[T]

// ArrayEnumerable is a T[] used as IEnumerable<T>.
func ArrayEnumerable[T any](items []T) IEnumerable[T] { return slices.Values(items) }
