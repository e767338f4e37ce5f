// This file implements the translation of Mono's known deviations from
// managed .NET, one function per entry of mono-differences.md, applied to
// the Mono side of TestMonoDifferential only.

package samples

import (
	"bytes"
	"strconv"
	"strings"
)

// monoDifference is one documented Mono-vs-.NET difference.
type monoDifference struct {
	// id is the heading of the entry in mono-differences.md.
	id string
	// apply rewrites got (Mono's normalised exchange) into what .NET would
	// send. It may also reduce want where Mono's output carries less
	// information than .NET's; each such case is said in the document.
	apply func(want, got *Exchange)
}

// monoDifferences lists the translations in the order they are applied.
var monoDifferences = []monoDifference{
	{"status-line-version", statusLineVersion},
	{"keep-alive-header", keepAliveHeader},
	{"empty-body-length", emptyBodyLength},
	{"chunked-request-chunked-response", chunkedRequestChunkedResponse},
	{"multi-value-lines", multiValueLines},
	{"last-cookie-only", lastCookieOnly},
	{"content-type-charset", contentTypeCharset},
	{"unmatched-prefix", unmatchedPrefix},
}

// monoToDotNet applies every translation in turn and returns the ids of
// those that changed something, so a test can report which differences
// each sample exercises.
func monoToDotNet(want, got *Exchange) (fired []string) {
	for _, d := range monoDifferences {
		before := FormatResponse(&want.Response) + FormatResponse(&got.Response)
		d.apply(want, got)
		if FormatResponse(&want.Response)+FormatResponse(&got.Response) != before {
			fired = append(fired, d.id)
		}
	}
	return fired
}

// requestVersion returns "1.0" or "1.1" from the request line.
func requestVersion(req []byte) string {
	line, _, _ := strings.Cut(strings.TrimLeft(string(req), "\r\n"), "\n")
	if strings.Contains(line, "HTTP/1.0") {
		return "1.0"
	}
	return "1.1"
}

// statusLineVersion: Mono prints response.ProtocolVersion in the status line,
// .NET always "HTTP/1.1" (spec item 9).
func statusLineVersion(want, got *Exchange) {
	if rest, ok := strings.CutPrefix(got.Response.Status, "HTTP/1.0 "); ok {
		got.Response.Status = "HTTP/1.1 " + rest
	}
}

// keepAliveHeader: Mono adds "Keep-Alive: timeout=15,max=N" to every
// response on a connection it keeps open (item 25). .NET sends no Keep-Alive
// to HTTP/1.1 requests, and "Keep-Alive: true" to HTTP/1.0 requests whenever
// response.KeepAlive is true (item 24), even when it closes the connection,
// where Mono sends nothing.
func keepAliveHeader(want, got *Exchange) {
	h := &got.Response.Head
	v10 := requestVersion(got.Request) == "1.0"
	var kept []Field
	for _, f := range h.Header {
		if strings.EqualFold(f.Name, "Keep-Alive") && strings.HasPrefix(f.Value, "timeout=15,max=") {
			if !v10 {
				continue
			}
			f.Value = "true"
		}
		kept = append(kept, f)
	}
	h.Header = kept
	if v10 {
		wv, wok := want.Response.Get("Keep-Alive")
		if _, gok := h.Get("Keep-Alive"); wok && wv == "true" && !gok {
			h.Header = append(h.Header, Field{"Keep-Alive", "true"})
		}
	}
}

// emptyBodyLength: a response closed with nothing written goes out with
// "Content-Length: 0" from Mono; .NET gives an HTTP/1.1 request an empty
// chunked body (item 1). A program that set ContentLength64 = 0 gets
// "Content-Length: 0" from both, and the wire cannot tell the two apart, so
// the translation applies only where the script expects the chunked form.
func emptyBodyLength(want, got *Exchange) {
	g := &got.Response
	if cl, ok := g.Get("Content-Length"); !ok || cl != "0" || len(g.Body) != 0 {
		return
	}
	if te, ok := want.Response.Get("Transfer-Encoding"); !ok || te != "chunked" || len(want.Response.Body) != 0 {
		return
	}
	setHeader(&g.Head, "Content-Length", "Transfer-Encoding", "chunked")
}

// chunkedRequestChunkedResponse: Mono answers a request that had a chunked
// body with a chunked response even when the program set ContentLength64;
// .NET sends the Content-Length the program chose (item 4). The program's
// choice is lost on Mono's wire, so the translation accepts the script's
// Content-Length when it equals the body length.
func chunkedRequestChunkedResponse(want, got *Exchange) {
	if !bytes.Contains(bytes.ToLower(got.Request), []byte("\r\ntransfer-encoding: chunked\r\n")) {
		return
	}
	g := &got.Response
	if te, ok := g.Get("Transfer-Encoding"); !ok || te != "chunked" {
		return
	}
	if cl, ok := want.Response.Get("Content-Length"); ok && cl == strconv.Itoa(len(g.Body)) {
		setHeader(&g.Head, "Transfer-Encoding", "Content-Length", cl)
	}
}

// multiValueLines: for a header with several values Mono writes one line per
// value; .NET writes one line with the values joined by ", " (item 13).
// Set-Cookie keeps one line per value in both.
func multiValueLines(want, got *Exchange) {
	h := &got.Response.Head
	var out []Field
	for _, f := range h.Header {
		if n := len(out); n > 0 && strings.EqualFold(out[n-1].Name, f.Name) && !strings.EqualFold(f.Name, "Set-Cookie") {
			out[n-1].Value += ", " + f.Value
			continue
		}
		out = append(out, f)
	}
	h.Header = out
}

// lastCookieOnly: .NET folds all Response.Cookies into one Set-Cookie line
// joined by ", " with attributes after "; " (item 44); Mono sends only the
// last cookie, with attributes after ";" and no space. The translation
// respaces Mono's attributes and, since the other cookies never reach
// Mono's wire, cuts the script's folded line down to its last cookie.
func lastCookieOnly(want, got *Exchange) {
	g := &got.Response.Head
	for i := range g.Header {
		if strings.EqualFold(g.Header[i].Name, "Set-Cookie") {
			g.Header[i].Value = strings.ReplaceAll(g.Header[i].Value, ";", "; ")
		}
	}
	w := &want.Response.Head
	fields := append([]Field(nil), w.Header...)
	for i := range fields {
		if strings.EqualFold(fields[i].Name, "Set-Cookie") {
			cookies := strings.Split(fields[i].Value, ", ")
			fields[i].Value = cookies[len(cookies)-1]
		}
	}
	w.Header = fields
}

// setHeader replaces the field called old by name: value, in place.
func setHeader(h *Head, old, name, value string) {
	fields := append([]Field(nil), h.Header...)
	for i := range fields {
		if strings.EqualFold(fields[i].Name, old) {
			fields[i] = Field{name, value}
		}
	}
	h.Header = fields
}

// contentTypeCharset: when a program sets ContentEncoding, Mono appends
// "; charset=<WebName>" to Content-Type; .NET sends Content-Type exactly as
// set (items 37, 38). Samples that want a charset spell it "UTF-8" in
// ContentType themselves, so the lower-case suffix is always Mono's.
func contentTypeCharset(want, got *Exchange) {
	h := &got.Response.Head
	for i := range h.Header {
		if strings.EqualFold(h.Header[i].Name, "Content-Type") {
			h.Header[i].Value = strings.TrimSuffix(h.Header[i].Value, "; charset=utf-8")
		}
	}
}

// unmatchedPrefix: a request that matches no prefix gets Mono's
// "400 Bad Request" page "(Invalid host)" with Connection: close; .NET
// answers it with its own 404 page, Content-Length, and then closes the
// connection without a Connection header (item 47; R HttpConnection.OnRead).
func unmatchedPrefix(want, got *Exchange) {
	g := &got.Response
	if g.StatusCode() != 400 || string(g.Body) != "<h1>Bad Request (Invalid host)</h1>" {
		return
	}
	body := "<h1>Not Found (Not Found)</h1>"
	g.Status = "HTTP/1.1 404 Not Found"
	g.Header = []Field{
		{"Content-Type", "text/html"},
		{"Server", Masked},
		{"Date", Masked},
		{"Content-Length", strconv.Itoa(len(body))},
	}
	g.Body = []byte(body)
}
