// Tests for HttpListener's lifecycle, prefixes, routing and the context
// queue (spec items 60-68), and the shared raw-socket test helpers.

package net

import (
	"bufio"
	"fmt"
	"io"
	gonet "net"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// freePort finds a loopback port nobody listens on.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := gonet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*gonet.TCPAddr).Port
}

// startListener starts a listener on a free port with the given prefix
// paths ("/" by default) and returns it and its port.
func startListener(t testing.TB, paths ...string) (*HttpListener, int) {
	t.Helper()
	if len(paths) == 0 {
		paths = []string{"/"}
	}
	for attempt := 0; ; attempt++ {
		port := freePort(t)
		l := NewHttpListener()
		for _, p := range paths {
			l.Prefixes().Add(fmt.Sprintf("http://127.0.0.1:%d%s", port, p))
		}
		ok := true
		system.Try(l.Start, system.Catch(func(e *HttpListenerException) {
			ok = false
			if attempt > 5 {
				t.Fatalf("Start: %v", e)
			}
		}))
		if ok {
			t.Cleanup(l.Close)
			return l, port
		}
	}
}

// serveOne answers the next request with handler on its own goroutine.
func serveOne(l *HttpListener, handler func(*HttpListenerContext)) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		system.Try(func() {
			ctx := l.GetContext()
			handler(ctx)
		}, system.CatchAll(func() {}))
	}()
	return done
}

// serveAll answers every request with handler until the listener stops.
func serveAll(l *HttpListener, handler func(*HttpListenerContext)) {
	go func() {
		for {
			stopped := false
			system.Try(func() {
				ctx := l.GetContext()
				go func() {
					system.Try(func() { handler(ctx) }, system.CatchAll(func() {}))
				}()
			}, system.CatchAll(func() { stopped = true }))
			if stopped {
				return
			}
		}
	}()
}

// dial opens a raw connection to the listener.
func dial(t testing.TB, port int) gonet.Conn {
	t.Helper()
	c, err := gonet.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	c.SetDeadline(time.Now().Add(10 * time.Second))
	t.Cleanup(func() { c.Close() })
	return c
}

// readResponse reads one response off br, exactly as sent: head, then the
// body framed by Content-Length or chunked encoding, or to EOF when
// neither is given (toEOF).
func readResponse(br *bufio.Reader) (string, error) {
	var sb strings.Builder
	length, chunked, status := -1, false, 0
	for first := true; ; first = false {
		line, err := br.ReadString('\n')
		sb.WriteString(line)
		if err != nil {
			return sb.String(), err
		}
		if first {
			f := strings.Fields(line)
			if len(f) >= 2 {
				status, _ = strconv.Atoi(f[1])
			}
			continue
		}
		if line == "\r\n" {
			break
		}
		name, value, _ := strings.Cut(strings.TrimRight(line, "\r\n"), ":")
		value = strings.TrimSpace(value)
		switch strings.ToLower(name) {
		case "content-length":
			length, _ = strconv.Atoi(value)
		case "transfer-encoding":
			chunked = strings.EqualFold(value, "chunked")
		}
	}
	if status == 100 {
		rest, err := readResponse(br)
		return sb.String() + rest, err
	}
	switch {
	case chunked:
		for {
			line, err := br.ReadString('\n')
			sb.WriteString(line)
			if err != nil {
				return sb.String(), err
			}
			n, _ := strconv.ParseInt(strings.TrimSpace(line), 16, 64)
			buf := make([]byte, n+2)
			if _, err := io.ReadFull(br, buf); err != nil {
				return sb.String(), err
			}
			sb.Write(buf)
			if n == 0 {
				return sb.String(), nil
			}
		}
	case length >= 0:
		buf := make([]byte, length)
		_, err := io.ReadFull(br, buf)
		sb.Write(buf)
		return sb.String(), err
	default:
		rest, err := io.ReadAll(br)
		sb.Write(rest)
		return sb.String(), err
	}
}

var dateLine = regexp.MustCompile(`Date: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\n`)

// maskDate replaces the Date value with a 29-character placeholder, so
// byte counts stay those of the spec.
func maskDate(s string) string {
	return dateLine.ReplaceAllString(s, "Date: DDD, DD MMM YYYY HH:MM:SS GMT\r\n")
}

// roundTrip sends raw on a new connection, serves it with handler and
// returns the first response (Date masked).
func roundTrip(t *testing.T, raw string, handler func(*HttpListenerContext)) string {
	t.Helper()
	l, port := startListener(t)
	done := serveOne(l, handler)
	c := dial(t, port)
	io.WriteString(c, raw)
	got, err := readResponse(bufio.NewReader(c))
	if err != nil && err != io.EOF {
		t.Fatalf("reading response: %v (got %q)", err, got)
	}
	<-done
	return maskDate(got)
}

// b0 is the spec's B0: status line, Server and Date.
const b0 = "HTTP/1.1 200 OK\r\nServer: Microsoft-NetCore/2.0\r\nDate: DDD, DD MMM YYYY HH:MM:SS GMT\r\n"

// mustThrow runs f and returns the .NET exception of class T it threw.
func mustThrow[T system.Exception](t *testing.T, f func()) T {
	t.Helper()
	var got T
	caught := false
	var other system.Exception
	system.Try(f, system.Catch(func(e T) { got, caught = e, true }), system.Catch(func(e system.Exception) { other = e }))
	if !caught {
		t.Fatalf("expected %T, got %v", got, other)
	}
	return got
}

func TestItem60_AddChecksSyntaxOnly(t *testing.T) {
	tests := []struct {
		prefix string
		msg    string // "" = accepted
	}{
		{"http://localhost:8080/", ""},
		{"HTTP://localhost:8080/", ""},
		{"https://*:8443/a/", ""},
		{"http://[::1]:8080/", ""},
		{"http://+:99999/", ""}, // the port is checked at Start
		{"ftp://localhost/", "Only Uri prefixes starting with 'http://' or 'https://' are supported. (Parameter 'uriPrefix')"},
		{"http:///", "Only Uri prefixes with a valid hostname are supported. (Parameter 'uriPrefix')"},
		{"http://localhost:8080", "Only Uri prefixes ending in '/' are allowed. (Parameter 'uriPrefix')"},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			l := NewHttpListener()
			defer l.Close()
			if tt.msg == "" {
				l.Prefixes().Add(tt.prefix)
				if !l.Prefixes().Contains(tt.prefix) {
					t.Fatal("prefix not added")
				}
				return
			}
			e := mustThrow[*system.ArgumentException](t, func() { l.Prefixes().Add(tt.prefix) })
			if e.Message() != tt.msg {
				t.Fatalf("message %q, want %q", e.Message(), tt.msg)
			}
			if l.Prefixes().Count() != 0 {
				t.Fatal("invalid prefix was added")
			}
		})
	}
	l := NewHttpListener()
	defer l.Close()
	e := mustThrow[*system.ArgumentNullException](t, func() { l.Prefixes().Add("") })
	if e.ParamName() != "uriPrefix" {
		t.Fatalf("param %q", e.ParamName())
	}
	// A duplicate is a no-op before Start.
	l.Prefixes().Add("http://localhost:1/")
	l.Prefixes().Add("http://localhost:1/")
	if l.Prefixes().Count() != 1 {
		t.Fatalf("Count = %d, want 1", l.Prefixes().Count())
	}
}

func TestItem61_StartChecksPortHostPath(t *testing.T) {
	port := freePort(t)
	tests := []struct {
		prefix string
		code   int32
		msg    string
	}{
		{"http://127.0.0.1:0/", 400, "Invalid port in prefix."},
		{"http://127.0.0.1:65536/", 400, "Invalid port in prefix."},
		{"http://127.0.0.1:abc/", 400, "Invalid port in prefix."},
		{fmt.Sprintf("http://127.0.0.1:%d/a%%20b/", port), 400, "Invalid path."},
		{fmt.Sprintf("http://127.0.0.1:%d/a//b/", port), 400, "Invalid path."},
		{fmt.Sprintf("http://0.0.0.0:%d/", port), 50, "The request is not supported."},
		{fmt.Sprintf("http://no-such-host.invalid:%d/", port), 50, "The request is not supported."},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			l := NewHttpListener()
			l.Prefixes().Add(tt.prefix)
			e := mustThrow[*HttpListenerException](t, l.Start)
			if e.ErrorCode() != tt.code || e.Message() != tt.msg {
				t.Fatalf("HLE(%d, %q), want HLE(%d, %q)", e.ErrorCode(), e.Message(), tt.code, tt.msg)
			}
			if l.IsListening() {
				t.Fatal("listening after a failed Start")
			}
			// A failed Start leaves the listener closed; Abort still works.
			mustThrow[*system.ObjectDisposedException](t, l.Start)
			l.Abort()
		})
	}
}

func TestItem62_PrefixOwnedByAnotherListener(t *testing.T) {
	l1, port := startListener(t)
	_ = l1
	l2 := NewHttpListener()
	p := fmt.Sprintf("http://127.0.0.1:%d/", port)
	l2.Prefixes().Add(p)
	e := mustThrow[*HttpListenerException](t, l2.Start)
	want := "Failed to listen on prefix '" + p + "' because it conflicts with an existing registration on the machine."
	if e.ErrorCode() != 400 || e.Message() != want {
		t.Fatalf("HLE(%d, %q)", e.ErrorCode(), e.Message())
	}
	// Two listeners may share an endpoint with different paths.
	l3 := NewHttpListener()
	l3.Prefixes().Add(fmt.Sprintf("http://127.0.0.1:%d/other/", port))
	l3.Start()
	l3.Close()
	// A duplicate Add after Start is an HLE.
	e = mustThrow[*HttpListenerException](t, func() { l1.Prefixes().Add(p) })
	if e.ErrorCode() != 400 {
		t.Fatalf("code %d", e.ErrorCode())
	}
}

func TestItem62_WildcardAndSpecificOnOnePort(t *testing.T) {
	port := freePort(t)
	l1 := NewHttpListener()
	l1.Prefixes().Add(fmt.Sprintf("http://*:%d/", port))
	l1.Start()
	defer l1.Close()
	l2 := NewHttpListener()
	l2.Prefixes().Add(fmt.Sprintf("http://127.0.0.1:%d/", port))
	e := mustThrow[*HttpListenerException](t, l2.Start)
	if e.ErrorCode() != 10048 || e.Message() != "Address already in use" {
		t.Fatalf("HLE(%d, %q)", e.ErrorCode(), e.Message())
	}
}

// statusFor sends GET path with the given Host and returns the status code
// and the X-Who header of the response.
func statusFor(t *testing.T, port int, host, path string) (int, string) {
	t.Helper()
	c := dial(t, port)
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, host)
	resp, _ := readResponse(bufio.NewReader(c))
	f := strings.Fields(resp)
	if len(f) < 2 {
		t.Fatalf("no response for %s %s: %q", host, path, resp)
	}
	code, _ := strconv.Atoi(f[1])
	who := ""
	if m := regexp.MustCompile(`X-Who: (\S+)`).FindStringSubmatch(resp); m != nil {
		who = m[1]
	}
	return code, who
}

func TestItem63_64_PrefixPrecedenceAndPathMatching(t *testing.T) {
	// Wildcards bind 0.0.0.0, so they cannot share a port with a
	// host-specific prefix (item 62): one port for each kind.
	wild, specific := freePort(t), freePort(t)
	mk := func(name string, port int, prefixes ...string) {
		l := NewHttpListener()
		for _, p := range prefixes {
			l.Prefixes().Add(fmt.Sprintf(p, port))
		}
		l.Start()
		t.Cleanup(l.Close)
		serveAll(l, func(ctx *HttpListenerContext) {
			ctx.Response().AddHeader("X-Who", name)
			ctx.Response().Close()
		})
	}
	mk("plus", wild, "http://+:%d/")
	mk("star", wild, "http://*:%d/foo/")
	mk("host", specific, "http://localhost:%d/foo/")
	mk("hostlong", specific, "http://localhost:%d/foo/bar/")
	mk("ip", specific, "http://127.0.0.1:%d/")
	tests := []struct {
		port       int
		host, path string
		code       int
		who        string
	}{
		{specific, "localhost", "/foo/x", 200, "host"},
		{specific, "localhost", "/foo", 200, "host"},
		{specific, "localhost", "/foox", 200, "host"}, // StartsWith("/foo")
		{specific, "localhost", "/foo/bar/baz", 200, "hostlong"},
		{specific, "LOCALHOST", "/foo/x", 200, "host"},
		{specific, "localhost", "/FOO/", 404, ""}, // case-sensitive path
		{specific, "127.0.0.1", "/foo/x", 200, "ip"},
		{specific, "other", "/foo/x", 404, ""},
		{specific, "localhost", "/f%6Fo/x", 200, "host"}, // matched on the decoded path
		{wild, "anything", "/foo/x", 200, "star"},        // "*" before "+"
		{wild, "anything", "/FOO/x", 200, "plus"},
		{wild, "127.0.0.1", "/other", 200, "plus"},
	}
	for _, tt := range tests {
		code, who := statusFor(t, tt.port, fmt.Sprintf("%s:%d", tt.host, tt.port), tt.path)
		if code != tt.code || who != tt.who {
			t.Errorf("%s %s: %d %q, want %d %q", tt.host, tt.path, code, who, tt.code, tt.who)
		}
	}
}

func TestItem47_NoPrefixMatchIs404(t *testing.T) {
	l, port := startListener(t, "/app/")
	_ = l
	c := dial(t, port)
	io.WriteString(c, "GET /other HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	got, _ := readResponse(bufio.NewReader(c))
	body := "<h1>Not Found (Not Found)</h1>"
	want := "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nServer: Microsoft-NetCore/2.0\r\nDate: DDD, DD MMM YYYY HH:MM:SS GMT\r\nContent-Length: " +
		strconv.Itoa(len(body)) + "\r\n\r\n" + body
	if got = maskDate(got); got != want {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
	// The connection is closed afterwards.
	if _, err := c.Read(make([]byte, 1)); err != io.EOF {
		t.Fatalf("connection not closed: %v", err)
	}
}

func TestItem65_RemoveWhileStarted(t *testing.T) {
	l, port := startListener(t, "/a/", "/b/")
	serveAll(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })
	if code, _ := statusFor(t, port, "127.0.0.1", "/a/"); code != 200 {
		t.Fatalf("/a/ = %d", code)
	}
	if !l.Prefixes().Remove(fmt.Sprintf("http://127.0.0.1:%d/a/", port)) {
		t.Fatal("Remove = false")
	}
	if code, _ := statusFor(t, port, "127.0.0.1", "/a/"); code != 404 {
		t.Fatalf("/a/ after Remove = %d, want 404", code)
	}
	if l.Prefixes().Remove("http://nothere/") {
		t.Fatal("Remove of an absent prefix = true")
	}
	e := mustThrow[*system.ArgumentNullException](t, func() { l.Prefixes().Contains("") })
	if e.ParamName() != "key" {
		t.Fatalf("param %q", e.ParamName())
	}
	mustThrow[*system.ArgumentNullException](t, func() { l.Prefixes().Remove("") })
	l.Prefixes().Clear()
	if !l.IsListening() {
		t.Fatal("not listening with no prefixes")
	}
}

func TestItem66_Lifecycle(t *testing.T) {
	l, port := startListener(t)
	l.Start() // idempotent
	l.Stop()
	l.Stop()
	if l.IsListening() {
		t.Fatal("listening after Stop")
	}
	l.Start() // restart
	done := serveOne(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })
	if code, _ := statusFor(t, port, "127.0.0.1", "/"); code != 200 {
		t.Fatalf("after restart: %d", code)
	}
	<-done
	l.Close()
	l.Close()
	if l.IsListening() {
		t.Fatal("listening after Close")
	}
	for name, f := range map[string]func(){
		"Start":    l.Start,
		"Stop":     l.Stop,
		"Prefixes": func() { l.Prefixes() },
		"SetRealm": func() { l.SetRealm("x") },
		"SetAuth":  func() { l.SetAuthenticationSchemes(AuthenticationSchemesBasic) },
	} {
		e := mustThrow[*system.ObjectDisposedException](t, f)
		if e.Message() != "Cannot access a disposed object.\nObject name: 'System.Net.HttpListener'." {
			t.Errorf("%s: %q", name, e.Message())
		}
	}
	if !HttpListenerIsSupported() {
		t.Fatal("IsSupported = false")
	}
}

func TestItem66_StopClosesConnectionsWithoutSpuriousResponse(t *testing.T) {
	l, port := startListener(t)
	done := serveOne(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })
	c := dial(t, port)
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	br := bufio.NewReader(c)
	if _, err := readResponse(br); err != nil {
		t.Fatal(err)
	}
	<-done
	l.Stop()
	rest, err := io.ReadAll(br)
	if err != nil || len(rest) != 0 {
		t.Fatalf("after Stop: %q, %v (want a plain close)", rest, err)
	}
}

func TestItem67_GetContextPreconditions(t *testing.T) {
	l := NewHttpListener()
	defer l.Close()
	e := mustThrow[*system.InvalidOperationException](t, func() { l.GetContext() })
	if e.Message() != "Please call the Start() method before calling this method." {
		t.Fatalf("%q", e.Message())
	}
	l.Prefixes().Add(fmt.Sprintf("http://127.0.0.1:%d/", freePort(t)))
	l.Start()
	l.Prefixes().Clear()
	e = mustThrow[*system.InvalidOperationException](t, func() { l.GetContext() })
	if e.Message() != "Please call the AddPrefix() method before calling this method." {
		t.Fatalf("%q", e.Message())
	}
	// BeginGetContext is allowed with no prefixes.
	ar := l.BeginGetContext(nil, nil)
	if ar.IsCompleted() {
		t.Fatal("completed with no request")
	}
}

func TestItem68_BlockedGetContextDuringStop(t *testing.T) {
	for _, closeIt := range []bool{false, true} {
		l, _ := startListener(t)
		errc := make(chan system.Exception, 1)
		go func() {
			system.Try(func() { l.GetContext(); errc <- nil }, system.Catch(func(e system.Exception) { errc <- e }))
		}()
		ar := l.BeginGetContext(nil, "state")
		time.Sleep(50 * time.Millisecond)
		if closeIt {
			l.Close()
		} else {
			l.Stop()
		}
		e := <-errc
		hle, ok := e.(*HttpListenerException)
		if !ok || hle.ErrorCode() != 500 || hle.Message() != "Listener closed." {
			t.Fatalf("GetContext threw %v, want HLE 500 Listener closed.", e)
		}
		if !ar.AsyncWaitHandle().WaitOneTimeout(1000) || ar.AsyncState() != "state" {
			t.Fatal("BeginGetContext not completed by Stop")
		}
		ode := mustThrow[*system.ObjectDisposedException](t, func() { l.EndGetContext(ar) })
		if ode.ObjectName() != "listener" {
			t.Fatalf("object name %q", ode.ObjectName())
		}
	}
}

func TestItem68_EndGetContextArguments(t *testing.T) {
	l, port := startListener(t)
	mustThrow[*system.ArgumentNullException](t, func() { l.EndGetContext(nil) })
	other, _ := startListener(t)
	foreign := other.BeginGetContext(nil, nil)
	mustThrow[*system.ArgumentException](t, func() { l.EndGetContext(foreign) })

	called := make(chan system.IAsyncResult, 1)
	ar := l.BeginGetContext(func(r system.IAsyncResult) { called <- r }, 42)
	c := dial(t, port)
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	got := <-called
	if got != ar || got.AsyncState() != 42 {
		t.Fatal("callback got another result")
	}
	ctx := l.EndGetContext(ar)
	ctx.Response().Close()
	mustThrow[*system.InvalidOperationException](t, func() { l.EndGetContext(ar) })
}

func TestItem68_RequestsQueueFIFO(t *testing.T) {
	l, port := startListener(t)
	var conns []gonet.Conn
	for i := 0; i < 3; i++ {
		c := dial(t, port)
		fmt.Fprintf(c, "GET /%d HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", i)
		conns = append(conns, c)
		time.Sleep(30 * time.Millisecond) // arrive in order
	}
	for i := 0; i < 3; i++ {
		ctx := l.GetContext()
		if got := ctx.Request().RawUrl(); got != "/"+strconv.Itoa(i) {
			t.Fatalf("context %d is %s", i, got)
		}
		ctx.Response().Close()
	}
	// GetContextAsync after the queue: a task.
	task := l.GetContextAsync()
	fmt.Fprintf(conns[0], "GET /async HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	ctx := task.Await()
	if ctx.Request().RawUrl() != "/async" {
		t.Fatalf("async got %s", ctx.Request().RawUrl())
	}
	ctx.Response().Close()
}

func TestNoGoroutineLeakAfterClose(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		l, port := startListener(t)
		serveAll(l, func(ctx *HttpListenerContext) { ctx.Response().Close() })
		var wg sync.WaitGroup
		for j := 0; j < 4; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := gonet.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
				if err != nil {
					return
				}
				defer c.Close()
				io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
				readResponse(bufio.NewReader(c))
			}()
		}
		wg.Wait()
		// An idle keep-alive connection left open, closed by Close.
		c := dial(t, port)
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		readResponse(bufio.NewReader(c))
		l.Close()
	}
	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before+1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+1 {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
