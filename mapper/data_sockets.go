// This file continues the mapping table (data.go) with System.Net.Sockets:
// the TcpListener members of the free-port trick (bind port 0, read
// LocalEndpoint, stop) that loopback receivers use before starting an
// HttpListener, and SocketException. The runtime keeps them in package net.

package mapper

var socketsData = []Entry{
	{Type: "System.Net.Sockets.TcpListener", Kind: Class, Go: "TcpListener", Pkg: "system/net", Note: "binding and listening; accepting TCP clients is not emulated"},
	{Type: "System.Net.Sockets.TcpListener", Kind: Ctor, Go: "NewTcpListener", Params: []string{"IPAddress", "int"}},
	{Type: "System.Net.Sockets.TcpListener", Kind: Ctor, Go: "NewTcpListenerEndPoint", Params: []string{"IPEndPoint"}},
	{Type: "System.Net.Sockets.TcpListener", Member: "Start", Kind: Method, Go: "Start"},
	{Type: "System.Net.Sockets.TcpListener", Member: "Start", Kind: Method, Params: []string{"int"}, Go: "StartBacklog"},
	{Type: "System.Net.Sockets.TcpListener", Member: "Stop", Kind: Method, Go: "Stop"},
	{Type: "System.Net.Sockets.TcpListener", Member: "LocalEndpoint", Kind: Property, Result: "IPEndPoint", Go: "LocalEndpoint", Note: "typed EndPoint in .NET; always an IPEndPoint"},
	{Type: "System.Net.Sockets.SocketException", Kind: Class, Go: "SocketException", Pkg: "system/net"},
	{Type: "System.Net.Sockets.SocketException", Kind: Ctor, Go: "NewSocketException", Params: []string{"int"}},
	{Type: "System.Net.Sockets.SocketException", Member: "ErrorCode", Kind: Property, Result: "int", Go: "ErrorCode"},
	{Type: "System.Net.Sockets.SocketException", Member: "NativeErrorCode", Kind: Property, Result: "int", Go: "NativeErrorCode"},
}
