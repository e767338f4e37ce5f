// System.Guid: 128-bit identifiers, random (version 4) creation, and the
// D/N/B/P text forms.

package system

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
)

// Guid is System.Guid, a value type. The bytes are kept in text order
// (the order ToString prints them); ToByteArray produces .NET's mixed-endian
// layout.
type Guid [16]byte

// GuidEmpty is Guid.Empty.
func GuidEmpty() Guid { return Guid{} }

// GuidNewGuid is Guid.NewGuid(): a random version-4 GUID.
func GuidNewGuid() Guid {
	var g Guid
	if _, err := rand.Read(g[:]); err != nil {
		panic(NewInvalidOperationException("Random number generation failed."))
	}
	g[6] = g[6]&0x0F | 0x40 // version 4
	g[8] = g[8]&0x3F | 0x80 // RFC 4122 variant
	return g
}

// NewGuidBytes is `new Guid(byte[])`: 16 bytes in .NET's layout (the first
// three fields little-endian).
func NewGuidBytes(b []byte) Guid {
	if len(b) != 16 {
		panic(NewArgumentExceptionParam("Byte array for Guid must be exactly 16 bytes long.", "b"))
	}
	var g Guid
	g[0], g[1], g[2], g[3] = b[3], b[2], b[1], b[0]
	g[4], g[5] = b[5], b[4]
	g[6], g[7] = b[7], b[6]
	copy(g[8:], b[8:])
	return g
}

// NewGuidString is `new Guid(string)`; it parses as GuidParse.
func NewGuidString(s string) Guid { return GuidParse(s) }

// ToByteArray is Guid.ToByteArray, in .NET's layout.
func (g Guid) ToByteArray() []byte {
	b := make([]byte, 16)
	b[0], b[1], b[2], b[3] = g[3], g[2], g[1], g[0]
	b[4], b[5] = g[5], g[4]
	b[6], b[7] = g[7], g[6]
	copy(b[8:], g[8:])
	return b
}

// ToString is Guid.ToString(): format "D", lower-case
// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
func (g Guid) ToString() string { return g.ToStringFormat("D") }

// String makes Guid print like ToString in Go formatting.
func (g Guid) String() string { return g.ToString() }

// ToStringFormat is Guid.ToString(format): "D" (or ""), "N" (32 digits),
// "B" ({...}), "P" ((...)); anything else throws FormatException.
func (g Guid) ToStringFormat(format string) string {
	h := hex.EncodeToString(g[:])
	d := h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
	switch format {
	case "", "D", "d":
		return d
	case "N", "n":
		return h
	case "B", "b":
		return "{" + d + "}"
	case "P", "p":
		return "(" + d + ")"
	}
	panic(NewFormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\"."))
}

// Equals is Guid.Equals and `==`.
func (g Guid) Equals(other Guid) bool { return g == other }

// CompareTo is Guid.CompareTo, comparing in .NET's field order.
func (g Guid) CompareTo(other Guid) int32 {
	for i := range g {
		if g[i] != other[i] {
			if g[i] < other[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// GuidParse is Guid.Parse: the D, N, B and P forms, any case, surrounding
// white space allowed. Other text throws FormatException.
func GuidParse(s string) Guid {
	var g Guid
	if !GuidTryParse(s, &g) {
		panic(NewFormatException("Unrecognized Guid format."))
	}
	return g
}

// GuidTryParse is Guid.TryParse(string, out Guid).
func GuidTryParse(s string, result *Guid) bool {
	*result = Guid{}
	t := strings.TrimSpace(s)
	switch {
	case len(t) == 38 && (t[0] == '{' && t[37] == '}' || t[0] == '(' && t[37] == ')'):
		t = t[1:37]
	}
	switch len(t) {
	case 36:
		if t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
			return false
		}
		t = t[:8] + t[9:13] + t[14:18] + t[19:23] + t[24:]
	case 32:
	default:
		return false
	}
	b, err := hex.DecodeString(t)
	if err != nil {
		return false
	}
	copy(result[:], b)
	return true
}
