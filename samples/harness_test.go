// This file tests the harness itself without Mono: the script format, the
// replay client against a hand-written raw-TCP server, and RunScriptAgainst
// with Command, using this test binary as the server under test.

package samples

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// fakeServerEnv makes the test binary act as a server (see TestMain).
const fakeServerEnv = "CS2GO_SAMPLES_FAKE_SERVER"

func TestMain(m *testing.M) {
	if os.Getenv(fakeServerEnv) == "keepalive" {
		fakeKeepAlive(os.Args[len(os.Args)-1])
		return
	}
	code := m.Run()
	if cs2goDir != "" {
		os.RemoveAll(cs2goDir)
	}
	os.Exit(code)
}

// fakeKeepAlive serves, byte for byte, what managed .NET sends for the
// keepalive sample: it stands in for a translated Go server, so that the
// RunScriptAgainst path (strict header order) is tested without Mono.
func fakeKeepAlive(port string) {
	l, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			br := bufio.NewReader(c)
			for {
				line, err := br.ReadString('\n')
				if err != nil {
					return // the harness's readiness probe sends nothing
				}
				if line == "\r\n" {
					break
				}
			}
			body := "<HTML><BODY> Hello world!</BODY></HTML>"
			fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nServer: Microsoft-NetCore/2.0\r\nDate: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s",
				time.Now().UTC().Format(time.RFC1123), len(body), body)
		}()
	}
}

func TestRunScriptAgainstFakeServer(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	s, ok := Lookup("keepalive")
	if !ok {
		t.Fatal("no keepalive sample")
	}
	t.Setenv(fakeServerEnv, "keepalive")
	RunScriptAgainst(t, s, Command(t, t.TempDir(), exe))
}

func TestDecodeRequest(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"GET / HTTP/1.1\nHost: x\n\n", "GET / HTTP/1.1\r\nHost: x\r\n\r\n"},
		{"POST / HTTP/1.1\n\nbody\\\n", "POST / HTTP/1.1\r\n\r\nbody"},
		{"GET / HTTP/1.1\\n\\\nHost: x\\n\\\n\\n\\\n", "GET / HTTP/1.1\nHost: x\n\n"},
		{"a\\tb\\\\c\\x00\\x7f\n", "a\tb\\c\x00\x7f\r\n"},
		{"ends in backslash\\\\\n", "ends in backslash\\\r\n"},
	} {
		got, err := DecodeRequest([]byte(tc.text))
		if err != nil {
			t.Errorf("DecodeRequest(%q): %v", tc.text, err)
			continue
		}
		if string(got) != tc.want {
			t.Errorf("DecodeRequest(%q) = %q, want %q", tc.text, got, tc.want)
		}
		if back, _ := DecodeRequest([]byte(EncodeRequest(got))); !bytes.Equal(back, got) {
			t.Errorf("EncodeRequest(%q) does not round-trip: %q", got, EncodeRequest(got))
		}
	}
	for _, bad := range []string{"x\\q\n", "x\\x4\n", "x\\xzz\n"} {
		if _, err := DecodeRequest([]byte(bad)); err == nil {
			t.Errorf("DecodeRequest(%q) succeeded, want an error", bad)
		}
	}
}

func TestResponseTextRoundTrip(t *testing.T) {
	for _, r := range []Response{
		{Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"A", "1"}, {"b", ""}}}, Body: []byte("no newline")},
		{Head: Head{Status: "HTTP/1.1 204 No Content"}},
		{Head: Head{Status: "HTTP/1.1 200 OK"}, Body: []byte("line\n\nmore\n")},
		{Interim: []Head{{Status: "HTTP/1.1 100 Continue"}}, Head: Head{Status: "HTTP/1.1 418 "}, Body: []byte("x")},
		{Error: "timeout"},
		{Error: "in body: unexpected EOF", Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Content-Length", "9"}}}, Body: []byte("part")},
	} {
		text := FormatResponse(&r)
		got, err := ParseResponse([]byte(text))
		if err != nil {
			t.Errorf("ParseResponse(%q): %v", text, err)
			continue
		}
		if d := cmp.Diff(r, got, cmpopts.EquateEmpty()); d != "" {
			t.Errorf("round trip of %q (-want +got):\n%s", text, d)
		}
	}
}

func TestParseScriptErrors(t *testing.T) {
	for _, bad := range []string{
		"-- request a --\nGET / HTTP/1.1\n\n",
		"-- response a --\nHTTP/1.1 200 OK\n\n\n",
		"-- request a --\nGET / HTTP/1.1\n\n-- request a --\nGET / HTTP/1.1\n\n-- response a --\nHTTP/1.1 200 OK\n\n\n",
		"-- request a --\nGET / HTTP/1.1\n\n-- response b --\nHTTP/1.1 200 OK\n\n\n",
		"-- request a --\nGET / HTTP/1.1\n\n-- response a open --\nHTTP/1.1 200 OK\n\n\n",
		"-- request a --\nGET / HTTP/1.1\n\n-- response a --\n200 OK\n\n\n",
		"-- get a --\nGET / HTTP/1.1\n\n-- response a --\nHTTP/1.1 200 OK\n\n\n",
	} {
		if _, err := ParseScript([]byte(bad)); err == nil {
			t.Errorf("ParseScript(%q) succeeded, want an error", bad)
		}
	}
}

// rawServer answers each request head it reads, on any connection, with
// the next canned reply, and closes the connection after a reply that has
// "Connection: close" or no length.
func rawServer(t *testing.T, replies []string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var mu sync.Mutex
	next := 0
	serve := func(c net.Conn) {
		defer c.Close()
		br := bufio.NewReader(c)
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				return
			}
			if line != "\r\n" {
				continue
			}
			mu.Lock()
			if next >= len(replies) {
				mu.Unlock()
				return
			}
			reply := replies[next]
			next++
			mu.Unlock()
			c.Write([]byte(reply))
			if strings.Contains(reply, "Connection: close") || !strings.Contains(reply, "Content-Length") && !strings.Contains(reply, "chunked") {
				return
			}
		}
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	return l.Addr().String()
}

func TestReplayFraming(t *testing.T) {
	addr := rawServer(t, []string{
		"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\nhello",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: x\r\n\r\n",
		"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\none",
		"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\ntwo",
		"HTTP/1.0 200 OK\r\n\r\nuntil close",
	})
	script, err := ParseScript([]byte(`-- request a --
GET /1 HTTP/1.1

-- response a --
HTTP/1.1 200 OK

` + "\n" + `-- request a --
GET /2 HTTP/1.1

-- response a --
HTTP/1.1 200 OK

` + "\n" + `-- request a --
GET /3 HTTP/1.1

-- response a --
HTTP/1.1 200 OK

` + "\n" + `-- request p --
GET /p1 HTTP/1.1

GET /p2 HTTP/1.1

-- response p --
HTTP/1.1 200 OK

` + "\n" + `-- response p --
HTTP/1.1 200 OK

` + "\n" + `-- request b --
GET /4 HTTP/1.0

-- response b --
HTTP/1.1 200 OK

` + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Replay(addr, script)
	if err != nil {
		t.Fatal(err)
	}
	want := []Response{
		{Interim: []Head{{Status: "HTTP/1.1 100 Continue"}}, Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Content-Length", "5"}, {"X-A", "1"}, {"X-A", "2"}}}, Body: []byte("hello")},
		{Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Transfer-Encoding", "chunked"}}}, Body: []byte("abcde")},
		{Head: Head{Status: "HTTP/1.1 204 No Content", Header: []Field{{"Connection", "close"}}}, Closed: true},
		{Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Content-Length", "3"}}}, Body: []byte("one")},
		{Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Content-Length", "3"}}}, Body: []byte("two")},
		{Head: Head{Status: "HTTP/1.0 200 OK"}, Body: []byte("until close"), Closed: true},
	}
	var gotResp []Response
	for _, ex := range got {
		gotResp = append(gotResp, ex.Response)
	}
	if d := cmp.Diff(want, gotResp, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("Replay (-want +got):\n%s", d)
	}
}

func TestNormalizeAndDiff(t *testing.T) {
	r := Response{Head: Head{Status: "HTTP/1.1 302 Found", Header: []Field{
		{"Location", "http://localhost:43210/x"}, {"Server", "Microsoft-NetCore/2.0"}, {"date", "Mon, 01 Jan 2024 00:00:00 GMT"},
	}}, Body: []byte("see 127.0.0.1:43210 and 43210")}
	Normalize(&r, 43210)
	want := Response{Head: Head{Status: "HTTP/1.1 302 Found", Header: []Field{
		{"Location", "http://localhost:$PORT/x"}, {"Server", "*"}, {"date", "*"},
	}}, Body: []byte("see 127.0.0.1:$PORT and 43210")}
	if d := cmp.Diff(want, r); d != "" {
		t.Fatalf("Normalize (-want +got):\n%s", d)
	}

	reordered := want
	reordered.Header = []Field{want.Header[1], want.Header[0], want.Header[2]}
	w, g := []Exchange{{Conn: "a", Response: want}}, []Exchange{{Conn: "a", Response: reordered}}
	if d := Diff(w, g, CompareOptions{IgnoreHeaderOrder: true}); d != "" {
		t.Errorf("Diff ignoring order reported:\n%s", d)
	}
	d := Diff(w, g, CompareOptions{})
	if !strings.Contains(d, "exchange 1 on conn a") || !strings.Contains(d, "-want +got") {
		t.Errorf("Diff with order = %q, want a report on exchange 1", d)
	}
	g[0].Response.Closed = true
	if d := Diff(w, g, CompareOptions{IgnoreHeaderOrder: true}); !strings.Contains(d, "(connection closed)") {
		t.Errorf("Diff does not report the connection state:\n%s", d)
	}
}
