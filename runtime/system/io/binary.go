// System.IO.BinaryWriter and BinaryReader: little-endian primitives and
// 7-bit-length-prefixed strings over a Stream, as .NET lays them out.

package io

import (
	"encoding/binary"
	"math"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
)

// BinaryWriter is System.IO.BinaryWriter.
type BinaryWriter struct {
	stream    Stream
	encoding  *text.Encoding
	leaveOpen bool
	closed    bool
}

// NewBinaryWriter is `new BinaryWriter(output)`: strings and chars in UTF-8.
func NewBinaryWriter(output Stream) *BinaryWriter {
	return NewBinaryWriterEncoding(output, text.EncodingDefault(), false)
}

// NewBinaryWriterEncoding is `new BinaryWriter(output, encoding, leaveOpen)`.
func NewBinaryWriterEncoding(output Stream, encoding *text.Encoding, leaveOpen bool) *BinaryWriter {
	if isNilStream(output) {
		panic(system.NewArgumentNullException("output"))
	}
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	if !output.CanWrite() {
		panic(system.NewArgumentException("Stream was not writable."))
	}
	return &BinaryWriter{stream: output, encoding: encoding, leaveOpen: leaveOpen}
}

// BaseStream is BinaryWriter.BaseStream (flushed first, as .NET does).
func (w *BinaryWriter) BaseStream() Stream {
	w.Flush()
	return w.stream
}

func (w *BinaryWriter) raw(b []byte) {
	if w.closed {
		panic(system.NewObjectDisposedExceptionMessage("", "Cannot access a closed file."))
	}
	w.stream.Write(b, 0, int32(len(b)))
}

// Write is BinaryWriter.Write for every overload, chosen by the Go type of
// value as C# chooses by the static type: bool (1 byte), byte/int8 (1),
// int16/uint16 (2), int32/uint32/float32 (4), int64/uint64/float64 (8),
// little-endian; system.Char and []system.Char in the writer's encoding;
// []byte as is; string with a 7-bit-encoded byte-length prefix.
func (w *BinaryWriter) Write(value any) {
	var b []byte
	switch v := value.(type) {
	case bool:
		if v {
			b = []byte{1}
		} else {
			b = []byte{0}
		}
	case uint8:
		b = []byte{v}
	case int8:
		b = []byte{byte(v)}
	case int16:
		b = binary.LittleEndian.AppendUint16(nil, uint16(v))
	case uint16:
		b = binary.LittleEndian.AppendUint16(nil, v)
	case int32:
		b = binary.LittleEndian.AppendUint32(nil, uint32(v))
	case uint32:
		b = binary.LittleEndian.AppendUint32(nil, v)
	case int64:
		b = binary.LittleEndian.AppendUint64(nil, uint64(v))
	case uint64:
		b = binary.LittleEndian.AppendUint64(nil, v)
	case float32:
		b = binary.LittleEndian.AppendUint32(nil, math.Float32bits(v))
	case float64:
		b = binary.LittleEndian.AppendUint64(nil, math.Float64bits(v))
	case system.Char:
		b = w.encoding.GetBytesChars([]system.Char{v})
	case []system.Char:
		b = w.encoding.GetBytesChars(v)
	case []byte:
		if v == nil {
			panic(system.NewArgumentNullException("buffer"))
		}
		b = v
	case string:
		s := w.encoding.GetBytes(v)
		b = append(append7Bit(nil, uint32(len(s))), s...)
	default:
		panic(system.NewArgumentException("BinaryWriter cannot write a value of this type."))
	}
	w.raw(b)
}

// WriteBytesRange is BinaryWriter.Write(byte[] buffer, int index, int count).
func (w *BinaryWriter) WriteBytesRange(buffer []byte, index, count int32) {
	StreamValidateBufferArguments(buffer, index, count)
	w.raw(buffer[index : index+count])
}

// Write7BitEncodedInt is BinaryWriter.Write7BitEncodedInt(value).
func (w *BinaryWriter) Write7BitEncodedInt(value int32) {
	w.raw(append7Bit(nil, uint32(value)))
}

func append7Bit(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v|0x80))
		v >>= 7
	}
	return append(b, byte(v))
}

// SeekTo is BinaryWriter.Seek(offset, origin) (renamed: go vet reserves Seek for io.Seeker).
func (w *BinaryWriter) SeekTo(offset int32, origin SeekOrigin) int64 {
	return w.stream.SeekTo(int64(offset), origin)
}

// Flush is BinaryWriter.Flush().
func (w *BinaryWriter) Flush() { w.stream.Flush() }

// Close is BinaryWriter.Close().
func (w *BinaryWriter) Close() { w.Dispose() }

// Dispose is BinaryWriter.Dispose(): the stream is flushed, then closed
// unless leaveOpen.
func (w *BinaryWriter) Dispose() {
	if w.closed {
		return
	}
	w.closed = true
	if w.leaveOpen {
		w.stream.Flush()
	} else {
		w.stream.Close()
	}
}

// BinaryReader is System.IO.BinaryReader.
type BinaryReader struct {
	stream    Stream
	encoding  *text.Encoding
	leaveOpen bool
	closed    bool
}

// NewBinaryReader is `new BinaryReader(input)`: UTF-8 for chars and strings.
func NewBinaryReader(input Stream) *BinaryReader {
	return NewBinaryReaderEncoding(input, text.EncodingDefault(), false)
}

// NewBinaryReaderEncoding is `new BinaryReader(input, encoding, leaveOpen)`.
func NewBinaryReaderEncoding(input Stream, encoding *text.Encoding, leaveOpen bool) *BinaryReader {
	if isNilStream(input) {
		panic(system.NewArgumentNullException("input"))
	}
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	if !input.CanRead() {
		panic(system.NewArgumentException("Stream was not readable."))
	}
	return &BinaryReader{stream: input, encoding: encoding, leaveOpen: leaveOpen}
}

// BaseStream is BinaryReader.BaseStream.
func (r *BinaryReader) BaseStream() Stream { return r.stream }

func (r *BinaryReader) ensureOpen() {
	if r.closed {
		panic(system.NewObjectDisposedExceptionMessage("", "Cannot access a closed file."))
	}
}

func errEndOfStream() system.Exception {
	return NewEndOfStreamException("Unable to read beyond the end of the stream.")
}

// fill reads exactly n bytes or throws EndOfStreamException.
func (r *BinaryReader) fill(n int) []byte {
	r.ensureOpen()
	b := make([]byte, n)
	for got := 0; got < n; {
		k := r.stream.Read(b, int32(got), int32(n-got))
		if k == 0 {
			panic(errEndOfStream())
		}
		got += int(k)
	}
	return b
}

// ReadSingleByte is BinaryReader.ReadByte() (renamed: go vet reserves ReadByte for io.ByteReader).
func (r *BinaryReader) ReadSingleByte() byte { return r.fill(1)[0] }

// ReadSByte is BinaryReader.ReadSByte().
func (r *BinaryReader) ReadSByte() int8 { return int8(r.fill(1)[0]) }

// ReadBoolean is BinaryReader.ReadBoolean(): any non-zero byte is true.
func (r *BinaryReader) ReadBoolean() bool { return r.fill(1)[0] != 0 }

// ReadInt16 is BinaryReader.ReadInt16().
func (r *BinaryReader) ReadInt16() int16 { return int16(binary.LittleEndian.Uint16(r.fill(2))) }

// ReadUInt16 is BinaryReader.ReadUInt16().
func (r *BinaryReader) ReadUInt16() uint16 { return binary.LittleEndian.Uint16(r.fill(2)) }

// ReadInt32 is BinaryReader.ReadInt32().
func (r *BinaryReader) ReadInt32() int32 { return int32(binary.LittleEndian.Uint32(r.fill(4))) }

// ReadUInt32 is BinaryReader.ReadUInt32().
func (r *BinaryReader) ReadUInt32() uint32 { return binary.LittleEndian.Uint32(r.fill(4)) }

// ReadInt64 is BinaryReader.ReadInt64().
func (r *BinaryReader) ReadInt64() int64 { return int64(binary.LittleEndian.Uint64(r.fill(8))) }

// ReadUInt64 is BinaryReader.ReadUInt64().
func (r *BinaryReader) ReadUInt64() uint64 { return binary.LittleEndian.Uint64(r.fill(8)) }

// ReadSingle is BinaryReader.ReadSingle().
func (r *BinaryReader) ReadSingle() float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(r.fill(4)))
}

// ReadDouble is BinaryReader.ReadDouble().
func (r *BinaryReader) ReadDouble() float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(r.fill(8)))
}

// ReadBytes is BinaryReader.ReadBytes(count): fewer bytes (no exception)
// when the stream ends first.
func (r *BinaryReader) ReadBytes(count int32) []byte {
	if count < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("count", msgNeedNonNegNum))
	}
	r.ensureOpen()
	b := make([]byte, count)
	got := int32(0)
	for got < count {
		k := r.stream.Read(b, got, count-got)
		if k == 0 {
			break
		}
		got += k
	}
	return b[:got]
}

// Read7BitEncodedInt is BinaryReader.Read7BitEncodedInt().
func (r *BinaryReader) Read7BitEncodedInt() int32 {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		b := r.ReadSingleByte()
		if shift == 28 && b > 0x0F {
			break
		}
		v |= uint32(b&0x7F) << shift
		if b < 0x80 {
			return int32(v)
		}
	}
	panic(system.NewFormatException("Too many bytes in what should have been a 7-bit encoded integer."))
}

// ReadString is BinaryReader.ReadString(): a 7-bit-encoded byte length,
// then that many bytes in the reader's encoding.
func (r *BinaryReader) ReadString() string {
	n := r.Read7BitEncodedInt()
	if n < 0 {
		panic(NewIOException("BinaryReader encountered an invalid string length of " + system.ObjectToString(n) + " characters."))
	}
	return r.encoding.GetString(r.fill(int(n)))
}

// ReadChar is BinaryReader.ReadChar(): one UTF-16 character in the
// reader's encoding.
func (r *BinaryReader) ReadChar() system.Char {
	c := r.Read()
	if c < 0 {
		panic(errEndOfStream())
	}
	return system.Char(c)
}

// Read is BinaryReader.Read(): the next character, or -1 at the end. A
// character outside the BMP yields its high surrogate (the low one is lost,
// as .NET can return only one char).
func (r *BinaryReader) Read() int32 {
	r.ensureOpen()
	d := r.encoding.GetDecoder()
	for {
		var one [1]byte
		if r.stream.Read(one[:], 0, 1) == 0 {
			if u := d.DecodeUnits(nil, true); len(u) > 0 {
				return int32(u[0])
			}
			return -1
		}
		if u := d.DecodeUnits(one[:], false); len(u) > 0 {
			return int32(u[0])
		}
	}
}

// Close is BinaryReader.Close().
func (r *BinaryReader) Close() { r.Dispose() }

// Dispose is BinaryReader.Dispose(): the stream is closed unless leaveOpen.
func (r *BinaryReader) Dispose() {
	if r.closed {
		return
	}
	r.closed = true
	if !r.leaveOpen {
		r.stream.Close()
	}
}
