// WebUtility: System.Net.WebUtility's URL and HTML encoders, as .NET Core writes them.

package net

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// WebUtilityUrlEncode is WebUtility.UrlEncode: UTF-8 bytes, unreserved
// characters (letters, digits, -_.!*()) kept, space as '+', the rest as
// upper-case %XX.
func WebUtilityUrlEncode(value string) string {
	const hex = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch {
		case isURLSafe(c):
			sb.WriteByte(c)
		case c == ' ':
			sb.WriteByte('+')
		default:
			sb.WriteByte('%')
			sb.WriteByte(hex[c>>4])
			sb.WriteByte(hex[c&15])
		}
	}
	return sb.String()
}

func isURLSafe(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("-_.!*()", c) >= 0
}

// WebUtilityUrlDecode is WebUtility.UrlDecode: '+' is a space, %XX a byte;
// bytes are decoded as UTF-8 and malformed % sequences are kept as written.
func WebUtilityUrlDecode(encoded string) string {
	var buf []byte
	for i := 0; i < len(encoded); i++ {
		c := encoded[i]
		switch {
		case c == '+':
			buf = append(buf, ' ')
		case c == '%' && i+2 < len(encoded) && isHex(encoded[i+1]) && isHex(encoded[i+2]):
			buf = append(buf, unhex(encoded[i+1])<<4|unhex(encoded[i+2]))
			i += 2
		default:
			buf = append(buf, c)
		}
	}
	return strings.ToValidUTF8(string(buf), "\uFFFD")
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// WebUtilityHtmlEncode is WebUtility.HtmlEncode: < > & " ' become entities
// (&#39; for the apostrophe), characters 160-255 become &#NNN;, and
// characters outside the BMP become &#NNNNN;.
func WebUtilityHtmlEncode(value string) string {
	var sb strings.Builder
	for _, r := range value {
		switch {
		case r == '<':
			sb.WriteString("&lt;")
		case r == '>':
			sb.WriteString("&gt;")
		case r == '&':
			sb.WriteString("&amp;")
		case r == '"':
			sb.WriteString("&quot;")
		case r == '\'':
			sb.WriteString("&#39;")
		case r >= 160 && r < 256, r > 0xFFFF:
			sb.WriteString("&#")
			sb.WriteString(strconv.Itoa(int(r)))
			sb.WriteByte(';')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// htmlEntities are the named entities WebUtility.HtmlDecode knows that
// programs meet; numeric entities are decoded generally.
var htmlEntities = map[string]rune{
	"quot": '"', "amp": '&', "apos": '\'', "lt": '<', "gt": '>', "nbsp": 0xA0,
	"copy": 0xA9, "reg": 0xAE, "euro": 0x20AC, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013,
}

// WebUtilityHtmlDecode is WebUtility.HtmlDecode for named (common) and
// numeric entities; unknown entities are kept as written.
func WebUtilityHtmlDecode(value string) string {
	if strings.IndexByte(value, '&') < 0 {
		return value
	}
	var sb strings.Builder
	for i := 0; i < len(value); {
		c := value[i]
		if c == '&' {
			if end := strings.IndexByte(value[i:], ';'); end > 1 {
				entity := value[i+1 : i+end]
				if r, ok := decodeEntity(entity); ok {
					sb.WriteRune(r)
					i += end + 1
					continue
				}
			}
		}
		_, size := utf8.DecodeRuneInString(value[i:])
		sb.WriteString(value[i : i+size])
		i += size
	}
	return sb.String()
}

func decodeEntity(entity string) (rune, bool) {
	if strings.HasPrefix(entity, "#") {
		num := entity[1:]
		base := 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err != nil || n > utf8.MaxRune {
			return 0, false
		}
		return rune(n), true
	}
	r, ok := htmlEntities[entity]
	return r, ok
}
