// This file implements running a sample's script against a server under
// test: RunScriptAgainst (the entry point for translated Go servers), Command
// to start a server binary on a port, and the port and readiness helpers.

package samples

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
)

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
	r, err := runScript(s, start, opt, adjust)
	if err != nil {
		t.Fatal(err)
	}
	// Stopping after the report lets Command log the server's output when
	// the comparison failed.
	defer r.stop()
	if r.ReplayErr != nil {
		t.Errorf("%s: replay: %v", s.Name, r.ReplayErr)
	}
	if check && r.Diff != "" {
		t.Errorf("%s: responses differ from the script:\n%s", s.Name, r.Diff)
	}
	return r.Got
}

// scriptResult is what runScript found out about one server.
type scriptResult struct {
	// Want and Got are the expected and the received (normalised, adjusted)
	// exchanges.
	Want, Got []Exchange
	// Diff is Diff(Want, Got), "" when the server answered as expected.
	Diff string
	// ReplayErr stopped the replay early (e.g. a refused connection); Got
	// then holds the exchanges before it.
	ReplayErr error
	// stop stops the server; the caller calls it once it has reported.
	stop func()
}

// passed reports whether the server answered the whole script as expected.
func (r *scriptResult) passed() bool { return r.ReplayErr == nil && r.Diff == "" }

// runScript starts a server with start, replays the sample's script and
// compares, without reporting to a test: callers that expect a server to
// fail (TestTranslatedSamples for samples the translator cannot handle yet)
// decide themselves what a difference means. The error is for a script that
// does not parse and a server that does not start; otherwise the server is
// still running and the caller must call the result's stop.
func runScript(s Sample, start StartFunc, opt CompareOptions, adjust adjustFunc) (*scriptResult, error) {
	script, err := s.Script()
	if err != nil {
		return nil, err
	}
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	stop, err := start(port)
	if err != nil {
		return nil, fmt.Errorf("starting %s: %w", s.Name, err)
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	if err := WaitListening(addr, StartupTimeout); err != nil {
		stop()
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	r := &scriptResult{Want: append([]Exchange(nil), script.Exchanges...), stop: stop}
	r.Got, r.ReplayErr = Replay(addr, script)
	for i := range r.Got {
		Normalize(&r.Got[i].Response, port)
		if adjust != nil && i < len(r.Want) {
			adjust(&r.Want[i], &r.Got[i])
		}
	}
	r.Diff = Diff(r.Want, r.Got, opt)
	return r, nil
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
	return commandTo(t, nil, dir, name, args...)
}

// commandTo is Command collecting the server's output in out (a fresh buffer
// per start when out is nil), for callers that show it themselves although
// the test has not failed.
func commandTo(t testing.TB, out *lockedBuffer, dir, name string, args ...string) StartFunc {
	return func(port int) (func(), error) {
		cmd := exec.Command(name, append(append([]string(nil), args...), strconv.Itoa(port))...)
		cmd.Dir = dir
		buf := out
		if buf == nil {
			buf = new(lockedBuffer)
		}
		cmd.Stdout, cmd.Stderr = buf, buf
		cmd.SysProcAttr = serverProcAttr()
		if err := cmd.Start(); err != nil {
			return nil, err
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		var once sync.Once
		stop := func() {
			once.Do(func() {
				// Kill only the group this command leads.
				killGroup(cmd.Process)
				<-exited
				if t.Failed() {
					t.Logf("output of %s:\n%s", name, buf.String())
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
				return nil, fmt.Errorf("%s exited during start-up: %s\n%s", name, cmd.ProcessState, buf.String())
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
