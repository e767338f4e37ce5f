// Tests of TcpListener's free-port trick and SocketException (not a spec
// item: System.Net.Sockets is outside spec/httplistener.md; the expected
// values are Mono's, see internal/consolediff/testdata/freeport.cs).

package net

import (
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
)

func TestTcpListenerPortZeroGetsAPort(t *testing.T) {
	l := NewTcpListener(IPAddressLoopback(), 0)
	if got := l.LocalEndpoint().Port(); got != 0 {
		t.Fatalf("before Start: port %d, want 0", got)
	}
	l.Start()
	defer l.Stop()
	ep := l.LocalEndpoint()
	if ep.Port() <= 0 || ep.Port() > 65535 {
		t.Fatalf("after Start: port %d", ep.Port())
	}
	if ep.Address().ToString() != "127.0.0.1" {
		t.Fatalf("address %q", ep.Address().ToString())
	}
}

func TestTcpListenerAddressInUse(t *testing.T) {
	busy := NewTcpListener(IPAddressLoopback(), 0)
	busy.Start()
	port := busy.LocalEndpoint().Port()
	second := NewTcpListener(IPAddressLoopback(), port)
	var caught *SocketException
	system.Try(func() { second.Start() }, system.Catch(func(e *SocketException) { caught = e }))
	if caught == nil {
		t.Fatal("second Start on a bound port did not throw")
	}
	if caught.ErrorCode() != 10048 || caught.Message() != "Address already in use" {
		t.Fatalf("got %d %q, want 10048 \"Address already in use\"", caught.ErrorCode(), caught.Message())
	}
	busy.Stop()
	second.Start() // the port is free again
	second.Stop()
}

func TestTcpListenerArguments(t *testing.T) {
	var caught system.Exception
	system.Try(func() { NewTcpListener(IPAddressLoopback(), 70000) }, system.Catch(func(e *system.ArgumentOutOfRangeException) { caught = e }))
	if caught == nil {
		t.Fatal("port 70000 did not throw ArgumentOutOfRangeException")
	}
}
