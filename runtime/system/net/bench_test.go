// Benchmarks: Hello-world over loopback, keep-alive and Connection: close,
// HttpListener against a hand-written net/http handler in the same run.
// The load generator is a raw-socket client shared by both servers, so the
// client's own cost is the same on each side. Reported: req/s and p99.
//
//	go test -run '^$' -bench Hello -benchtime 3s ./runtime/system/net/

package net

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	gonet "net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

var helloBody = []byte("Hello, World!")

// startRuntimeHello serves hello world from GOMAXPROCS GetContext loops,
// the shape of a translated `while (true) { var ctx = l.GetContext(); ... }`
// server run on several threads.
func startRuntimeHello(b *testing.B) (port int, stop func()) {
	l, port := startListener(b)
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		go func() {
			for {
				stopped := false
				system.Try(func() {
					ctx := l.GetContext()
					resp := ctx.Response()
					resp.SetContentType("text/plain")
					resp.SetContentLength64(int64(len(helloBody)))
					resp.OutputStream().Write(helloBody, 0, int32(len(helloBody)))
					resp.Close()
				}, system.CatchAll(func() { stopped = true }))
				if stopped {
					return
				}
			}
		}()
	}
	return port, l.Close
}

// startNetHTTPHello is the hand-written net/http equivalent.
func startNetHTTPHello(b *testing.B) (port int, stop func()) {
	ln, err := gonet.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(len(helloBody)))
		w.Write(helloBody)
	})}
	go srv.Serve(ln)
	return ln.Addr().(*gonet.TCPAddr).Port, func() { srv.Close() }
}

// readLengthResponse reads one Content-Length framed response and reports
// whether the server announced `Connection: close` (the listener does after
// 100 requests on a connection, item 26).
func readLengthResponse(br *bufio.Reader) (closing bool, err error) {
	n := -1
	for {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return false, err
		}
		if len(line) <= 2 {
			break
		}
		if bytes.Equal(line, []byte("Connection: close\r\n")) {
			closing = true
		}
		if len(line) > 16 && (line[0] == 'C' || line[0] == 'c') && bytes.EqualFold(line[:15], []byte("Content-Length:")) {
			n, _ = strconv.Atoi(string(bytes.TrimSpace(line[15:])))
		}
	}
	if n < 0 {
		return false, fmt.Errorf("no Content-Length")
	}
	_, err = br.Discard(n)
	return closing, err
}

// load runs b.N requests from `clients` goroutines and reports req/s and
// the 99th percentile latency.
func load(b *testing.B, port int, keepAlive bool) {
	const clients = 16
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	reqKA := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + strconv.Itoa(port) + "\r\n\r\n")
	reqClose := []byte("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + strconv.Itoa(port) + "\r\nConnection: close\r\n\r\n")
	var next atomic.Int64
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	cpu0 := processCPU()
	start := time.Now()
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var conn gonet.Conn
			var br *bufio.Reader
			for next.Add(1) <= int64(b.N) {
				t0 := time.Now()
				if conn == nil {
					c, err := gonet.Dial("tcp", addr)
					if err != nil {
						failed.Store(err)
						return
					}
					conn, br = c, bufio.NewReader(c)
				}
				req := reqKA
				if !keepAlive {
					req = reqClose
				}
				if _, err := conn.Write(req); err != nil {
					failed.Store(err)
					return
				}
				closing, err := readLengthResponse(br)
				if err != nil {
					failed.Store(err)
					return
				}
				if !keepAlive || closing {
					conn.Close()
					conn = nil
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
			if conn != nil {
				conn.Close()
			}
		}(w)
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0
	b.StopTimer()
	if err := failed.Load(); err != nil {
		b.Fatal(err)
	}
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	if len(all) > 0 {
		b.ReportMetric(float64(all[len(all)*99/100].Microseconds()), "p99-µs")
	}
	// CPU per request (server and client together) is steadier than req/s
	// on a shared machine.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/req")
	b.ReportMetric(0, "ns/op")
}

// processCPU is the user plus system CPU time the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkHelloKeepAlive(b *testing.B) {
	b.Run("runtime", func(b *testing.B) {
		port, stop := startRuntimeHello(b)
		defer stop()
		load(b, port, true)
	})
	b.Run("nethttp", func(b *testing.B) {
		port, stop := startNetHTTPHello(b)
		defer stop()
		load(b, port, true)
	})
}

func BenchmarkHelloClose(b *testing.B) {
	b.Run("runtime", func(b *testing.B) {
		port, stop := startRuntimeHello(b)
		defer stop()
		load(b, port, false)
	})
	b.Run("nethttp", func(b *testing.B) {
		port, stop := startNetHTTPHello(b)
		defer stop()
		load(b, port, false)
	})
}

// BenchmarkSerializeHead measures the response head alone, allocations included.
func BenchmarkSerializeHead(b *testing.B) {
	c := &connection{}
	ctx := newContext(c)
	ctx.request.major, ctx.request.minor = 1, 1
	buf := make([]byte, 0, 512)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ctx.response.sentHeaders = false
		ctx.response.boundary = boundaryContentLength
		ctx.response.contentLength = 13
		buf = ctx.response.appendHead(buf[:0], false)
	}
	_ = io.Discard
}
