// System.Web.HttpUtility: query-string parsing and the URL, HTML and
// JavaScript encoders, with .NET Core's outputs (System.Web.HttpUtility.dll).
//
// Where Mono's System.Web differs from .NET Core, .NET Core wins; the tests
// note each such case. Strings are Go strings (UTF-8); .NET works on UTF-16
// code units, which only matters for invalid text: an invalid UTF-8 byte
// stands where .NET would see a lone surrogate, and both become U+FFFD.

package web

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system/collections/specialized"
)

// HttpUtilityParseQueryString is HttpUtility.ParseQueryString(query): the
// name=value pairs of a query string (a leading '?' is skipped), URL-decoded
// as UTF-8, in a case-insensitive NameValueCollection where repeated names
// collect several values. A segment without '=' is a value under the null
// key (for "?flag"), an empty segment adds "" under the null key, and "=v"
// has the empty name, all as .NET does.
//
// .NET returns a subclass whose ToString() renders the pairs back as a
// query string; this returns the plain collection (see the report).
func HttpUtilityParseQueryString(query string) *specialized.NameValueCollection {
	result := specialized.NewNameValueCollection()
	n := len(query)
	namePos := 0
	if n > 0 && query[0] == '?' {
		namePos = 1
	}
	if n == namePos {
		return result
	}
	for namePos <= n {
		valuePos, valueEnd := -1, -1
		for q := namePos; q < n; q++ {
			if valuePos == -1 && query[q] == '=' {
				valuePos = q + 1
			} else if query[q] == '&' {
				valueEnd = q
				break
			}
		}
		nullName := valuePos == -1
		var name string
		if nullName {
			valuePos = namePos
		} else {
			name = HttpUtilityUrlDecode(query[namePos : valuePos-1])
		}
		if valueEnd < 0 {
			valueEnd = n
		}
		namePos = valueEnd + 1
		value := HttpUtilityUrlDecode(query[valuePos:valueEnd])
		if nullName {
			result.AddNullKey(value)
		} else {
			result.Add(name, value)
		}
	}
	return result
}

// isURLSafe is HttpEncoderUtility.IsUrlSafeChar: letters, digits and -_.!*().
func isURLSafe(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-_.!*()", c) >= 0
}

const lowerHex = "0123456789abcdef"

// HttpUtilityUrlEncode is HttpUtility.UrlEncode(str): UTF-8 bytes; letters,
// digits and -_.!*() kept; space as '+'; every other byte as %xx with
// lower-case hex (WebUtility.UrlEncode uses upper case; HttpUtility does not).
func HttpUtilityUrlEncode(str string) string {
	var sb strings.Builder
	for i := 0; i < len(str); i++ {
		c := str[i]
		switch {
		case c == ' ':
			sb.WriteByte('+')
		case isURLSafe(c):
			sb.WriteByte(c)
		default:
			sb.WriteByte('%')
			sb.WriteByte(lowerHex[c>>4])
			sb.WriteByte(lowerHex[c&15])
		}
	}
	return sb.String()
}

// HttpUtilityUrlPathEncode is HttpUtility.UrlPathEncode(str): only spaces
// (as %20) and bytes outside printable ASCII are encoded, in the path part.
// For an absolute URL the scheme and authority, and the query and fragment,
// are kept as written; for anything else, the part from the first '?' on
// is kept.
func HttpUtilityUrlPathEncode(str string) string {
	if str == "" {
		return str
	}
	if prefix, rest, ok := splitSchemeAndAuthority(str); ok {
		path, queryAndFragment := rest, ""
		if i := strings.IndexAny(rest, "?#"); i >= 0 {
			path, queryAndFragment = rest[:i], rest[i:]
		}
		return prefix + urlPathEncodeImpl(path) + queryAndFragment
	}
	return urlPathEncodeImpl(str)
}

// splitSchemeAndAuthority splits "scheme://authority" off an absolute URL,
// where .NET's UriUtil.TrySplitUriForPathEncode finds a non-empty authority.
func splitSchemeAndAuthority(s string) (prefix, rest string, ok bool) {
	end := strings.IndexAny(s, "?#")
	if end < 0 {
		end = len(s)
	}
	head := s[:end]
	colon := strings.Index(head, "://")
	if colon <= 0 || !isScheme(head[:colon]) {
		return "", "", false
	}
	authStart := colon + 3
	authEnd := strings.IndexByte(head[authStart:], '/')
	if authEnd < 0 {
		authEnd = len(head) - authStart
	}
	if authEnd == 0 {
		return "", "", false
	}
	return s[:authStart+authEnd], s[authStart+authEnd:], true
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if i == 0 && !letter || !letter && !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func urlPathEncodeImpl(value string) string {
	if i := strings.IndexByte(value, '?'); i >= 0 {
		return urlPathEncodeImpl(value[:i]) + value[i:]
	}
	var sb strings.Builder
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch {
		case c == ' ':
			sb.WriteString("%20")
		case c < 0x20 || c >= 0x7f:
			sb.WriteByte('%')
			sb.WriteByte(lowerHex[c>>4])
			sb.WriteByte(lowerHex[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// HttpUtilityUrlDecode is HttpUtility.UrlDecode(str): '+' is a space, %xx
// a byte and %uxxxx a UTF-16 code unit; runs of bytes are decoded as UTF-8
// (each maximal invalid sequence becomes U+FFFD, as .NET's decoder does);
// a '%' not followed by valid hex is kept as written.
func HttpUtilityUrlDecode(str string) string {
	if strings.IndexAny(str, "+%") < 0 {
		return str
	}
	var sb strings.Builder
	var pending []byte // bytes waiting to be decoded as UTF-8
	var units []uint16 // %u code units waiting to be paired
	flush := func() {
		appendUTF8(&sb, pending)
		pending = pending[:0]
		appendUTF16(&sb, units)
		units = units[:0]
	}
	n := len(str)
	for pos := 0; pos < n; pos++ {
		c := str[pos]
		if c == '%' && pos < n-2 {
			if str[pos+1] == 'u' && pos < n-5 {
				h1, h2, h3, h4 := unhex(str[pos+2]), unhex(str[pos+3]), unhex(str[pos+4]), unhex(str[pos+5])
				if h1 >= 0 && h2 >= 0 && h3 >= 0 && h4 >= 0 {
					appendUTF8(&sb, pending)
					pending = pending[:0]
					units = append(units, uint16(h1<<12|h2<<8|h3<<4|h4))
					pos += 5
					continue
				}
			} else if h1, h2 := unhex(str[pos+1]), unhex(str[pos+2]); h1 >= 0 && h2 >= 0 {
				appendUTF16(&sb, units)
				units = units[:0]
				pending = append(pending, byte(h1<<4|h2))
				pos += 2
				continue
			}
		}
		if c == '+' {
			c = ' '
		}
		if c < utf8.RuneSelf {
			appendUTF16(&sb, units)
			units = units[:0]
			pending = append(pending, c)
			continue
		}
		// A literal non-ASCII character is added as a character, not bytes.
		flush()
		r, size := utf8.DecodeRuneInString(str[pos:])
		sb.WriteRune(r)
		pos += size - 1
	}
	flush()
	return sb.String()
}

// appendUTF8 decodes b as UTF-8, replacing each maximal invalid subpart
// with U+FFFD as .NET Core's UTF8Encoding does.
func appendUTF8(sb *strings.Builder, b []byte) {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			size = invalidSubpartLength(b)
		}
		sb.WriteRune(r)
		b = b[size:]
	}
}

// invalidSubpartLength is the length of the maximal subpart at the start of
// b: the longest prefix of a well-formed sequence (at least one byte).
func invalidSubpartLength(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF)
	var need int
	switch c := b[0]; {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case 0xE1 <= c && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for n <= need && n < len(b) && lo <= b[n] && b[n] <= hi {
		n++
		lo, hi = 0x80, 0xBF
	}
	return n
}

// appendUTF16 adds UTF-16 code units; unpaired surrogates become U+FFFD.
func appendUTF16(sb *strings.Builder, units []uint16) {
	for i := 0; i < len(units); i++ {
		u := rune(units[i])
		switch {
		case 0xD800 <= u && u <= 0xDBFF && i+1 < len(units) && 0xDC00 <= units[i+1] && units[i+1] <= 0xDFFF:
			sb.WriteRune(0x10000 + (u-0xD800)<<10 + rune(units[i+1]) - 0xDC00)
			i++
		case 0xD800 <= u && u <= 0xDFFF:
			sb.WriteRune(utf8.RuneError)
		default:
			sb.WriteRune(u)
		}
	}
}

// HttpUtilityHtmlEncode is HttpUtility.HtmlEncode(s), which .NET Core
// implements as WebUtility.HtmlEncode: < > & " become &lt; &gt; &amp;
// &quot;, the apostrophe becomes &#39; (.NET Core and .NET Framework 4+;
// Mono agrees), characters 160-255 and those outside the BMP become &#N;.
func HttpUtilityHtmlEncode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r == '<':
			sb.WriteString("&lt;")
		case r == '>':
			sb.WriteString("&gt;")
		case r == '"':
			sb.WriteString("&quot;")
		case r == '\'':
			sb.WriteString("&#39;")
		case r == '&':
			sb.WriteString("&amp;")
		case r >= 160 && r < 256 || r >= 0x10000:
			sb.WriteString("&#")
			sb.WriteString(strconv.Itoa(int(r)))
			sb.WriteByte(';')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// HttpUtilityHtmlAttributeEncode is HttpUtility.HtmlAttributeEncode(s):
// only & " ' < are encoded (not '>', nor non-ASCII characters).
func HttpUtilityHtmlAttributeEncode(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			sb.WriteString("&lt;")
		case '"':
			sb.WriteString("&quot;")
		case '\'':
			sb.WriteString("&#39;")
		case '&':
			sb.WriteString("&amp;")
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// HttpUtilityHtmlDecode is HttpUtility.HtmlDecode(s) (WebUtility.HtmlDecode
// in .NET Core): &name; for the HTML 4 entities plus &apos;, and &#N; /
// &#xH; for any scalar value. Unknown or malformed references, and those
// missing the ';', are kept as written.
func HttpUtilityHtmlDecode(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '&' {
			rest := s[i+1:]
			if end := strings.IndexAny(rest, ";&"); end >= 0 && rest[end] == ';' {
				entity := rest[:end]
				if len(entity) > 1 && entity[0] == '#' {
					if r, ok := parseNumericEntity(entity[1:]); ok {
						sb.WriteRune(r)
						i += end + 1
						continue
					}
				} else {
					i += end + 1
					if r, ok := htmlEntities[entity]; ok {
						sb.WriteRune(r)
					} else {
						sb.WriteByte('&')
						sb.WriteString(entity)
						sb.WriteByte(';')
					}
					continue
				}
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// parseNumericEntity parses the part after "&#": hex after x/X (digits
// only), else decimal as uint.TryParse with NumberStyles.Integer (surrounding
// white space and a sign allowed). Surrogates and values past U+10FFFF fail.
func parseNumericEntity(s string) (rune, bool) {
	var v uint64
	var err error
	if s[0] == 'x' || s[0] == 'X' {
		h := s[1:]
		if h == "" || strings.TrimLeft(h, "0123456789abcdefABCDEF") != "" {
			return 0, false
		}
		v, err = strconv.ParseUint(h, 16, 32)
	} else {
		d := strings.Trim(s, " \t\n\v\f\r")
		neg := false
		if d != "" && (d[0] == '+' || d[0] == '-') {
			neg = d[0] == '-'
			d = d[1:]
		}
		if d == "" || strings.TrimLeft(d, "0123456789") != "" {
			return 0, false
		}
		v, err = strconv.ParseUint(d, 10, 32)
		if neg && v != 0 {
			return 0, false
		}
	}
	if err != nil || v >= 0xD800 && v <= 0xDFFF || v > 0x10FFFF {
		return 0, false
	}
	return rune(v), true
}

// HttpUtilityJavaScriptStringEncode is HttpUtility.JavaScriptStringEncode(value):
// \" \\ \b \f \n \r \t escapes, and \uxxxx (lower-case hex) for other
// control characters, ' < > &, U+0085, U+2028 and U+2029.
func HttpUtilityJavaScriptStringEncode(value string) string {
	var sb strings.Builder
	for _, r := range value {
		switch r {
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			if r < 0x20 || r == '\'' || r == '<' || r == '>' || r == '&' || r == 0x85 || r == 0x2028 || r == 0x2029 {
				sb.WriteString(`\u`)
				for shift := 12; shift >= 0; shift -= 4 {
					sb.WriteByte(lowerHex[(r>>shift)&15])
				}
			} else {
				sb.WriteRune(r)
			}
		}
	}
	return sb.String()
}

// HttpUtilityJavaScriptStringEncodeQuotes is
// HttpUtility.JavaScriptStringEncode(value, addDoubleQuotes).
func HttpUtilityJavaScriptStringEncodeQuotes(value string, addDoubleQuotes bool) string {
	encoded := HttpUtilityJavaScriptStringEncode(value)
	if addDoubleQuotes {
		return `"` + encoded + `"`
	}
	return encoded
}
