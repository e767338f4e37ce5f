// Accepted sockets inherit the listening socket's TCP keep-alive settings,
// which listenTCP relies on instead of configuring each connection.

package net

import (
	gonet "net"
	"syscall"
	"testing"
	"time"
)

func TestAcceptedConnectionsInheritKeepAlive(t *testing.T) {
	ln, err := listenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	client, err := gonet.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	// Accept waits for the client's first bytes (TestAcceptWaitsForTheFirstBytes).
	client.Write([]byte("GET"))
	server, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	rc, err := server.(*gonet.TCPConn).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name       string
		level, opt int
		value      int
	}{
		{"SO_KEEPALIVE", syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1},
		{"TCP_KEEPIDLE", syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, int(keepAliveIdle / time.Second)},
		{"TCP_KEEPINTVL", syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, int(keepAliveInterval / time.Second)},
		{"TCP_KEEPCNT", syscall.IPPROTO_TCP, syscall.TCP_KEEPCNT, keepAliveCount},
		// Go's accept still turns Nagle's algorithm off per connection.
		{"TCP_NODELAY", syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1},
	}
	rc.Control(func(fd uintptr) {
		for _, w := range want {
			got, err := syscall.GetsockoptInt(int(fd), w.level, w.opt)
			if err != nil {
				t.Errorf("%s: %v", w.name, err)
			} else if got != w.value {
				t.Errorf("%s = %d on the accepted socket, want %d", w.name, got, w.value)
			}
		}
	})
}

// The listening socket defers accept until a client's first bytes arrive,
// and a client that waits before sending its request is still accepted and
// served.
func TestAcceptWaitsForTheFirstBytes(t *testing.T) {
	ln, err := listenTCP("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	rc, err := ln.(*gonet.TCPListener).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	rc.Control(func(fd uintptr) {
		// The kernel keeps the option as a count of SYN-ACK retransmits and
		// reads it back as their timeouts' sum, which may round it up.
		got, err := syscall.GetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_DEFER_ACCEPT)
		if err != nil || got < deferAcceptSeconds {
			t.Errorf("TCP_DEFER_ACCEPT = %d (%v) on the listening socket, want >= %d", got, err, deferAcceptSeconds)
		}
	})
	client, err := gonet.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	accepted := make(chan gonet.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			close(accepted)
			return
		}
		accepted <- c
	}()
	select {
	case <-accepted:
		t.Fatal("accepted before the client sent anything")
	case <-time.After(300 * time.Millisecond):
	}
	client.Write([]byte("GET / HTTP/1.1\r\n\r\n"))
	select {
	case c := <-accepted:
		if c == nil {
			t.Fatal("accept failed")
		}
		defer c.Close()
		c.SetReadDeadline(time.Now().Add(time.Second))
		buf := make([]byte, 64)
		if n, err := c.Read(buf); err != nil || string(buf[:n]) != "GET / HTTP/1.1\r\n\r\n" {
			t.Fatalf("read %q, %v", buf[:n], err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("not accepted 2 s after the client's request")
	}
}
