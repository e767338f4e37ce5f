// Listening sockets on Linux: TCP keep-alive configured once on the
// listening socket, which accepted sockets inherit, instead of four
// setsockopt calls per accepted connection; and accept deferred until the
// client's first bytes arrive.

package net

import (
	"context"
	gonet "net"
	"syscall"
	"time"
)

// deferAcceptSeconds is TCP_DEFER_ACCEPT on listening sockets: the kernel
// hands a connection to accept only once data has arrived on it, or, for a
// client that says nothing, about this long after it connected. A client
// sends its request right behind the handshake, so the request head is
// then there when the connection is accepted and the accept loop serves
// it on the spot (serveArrived): no serving goroutine, no wait in the
// poller, no read that finds nothing. That is most of what the listener
// adds to the kernel's work when every response closes its connection
// (BENCHMARKS.md: 30% less CPU per request, 40-55% more requests per
// second). nginx's `listen ... deferred` is the same option. The cost: a
// connection that sends nothing starts its first-request idle timeout
// (item 26's 90 s) about a second late.
const deferAcceptSeconds = 1

// The keep-alive settings Go's net package gives accepted connections by
// default (15 s idle, 15 s between probes, 9 probes), so a dead peer is
// detected exactly as before.
const (
	keepAliveIdle     = 15 * time.Second
	keepAliveInterval = 15 * time.Second
	keepAliveCount    = 9
)

// listenTCP opens an endpoint's listening socket, with accept deferred
// (deferAcceptSeconds) where the kernel allows it. Linux copies
// SO_KEEPALIVE, TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT from a
// listening socket to the sockets it accepts, so setting them here and
// turning off the net package's per-accept configuration (KeepAlive < 0)
// keeps the behaviour and saves four system calls per connection, which
// matters when every response closes its connection. Should the options
// fail to apply, the listener falls back to the per-accept configuration.
func listenTCP(address string) (gonet.Listener, error) {
	inherited := false
	lc := gonet.ListenConfig{
		KeepAlive: -1,
		Control: func(network, address string, rc syscall.RawConn) error {
			return rc.Control(func(fd uintptr) {
				inherited = setListenerKeepAlive(int(fd)) == nil
				// Without it connections are accepted as they come: the
				// same behaviour, a little more work per connection.
				syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_DEFER_ACCEPT, deferAcceptSeconds)
			})
		},
	}
	ln, err := lc.Listen(context.Background(), "tcp", address)
	if err != nil || inherited {
		return ln, err
	}
	ln.Close()
	return gonet.Listen("tcp", address)
}

func setListenerKeepAlive(fd int) error {
	opts := [...]struct{ level, name, value int }{
		{syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1},
		{syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, int(keepAliveIdle / time.Second)},
		{syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, int(keepAliveInterval / time.Second)},
		{syscall.IPPROTO_TCP, syscall.TCP_KEEPCNT, keepAliveCount},
	}
	for _, o := range opts {
		if err := syscall.SetsockoptInt(fd, o.level, o.name, o.value); err != nil {
			return err
		}
	}
	return nil
}
