//go:build !linux

// Listening sockets elsewhere than Linux: the net package's defaults, which
// configure TCP keep-alive on every accepted connection.

package net

import gonet "net"

func listenTCP(address string) (gonet.Listener, error) { return gonet.Listen("tcp", address) }
