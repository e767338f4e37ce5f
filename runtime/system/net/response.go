// HttpListenerResponse: status, headers, cookies and framing state, and the
// serialisation of the response head exactly as managed .NET's SendHeaders
// writes it (spec items 1-45).

package net

import (
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
	iostream "github.com/cs2go/cs2go/runtime/system/io"
	"github.com/cs2go/cs2go/runtime/system/text"
)

type boundaryType int8

const (
	boundaryNone boundaryType = iota
	boundaryContentLength
	boundaryChunked
)

const (
	msgResponseSubmitted = "This operation cannot be performed after the response has been submitted."
	msgInvalidStatus     = "The status code must be exactly three digits."
	msgWrongVersion      = "Only HTTP/1.0 and HTTP/1.1 version requests are currently supported."
	msgContentLengthNeg  = "The Content-Length value must be greater than or equal to zero."
	msgNoChunkedOn10     = "Chunked encoding upload is not supported on the HTTP/1.0 protocol."
	msgControlChars      = "Specified value has invalid Control characters."
	msgCookieExists      = "Cookie already exists."
	serverHeaderValue    = "Microsoft-NetCore/2.0"
)

// HttpListenerResponse is System.Net.HttpListenerResponse.
type HttpListenerResponse struct {
	ctx *HttpListenerContext
	// hdr is Headers, held by value so a response costs no extra
	// allocation until headers are added.
	hdr             WebHeaderCollection
	cookies         *CookieCollection
	statusCode      int32
	statusDesc      string
	statusDescSet   bool
	contentLength   int64
	boundary        boundaryType
	keepAlive       bool
	versionMinor    int32
	contentEncoding *text.Encoding

	sentHeaders bool
	// connClose records SendHeaders' verdict: the connection closes after
	// this response.
	connClose bool
	disposed  bool
	finished  bool
	stream    *responseStream
	// Inline storage, so the common response allocates nothing extra.
	streamV    responseStream
	entriesBuf [4]headerEntry
}

func (r *HttpListenerResponse) init(ctx *HttpListenerContext) {
	r.ctx = ctx
	r.hdr.validate = true
	r.hdr.entries = r.entriesBuf[:0]
	r.statusCode = 200
	r.keepAlive = true
	r.versionMinor = 1
}

func (r *HttpListenerResponse) checkDisposed() {
	if r.disposed {
		panic(system.NewObjectDisposedException("System.Net.HttpListenerResponse"))
	}
}

func (r *HttpListenerResponse) checkSentHeaders() {
	if r.sentHeaders {
		panic(system.NewInvalidOperationException(msgResponseSubmitted))
	}
}

// Headers is the HttpListenerResponse.Headers getter.
func (r *HttpListenerResponse) Headers() *WebHeaderCollection { return &r.hdr }

// SetHeaders is the Headers setter: it copies value's headers (item 41);
// nil raises NullReferenceException, as in .NET.
func (r *HttpListenerResponse) SetHeaders(value *WebHeaderCollection) {
	if value == nil {
		panic(system.NewNullReferenceException(""))
	}
	h := WebHeaderCollection{validate: true}
	for _, e := range value.entries {
		h.Add(e.name, joinValues(e.values))
	}
	r.hdr = h
}

// Cookies is the HttpListenerResponse.Cookies getter.
func (r *HttpListenerResponse) Cookies() *CookieCollection {
	if r.cookies == nil {
		r.cookies = NewCookieCollection()
	}
	return r.cookies
}

// SetCookies is the Cookies setter; nil resets to an empty collection.
func (r *HttpListenerResponse) SetCookies(value *CookieCollection) { r.cookies = value }

// ContentEncoding is the HttpListenerResponse.ContentEncoding getter (nil
// by default). It never reaches the wire (item 38).
func (r *HttpListenerResponse) ContentEncoding() *text.Encoding { return r.contentEncoding }

// SetContentEncoding is the ContentEncoding setter.
func (r *HttpListenerResponse) SetContentEncoding(value *text.Encoding) { r.contentEncoding = value }

// ContentLength64 is the HttpListenerResponse.ContentLength64 getter; -1
// once the response went out chunked (item 1).
func (r *HttpListenerResponse) ContentLength64() int64 { return r.contentLength }

// SetContentLength64 is the ContentLength64 setter: it makes the response
// Content-Length framed (item 4); negative values raise
// ArgumentOutOfRangeException, and after the head was sent
// InvalidOperationException.
func (r *HttpListenerResponse) SetContentLength64(value int64) {
	r.checkDisposed()
	r.checkSentHeaders()
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgContentLengthNeg))
	}
	r.contentLength = value
	r.boundary = boundaryContentLength
}

// SendChunked is the HttpListenerResponse.SendChunked getter.
func (r *HttpListenerResponse) SendChunked() bool { return r.boundary == boundaryChunked }

// SetSendChunked is the SendChunked setter (items 4, 43).
func (r *HttpListenerResponse) SetSendChunked(value bool) {
	r.checkDisposed()
	r.checkSentHeaders()
	if value && r.ctx.request.minor == 0 { // ProtocolVersion.Minor == 0, as .NET tests it
		panic(NewProtocolViolationException(msgNoChunkedOn10))
	}
	if value {
		r.boundary = boundaryChunked
		r.contentLength = -1
	} else {
		r.boundary = boundaryContentLength
	}
}

// ContentType is the HttpListenerResponse.ContentType getter.
func (r *HttpListenerResponse) ContentType() string { return r.hdr.Get("Content-Type") }

// SetContentType is the ContentType setter: stored in Headers, trimmed;
// "" removes it (item 37).
func (r *HttpListenerResponse) SetContentType(value string) {
	r.checkDisposed()
	if value == "" {
		r.hdr.remove("Content-Type")
		return
	}
	r.hdr.Set("Content-Type", value)
}

// RedirectLocation is the HttpListenerResponse.RedirectLocation getter.
func (r *HttpListenerResponse) RedirectLocation() string { return r.hdr.Get("Location") }

// SetRedirectLocation is the RedirectLocation setter; the status is left
// alone and "" removes the header (item 21).
func (r *HttpListenerResponse) SetRedirectLocation(value string) {
	r.checkDisposed()
	if value == "" {
		r.hdr.remove("Location")
		return
	}
	r.hdr.Set("Location", value)
}

// KeepAlive is the HttpListenerResponse.KeepAlive getter (default true).
func (r *HttpListenerResponse) KeepAlive() bool { return r.keepAlive }

// SetKeepAlive is the KeepAlive setter; false sends `Connection: close`
// and closes the connection afterwards (item 22).
func (r *HttpListenerResponse) SetKeepAlive(value bool) {
	r.checkDisposed()
	r.keepAlive = value
}

// ProtocolVersion is the HttpListenerResponse.ProtocolVersion getter.
func (r *HttpListenerResponse) ProtocolVersion() *system.Version {
	return system.NewVersion(1, r.versionMinor)
}

// SetProtocolVersion is the ProtocolVersion setter: 1.0 or 1.1 only; the
// status line says HTTP/1.1 regardless (items 9, 42).
func (r *HttpListenerResponse) SetProtocolVersion(value *system.Version) {
	r.checkDisposed()
	if value == nil {
		panic(system.NewArgumentNullException("value"))
	}
	if value.Major() != 1 || (value.Minor() != 0 && value.Minor() != 1) {
		panic(system.NewArgumentExceptionParam(msgWrongVersion, "value"))
	}
	r.versionMinor = value.Minor()
}

// StatusCode is the HttpListenerResponse.StatusCode getter.
func (r *HttpListenerResponse) StatusCode() int32 { return r.statusCode }

// SetStatusCode is the StatusCode setter: 100 to 999, else
// ProtocolViolationException (item 17).
func (r *HttpListenerResponse) SetStatusCode(value int32) {
	r.checkDisposed()
	if value < 100 || value > 999 {
		panic(NewProtocolViolationException(msgInvalidStatus))
	}
	r.statusCode = value
}

// StatusDescription is the HttpListenerResponse.StatusDescription getter:
// the reason phrase of the current status, fixed on first read (item 18).
func (r *HttpListenerResponse) StatusDescription() string {
	if !r.statusDescSet {
		r.statusDesc = HttpStatusDescription(r.statusCode)
		r.statusDescSet = true
	}
	return r.statusDesc
}

// SetStatusDescription is the StatusDescription setter: control characters
// other than TAB raise ArgumentException (item 19).
func (r *HttpListenerResponse) SetStatusDescription(value string) {
	r.checkDisposed()
	for i := 0; i < len(value); i++ {
		if c := value[i]; (c < 0x20 && c != '\t') || c == 0x7f {
			panic(system.NewArgumentExceptionParam(msgControlChars, "value"))
		}
	}
	r.statusDesc, r.statusDescSet = value, true
}

// AddHeader is HttpListenerResponse.AddHeader(name, value): Headers.Set (item 39).
func (r *HttpListenerResponse) AddHeader(name, value string) { r.hdr.Set(name, value) }

// AppendHeader is HttpListenerResponse.AppendHeader(name, value): Headers.Add.
func (r *HttpListenerResponse) AppendHeader(name, value string) { r.hdr.Add(name, value) }

// AppendCookie is HttpListenerResponse.AppendCookie(cookie): a cookie with
// the same name, domain and path is replaced (item 45).
func (r *HttpListenerResponse) AppendCookie(cookie *Cookie) {
	if cookie == nil {
		panic(system.NewArgumentNullException("cookie"))
	}
	r.Cookies().Add(cookie)
}

// SetCookie is HttpListenerResponse.SetCookie(cookie): a copy is added; an
// equal cookie already present raises ArgumentException (item 45).
func (r *HttpListenerResponse) SetCookie(cookie *Cookie) {
	if cookie == nil {
		panic(system.NewArgumentNullException("cookie"))
	}
	cc := r.Cookies()
	for _, c := range cc.cookies {
		if c.Equals(cookie) {
			panic(system.NewArgumentExceptionParam(msgCookieExists, "cookie"))
		}
	}
	cc.Add(cookie.clone())
}

// Redirect is HttpListenerResponse.Redirect(url): Location, then 302
// "Found" (item 20). After Close the Location is set, then
// ObjectDisposedException is raised (item 32).
func (r *HttpListenerResponse) Redirect(url string) {
	r.hdr.Set("Location", url)
	r.SetStatusCode(302)
	r.SetStatusDescription("Found")
}

// CopyFrom is HttpListenerResponse.CopyFrom(templateResponse): headers,
// length, status, description, keep-alive and version (item 41).
func (r *HttpListenerResponse) CopyFrom(templateResponse *HttpListenerResponse) {
	if templateResponse == nil {
		panic(system.NewNullReferenceException(""))
	}
	t := templateResponse
	r.hdr = *t.hdr.Clone()
	r.contentLength = t.contentLength
	r.statusCode = t.statusCode
	r.statusDesc, r.statusDescSet = t.statusDesc, t.statusDescSet
	r.keepAlive = t.keepAlive
	r.versionMinor = t.versionMinor
}

// OutputStream is HttpListenerResponse.OutputStream: writes go to the
// client at once, chunk-framed unless a length was set (item 2);
// ObjectDisposedException after Close (item 32).
func (r *HttpListenerResponse) OutputStream() iostream.Stream {
	r.checkDisposed()
	return r.outputStream()
}

func (r *HttpListenerResponse) outputStream() *responseStream {
	if r.stream == nil {
		r.stream = &r.streamV
		r.stream.resp = r
		r.stream.InitStreamBase(r.stream)
	}
	return r.stream
}

// Close is HttpListenerResponse.Close(): it sends what is still pending
// (the head, the last chunk) and frees the connection for the next
// request. Repeated calls do nothing (item 33).
func (r *HttpListenerResponse) Close() {
	if r.disposed {
		return
	}
	r.close(false)
}

// Abort is HttpListenerResponse.Abort(): like Close, but the connection is
// not reused (item 30).
func (r *HttpListenerResponse) Abort() {
	if r.disposed {
		return
	}
	r.close(true)
}

// Dispose is IDisposable.Dispose(): Abort (item 30).
func (r *HttpListenerResponse) Dispose() { r.Abort() }

// CloseBytes is HttpListenerResponse.Close(responseEntity, willBlock): the
// entity is sent, with a Content-Length unless the response is chunked or
// already sent, and the response closed (item 36). The write is
// synchronous whatever willBlock says.
func (r *HttpListenerResponse) CloseBytes(responseEntity []byte, willBlock bool) {
	r.checkDisposed()
	if responseEntity == nil {
		panic(system.NewArgumentNullException("responseEntity"))
	}
	if !r.sentHeaders && r.boundary != boundaryChunked {
		r.SetContentLength64(int64(len(responseEntity)))
	}
	defer r.close(false)
	r.outputStream().Write(responseEntity, 0, int32(len(responseEntity)))
}

// close is Close(force): the output stream sends what is pending, then the
// connection learns whether it may be reused.
func (r *HttpListenerResponse) close(force bool) {
	r.disposed = true
	ex := r.outputStream().closeCore()
	r.finish(force)
	_ = ex // .NET ignores write failures on close (connection reset)
}

// finish releases the connection: reused unless forced, the request is
// not keep-alive, or SendHeaders decided on `Connection: close`.
func (r *HttpListenerResponse) finish(force bool) {
	if r.finished {
		return
	}
	r.finished = true
	if !force {
		force = !r.ctx.request.KeepAlive() || r.connClose || r.hdr.Get("Connection") == "close"
	}
	r.ctx.conn.next(r.ctx, force)
}

// writeBody writes an entity through the stream, ignoring write errors:
// the listener's own responses use it.
func (r *HttpListenerResponse) writeBody(b []byte) {
	s := r.outputStream()
	s.writeCore(b, true)
	s.closeCore()
	r.disposed = true
}

// canSendBody is CanSendResponseBody: 1xx, 204, 205 and 304 have none (item 7).
func canSendBody(status int32) bool {
	return !(status >= 100 && status < 200 || status == 204 || status == 205 || status == 304)
}

// Header values the serialiser adds, in .NET's order (item 11).
const (
	ovServer = iota
	ovDate
	ovContentLength
	ovConnection
	ovTransferEncoding
	ovKeepAlive
	ovSetCookie
	ovSetCookie2
	ovCount
)

var overrideNames = [ovCount]string{
	"Server", "Date", "Content-Length", "Connection", "Transfer-Encoding", "Keep-Alive", "Set-Cookie", "Set-Cookie2",
}

// appendHead is SendHeaders: it decides framing and connection headers and
// appends the status line and headers to b. closing is true when the
// response is being closed without a body write.
//
// .NET does this by Set-ting headers into Headers and formatting the
// collection; Set replaces in place, else appends. The same bytes come out
// of writing the user's headers with the added values substituted in
// place, then appending the added headers that were not present — without
// allocating a header entry per response. Headers therefore does not show
// Server, Date and the rest after sending, unlike .NET.
func (r *HttpListenerResponse) appendHead(b []byte, closing bool) []byte {
	req := &r.ctx.request
	var ov [ovCount]string
	var set [ovCount]bool
	var remove [ovCount]bool
	if !r.hdr.Contains("Server") {
		ov[ovServer], set[ovServer] = serverHeaderValue, true
	}
	if !r.hdr.Contains("Date") {
		ov[ovDate], set[ovDate] = httpDate(), true
	}
	is10 := req.atMost10()
	if r.boundary == boundaryNone {
		if is10 {
			r.keepAlive = false
		} else {
			r.boundary = boundaryChunked
		}
		if canSendBody(r.statusCode) {
			r.contentLength = -1
		} else {
			r.boundary = boundaryContentLength
			r.contentLength = 0
		}
	}
	if r.boundary != boundaryChunked {
		if r.boundary != boundaryContentLength && closing {
			if canSendBody(r.statusCode) {
				r.contentLength = -1
			} else {
				r.contentLength = 0
			}
		}
		if r.boundary == boundaryContentLength {
			ov[ovContentLength], set[ovContentLength] = formatInt(r.contentLength), true
		}
	}
	connClose := false
	switch r.statusCode {
	case 400, 408, 411, 413, 414, 500, 503:
		connClose = true
	}
	if !connClose {
		connClose = !req.KeepAlive()
	}
	// connLate marks a Connection header .NET sets after Transfer-Encoding
	// and Keep-Alive, which places it later when it is new.
	connLate := false
	if !r.keepAlive || connClose {
		ov[ovConnection], set[ovConnection] = "close", true
		connClose = true
	}
	if r.boundary == boundaryChunked {
		ov[ovTransferEncoding], set[ovTransferEncoding] = "chunked", true
	}
	if r.ctx.conn.reuses >= maxReuses && !connClose {
		ov[ovConnection], set[ovConnection] = "close", true
		connClose, connLate = true, true
	}
	if is10 {
		if r.keepAlive {
			ov[ovKeepAlive], set[ovKeepAlive] = "true", true
		}
		if !connClose {
			ov[ovConnection], set[ovConnection] = "keep-alive", true
			connLate = true
		}
	}
	if r.cookies != nil && len(r.cookies.cookies) > 0 {
		sc, sc2 := FoldResponseCookies(r.cookies)
		if sc != "" {
			ov[ovSetCookie], set[ovSetCookie] = sc, true
			if sc2 == "" {
				remove[ovSetCookie2] = true
			}
		}
		if sc2 != "" {
			ov[ovSetCookie2], set[ovSetCookie2] = sc2, true
			if sc == "" {
				remove[ovSetCookie] = true
			}
		}
	}
	r.connClose = connClose

	b = append(b, "HTTP/1.1 "...)
	b = appendInt(b, int64(r.statusCode))
	b = append(b, ' ')
	b = appendLowBytes(b, r.StatusDescription())
	b = append(b, "\r\n"...)

	var done [ovCount]bool
	for i := range r.hdr.entries {
		e := &r.hdr.entries[i]
		if k := overrideIndex(e.name); k >= 0 {
			if remove[k] {
				continue
			}
			if set[k] {
				b = appendHeaderLine(b, e.name, ov[k])
				done[k] = true
				continue
			}
		}
		b = appendHeaderEntry(b, e.name, e.values)
	}
	emit := func(k int) {
		if set[k] && !done[k] {
			b = appendHeaderLine(b, overrideNames[k], ov[k])
			done[k] = true
		}
	}
	emit(ovServer)
	emit(ovDate)
	emit(ovContentLength)
	if !connLate {
		emit(ovConnection)
	}
	emit(ovTransferEncoding)
	emit(ovKeepAlive)
	emit(ovConnection)
	emit(ovSetCookie)
	emit(ovSetCookie2)
	b = append(b, "\r\n"...)
	r.sentHeaders = true
	return b
}

// overrideIndex maps a header name to its ov* slot, or -1.
func overrideIndex(name string) int {
	switch len(name) {
	case 4:
		if strings.EqualFold(name, "Date") {
			return ovDate
		}
	case 6:
		if strings.EqualFold(name, "Server") {
			return ovServer
		}
	case 10:
		if strings.EqualFold(name, "Connection") {
			return ovConnection
		}
		if strings.EqualFold(name, "Keep-Alive") {
			return ovKeepAlive
		}
		if strings.EqualFold(name, "Set-Cookie") {
			return ovSetCookie
		}
	case 11:
		if strings.EqualFold(name, "Set-Cookie2") {
			return ovSetCookie2
		}
	case 14:
		if strings.EqualFold(name, "Content-Length") {
			return ovContentLength
		}
	case 17:
		if strings.EqualFold(name, "Transfer-Encoding") {
			return ovTransferEncoding
		}
	}
	return -1
}

func appendHeaderLine(b []byte, name, value string) []byte {
	b = append(b, name...)
	b = append(b, ": "...)
	b = append(b, value...)
	return append(b, "\r\n"...)
}

// appendHeaderEntry is FormatHeaders for one name: blank values are
// skipped, the rest joined with ", " (Set-Cookie and Set-Cookie2: one line
// each); a name left with no value is sent empty, except Location, which
// is dropped (items 13, 14).
func appendHeaderEntry(b []byte, name string, values []string) []byte {
	start := len(b)
	b = append(b, name...)
	b = append(b, ": "...)
	any := false
	cookie := len(name) >= 10 && (strings.EqualFold(name, "Set-Cookie") || strings.EqualFold(name, "Set-Cookie2"))
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		if any {
			if cookie {
				b = append(b, "\r\n"...)
				b = append(b, name...)
				b = append(b, ": "...)
			} else {
				b = append(b, ", "...)
			}
		}
		b = append(b, v...)
		any = true
	}
	if !any && strings.EqualFold(name, "Location") {
		return b[:start]
	}
	return append(b, "\r\n"...)
}

// appendLowBytes writes each char's low byte, as .NET's WebHeaderEncoding
// does for the reason phrase (item 15).
func appendLowBytes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r > 0xffff {
			// A surrogate pair: two UTF-16 units, two low bytes.
			r1, r2 := 0xd800+((r-0x10000)>>10), 0xdc00+((r-0x10000)&0x3ff)
			b = append(b, byte(r1), byte(r2))
		} else {
			b = append(b, byte(r))
		}
		i += n
	}
	return b
}

func appendInt(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return append(b, tmp[i:]...)
}

func formatInt(v int64) string {
	if v >= 0 && v < int64(len(smallInts)) {
		return smallInts[v]
	}
	return string(appendInt(nil, v))
}

// smallInts avoids an allocation for common Content-Length values.
var smallInts = func() [1024]string {
	var t [1024]string
	for i := range t {
		t[i] = string(appendInt(nil, int64(i)))
	}
	return t
}()

// cachedDate holds the Date header value for the current second.
type cachedDate struct {
	sec int64
	s   string
}

var dateCache atomic.Pointer[cachedDate]

// httpDate is DateTime.UtcNow.ToString("r"), formatted once per second.
func httpDate() string {
	now := time.Now()
	sec := now.Unix()
	if d := dateCache.Load(); d != nil && d.sec == sec {
		return d.s
	}
	d := &cachedDate{sec: sec, s: now.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")}
	dateCache.Store(d)
	return d.s
}
