// Cookie and CookieCollection, with the folding managed .NET applies to
// response cookies (spec items 44, 45) and its request-cookie parsing (item 58).

package net

import (
	"strings"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

// CookieExceptionType is System.Net.CookieException.
var CookieExceptionType = &system.Type{Name: "CookieException", Namespace: "System.Net", Base: system.FormatExceptionType}

// CookieException is System.Net.CookieException.
type CookieException struct{ system.FormatException }

// NewCookieException is `new CookieException(message)`.
func NewCookieException(message string) *CookieException {
	e := &CookieException{}
	e.SetHResult(-2146233088)
	e.Init(e, CookieExceptionType, message, nil)
	return e
}

// Cookie is System.Net.Cookie.
type Cookie struct {
	name, value    string
	path, domain   string
	port           string
	portSet        bool
	comment        string
	commentURI     *system.Uri
	discard        bool
	expires        time.Time
	httpOnly       bool
	secure         bool
	version        int32
	timeStamp      time.Time
	pathImplicit   bool
	domainImplicit bool
}

// NewCookie is `new Cookie()`: empty name and value.
func NewCookie() *Cookie {
	return &Cookie{pathImplicit: true, domainImplicit: true, timeStamp: time.Now()}
}

// NewCookieNameValue is `new Cookie(name, value)`.
func NewCookieNameValue(name, value string) *Cookie {
	c := NewCookie()
	c.SetName(name)
	c.SetValue(value)
	return c
}

// NewCookieNameValuePath is `new Cookie(name, value, path)`.
func NewCookieNameValuePath(name, value, path string) *Cookie {
	c := NewCookieNameValue(name, value)
	c.SetPath(path)
	return c
}

// NewCookieFull is `new Cookie(name, value, path, domain)`.
func NewCookieFull(name, value, path, domain string) *Cookie {
	c := NewCookieNameValuePath(name, value, path)
	c.SetDomain(domain)
	return c
}

const cookieReservedNameChars = "=;, \t\r\n"

// Name is Cookie.Name.
func (c *Cookie) Name() string { return c.name }

// SetName sets Cookie.Name; an empty name, one starting with '$' or holding
// '=', ';', ',' or white space raises CookieException.
func (c *Cookie) SetName(name string) {
	if name == "" || name[0] == '$' || strings.ContainsAny(name, cookieReservedNameChars) {
		panic(NewCookieException("The 'Name'='" + name + "' part of the cookie is invalid."))
	}
	c.name = name
}

// Value is Cookie.Value.
func (c *Cookie) Value() string { return c.value }

// SetValue sets Cookie.Value.
func (c *Cookie) SetValue(v string) { c.value = v }

// Path is Cookie.Path.
func (c *Cookie) Path() string { return c.path }

// SetPath sets Cookie.Path.
func (c *Cookie) SetPath(v string) { c.path, c.pathImplicit = v, false }

// Domain is Cookie.Domain.
func (c *Cookie) Domain() string { return c.domain }

// SetDomain sets Cookie.Domain.
func (c *Cookie) SetDomain(v string) { c.domain, c.domainImplicit = v, false }

// Port is Cookie.Port.
func (c *Cookie) Port() string { return c.port }

// SetPort sets Cookie.Port; a cookie with a port is an RFC 2965 cookie.
func (c *Cookie) SetPort(v string) { c.port, c.portSet = v, true }

// Comment is Cookie.Comment.
func (c *Cookie) Comment() string { return c.comment }

// SetComment sets Cookie.Comment.
func (c *Cookie) SetComment(v string) { c.comment = v }

// CommentUri is Cookie.CommentUri.
func (c *Cookie) CommentUri() *system.Uri { return c.commentURI }

// SetCommentUri sets Cookie.CommentUri.
func (c *Cookie) SetCommentUri(v *system.Uri) { c.commentURI = v }

// Discard is Cookie.Discard.
func (c *Cookie) Discard() bool { return c.discard }

// SetDiscard sets Cookie.Discard.
func (c *Cookie) SetDiscard(v bool) { c.discard = v }

// Expires is Cookie.Expires; the zero time is DateTime.MinValue (never set).
func (c *Cookie) Expires() time.Time { return c.expires }

// SetExpires sets Cookie.Expires.
func (c *Cookie) SetExpires(v time.Time) { c.expires = v }

// Expired is Cookie.Expired.
func (c *Cookie) Expired() bool { return !c.expires.IsZero() && !c.expires.After(time.Now()) }

// SetExpired sets Cookie.Expired: true moves Expires to now.
func (c *Cookie) SetExpired(v bool) {
	if v {
		c.expires = time.Now()
	}
}

// HttpOnly is Cookie.HttpOnly.
func (c *Cookie) HttpOnly() bool { return c.httpOnly }

// SetHttpOnly sets Cookie.HttpOnly.
func (c *Cookie) SetHttpOnly(v bool) { c.httpOnly = v }

// Secure is Cookie.Secure.
func (c *Cookie) Secure() bool { return c.secure }

// SetSecure sets Cookie.Secure.
func (c *Cookie) SetSecure(v bool) { c.secure = v }

// Version is Cookie.Version.
func (c *Cookie) Version() int32 { return c.version }

// SetVersion sets Cookie.Version; negative values raise ArgumentOutOfRangeException.
func (c *Cookie) SetVersion(v int32) {
	if v < 0 {
		panic(system.NewArgumentOutOfRangeException("value"))
	}
	c.version = v
}

// TimeStamp is Cookie.TimeStamp.
func (c *Cookie) TimeStamp() time.Time { return c.timeStamp }

// isRFC2965 reports whether the cookie goes to Set-Cookie2 (item 44).
func (c *Cookie) isRFC2965() bool { return c.portSet || c.version > 0 }

// plain reports whether the cookie has neither version nor port attributes.
func (c *Cookie) plain() bool { return !c.portSet && c.version == 0 }

// ToString is Cookie.ToString(): the request form, "name=value", plus
// "$Version=1; ", "; $Path=", "; $Domain=", "; $Port" for non-plain cookies.
func (c *Cookie) ToString() string {
	var sb strings.Builder
	if c.version != 0 {
		sb.WriteString("$Version=")
		sb.WriteString(itoa(int64(c.version)))
		sb.WriteString("; ")
	}
	sb.WriteString(c.name)
	sb.WriteByte('=')
	sb.WriteString(c.value)
	if !c.plain() {
		if !c.pathImplicit && c.path != "" {
			sb.WriteString("; $Path=" + c.path)
		}
		if !c.domainImplicit && c.domain != "" {
			sb.WriteString("; $Domain=" + c.domain)
		}
		if c.portSet {
			sb.WriteString("; $Port")
			if c.port != "" {
				sb.WriteString("=" + c.port)
			}
		}
	}
	return sb.String()
}

// ToServerString is the Set-Cookie form managed .NET's listener sends
// (Cookie.ToServerString): name=value then Comment, CommentURL, Discard,
// Domain, Max-Age, Path, Port, Version. "" when name and value are empty.
func (c *Cookie) ToServerString() string {
	if c.name == "" && c.value == "" {
		return ""
	}
	var sb strings.Builder
	sb.WriteString(c.name)
	sb.WriteByte('=')
	sb.WriteString(c.value)
	if c.comment != "" {
		sb.WriteString("; Comment=" + c.comment)
	}
	if c.commentURI != nil {
		sb.WriteString("; CommentURL=\"" + c.commentURI.ToString() + "\"")
	}
	if c.discard {
		sb.WriteString("; Discard")
	}
	if !c.domainImplicit && c.domain != "" {
		sb.WriteString("; Domain=" + c.domain)
	}
	if !c.expires.IsZero() {
		seconds := int64(time.Until(c.expires).Seconds())
		if seconds < 0 {
			seconds = 0
		}
		sb.WriteString("; Max-Age=" + itoa(seconds))
	}
	if !c.pathImplicit && c.path != "" {
		sb.WriteString("; Path=" + c.path)
	}
	if !c.plain() && c.portSet && c.port != "" {
		sb.WriteString("; Port=" + c.port)
	}
	if c.version > 0 {
		sb.WriteString("; Version=" + itoa(int64(c.version)))
	}
	return sb.String()
}

// Equals is Cookie.Equals: same name and domain ignoring case, same path,
// same version.
func (c *Cookie) Equals(other *Cookie) bool {
	return other != nil && strings.EqualFold(c.name, other.name) &&
		strings.EqualFold(c.domain, other.domain) && c.path == other.path &&
		c.version == other.version
}

// clone copies a cookie (SetCookie stores a clone, item 45).
func (c *Cookie) clone() *Cookie {
	d := *c
	return &d
}

// CookieCollection is System.Net.CookieCollection.
type CookieCollection struct{ cookies []*Cookie }

// NewCookieCollection is `new CookieCollection()`.
func NewCookieCollection() *CookieCollection { return &CookieCollection{} }

// Add is CookieCollection.Add(cookie): a cookie equal to one already present
// (Cookie.Equals) replaces it in place, without cloning.
func (cc *CookieCollection) Add(cookie *Cookie) {
	if cookie == nil {
		panic(system.NewArgumentNullException("cookie"))
	}
	for i, have := range cc.cookies {
		if have.Equals(cookie) {
			cc.cookies[i] = cookie
			return
		}
	}
	cc.cookies = append(cc.cookies, cookie)
}

// AddCollection is CookieCollection.Add(cookies).
func (cc *CookieCollection) AddCollection(cookies *CookieCollection) {
	if cookies == nil {
		panic(system.NewArgumentNullException("cookies"))
	}
	for _, c := range cookies.cookies {
		cc.Add(c)
	}
}

// Count is CookieCollection.Count.
func (cc *CookieCollection) Count() int32 { return int32(len(cc.cookies)) }

// Get is the int indexer CookieCollection[index].
func (cc *CookieCollection) Get(index int32) *Cookie {
	if index < 0 || int(index) >= len(cc.cookies) {
		panic(system.NewArgumentOutOfRangeExceptionMessage("index",
			"Index was out of range. Must be non-negative and less than the size of the collection."))
	}
	return cc.cookies[index]
}

// GetByName is the string indexer CookieCollection[name]: the first cookie
// of that name (ignoring case), or nil.
func (cc *CookieCollection) GetByName(name string) *Cookie {
	for _, c := range cc.cookies {
		if strings.EqualFold(c.name, name) {
			return c
		}
	}
	return nil
}

// Items returns the cookies in order, for foreach.
func (cc *CookieCollection) Items() []*Cookie { return append([]*Cookie(nil), cc.cookies...) }

// Contains is CookieCollection.Contains(cookie).
func (cc *CookieCollection) Contains(cookie *Cookie) bool {
	for _, c := range cc.cookies {
		if c.Equals(cookie) {
			return true
		}
	}
	return false
}

// Remove is CookieCollection.Remove(cookie).
func (cc *CookieCollection) Remove(cookie *Cookie) bool {
	for i, c := range cc.cookies {
		if c.Equals(cookie) {
			cc.cookies = append(cc.cookies[:i], cc.cookies[i+1:]...)
			return true
		}
	}
	return false
}

// Clear is CookieCollection.Clear().
func (cc *CookieCollection) Clear() { cc.cookies = nil }

// IsReadOnly is CookieCollection.IsReadOnly: true for request cookies.
func (cc *CookieCollection) IsReadOnly() bool { return false }

// FoldResponseCookies computes the Set-Cookie and Set-Cookie2 header values
// managed .NET sends for Response.Cookies (item 44): all cookies joined by
// ", " on one line, RFC 2965 cookies (Port or Version) on Set-Cookie2,
// cookies whose server string is empty skipped.
func FoldResponseCookies(cookies *CookieCollection) (setCookie, setCookie2 string) {
	if cookies == nil {
		return "", ""
	}
	for _, c := range cookies.cookies {
		if c.name == "" {
			continue
		}
		s := c.ToServerString()
		if s == "" {
			continue
		}
		if c.isRFC2965() {
			setCookie2 = joinCookie(setCookie2, s)
		} else {
			setCookie = joinCookie(setCookie, s)
		}
	}
	return setCookie, setCookie2
}

func joinCookie(have, s string) string {
	if have == "" {
		return s
	}
	return have + ", " + s
}

// ParseRequestCookies parses a Cookie request header as managed .NET's
// listener does (item 58): cookies separated by ',' or ';'; $Version sets
// the version of the cookies after it; $Path, $Domain and $Port attach to
// the cookie before them. Malformed items are skipped.
func ParseRequestCookies(header string) *CookieCollection {
	cc := NewCookieCollection()
	var version int32
	var last *Cookie
	for _, item := range splitCookieHeader(header) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, value, _ := strings.Cut(item, "=")
		name = strings.TrimSpace(name)
		value = strings.Trim(strings.TrimSpace(value), "\"")
		switch {
		case strings.EqualFold(name, "$Version"):
			if v, ok := parseSmallInt(value); ok {
				version = v
			}
		case strings.EqualFold(name, "$Path"):
			if last != nil {
				last.SetPath(value)
			}
		case strings.EqualFold(name, "$Domain"):
			if last != nil {
				last.SetDomain(value)
			}
		case strings.EqualFold(name, "$Port"):
			if last != nil {
				last.SetPort(value)
			}
		case name == "" || name[0] == '$' || strings.ContainsAny(name, cookieReservedNameChars):
			last = nil
		default:
			c := NewCookie()
			c.name, c.value, c.version = name, value, version
			cc.cookies = append(cc.cookies, c)
			last = c
		}
	}
	return cc
}

// splitCookieHeader splits on ',' and ';' outside double quotes.
func splitCookieHeader(h string) []string {
	var parts []string
	start, quoted := 0, false
	for i := 0; i < len(h); i++ {
		switch h[i] {
		case '"':
			quoted = !quoted
		case ',', ';':
			if !quoted {
				parts = append(parts, h[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, h[start:])
}

func parseSmallInt(s string) (int32, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	var n int32
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int32(s[i]-'0')
	}
	return n, true
}
