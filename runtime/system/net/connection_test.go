// Wire conformance of the connection layer: request-line and header
// errors the listener answers itself, 100-continue, keep-alive, reuse
// limits, timeouts, draining and pipelining (spec items 22-30, 46-52).

package net

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// errorPage is the listener's own response (item 47), Date masked.
func errorPage(status int, reason, detail, conn string) string {
	body := "<h1>" + reason + "</h1>"
	if detail != "" {
		body = "<h1>" + reason + " (" + detail + ")</h1>"
	}
	return "HTTP/1.1 " + strconv.Itoa(status) + " " + reason + "\r\nContent-Type: text/html\r\n" + srv + date +
		"Content-Length: " + strconv.Itoa(len(body)) + "\r\n" + conn + "\r\n" + body
}

const closeHdr = "Connection: close\r\n"

func TestItem46_47_ListenerErrorResponses(t *testing.T) {
	huge := "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + strings.Repeat("X-Pad: "+strings.Repeat("a", 1000)+"\r\n", 33) + "\r\n"
	tests := []struct {
		name, req, want string
	}{
		{"Item46_VersionMajor2Is505", "GET / HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(505, "Http Version Not Supported", "Http Version Not Supported", "")},
		{"Item46_Version09Is400", "GET / HTTP/0.9\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid request line (version).", closeHdr+"Keep-Alive: true\r\n")},
		{"Item46_BadVersionText", "GET / HTTP/1.x\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid request line (version).", closeHdr+"Keep-Alive: true\r\n")},
		{"Item46_TwoParts", "GET /\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid request line (parts).", closeHdr+"Keep-Alive: true\r\n")},
		{"Item46_BadVerb", "G(T / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(400, "Bad Request", "(Invalid verb)", closeHdr+"Keep-Alive: true\r\n")},
		{"Item47_NoHostOn11", "GET / HTTP/1.1\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid host name", closeHdr)},
		{"Item47_BadHeaderLine", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNoColonHere\r\n\r\n",
			errorPage(400, "Bad Request", "Bad Request", closeHdr)},
		{"Item47_NegativeContentLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid Content-Length.", closeHdr)},
		{"Item47_ConflictingContentLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
			errorPage(400, "Bad Request", "Invalid Content-Length.", closeHdr)},
		{"Item47_NonNumericContentLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n",
			errorPage(400, "Bad Request", "The input string 'abc' was not in a correct format.", closeHdr)},
		{"Item47_TransferEncodingIdentity", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: identity\r\n\r\n",
			errorPage(501, "Not Implemented", "", "")},
		{"Item47_RepeatedTransferEncoding", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
			errorPage(501, "Not Implemented", "Not Implemented", "")},
		{"Item47_PostWithoutLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(411, "Length Required", "", closeHdr)},
		{"Item47_PutWithoutLength", "put / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			errorPage(411, "Length Required", "", closeHdr)},
		{"Item47_HeadersOver32KiB", huge,
			errorPage(400, "Bad Request", "Bad Request", closeHdr)},
		{"Item47_BadHeaderName", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Name: x\r\n\r\n",
			errorPage(400, "Bad Request", "Specified value has invalid HTTP Header characters. (Parameter 'name')", closeHdr)},
	}
	l, port := startListener(t)
	delivered := make(chan string, 10)
	serveAll(l, func(ctx *HttpListenerContext) {
		delivered <- ctx.Request().RawUrl()
		ctx.Response().Close()
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dial(t, port)
			io.WriteString(c, tt.req)
			got, _ := io.ReadAll(c) // the listener closes after its error page
			if s := maskDate(string(got)); s != tt.want {
				t.Fatalf("got\n%q\nwant\n%q", s, tt.want)
			}
		})
	}
	select {
	case u := <-delivered:
		t.Fatalf("a rejected request reached GetContext: %s", u)
	default:
	}
}

func TestItem46_AcceptedRequestLines(t *testing.T) {
	tests := []struct{ name, req, method string }{
		{"LeadingBlankLines", "\r\n\r\nGET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "GET"},
		{"BareLF", "GET / HTTP/1.1\nHost: 127.0.0.1\n\n", "GET"},
		{"LowerCaseMethodKept", "get / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "get"},
		{"Version12", "GET / HTTP/1.2\r\nHost: 127.0.0.1\r\n\r\n", "GET"},
		{"CustomVerb", "PROPFIND / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "PROPFIND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var method string
			got := roundTrip(t, tt.req, func(ctx *HttpListenerContext) {
				method = ctx.Request().HttpMethod()
				ctx.Response().Close()
			})
			if !strings.HasPrefix(got, "HTTP/1.1 200 OK") || method != tt.method {
				t.Fatalf("method %q, response %q", method, got)
			}
		})
	}
}

func TestItem51_ExpectContinueSentEagerly(t *testing.T) {
	for _, version := range []string{"1.1", "1.0"} {
		l, port := startListener(t)
		release := make(chan struct{})
		done := serveOne(l, func(ctx *HttpListenerContext) {
			<-release // the body is never read before 100 Continue goes out
			ctx.Response().Close()
		})
		c := dial(t, port)
		fmt.Fprintf(c, "POST / HTTP/%s\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n", version)
		br := bufio.NewReader(c)
		line, _ := br.ReadString('\n')
		blank, _ := br.ReadString('\n')
		if line+blank != "HTTP/1.1 100 Continue\r\n\r\n" {
			t.Fatalf("HTTP/%s: got %q", version, line+blank)
		}
		io.WriteString(c, "abc")
		close(release)
		<-done
	}
}

// keepAliveConn sends requests one at a time on one connection.
type keepAliveConn struct {
	t  *testing.T
	c  io.ReadWriter
	br *bufio.Reader
}

func newKeepAliveConn(t *testing.T, port int) *keepAliveConn {
	c := dial(t, port)
	return &keepAliveConn{t: t, c: c, br: bufio.NewReader(c)}
}

func (k *keepAliveConn) do(req string) string {
	k.t.Helper()
	io.WriteString(k.c, req)
	resp, err := readResponse(k.br)
	if err != nil {
		k.t.Fatalf("%v after %q", err, resp)
	}
	return maskDate(resp)
}

func (k *keepAliveConn) closed() bool {
	_, err := k.br.ReadByte()
	return err == io.EOF
}

func TestItem26_ReuseLimit(t *testing.T) {
	l, port := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })
	k := newKeepAliveConn(t, port)
	for i := 0; i < 100; i++ {
		if got := k.do(get11); strings.Contains(got, "Connection:") {
			t.Fatalf("request %d: %q", i+1, got)
		}
	}
	// .NET sets this Connection header after Transfer-Encoding.
	if got := k.do(get11); got != b0+te+"Connection: close\r\n\r\n0\r\n\r\n" {
		t.Fatalf("request 101: %q", got)
	}
	if !k.closed() {
		t.Fatal("connection open after 100 reuses")
	}
}

func TestItem26_IdleTimeouts(t *testing.T) {
	defer func(a, b int64) { firstIdleTimeout.Store(a); nextIdleTimeout.Store(b) }(firstIdleTimeout.Load(), nextIdleTimeout.Load())
	firstIdleTimeout.Store(int64(300 * time.Millisecond))
	nextIdleTimeout.Store(int64(100 * time.Millisecond))
	l, port := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })

	start := time.Now()
	k := newKeepAliveConn(t, port)
	if !k.closed() {
		t.Fatal("not closed")
	}
	if d := time.Since(start); d < 250*time.Millisecond {
		t.Fatalf("first-request timeout after %v, want ~300ms", d)
	}
	k = newKeepAliveConn(t, port)
	k.do(get11)
	start = time.Now()
	if !k.closed() {
		t.Fatal("not closed")
	}
	if d := time.Since(start); d > 250*time.Millisecond {
		t.Fatalf("idle timeout after %v, want ~100ms", d)
	}
}

func TestItem27_UnreadBodyDrainedBeforeReuse(t *testing.T) {
	l, port := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) {
		if ctx.Request().RawUrl() == "/close" {
			ctx.Response().AddHeader("Connection", "close")
		}
		ctx.Response().Close() // the body is never read
	})
	k := newKeepAliveConn(t, port)
	k.do("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n0123456789")
	k.do("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
	got := k.do("GET /close HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	if !strings.HasPrefix(got, "HTTP/1.1 200 OK\r\nConnection: close\r\n") {
		t.Fatalf("got %q", got)
	}
	if !k.closed() {
		t.Fatal("a user-set Connection: close did not close")
	}
}

func TestItem28_PipelinedRequestsServed(t *testing.T) {
	l, port := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) {
		ctx.Response().CloseBytes([]byte(ctx.Request().RawUrl()), true)
	})
	c := dial(t, port)
	io.WriteString(c, "GET /1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /3 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
	br := bufio.NewReader(c)
	for i := 1; i <= 3; i++ {
		got, err := readResponse(br)
		if err != nil || !strings.HasSuffix(got, "/"+strconv.Itoa(i)) {
			t.Fatalf("response %d: %q %v", i, got, err)
		}
	}
}

func TestItem29_NeverClosedResponse(t *testing.T) {
	l, port := startListener(t)
	done := serveOne(l, func(ctx *HttpListenerContext) { write(ctx, "hi") })
	c := dial(t, port)
	io.WriteString(c, get11)
	<-done
	c.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	got, err := io.ReadAll(c)
	if ne, ok := err.(interface{ Timeout() bool }); !ok || !ne.Timeout() {
		t.Fatalf("connection closed: %v", err)
	}
	if s := maskDate(string(got)); s != b0+te+"\r\n2\r\nhi\r\n" {
		t.Fatalf("got %q", s)
	}
}

func TestItem30_AbortEndsChunkedResponseAndCloses(t *testing.T) {
	l, port := startListener(t)
	done := serveOne(l, func(ctx *HttpListenerContext) {
		write(ctx, "hi")
		ctx.Response().Abort()
	})
	c := dial(t, port)
	io.WriteString(c, get11)
	got, _ := io.ReadAll(c)
	<-done
	if s := maskDate(string(got)); s != b0+te+"\r\n2\r\nhi\r\n0\r\n\r\n" {
		t.Fatalf("got %q", s)
	}
}

func TestItem52_RequestBodies(t *testing.T) {
	tests := []struct {
		name, req, body string
		length          int64
	}{
		{"ContentLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhelloEXTRA", "hello", 5},
		{"Chunked", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n", "hello world", -1},
		{"ChunkedWinsOverLength", "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n", "ok", -1},
		{"NoBody", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body string
			var length int64
			var has bool
			roundTrip(t, tt.req, func(ctx *HttpListenerContext) {
				req := ctx.Request()
				length, has = req.ContentLength64(), req.HasEntityBody()
				s := req.InputStream()
				buf := make([]byte, 64)
				for {
					n := s.Read(buf, 0, 3)
					if n == 0 {
						break
					}
					body += string(buf[:n])
				}
				if tt.body != "" {
					mustThrow[*system.InvalidOperationException](t, func() { s.Write(buf, 0, 1) })
				}
				ctx.Response().Close()
			})
			if body != tt.body || length != tt.length || has != (tt.body != "") {
				t.Fatalf("body %q length %d has %v", body, length, has)
			}
		})
	}
}

func TestItem52_EarlyEOFIsHttpListenerException(t *testing.T) {
	l, port := startListener(t)
	errc := make(chan system.Exception, 1)
	go func() {
		ctx := l.GetContext()
		system.Try(func() {
			buf := make([]byte, 100)
			for ctx.Request().InputStream().Read(buf, 0, 100) > 0 {
			}
			errc <- nil
		}, system.Catch(func(e system.Exception) { errc <- e }))
	}()
	c := dial(t, port)
	io.WriteString(c, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nshort")
	c.(interface{ CloseWrite() error }).CloseWrite()
	e := <-errc
	if hle, ok := e.(*HttpListenerException); !ok || hle.ErrorCode() != 400 {
		t.Fatalf("got %v, want HLE 400", e)
	}
}

func TestItem69_WriteToClosedConnection(t *testing.T) {
	for _, ignore := range []bool{false, true} {
		l, port := startListener(t)
		l.SetIgnoreWriteExceptions(ignore)
		errc := make(chan system.Exception, 1)
		c := dial(t, port)
		io.WriteString(c, get11)
		ctx := l.GetContext()
		c.Close()
		time.Sleep(50 * time.Millisecond)
		system.Try(func() {
			big := make([]byte, 1<<16)
			for i := 0; i < 64; i++ {
				ctx.Response().OutputStream().Write(big, 0, int32(len(big)))
			}
			errc <- nil
		}, system.Catch(func(e system.Exception) { errc <- e }))
		e := <-errc
		if ignore && e != nil {
			t.Fatalf("IgnoreWriteExceptions: %v", e)
		}
		if !ignore {
			hle, ok := e.(*HttpListenerException)
			if !ok || !strings.HasPrefix(hle.Message(), "Unable to write data to the transport connection: ") {
				t.Fatalf("got %v, want HttpListenerException", e)
			}
		}
		ctx.Response().Close()
	}
}

// echoServer answers with method, remote port and the request body.
func echoServer(t *testing.T) int {
	l, port := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) {
		req := ctx.Request()
		body, _ := io.ReadAll(streamReader{req.InputStream()})
		out := fmt.Sprintf("%s %d %s %d %s", req.HttpMethod(), req.RemoteEndPoint().Port(), req.ProtocolVersion().ToString(),
			req.ContentLength64(), body)
		ctx.Response().SetContentType("text/plain")
		ctx.Response().CloseBytes([]byte(out), true)
	})
	return port
}

// streamReader adapts a .NET stream to io.Reader for tests.
type streamReader struct {
	s interface {
		Read([]byte, int32, int32) int32
	}
}

func (r streamReader) Read(p []byte) (int, error) {
	n := r.s.Read(p, 0, int32(len(p)))
	if n == 0 {
		return 0, io.EOF
	}
	return int(n), nil
}

func TestClient_GoNetHTTP(t *testing.T) {
	port := echoServer(t)
	url := fmt.Sprintf("http://127.0.0.1:%d/x", port)
	tr := &http.Transport{ExpectContinueTimeout: 5 * time.Second}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	fields := func(resp *http.Response, err error) []string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strings.Fields(string(b))
	}
	// Keep-alive: two requests, one connection.
	a := fields(client.Get(url))
	b := fields(client.Get(url))
	if a[1] != b[1] {
		t.Errorf("keep-alive not reused: ports %s, %s", a[1], b[1])
	}
	// Connection: close: a new connection each time.
	req, _ := http.NewRequest("GET", url, nil)
	req.Close = true
	c1 := fields(client.Do(req))
	c2 := fields(client.Get(url))
	if c1[1] == c2[1] {
		t.Errorf("connection reused after Connection: close")
	}
	// Chunked request body (unknown length).
	pr, pw := io.Pipe()
	go func() { io.WriteString(pw, "chunk-"); io.WriteString(pw, "body"); pw.Close() }()
	if got := fields(client.Post(url, "text/plain", pr)); got[3] != "-1" || got[4] != "chunk-body" {
		t.Errorf("chunked upload: %q", got)
	}
	// Expect: 100-continue.
	req, _ = http.NewRequest("PUT", url, strings.NewReader("continued"))
	req.Header.Set("Expect", "100-continue")
	if got := fields(client.Do(req)); got[0] != "PUT" || got[4] != "continued" {
		t.Errorf("100-continue: %q", got)
	}
	// A chunked response body.
	l, p2 := startListener(t)
	serveAll(l, func(ctx *HttpListenerContext) {
		write(ctx, "part1,")
		write(ctx, "part2")
		ctx.Response().Close()
	})
	resp, err := client.Get(fmt.Sprintf("http://127.0.0.1:%d/", p2))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "part1,part2" || len(resp.TransferEncoding) != 1 {
		t.Errorf("chunked response: %q %v", body, resp.TransferEncoding)
	}
}

func TestClient_Curl(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl not on PATH")
	}
	port := echoServer(t)
	url := fmt.Sprintf("http://127.0.0.1:%d/x", port)
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(curl, append([]string{"-sS", "--max-time", "10"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("curl %q: %v\n%s", args, err, out)
		}
		return string(out)
	}
	// Keep-alive reuse: two URLs in one run share the connection.
	if out := run("-v", url, url); !strings.Contains(out, "Re-using existing connection") &&
		!strings.Contains(out, "Reusing existing") {
		t.Errorf("curl did not reuse the connection:\n%s", out)
	}
	if out := run("-H", "Connection: close", url); !strings.HasPrefix(out, "GET ") {
		t.Errorf("Connection: close: %q", out)
	}
	if out := run("--http1.0", url); !strings.Contains(out, " 1.0 ") {
		t.Errorf("HTTP/1.0: %q", out)
	}
	if out := run("-H", "Transfer-Encoding: chunked", "--data-binary", "curl-body", url); !strings.HasSuffix(out, "-1 curl-body") {
		t.Errorf("chunked upload: %q", out)
	}
	if out := run("-H", "Expect: 100-continue", "--data-binary", "expect-body", url); !strings.HasSuffix(out, "11 expect-body") {
		t.Errorf("100-continue: %q", out)
	}
}
