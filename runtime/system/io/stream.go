// System.IO.Stream: the Stream interface every stream implements, the
// embeddable StreamBase that supplies .NET's non-abstract members on top of a
// concrete stream's Read/Write, and Stream.Null.

package io

import (
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/threading/tasks"
)

// SeekOrigin is System.IO.SeekOrigin.
type SeekOrigin int32

// SeekOrigin members.
const (
	// SeekOriginBegin is SeekOrigin.Begin.
	SeekOriginBegin SeekOrigin = 0
	// SeekOriginCurrent is SeekOrigin.Current.
	SeekOriginCurrent SeekOrigin = 1
	// SeekOriginEnd is SeekOrigin.End.
	SeekOriginEnd SeekOrigin = 2
)

// Stream is System.IO.Stream. Concrete streams embed StreamBase, call
// InitStreamBase(self) in their constructor and implement CanRead, CanWrite,
// CanSeek and whichever of Read, Write, Flush, Length, Position, SetPosition,
// Seek, SetLength and Dispose they support; StreamBase supplies the rest in
// terms of those, the way .NET's Stream does for its derived classes.
type Stream interface {
	// Read is Stream.Read(buffer, offset, count): the number of bytes read, 0 at end of stream.
	Read(buffer []byte, offset, count int32) int32
	// Write is Stream.Write(buffer, offset, count).
	Write(buffer []byte, offset, count int32)
	// Flush is Stream.Flush().
	Flush()
	// Close is Stream.Close().
	Close()
	// Dispose is Stream.Dispose(); a concrete stream releases its
	// resources by overriding Dispose or Close (see StreamBase).
	Dispose()
	// CanRead is the Stream.CanRead property.
	CanRead() bool
	// CanWrite is the Stream.CanWrite property.
	CanWrite() bool
	// CanSeek is the Stream.CanSeek property.
	CanSeek() bool
	// CanTimeout is the Stream.CanTimeout property.
	CanTimeout() bool
	// Length is the Stream.Length property (NotSupportedException when not seekable).
	Length() int64
	// Position is the Stream.Position getter (NotSupportedException when not seekable).
	Position() int64
	// SetPosition is the Stream.Position setter.
	SetPosition(value int64)
	// SeekTo is Stream.Seek(offset, origin).
	SeekTo(offset int64, origin SeekOrigin) int64
	// SetLength is Stream.SetLength(value).
	SetLength(value int64)
	// ReadTimeout is the Stream.ReadTimeout getter.
	ReadTimeout() int32
	// SetReadTimeout is the Stream.ReadTimeout setter.
	SetReadTimeout(value int32)
	// WriteTimeout is the Stream.WriteTimeout getter.
	WriteTimeout() int32
	// SetWriteTimeout is the Stream.WriteTimeout setter.
	SetWriteTimeout(value int32)
	// ReadByteOrEOF is Stream.ReadByte(): the byte, or -1 at end of stream.
	ReadByteOrEOF() int32
	// WriteSingleByte is Stream.WriteByte(value).
	WriteSingleByte(value byte)
	// CopyTo is Stream.CopyTo(destination).
	CopyTo(destination Stream)
	// CopyToBufferSize is Stream.CopyTo(destination, bufferSize).
	CopyToBufferSize(destination Stream, bufferSize int32)
	// ReadAsync is Stream.ReadAsync(buffer, offset, count).
	ReadAsync(buffer []byte, offset, count int32) *tasks.TaskOf[int32]
	// WriteAsync is Stream.WriteAsync(buffer, offset, count).
	WriteAsync(buffer []byte, offset, count int32) *tasks.Task
	// FlushAsync is Stream.FlushAsync().
	FlushAsync() *tasks.Task
	// CopyToAsync is Stream.CopyToAsync(destination).
	CopyToAsync(destination Stream) *tasks.Task
	// DisposeAsync is Stream.DisposeAsync() (`await using`).
	DisposeAsync() *tasks.Task
}

// copyBufferSize is .NET's default CopyTo buffer (81920 bytes: the largest
// multiple of 4096 below the large-object-heap threshold).
const copyBufferSize = 81920

// StreamBase is the implementation .NET's abstract Stream gives its derived
// classes. Embed it by value and call InitStreamBase(self) before use, so
// that its helpers (ReadByte, WriteByte, CopyTo, the async variants, Close)
// dispatch to the outer stream's Read, Write, Flush and Dispose: Go
// embedding has no virtual dispatch, so the base needs the outer value.
//
// Defaults, as .NET's Stream: Read and Write throw NotSupportedException;
// Flush does nothing; Length, Position, Seek and SetLength throw
// NotSupportedException; CanTimeout is false and the timeout properties
// throw InvalidOperationException.
//
// Close and Dispose call each other as in .NET (Dispose() calls Close(),
// Close() runs the disposal), so a concrete stream may override either
// one: `using` (Dispose) and Close() both reach the override. A guard
// stops the pair from recursing when neither is overridden.
type StreamBase struct {
	self Stream

	closing atomic.Bool // set while Close/Dispose forwards to the outer stream

	// asyncMu guards lastAsync, the completion of the most recent async
	// operation: .NET's base Stream serializes ReadAsync/WriteAsync through
	// a semaphore, so operations started without awaiting still run in
	// the order they were started.
	asyncMu   sync.Mutex
	lastAsync <-chan struct{}
}

// InitStreamBase records the outer stream; concrete constructors call it
// once: s := &MyStream{}; s.InitStreamBase(s).
func (b *StreamBase) InitStreamBase(self Stream) { b.self = self }

func (b *StreamBase) outer() Stream {
	if b.self == nil {
		panic("io.StreamBase used before InitStreamBase(self) was called")
	}
	return b.self
}

// Read is the default Stream.Read of a stream that cannot read: it throws
// NotSupportedException.
func (b *StreamBase) Read(buffer []byte, offset, count int32) int32 {
	panic(errReadNotSupported())
}

// Write is the default Stream.Write of a stream that cannot write: it throws
// NotSupportedException.
func (b *StreamBase) Write(buffer []byte, offset, count int32) {
	panic(errWriteNotSupported())
}

// Flush is the default Stream.Flush: nothing to flush.
func (b *StreamBase) Flush() {}

// Close is Stream.Close(): it runs the outer stream's Dispose override,
// if it has one.
func (b *StreamBase) Close() {
	if !b.closing.CompareAndSwap(false, true) {
		return
	}
	defer b.closing.Store(false)
	b.outer().Dispose()
}

// Dispose is Stream.Dispose(): it runs the outer stream's Close override,
// if it has one (.NET's Dispose() calls Close()).
func (b *StreamBase) Dispose() {
	if !b.closing.CompareAndSwap(false, true) {
		return
	}
	defer b.closing.Store(false)
	b.outer().Close()
}

// CanTimeout is Stream.CanTimeout: false unless a stream overrides it.
func (b *StreamBase) CanTimeout() bool { return false }

// Length is the default Stream.Length of a non-seekable stream.
func (b *StreamBase) Length() int64 { panic(errSeekNotSupported()) }

// Position is the default Stream.Position getter of a non-seekable stream.
func (b *StreamBase) Position() int64 { panic(errSeekNotSupported()) }

// SetPosition is the default Stream.Position setter of a non-seekable stream.
func (b *StreamBase) SetPosition(value int64) { panic(errSeekNotSupported()) }

// Seek is the default Stream.Seek of a non-seekable stream.
func (b *StreamBase) SeekTo(offset int64, origin SeekOrigin) int64 { panic(errSeekNotSupported()) }

// SetLength is the default Stream.SetLength of a stream that cannot grow or shrink.
func (b *StreamBase) SetLength(value int64) { panic(errSeekNotSupported()) }

// ReadTimeout is Stream.ReadTimeout's default getter: InvalidOperationException.
func (b *StreamBase) ReadTimeout() int32 { panic(errTimeoutsNotSupported()) }

// SetReadTimeout is Stream.ReadTimeout's default setter: InvalidOperationException.
func (b *StreamBase) SetReadTimeout(value int32) { panic(errTimeoutsNotSupported()) }

// WriteTimeout is Stream.WriteTimeout's default getter: InvalidOperationException.
func (b *StreamBase) WriteTimeout() int32 { panic(errTimeoutsNotSupported()) }

// SetWriteTimeout is Stream.WriteTimeout's default setter: InvalidOperationException.
func (b *StreamBase) SetWriteTimeout(value int32) { panic(errTimeoutsNotSupported()) }

// ReadByteOrEOF is Stream.ReadByte(): one Read of a single byte; -1 at end of stream.
func (b *StreamBase) ReadByteOrEOF() int32 {
	var one [1]byte
	if b.outer().Read(one[:], 0, 1) == 0 {
		return -1
	}
	return int32(one[0])
}

// WriteSingleByte is Stream.WriteByte(value): one Write of a single byte.
func (b *StreamBase) WriteSingleByte(value byte) {
	one := [1]byte{value}
	b.outer().Write(one[:], 0, 1)
}

// CopyTo is Stream.CopyTo(destination): it reads to the end of this stream
// in 81920-byte blocks and writes each block to destination.
func (b *StreamBase) CopyTo(destination Stream) {
	src := b.outer()
	validateCopyToArguments(src, destination)
	buf := make([]byte, copyBufferSize)
	for {
		n := src.Read(buf, 0, int32(len(buf)))
		if n == 0 {
			return
		}
		destination.Write(buf, 0, n)
	}
}

// CopyToBufferSize is Stream.CopyTo(destination, bufferSize).
func (b *StreamBase) CopyToBufferSize(destination Stream, bufferSize int32) {
	if bufferSize <= 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("bufferSize", "Positive number required."))
	}
	src := b.outer()
	validateCopyToArguments(src, destination)
	buf := make([]byte, bufferSize)
	for {
		n := src.Read(buf, 0, bufferSize)
		if n == 0 {
			return
		}
		destination.Write(buf, 0, n)
	}
}

// serialize queues op behind the stream's previous async operation, as the
// base Stream's async semaphore does, and returns a channel op closes when
// done.
func (b *StreamBase) serialize() (wait <-chan struct{}, done chan struct{}) {
	done = make(chan struct{})
	b.asyncMu.Lock()
	wait = b.lastAsync
	b.lastAsync = done
	b.asyncMu.Unlock()
	return wait, done
}

// ReadAsync is Stream.ReadAsync(buffer, offset, count): argument errors are
// thrown at the call, as .NET does; the read itself runs on another
// goroutine, after any async operation started earlier on this stream.
func (b *StreamBase) ReadAsync(buffer []byte, offset, count int32) *tasks.TaskOf[int32] {
	StreamValidateBufferArguments(buffer, offset, count)
	s := b.outer()
	wait, done := b.serialize()
	return tasks.RunOf(func() int32 {
		defer close(done)
		if wait != nil {
			<-wait
		}
		return s.Read(buffer, offset, count)
	})
}

// WriteAsync is Stream.WriteAsync(buffer, offset, count): argument errors are
// thrown at the call; the write runs on another goroutine, after any async
// operation started earlier on this stream, so unawaited writes keep their order.
func (b *StreamBase) WriteAsync(buffer []byte, offset, count int32) *tasks.Task {
	StreamValidateBufferArguments(buffer, offset, count)
	s := b.outer()
	wait, done := b.serialize()
	return tasks.Run(func() {
		defer close(done)
		if wait != nil {
			<-wait
		}
		s.Write(buffer, offset, count)
	})
}

// FlushAsync is Stream.FlushAsync(): Flush on another goroutine.
func (b *StreamBase) FlushAsync() *tasks.Task {
	s := b.outer()
	return tasks.Run(s.Flush)
}

// CopyToAsync is Stream.CopyToAsync(destination): CopyTo on another goroutine.
func (b *StreamBase) CopyToAsync(destination Stream) *tasks.Task {
	s := b.outer()
	validateCopyToArguments(s, destination)
	return tasks.Run(func() { s.CopyTo(destination) })
}

// DisposeAsync is Stream.DisposeAsync(): Dispose at the call, returned as a
// finished task (a faulted one if Dispose threw), as .NET's base does.
func (b *StreamBase) DisposeAsync() *tasks.Task {
	var ex system.Exception
	system.Try(b.outer().Dispose, system.Catch(func(e system.Exception) { ex = e }))
	if ex != nil {
		return tasks.FromException(ex)
	}
	return tasks.CompletedTask()
}

// StreamReadExactly is Stream.ReadExactly(buffer, offset, count) (.NET 7+;
// a package function because every stream shares it): it reads until count
// bytes arrived, or throws EndOfStreamException.
func StreamReadExactly(s Stream, buffer []byte, offset, count int32) {
	StreamValidateBufferArguments(buffer, offset, count)
	for count > 0 {
		n := s.Read(buffer, offset, count)
		if n == 0 {
			panic(NewEndOfStreamException("Unable to read beyond the end of the stream."))
		}
		offset += n
		count -= n
	}
}

// StreamReadAtLeast is Stream.ReadAtLeast(buffer, minimumBytes,
// throwOnEndOfStream) over the whole buffer: it reads until at least
// minimumBytes arrived and returns how many did.
func StreamReadAtLeast(s Stream, buffer []byte, minimumBytes int32, throwOnEndOfStream bool) int32 {
	if minimumBytes < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("minimumBytes", msgNeedNonNegNum))
	}
	if int(minimumBytes) > len(buffer) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("minimumBytes", "'minimumBytes' must be less than or equal to the length of 'buffer'."))
	}
	total := int32(0)
	for total < minimumBytes {
		n := s.Read(buffer, total, int32(len(buffer))-total)
		if n == 0 {
			if throwOnEndOfStream {
				panic(NewEndOfStreamException("Unable to read beyond the end of the stream."))
			}
			break
		}
		total += n
	}
	return total
}

// StreamValidateBufferArguments is Stream.ValidateBufferArguments(buffer,
// offset, count): the argument checks every Read/Write overload makes, with
// .NET's exceptions and messages. A nil slice is C#'s null array.
func StreamValidateBufferArguments(buffer []byte, offset, count int32) {
	if buffer == nil {
		panic(system.NewArgumentNullException("buffer"))
	}
	if offset < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("offset", msgNeedNonNegNum))
	}
	if count < 0 || int64(count) > int64(len(buffer))-int64(offset) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", msgInvalidOffLen))
	}
}

// validateCopyToArguments is .NET's Stream.ValidateCopyToArguments for the
// destination followed by base Stream.CopyTo's check that src can read.
func validateCopyToArguments(src, destination Stream) {
	validateCopyToDestination(destination)
	if !src.CanRead() {
		if src.CanWrite() {
			panic(errReadNotSupported())
		}
		panic(errStreamClosed(typeName(src)))
	}
}

// validateCopyToDestination is Stream.ValidateCopyToArguments(destination, bufferSize).
func validateCopyToDestination(destination Stream) {
	if isNilStream(destination) {
		panic(system.NewArgumentNullException("destination"))
	}
	if !destination.CanWrite() {
		if destination.CanRead() {
			panic(errWriteNotSupported())
		}
		panic(errStreamClosed(typeName(destination)))
	}
}

func isNilStream(s Stream) bool {
	if s == nil {
		return true
	}
	v := reflect.ValueOf(s)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// typeName is the .NET class name of a stream value (its Go struct name),
// which .NET puts into ObjectDisposedException's "Object name" line.
func typeName(x any) string {
	t := reflect.TypeOf(x)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return ""
	}
	return t.Name()
}

// .NET resource texts shared by the streams.
const (
	msgNeedNonNegNum   = "Non-negative number required."
	msgInvalidOffLen   = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."
	msgStreamClosed    = "Cannot access a closed Stream."
	msgReadNotSupport  = "Stream does not support reading."
	msgWriteNotSupport = "Stream does not support writing."
	msgSeekNotSupport  = "Stream does not support seeking."
	msgTimeoutsNotSup  = "Timeouts are not supported on this stream."
)

func errReadNotSupported() system.Exception {
	return system.NewNotSupportedException(msgReadNotSupport)
}

func errWriteNotSupported() system.Exception {
	return system.NewNotSupportedException(msgWriteNotSupport)
}

func errSeekNotSupported() system.Exception {
	return system.NewNotSupportedException(msgSeekNotSupport)
}

func errTimeoutsNotSupported() system.Exception {
	return system.NewInvalidOperationException(msgTimeoutsNotSup)
}

// errStreamClosed is ThrowHelper.ThrowObjectDisposedException_StreamClosed:
// "Cannot access a closed Stream.", naming the stream's class when .NET
// does (CopyTo) and not when it passes null (MemoryStream's own checks).
func errStreamClosed(objectName string) system.Exception {
	return system.NewObjectDisposedExceptionMessage(objectName, msgStreamClosed)
}

// nullStream is Stream.Null's class: readable, writable and seekable, always
// empty; writes vanish.
type nullStream struct{ StreamBase }

var theNullStream = func() *nullStream {
	s := &nullStream{}
	s.InitStreamBase(s)
	return s
}()

// StreamNull is Stream.Null: the one shared empty stream.
func StreamNull() Stream { return theNullStream }

// CanRead is NullStream.CanRead: true.
func (s *nullStream) CanRead() bool { return true }

// CanWrite is NullStream.CanWrite: true.
func (s *nullStream) CanWrite() bool { return true }

// CanSeek is NullStream.CanSeek: true.
func (s *nullStream) CanSeek() bool { return true }

// Length is NullStream.Length: always 0.
func (s *nullStream) Length() int64 { return 0 }

// Position is NullStream.Position: always 0.
func (s *nullStream) Position() int64 { return 0 }

// SetPosition ignores the value, as NullStream does.
func (s *nullStream) SetPosition(value int64) {}

// Seek is NullStream.Seek: always 0.
func (s *nullStream) SeekTo(offset int64, origin SeekOrigin) int64 { return 0 }

// SetLength ignores the value, as NullStream does.
func (s *nullStream) SetLength(value int64) {}

// Read is NullStream.Read: nothing to read.
func (s *nullStream) Read(buffer []byte, offset, count int32) int32 {
	StreamValidateBufferArguments(buffer, offset, count)
	return 0
}

// Write is NullStream.Write: the bytes vanish.
func (s *nullStream) Write(buffer []byte, offset, count int32) {
	StreamValidateBufferArguments(buffer, offset, count)
}

// ReadByteOrEOF is NullStream.ReadByte: always -1.
func (s *nullStream) ReadByteOrEOF() int32 { return -1 }

// WriteSingleByte is NullStream.WriteByte: the byte vanishes.
func (s *nullStream) WriteSingleByte(value byte) {}

// CopyTo is NullStream.CopyTo: nothing to copy.
func (s *nullStream) CopyTo(destination Stream) {
	validateCopyToArguments(s, destination)
}
