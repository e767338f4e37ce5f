// TextReader and TextWriter (the abstract classes as interfaces) and their
// string-backed classes StringReader and StringWriter.

package io

import (
	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
)

// TextReader is System.IO.TextReader: what StreamReader and StringReader
// share, for variables and parameters of that type.
type TextReader interface {
	Read() int32
	Peek() int32
	ReadLine() string
	ReadLineOK() (string, bool)
	ReadToEnd() string
	Close()
	Dispose()
}

// TextWriter is System.IO.TextWriter: what StreamWriter and StringWriter share.
type TextWriter interface {
	Write(value any)
	WriteString(s string)
	WriteFormat(format string, args ...any)
	WriteLine()
	WriteLineString(s string)
	WriteLineValue(value any)
	WriteLineFormat(format string, args ...any)
	Flush()
	Close()
	Dispose()
	NewLine() string
	SetNewLine(value string)
	Encoding() *text.Encoding
}

var (
	_ TextReader = (*StreamReader)(nil)
	_ TextReader = (*StringReader)(nil)
	_ TextWriter = (*StreamWriter)(nil)
	_ TextWriter = (*StringWriter)(nil)
)

// StringReader is System.IO.StringReader.
type StringReader struct {
	s      []uint16
	pos    int
	closed bool
}

// NewStringReader is `new StringReader(s)`.
func NewStringReader(s string) *StringReader {
	return &StringReader{s: text.StringToUTF16(s)}
}

func (r *StringReader) ensureOpen() {
	if r.closed {
		panic(system.NewObjectDisposedExceptionMessage("", "Cannot read from a closed TextReader."))
	}
}

// Peek is StringReader.Peek().
func (r *StringReader) Peek() int32 {
	r.ensureOpen()
	if r.pos >= len(r.s) {
		return -1
	}
	return int32(r.s[r.pos])
}

// Read is StringReader.Read().
func (r *StringReader) Read() int32 {
	c := r.Peek()
	if c >= 0 {
		r.pos++
	}
	return c
}

// ReadLine is StringReader.ReadLine(); "" at the end (see ReadLineOK).
func (r *StringReader) ReadLine() string {
	s, _ := r.ReadLineOK()
	return s
}

// ReadLineOK is ReadLine with .NET's null at the end made explicit.
func (r *StringReader) ReadLineOK() (string, bool) {
	r.ensureOpen()
	if r.pos >= len(r.s) {
		return "", false
	}
	start := r.pos
	for i := start; i < len(r.s); i++ {
		if c := r.s[i]; c == '\r' || c == '\n' {
			r.pos = i + 1
			if c == '\r' && r.pos < len(r.s) && r.s[r.pos] == '\n' {
				r.pos++
			}
			return text.UTF16ToString(r.s[start:i]), true
		}
	}
	r.pos = len(r.s)
	return text.UTF16ToString(r.s[start:]), true
}

// ReadToEnd is StringReader.ReadToEnd().
func (r *StringReader) ReadToEnd() string {
	r.ensureOpen()
	s := text.UTF16ToString(r.s[r.pos:])
	r.pos = len(r.s)
	return s
}

// Close is StringReader.Close().
func (r *StringReader) Close() { r.Dispose() }

// Dispose is StringReader.Dispose().
func (r *StringReader) Dispose() { r.closed = true }

// StringWriter is System.IO.StringWriter: a TextWriter into a StringBuilder.
type StringWriter struct {
	sb      *text.StringBuilder
	closed  bool
	newLine string
}

// NewStringWriter is `new StringWriter()`.
func NewStringWriter() *StringWriter {
	return NewStringWriterBuilder(text.NewStringBuilder())
}

// NewStringWriterBuilder is `new StringWriter(sb)`.
func NewStringWriterBuilder(sb *text.StringBuilder) *StringWriter {
	if sb == nil {
		panic(system.NewArgumentNullException("sb"))
	}
	return &StringWriter{sb: sb, newLine: "\n"}
}

func (w *StringWriter) ensureOpen() {
	if w.closed {
		panic(system.NewObjectDisposedExceptionMessage("", "Cannot write to a closed TextWriter."))
	}
}

// Encoding is StringWriter.Encoding: UTF-16 without BOM, as .NET reports.
func (w *StringWriter) Encoding() *text.Encoding { return text.NewUnicodeEncoding(false, false) }

// GetStringBuilder is StringWriter.GetStringBuilder().
func (w *StringWriter) GetStringBuilder() *text.StringBuilder { return w.sb }

// ToString is StringWriter.ToString(): the text written so far.
func (w *StringWriter) ToString() string { return w.sb.ToString() }

// NewLine is the TextWriter.NewLine getter.
func (w *StringWriter) NewLine() string { return w.newLine }

// SetNewLine is the TextWriter.NewLine setter; "" (null) restores "\n".
func (w *StringWriter) SetNewLine(value string) {
	if value == "" {
		value = "\n"
	}
	w.newLine = value
}

// Write is TextWriter.Write(object) and the value-type overloads.
func (w *StringWriter) Write(value any) {
	w.ensureOpen()
	w.sb.Append(value)
}

// WriteString is StringWriter.Write(string).
func (w *StringWriter) WriteString(s string) {
	w.ensureOpen()
	w.sb.AppendString(s)
}

// WriteFormat is TextWriter.Write(format, args...).
func (w *StringWriter) WriteFormat(format string, args ...any) {
	w.WriteString(system.StringFormat(format, args...))
}

// WriteLine is TextWriter.WriteLine().
func (w *StringWriter) WriteLine() { w.WriteString(w.newLine) }

// WriteLineString is TextWriter.WriteLine(string).
func (w *StringWriter) WriteLineString(s string) { w.WriteString(s + w.newLine) }

// WriteLineValue is TextWriter.WriteLine(object) and the value-type overloads.
func (w *StringWriter) WriteLineValue(value any) {
	w.Write(value)
	w.WriteLine()
}

// WriteLineFormat is TextWriter.WriteLine(format, args...).
func (w *StringWriter) WriteLineFormat(format string, args ...any) {
	w.WriteString(system.StringFormat(format, args...) + w.newLine)
}

// Flush is StringWriter.Flush(): nothing to do.
func (w *StringWriter) Flush() {}

// Close is StringWriter.Close().
func (w *StringWriter) Close() { w.Dispose() }

// Dispose is StringWriter.Dispose(): later writes throw; ToString still works.
func (w *StringWriter) Dispose() { w.closed = true }
