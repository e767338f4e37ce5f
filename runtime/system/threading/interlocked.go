// System.Threading.Interlocked on sync/atomic.

package threading

import (
	"math"
	"sync/atomic"
	"unsafe"
)

// InterlockedIncrement is Interlocked.Increment(ref int): the new value
// (wrapping at int.MaxValue, as .NET does).
func InterlockedIncrement(location *int32) int32 { return atomic.AddInt32(location, 1) }

// InterlockedIncrement64 is Interlocked.Increment(ref long).
func InterlockedIncrement64(location *int64) int64 { return atomic.AddInt64(location, 1) }

// InterlockedDecrement is Interlocked.Decrement(ref int).
func InterlockedDecrement(location *int32) int32 { return atomic.AddInt32(location, -1) }

// InterlockedDecrement64 is Interlocked.Decrement(ref long).
func InterlockedDecrement64(location *int64) int64 { return atomic.AddInt64(location, -1) }

// InterlockedAdd is Interlocked.Add(ref int, value): the new value.
func InterlockedAdd(location *int32, value int32) int32 { return atomic.AddInt32(location, value) }

// InterlockedAdd64 is Interlocked.Add(ref long, value).
func InterlockedAdd64(location *int64, value int64) int64 { return atomic.AddInt64(location, value) }

// InterlockedExchange is Interlocked.Exchange(ref int, value): the old value.
func InterlockedExchange(location *int32, value int32) int32 {
	return atomic.SwapInt32(location, value)
}

// InterlockedExchange64 is Interlocked.Exchange(ref long, value).
func InterlockedExchange64(location *int64, value int64) int64 {
	return atomic.SwapInt64(location, value)
}

// InterlockedExchangeFloat64 is Interlocked.Exchange(ref double, value).
func InterlockedExchangeFloat64(location *float64, value float64) float64 {
	p := (*uint64)(unsafe.Pointer(location))
	return math.Float64frombits(atomic.SwapUint64(p, math.Float64bits(value)))
}

// InterlockedCompareExchange is Interlocked.CompareExchange(ref int,
// value, comparand): it stores value when the location holds comparand,
// and returns the original value either way.
func InterlockedCompareExchange(location *int32, value, comparand int32) int32 {
	for {
		old := atomic.LoadInt32(location)
		if old != comparand {
			return old
		}
		if atomic.CompareAndSwapInt32(location, comparand, value) {
			return comparand
		}
	}
}

// InterlockedCompareExchange64 is Interlocked.CompareExchange(ref long, value, comparand).
func InterlockedCompareExchange64(location *int64, value, comparand int64) int64 {
	for {
		old := atomic.LoadInt64(location)
		if old != comparand {
			return old
		}
		if atomic.CompareAndSwapInt64(location, comparand, value) {
			return comparand
		}
	}
}

// InterlockedRead is Interlocked.Read(ref long).
func InterlockedRead(location *int64) int64 { return atomic.LoadInt64(location) }

// InterlockedExchangeRef is Interlocked.Exchange<T>(ref T, value) for
// reference types: the old reference.
func InterlockedExchangeRef[T any](location **T, value *T) *T {
	return (*T)(atomic.SwapPointer((*unsafe.Pointer)(unsafe.Pointer(location)), unsafe.Pointer(value)))
}

// InterlockedCompareExchangeRef is Interlocked.CompareExchange<T>(ref T,
// value, comparand) for reference types: the original reference.
func InterlockedCompareExchangeRef[T any](location **T, value, comparand *T) *T {
	p := (*unsafe.Pointer)(unsafe.Pointer(location))
	for {
		old := atomic.LoadPointer(p)
		if old != unsafe.Pointer(comparand) {
			return (*T)(old)
		}
		if atomic.CompareAndSwapPointer(p, old, unsafe.Pointer(value)) {
			return comparand
		}
	}
}

// MemoryBarrier is Interlocked.MemoryBarrier() / Thread.MemoryBarrier(): a
// full fence. Go's atomics are sequentially consistent, so an atomic
// operation on a private variable is one.
func MemoryBarrier() {
	var fence int32
	atomic.AddInt32(&fence, 1)
}
