// .NET's introspective sort (ArraySortHelper<T>.IntrospectiveSort), ported
// step for step so that elements the comparison calls equal end up in the
// same order as under .NET: the sort is not stable, and programs that sort
// by a key with ties can observe which unstable order they get.

package generic

import (
	"math/bits"

	"github.com/cs2go/cs2go/runtime/system"
)

const introsortSizeThreshold = 16

// sortSlice sorts keys with comparison as Array.Sort/List.Sort do: an
// exception thrown by the comparison surfaces as InvalidOperationException
// "Failed to compare two elements in the array." wrapping it.
func sortSlice[T any](keys []T, comparison func(a, b T) int32) {
	if len(keys) < 2 {
		return
	}
	system.Try(func() {
		introSort(keys, 2*(bits.Len32(uint32(len(keys)))), comparison)
	}, system.Catch(func(e system.Exception) {
		panic(system.NewInvalidOperationExceptionWithInner("Failed to compare two elements in the array.", e))
	}))
}

// introSort's depth limit is 2*(Log2(n)+1), which bits.Len32 gives directly.
func introSort[T any](keys []T, depthLimit int, comparer func(a, b T) int32) {
	partitionSize := len(keys)
	for partitionSize > 1 {
		if partitionSize <= introsortSizeThreshold {
			switch partitionSize {
			case 2:
				swapIfGreater(keys, comparer, 0, 1)
			case 3:
				swapIfGreater(keys, comparer, 0, 1)
				swapIfGreater(keys, comparer, 0, 2)
				swapIfGreater(keys, comparer, 1, 2)
			default:
				insertionSort(keys[:partitionSize], comparer)
			}
			return
		}
		if depthLimit == 0 {
			heapSort(keys[:partitionSize], comparer)
			return
		}
		depthLimit--
		p := pickPivotAndPartition(keys[:partitionSize], comparer)
		introSort(keys[p+1:partitionSize], depthLimit, comparer)
		partitionSize = p
	}
}

func swapIfGreater[T any](keys []T, comparer func(a, b T) int32, i, j int) {
	if comparer(keys[i], keys[j]) > 0 {
		keys[i], keys[j] = keys[j], keys[i]
	}
}

func pickPivotAndPartition[T any](keys []T, comparer func(a, b T) int32) int {
	hi := len(keys) - 1
	middle := hi >> 1
	swapIfGreater(keys, comparer, 0, middle)
	swapIfGreater(keys, comparer, 0, hi)
	swapIfGreater(keys, comparer, middle, hi)
	pivot := keys[middle]
	keys[middle], keys[hi-1] = keys[hi-1], keys[middle]
	left, right := 0, hi-1
	for left < right {
		for left++; comparer(keys[left], pivot) < 0; left++ {
		}
		for right--; comparer(pivot, keys[right]) < 0; right-- {
		}
		if left >= right {
			break
		}
		keys[left], keys[right] = keys[right], keys[left]
	}
	if left != hi-1 {
		keys[left], keys[hi-1] = keys[hi-1], keys[left]
	}
	return left
}

func heapSort[T any](keys []T, comparer func(a, b T) int32) {
	n := len(keys)
	for i := n >> 1; i >= 1; i-- {
		downHeap(keys, i, n, comparer)
	}
	for i := n; i > 1; i-- {
		keys[0], keys[i-1] = keys[i-1], keys[0]
		downHeap(keys, 1, i-1, comparer)
	}
}

func downHeap[T any](keys []T, i, n int, comparer func(a, b T) int32) {
	d := keys[i-1]
	for i <= n>>1 {
		child := 2 * i
		if child < n && comparer(keys[child-1], keys[child]) < 0 {
			child++
		}
		if !(comparer(d, keys[child-1]) < 0) {
			break
		}
		keys[i-1] = keys[child-1]
		i = child
	}
	keys[i-1] = d
}

func insertionSort[T any](keys []T, comparer func(a, b T) int32) {
	for i := 0; i < len(keys)-1; i++ {
		t := keys[i+1]
		j := i
		for j >= 0 && comparer(t, keys[j]) < 0 {
			keys[j+1] = keys[j]
			j--
		}
		keys[j+1] = t
	}
}
