// System.Collections.Generic.Queue<T> and Stack<T>.

package generic

import (
	"iter"

	"github.com/cs2go/cs2go/runtime/system"
)

// Queue is System.Collections.Generic.Queue<T>: first in, first out.
type Queue[T any] struct {
	items   []T // items[head:] are queued
	head    int
	version int32
}

// NewQueue is `new Queue<T>()`.
func NewQueue[T any]() *Queue[T] { return &Queue[T]{} }

// NewQueueFrom is `new Queue<T>(collection)`.
func NewQueueFrom[T any](collection []T) *Queue[T] {
	return &Queue[T]{items: append([]T(nil), collection...)}
}

// Count is Queue.Count.
func (q *Queue[T]) Count() int32 { return int32(len(q.items) - q.head) }

// Enqueue is Queue.Enqueue(item).
func (q *Queue[T]) Enqueue(item T) {
	if q.head > 0 && q.head*2 >= len(q.items) {
		// Reclaim the consumed front so a long-lived queue does not grow.
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items = q.items[:n]
		q.head = 0
	}
	q.items = append(q.items, item)
	q.version++
}

// Dequeue is Queue.Dequeue(): InvalidOperationException "Queue empty."
// when there is nothing to take.
func (q *Queue[T]) Dequeue() T {
	item, ok := q.TryDequeue()
	if !ok {
		panic(system.NewInvalidOperationException(msgEmptyQueue))
	}
	return item
}

// TryDequeue is Queue.TryDequeue(out item) in Go form.
func (q *Queue[T]) TryDequeue() (T, bool) {
	var zero T
	if q.head >= len(q.items) {
		return zero, false
	}
	item := q.items[q.head]
	q.items[q.head] = zero
	q.head++
	q.version++
	return item, true
}

// TryDequeueOut is Queue.TryDequeue(out item) with the out parameter.
func (q *Queue[T]) TryDequeueOut(result *T) bool {
	item, ok := q.TryDequeue()
	if result != nil {
		*result = item
	}
	return ok
}

// Peek is Queue.Peek().
func (q *Queue[T]) Peek() T {
	if q.head >= len(q.items) {
		panic(system.NewInvalidOperationException(msgEmptyQueue))
	}
	return q.items[q.head]
}

// TryPeek is Queue.TryPeek(out item) in Go form.
func (q *Queue[T]) TryPeek() (T, bool) {
	if q.head >= len(q.items) {
		var zero T
		return zero, false
	}
	return q.items[q.head], true
}

// Clear is Queue.Clear().
func (q *Queue[T]) Clear() {
	q.items, q.head = nil, 0
	q.version++
}

// Contains is Queue.Contains(item).
func (q *Queue[T]) Contains(item T) bool {
	for _, x := range q.items[q.head:] {
		if defaultEquals(x, item) {
			return true
		}
	}
	return false
}

// ToArray is Queue.ToArray(): oldest first.
func (q *Queue[T]) ToArray() []T { return append([]T{}, q.items[q.head:]...) }

// All is `foreach (var x in queue)`: oldest first; changing the queue
// during the loop throws InvalidOperationException at the next step.
func (q *Queue[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		version := q.version
		for i := q.head; ; i++ {
			if q.version != version {
				panic(errEnumModified())
			}
			if i >= len(q.items) || !yield(q.items[i]) {
				return
			}
		}
	}
}

// Stack is System.Collections.Generic.Stack<T>: last in, first out.
type Stack[T any] struct {
	items   []T
	version int32
}

// NewStack is `new Stack<T>()`.
func NewStack[T any]() *Stack[T] { return &Stack[T]{} }

// NewStackFrom is `new Stack<T>(collection)`: pushed in order, so the
// last element is on top.
func NewStackFrom[T any](collection []T) *Stack[T] {
	return &Stack[T]{items: append([]T(nil), collection...)}
}

// Count is Stack.Count.
func (s *Stack[T]) Count() int32 { return int32(len(s.items)) }

// Push is Stack.Push(item).
func (s *Stack[T]) Push(item T) {
	s.items = append(s.items, item)
	s.version++
}

// Pop is Stack.Pop(): InvalidOperationException "Stack empty." when empty.
func (s *Stack[T]) Pop() T {
	item, ok := s.TryPop()
	if !ok {
		panic(system.NewInvalidOperationException(msgEmptyStack))
	}
	return item
}

// TryPop is Stack.TryPop(out item) in Go form.
func (s *Stack[T]) TryPop() (T, bool) {
	var zero T
	n := len(s.items)
	if n == 0 {
		return zero, false
	}
	item := s.items[n-1]
	s.items[n-1] = zero
	s.items = s.items[:n-1]
	s.version++
	return item, true
}

// Peek is Stack.Peek().
func (s *Stack[T]) Peek() T {
	if len(s.items) == 0 {
		panic(system.NewInvalidOperationException(msgEmptyStack))
	}
	return s.items[len(s.items)-1]
}

// TryPeek is Stack.TryPeek(out item) in Go form.
func (s *Stack[T]) TryPeek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

// Clear is Stack.Clear().
func (s *Stack[T]) Clear() {
	s.items = nil
	s.version++
}

// Contains is Stack.Contains(item).
func (s *Stack[T]) Contains(item T) bool {
	for _, x := range s.items {
		if defaultEquals(x, item) {
			return true
		}
	}
	return false
}

// ToArray is Stack.ToArray(): top first.
func (s *Stack[T]) ToArray() []T {
	out := make([]T, len(s.items))
	for i, x := range s.items {
		out[len(s.items)-1-i] = x
	}
	return out
}

// All is `foreach (var x in stack)`: top first; changing the stack during
// the loop throws InvalidOperationException at the next step.
func (s *Stack[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		version := s.version
		for i := len(s.items) - 1; ; i-- {
			if s.version != version {
				panic(errEnumModified())
			}
			if i < 0 || !yield(s.items[i]) {
				return
			}
		}
	}
}
