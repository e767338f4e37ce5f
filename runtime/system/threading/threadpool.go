// System.Threading.ThreadPool: work items on goroutines.

package threading

import (
	"runtime"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/internal/gls"
)

// TimeoutInfinite is Timeout.Infinite: wait forever.
const TimeoutInfinite int32 = -1

// ThreadPoolQueueUserWorkItem is ThreadPool.QueueUserWorkItem(callback):
// callback runs on a new goroutine with a null state. It returns true, as
// .NET does. An exception escaping callback ends the process (Unhandled).
func ThreadPoolQueueUserWorkItem(callback func(any)) bool {
	return ThreadPoolQueueUserWorkItemState(callback, nil)
}

// ThreadPoolQueueUserWorkItemState is ThreadPool.QueueUserWorkItem(callback, state).
func ThreadPoolQueueUserWorkItemState(callback func(any), state any) bool {
	if callback == nil {
		panic(system.NewArgumentNullException("callBack"))
	}
	go runPoolItem(func() { callback(state) })
	return true
}

// runPoolItem runs one thread-pool callback (work item or timer tick).
func runPoolItem(f func()) {
	defer func() {
		r := recover()
		gls.ReleaseCurrent()
		if r != nil {
			UnhandledRecovered(r)
		}
	}()
	f()
}

// ThreadPoolSetMinThreads is ThreadPool.SetMinThreads. Every work item
// gets its own goroutine, so pool sizes have nothing to tune; it returns
// true, as .NET does for valid values.
func ThreadPoolSetMinThreads(workerThreads, completionPortThreads int32) bool {
	return workerThreads >= 0 && completionPortThreads >= 0
}

// ThreadPoolSetMaxThreads is ThreadPool.SetMaxThreads (see ThreadPoolSetMinThreads).
func ThreadPoolSetMaxThreads(workerThreads, completionPortThreads int32) bool {
	return workerThreads > 0 && completionPortThreads > 0
}

// ThreadPoolGetMinThreads is ThreadPool.GetMinThreads(out, out): the
// processor count for both, as .NET reports by default.
func ThreadPoolGetMinThreads(workerThreads, completionPortThreads *int32) {
	n := int32(runtime.NumCPU())
	*workerThreads, *completionPortThreads = n, n
}

// ThreadPoolGetMaxThreads is ThreadPool.GetMaxThreads(out, out): .NET's
// defaults (32767 workers, 1000 I/O threads).
func ThreadPoolGetMaxThreads(workerThreads, completionPortThreads *int32) {
	*workerThreads, *completionPortThreads = 32767, 1000
}

// ThreadPoolGetAvailableThreads is ThreadPool.GetAvailableThreads(out, out):
// goroutines are not a limited resource, so the maxima.
func ThreadPoolGetAvailableThreads(workerThreads, completionPortThreads *int32) {
	ThreadPoolGetMaxThreads(workerThreads, completionPortThreads)
}
