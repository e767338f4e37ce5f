// System.IO.StreamReader: decoded text from a Stream, with .NET's
// byte-order-mark detection, line splitting and buffering.

package io

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
	"github.com/cs2go/cs2go/runtime/system/threading/tasks"
)

// streamReaderBufferSize is .NET's StreamReader.DefaultBufferSize (bytes per
// Read on the underlying stream); 128 is its minimum.
const (
	streamReaderBufferSize    = 1024
	streamReaderMinBufferSize = 128
)

// StreamReader is System.IO.StreamReader.
//
// ReadLine returns "" at the end of the stream where .NET returns null;
// ReadLineOK tells the two apart, so the translator lowers
//
//	while ((line = reader.ReadLine()) != null) { ... }
//
// to
//
//	for line, ok := reader.ReadLineOK(); ok; line, ok = reader.ReadLineOK() { ... }
//
// and `reader.ReadLine() == null` to `!ok`. Likewise ReadLineOKAsync for
// ReadLineAsync. A StreamReader is not safe for concurrent use, as in .NET.
type StreamReader struct {
	stream    Stream
	encoding  *text.Encoding
	decoder   *text.Decoder
	leaveOpen bool
	closed    bool

	byteBuf       []byte
	chars         []uint16 // decoded, not yet consumed
	pos           int
	eof           bool
	detect        bool // .NET's _detectEncoding
	checkPreamble bool // .NET's _checkPreamble
	isBlocked     bool // .NET's _isBlocked: the last Read returned less than asked
	pending       []byte
}

// LineResult is a ReadLineOKAsync result: Line, and OK false where .NET's
// ReadLineAsync returns null.
type LineResult struct {
	Line string
	OK   bool
}

// NewStreamReader is `new StreamReader(stream)`: UTF-8 with byte-order-mark
// detection.
func NewStreamReader(stream Stream) *StreamReader {
	return NewStreamReaderFull(stream, text.EncodingUTF8(), true, -1, false)
}

// NewStreamReaderDetect is `new StreamReader(stream, detectEncodingFromByteOrderMarks)`.
func NewStreamReaderDetect(stream Stream, detectEncodingFromByteOrderMarks bool) *StreamReader {
	return NewStreamReaderFull(stream, text.EncodingUTF8(), detectEncodingFromByteOrderMarks, -1, false)
}

// NewStreamReaderEncoding is `new StreamReader(stream, encoding)` (byte-order
// marks are still detected, as the .NET overload does).
func NewStreamReaderEncoding(stream Stream, encoding *text.Encoding) *StreamReader {
	return NewStreamReaderFull(stream, encoding, true, -1, false)
}

// NewStreamReaderFull is `new StreamReader(stream, encoding,
// detectEncodingFromByteOrderMarks, bufferSize, leaveOpen)`; bufferSize -1
// is the default.
func NewStreamReaderFull(stream Stream, encoding *text.Encoding, detectEncodingFromByteOrderMarks bool, bufferSize int32, leaveOpen bool) *StreamReader {
	if isNilStream(stream) {
		panic(system.NewArgumentNullException("stream"))
	}
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	if !stream.CanRead() {
		panic(system.NewArgumentException("Stream was not readable."))
	}
	if bufferSize == -1 {
		bufferSize = streamReaderBufferSize
	} else if bufferSize <= 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("bufferSize", "Positive number required."))
	}
	bufferSize = max(bufferSize, streamReaderMinBufferSize)
	return &StreamReader{
		stream:        stream,
		encoding:      encoding,
		decoder:       encoding.GetDecoder(),
		leaveOpen:     leaveOpen,
		byteBuf:       make([]byte, bufferSize),
		detect:        detectEncodingFromByteOrderMarks,
		checkPreamble: len(encoding.GetPreamble()) > 0,
	}
}

// NewStreamReaderPath is `new StreamReader(path)`: the file opened for
// reading, UTF-8 with byte-order-mark detection.
func NewStreamReaderPath(path string) *StreamReader {
	return NewStreamReaderPathEncoding(path, text.EncodingUTF8())
}

// NewStreamReaderPathEncoding is `new StreamReader(path, encoding)`.
func NewStreamReaderPathEncoding(path string, encoding *text.Encoding) *StreamReader {
	checkPathArg(path, "path")
	return NewStreamReaderFull(NewFileStreamShare(path, FileModeOpen, FileAccessRead, FileShareRead), encoding, true, -1, false)
}

func (r *StreamReader) ensureOpen() {
	if r.closed {
		panic(system.NewObjectDisposedExceptionMessage("StreamReader", "Cannot read from a closed TextReader."))
	}
}

// CurrentEncoding is StreamReader.CurrentEncoding: the constructor's
// encoding until a byte-order mark read so far changed it.
func (r *StreamReader) CurrentEncoding() *text.Encoding { return r.encoding }

// BaseStream is StreamReader.BaseStream (nil once closed).
func (r *StreamReader) BaseStream() Stream {
	if r.closed {
		return nil
	}
	return r.stream
}

// Close is StreamReader.Close(): it closes the stream unless leaveOpen.
func (r *StreamReader) Close() { r.Dispose() }

// Dispose is StreamReader.Dispose().
func (r *StreamReader) Dispose() {
	if r.closed {
		return
	}
	r.closed = true
	if !r.leaveOpen {
		r.stream.Close()
	}
	r.chars, r.pos = nil, 0
}

// DiscardBufferedData is StreamReader.DiscardBufferedData().
func (r *StreamReader) DiscardBufferedData() {
	r.chars, r.pos, r.pending = nil, 0, nil
	r.decoder = r.encoding.GetDecoder()
}

// fill decodes more characters into the buffer; false at end of stream.
// It follows .NET's ReadBuffer: the preamble of the given encoding is
// skipped, then (once) a byte-order mark may switch the encoding.
func (r *StreamReader) fill() bool {
	if r.pos >= len(r.chars) {
		r.chars, r.pos = r.chars[:0], 0
	}
	for !r.eof {
		n := r.stream.Read(r.byteBuf, 0, int32(len(r.byteBuf)))
		r.isBlocked = int(n) < len(r.byteBuf)
		if n == 0 {
			r.eof = true
			break
		}
		data := append(r.pending, r.byteBuf[:n]...)
		r.pending = nil
		if r.checkPreamble {
			pre := r.encoding.GetPreamble()
			k := min(len(data), len(pre))
			if string(data[:k]) != string(pre[:k]) {
				r.checkPreamble = false
			} else if k < len(pre) {
				r.pending = data // a partial preamble: decide on more bytes
				continue
			} else {
				data = data[len(pre):]
				r.checkPreamble = false
				r.detect = false
			}
		}
		if r.detect {
			if len(data) < 2 {
				r.pending = data
				continue
			}
			data = r.detectEncoding(data)
		}
		before := len(r.chars)
		r.chars = append(r.chars, r.decoder.DecodeUnits(data, false)...)
		if len(r.chars) > before {
			return true
		}
	}
	// End of stream: pending bytes (a short preamble prefix) and any
	// partial sequence in the decoder come out as text.
	before := len(r.chars)
	rest := r.pending
	r.pending = nil
	r.chars = append(r.chars, r.decoder.DecodeUnits(rest, true)...)
	return len(r.chars) > before
}

// detectEncoding is .NET's StreamReader.DetectEncoding over the first bytes.
func (r *StreamReader) detectEncoding(data []byte) []byte {
	r.detect = false
	switch {
	case data[0] == 0xFE && data[1] == 0xFF:
		r.setEncoding(text.EncodingBigEndianUnicode())
		return data[2:]
	case data[0] == 0xFF && data[1] == 0xFE:
		if len(data) < 4 || data[2] != 0 || data[3] != 0 {
			r.setEncoding(text.EncodingUnicode())
			return data[2:]
		}
		r.setEncoding(text.EncodingUTF32())
		return data[4:]
	case len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF:
		r.setEncoding(text.EncodingUTF8())
		return data[3:]
	case len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF:
		r.setEncoding(text.NewUTF32Encoding(true, true))
		return data[4:]
	case len(data) == 2:
		r.detect = true // too short to tell; .NET looks again on the next read
	}
	return data
}

func (r *StreamReader) setEncoding(e *text.Encoding) {
	r.encoding = e
	r.decoder = e.GetDecoder()
}

// EndOfStream is StreamReader.EndOfStream: true when no character is left
// (it may block reading the stream to find out).
func (r *StreamReader) EndOfStream() bool {
	r.ensureOpen()
	if r.pos < len(r.chars) {
		return false
	}
	return !r.fill()
}

// Peek is StreamReader.Peek(): the next character without consuming it,
// or -1 at the end. Like .NET's, it also returns -1 without reading when
// the buffer is empty and the stream's last read came back short (data
// may still arrive on a network stream, so `while (r.Peek() >= 0)` can
// stop early there, as it does under .NET).
func (r *StreamReader) Peek() int32 {
	r.ensureOpen()
	if r.pos >= len(r.chars) && (r.isBlocked || !r.fill()) {
		return -1
	}
	return int32(r.chars[r.pos])
}

// Read is StreamReader.Read(): the next UTF-16 character, or -1 at the end.
func (r *StreamReader) Read() int32 {
	r.ensureOpen()
	if r.pos >= len(r.chars) && !r.fill() {
		return -1
	}
	c := r.chars[r.pos]
	r.pos++
	return int32(c)
}

// ReadChars is StreamReader.Read(char[] buffer, int index, int count): up
// to count characters, 0 at the end. As in .NET it keeps reading the
// stream until count is reached, the stream ends, or a read comes back
// short (so a network stream returns what has arrived).
func (r *StreamReader) ReadChars(buffer []system.Char, index, count int32) int32 {
	checkCharBuffer(buffer, index, count)
	r.ensureOpen()
	total := 0
	for total < int(count) {
		if r.pos >= len(r.chars) && !r.fill() {
			break
		}
		n := min(int(count)-total, len(r.chars)-r.pos)
		for i := range n {
			buffer[int(index)+total+i] = system.Char(r.chars[r.pos+i])
		}
		r.pos += n
		total += n
		if r.isBlocked {
			break
		}
	}
	return int32(total)
}

// ReadBlock is StreamReader.ReadBlock(char[] buffer, int index, int count):
// it reads until count characters arrived or the stream ended.
func (r *StreamReader) ReadBlock(buffer []system.Char, index, count int32) int32 {
	checkCharBuffer(buffer, index, count)
	total := int32(0)
	for total < count {
		n := r.ReadChars(buffer, index+total, count-total)
		if n == 0 {
			break
		}
		total += n
	}
	return total
}

func checkCharBuffer(buffer []system.Char, index, count int32) {
	if buffer == nil {
		panic(system.NewArgumentNullExceptionMessage("buffer", "Buffer cannot be null."))
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
}

// ReadLine is StreamReader.ReadLine(): the next line without its "\n",
// "\r" or "\r\n" terminator; "" at the end of the stream (see ReadLineOK).
func (r *StreamReader) ReadLine() string {
	s, _ := r.ReadLineOK()
	return s
}

// ReadLineOK is ReadLine with .NET's null made explicit: ok is false at the
// end of the stream.
func (r *StreamReader) ReadLineOK() (line string, ok bool) {
	r.ensureOpen()
	if r.pos >= len(r.chars) && !r.fill() {
		return "", false
	}
	var acc []uint16
	for {
		for i := r.pos; i < len(r.chars); i++ {
			c := r.chars[i]
			if c == '\r' || c == '\n' {
				acc = append(acc, r.chars[r.pos:i]...)
				r.pos = i + 1
				if c == '\r' && (r.pos < len(r.chars) || r.fill()) && r.chars[r.pos] == '\n' {
					r.pos++
				}
				return text.UTF16ToString(acc), true
			}
		}
		acc = append(acc, r.chars[r.pos:]...)
		r.pos = len(r.chars)
		if !r.fill() {
			return text.UTF16ToString(acc), true
		}
	}
}

// ReadToEnd is StreamReader.ReadToEnd().
func (r *StreamReader) ReadToEnd() string {
	r.ensureOpen()
	var acc []uint16
	for {
		acc = append(acc, r.chars[r.pos:]...)
		r.pos = len(r.chars)
		if !r.fill() {
			return text.UTF16ToString(acc)
		}
	}
}

// ReadToEndAsync is StreamReader.ReadToEndAsync(): ReadToEnd on another goroutine.
func (r *StreamReader) ReadToEndAsync() *tasks.TaskOf[string] {
	r.ensureOpen()
	return tasks.RunOf(r.ReadToEnd)
}

// ReadLineAsync is StreamReader.ReadLineAsync() ("" at the end; see ReadLineOKAsync).
func (r *StreamReader) ReadLineAsync() *tasks.TaskOf[string] {
	r.ensureOpen()
	return tasks.RunOf(r.ReadLine)
}

// ReadLineOKAsync is ReadLineAsync with .NET's null made explicit: OK is
// false at the end of the stream.
func (r *StreamReader) ReadLineOKAsync() *tasks.TaskOf[LineResult] {
	r.ensureOpen()
	return tasks.RunOf(func() LineResult {
		l, ok := r.ReadLineOK()
		return LineResult{l, ok}
	})
}

// ReadCharsAsync is StreamReader.ReadAsync(char[] buffer, int index, int count).
func (r *StreamReader) ReadCharsAsync(buffer []system.Char, index, count int32) *tasks.TaskOf[int32] {
	checkCharBuffer(buffer, index, count)
	r.ensureOpen()
	return tasks.RunOf(func() int32 { return r.ReadChars(buffer, index, count) })
}
