// The per-connection loop: reading requests, the listener's own error
// responses, 100-continue, keep-alive and reuse limits, idle timeouts and
// draining unread bodies (spec items 22-30, 46-51).

package net

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	gonet "net"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// Limits and timeouts of managed .NET's HttpConnection (spec item 26, 47).
const (
	maxHeadBytes   = 32768
	maxReuses      = 100
	readBufferSize = 4096
)

// The idle timeouts: 90 s for a connection's first request, 15 s between
// requests (item 26). Atomic variables only so tests can shorten them.
var firstIdleTimeout, nextIdleTimeout atomic.Int64

func init() {
	firstIdleTimeout.Store(int64(90 * time.Second))
	nextIdleTimeout.Store(int64(15 * time.Second))
}

// drainReadTimeout bounds each read while draining an unread body (item 27).
const drainReadTimeout = time.Second

var continue100 = []byte("HTTP/1.1 100 Continue\r\n\r\n")

// readScratchPool recycles what connections read requests with;
// writeBufPool the buffers responses serialise headers (and small first
// writes) into.
var (
	readScratchPool = sync.Pool{New: func() any {
		return &readScratch{br: bufio.NewReaderSize(nil, readBufferSize), head: make([]byte, 0, 512)}
	}}
	writeBufPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}
)

// readScratch is a connection's read buffer with the scratch space request
// heads are assembled in: the head without its CRs, its line ends and its
// lines. Pooled together, a new connection allocates none of them, and the
// tables stay off the serving goroutine's stack: a frame that large would
// make every new serving goroutine grow (copy) its initial 2 KiB stack.
type readScratch struct {
	br    *bufio.Reader
	head  []byte
	ends  [32]int
	lines [32]string
	// endsSpill is the line ends of the head just read: a slice of ends,
	// or of the heap when the head had more lines.
	endsSpill []int
}

// connection is one accepted socket (HttpConnection). A serving goroutine
// reads a request and hands the context to the listener, then exits: the
// response, when it finishes, either closes the connection on the spot or
// starts the goroutine that reads the next request. So a request costs no
// goroutine parked waiting for the handler, and a Connection: close
// response closes the socket from the handler's own goroutine. A first
// request whose head arrived with the connection is read by the accept
// loop instead (serveArrived), so such a connection never has a goroutine.
// Pipelined requests already buffered are served in order (spec §3.3
// moves toward HTTP.sys here).
type connection struct {
	ep *endpoint
	// raw is the accepted socket; nc is raw or the TLS session over it.
	// Other goroutines close raw only: nc changes during the handshake.
	raw gonet.Conn
	nc  gonet.Conn
	// rs holds the read buffer (rs.br) from the first read until the
	// connection closes; it reads from reader.
	rs     *readScratch
	reader connReader
	secure bool
	reuses int

	closeOnce sync.Once
	closed    atomic.Bool
	broken    atomic.Bool

	localEP, remoteEP *IPEndPoint
}

func newConnection(ep *endpoint, nc gonet.Conn) *connection {
	return &connection{ep: ep, raw: nc, nc: nc, secure: ep.secure}
}

// abort closes the socket from another goroutine (Stop, Close, endpoint
// shutdown). The read buffer is not recycled: a handler may still use it.
func (c *connection) abort() { c.shutdown(false) }

// shutdown closes the connection once. recycle returns the read buffer to
// the pool; only a caller that knows nobody else reads it may ask.
func (c *connection) shutdown(recycle bool) {
	c.closeOnce.Do(func() {
		c.closed.Store(true)
		c.raw.Close()
		c.ep.forget(c)
		if recycle && c.rs != nil {
			c.rs.br.Reset(nil)
			readScratchPool.Put(c.rs)
			c.rs = nil
		}
	})
}

// serve reads and dispatches the next request; see connection.
//
// serve and readHeadLines keep small frames, and the context is made only
// once a head has arrived: a goroutine starts with a 2 KiB stack, and
// when these frames plus the net package's read path outgrow it, every
// connection (every request, with keep-alive) pays for copying it.
func (c *connection) serve() {
	defer c.recoverServe()
	if c.rs == nil && !c.begin() {
		return
	}
	idle := time.Duration(firstIdleTimeout.Load())
	if c.reuses > 0 {
		idle = time.Duration(nextIdleTimeout.Load())
	}
	c.nc.SetReadDeadline(time.Now().Add(idle))
	tooLarge, ok := c.readHeadLines()
	if !ok {
		c.shutdown(true)
		return
	}
	c.nc.SetReadDeadline(time.Time{})
	c.dispatchFrom(tooLarge, false)
}

// recoverServe makes a bug in request handling cost one connection, not
// the process (net/http does the same).
func (c *connection) recoverServe() {
	if r := recover(); r != nil {
		fmt.Fprintf(os.Stderr, "cs2go: HttpListener: panic serving %v: %v\n%s", c.raw.RemoteAddr(), r, debug.Stack())
		c.shutdown(false)
	}
}

// begin runs the TLS handshake of an https connection and takes the read
// buffer; false means the connection is closed.
func (c *connection) begin() bool {
	if c.secure && !c.handshake() {
		c.shutdown(false)
		return false
	}
	c.takeReadBuffer()
	return true
}

func (c *connection) takeReadBuffer() {
	c.reader.nc = c.nc
	c.rs = readScratchPool.Get().(*readScratch)
	c.rs.br.Reset(&c.reader)
}

// connReader is what a connection's read buffer reads from: bytes the
// accept loop read ahead, then the socket.
type connReader struct {
	nc      gonet.Conn
	pending []byte
}

func (r *connReader) Read(p []byte) (int, error) {
	if len(r.pending) > 0 {
		n := copy(p, r.pending)
		r.pending = r.pending[n:]
		return n, nil
	}
	return r.nc.Read(p)
}

// serveArrived serves, on the accept loop's goroutine, a plain-HTTP
// connection whose whole request head has arrived with it, and reports
// whether it did; otherwise the connection needs a serving goroutine,
// which finds whatever did arrive in its read buffer.
//
// A client sends its request right behind the handshake, so usually the
// head is there when the connection is accepted. Serving it here spares
// a goroutine start, a goroutine switch and the idle-timeout deadline
// per connection, which is most of what the listener adds to the
// kernel's work when every response closes its connection. Nothing here
// blocks: one non-blocking read, parsing, and handing the context over;
// the listener's own answers (errors, 100-continue) are small writes to
// an empty socket buffer. A user's authentication selector, which may
// block, runs on a goroutine of its own (see dispatch).
func (c *connection) serveArrived(ra *readAhead) bool {
	if c.secure {
		return false
	}
	n := ra.readNow(c.raw)
	if n == 0 {
		return false
	}
	c.takeReadBuffer()
	c.reader.pending = ra.buf[:n]
	c.rs.br.Peek(1) // moves the bytes into the read buffer
	c.reader.pending = nil
	if !headArrived(ra.buf[:n]) {
		return false
	}
	c.serveBuffered()
	return true
}

// serveBuffered serves a request whose head is in the read buffer whole,
// so reading it does not block.
func (c *connection) serveBuffered() {
	defer c.recoverServe()
	tooLarge, ok := c.readHeadLines()
	if !ok {
		c.shutdown(true)
		return
	}
	c.dispatchFrom(tooLarge, true)
}

// headArrived reports whether b holds a whole request head: a blank line
// (CRs aside, as readHeadLines reads lines) after a line that is not blank.
// It may say no to a head that is whole; then a goroutine reads it.
func headArrived(b []byte) bool {
	seenText := false
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\r':
		case '\n':
			if !seenText {
				continue
			}
			j := i + 1
			for j < len(b) && b[j] == '\r' {
				j++
			}
			if j < len(b) && b[j] == '\n' {
				return true
			}
		default:
			seenText = true
		}
	}
	return false
}

// readAhead is the accept loop's buffer for its one non-blocking read
// of a new connection. It belongs to the endpoint's accept goroutine, so
// its read callback is made once, not per connection.
type readAhead struct {
	buf  []byte
	n    int
	call func(fd uintptr) bool
}

func newReadAhead() *readAhead {
	ra := &readAhead{buf: make([]byte, readBufferSize)}
	ra.call = func(fd uintptr) bool {
		n, err := syscall.Read(int(fd), ra.buf)
		if err != nil || n < 0 {
			n = 0 // nothing yet (EAGAIN), or an error the socket reports again
		}
		ra.n = n
		return true // never wait for readability: the goroutine does
	}
	return ra
}

// readNow reads what has arrived on nc without waiting; 0 when nothing
// has, or nc is not a plain socket.
func (ra *readAhead) readNow(nc gonet.Conn) int {
	sc, ok := nc.(syscall.Conn)
	if !ok {
		return 0
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return 0
	}
	ra.n = 0
	if rc.Read(ra.call) != nil {
		return 0
	}
	return ra.n
}

// dispatchFrom parses the head readHeadLines read and answers it or hands
// it to its listener. onAcceptLoop says the caller is the accept loop,
// which must not run user code.
func (c *connection) dispatchFrom(tooLarge, onAcceptLoop bool) {
	ctx := newContext(c)
	req := &ctx.request
	req.major, req.minor = 1, 0 // .NET's default until the request line parses
	status, msg := c.parseHead(req, tooLarge)
	if status == 0 {
		status, msg = req.finishInitialization()
	}
	if status != 0 {
		c.sendError(ctx, status, msg)
		return
	}
	if req.expectContinue {
		if c.write(continue100, false) != nil {
			c.shutdown(true)
			return
		}
	}
	bp := c.ep.route(req.routeHost(), c.localPort(), req.routePath())
	if bp == nil {
		c.sendError(ctx, 404, HttpStatusDescription(404))
		return
	}
	l := bp.listener
	ctx.listener = l
	ctx.prefix = bp
	auth := l.authSettings()
	if onAcceptLoop && auth.selector != nil {
		go c.admitRecovering(ctx, auth)
		return
	}
	c.admit(ctx, auth)
}

// admit authenticates the request and hands it to its listener.
func (c *connection) admit(ctx *HttpListenerContext, auth authSettings) {
	if !c.authenticate(ctx, auth) {
		return // answered by the listener; the response moved on
	}
	if !ctx.listener.deliver(ctx) {
		c.shutdown(true)
	}
	// From here the response owns the connection.
}

func (c *connection) admitRecovering(ctx *HttpListenerContext, auth authSettings) {
	defer c.recoverServe()
	c.admit(ctx, auth)
}

// next is called by a finished response: close the connection, or drain
// the unread body (item 27) and read the next request on a new goroutine.
func (c *connection) next(ctx *HttpListenerContext, force bool) {
	if l := ctx.listener; l != nil {
		l.release(c)
	}
	req := &ctx.request
	if force || c.broken.Load() || c.closed.Load() {
		c.shutdown(req.bodyReader == nil)
		return
	}
	c.reuses++
	if !req.HasEntityBody() || req.body().eof {
		go c.serve()
		return
	}
	go func() {
		if req.flushInput() {
			c.serve()
		} else {
			c.shutdown(true)
		}
	}()
}

// handshake runs the TLS handshake for https endpoints, bounded by the
// first-request idle timeout.
func (c *connection) handshake() bool {
	cfg := c.ep.tls.config()
	if cfg == nil {
		return false
	}
	tc := tls.Server(c.nc, cfg)
	tc.SetDeadline(time.Now().Add(time.Duration(firstIdleTimeout.Load())))
	if err := tc.Handshake(); err != nil {
		return false
	}
	tc.SetDeadline(time.Time{})
	c.nc = tc
	return true
}

// write sends b. A failure marks the connection broken and, unless the
// listener ignores write exceptions, becomes an HttpListenerException
// carrying the socket error's text (item 69).
func (c *connection) write(b []byte, ignore bool) system.Exception {
	if c.broken.Load() {
		return c.writeFailure(syscall.EPIPE, ignore)
	}
	if _, err := c.nc.Write(b); err != nil {
		c.broken.Store(true)
		return c.writeFailure(err, ignore)
	}
	return nil
}

// writev sends several buffers with one system call where the socket allows.
func (c *connection) writev(bufs *gonet.Buffers, ignore bool) system.Exception {
	if c.broken.Load() {
		return c.writeFailure(syscall.EPIPE, ignore)
	}
	if _, err := bufs.WriteTo(c.nc); err != nil {
		c.broken.Store(true)
		return c.writeFailure(err, ignore)
	}
	return nil
}

func (c *connection) writeFailure(err error, ignore bool) system.Exception {
	if ignore {
		return nil
	}
	text := "Broken pipe"
	switch {
	case errors.Is(err, syscall.ECONNRESET):
		text = "Connection reset by peer"
	case errors.Is(err, gonet.ErrClosed):
		text = "Operation aborted"
	case errors.Is(err, os.ErrDeadlineExceeded):
		text = "Connection timed out"
	}
	// -2146232800 is COR_E_IO, the HResult of the IOException .NET wraps.
	return NewHttpListenerExceptionMessage(-2146232800, "Unable to write data to the transport connection: "+text+".")
}

// sendError is HttpConnection.SendError: the listener answers the request
// itself with `<h1>{reason} ({detail})</h1>` as text/html, then closes
// (item 47). detail "" gives `<h1>{reason}</h1>`.
func (c *connection) sendError(ctx *HttpListenerContext, status int32, detail string) {
	r := &ctx.response
	r.statusCode = status
	r.hdr.set("Content-Type", "text/html")
	reason := HttpStatusDescription(status)
	body := "<h1>" + reason + "</h1>"
	if detail != "" {
		body = "<h1>" + reason + " (" + detail + ")</h1>"
	}
	r.contentLength = int64(len(body))
	r.boundary = boundaryContentLength
	r.writeBody([]byte(body))
	r.finish(true)
}

func (c *connection) localPort() int {
	if a, ok := c.nc.LocalAddr().(*gonet.TCPAddr); ok {
		return a.Port
	}
	return 0
}

// LocalEndPoint and RemoteEndPoint are computed once per connection.
func (c *connection) localEndPoint() *IPEndPoint {
	if c.localEP == nil {
		c.localEP = ipEndPointFrom(c.nc.LocalAddr())
	}
	return c.localEP
}

func (c *connection) remoteEndPoint() *IPEndPoint {
	if c.remoteEP == nil {
		c.remoteEP = ipEndPointFrom(c.nc.RemoteAddr())
	}
	return c.remoteEP
}

// readHeadLines reads a request line and headers into c.rs: the bytes
// without CRs and LFs in rs.head, each line's end offset in rs.ends. It
// reports ok=false when the connection ended or timed out before a
// complete head arrived (those close silently), and tooLarge when the head
// passed maxHeadBytes (the listener answers 400).
func (c *connection) readHeadLines() (tooLarge, ok bool) {
	rs := c.rs
	head := rs.head[:0]
	ends := rs.ends[:0] // more than 32 lines spill to the heap
	total := 0
	inRequestLine := true
	for {
		line, err := rs.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			line, err = c.readLongLine(line, total)
		}
		total += len(line)
		if total > maxHeadBytes {
			rs.head, rs.endsSpill = head, ends
			return true, true
		}
		if err != nil {
			// EOF, reset or timeout before a whole head: a silent close.
			rs.head, rs.endsSpill = head, ends
			return false, false
		}
		// Drop the LF and any CR, as HttpConnection.ReadLine does. A CR
		// is almost always the line's last byte.
		text := line[:len(line)-1]
		if n := len(text); n > 0 && text[n-1] == '\r' {
			text = text[:n-1]
		}
		start := len(head)
		if bytes.IndexByte(text, '\r') < 0 {
			head = append(head, text...)
		} else {
			head = appendWithoutCR(head, text)
		}
		if len(head) == start {
			if inRequestLine {
				continue // blank lines before the request line are skipped
			}
			break
		}
		inRequestLine = false
		ends = append(ends, len(head))
	}
	rs.head, rs.endsSpill = head, ends
	return false, true
}

func appendWithoutCR(b, text []byte) []byte {
	for _, x := range text {
		if x != '\r' {
			b = append(b, x)
		}
	}
	return b
}

// readLongLine assembles a line longer than the read buffer aside, until
// its end or until the head would pass maxHeadBytes.
func (c *connection) readLongLine(first []byte, total int) ([]byte, error) {
	long := append([]byte(nil), first...)
	err := bufio.ErrBufferFull
	for err == bufio.ErrBufferFull && total+len(long) <= maxHeadBytes {
		var line []byte
		line, err = c.rs.br.ReadSlice('\n')
		long = append(long, line...)
	}
	return long, err
}

// parseHead parses the head readHeadLines read into req. It returns a
// non-zero status (with detail text) for a request the listener must
// reject itself.
func (c *connection) parseHead(req *HttpListenerRequest, tooLarge bool) (status int32, detail string) {
	rs := c.rs
	head, ends := rs.head, rs.endsSpill
	rs.endsSpill = nil
	if tooLarge {
		// .NET has parsed the request line by then: its version shapes
		// the error response.
		if len(ends) > 0 {
			req.setRequestLine(string(head[:ends[0]]))
		}
		return 400, HttpStatusDescription(400)
	}
	parts := rs.lines[:0]
	prev := 0
	if hasHighByte(head) {
		// Bytes are chars (Latin-1), as in .NET (item 49).
		for _, e := range ends {
			parts = append(parts, latin1String(head[prev:e]))
			prev = e
		}
	} else {
		// One string for the whole head: every field is a substring of it.
		s := string(head)
		for _, e := range ends {
			parts = append(parts, s[prev:e])
			prev = e
		}
	}
	status, detail, _ = req.parseHeadLines(parts)
	// The pooled table must not keep this request's strings alive.
	clear(rs.lines[:min(len(parts), len(rs.lines))])
	return status, detail
}

func hasHighByte(b []byte) bool {
	for _, x := range b {
		if x >= 0x80 {
			return true
		}
	}
	return false
}

// latin1String maps each byte to the char of the same value, as .NET's
// listener reads heads, so UTF-8 bytes arrive as mojibake (item 49).
func latin1String(b []byte) string {
	out := make([]rune, len(b))
	for i, x := range b {
		out[i] = rune(x)
	}
	return string(out)
}
