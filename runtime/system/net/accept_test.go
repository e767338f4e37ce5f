// Tests for the accept loop's read-ahead: a request whose head arrived with
// its connection is served without a goroutine, a partial head is finished
// by the connection's goroutine, and a user's authentication selector never
// runs on the accept loop.

package net

import (
	"bufio"
	"fmt"
	gonet "net"
	"strings"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

func TestHeadArrived(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"GET / HTTP/1.1\r\nHost: a\r\n\r\n", true},
		{"GET / HTTP/1.1\nHost: a\n\n", true},
		{"GET / HTTP/1.1\r\nHost: a\r\n\r\nbody", true},
		{"GET / HTTP/1.1\r\nHost: a\r\n\r\r\n", true}, // CRs are dropped, so the line is blank
		{"\r\n\r\nGET / HTTP/1.0\r\n\r\n", true},      // blank lines before the request line are skipped
		{"GET / HTTP/1.1\r\nHost: a\r\n", false},
		{"GET / HTTP/1.1\r\nHost: a\r\n\r", false},
		{"\r\n\r\n", false},
		{"\n\n\n", false},
		{"", false},
	}
	for _, c := range cases {
		if got := headArrived([]byte(c.in)); got != c.want {
			t.Errorf("headArrived(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// acceptLoopRig is a started listener on http://*:PORT/ and a second
// socket whose connections the test hands to the listener's endpoint
// itself, so it controls what has arrived when serveArrived looks.
type acceptLoopRig struct {
	l  *HttpListener
	ep *endpoint
	ln gonet.Listener
	ra *readAhead
}

func newAcceptLoopRig(t *testing.T) *acceptLoopRig {
	t.Helper()
	var l *HttpListener
	for attempt := 0; l == nil; attempt++ {
		candidate := NewHttpListener()
		candidate.Prefixes().Add(fmt.Sprintf("http://*:%d/", freePort(t)))
		started := true
		system.Try(candidate.Start, system.Catch(func(e *HttpListenerException) {
			started = false
			if attempt > 5 {
				t.Fatalf("Start: %v", e)
			}
		}))
		if started {
			l = candidate
		}
	}
	t.Cleanup(l.Close)
	r := &acceptLoopRig{l: l, ra: newReadAhead()}
	endpoints.mu.Lock()
	for _, ep := range endpoints.eps {
		for _, p := range ep.prefixes {
			if p.listener == l {
				r.ep = ep
			}
		}
	}
	endpoints.mu.Unlock()
	if r.ep == nil {
		t.Fatal("no endpoint for the listener")
	}
	ln, err := listenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	r.ln = ln
	return r
}

// connect dials the rig's socket, writes sent, and returns the client side
// and the server side as the endpoint's connection.
func (r *acceptLoopRig) connect(t *testing.T, sent string) (gonet.Conn, *connection) {
	t.Helper()
	client, err := gonet.Dial("tcp", r.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	if _, err := client.Write([]byte(sent)); err != nil {
		t.Fatal(err)
	}
	nc, err := r.ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	return client, newConnection(r.ep, nc)
}

// serveArrived calls c.serveArrived once the sent bytes have arrived
// (nothing is read before they have) and returns its answer.
func (r *acceptLoopRig) serveArrived(t *testing.T, c *connection) bool {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		served := c.serveArrived(r.ra)
		if served || c.rs != nil {
			return served
		}
	}
	t.Fatal("the request never arrived")
	return false
}

// getContext is GetContext, bounded so a failing test ends.
func getContext(t *testing.T, l *HttpListener) *HttpListenerContext {
	t.Helper()
	got := make(chan *HttpListenerContext, 1)
	go func() { got <- l.GetContext() }()
	select {
	case ctx := <-got:
		return ctx
	case <-time.After(5 * time.Second):
		t.Fatal("GetContext returned nothing within 5s")
		return nil
	}
}

func answer(t *testing.T, ctx *HttpListenerContext, client gonet.Conn) string {
	t.Helper()
	body := []byte(ctx.Request().RawUrl())
	resp := ctx.Response()
	resp.SetKeepAlive(false)
	resp.SetContentLength64(int64(len(body)))
	resp.OutputStream().Write(body, 0, int32(len(body)))
	resp.Close()
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	raw, err := readResponse(bufio.NewReader(client))
	if err != nil {
		t.Fatal(err)
	}
	status, _, _ := strings.Cut(raw, "\r\n")
	_, content, _ := strings.Cut(raw, "\r\n\r\n")
	return status + " " + content
}

func TestAcceptLoopServesArrivedHead(t *testing.T) {
	r := newAcceptLoopRig(t)
	client, c := r.connect(t, "GET /arrived HTTP/1.1\r\nHost: a\r\n\r\n")
	if !r.serveArrived(t, c) {
		t.Fatal("a whole head that arrived with its connection was left to a goroutine")
	}
	if got := answer(t, getContext(t, r.l), client); got != "HTTP/1.1 200 OK /arrived" {
		t.Errorf("response %q, want HTTP/1.1 200 OK /arrived", got)
	}
}

func TestAcceptLoopLeavesPartialHeadToGoroutine(t *testing.T) {
	r := newAcceptLoopRig(t)
	client, c := r.connect(t, "GET /partial HTTP/1.1\r\nHo")
	if r.serveArrived(t, c) {
		t.Fatal("a partial head was served from the accept loop")
	}
	go c.serve() // as the accept loop does
	client.Write([]byte("st: a\r\n\r\n"))
	if got := answer(t, getContext(t, r.l), client); got != "HTTP/1.1 200 OK /partial" {
		t.Errorf("response %q, want HTTP/1.1 200 OK /partial: the bytes read ahead were lost", got)
	}
}

func TestAcceptLoopErrorResponse(t *testing.T) {
	r := newAcceptLoopRig(t)
	client, c := r.connect(t, "GET /no-host HTTP/1.1\r\n\r\n")
	if !r.serveArrived(t, c) {
		t.Fatal("not served from the accept loop")
	}
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	raw, err := readResponse(bufio.NewReader(client))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(raw, "HTTP/1.1 400 Bad Request\r\n") || !strings.HasSuffix(raw, "<h1>Bad Request (Invalid host name)</h1>") {
		t.Errorf("got %q, want the listener's 400 (Invalid host name)", raw)
	}
}

func TestAcceptLoopNeverRunsAuthenticationSelector(t *testing.T) {
	r := newAcceptLoopRig(t)
	release := make(chan struct{})
	r.l.SetAuthenticationSchemeSelectorDelegate(func(*HttpListenerRequest) AuthenticationSchemes {
		<-release
		return AuthenticationSchemesAnonymous
	})
	client, c := r.connect(t, "GET /selected HTTP/1.1\r\nHost: a\r\n\r\n")
	returned := make(chan bool, 1)
	go func() { returned <- r.serveArrived(t, c) }()
	select {
	case <-returned:
	case <-time.After(5 * time.Second):
		t.Fatal("the accept loop waited for the authentication selector")
	}
	close(release)
	if got := answer(t, getContext(t, r.l), client); got != "HTTP/1.1 200 OK /selected" {
		t.Errorf("response %q, want HTTP/1.1 200 OK /selected", got)
	}
}
