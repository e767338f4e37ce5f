// This file implements normalisation and comparison of responses, and the
// test entry point that replays a sample's script against any server:
// RunScriptAgainst, with Command to start a server binary.

package samples

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Masked replaces the values of headers that change from run to run.
const Masked = "*"

// maskedHeaders are replaced by Masked: Date changes every second, and
// Server names the implementation (Microsoft-NetCore/2.0 in .NET,
// Mono-HTTPAPI/1.0 in Mono), which programs do not observe.
var maskedHeaders = []string{"Date", "Server"}

// Normalize rewrites a received response so that it compares equal across
// runs: Date and Server values become Masked, and ":<port>" in header values
// and the body becomes ":$PORT". Content-Length is left as sent, so expected
// responses assume a five-digit port (FreePort only hands those out).
func Normalize(r *Response, port int) {
	from := ":" + strconv.Itoa(port)
	to := ":" + PortVar
	norm := func(h *Head) {
		for i := range h.Header {
			f := &h.Header[i]
			for _, m := range maskedHeaders {
				if strings.EqualFold(f.Name, m) {
					f.Value = Masked
				}
			}
			f.Value = strings.ReplaceAll(f.Value, from, to)
		}
	}
	for i := range r.Interim {
		norm(&r.Interim[i])
	}
	norm(&r.Head)
	r.Body = bytes.ReplaceAll(r.Body, []byte(from), []byte(to))
}

// CompareOptions select how strict Diff is.
type CompareOptions struct {
	// IgnoreHeaderOrder compares header fields as a multiset (fields with
	// the same name keep their relative order). Managed .NET's order is
	// spec item 11; Mono's differs, so only the Mono side ignores it.
	IgnoreHeaderOrder bool
}

// Diff compares expected and actual exchanges and returns a readable report,
// or "" when they match. Each differing exchange is shown with its request
// and a line diff (go-cmp) of the response texts, including whether the
// connection was closed.
func Diff(want, got []Exchange, opt CompareOptions) string {
	var b strings.Builder
	for i := 0; i < len(want) || i < len(got); i++ {
		switch {
		case i >= len(got):
			fmt.Fprintf(&b, "exchange %d (conn %s): not run\n", i+1, want[i].Conn)
			continue
		case i >= len(want):
			fmt.Fprintf(&b, "exchange %d (conn %s): unexpected\n", i+1, got[i].Conn)
			continue
		}
		w, g := responseLines(want[i].Response, opt), responseLines(got[i].Response, opt)
		if d := cmp.Diff(w, g); d != "" {
			fmt.Fprintf(&b, "exchange %d on conn %s, request:\n%s", i+1, want[i].Conn, indent(EncodeRequest(want[i].Request)))
			fmt.Fprintf(&b, "response mismatch (-want +got):\n%s\n", d)
		}
	}
	return b.String()
}

// responseLines is the text compared by Diff: FormatResponse's lines plus a
// last line on the connection state.
func responseLines(r Response, opt CompareOptions) []string {
	if opt.IgnoreHeaderOrder {
		r = sortedHeaders(r)
	}
	lines := strings.Split(FormatResponse(&r), "\n")
	state := "(connection kept open)"
	if r.Closed {
		state = "(connection closed)"
	}
	return append(lines, state)
}

// sortedHeaders returns a copy of r with header fields sorted by lower-case
// name, stable so repeated fields keep their order.
func sortedHeaders(r Response) Response {
	sortHead := func(h Head) Head {
		fs := append([]Field(nil), h.Header...)
		sort.SliceStable(fs, func(i, j int) bool { return strings.ToLower(fs[i].Name) < strings.ToLower(fs[j].Name) })
		h.Header = fs
		return h
	}
	r.Head = sortHead(r.Head)
	interim := make([]Head, len(r.Interim))
	for i, h := range r.Interim {
		interim[i] = sortHead(h)
	}
	r.Interim = interim
	return r
}

func indent(s string) string {
	return "\t" + strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n\t") + "\n"
}

// StartFunc starts a server under test listening on 127.0.0.1:port (its
// prefixes name localhost or 127.0.0.1) and returns a function that stops it
// and waits until it has exited.
type StartFunc func(port int) (stop func(), err error)

// StartupTimeout bounds the wait for a started server to accept connections.
var StartupTimeout = 30 * time.Second

// RunScriptAgainst starts a server with start, replays the sample's script
// against it and reports differences from the expected (managed .NET)
// responses as test errors. Header order is checked too. This is the entry
// point for translated Go servers, e.g.
//
//	samples.RunScriptAgainst(t, s, samples.Command(t, t.TempDir(), binPath))
func RunScriptAgainst(t *testing.T, s Sample, start StartFunc) {
	t.Helper()
	run(t, s, start, CompareOptions{}, nil, true)
}

// adjustFunc lets a caller rewrite an exchange before comparison (the Mono
// test uses it to translate Mono's known differences). It may change want as
// well, where Mono's output carries less information than .NET's.
type adjustFunc func(want, got *Exchange)

// run is RunScriptAgainst with comparison options and an adjustment hook;
// it returns the normalised (and adjusted) exchanges actually received. With
// check false it only collects them, for rewriting scripts.
func run(t *testing.T, s Sample, start StartFunc, opt CompareOptions, adjust adjustFunc, check bool) []Exchange {
	t.Helper()
	script, err := s.Script()
	if err != nil {
		t.Fatal(err)
	}
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	stop, err := start(port)
	if err != nil {
		t.Fatalf("starting %s: %v", s.Name, err)
	}
	defer stop()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if err := WaitListening(addr, StartupTimeout); err != nil {
		t.Fatalf("%s: %v", s.Name, err)
	}
	got, err := Replay(addr, script)
	if err != nil {
		t.Errorf("%s: replay: %v", s.Name, err)
	}
	want := append([]Exchange(nil), script.Exchanges...)
	for i := range got {
		Normalize(&got[i].Response, port)
		if adjust != nil && i < len(want) {
			adjust(&want[i], &got[i])
		}
	}
	if !check {
		return got
	}
	if d := Diff(want, got, opt); d != "" {
		t.Errorf("%s: responses differ from the script:\n%s", s.Name, d)
	}
	return got
}

// FreePort returns a currently unused TCP port on 127.0.0.1 with five
// digits, so that "$PORT" substitution keeps Content-Length values stable.
func FreePort() (int, error) {
	for range 20 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, err
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		if port >= 10000 {
			return port, nil
		}
	}
	return 0, fmt.Errorf("no free five-digit port")
}

// WaitListening polls addr until a TCP connection succeeds. The probe
// connection is closed without sending anything, which an HttpListener
// treats as an idle client and ignores.
func WaitListening(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("server did not listen on %s within %v: %v", addr, timeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Command returns a StartFunc that runs name with args plus the port as the
// last argument, in directory dir, in its own process group. Its stop
// function kills the group and waits; the server's output is logged when the
// test has failed, so a crash in the server is visible.
func Command(t testing.TB, dir, name string, args ...string) StartFunc {
	return func(port int) (func(), error) {
		cmd := exec.Command(name, append(append([]string(nil), args...), strconv.Itoa(port))...)
		cmd.Dir = dir
		var out lockedBuffer
		cmd.Stdout, cmd.Stderr = &out, &out
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		var once sync.Once
		stop := func() {
			once.Do(func() {
				// Kill only the group this command leads.
				syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-exited
				if t.Failed() {
					t.Logf("output of %s:\n%s", name, out.String())
				}
			})
		}
		t.Cleanup(stop)
		// Fail fast if the server dies during start-up.
		ctx, cancel := context.WithTimeout(context.Background(), StartupTimeout)
		defer cancel()
		addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		for {
			select {
			case <-exited:
				stop()
				return nil, fmt.Errorf("%s exited during start-up: %s\n%s", name, cmd.ProcessState, out.String())
			case <-ctx.Done():
				stop()
				return nil, fmt.Errorf("%s did not listen on %s within %v", name, addr, StartupTimeout)
			default:
			}
			if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
				c.Close()
				return stop, nil
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// lockedBuffer collects a process's output; the exec package writes to it
// from its own goroutines while tests may read it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
