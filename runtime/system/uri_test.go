// Tests for System.Uri against values printed by Mono 6.8 (testdata/uri_oracle.cs).

package system

import (
	"strings"
	"testing"
)

func uriLine(s string) string {
	u := NewUri(s)
	return strings.Join([]string{s, u.AbsoluteUri(), u.ToString(), u.AbsolutePath(), u.LocalPath(), u.Query(), u.Fragment(),
		u.Host(), ObjectToString(u.Port()), u.Authority(), u.UserInfo(), strings.Join(u.Segments(), ","),
		ObjectToString(u.IsLoopback()), ObjectToString(u.IsDefaultPort()), u.PathAndQuery()}, " | ")
}

// uriComponentLines are lines printed by testdata/uri_oracle.cs, except
// where marked.
var uriComponentLines = []string{
	"http://Example.COM:80/a/../b/./c?x=1#f | http://example.com/b/c?x=1#f | http://example.com/b/c?x=1#f | /b/c | /b/c | ?x=1 | #f | example.com | 80 | example.com |  | /,b/,c | False | True | /b/c?x=1",
	"http://h/%41%2f%2F%7e | http://h/A%2f%2F~ | http://h/A%2f%2F~ | /A%2f%2F~ | /A//~ |  |  | h | 80 | h |  | /,A%2f%2F~ | False | True | /A%2f%2F~",
	"http://h/a b?c d#e f | http://h/a%20b?c%20d#e%20f | http://h/a b?c d#e f | /a%20b | /a b | ?c%20d | #e%20f | h | 80 | h |  | /,a%20b | False | True | /a%20b?c%20d",
	"http://h | http://h/ | http://h/ | / | / |  |  | h | 80 | h |  | / | False | True | /",
	"https://h:443/ | https://h/ | https://h/ | / | / |  |  | h | 443 | h |  | / | False | True | /",
	"https://h:8443/x/ | https://h:8443/x/ | https://h:8443/x/ | /x/ | /x/ |  |  | h | 8443 | h:8443 |  | /,x/ | False | False | /x/",
	"http://u:p@h:81/p | http://u:p@h:81/p | http://u:p@h:81/p | /p | /p |  |  | h | 81 | h:81 | u:p | /,p | False | False | /p",
	"http://h/a%20b/%E2%82%AC/é | http://h/a%20b/%E2%82%AC/%C3%A9 | http://h/a b/€/é | /a%20b/%E2%82%AC/%C3%A9 | /a b/€/é |  |  | h | 80 | h |  | /,a%20b/,%E2%82%AC/,%C3%A9 | False | True | /a%20b/%E2%82%AC/%C3%A9",
	"http://h/a{b}|^`\"<> | http://h/a%7Bb%7D%7C%5E%60%22%3C%3E | http://h/a{b}|^`\"<> | /a%7Bb%7D%7C%5E%60%22%3C%3E | /a{b}|^`\"<> |  |  | h | 80 | h |  | /,a%7Bb%7D%7C%5E%60%22%3C%3E | False | True | /a%7Bb%7D%7C%5E%60%22%3C%3E",
	"http://h/%zz% | http://h/%25zz%25 | http://h/%25zz%25 | /%25zz%25 | /%zz% |  |  | h | 80 | h |  | /,%25zz%25 | False | True | /%25zz%25",
	"http://[::1]:8080/x | http://[::1]:8080/x | http://[::1]:8080/x | /x | /x |  |  | [::1] | 8080 | [::1]:8080 |  | /,x | True | False | /x",
	"http://localhost/ | http://localhost/ | http://localhost/ | / | / |  |  | localhost | 80 | localhost |  | / | True | True | /",
	"http://127.0.0.1:5000/a//b | http://127.0.0.1:5000/a//b | http://127.0.0.1:5000/a//b | /a//b | /a//b |  |  | 127.0.0.1 | 5000 | 127.0.0.1:5000 |  | /,a/,/,b | True | False | /a//b",
	"/foo/bar | file:///foo/bar | file:///foo/bar | /foo/bar | /foo/bar |  |  |  | -1 |  |  | /,foo/,bar | True | True | /foo/bar",
	"http://h/a/b/../../../c | http://h/c | http://h/c | /c | /c |  |  | h | 80 | h |  | /,c | False | True | /c",
	"mailto:x@y.com | mailto:x@y.com | mailto:x@y.com |  |  |  |  | y.com | 25 | y.com | x |  | False | True | ",
	"http://h/a%3fb%23c | http://h/a%3fb%23c | http://h/a%3fb%23c | /a%3fb%23c | /a?b#c |  |  | h | 80 | h |  | /,a%3fb%23c | False | True | /a%3fb%23c",
	"http://h/?a=%41&b=c d | http://h/?a=A&b=c%20d | http://h/?a=A&b=c d | / | / | ?a=A&b=c%20d |  | h | 80 | h |  | / | False | True | /?a=A&b=c%20d",
	"ftp://h/x | ftp://h/x | ftp://h/x | /x | /x |  |  | h | 21 | h |  | /,x | False | True | /x",
	// Mono rejects backslashes after the host; .NET Core turns them
	// into '/' for http, which is what the runtime does.
	"http://h\\a\\b | http://h/a/b | http://h/a/b | /a/b | /a/b |  |  | h | 80 | h |  | /,a/,b | False | True | /a/b",
}

// TestUriComponents checks canonicalisation (lower-case host, dot segments,
// default port elided, escaping) and every getter. Each want line is
// "input | AbsoluteUri | ToString | AbsolutePath | LocalPath | Query |
// Fragment | Host | Port | Authority | UserInfo | Segments | IsLoopback |
// IsDefaultPort | PathAndQuery", as the oracle prints it.
func TestUriComponents(t *testing.T) {
	for _, want := range uriComponentLines {
		in := want[:strings.Index(want, " | ")]
		if got := uriLine(in); got != want {
			t.Errorf("uri %q:\n got %s\nwant %s", in, got, want)
		}
	}
}

// TestUriToStringUnescaping checks which escapes ToString decodes: all but
// the delimiters and controls (Mono 6.8, testdata/uri_oracle.cs values).
func TestUriToStringUnescaping(t *testing.T) {
	for _, tc := range []struct{ in, abs, str string }{
		{"http://h/%3B%40%3A%26%3D%2B%24%2C%5C%00%7F", "http://h/%3B%40%3A%26%3D%2B%24%2C%5C%00%7F", "http://h/%3B%40:%26%3D%2B%24%2C%5C%00%7F"},
		{"http://h/x?a=%26b%3D%23%3F%2F%25%20", "http://h/x?a=%26b%3D%23%3F%2F%25%20", "http://h/x?a=%26b%3D%23%3F%2F%25 "},
		{"http://h/x#%23%3F%2F%20%25", "http://h/x#%23%3F%2F%20%25", "http://h/x#%23%3F%2F %25"},
		{"http://h/%C3%A4%E2%82", "http://h/%C3%A4%E2%82", "http://h/ä%E2%82"},
		{"http://u%40x:p%3A@h/", "http://u%40x:p%3A@h/", "http://u%40x:p%3A@h/"},
		{"http://h/a/%2E%2E/b", "http://h/b", "http://h/b"},
		{"http://h/a%7Cb", "http://h/a%7Cb", "http://h/a|b"},
		{"HTTP://H:80", "http://h/", "http://h/"},
		{"http://h:/x", "http://h/x", "http://h/x"},
		{"http://h?q", "http://h/?q", "http://h/?q"},
	} {
		u := NewUri(tc.in)
		if u.AbsoluteUri() != tc.abs || u.ToString() != tc.str {
			t.Errorf("%q: AbsoluteUri %q ToString %q, want %q %q", tc.in, u.AbsoluteUri(), u.ToString(), tc.abs, tc.str)
		}
	}
}

// TestUriErrors checks the UriFormatException texts of new Uri(string).
func TestUriErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "Invalid URI: The URI is empty."},
		{"abc", "Invalid URI: The format of the URI could not be determined."},
		{"http://", "Invalid URI: The hostname could not be parsed."},
		{"http://h:abc/", "Invalid URI: Invalid port specified."},
		{"http://h:99999/", "Invalid URI: Invalid port specified."},
		{"http://a b/", "Invalid URI: The hostname could not be parsed."},
		{"http:foo", "Invalid URI: The Authority/Host could not be parsed."},
	} {
		var got string
		Try(func() { NewUri(tc.in) }, Catch(func(e *UriFormatException) { got = e.Message() }))
		if got != tc.want {
			t.Errorf("NewUri(%q) message = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestUriEscaping checks Uri.EscapeDataString, EscapeUriString and UnescapeDataString.
func TestUriEscaping(t *testing.T) {
	for _, tc := range []struct{ name, got, want string }{
		{"EscapeDataString", UriEscapeDataString("a b/c?d=é&~!*'()"), "a%20b%2Fc%3Fd%3D%C3%A9%26~%21%2A%27%28%29"},
		{"EscapeUriString", UriEscapeUriString("a b/c?d=é&~!*'()%#[]"), "a%20b/c?d=%C3%A9&~!*'()%25#[]"},
		{"UnescapeDataString", UriUnescapeDataString("a%20b%2F%E2%82%AC%zz%C3"), "a b/€%zz%C3"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

// TestUriRelative checks new Uri(baseUri, relative) resolution.
func TestUriRelative(t *testing.T) {
	base := NewUri("http://h/a/b/c?q")
	for _, tc := range []struct{ rel, want string }{
		{"d", "http://h/a/b/d"},
		{"../d", "http://h/a/d"},
		{"/e", "http://h/e"},
		{"?z", "http://h/a/b/c?z"},
		{"#f", "http://h/a/b/c?q#f"},
		{"//o/p", "http://o/p"},
		{"http://x/y", "http://x/y"},
		{"", "http://h/a/b/c?q"},
	} {
		if got := NewUriRelative(base, tc.rel).AbsoluteUri(); got != tc.want {
			t.Errorf("new Uri(base, %q) = %q, want %q", tc.rel, got, tc.want)
		}
	}
}
