// System.Net.Sockets.TcpListener as HttpListener programs use it: to find a
// free port (bind port 0, read LocalEndpoint, stop) before they start the
// HttpListener. It lives in package net because System.Net.Sockets has no
// package of its own (mapper: namespacePackages), and SocketException is a
// Win32Exception, whose fields are this package's.

package net

import (
	"errors"
	gonet "net"
	"net/netip"
	"syscall"

	"github.com/cs2go/cs2go/runtime/system"
)

// SocketExceptionType is System.Net.Sockets.SocketException.
var SocketExceptionType = &system.Type{Name: "SocketException", Namespace: "System.Net.Sockets", Base: Win32ExceptionType}

// SocketException is System.Net.Sockets.SocketException. ErrorCode is the
// Windows Sockets code .NET reports on every OS (10048 for an address in
// use), and NativeErrorCode the same, as .NET Core sets it.
type SocketException struct{ Win32Exception }

// Windows Sockets error codes (SocketError) .NET reports.
const (
	socketErrorAccessDenied        = 10013
	socketErrorAddressAlreadyInUse = 10048
	socketErrorAddressNotAvailable = 10049
	socketErrorSocketError         = -1
)

// NewSocketException is `new SocketException(errorCode)`.
func NewSocketException(errorCode int32) *SocketException {
	e := &SocketException{}
	e.nativeErrorCode = errorCode
	e.Init(e, SocketExceptionType, socketErrorMessage(errorCode), nil)
	return e
}

// ErrorCode is SocketException.ErrorCode.
func (e *SocketException) ErrorCode() int32 { return e.nativeErrorCode }

// socketErrorMessage is .NET's message for a SocketError on Linux (the
// strerror text of the matching errno).
func socketErrorMessage(code int32) string {
	switch code {
	case socketErrorAccessDenied:
		return "Permission denied"
	case socketErrorAddressAlreadyInUse:
		return "Address already in use"
	case socketErrorAddressNotAvailable:
		return "Cannot assign requested address"
	}
	return "Unknown socket error"
}

// socketExceptionFrom converts a listen error.
func socketExceptionFrom(err error) *SocketException {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return NewSocketException(socketErrorAddressAlreadyInUse)
	case errors.Is(err, syscall.EACCES):
		return NewSocketException(socketErrorAccessDenied)
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return NewSocketException(socketErrorAddressNotAvailable)
	}
	return NewSocketException(socketErrorSocketError)
}

// TcpListener is System.Net.Sockets.TcpListener: the bind-and-listen part.
// Accepting TCP clients is not emulated (programs that serve raw TCP are
// not HttpListener programs).
type TcpListener struct {
	endpoint *IPEndPoint
	listener gonet.Listener
}

// NewTcpListener is `new TcpListener(localaddr, port)`.
func NewTcpListener(localaddr *IPAddress, port int32) *TcpListener {
	if localaddr == nil {
		panic(system.NewArgumentNullException("localaddr"))
	}
	if port < 0 || port > 65535 {
		panic(system.NewArgumentOutOfRangeException("port"))
	}
	return &TcpListener{endpoint: &IPEndPoint{address: localaddr, port: port}}
}

// NewTcpListenerEndPoint is `new TcpListener(localEP)`.
func NewTcpListenerEndPoint(localEP *IPEndPoint) *TcpListener {
	if localEP == nil {
		panic(system.NewArgumentNullException("localEP"))
	}
	return &TcpListener{endpoint: localEP}
}

// Start is TcpListener.Start(): bind and listen; a second Start is a no-op.
func (l *TcpListener) Start() {
	if l.listener != nil {
		return
	}
	addr := netip.AddrPortFrom(l.endpoint.address.addr, uint16(l.endpoint.port))
	ln, err := gonet.Listen("tcp", addr.String())
	if err != nil {
		panic(socketExceptionFrom(err))
	}
	l.listener = ln
}

// StartBacklog is TcpListener.Start(backlog): Go's listen backlog is the
// system's, so the argument is only checked.
func (l *TcpListener) StartBacklog(backlog int32) {
	if backlog < 0 {
		panic(system.NewArgumentOutOfRangeException("backlog"))
	}
	l.Start()
}

// Stop is TcpListener.Stop(): close the socket; the listener may Start again.
func (l *TcpListener) Stop() {
	if l.listener != nil {
		_ = l.listener.Close()
		l.listener = nil
	}
}

// LocalEndpoint is TcpListener.LocalEndpoint: after Start, the bound
// address with the port the system chose for port 0. .NET types it as
// EndPoint; it is always an IPEndPoint, which programs cast it to.
func (l *TcpListener) LocalEndpoint() *IPEndPoint {
	if l.listener != nil {
		return ipEndPointFrom(l.listener.Addr())
	}
	return l.endpoint
}
