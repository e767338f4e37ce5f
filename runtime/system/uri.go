// System.Uri: parsing and canonicalising absolute URIs the way .NET does
// for http, https and the other hierarchical schemes, plus Uri's static
// escaping helpers.

package system

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// UriKind is System.UriKind.
type UriKind int32

// UriKind values.
const (
	UriKindRelativeOrAbsolute UriKind = 0
	UriKindAbsolute           UriKind = 1
	UriKindRelative           UriKind = 2
)

// Uri is System.Uri. Absolute URIs are parsed and canonicalised at
// construction (lower-case scheme and host, dot segments removed, characters
// that may not appear in a URI percent-encoded, "/" for an empty path); the
// getters return the canonical parts as .NET's properties do.
type Uri struct {
	original string
	absolute bool
	scheme   string
	// hasAuthority is true for "scheme://..." URIs; false for opaque ones
	// such as "mailto:x@y".
	hasAuthority bool
	userInfo     string
	host         string // canonical; IPv6 keeps its brackets
	port         int32  // effective port; -1 when the scheme has none
	path         string // escaped, canonical
	query        string // "" or "?..."
	fragment     string // "" or "#..."
	// opaque is the "user@host" of a mailto URI, which AbsoluteUri prints
	// in place of an authority.
	opaque string
}

// Error texts of UriFormatException, from .NET's resources.
const (
	msgUriEmpty      = "Invalid URI: The URI is empty."
	msgUriBadFormat  = "Invalid URI: The format of the URI could not be determined."
	msgUriBadHost    = "Invalid URI: The hostname could not be parsed."
	msgUriBadPort    = "Invalid URI: Invalid port specified."
	msgUriBadAuth    = "Invalid URI: The Authority/Host could not be parsed."
	msgUriRelativeOp = "This operation is not supported for a relative URI."
)

// uriDefaultPort is the port .NET's registered parsers give each scheme.
func uriDefaultPort(scheme string) int32 {
	switch scheme {
	case "http", "ws":
		return 80
	case "https", "wss":
		return 443
	case "ftp":
		return 21
	case "gopher":
		return 70
	case "nntp":
		return 119
	case "mailto":
		return 25
	case "news":
		return -1
	case "telnet":
		return 23
	case "ldap":
		return 389
	case "net.tcp":
		return 808
	}
	return -1
}

// uriSchemeIsHierarchical reports schemes whose parser treats '\' as '/'
// and compresses dot segments (.NET's "known" hierarchical schemes).
func uriSchemeIsHierarchical(scheme string) bool {
	switch scheme {
	case "http", "https", "ws", "wss", "ftp", "file", "gopher", "nntp", "telnet", "ldap", "net.tcp", "net.pipe":
		return true
	}
	return false
}

// NewUri is `new Uri(string)`: the text must be an absolute URI (or, as
// .NET does on Unix, an absolute path starting with '/', which becomes a
// file:// URI). Otherwise it throws UriFormatException with .NET's text,
// e.g. "Invalid URI: The format of the URI could not be determined.".
func NewUri(s string) *Uri {
	u, err := parseAbsoluteUri(s)
	if err != nil {
		panic(err)
	}
	return u
}

// NewUriKind is `new Uri(string, UriKind)`. A relative Uri keeps only its
// original string; the component getters throw InvalidOperationException as
// in .NET.
func NewUriKind(s string, kind UriKind) *Uri {
	u, err := createUri(s, kind)
	if err != nil {
		panic(err)
	}
	return u
}

// NewUriRelative is `new Uri(Uri baseUri, string relativeUri)`: relative
// is resolved against base by RFC 3986's rules (as .NET does); an absolute
// relative argument replaces base.
func NewUriRelative(base *Uri, relative string) *Uri {
	if base == nil {
		panic(NewArgumentNullException("baseUri"))
	}
	if !base.absolute {
		panic(NewArgumentOutOfRangeException("baseUri"))
	}
	if u, err := parseAbsoluteUri(relative); err == nil && !strings.HasPrefix(strings.TrimSpace(relative), "/") {
		return u
	}
	return base.resolve(relative)
}

// UriTryCreate is Uri.TryCreate(string, UriKind, out Uri).
func UriTryCreate(s string, kind UriKind, result **Uri) bool {
	u, err := createUri(s, kind)
	if err != nil {
		*result = nil
		return false
	}
	*result = u
	return true
}

// UriIsWellFormedUriString is Uri.IsWellFormedUriString(string, UriKind),
// approximated: the text parses as the kind asked for and needs no escaping.
func UriIsWellFormedUriString(s string, kind UriKind) bool {
	u, err := createUri(s, kind)
	if err != nil {
		return false
	}
	if !u.absolute {
		return !strings.ContainsAny(s, " \\#") || strings.IndexByte(s, '#') > 0
	}
	return u.AbsoluteUri() == s || u.AbsoluteUri() == s+"/"
}

func createUri(s string, kind UriKind) (*Uri, Exception) {
	switch kind {
	case UriKindAbsolute:
		return parseAbsoluteUri(s)
	case UriKindRelative:
		t := strings.Trim(s, " \t\r\n")
		if u, err := parseAbsoluteUri(s); err == nil && !strings.HasPrefix(t, "/") {
			_ = u
			return nil, NewUriFormatException("Invalid URI: A Uri string was expected to be a relative URI, but an absolute URI was given.")
		}
		return &Uri{original: s}, nil
	case UriKindRelativeOrAbsolute:
		if u, err := parseAbsoluteUri(s); err == nil {
			return u, nil
		}
		return &Uri{original: s}, nil
	}
	return nil, NewArgumentException("The value '" + strconv.Itoa(int(kind)) + "' passed for the UriKind parameter is invalid.")
}

func uriError(msg string) Exception { return NewUriFormatException(msg) }

func parseAbsoluteUri(s string) (*Uri, Exception) {
	// .NET ignores leading and trailing ' ', '\t', '\r', '\n'.
	t := strings.Trim(s, " \t\r\n")
	if t == "" {
		return nil, uriError(msgUriEmpty)
	}
	u := &Uri{original: s, absolute: true}
	if t[0] == '/' && !strings.HasPrefix(t, "//") {
		// An absolute Unix path is an implicit file URI on .NET Core/Unix.
		u.scheme = "file"
		u.hasAuthority = true
		u.port = -1
		u.setPathQueryFragment(t, true)
		return u, nil
	}
	colon := strings.IndexByte(t, ':')
	if colon <= 0 {
		return nil, uriError(msgUriBadFormat)
	}
	scheme := t[:colon]
	for i := 0; i < len(scheme); i++ {
		c := scheme[i]
		isAlpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if i == 0 && !isAlpha {
			return nil, uriError(msgUriBadFormat)
		}
		if !isAlpha && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' {
			return nil, uriError(msgUriBadFormat)
		}
	}
	if len(scheme) == 1 {
		// "C:..." is a DOS path, which .NET turns into file:///C:...; not
		// supported here because translated programs run on Unix.
		return nil, uriError(msgUriBadFormat)
	}
	u.scheme = strings.ToLower(scheme)
	rest := t[colon+1:]
	hier := uriSchemeIsHierarchical(u.scheme)
	if hier {
		rest = strings.ReplaceAll(rest, "\\", "/")
	}
	if !strings.HasPrefix(rest, "//") {
		if hier && u.scheme != "file" {
			// "http:foo" has no authority: .NET rejects it.
			return nil, uriError(msgUriBadAuth)
		}
		if u.scheme == "mailto" {
			// mailto's parser reads "user@host" as user info and host.
			u.port = 25
			u.hasAuthority = false
			addr := rest
			if i := strings.IndexAny(addr, "?#"); i >= 0 {
				addr = addr[:i]
			}
			if at := strings.LastIndexByte(addr, '@'); at >= 0 {
				u.userInfo = escapeUriPart(addr[:at], uriPartUserInfo)
				u.host = strings.ToLower(addr[at+1:])
				u.setPathQueryFragment(rest[len(addr):], false)
				u.path = ""
				u.opaque = addr
				return u, nil
			}
		}
		// Opaque URI (mailto:, urn:, data:...): the rest is the path.
		u.port = uriDefaultPort(u.scheme)
		u.setPathQueryFragment(rest, false)
		return u, nil
	}
	u.hasAuthority = true
	rest = rest[2:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	authority := rest[:end]
	rest = rest[end:]
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		u.userInfo = escapeUriPart(authority[:at], uriPartUserInfo)
		authority = authority[at+1:]
	}
	host, portText := authority, ""
	if strings.HasPrefix(host, "[") {
		close := strings.IndexByte(host, ']')
		if close < 0 {
			return nil, uriError(msgUriBadHost)
		}
		portText = host[close+1:]
		host = host[:close+1]
		if portText != "" && portText[0] != ':' {
			return nil, uriError(msgUriBadHost)
		}
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host, portText = host[:i], host[i:]
	}
	if host == "" {
		if u.scheme != "file" {
			return nil, uriError(msgUriBadHost)
		}
	} else if !validUriHost(host) {
		return nil, uriError(msgUriBadHost)
	}
	u.host = strings.ToLower(host)
	u.port = uriDefaultPort(u.scheme)
	if portText != "" {
		digits := portText[1:]
		if digits != "" {
			n := 0
			for i := 0; i < len(digits); i++ {
				c := digits[i]
				if c < '0' || c > '9' {
					return nil, uriError(msgUriBadPort)
				}
				n = n*10 + int(c-'0')
				if n > 65535 {
					return nil, uriError(msgUriBadPort)
				}
			}
			u.port = int32(n)
		}
	}
	u.setPathQueryFragment(rest, hier)
	return u, nil
}

// validUriHost accepts what .NET accepts as a DNS name, IPv4 address or
// bracketed IPv6 address: no white space, no delimiters.
func validUriHost(h string) bool {
	if h[0] == '[' {
		for i := 1; i < len(h)-1; i++ {
			c := h[i]
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == ':' || c == '.' || c == '%') {
				return false
			}
		}
		return strings.Contains(h, ":")
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		if c <= ' ' || c == 0x7F || strings.IndexByte("<>\"{}|\\^`[]%@:/?#", c) >= 0 {
			return false
		}
	}
	return true
}

// setPathQueryFragment splits the text after the authority and stores each
// part in its canonical, escaped form.
func (u *Uri) setPathQueryFragment(rest string, hier bool) {
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.fragment = "#" + escapeUriPart(rest[i+1:], uriPartFragment)
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.query = "?" + escapeUriPart(rest[i+1:], uriPartQuery)
		rest = rest[:i]
	}
	path := escapeUriPart(rest, uriPartPath)
	if hier {
		path = removeDotSegments(path)
		if path == "" || path[0] != '/' {
			path = "/" + path
		}
	}
	u.path = path
}

type uriPart int

const (
	uriPartPath uriPart = iota
	uriPartQuery
	uriPartFragment
	uriPartUserInfo
)

const upperHex = "0123456789ABCDEF"

func isHexDigit(c byte) bool {
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

func isUriUnreserved(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

func isUriReserved(c byte) bool { return strings.IndexByte(":/?#[]@!$&'()*+,;=", c) >= 0 }

// escapeUriPart is the canonicalisation .NET applies to a component:
// characters that may not appear in a URI (controls, space, "<>\"{}|^`\",
// non-ASCII) are percent-encoded as UTF-8 with upper-case hex, a '%' that
// does not start an escape becomes "%25", and escapes of unreserved
// characters are decoded ("%41" -> "A").
func escapeUriPart(s string, part uriPart) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%':
			if i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
				d := unhex(s[i+1])<<4 | unhex(s[i+2])
				if isUriUnreserved(d) {
					sb.WriteByte(d)
				} else {
					sb.WriteString(s[i : i+3])
				}
				i += 2
			} else {
				sb.WriteString("%25")
			}
		case isUriUnreserved(c) || isUriReserved(c):
			if c == '#' && part != uriPartFragment || c == '[' || c == ']' {
				sb.WriteByte('%')
				sb.WriteByte(upperHex[c>>4])
				sb.WriteByte(upperHex[c&15])
			} else {
				sb.WriteByte(c)
			}
		default:
			sb.WriteByte('%')
			sb.WriteByte(upperHex[c>>4])
			sb.WriteByte(upperHex[c&15])
		}
	}
	return sb.String()
}

// removeDotSegments is RFC 3986 §5.2.4, which .NET applies to the paths of
// hierarchical schemes ("/a/./b/../c" -> "/a/c"; ".." never climbs above
// the root).
func removeDotSegments(path string) string {
	if !strings.Contains(path, ".") {
		return path
	}
	in := path
	var out []string
	for in != "" {
		switch {
		case strings.HasPrefix(in, "../"):
			in = in[3:]
		case strings.HasPrefix(in, "./"):
			in = in[2:]
		case strings.HasPrefix(in, "/./"):
			in = in[2:]
		case in == "/.":
			in = "/"
		case strings.HasPrefix(in, "/../"):
			in = in[3:]
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case in == "/..":
			in = "/"
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		case in == "." || in == "..":
			in = ""
		default:
			start := 0
			if in[0] == '/' {
				start = 1
			}
			j := strings.IndexByte(in[start:], '/')
			if j < 0 {
				j = len(in)
			} else {
				j += start
			}
			out = append(out, in[:j])
			in = in[j:]
		}
	}
	return strings.Join(out, "")
}

// resolve applies RFC 3986 §5.2 reference resolution to a relative reference.
func (u *Uri) resolve(ref string) *Uri {
	ref = strings.Trim(ref, " \t\r\n")
	if uriSchemeIsHierarchical(u.scheme) {
		ref = strings.ReplaceAll(ref, "\\", "/")
	}
	r := *u
	r.original = ref
	if strings.HasPrefix(ref, "//") {
		t, err := parseAbsoluteUri(u.scheme + ":" + ref)
		if err != nil {
			panic(err)
		}
		t.original = ref
		return t
	}
	var frag, query string
	hasQuery := false
	if i := strings.IndexByte(ref, '#'); i >= 0 {
		frag = "#" + escapeUriPart(ref[i+1:], uriPartFragment)
		ref = ref[:i]
	}
	if i := strings.IndexByte(ref, '?'); i >= 0 {
		query = "?" + escapeUriPart(ref[i+1:], uriPartQuery)
		hasQuery = true
		ref = ref[:i]
	}
	r.fragment = frag
	switch {
	case ref == "":
		if hasQuery {
			r.query = query
		}
	case ref[0] == '/':
		r.path = removeDotSegments(escapeUriPart(ref, uriPartPath))
		r.query = query
	default:
		dir := u.path[:strings.LastIndexByte(u.path, '/')+1]
		r.path = removeDotSegments(dir + escapeUriPart(ref, uriPartPath))
		r.query = query
	}
	if r.path == "" || r.path[0] != '/' {
		r.path = "/" + r.path
	}
	return &r
}

func (u *Uri) mustAbsolute() {
	if !u.absolute {
		panic(NewInvalidOperationException(msgUriRelativeOp))
	}
}

// IsAbsoluteUri is Uri.IsAbsoluteUri.
func (u *Uri) IsAbsoluteUri() bool { return u.absolute }

// OriginalString is Uri.OriginalString: the text given to the constructor.
func (u *Uri) OriginalString() string { return u.original }

// Scheme is Uri.Scheme, lower case ("http").
func (u *Uri) Scheme() string { u.mustAbsolute(); return u.scheme }

// Host is Uri.Host, lower case; IPv6 addresses keep their brackets.
func (u *Uri) Host() string { u.mustAbsolute(); return u.host }

// DnsSafeHost is Uri.DnsSafeHost: Host without IPv6 brackets.
func (u *Uri) DnsSafeHost() string {
	u.mustAbsolute()
	return strings.TrimSuffix(strings.TrimPrefix(u.host, "["), "]")
}

// IdnHost is Uri.IdnHost; equal to DnsSafeHost for the ASCII hosts supported.
func (u *Uri) IdnHost() string { return u.DnsSafeHost() }

// Port is Uri.Port: the explicit port, else the scheme's default (80 for
// http, 443 for https), else -1.
func (u *Uri) Port() int32 { u.mustAbsolute(); return u.port }

// IsDefaultPort is Uri.IsDefaultPort.
func (u *Uri) IsDefaultPort() bool { u.mustAbsolute(); return u.port == uriDefaultPort(u.scheme) }

// UserInfo is Uri.UserInfo ("user:password" before '@'), or "".
func (u *Uri) UserInfo() string { u.mustAbsolute(); return u.userInfo }

// Authority is Uri.Authority: host, plus ":port" when the port is not the
// scheme's default. User info is not part of it.
func (u *Uri) Authority() string {
	u.mustAbsolute()
	if u.IsDefaultPort() || u.port < 0 {
		return u.host
	}
	return u.host + ":" + strconv.Itoa(int(u.port))
}

// AbsolutePath is Uri.AbsolutePath: the escaped, canonical path.
func (u *Uri) AbsolutePath() string { u.mustAbsolute(); return u.path }

// Query is Uri.Query: "?..." or "".
func (u *Uri) Query() string { u.mustAbsolute(); return u.query }

// Fragment is Uri.Fragment: "#..." or "".
func (u *Uri) Fragment() string { u.mustAbsolute(); return u.fragment }

// PathAndQuery is Uri.PathAndQuery.
func (u *Uri) PathAndQuery() string { u.mustAbsolute(); return u.path + u.query }

// LocalPath is Uri.LocalPath: the path with every escape decoded.
func (u *Uri) LocalPath() string {
	u.mustAbsolute()
	return UriUnescapeDataString(u.path)
}

// Segments is Uri.Segments: the path split after each '/'
// ("/a/b/c" -> ["/", "a/", "b/", "c"]).
func (u *Uri) Segments() []string {
	u.mustAbsolute()
	var segs []string
	p := u.path
	for p != "" {
		i := strings.IndexByte(p, '/')
		if i < 0 {
			segs = append(segs, p)
			break
		}
		segs = append(segs, p[:i+1])
		p = p[i+1:]
	}
	if segs == nil {
		segs = []string{}
	}
	return segs
}

// AbsoluteUri is Uri.AbsoluteUri: the canonical, escaped URI; the default
// port is left out.
func (u *Uri) AbsoluteUri() string {
	u.mustAbsolute()
	var sb strings.Builder
	sb.WriteString(u.scheme)
	sb.WriteByte(':')
	if u.hasAuthority {
		sb.WriteString("//")
		if u.userInfo != "" {
			sb.WriteString(u.userInfo)
			sb.WriteByte('@')
		}
		sb.WriteString(u.Authority())
	}
	sb.WriteString(u.opaque)
	sb.WriteString(u.path)
	sb.WriteString(u.query)
	sb.WriteString(u.fragment)
	return sb.String()
}

// GetLeftPart is Uri.GetLeftPart(UriPartial).
func (u *Uri) GetLeftPart(part UriPartial) string {
	u.mustAbsolute()
	switch part {
	case UriPartialScheme:
		if u.hasAuthority {
			return u.scheme + "://"
		}
		return u.scheme + ":"
	case UriPartialAuthority:
		if !u.hasAuthority {
			return ""
		}
		s := u.AbsoluteUri()
		return s[:len(s)-len(u.path)-len(u.query)-len(u.fragment)]
	case UriPartialPath:
		s := u.AbsoluteUri()
		return s[:len(s)-len(u.query)-len(u.fragment)]
	case UriPartialQuery:
		s := u.AbsoluteUri()
		return s[:len(s)-len(u.fragment)]
	}
	panic(NewArgumentException("The parameter 'part' has an invalid value."))
}

// UriPartial is System.UriPartial, the argument of GetLeftPart.
type UriPartial int32

// UriPartial values.
const (
	UriPartialScheme    UriPartial = 0
	UriPartialAuthority UriPartial = 1
	UriPartialPath      UriPartial = 2
	UriPartialQuery     UriPartial = 3
)

// IsLoopback is Uri.IsLoopback: "localhost", 127.x.x.x, [::1], or a file
// URI without a host.
func (u *Uri) IsLoopback() bool {
	u.mustAbsolute()
	switch {
	case u.host == "" && u.scheme == "file":
		return true
	case u.host == "localhost", u.host == "[::1]", strings.HasPrefix(u.host, "127."):
		return true
	}
	return false
}

// IsFile is Uri.IsFile.
func (u *Uri) IsFile() bool { u.mustAbsolute(); return u.scheme == "file" }

// IsUnc is Uri.IsUnc; always false for the Unix URIs supported.
func (u *Uri) IsUnc() bool { u.mustAbsolute(); return false }

// ToString is Uri.ToString(): the canonical URI with escapes decoded where
// that keeps it unambiguous (%20 shows as a space; %2F, %3F, %23... stay).
// A relative Uri returns its original string.
func (u *Uri) ToString() string {
	if !u.absolute {
		return u.original
	}
	if u.userInfo == "" || !u.hasAuthority {
		return uriSafeUnescape(u.AbsoluteUri(), "")
	}
	// In user info ':' separates the name from the password and stays escaped.
	abs := u.AbsoluteUri()
	head := u.scheme + "://"
	rest := abs[len(head)+len(u.userInfo):]
	return head + uriSafeUnescape(u.userInfo, ":") + uriSafeUnescape(rest, "")
}

// String makes Uri print like ToString in Go formatting.
func (u *Uri) String() string { return u.ToString() }

// Equals is Uri.Equals(Uri): canonical forms equal, ignoring the fragment
// and user info, as .NET compares.
func (u *Uri) Equals(other *Uri) bool {
	if other == nil {
		return false
	}
	if !u.absolute || !other.absolute {
		return u.absolute == other.absolute && u.original == other.original
	}
	return u.scheme == other.scheme && u.host == other.host && u.port == other.port &&
		u.path == other.path && u.query == other.query
}

// uriNotSafeForUnescape lists the characters ToString leaves escaped
// (.NET's UriHelper.IsNotSafeForUnescape): controls and the delimiters
// whose decoding would change the URI's meaning.
func uriNotSafeForUnescape(c byte) bool {
	return c <= 0x1F || c == 0x7F || strings.IndexByte("%;/?@&=+$,#\\", c) >= 0
}

// uriSafeUnescape decodes the escapes of s that ToString shows decoded;
// keep lists further characters to leave escaped.
func uriSafeUnescape(s, keep string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if d < 0x80 {
				if uriNotSafeForUnescape(d) || strings.IndexByte(keep, d) >= 0 {
					sb.WriteString(s[i : i+3])
				} else {
					sb.WriteByte(d)
				}
				i += 2
				continue
			}
			// A run of escapes forming valid UTF-8 shows as the character.
			buf, j := collectEscapedBytes(s, i)
			if r, n := utf8.DecodeRune(buf); r != utf8.RuneError && n == len(buf) && (r < 0x80 || r > 0x9F) {
				// C1 controls stay escaped, like the C0 ones.
				sb.Write(buf)
				i = j - 1
				continue
			}
			sb.WriteString(s[i : i+3])
			i += 2
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// collectEscapedBytes decodes the UTF-8 sequence that starts with the
// escape at s[i]: as many continuation escapes as the lead byte announces.
// It returns the bytes and the index after the last escape used.
func collectEscapedBytes(s string, i int) ([]byte, int) {
	lead := unhex(s[i+1])<<4 | unhex(s[i+2])
	want := 1
	switch {
	case lead >= 0xF0:
		want = 4
	case lead >= 0xE0:
		want = 3
	case lead >= 0xC0:
		want = 2
	}
	buf := []byte{lead}
	j := i + 3
	for len(buf) < want && j+2 < len(s) && s[j] == '%' && isHexDigit(s[j+1]) && isHexDigit(s[j+2]) {
		buf = append(buf, unhex(s[j+1])<<4|unhex(s[j+2]))
		j += 3
	}
	return buf, j
}

// UriEscapeDataString is Uri.EscapeDataString: every character except the
// RFC 3986 unreserved ones (A-Z a-z 0-9 - _ . ~) becomes %XX of its UTF-8
// bytes, upper-case hex.
func UriEscapeDataString(s string) string {
	return uriEscape(s, isUriUnreserved)
}

// UriEscapeUriString is Uri.EscapeUriString (obsolete in .NET 6 but still
// used): like EscapeDataString but reserved characters (":/?#[]@!$&'()*+,;=")
// are kept. '%' is escaped.
func UriEscapeUriString(s string) string {
	return uriEscape(s, func(c byte) bool { return isUriUnreserved(c) || isUriReserved(c) })
}

func uriEscape(s string, keep func(byte) bool) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf && keep(c) {
			sb.WriteByte(c)
			continue
		}
		sb.WriteByte('%')
		sb.WriteByte(upperHex[c>>4])
		sb.WriteByte(upperHex[c&15])
	}
	return sb.String()
}

// UriUnescapeDataString is Uri.UnescapeDataString: every %XX escape is
// decoded; escapes that do not form valid UTF-8 are left as they are, as
// .NET does.
func UriUnescapeDataString(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]) {
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if d < 0x80 {
				sb.WriteByte(d)
				i += 2
				continue
			}
			buf, j := collectEscapedBytes(s, i)
			if r, n := utf8.DecodeRune(buf); r != utf8.RuneError && n == len(buf) {
				sb.Write(buf)
				i = j - 1
				continue
			}
			sb.WriteString(s[i : i+3])
			i += 2
			continue
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// UriSchemeHTTP is Uri.UriSchemeHttp.
func UriSchemeHTTP() string { return "http" }

// UriSchemeHTTPS is Uri.UriSchemeHttps.
func UriSchemeHTTPS() string { return "https" }

// UriSchemeDelimiter is Uri.SchemeDelimiter.
func UriSchemeDelimiter() string { return "://" }
