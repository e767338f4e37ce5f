// System.IO.StreamWriter: text encoded onto a Stream through .NET's
// character buffer, so the writes the stream sees match .NET's.

package io

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
	"github.com/cs2go/cs2go/runtime/system/threading/tasks"
)

// streamWriterBufferSize is .NET's StreamWriter.DefaultBufferSize, in chars.
const (
	streamWriterBufferSize    = 1024
	streamWriterMinBufferSize = 128
)

// StreamWriter is System.IO.StreamWriter. Text collects in a buffer of
// bufferSize UTF-16 characters (1024 by default); a full buffer is encoded
// and written to the stream in one Write, and Flush/Close write the rest,
// so a network stream sees the same writes (chunks) as under .NET. The
// encoding's preamble (a BOM for Encoding.UTF8; none for the default
// UTF-8) is written before the first bytes unless the stream is seekable
// and not at position 0.
//
// The async methods complete synchronously: they do the work at the call
// and return a finished task (a faulted one when the work threw), which
// keeps unawaited writes in order.
type StreamWriter struct {
	stream        Stream
	encoding      *text.Encoding
	encoder       *text.Encoder
	buf           []uint16
	bufSize       int
	autoFlush     bool
	leaveOpen     bool
	closed        bool
	wrotePreamble bool
	newLine       string
}

// NewStreamWriter is `new StreamWriter(stream)`: UTF-8 without BOM.
func NewStreamWriter(stream Stream) *StreamWriter {
	return NewStreamWriterFull(stream, nil, -1, false)
}

// NewStreamWriterEncoding is `new StreamWriter(stream, encoding)`.
func NewStreamWriterEncoding(stream Stream, encoding *text.Encoding) *StreamWriter {
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	return NewStreamWriterFull(stream, encoding, -1, false)
}

// NewStreamWriterFull is `new StreamWriter(stream, encoding, bufferSize,
// leaveOpen)`; a nil encoding is UTF-8 without BOM and bufferSize -1 the
// default.
func NewStreamWriterFull(stream Stream, encoding *text.Encoding, bufferSize int32, leaveOpen bool) *StreamWriter {
	if isNilStream(stream) {
		panic(system.NewArgumentNullException("stream"))
	}
	if !stream.CanWrite() {
		panic(system.NewArgumentException("Stream was not writable."))
	}
	if encoding == nil {
		encoding = text.EncodingDefault()
	}
	if bufferSize == -1 {
		bufferSize = streamWriterBufferSize
	} else if bufferSize <= 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("bufferSize", "Positive number required."))
	}
	bufferSize = max(bufferSize, streamWriterMinBufferSize)
	w := &StreamWriter{
		stream:    stream,
		encoding:  encoding,
		encoder:   encoding.GetEncoder(),
		bufSize:   int(bufferSize),
		buf:       make([]uint16, 0, bufferSize),
		leaveOpen: leaveOpen,
		newLine:   "\n",
	}
	if stream.CanSeek() && stream.Position() > 0 {
		w.wrotePreamble = true
	}
	return w
}

// NewStreamWriterPath is `new StreamWriter(path, append)`: the file
// created, truncated or appended to; UTF-8 without BOM.
// `new StreamWriter(path)` passes false.
func NewStreamWriterPath(path string, appendTo bool) *StreamWriter {
	return NewStreamWriterPathEncoding(path, appendTo, nil)
}

// NewStreamWriterPathEncoding is `new StreamWriter(path, append, encoding)`.
func NewStreamWriterPathEncoding(path string, appendTo bool, encoding *text.Encoding) *StreamWriter {
	checkPathArg(path, "path")
	mode := FileModeCreate
	if appendTo {
		mode = FileModeAppend
	}
	return NewStreamWriterFull(NewFileStreamShare(path, mode, FileAccessWrite, FileShareRead), encoding, -1, false)
}

func (w *StreamWriter) ensureOpen() {
	if w.closed {
		panic(system.NewObjectDisposedExceptionMessage("StreamWriter", "Cannot write to a closed TextWriter."))
	}
}

// Encoding is StreamWriter.Encoding.
func (w *StreamWriter) Encoding() *text.Encoding { return w.encoding }

// BaseStream is StreamWriter.BaseStream (nil once closed).
func (w *StreamWriter) BaseStream() Stream {
	if w.closed {
		return nil
	}
	return w.stream
}

// AutoFlush is the StreamWriter.AutoFlush getter.
func (w *StreamWriter) AutoFlush() bool { return w.autoFlush }

// SetAutoFlush is the StreamWriter.AutoFlush setter: when true, every Write
// reaches the stream (and the stream is flushed) before it returns.
func (w *StreamWriter) SetAutoFlush(value bool) {
	w.autoFlush = value
	if value {
		w.flush(true, false)
	}
}

// NewLine is the TextWriter.NewLine getter ("\n" on Unix).
func (w *StreamWriter) NewLine() string { return w.newLine }

// SetNewLine is the TextWriter.NewLine setter; "" (null) restores "\n".
func (w *StreamWriter) SetNewLine(value string) {
	if value == "" {
		value = "\n"
	}
	w.newLine = value
}

// flush is .NET's Flush(flushStream, flushEncoder).
func (w *StreamWriter) flush(flushStream, flushEncoder bool) {
	w.ensureOpen()
	if !w.wrotePreamble {
		w.wrotePreamble = true
		if pre := w.encoding.GetPreamble(); len(pre) > 0 {
			w.stream.Write(pre, 0, int32(len(pre)))
		}
	}
	b := w.encoder.EncodeUnits(w.buf, flushEncoder)
	w.buf = w.buf[:0]
	if len(b) > 0 {
		w.stream.Write(b, 0, int32(len(b)))
	}
	if flushStream {
		w.stream.Flush()
	}
}

func (w *StreamWriter) writeUnits(u []uint16) {
	w.ensureOpen()
	for len(u) > 0 {
		if len(w.buf) == w.bufSize {
			w.flush(false, false)
		}
		n := min(w.bufSize-len(w.buf), len(u))
		w.buf = append(w.buf, u[:n]...)
		u = u[n:]
	}
	if w.autoFlush {
		w.flush(true, false)
	}
}

// WriteString is StreamWriter.Write(string).
func (w *StreamWriter) WriteString(s string) {
	w.writeUnits(text.StringToUTF16(s))
}

// Write is TextWriter.Write(object) and the value-type overloads: x's .NET
// string form (a system.Char is one character, a []system.Char its
// characters).
func (w *StreamWriter) Write(x any) {
	switch v := x.(type) {
	case string:
		w.WriteString(v)
	case system.Char:
		w.writeUnits([]uint16{uint16(v)})
	case []system.Char:
		u := make([]uint16, len(v))
		for i, c := range v {
			u[i] = uint16(c)
		}
		w.writeUnits(u)
	default:
		w.WriteString(system.ObjectToString(x))
	}
}

// WriteChars is StreamWriter.Write(char[] buffer, int index, int count).
func (w *StreamWriter) WriteChars(buffer []system.Char, index, count int32) {
	checkCharBuffer(buffer, index, count)
	w.Write(buffer[index : index+count])
}

// WriteFormat is TextWriter.Write(format, args...): composite formatting.
func (w *StreamWriter) WriteFormat(format string, args ...any) {
	w.WriteString(system.StringFormat(format, args...))
}

// WriteLine is TextWriter.WriteLine(): the NewLine string.
func (w *StreamWriter) WriteLine() { w.WriteString(w.newLine) }

// WriteLineString is TextWriter.WriteLine(string).
func (w *StreamWriter) WriteLineString(s string) { w.WriteString(s + w.newLine) }

// WriteLineValue is TextWriter.WriteLine(object) and the value-type overloads.
func (w *StreamWriter) WriteLineValue(x any) {
	w.Write(x)
	w.WriteLine()
}

// WriteLineFormat is TextWriter.WriteLine(format, args...).
func (w *StreamWriter) WriteLineFormat(format string, args ...any) {
	w.WriteString(system.StringFormat(format, args...) + w.newLine)
}

// Flush is StreamWriter.Flush(): the buffer is encoded and written, then
// the stream is flushed.
func (w *StreamWriter) Flush() { w.flush(true, true) }

// Close is StreamWriter.Close(): Flush, then the stream is closed unless
// leaveOpen was given.
func (w *StreamWriter) Close() { w.Dispose() }

// Dispose is StreamWriter.Dispose(); repeating it is harmless.
func (w *StreamWriter) Dispose() {
	if w.closed {
		return
	}
	defer func() {
		w.closed = true
		if !w.leaveOpen {
			w.stream.Close()
		}
	}()
	w.flush(true, true)
}

// syncTask runs f at the call and returns its outcome as a finished task.
func syncTask(f func()) *tasks.Task {
	var ex system.Exception
	system.Try(f, system.Catch(func(e system.Exception) { ex = e }))
	if ex != nil {
		return tasks.FromException(ex)
	}
	return tasks.CompletedTask()
}

// WriteAsync is StreamWriter.WriteAsync(string) (and WriteAsync(char)).
func (w *StreamWriter) WriteAsync(x any) *tasks.Task {
	return syncTask(func() { w.Write(x) })
}

// WriteLineAsync is StreamWriter.WriteLineAsync(string); no argument writes
// only the NewLine string, as WriteLineAsync().
func (w *StreamWriter) WriteLineAsync(x ...any) *tasks.Task {
	return syncTask(func() {
		for _, v := range x {
			w.Write(v)
		}
		w.WriteLine()
	})
}

// FlushAsync is StreamWriter.FlushAsync().
func (w *StreamWriter) FlushAsync() *tasks.Task { return syncTask(w.Flush) }

// DisposeAsync is StreamWriter.DisposeAsync() (`await using`).
func (w *StreamWriter) DisposeAsync() *tasks.Task { return syncTask(w.Dispose) }
