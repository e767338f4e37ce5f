// Request-line and header parsing with managed .NET's rules and error
// texts, and the request body streams: Content-Length and chunked
// (spec items 46-52).

package net

import (
	"bufio"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	iostream "github.com/cs2go/cs2go/runtime/system/io"
)

// rawHeader is one request header as received (names and values trimmed).
type rawHeader struct{ name, value string }

// parseHeadLines is SetRequestLine plus AddHeader for every header line.
// The first error stops parsing; it returns the status and the detail text
// of the listener's error page (item 47).
func (r *HttpListenerRequest) parseHeadLines(lines []string) (int32, string, bool) {
	if len(lines) == 0 {
		return 400, "Invalid request line (parts).", true
	}
	if status, detail := r.setRequestLine(lines[0]); status != 0 {
		return status, detail, true
	}
	r.raw = r.rawBuf[:0]
	if n := len(lines) - 1; n > len(r.rawBuf) {
		r.raw = make([]rawHeader, 0, n)
	}
	for _, line := range lines[1:] {
		if status, detail := r.addHeader(line); status != 0 {
			return status, detail, true
		}
	}
	return 0, "", true
}

// setRequestLine parses `METHOD SP target SP HTTP/d.d` (item 46).
func (r *HttpListenerRequest) setRequestLine(line string) (int32, string) {
	method, rest, ok1 := strings.Cut(line, " ")
	target, version, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 {
		return 400, "Invalid request line (parts)."
	}
	for i := 0; i < len(method); i++ {
		if !isMethodChar(method[i]) {
			return 400, "(Invalid verb)"
		}
	}
	// A multi-byte (Latin-1 expanded) char is never a token char.
	r.method = method
	r.rawURL = target
	if len(version) != 8 || !strings.HasPrefix(version, "HTTP/") ||
		!isDigit(version[5]) || version[6] != '.' || !isDigit(version[7]) {
		return 400, "Invalid request line (version)."
	}
	r.major, r.minor = int32(version[5]-'0'), int32(version[7]-'0')
	if r.major < 1 {
		return 400, "Invalid request line (version)."
	}
	if r.major > 1 {
		return 505, HttpStatusDescription(505)
	}
	return 0, ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isMethodChar is SetRequestLine's verb check: printable ASCII except the
// HTTP separators.
func isMethodChar(c byte) bool {
	if c <= 32 || c >= 127 {
		return false
	}
	switch c {
	case '(', ')', '<', '>', '@', ',', ';', ':', '\\', '"', '/', '[', ']', '?', '=', '{', '}':
		return false
	}
	return true
}

// addHeader is HttpListenerRequest.AddHeader: "name: value", both trimmed;
// a repeated name keeps the last value (item 49).
func (r *HttpListenerRequest) addHeader(line string) (int32, string) {
	colon := strings.IndexByte(line, ':')
	if colon <= 0 {
		return 400, HttpStatusDescription(400)
	}
	name := strings.TrimSpace(line[:colon])
	value := strings.TrimSpace(line[colon+1:])
	if name == "" {
		return 400, "Value cannot be null. (Parameter 'name')"
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x21 || c >= 0x7f || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return 400, "Specified value has invalid HTTP Header characters. (Parameter 'name')"
		}
	}
	for i := 0; i < len(value); i++ {
		if c := value[i]; c == 0x7f || (c < ' ' && c != '\t') {
			return 400, "Specified value has invalid Control characters. (Parameter 'value')"
		}
	}
	switch len(name) {
	case 4:
		if strings.EqualFold(name, "host") {
			r.host, r.hasHost = value, true
		}
	case 6:
		if strings.EqualFold(name, "expect") {
			r.expect = value
		}
	case 10:
		if strings.EqualFold(name, "connection") {
			r.connection = value
		} else if strings.EqualFold(name, "keep-alive") {
			r.keepAliveHdr = value
		}
	case 13:
		if strings.EqualFold(name, "authorization") {
			r.authorization = value
		}
	case 14:
		if strings.EqualFold(name, "content-length") {
			n, detail := parseContentLength(value)
			if detail != "" || (r.clSet && n != r.contentLength) {
				if detail == "" {
					detail = "Invalid Content-Length."
				}
				return 400, detail
			}
			r.contentLength, r.clSet = n, true
		}
	case 16:
		if strings.EqualFold(name, "proxy-connection") {
			r.proxyConnection = value
		}
	case 17:
		if strings.EqualFold(name, "transfer-encoding") {
			if r.hasTE {
				return 501, HttpStatusDescription(501)
			}
			r.transferEncoding, r.hasTE = value, true
		}
	}
	r.raw = append(r.raw, rawHeader{name, value})
	return 0, ""
}

// parseContentLength follows AddHeader: values up to long.MaxValue are
// taken as they are, larger unsigned values count as 0 (item 50), negative
// ones are invalid, and anything else fails as long.Parse does.
func parseContentLength(v string) (int64, string) {
	if u, err := strconv.ParseUint(strings.TrimPrefix(v, "+"), 10, 64); err == nil {
		if u > 1<<63-1 {
			return 0, ""
		}
		return int64(u), ""
	}
	n, err := strconv.ParseInt(v, 10, 64)
	switch {
	case errors.Is(err, strconv.ErrRange):
		return 0, "Value was either too large or too small for an Int64."
	case err != nil:
		return 0, "The input string '" + v + "' was not in a correct format."
	case n < 0:
		return 0, "Invalid Content-Length."
	}
	return n, ""
}

// finishInitialization is HttpListenerRequest.FinishInitialization: the
// Host requirement, the URL, Transfer-Encoding, the length requirement of
// POST and PUT, and Expect: 100-continue (items 47, 48, 51).
func (r *HttpListenerRequest) finishInitialization() (int32, string) {
	if !r.atMost10() && r.host == "" {
		return 400, "Invalid host name"
	}
	if status, detail := r.prepareURL(); status != 0 {
		return status, detail
	}
	if !r.atMost10() {
		if r.hasTE {
			if !strings.EqualFold(r.transferEncoding, "chunked") {
				return 501, ""
			}
			r.chunked = true
		}
	}
	if !r.chunked && !r.clSet && (strings.EqualFold(r.method, "POST") || strings.EqualFold(r.method, "PUT")) {
		return 411, ""
	}
	r.expectContinue = strings.EqualFold(r.expect, "100-continue")
	return 0, ""
}

// prepareURL works out the host and path the request is routed by. Plain
// origin-form targets (the common case) are used as they are; anything
// else goes through system.Uri as .NET builds Url (item 54).
func (r *HttpListenerRequest) prepareURL() (int32, string) {
	host := r.host
	target := r.rawURL
	if isAbsoluteTarget(target) {
		var u *system.Uri
		if system.UriTryCreate(target, system.UriKindAbsolute, &u) {
			target = u.PathAndQuery()
			host = u.Host()
		}
	}
	if host == "" {
		host = r.ctx.conn.localEndPoint().Address().ToString()
	}
	host = stripPort(host)
	r.urlHost = strings.ToLower(host)
	r.urlTarget = target
	if cleanPath(target) {
		path := target
		if q := strings.IndexByte(path, '?'); q >= 0 {
			path = path[:q]
		}
		r.urlPath = path
		return 0, ""
	}
	u := r.buildURL()
	if u == nil {
		base := r.scheme() + "://" + host + ":" + strconv.Itoa(r.ctx.conn.localPort())
		return 400, WebUtilityHtmlEncode("Invalid url: " + base + target)
	}
	r.url = u
	r.urlPath = WebUtilityUrlDecode(u.AbsolutePath())
	return 0, ""
}

// buildURL is the Url property's value: scheme, host, local port and target.
func (r *HttpListenerRequest) buildURL() *system.Uri {
	var u *system.Uri
	s := r.scheme() + "://" + r.urlHostForURL() + ":" + strconv.Itoa(r.ctx.conn.localPort()) + percentUToUTF8(r.urlTarget)
	if !system.UriTryCreate(s, system.UriKindAbsolute, &u) {
		return nil
	}
	return u
}

func (r *HttpListenerRequest) urlHostForURL() string { return r.urlHost }

// percentUToUTF8 rewrites %uXXXX escapes as the %XX escapes of the
// character's UTF-8 bytes, as HttpListenerRequestUriBuilder does (item 54).
func percentUToUTF8(t string) string {
	if !strings.Contains(t, "%u") && !strings.Contains(t, "%U") {
		return t
	}
	var sb strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+5 < len(t) && (t[i+1] == 'u' || t[i+1] == 'U') &&
			hexVal(t[i+2]) >= 0 && hexVal(t[i+3]) >= 0 && hexVal(t[i+4]) >= 0 && hexVal(t[i+5]) >= 0 {
			r := rune(hexVal(t[i+2])<<12 | hexVal(t[i+3])<<8 | hexVal(t[i+4])<<4 | hexVal(t[i+5]))
			for _, b := range []byte(string(r)) {
				sb.WriteByte('%')
				sb.WriteByte("0123456789ABCDEF"[b>>4])
				sb.WriteByte("0123456789ABCDEF"[b&15])
			}
			i += 5
			continue
		}
		sb.WriteByte(t[i])
	}
	return sb.String()
}

func (r *HttpListenerRequest) scheme() string {
	if r.ctx.conn.secure {
		return "https"
	}
	return "http"
}

// isAbsoluteTarget is MaybeUri: a scheme .NET predefines before a ':' in
// the first ten characters.
func isAbsoluteTarget(s string) bool {
	p := strings.IndexByte(s, ':')
	if p < 3 || p >= 10 {
		return false
	}
	switch strings.ToLower(s[:p]) {
	case "http", "https", "file", "ftp", "news", "net.pipe", "net.tcp", "nntp", "gopher", "mailto":
		return true
	}
	return false
}

// stripPort removes ":port" from a Host value, minding IPv6 brackets.
func stripPort(h string) string {
	if strings.HasPrefix(h, "[") {
		if i := strings.IndexByte(h, ']'); i >= 0 {
			return h[:i+1]
		}
		return h
	}
	if i := strings.IndexByte(h, ':'); i >= 0 {
		return h[:i]
	}
	return h
}

// cleanPath reports whether target is an origin-form path that system.Uri
// would keep unchanged and WebUtility.UrlDecode would not alter: no escapes,
// no '+', no dot segments, no backslashes.
func cleanPath(t string) bool {
	if t == "" || t[0] != '/' {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '?':
			return true
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '/':
			if i+1 < len(t) && t[i+1] == '.' {
				return false
			}
		case strings.IndexByte("-_~!$&'()*,;=:@", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// requestBody reads a request's entity from the connection: Content-Length
// bytes, or chunked framing with extensions and trailers ignored (item 52).
type requestBody struct {
	br        *bufio.Reader
	chunked   bool
	remaining int64 // bytes left: of the body, or of the current chunk
	started   bool  // chunked: a chunk header has been read
	eof       bool
	err       system.Exception
}

// read returns up to len(p) bytes; 0 at the end of the body. A connection
// that ends early, or broken chunk framing, is an HttpListenerException 400.
func (b *requestBody) read(p []byte) (int, system.Exception) {
	if b.err != nil {
		return 0, b.err
	}
	if b.eof || len(p) == 0 {
		return 0, nil
	}
	if b.chunked && b.remaining == 0 {
		if !b.nextChunk() {
			return 0, b.err
		}
		if b.eof {
			return 0, nil
		}
	}
	if int64(len(p)) > b.remaining {
		p = p[:b.remaining]
	}
	n, err := b.br.Read(p)
	b.remaining -= int64(n)
	if err != nil && n == 0 {
		b.err = NewHttpListenerExceptionMessage(400, HttpStatusDescription(400))
		return 0, b.err
	}
	if b.remaining == 0 {
		if b.chunked {
			if !b.readCRLF() {
				return n, nil
			}
		} else {
			b.eof = true
		}
	}
	return n, nil
}

func (b *requestBody) fail() bool {
	b.err = NewHttpListenerExceptionMessage(400, HttpStatusDescription(400))
	return false
}

func (b *requestBody) readCRLF() bool {
	line, err := b.br.ReadSlice('\n')
	if err != nil || strings.TrimRight(string(line), "\r\n") != "" {
		return b.fail()
	}
	return true
}

// nextChunk reads a chunk-size line; size 0 reads the trailers and ends.
func (b *requestBody) nextChunk() bool {
	line, err := b.br.ReadSlice('\n')
	if err != nil {
		return b.fail()
	}
	s := strings.TrimRight(string(line), "\r\n")
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	n, perr := strconv.ParseInt(s, 16, 64)
	if perr != nil || n < 0 {
		return b.fail()
	}
	if n == 0 {
		for {
			t, err := b.br.ReadSlice('\n')
			if err != nil {
				return b.fail()
			}
			if len(strings.TrimRight(string(t), "\r\n")) == 0 {
				break
			}
		}
		b.eof = true
		return true
	}
	b.remaining = n
	return true
}

// flushInput is HttpListenerRequest.FlushInput: before a connection is
// reused the unread body is drained, each read waiting at most a second;
// false means the connection must close (item 27).
func (r *HttpListenerRequest) flushInput() bool {
	if !r.HasEntityBody() {
		return true
	}
	b := r.body()
	if b.eof {
		return true
	}
	nc := r.ctx.conn.nc
	var buf [2048]byte
	for {
		nc.SetReadDeadline(time.Now().Add(drainReadTimeout))
		n, ex := b.read(buf[:])
		if ex != nil {
			return false
		}
		if n == 0 {
			nc.SetReadDeadline(time.Time{})
			return true
		}
	}
}

// requestStream is the InputStream of a request with a body.
type requestStream struct {
	iostream.StreamBase
	body   *requestBody
	closed bool
}

func newRequestStream(b *requestBody) *requestStream {
	s := &requestStream{body: b}
	s.InitStreamBase(s)
	return s
}

// CanRead is Stream.CanRead: true.
func (s *requestStream) CanRead() bool { return true }

// CanWrite is Stream.CanWrite: false.
func (s *requestStream) CanWrite() bool { return false }

// CanSeek is Stream.CanSeek: false.
func (s *requestStream) CanSeek() bool { return false }

// Read is Stream.Read: body bytes, 0 at the end of the body.
func (s *requestStream) Read(buffer []byte, offset, count int32) int32 {
	iostream.StreamValidateBufferArguments(buffer, offset, count)
	if s.closed {
		panic(system.NewObjectDisposedException("System.Net.HttpRequestStream"))
	}
	n, ex := s.body.read(buffer[offset : offset+count])
	if ex != nil {
		panic(ex)
	}
	return int32(n)
}

// Write is Stream.Write: a request stream is read-only (item 52).
func (s *requestStream) Write(buffer []byte, offset, count int32) {
	panic(system.NewInvalidOperationException("The stream does not support writing."))
}

// Dispose is Stream.Dispose: later reads throw ObjectDisposedException;
// the listener still drains the rest before reusing the connection.
func (s *requestStream) Dispose() { s.closed = true }
