// Fuzz target for request parsing: any bytes a client sends produce a
// response or a closed/waiting connection, never a crash, and the server
// keeps serving.

package hardening

import (
	"bufio"
	"io"
	gonet "net"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	fuzzOnce   sync.Once
	fuzzServer *server
)

// FuzzRequestParsing sends the input as raw bytes on a fresh connection and
// reads whatever comes back. A panic in the listener's parser would end the
// test binary; a wedged listener fails the health check that follows.
// Seeded with real and malformed requests (the malformed table).
func FuzzRequestParsing(f *testing.F) {
	seeds := []string{
		"GET / HTTP/1.1\r\nHost: h\r\n\r\n",
		"POST /form HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=1&b=2",
		"POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
		"GET /q?x=%u1234&y=%zz+1 HTTP/1.0\r\nCookie: a=1,b=2;$Path=/\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\nAuthorization: Basic Zm9vOmJhcg==\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx",
	}
	for _, c := range malformedCases {
		if len(c.raw) < 4096 {
			seeds = append(seeds, strings.ReplaceAll(c.raw, "$HOST", "h"))
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzOnce.Do(func() { fuzzServer = startServer(fuzzT{t}, "/", nil) })
		s := fuzzServer
		c, err := gonet.DialTimeout("tcp", s.addr, 2*time.Second)
		if err != nil {
			t.Fatalf("dial: %v (the listener stopped accepting)", err)
		}
		c.SetDeadline(time.Now().Add(300 * time.Millisecond))
		c.Write(raw)
		io.Copy(io.Discard, bufio.NewReader(c))
		c.Close()
		healthCheck(t, s.addr)
	})
}

// fuzzT keeps the shared server alive across fuzz iterations: its Cleanup
// does nothing (the process ends with the fuzzer).
type fuzzT struct{ testing.TB }

func (fuzzT) Cleanup(func()) {}

func healthCheck(t *testing.T, addr string) {
	c, err := gonet.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		t.Fatalf("health: %v", err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(3 * time.Second))
	io.WriteString(c, "GET /health HTTP/1.1\r\nHost: "+addr+"\r\n\r\n")
	r, err := readResponse(bufio.NewReader(c))
	if err != nil || r.status != 200 {
		t.Fatalf("health after input: %v %+v", err, r)
	}
}
