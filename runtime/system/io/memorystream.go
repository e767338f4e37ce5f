// System.IO.MemoryStream: a stream over a growable (or caller-supplied,
// fixed-size) byte array.

package io

import "github.com/cs2go/cs2go/runtime/system"

// MemoryStream is System.IO.MemoryStream.
type MemoryStream struct {
	StreamBase
	buf        []byte // len(buf) is the capacity; bytes past length are zero
	origin     int    // start of the stream inside buf (the index constructor argument)
	position   int    // absolute index into buf
	length     int    // absolute end of the data in buf
	expandable bool
	writable   bool
	exposable  bool // GetBuffer allowed
	isOpen     bool
}

const memStreamMaxLength = 0x7FFFFFFF

func newMemoryStream(buf []byte, origin, length int, expandable, writable, exposable bool) *MemoryStream {
	m := &MemoryStream{buf: buf, origin: origin, position: origin, length: length,
		expandable: expandable, writable: writable, exposable: exposable, isOpen: true}
	m.InitStreamBase(m)
	return m
}

// NewMemoryStream is `new MemoryStream()`: empty, expandable, writable.
func NewMemoryStream() *MemoryStream {
	return newMemoryStream(nil, 0, 0, true, true, true)
}

// NewMemoryStreamCapacity is `new MemoryStream(int capacity)`.
func NewMemoryStreamCapacity(capacity int32) *MemoryStream {
	if capacity < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("capacity", "Capacity must be positive."))
	}
	return newMemoryStream(make([]byte, capacity), 0, 0, true, true, true)
}

// NewMemoryStreamBytes is `new MemoryStream(byte[] buffer)`: a writable,
// fixed-size stream over buffer itself (writes change the caller's array);
// GetBuffer is refused as in .NET.
func NewMemoryStreamBytes(buffer []byte) *MemoryStream {
	return NewMemoryStreamBytesWritable(buffer, true)
}

// NewMemoryStreamBytesWritable is `new MemoryStream(byte[] buffer, bool writable)`.
func NewMemoryStreamBytesWritable(buffer []byte, writable bool) *MemoryStream {
	if buffer == nil {
		panic(system.NewArgumentNullException("buffer"))
	}
	return newMemoryStream(buffer, 0, len(buffer), false, writable, false)
}

// NewMemoryStreamRange is `new MemoryStream(byte[] buffer, int index, int
// count, bool writable = true, bool publiclyVisible = false)`.
func NewMemoryStreamRange(buffer []byte, index, count int32, writable, publiclyVisible bool) *MemoryStream {
	if buffer == nil {
		panic(system.NewArgumentNullException("buffer"))
	}
	if index < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index", msgNeedNonNegNum))
	}
	if count < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", msgNeedNonNegNum))
	}
	if len(buffer)-int(index) < int(count) {
		panic(system.NewArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."))
	}
	return newMemoryStream(buffer[:int(index)+int(count)], int(index), int(index)+int(count), false, writable, publiclyVisible)
}

func (m *MemoryStream) ensureNotClosed() {
	if !m.isOpen {
		panic(errStreamClosed(""))
	}
}

func (m *MemoryStream) ensureWriteable() {
	if !m.writable {
		panic(errWriteNotSupported())
	}
}

// CanRead is MemoryStream.CanRead: true until closed.
func (m *MemoryStream) CanRead() bool { return m.isOpen }

// CanSeek is MemoryStream.CanSeek: true until closed.
func (m *MemoryStream) CanSeek() bool { return m.isOpen }

// CanWrite is MemoryStream.CanWrite.
func (m *MemoryStream) CanWrite() bool { return m.writable }

// Dispose is MemoryStream.Dispose(): the stream closes, but its bytes stay
// available to ToArray and GetBuffer, as in .NET.
func (m *MemoryStream) Dispose() {
	m.isOpen = false
	m.writable = false
	m.expandable = false
}

// Flush is MemoryStream.Flush(): nothing to do.
func (m *MemoryStream) Flush() {}

// Capacity is the MemoryStream.Capacity getter.
func (m *MemoryStream) Capacity() int32 {
	m.ensureNotClosed()
	return int32(len(m.buf) - m.origin)
}

// SetCapacity is the MemoryStream.Capacity setter.
func (m *MemoryStream) SetCapacity(value int32) {
	if int(value) < m.length-m.origin {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "capacity was less than the current size."))
	}
	m.ensureNotClosed()
	if !m.expandable && int(value) != len(m.buf)-m.origin {
		panic(system.NewNotSupportedException("Memory stream is not expandable."))
	}
	if m.expandable && int(value) != len(m.buf) {
		nb := make([]byte, value)
		copy(nb, m.buf[:m.length])
		m.buf = nb
	}
}

// ensureCapacity grows the buffer as .NET does: to the larger of the
// request, 256 bytes and twice the old capacity.
func (m *MemoryStream) ensureCapacity(value int) bool {
	if value > len(m.buf) {
		newCap := max(value, 256)
		if newCap < len(m.buf)*2 {
			newCap = len(m.buf) * 2
		}
		if newCap > memStreamMaxLength {
			newCap = max(value, memStreamMaxLength)
		}
		m.SetCapacity(int32(newCap))
		return true
	}
	return false
}

// Length is MemoryStream.Length.
func (m *MemoryStream) Length() int64 {
	m.ensureNotClosed()
	return int64(m.length - m.origin)
}

// Position is the MemoryStream.Position getter.
func (m *MemoryStream) Position() int64 {
	m.ensureNotClosed()
	return int64(m.position - m.origin)
}

// SetPosition is the MemoryStream.Position setter; positions past the end
// are allowed (a later write zero-fills the gap).
func (m *MemoryStream) SetPosition(value int64) {
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgNeedNonNegNum))
	}
	m.ensureNotClosed()
	if value > memStreamMaxLength-int64(m.origin) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "Stream length must be non-negative and less than 2^31 - 1 - origin."))
	}
	m.position = m.origin + int(value)
}

// SeekTo is MemoryStream.Seek(offset, loc).
func (m *MemoryStream) SeekTo(offset int64, loc SeekOrigin) int64 {
	m.ensureNotClosed()
	if offset > memStreamMaxLength {
		panic(system.NewArgumentOutOfRangeExceptionMessage("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin."))
	}
	var base int64
	switch loc {
	case SeekOriginBegin:
		base = int64(m.origin)
	case SeekOriginCurrent:
		base = int64(m.position)
	case SeekOriginEnd:
		base = int64(m.length)
	default:
		panic(system.NewArgumentException("Invalid seek origin."))
	}
	p := base + offset
	if p < int64(m.origin) {
		panic(NewIOException("An attempt was made to move the position before the beginning of the stream."))
	}
	if p > memStreamMaxLength {
		panic(system.NewArgumentOutOfRangeExceptionMessage("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin."))
	}
	m.position = int(p)
	return p - int64(m.origin)
}

// SetLength is MemoryStream.SetLength(value).
func (m *MemoryStream) SetLength(value int64) {
	if value < 0 || value > memStreamMaxLength {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "Stream length must be non-negative and less than 2^31 - 1 - origin."))
	}
	m.ensureNotClosed()
	m.ensureWriteable()
	if value > int64(memStreamMaxLength-m.origin) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", "Stream length must be non-negative and less than 2^31 - 1 - origin."))
	}
	newLength := m.origin + int(value)
	if !m.ensureCapacity(newLength) && newLength > m.length {
		clear(m.buf[m.length:newLength])
	}
	if newLength > len(m.buf) {
		panic(system.NewNotSupportedException("Memory stream is not expandable."))
	}
	m.length = newLength
	if m.position > newLength {
		m.position = newLength
	}
}

// Read is MemoryStream.Read(buffer, offset, count).
func (m *MemoryStream) Read(buffer []byte, offset, count int32) int32 {
	StreamValidateBufferArguments(buffer, offset, count)
	m.ensureNotClosed()
	n := m.length - m.position
	if n > int(count) {
		n = int(count)
	}
	if n <= 0 {
		return 0
	}
	copy(buffer[offset:], m.buf[m.position:m.position+n])
	m.position += n
	return int32(n)
}

// ReadByteOrEOF is MemoryStream.ReadByte().
func (m *MemoryStream) ReadByteOrEOF() int32 {
	m.ensureNotClosed()
	if m.position >= m.length {
		return -1
	}
	b := m.buf[m.position]
	m.position++
	return int32(b)
}

// Write is MemoryStream.Write(buffer, offset, count).
func (m *MemoryStream) Write(buffer []byte, offset, count int32) {
	StreamValidateBufferArguments(buffer, offset, count)
	m.ensureNotClosed()
	m.ensureWriteable()
	end := m.position + int(count)
	if end < 0 {
		panic(NewIOException("Stream was too long."))
	}
	m.grow(end)
	copy(m.buf[m.position:], buffer[offset:offset+count])
	m.position = end
}

// grow makes room for data up to end, zero-filling any gap between the
// old length and the position, and moves the length.
func (m *MemoryStream) grow(end int) {
	if end > m.length {
		mustZero := m.position > m.length
		if end > len(m.buf) {
			if !m.expandable {
				panic(system.NewNotSupportedException("Memory stream is not expandable."))
			}
			if m.ensureCapacity(end) {
				mustZero = false
			}
		}
		if mustZero {
			clear(m.buf[m.length:m.position])
		}
		m.length = end
	}
}

// WriteSingleByte is MemoryStream.WriteByte(value).
func (m *MemoryStream) WriteSingleByte(value byte) {
	m.ensureNotClosed()
	m.ensureWriteable()
	m.grow(m.position + 1)
	m.buf[m.position] = value
	m.position++
}

// CopyTo is MemoryStream.CopyTo(destination): the unread bytes in one Write.
func (m *MemoryStream) CopyTo(destination Stream) {
	validateCopyToDestination(destination)
	m.ensureNotClosed()
	if m.length > m.position {
		start := m.position
		m.position = m.length
		destination.Write(m.buf[start:m.length], 0, int32(m.length-start))
	}
}

// CopyToBufferSize is MemoryStream.CopyTo(destination, bufferSize): the
// size is checked but, as in .NET, the unread bytes go in one Write.
func (m *MemoryStream) CopyToBufferSize(destination Stream, bufferSize int32) {
	if bufferSize <= 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("bufferSize", "Positive number required."))
	}
	m.CopyTo(destination)
}

// WriteTo is MemoryStream.WriteTo(stream): the whole content, position unchanged.
func (m *MemoryStream) WriteTo(stream Stream) {
	if isNilStream(stream) {
		panic(system.NewArgumentNullException("stream"))
	}
	m.ensureNotClosed()
	stream.Write(m.buf[m.origin:m.length], 0, int32(m.length-m.origin))
}

// ToArray is MemoryStream.ToArray(): a copy of the content, also after Close.
func (m *MemoryStream) ToArray() []byte {
	return append([]byte{}, m.buf[m.origin:m.length]...)
}

// GetBuffer is MemoryStream.GetBuffer(): the underlying array, capacity
// included; streams made over a caller's array refuse it as .NET does.
func (m *MemoryStream) GetBuffer() []byte {
	if !m.exposable {
		panic(system.NewUnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed."))
	}
	if m.buf == nil {
		return []byte{}
	}
	return m.buf
}
