// Test harness: a listener run the way a translated program runs it, and a
// raw HTTP/1.1 response reader that shows exactly what came over the wire.

package hardening

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	gonet "net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/net"
)

// server is a started HttpListener with a GetContext loop serving handler.
type server struct {
	listener *net.HttpListener
	addr     string // 127.0.0.1:port
	port     int
	handled  atomic.Int64
	wg       sync.WaitGroup
}

// handler answers one context; it may panic with a .NET exception, as a
// translated handler may (the loop catches and counts it, like a program's
// catch-all).
type handler func(ctx *net.HttpListenerContext)

func freePort(t testing.TB) int {
	t.Helper()
	l, err := gonet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*gonet.TCPAddr).Port
}

// startServer listens on http://127.0.0.1:PORT{path} and serves h on one
// goroutine (the corpus's blocking GetContext loop). It stops at cleanup.
func startServer(t testing.TB, path string, h handler) *server {
	t.Helper()
	if h == nil {
		h = echoHandler
	}
	s := &server{listener: net.NewHttpListener(), port: freePort(t)}
	s.addr = fmt.Sprintf("127.0.0.1:%d", s.port)
	s.listener.Prefixes().Add(fmt.Sprintf("http://127.0.0.1:%d%s", s.port, path))
	s.listener.Start()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			var ctx *net.HttpListenerContext
			stopped := false
			system.Try(func() { ctx = s.listener.GetContext() },
				system.Catch(func(e system.Exception) { stopped = true }))
			if stopped {
				return
			}
			system.Try(func() { h(ctx) }, system.CatchAll(func() {
				system.Try(func() { ctx.Response().Abort() }, system.CatchAll(func() {}))
			}))
			s.handled.Add(1)
		}
	}()
	t.Cleanup(s.stop)
	return s
}

func (s *server) stop() {
	system.Try(func() { s.listener.Close() }, system.CatchAll(func() {}))
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		panic("GetContext loop did not end within 5s of Close (spec item 68)")
	}
}

// echoHandler reads the whole body and answers "METHOD RAWURL LEN" with a
// Content-Length: enough to see what the listener delivered.
func echoHandler(ctx *net.HttpListenerContext) {
	req := ctx.Request()
	n := 0
	buf := make([]byte, 4096)
	for {
		r := req.InputStream().Read(buf, 0, int32(len(buf)))
		if r <= 0 {
			break
		}
		n += int(r)
	}
	body := []byte(fmt.Sprintf("%s %s %d", req.HttpMethod(), req.RawUrl(), n))
	resp := ctx.Response()
	resp.SetContentLength64(int64(len(body)))
	resp.OutputStream().Write(body, 0, int32(len(body)))
	resp.Close()
}

// response is one HTTP response as read off the wire.
type response struct {
	status  int
	reason  string
	headers map[string]string // lower-case names; repeated names joined with "\n"
	body    string
}

var errNoResponse = errors.New("no response")

// readResponse reads one response (Content-Length, chunked, or up to close).
func readResponse(br *bufio.Reader) (*response, error) {
	line, err := br.ReadString('\n')
	if err != nil {
		if line == "" {
			return nil, errNoResponse
		}
		return nil, fmt.Errorf("status line %q: %w", line, err)
	}
	parts := strings.SplitN(strings.TrimRight(line, "\r\n"), " ", 3)
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "HTTP/") {
		return nil, fmt.Errorf("bad status line %q", line)
	}
	r := &response{headers: map[string]string{}}
	r.status, err = strconv.Atoi(parts[1])
	if err != nil {
		return nil, fmt.Errorf("bad status line %q", line)
	}
	if len(parts) == 3 {
		r.reason = parts[2]
	}
	for {
		h, err := br.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("headers: %w", err)
		}
		h = strings.TrimRight(h, "\r\n")
		if h == "" {
			break
		}
		name, value, _ := strings.Cut(h, ":")
		key := strings.ToLower(name)
		if old, ok := r.headers[key]; ok {
			value = old + "\n" + strings.TrimSpace(value)
		}
		r.headers[key] = strings.TrimSpace(value)
	}
	if r.status == 100 {
		return r, nil
	}
	var body bytes.Buffer
	switch {
	case strings.EqualFold(r.headers["transfer-encoding"], "chunked"):
		for {
			sizeLine, err := br.ReadString('\n')
			if err != nil {
				return nil, fmt.Errorf("chunk size: %w", err)
			}
			size, err := strconv.ParseInt(strings.TrimSpace(strings.SplitN(sizeLine, ";", 2)[0]), 16, 64)
			if err != nil {
				return nil, fmt.Errorf("chunk size %q", sizeLine)
			}
			if size == 0 {
				br.ReadString('\n')
				break
			}
			if _, err := io.CopyN(&body, br, size); err != nil {
				return nil, err
			}
			br.ReadString('\n')
		}
	case r.headers["content-length"] != "":
		n, _ := strconv.ParseInt(r.headers["content-length"], 10, 64)
		if _, err := io.CopyN(&body, br, n); err != nil {
			return nil, fmt.Errorf("body: %w", err)
		}
	default:
		io.Copy(&body, br)
	}
	r.body = body.String()
	return r, nil
}

// exchange sends raw bytes on a new connection and reads one response
// (skipping a 100 Continue). closed reports whether the server then closed
// the connection within wait.
func exchange(t testing.TB, addr, raw string, wait time.Duration) (r *response, closed bool, err error) {
	t.Helper()
	c, err := gonet.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(wait))
	if _, err := io.WriteString(c, raw); err != nil {
		return nil, false, err
	}
	br := bufio.NewReader(c)
	for {
		r, err = readResponse(br)
		if err != nil || r.status != 100 {
			break
		}
	}
	if err != nil {
		return nil, false, err
	}
	// A close shows as EOF, or as a reset when the server closed with unread
	// input (a 40 KiB header it refused): both mean the server hung up. A
	// connection kept alive shows nothing within half a second.
	c.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
	_, readErr := br.ReadByte()
	return r, readErr == io.EOF || errors.Is(readErr, syscall.ECONNRESET), nil
}

// healthy checks the server still answers a well-formed request.
func healthy(t testing.TB, addr string) {
	t.Helper()
	r, _, err := exchange(t, addr, "GET /health HTTP/1.1\r\nHost: "+addr+"\r\n\r\n", 3*time.Second)
	if err != nil || r.status != 200 {
		t.Fatalf("server unhealthy after the bad client: %v %+v", err, r)
	}
}
