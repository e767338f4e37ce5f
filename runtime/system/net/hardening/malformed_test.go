// Malformed HTTP: each kind gets the response managed .NET's listener gives
// (spec items 46-52), the connection is left as .NET leaves it, and the
// server goes on serving the next client.

package hardening

import (
	"strings"
	"testing"
	"time"
)

type malformedCase struct {
	name string
	item int    // the spec item the expectation comes from
	raw  string // $HOST is replaced by the server's host:port
	// status is the expected status; 0 means the listener sends nothing
	// while the client waits (it is still waiting for the request to end).
	status int
	// body, when set, must be the response body exactly.
	body string
	// closed: the server closes the connection after answering.
	closed bool
}

// malformedCases: 38 kinds of bad or unusual input. The listener's own error
// answers are `<h1>{reason} ({detail})</h1>` with Content-Type text/html and
// then a close (item 47); requests that are odd but valid reach the program.
// A Content-Length that does not parse reports the parse exception's message,
// as .NET's request parser catches it and uses its Message as the detail.
var malformedCases = []malformedCase{
	{name: "garbage request line", item: 46, raw: "GARBAGE\r\nHost: $HOST\r\n\r\n", status: 400, closed: true},
	{name: "request line with two parts (HTTP/0.9 style)", item: 46, raw: "GET /\r\n\r\n", status: 400, closed: true},
	{name: "bad version text", item: 46, raw: "GET / HTTP/x.y\r\nHost: $HOST\r\n\r\n", status: 400, closed: true},
	{name: "HTTP/2.0", item: 46, raw: "GET / HTTP/2.0\r\nHost: $HOST\r\n\r\n", status: 505, closed: true},
	{name: "HTTP/0.9 version", item: 46, raw: "GET / HTTP/0.9\r\nHost: $HOST\r\n\r\n", status: 400, closed: true},
	{name: "HTTP/1.2 accepted", item: 46, raw: "GET /v HTTP/1.2\r\nHost: $HOST\r\n\r\n", status: 200, body: "GET /v 0"},
	{name: "method with a separator", item: 46, raw: "G@T / HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 400, closed: true},
	{name: "lower-case method keeps its case", item: 46, raw: "get /m HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 200, body: "get /m 0"},
	{name: "blank lines before the request line", item: 46, raw: "\r\n\r\nGET /b HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 200, body: "GET /b 0"},
	{name: "bare LF line ends", item: 46, raw: "GET /lf HTTP/1.1\nHost: $HOST\n\n", status: 200, body: "GET /lf 0"},
	{name: "header without a colon", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nNoColonHere\r\n\r\n", status: 400, closed: true},
	{name: "header line starting with a colon", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\n: value\r\n\r\n", status: 400, closed: true},
	{name: "obs-fold continuation line", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nX-A: a\r\n  b\r\n\r\n", status: 400, closed: true},
	{name: "space inside a header name", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nBad Name: x\r\n\r\n", status: 400, closed: true},
	{name: "NUL in a header value", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nX-N: a\x00b\r\n\r\n", status: 400, closed: true},
	{name: "40 KiB header", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nX-Big: " + strings.Repeat("a", 40<<10) + "\r\n\r\n", status: 400, closed: true},
	{name: "1 MB request line", item: 47, raw: "GET /" + strings.Repeat("a", 1<<20) + " HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 400, closed: true},
	{name: "missing Host on HTTP/1.1", item: 47, raw: "GET / HTTP/1.1\r\n\r\n", status: 400, body: "<h1>Bad Request (Invalid host name)</h1>", closed: true},
	{name: "HTTP/1.0 without Host is accepted", item: 48, raw: "GET /old HTTP/1.0\r\n\r\n", status: 200, body: "GET /old 0", closed: true},
	{name: "Content-Length not a number", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\nContent-Length: abc\r\n\r\n", status: 400, body: "<h1>Bad Request (The input string 'abc' was not in a correct format.)</h1>", closed: true},
	{name: "negative Content-Length", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\nContent-Length: -5\r\n\r\n", status: 400, closed: true},
	{name: "conflicting Content-Length", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400, closed: true},
	{name: "Content-Length with chunked: chunked wins", item: 50, raw: "POST /cl HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n", status: 200, body: "POST /cl 3"},
	{name: "Transfer-Encoding identity", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\nTransfer-Encoding: identity\r\n\r\n", status: 501, closed: true},
	{name: "Transfer-Encoding gzip", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", status: 501, closed: true},
	{name: "POST without a length", item: 47, raw: "POST / HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 411, closed: true},
	{name: "PUT without a length", item: 47, raw: "PUT / HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 411, closed: true},
	{name: "chunk extensions are ignored", item: 52, raw: "POST /ext HTTP/1.1\r\nHost: $HOST\r\nTransfer-Encoding: chunked\r\n\r\n3;name=value\r\nabc\r\n0\r\n\r\n", status: 200, body: "POST /ext 3"},
	{name: "trailers are ignored", item: 52, raw: "POST /tr HTTP/1.1\r\nHost: $HOST\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\nX-Trailer: 1\r\n\r\n", status: 200, body: "POST /tr 2"},
	{name: "body longer than Content-Length stops at the length", item: 52, raw: "POST /more HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 2\r\nConnection: close\r\n\r\nabcdef", status: 200, body: "POST /more 2", closed: true},
	{name: "non-ASCII bytes in the target", item: 49, raw: "GET /caf\xc3\xa9 HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 200, body: "GET /caf\u00c3\u00a9 0"},
	{name: "absolute-form target", item: 54, raw: "GET http://$HOST/abs?q=1 HTTP/1.1\r\nHost: $HOST\r\n\r\n", status: 200, body: "GET http://$HOST/abs?q=1 0"},
	{name: "Content-Length beyond long.MaxValue reads as 0", item: 50, raw: "GET /huge HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 10000000000000000000\r\n\r\n", status: 200, body: "GET /huge 0"},
	{name: "Content-Length beyond ulong.MaxValue", item: 47, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 99999999999999999999\r\n\r\n", status: 400, closed: true},
	{name: "CR-only line ends never end the request", item: 46, raw: "GET / HTTP/1.1\rHost: $HOST\r\r", status: 0},
	{name: "headers never finished", item: 26, raw: "GET / HTTP/1.1\r\nHost: $HOST\r\n", status: 0},
	{name: "Expect 100-continue, body never sent", item: 51, raw: "POST /exp HTTP/1.1\r\nHost: $HOST\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n", status: 0},
}

func TestMalformedRequests(t *testing.T) {
	s := startServer(t, "/", nil)
	for _, c := range malformedCases {
		t.Run(c.name, func(t *testing.T) {
			raw := strings.ReplaceAll(c.raw, "$HOST", s.addr)
			wait := 3 * time.Second
			if c.status == 0 {
				wait = time.Second
			}
			r, closed, err := exchange(t, s.addr, raw, wait)
			switch {
			case c.status == 0:
				if err == nil {
					t.Errorf("item %d: expected no response yet, got %d %q", c.item, r.status, r.body)
				}
			case err != nil:
				t.Fatalf("item %d: %v", c.item, err)
			default:
				if r.status != c.status {
					t.Errorf("item %d: status %d %q, want %d (body %q)", c.item, r.status, r.reason, c.status, r.body)
				}
				if want := strings.ReplaceAll(c.body, "$HOST", s.addr); want != "" && r.body != want {
					t.Errorf("item %d: body %q, want %q", c.item, r.body, want)
				}
				if c.status >= 400 && r.headers["content-type"] != "text/html" {
					t.Errorf("item 47: error response Content-Type %q, want text/html", r.headers["content-type"])
				}
				if closed != c.closed {
					t.Errorf("item %d: connection closed=%v, want %v", c.item, closed, c.closed)
				}
			}
			healthy(t, s.addr)
		})
	}
}

// TestNoPrefixMatchIs404 checks item 47's 404 for a path outside every prefix.
func TestNoPrefixMatchIs404(t *testing.T) {
	s := startServer(t, "/app/", nil)
	r, closed, err := exchange(t, s.addr, "GET /other HTTP/1.1\r\nHost: "+s.addr+"\r\n\r\n", 3*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if r.status != 404 || r.body != "<h1>Not Found (Not Found)</h1>" || !closed {
		t.Errorf("got %d %q closed=%v", r.status, r.body, closed)
	}
	r, _, err = exchange(t, s.addr, "GET /app/x HTTP/1.1\r\nHost: "+s.addr+"\r\n\r\n", 3*time.Second)
	if err != nil || r.status != 200 {
		t.Errorf("inside the prefix: %v %+v", err, r)
	}
}
