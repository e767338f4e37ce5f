// HttpListenerRequest: the public, read-only view of a parsed request
// (spec §1 and items 48-59).

package net

import (
	"strings"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/collections/specialized"
	iostream "github.com/cs2go/cs2go/runtime/system/io"
	"github.com/cs2go/cs2go/runtime/system/text"
)

// HttpListenerRequest is System.Net.HttpListenerRequest. Most properties
// are computed on first use from the raw head, so that a request whose
// handler reads only RawUrl costs little.
type HttpListenerRequest struct {
	ctx          *HttpListenerContext
	method       string
	rawURL       string
	major, minor int32
	raw          []rawHeader
	headers      *WebHeaderCollection

	host, expect, connection, keepAliveHdr string
	proxyConnection, authorization         string
	transferEncoding                       string
	hasHost, hasTE, clSet, chunked         bool
	expectContinue                         bool
	contentLength                          int64

	urlHost, urlTarget, urlPath string
	url                         *system.Uri
	urlBuilt                    bool

	bodyReader       *requestBody
	inputStream      iostream.Stream
	traceID          system.Guid
	certRequested    bool
	keepAliveCached  int8
	contentEncodingV *text.Encoding
	rawBuf           [8]rawHeader
}

// Headers is HttpListenerRequest.Headers: the request headers, names as
// first received, a repeated name holding its last value (item 49).
func (r *HttpListenerRequest) Headers() *WebHeaderCollection {
	if r.headers == nil {
		h := newWireHeaders()
		h.entries = make([]headerEntry, 0, len(r.raw))
		for _, rh := range r.raw {
			h.set(rh.name, rh.value)
		}
		r.headers = h
	}
	return r.headers
}

// header returns a header's value, or "" when absent.
func (r *HttpListenerRequest) header(name string) string {
	if r.headers != nil {
		return r.headers.Get(name)
	}
	v := ""
	for _, rh := range r.raw {
		if strings.EqualFold(rh.name, name) {
			v = rh.value
		}
	}
	return v
}

// HttpMethod is HttpListenerRequest.HttpMethod, with its case as sent.
func (r *HttpListenerRequest) HttpMethod() string { return r.method }

// RawUrl is HttpListenerRequest.RawUrl: the request target exactly as sent.
func (r *HttpListenerRequest) RawUrl() string { return r.rawURL }

// ProtocolVersion is HttpListenerRequest.ProtocolVersion.
func (r *HttpListenerRequest) ProtocolVersion() *system.Version {
	return system.NewVersion(r.major, r.minor)
}

// Url is HttpListenerRequest.Url: scheme, the Host header's host (port
// dropped), the local port and the raw path and query (item 54).
func (r *HttpListenerRequest) Url() *system.Uri {
	if !r.urlBuilt {
		r.urlBuilt = true
		if r.url == nil {
			r.url = r.buildURL()
		}
	}
	return r.url
}

// UrlReferrer is HttpListenerRequest.UrlReferrer: the Referer header as a
// Uri, or nil when absent or not a valid URI.
func (r *HttpListenerRequest) UrlReferrer() *system.Uri {
	ref := r.header("Referer")
	if ref == "" {
		return nil
	}
	var u *system.Uri
	if !system.UriTryCreate(ref, system.UriKindRelativeOrAbsolute, &u) {
		return nil
	}
	return u
}

// QueryString is HttpListenerRequest.QueryString: a new collection on every
// call, parsed from Url.Query (item 56).
func (r *HttpListenerRequest) QueryString() *specialized.NameValueCollection {
	nvc := specialized.NewNameValueCollection()
	q := ""
	if u := r.Url(); u != nil {
		q = u.Query()
	} else if i := strings.IndexByte(r.rawURL, '?'); i >= 0 {
		q = r.rawURL[i:]
	}
	fillQueryString(nvc, q)
	return nvc
}

// fillQueryString is .NET's Helpers.FillFromString: split on '&', the
// first '=' splits name from value, no '=' gives a null name, '+' is a
// space, %XX and %uXXXX are decoded as UTF-8.
func fillQueryString(nvc *specialized.NameValueCollection, s string) {
	l := len(s)
	i := 0
	if l > 0 && s[0] == '?' {
		i = 1
	}
	for i < l {
		si, ti := i, -1
		for ; i < l; i++ {
			if s[i] == '=' {
				if ti < 0 {
					ti = i
				}
			} else if s[i] == '&' {
				break
			}
		}
		if ti >= 0 {
			nvc.Add(urlDecodeQuery(s[si:ti]), urlDecodeQuery(s[ti+1:i]))
		} else {
			nvc.AddNullKey(urlDecodeQuery(s[si:i]))
		}
		if i == l-1 && s[i] == '&' {
			nvc.AddNullKey("")
		}
		i++
	}
}

// urlDecodeQuery is HttpUtility.UrlDecode with UTF-8: '+', %XX, %uXXXX;
// malformed escapes are kept as written.
func urlDecodeQuery(s string) string {
	if !strings.ContainsAny(s, "+%") {
		return s
	}
	var buf []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			buf = append(buf, ' ')
		case c == '%' && i+5 < len(s) && (s[i+1] == 'u' || s[i+1] == 'U') &&
			hexVal(s[i+2]) >= 0 && hexVal(s[i+3]) >= 0 && hexVal(s[i+4]) >= 0 && hexVal(s[i+5]) >= 0:
			r := rune(hexVal(s[i+2])<<12 | hexVal(s[i+3])<<8 | hexVal(s[i+4])<<4 | hexVal(s[i+5]))
			buf = utf8.AppendRune(buf, r)
			i += 5
		case c == '%' && i+2 < len(s) && hexVal(s[i+1]) >= 0 && hexVal(s[i+2]) >= 0:
			buf = append(buf, byte(hexVal(s[i+1])<<4|hexVal(s[i+2])))
			i += 2
		default:
			buf = append(buf, c)
		}
	}
	return strings.ToValidUTF8(string(buf), "\uFFFD")
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// ContentLength64 is HttpListenerRequest.ContentLength64: 0 without a
// length, -1 for a chunked body (item 50).
func (r *HttpListenerRequest) ContentLength64() int64 {
	if r.chunked {
		return -1
	}
	return r.contentLength
}

// HasEntityBody is HttpListenerRequest.HasEntityBody.
func (r *HttpListenerRequest) HasEntityBody() bool { return r.contentLength > 0 || r.chunked }

// body returns the body reader, creating it on first use.
func (r *HttpListenerRequest) body() *requestBody {
	if r.bodyReader == nil {
		r.bodyReader = &requestBody{br: r.ctx.conn.rs.br, chunked: r.chunked}
		if !r.chunked {
			r.bodyReader.remaining = r.contentLength
			r.bodyReader.eof = r.contentLength == 0
		}
	}
	return r.bodyReader
}

// InputStream is HttpListenerRequest.InputStream: Stream.Null without a
// body. Reading a chunked body makes the response chunked, as in .NET.
func (r *HttpListenerRequest) InputStream() iostream.Stream {
	if r.inputStream == nil {
		if !r.HasEntityBody() {
			r.inputStream = iostream.StreamNull()
		} else {
			if r.chunked {
				resp := &r.ctx.response
				if !resp.sentHeaders {
					resp.boundary, resp.contentLength = boundaryChunked, -1
				}
			}
			r.inputStream = newRequestStream(r.body())
		}
	}
	return r.inputStream
}

// ContentType is HttpListenerRequest.ContentType.
func (r *HttpListenerRequest) ContentType() string { return r.header("Content-Type") }

// ContentEncoding is HttpListenerRequest.ContentEncoding: the charset of
// Content-Type when there is a body, else Encoding.Default (item 59).
func (r *HttpListenerRequest) ContentEncoding() *text.Encoding {
	if r.contentEncodingV != nil {
		return r.contentEncodingV
	}
	enc := text.EncodingDefault()
	if r.HasEntityBody() {
		if cs := charsetOf(r.ContentType()); cs != "" {
			system.Try(func() { enc = text.EncodingGetEncoding(cs) }, system.CatchAll(func() {}))
		}
	}
	r.contentEncodingV = enc
	return enc
}

// charsetOf extracts the charset parameter of a Content-Type value.
func charsetOf(ct string) string {
	for _, part := range strings.Split(ct, ";") {
		part = strings.TrimSpace(part)
		if len(part) > 8 && strings.EqualFold(part[:8], "charset=") {
			return strings.Trim(strings.TrimSpace(part[8:]), "\"")
		}
	}
	return ""
}

// Cookies is HttpListenerRequest.Cookies, parsed from the Cookie header (item 58).
func (r *HttpListenerRequest) Cookies() *CookieCollection {
	if c := r.header("Cookie"); c != "" {
		return ParseRequestCookies(c)
	}
	return NewCookieCollection()
}

// AcceptTypes is HttpListenerRequest.AcceptTypes: the Accept header split
// on ','; nil when absent (item 57).
func (r *HttpListenerRequest) AcceptTypes() []string { return splitHeaderList(r, "Accept") }

// UserLanguages is HttpListenerRequest.UserLanguages: Accept-Language
// split on ','; nil when absent (item 57).
func (r *HttpListenerRequest) UserLanguages() []string {
	return splitHeaderList(r, "Accept-Language")
}

// splitHeaderList splits on ',' and trims one leading space per item, as
// .NET's Helpers.ParseMultivalueHeader does.
func splitHeaderList(r *HttpListenerRequest, name string) []string {
	if !r.hasHeader(name) {
		return nil
	}
	parts := strings.Split(r.header(name), ",")
	for i, p := range parts {
		parts[i] = strings.TrimPrefix(p, " ")
	}
	return parts
}

func (r *HttpListenerRequest) hasHeader(name string) bool {
	if r.headers != nil {
		return r.headers.Contains(name)
	}
	for _, rh := range r.raw {
		if strings.EqualFold(rh.name, name) {
			return true
		}
	}
	return false
}

// IsAuthenticated is HttpListenerRequest.IsAuthenticated: always false in
// managed .NET, even after Basic authentication (item 70).
func (r *HttpListenerRequest) IsAuthenticated() bool { return false }

// IsLocal is HttpListenerRequest.IsLocal: the remote address is the local one.
func (r *HttpListenerRequest) IsLocal() bool {
	return r.LocalEndPoint().Address().Equals(r.RemoteEndPoint().Address())
}

// IsSecureConnection is HttpListenerRequest.IsSecureConnection.
func (r *HttpListenerRequest) IsSecureConnection() bool { return r.ctx.conn.secure }

// IsWebSocketRequest is HttpListenerRequest.IsWebSocketRequest: Connection
// contains "Upgrade" and Upgrade contains "websocket" (item 59).
func (r *HttpListenerRequest) IsWebSocketRequest() bool {
	if r.atMost10() {
		return false
	}
	return containsFold(r.connection, "upgrade") && containsFold(r.header("Upgrade"), "websocket")
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), sub)
}

// KeepAlive is HttpListenerRequest.KeepAlive (item 53): Proxy-Connection,
// else Connection, decides; without either, HTTP/1.1 is keep-alive and
// HTTP/1.0 only with a Keep-Alive header.
func (r *HttpListenerRequest) KeepAlive() bool {
	if r.keepAliveCached == 0 {
		h := r.proxyConnection
		if h == "" {
			h = r.connection
		}
		var ka bool
		switch {
		case h != "":
			h = strings.ToLower(h)
			ka = !strings.Contains(h, "close") || strings.Contains(h, "keep-alive")
		case !r.atMost10():
			ka = true
		default:
			ka = r.keepAliveHdr != ""
		}
		r.keepAliveCached = 2
		if ka {
			r.keepAliveCached = 1
		}
	}
	return r.keepAliveCached == 1
}

// LocalEndPoint is HttpListenerRequest.LocalEndPoint.
func (r *HttpListenerRequest) LocalEndPoint() *IPEndPoint { return r.ctx.conn.localEndPoint() }

// RemoteEndPoint is HttpListenerRequest.RemoteEndPoint.
func (r *HttpListenerRequest) RemoteEndPoint() *IPEndPoint { return r.ctx.conn.remoteEndPoint() }

// UserHostAddress is HttpListenerRequest.UserHostAddress: the LOCAL
// endpoint, "ip:port" (item 55).
func (r *HttpListenerRequest) UserHostAddress() string { return r.LocalEndPoint().ToString() }

// UserHostName is HttpListenerRequest.UserHostName: the raw Host header,
// "" (null) when absent.
func (r *HttpListenerRequest) UserHostName() string { return r.host }

// UserAgent is HttpListenerRequest.UserAgent.
func (r *HttpListenerRequest) UserAgent() string { return r.header("User-Agent") }

// RequestTraceIdentifier is HttpListenerRequest.RequestTraceIdentifier: a
// random Guid per request, fixed on first read.
func (r *HttpListenerRequest) RequestTraceIdentifier() system.Guid {
	if r.traceID == (system.Guid{}) {
		r.traceID = system.GuidNewGuid()
	}
	return r.traceID
}

// ServiceName is HttpListenerRequest.ServiceName: null in managed .NET.
func (r *HttpListenerRequest) ServiceName() string { return "" }

// GetClientCertificate is HttpListenerRequest.GetClientCertificate(): nil,
// since the listener requests no client certificates.
func (r *HttpListenerRequest) GetClientCertificate() any {
	r.certRequested = true
	return nil
}

// ClientCertificateError is HttpListenerRequest.ClientCertificateError:
// InvalidOperationException until GetClientCertificate was called, then 0.
func (r *HttpListenerRequest) ClientCertificateError() int32 {
	if !r.certRequested {
		panic(system.NewInvalidOperationException("Please call the GetClientCertificate()/BeginGetClientCertificate() method before calling this method."))
	}
	return 0
}

// atMost10 is ProtocolVersion <= HttpVersion.Version10.
func (r *HttpListenerRequest) atMost10() bool {
	return r.major < 1 || (r.major == 1 && r.minor == 0)
}

// routeHost and routePath are what the endpoint routes the request by.
func (r *HttpListenerRequest) routeHost() string { return r.urlHost }
func (r *HttpListenerRequest) routePath() string { return r.urlPath }
