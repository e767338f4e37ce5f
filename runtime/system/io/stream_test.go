// Tests for Stream, StreamBase, Stream.Null and MemoryStream; expected values
// are .NET's (Mono 6.8 agrees except where a case says otherwise).

package io

import (
	"sync"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/google/go-cmp/cmp"
)

// catch runs f and returns the .NET exception it throws, or nil.
func catch(f func()) (ex system.Exception) {
	system.Try(f, system.Catch(func(e system.Exception) { ex = e }))
	return ex
}

// describe renders an outcome as "Type: Message" ("ok" without exception),
// the form the tables below use.
func describe(f func()) string {
	ex := catch(f)
	if ex == nil {
		return "ok"
	}
	return ex.GetType().FullName() + ": " + ex.Message()
}

func TestMemoryStreamGrowth(t *testing.T) {
	m := NewMemoryStream()
	var got []any
	got = append(got, m.Capacity(), m.Length())
	m.WriteSingleByte(1)
	got = append(got, m.Capacity(), m.Length(), m.Position())
	m.SetPosition(5)
	m.WriteSingleByte(7)
	got = append(got, m.ToArray(), len(m.GetBuffer()))
	m.Write(make([]byte, 300), 0, 300)
	got = append(got, m.Capacity())
	m.SetPosition(0)
	b := make([]byte, 4)
	got = append(got, m.Read(b, 1, 3), b)
	got = append(got, m.SeekTo(-2, SeekOriginEnd), m.ReadByteOrEOF(), m.ReadByteOrEOF(), m.ReadByteOrEOF())
	sl := NewMemoryStream()
	sl.SetLength(3)
	got = append(got, sl.Capacity(), sl.Length())
	// Printed by Mono for the same sequence (ms.cs in the commit message of this test).
	want := []any{int32(0), int64(0),
		int32(256), int64(1), int64(1),
		[]byte{1, 0, 0, 0, 0, 7}, 256,
		int32(512),
		int32(3), []byte{0, 1, 0, 0},
		int64(304), int32(0), int32(0), int32(-1),
		int32(256), int64(3)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestMemoryStreamFixedBuffer(t *testing.T) {
	data := []byte{1, 2, 3}
	f := NewMemoryStreamBytes(data)
	f.WriteSingleByte(9)
	if data[0] != 9 {
		t.Errorf("write did not reach the caller's array: %v", data)
	}
	f.SetLength(2)
	if diff := cmp.Diff([]byte{9, 2}, f.ToArray()); diff != "" {
		t.Errorf("SetLength(2): (-want +got)\n%s", diff)
	}
	r := NewMemoryStreamRange([]byte{0, 1, 2, 3, 4}, 1, 3, true, true)
	r.SeekTo(1, SeekOriginBegin)
	if got := r.ReadByteOrEOF(); got != 2 {
		t.Errorf("range stream byte at 1 = %d, want 2", got)
	}
	if got := r.Length(); got != 3 {
		t.Errorf("range stream length = %d, want 3", got)
	}
}

func TestStreamErrors(t *testing.T) {
	b := make([]byte, 4)
	m := NewMemoryStream()
	m.Write([]byte{1, 2, 3}, 0, 3)
	closed := NewMemoryStream()
	closed.Close()
	ro := NewMemoryStreamBytesWritable([]byte{1, 2, 3}, false)
	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"seek before begin", func() { m.SeekTo(-1, SeekOriginBegin) },
			"System.IO.IOException: An attempt was made to move the position before the beginning of the stream."},
		{"negative position", func() { m.SetPosition(-1) },
			"System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'value')"},
		{"read null buffer", func() { m.Read(nil, 0, 1) },
			"System.ArgumentNullException: Value cannot be null. (Parameter 'buffer')"},
		{"read negative offset", func() { m.Read(b, -1, 1) },
			"System.ArgumentOutOfRangeException: Non-negative number required. (Parameter 'offset')"},
		// .NET 5+ ValidateBufferArguments: count errors are one AOORE with
		// Argument_InvalidOffLen (Mono: NeedNonNegNum / ArgumentException).
		{"read negative count", func() { m.Read(b, 0, -1) },
			"System.ArgumentOutOfRangeException: " + msgInvalidOffLen + " (Parameter 'count')"},
		{"read past buffer", func() { m.Read(b, 2, 3) },
			"System.ArgumentOutOfRangeException: " + msgInvalidOffLen + " (Parameter 'count')"},
		{"fixed stream grows", func() { NewMemoryStreamBytes([]byte{1, 2, 3}).Write(make([]byte, 4), 0, 4) },
			"System.NotSupportedException: Memory stream is not expandable."},
		{"fixed stream GetBuffer", func() { NewMemoryStreamBytes([]byte{1}).GetBuffer() },
			"System.UnauthorizedAccessException: MemoryStream's internal buffer cannot be accessed."},
		{"fixed stream SetLength", func() { NewMemoryStreamBytes([]byte{1}).SetLength(10) },
			"System.NotSupportedException: Memory stream is not expandable."},
		{"read-only write", func() { ro.WriteSingleByte(1) },
			"System.NotSupportedException: Stream does not support writing."},
		{"closed read", func() { closed.ReadByteOrEOF() },
			"System.ObjectDisposedException: Cannot access a closed Stream."},
		{"closed length", func() { closed.Length() },
			"System.ObjectDisposedException: Cannot access a closed Stream."},
		{"closed write", func() { closed.Write(b, 0, 1) },
			"System.ObjectDisposedException: Cannot access a closed Stream."},
		// .NET names the destination's class (Mono: 'destination').
		{"CopyTo closed destination", func() { NewMemoryStreamBytes(make([]byte, 3)).CopyTo(closed) },
			"System.ObjectDisposedException: Cannot access a closed Stream.\nObject name: 'MemoryStream'."},
		{"CopyTo read-only destination", func() { NewMemoryStreamBytes(make([]byte, 3)).CopyTo(ro) },
			"System.NotSupportedException: Stream does not support writing."},
		{"CopyTo nil", func() { m.CopyTo(nil) },
			"System.ArgumentNullException: Value cannot be null. (Parameter 'destination')"},
		{"ReadTimeout unsupported", func() { NewMemoryStream().ReadTimeout() },
			"System.InvalidOperationException: Timeouts are not supported on this stream."},
		{"Null stream", func() {
			s := StreamNull()
			if s.Length() != 0 || s.ReadByteOrEOF() != -1 || !s.CanRead() || !s.CanWrite() || !s.CanSeek() {
				panic("wrong Stream.Null")
			}
		}, "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if closed.CanRead() || closed.CanWrite() || closed.CanSeek() {
		t.Error("closed MemoryStream still reports capabilities")
	}
	if got := len(m.ToArray()); got != 3 {
		t.Errorf("ToArray length %d, want 3", got)
	}
}

// writeOnly is a minimal concrete stream: it implements only the core, the
// way the HttpListener response stream does, and relies on StreamBase.
type writeOnly struct {
	StreamBase
	mu   sync.Mutex
	data []byte
}

func newWriteOnly() *writeOnly {
	s := &writeOnly{}
	s.InitStreamBase(s)
	return s
}

func (s *writeOnly) CanRead() bool  { return false }
func (s *writeOnly) CanWrite() bool { return true }
func (s *writeOnly) CanSeek() bool  { return false }
func (s *writeOnly) Write(buffer []byte, offset, count int32) {
	StreamValidateBufferArguments(buffer, offset, count)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data = append(s.data, buffer[offset:offset+count]...)
}

func TestStreamBaseHelpers(t *testing.T) {
	w := newWriteOnly()
	w.WriteSingleByte('a')
	// Unawaited async writes keep their order, as .NET's async semaphore ensures.
	var tasks []interface{ Wait() }
	for _, c := range "bcdefgh" {
		tasks = append(tasks, w.WriteAsync([]byte{byte(c)}, 0, 1))
	}
	for _, tk := range tasks {
		tk.Wait()
	}
	src := NewMemoryStreamBytes([]byte("ij"))
	src.CopyToAsync(w).Wait()
	w.FlushAsync().Wait()
	if got := string(w.data); got != "abcdefghij" {
		t.Errorf("data %q, want %q", got, "abcdefghij")
	}
	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"Read on write-only", func() { w.Read(make([]byte, 1), 0, 1) }, "System.NotSupportedException: Stream does not support reading."},
		{"Length not seekable", func() { w.Length() }, "System.NotSupportedException: Stream does not support seeking."},
		{"Position not seekable", func() { w.SetPosition(1) }, "System.NotSupportedException: Stream does not support seeking."},
		{"CopyTo from write-only", func() { w.CopyTo(NewMemoryStream()) }, "System.NotSupportedException: Stream does not support reading."},
		{"WriteAsync validates at the call", func() { w.WriteAsync(nil, 0, 0) }, "System.ArgumentNullException: Value cannot be null. (Parameter 'buffer')"},
		{"ReadAsync failure is in the task", func() { w.ReadAsync(make([]byte, 1), 0, 1).Await() }, "System.NotSupportedException: Stream does not support reading."},
		{"Close calls Dispose", func() { w.Close() }, "ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	r := NewMemoryStreamBytes([]byte{5, 6, 7})
	buf := make([]byte, 3)
	if n := r.ReadAsync(buf, 0, 3).Await(); n != 3 || buf[2] != 7 {
		t.Errorf("ReadAsync = %d %v", n, buf)
	}
}

func TestIOExceptionClasses(t *testing.T) {
	tests := []struct {
		ex      system.Exception
		str     string
		hresult int32
	}{
		{NewIOException(""), "System.IO.IOException: I/O error occurred.", -2146232800},
		{NewFileNotFoundExceptionFileName("Could not find file '/x/y'.", "/x/y"),
			"System.IO.FileNotFoundException: Could not find file '/x/y'.\nFile name: '/x/y'", -2147024894},
		{NewDirectoryNotFoundException(""), "System.IO.DirectoryNotFoundException: Attempted to access a path that is not on the disk.", -2147024893},
		{NewEndOfStreamException(""), "System.IO.EndOfStreamException: Attempted to read past the end of the stream.", -2147024858},
	}
	for _, tt := range tests {
		if got := tt.ex.ToString(); got != tt.str {
			t.Errorf("ToString %q, want %q", got, tt.str)
		}
		if got := tt.ex.HResult(); got != tt.hresult {
			t.Errorf("%s HResult %d, want %d", tt.str, got, tt.hresult)
		}
		if _, ok := system.AsException[*IOException](tt.ex); !ok {
			t.Errorf("%s is not caught as IOException", tt.str)
		}
	}
}

// closeOverride overrides Close only, as a response stream that ends the
// response on Close might; Dispose (`using`) must reach it.
type closeOverride struct {
	StreamBase
	closes int
}

func (s *closeOverride) CanRead() bool  { return false }
func (s *closeOverride) CanWrite() bool { return true }
func (s *closeOverride) CanSeek() bool  { return false }
func (s *closeOverride) Close()         { s.closes++ }

// disposeOverride overrides Dispose only.
type disposeOverride struct {
	StreamBase
	disposes int
}

func (s *disposeOverride) CanRead() bool  { return false }
func (s *disposeOverride) CanWrite() bool { return true }
func (s *disposeOverride) CanSeek() bool  { return false }
func (s *disposeOverride) Dispose()       { s.disposes++ }

func TestCloseDisposeReachOverrides(t *testing.T) {
	c := &closeOverride{}
	c.InitStreamBase(c)
	c.Dispose()
	c.Close()
	d := &disposeOverride{}
	d.InitStreamBase(d)
	d.Close()
	d.Dispose()
	w := newWriteOnly() // overrides neither: no endless recursion
	w.Close()
	w.Dispose()
	if c.closes != 2 || d.disposes != 2 {
		t.Errorf("Close override ran %d times, Dispose override %d times; want 2 and 2", c.closes, d.disposes)
	}
}

func TestStreamReadExactlyAndAtLeast(t *testing.T) {
	buf := make([]byte, 4)
	StreamReadExactly(NewMemoryStreamBytes([]byte{1, 2, 3, 4, 5}), buf, 0, 4)
	n := StreamReadAtLeast(NewMemoryStreamBytes([]byte{9, 8}), buf, 1, false)
	got := []any{buf, n,
		describe(func() { StreamReadExactly(NewMemoryStreamBytes([]byte{1}), make([]byte, 2), 0, 2) }),
		describe(func() { NewMemoryStream().DisposeAsync().Await() })}
	want := []any{[]byte{9, 8, 3, 4}, int32(2), "System.IO.EndOfStreamException: Unable to read beyond the end of the stream.", "ok"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	dst := NewMemoryStream()
	NewMemoryStreamBytes([]byte("abc")).CopyToBufferSize(dst, 1)
	if string(dst.ToArray()) != "abc" {
		t.Errorf("CopyToBufferSize %q", dst.ToArray())
	}
}
