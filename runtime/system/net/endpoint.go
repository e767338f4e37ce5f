// IPAddress and IPEndPoint: the address types of Request.LocalEndPoint and RemoteEndPoint.

package net

import (
	gonet "net"
	"net/netip"
	"os"

	"github.com/cs2go/cs2go/runtime/system"
)

// AddressFamily is System.Net.Sockets.AddressFamily (the two members used).
type AddressFamily int32

// The address families of IPv4 and IPv6 addresses.
const (
	AddressFamilyInterNetwork   AddressFamily = 2
	AddressFamilyInterNetworkV6 AddressFamily = 23
)

// ToString is Enum.ToString().
func (f AddressFamily) ToString() string {
	switch f {
	case AddressFamilyInterNetwork:
		return "InterNetwork"
	case AddressFamilyInterNetworkV6:
		return "InterNetworkV6"
	}
	return itoa(int64(f))
}

// IPAddress is System.Net.IPAddress.
type IPAddress struct{ addr netip.Addr }

// IPAddressParse is IPAddress.Parse(s); FormatException "An invalid IP
// address was specified." for bad input.
func IPAddressParse(s string) *IPAddress {
	a, err := netip.ParseAddr(s)
	if err != nil {
		panic(system.NewFormatException("An invalid IP address was specified."))
	}
	return &IPAddress{addr: a}
}

// IPAddressTryParse is IPAddress.TryParse(s, out address).
func IPAddressTryParse(s string, address **IPAddress) bool {
	a, err := netip.ParseAddr(s)
	if err != nil {
		*address = nil
		return false
	}
	*address = &IPAddress{addr: a}
	return true
}

// IPAddressAny is IPAddress.Any (0.0.0.0).
func IPAddressAny() *IPAddress { return &IPAddress{addr: netip.IPv4Unspecified()} }

// IPAddressLoopback is IPAddress.Loopback (127.0.0.1).
func IPAddressLoopback() *IPAddress { return &IPAddress{addr: netip.AddrFrom4([4]byte{127, 0, 0, 1})} }

// IPAddressIPv6Any is IPAddress.IPv6Any (::).
func IPAddressIPv6Any() *IPAddress { return &IPAddress{addr: netip.IPv6Unspecified()} }

// IPAddressIPv6Loopback is IPAddress.IPv6Loopback (::1).
func IPAddressIPv6Loopback() *IPAddress { return &IPAddress{addr: netip.IPv6Loopback()} }

// IPAddressIsLoopback is IPAddress.IsLoopback(address).
func IPAddressIsLoopback(address *IPAddress) bool { return address.addr.Unmap().IsLoopback() }

// ipAddressFrom converts a Go IP.
func ipAddressFrom(ip gonet.IP) *IPAddress {
	a, _ := netip.AddrFromSlice(ip)
	if a.Is4In6() {
		a = a.Unmap()
	}
	return &IPAddress{addr: a}
}

// AddressFamily is IPAddress.AddressFamily.
func (a *IPAddress) AddressFamily() AddressFamily {
	if a.addr.Is4() {
		return AddressFamilyInterNetwork
	}
	return AddressFamilyInterNetworkV6
}

// GetAddressBytes is IPAddress.GetAddressBytes().
func (a *IPAddress) GetAddressBytes() []byte { return a.addr.AsSlice() }

// IsIPv4MappedToIPv6 is IPAddress.IsIPv4MappedToIPv6.
func (a *IPAddress) IsIPv4MappedToIPv6() bool { return a.addr.Is4In6() }

// MapToIPv4 is IPAddress.MapToIPv4().
func (a *IPAddress) MapToIPv4() *IPAddress { return &IPAddress{addr: a.addr.Unmap()} }

// ToString is IPAddress.ToString(): dotted IPv4, or compressed IPv6 with
// its zone.
func (a *IPAddress) ToString() string { return a.addr.String() }

// Equals is IPAddress.Equals.
func (a *IPAddress) Equals(other *IPAddress) bool { return other != nil && a.addr == other.addr }

// IPEndPoint is System.Net.IPEndPoint.
type IPEndPoint struct {
	address *IPAddress
	port    int32
}

// NewIPEndPoint is `new IPEndPoint(address, port)`; ports outside 0-65535
// raise ArgumentOutOfRangeException.
func NewIPEndPoint(address *IPAddress, port int32) *IPEndPoint {
	if address == nil {
		panic(system.NewArgumentNullException("address"))
	}
	if port < 0 || port > 65535 {
		panic(system.NewArgumentOutOfRangeException("port"))
	}
	return &IPEndPoint{address: address, port: port}
}

// ipEndPointFrom converts a Go TCP address.
func ipEndPointFrom(addr gonet.Addr) *IPEndPoint {
	if tcp, ok := addr.(*gonet.TCPAddr); ok {
		return &IPEndPoint{address: ipAddressFrom(tcp.IP), port: int32(tcp.Port)}
	}
	return &IPEndPoint{address: IPAddressAny()}
}

// Address is IPEndPoint.Address.
func (e *IPEndPoint) Address() *IPAddress { return e.address }

// Port is IPEndPoint.Port.
func (e *IPEndPoint) Port() int32 { return e.port }

// AddressFamily is IPEndPoint.AddressFamily.
func (e *IPEndPoint) AddressFamily() AddressFamily { return e.address.AddressFamily() }

// ToString is IPEndPoint.ToString(): "127.0.0.1:8080" or "[::1]:8080".
func (e *IPEndPoint) ToString() string {
	if e.address.addr.Is6() {
		return "[" + e.address.ToString() + "]:" + itoa(int64(e.port))
	}
	return e.address.ToString() + ":" + itoa(int64(e.port))
}

// DnsGetHostName is Dns.GetHostName().
func DnsGetHostName() string {
	name, err := os.Hostname()
	if err != nil {
		return "localhost"
	}
	return name
}
