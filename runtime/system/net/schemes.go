// AuthenticationSchemes: the flags enum HttpListener authenticates with (spec item 70).

package net

import "strings"

// AuthenticationSchemes is System.Net.AuthenticationSchemes, a flags enum.
type AuthenticationSchemes int32

// The members of AuthenticationSchemes.
const (
	AuthenticationSchemesNone                            AuthenticationSchemes = 0
	AuthenticationSchemesDigest                          AuthenticationSchemes = 1
	AuthenticationSchemesNegotiate                       AuthenticationSchemes = 2
	AuthenticationSchemesNtlm                            AuthenticationSchemes = 4
	AuthenticationSchemesIntegratedWindowsAuthentication AuthenticationSchemes = 6
	AuthenticationSchemesBasic                           AuthenticationSchemes = 8
	AuthenticationSchemesAnonymous                       AuthenticationSchemes = 0x8000
)

// ToString is Enum.ToString() for the flags enum: "Basic, Anonymous".
// Composite members are preferred, as .NET does (6 is
// "IntegratedWindowsAuthentication", not "Negotiate, Ntlm").
func (s AuthenticationSchemes) ToString() string {
	if s == 0 {
		return "None"
	}
	// .NET emits names for the largest values first, then prints them in
	// ascending order.
	members := []struct {
		v    AuthenticationSchemes
		name string
	}{
		{AuthenticationSchemesAnonymous, "Anonymous"},
		{AuthenticationSchemesBasic, "Basic"},
		{AuthenticationSchemesIntegratedWindowsAuthentication, "IntegratedWindowsAuthentication"},
		{AuthenticationSchemesNtlm, "Ntlm"},
		{AuthenticationSchemesNegotiate, "Negotiate"},
		{AuthenticationSchemesDigest, "Digest"},
	}
	rest := s
	var names []string
	for _, m := range members {
		if rest&m.v == m.v {
			names = append([]string{m.name}, names...)
			rest &^= m.v
		}
	}
	if rest != 0 {
		return itoa(int64(s))
	}
	return strings.Join(names, ", ")
}

// String makes AuthenticationSchemes print like .NET in Go's fmt too.
func (s AuthenticationSchemes) String() string { return s.ToString() }
