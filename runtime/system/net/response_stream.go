// The response's OutputStream: the head goes out with the first non-empty
// write, each write is one chunk when chunked, and closing sends the last
// chunk (spec items 1-3, 5, 6, 29, 33-35, 69).

package net

import (
	gonet "net"

	"github.com/cs2go/cs2go/runtime/system"
	iostream "github.com/cs2go/cs2go/runtime/system/io"
)

// maxFirstWrite is how much of the first write .NET sends in the head's
// buffer (16 KiB including the head).
const maxFirstWrite = 16384

var (
	crlf          = []byte("\r\n")
	lastChunk     = []byte("0\r\n\r\n")
	hexDigitsLong = "0123456789abcdef"
)

// responseStream is HttpResponseStream.
type responseStream struct {
	iostream.StreamBase
	resp        *HttpListenerResponse
	closed      bool
	trailerSent bool
}

// CanRead is Stream.CanRead: false.
func (s *responseStream) CanRead() bool { return false }

// CanWrite is Stream.CanWrite: true.
func (s *responseStream) CanWrite() bool { return true }

// CanSeek is Stream.CanSeek: false.
func (s *responseStream) CanSeek() bool { return false }

// Read is Stream.Read: the response stream is write-only.
func (s *responseStream) Read(buffer []byte, offset, count int32) int32 {
	panic(system.NewInvalidOperationException("The stream does not support reading."))
}

// Write is Stream.Write: bytes go to the client at once. Writing to a
// closed stream is silently ignored, as in .NET (item 34); a zero-byte
// write sends nothing, not even the head (item 3).
func (s *responseStream) Write(buffer []byte, offset, count int32) {
	iostream.StreamValidateBufferArguments(buffer, offset, count)
	if s.closed {
		return
	}
	if ex := s.writeCore(buffer[offset:offset+count], s.ignoreErrors()); ex != nil {
		panic(ex)
	}
}

func (s *responseStream) ignoreErrors() bool {
	if l := s.resp.ctx.listener; l != nil {
		return l.ignoreWriteExceptions.Load()
	}
	return true
}

// writeCore is WriteCore: the head (once), chunk framing, the data.
func (s *responseStream) writeCore(data []byte, ignore bool) system.Exception {
	if len(data) == 0 {
		return nil
	}
	r := s.resp
	c := r.ctx.conn
	if !r.sentHeaders {
		bp := writeBufPool.Get().(*[]byte)
		b := r.appendHead((*bp)[:0], false)
		chunked := r.boundary == boundaryChunked
		if chunked {
			b = appendChunkSize(b, len(data))
		}
		// Small bodies share the head's buffer: one write, as .NET's
		// MemoryStream does for up to 16 KiB.
		var ex system.Exception
		if len(b)+len(data) <= maxFirstWrite {
			b = append(b, data...)
			if chunked {
				b = append(b, crlf...)
			}
			ex = c.write(b, ignore)
		} else {
			bufs := gonet.Buffers{b, data}
			if chunked {
				bufs = append(bufs, crlf)
			}
			ex = c.writev(&bufs, ignore)
		}
		*bp = b[:0]
		if cap(b) <= 64<<10 {
			writeBufPool.Put(bp)
		}
		return ex
	}
	if r.boundary == boundaryChunked {
		var hdr [20]byte
		bufs := gonet.Buffers{appendChunkSize(hdr[:0], len(data)), data, crlf}
		return c.writev(&bufs, ignore)
	}
	return c.write(data, ignore)
}

func appendChunkSize(b []byte, n int) []byte {
	var tmp [16]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = hexDigitsLong[n&15]
		n >>= 4
		if n == 0 {
			break
		}
	}
	b = append(b, tmp[i:]...)
	return append(b, crlf...)
}

// Dispose is Stream.Dispose (OutputStream.Close()): it ends the response;
// repeatable (item 35).
func (s *responseStream) Dispose() {
	if s.closed {
		return
	}
	s.closeCore()
	if !s.resp.disposed {
		s.resp.Close()
	}
}

// closeCore is DisposeCore: the head if unsent, then the last chunk of a
// chunked response. Write errors are ignored, as .NET does on close.
func (s *responseStream) closeCore() system.Exception {
	if s.closed {
		return nil
	}
	s.closed = true
	r := s.resp
	c := r.ctx.conn
	if !r.sentHeaders {
		bp := writeBufPool.Get().(*[]byte)
		b := r.appendHead((*bp)[:0], true)
		if r.boundary == boundaryChunked {
			b = append(b, lastChunk...)
			s.trailerSent = true
		}
		ex := c.write(b, true)
		*bp = b[:0]
		writeBufPool.Put(bp)
		return ex
	}
	if r.boundary == boundaryChunked && !s.trailerSent {
		s.trailerSent = true
		return c.write(lastChunk, true)
	}
	return nil
}
