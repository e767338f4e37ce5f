// Tests of HttpListenerRequest's properties as .NET computes them from the
// wire (spec §1 and items 48-50, 53-59).

package net

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	iostream "github.com/cs2go/cs2go/runtime/system/io"
	"github.com/cs2go/cs2go/runtime/system/text"
)

// inspect serves raw and returns what f extracted from the request.
func inspect[T any](t *testing.T, raw string, f func(*HttpListenerRequest) T) T {
	t.Helper()
	var v T
	roundTrip(t, raw, func(ctx *HttpListenerContext) {
		defer ctx.Response().Close()
		v = f(ctx.Request())
	})
	return v
}

func TestRequestDefaults(t *testing.T) {
	inspect(t, "GET /p?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: ua\r\n\r\n", func(r *HttpListenerRequest) bool {
		if r.HttpMethod() != "GET" || r.RawUrl() != "/p?q=1" || r.UserAgent() != "ua" ||
			r.ProtocolVersion().ToString() != "1.1" || r.ContentLength64() != 0 || r.HasEntityBody() ||
			r.IsAuthenticated() || r.IsSecureConnection() || !r.IsLocal() || r.ServiceName() != "" ||
			r.ContentType() != "" || r.UrlReferrer() != nil || r.AcceptTypes() != nil || r.UserLanguages() != nil {
			t.Errorf("defaults differ from spec §1")
		}
		if r.InputStream() != iostream.StreamNull() {
			t.Errorf("InputStream without a body is not Stream.Null")
		}
		if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(r.RequestTraceIdentifier().ToString()) {
			t.Errorf("RequestTraceIdentifier %q", r.RequestTraceIdentifier())
		}
		e := mustThrow[*system.InvalidOperationException](t, func() { r.ClientCertificateError() })
		if !strings.HasPrefix(e.Message(), "Please call the GetClientCertificate()") {
			t.Errorf("%q", e.Message())
		}
		if r.GetClientCertificate() != nil || r.ClientCertificateError() != 0 {
			t.Errorf("client certificate over http")
		}
		if r.QueryString() == r.QueryString() {
			t.Errorf("QueryString is not new on each get")
		}
		return true
	})
}

func TestItem48_55_EndpointsAndHost(t *testing.T) {
	type result struct{ url, hostAddr, hostName, raw string }
	l, port := startListener(t, "/")
	_ = l
	tests := []struct {
		name, req string
		want      result
	}{
		{"Item48_HTTP10WithoutHost", "GET /a HTTP/1.0\r\n\r\n",
			result{fmt.Sprintf("http://127.0.0.1:%d/a", port), fmt.Sprintf("127.0.0.1:%d", port), "", "/a"}},
		{"Item54_HostPortIgnored", "GET /a?b=c HTTP/1.1\r\nHost: 127.0.0.1:9999\r\n\r\n",
			result{fmt.Sprintf("http://127.0.0.1:%d/a?b=c", port), fmt.Sprintf("127.0.0.1:%d", port), "127.0.0.1:9999", "/a?b=c"}},
		{"Item54_EscapesKept", "GET /a%20b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			result{fmt.Sprintf("http://127.0.0.1:%d/a%%20b", port), fmt.Sprintf("127.0.0.1:%d", port), "127.0.0.1", "/a%20b"}},
		{"Item54_DotSegments", "GET /a/../b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			result{fmt.Sprintf("http://127.0.0.1:%d/b", port), fmt.Sprintf("127.0.0.1:%d", port), "127.0.0.1", "/a/../b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got result
			c := dial(t, port)
			done := serveOne(l, func(ctx *HttpListenerContext) {
				r := ctx.Request()
				got = result{r.Url().AbsoluteUri(), r.UserHostAddress(), r.UserHostName(), r.RawUrl()}
				ctx.Response().Close()
			})
			fmt.Fprint(c, tt.req)
			<-done
			if got != tt.want {
				t.Fatalf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestItem49_HeadersTrimmedLastWinsLatin1(t *testing.T) {
	req := "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n  X-A  :  1  \r\nX-A: 2\r\nx-b: \xc3\xa9\r\n\r\n"
	got := inspect(t, req, func(r *HttpListenerRequest) []string {
		h := r.Headers()
		return []string{h.Get("X-A"), h.Get("X-B"), strings.Join(h.AllKeys(), ",")}
	})
	want := []string{"2", "Ã©", "Host,X-A,x-b"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestItem50_ContentLengthEdgeCases(t *testing.T) {
	tests := []struct {
		header string
		want   int64
	}{
		{"Content-Length: 18446744073709551615", 0}, // > long.MaxValue
		{"Content-Length: 9223372036854775807", 9223372036854775807},
		{"Content-Length: +0", 0},
	}
	for _, tt := range tests {
		got := inspect(t, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"+tt.header+"\r\nConnection: close\r\n\r\n",
			func(r *HttpListenerRequest) int64 { return r.ContentLength64() })
		if got != tt.want {
			t.Errorf("%s: %d, want %d", tt.header, got, tt.want)
		}
	}
}

func TestItem53_RequestKeepAlive(t *testing.T) {
	tests := []struct {
		version, headers string
		want             bool
	}{
		{"1.1", "", true},
		{"1.0", "", false},
		{"1.0", "Keep-Alive: 300\r\n", true},
		{"1.1", "Connection: close\r\n", false},
		{"1.1", "Connection: Close, Keep-Alive\r\n", true},
		{"1.0", "Connection: keep-alive\r\n", true},
		{"1.1", "Proxy-Connection: close\r\nConnection: keep-alive\r\n", false},
		{"1.1", "Connection: Upgrade\r\n", true},
	}
	for _, tt := range tests {
		got := inspect(t, "GET / HTTP/"+tt.version+"\r\nHost: 127.0.0.1\r\n"+tt.headers+"\r\n",
			func(r *HttpListenerRequest) bool { return r.KeepAlive() })
		if got != tt.want {
			t.Errorf("HTTP/%s %q: %v, want %v", tt.version, tt.headers, got, tt.want)
		}
	}
}

func TestItem56_QueryString(t *testing.T) {
	tests := []struct {
		query string
		want  string // AllKeys=values, null key as <null>
	}{
		{"a=1&b=2", "a=1;b=2"},
		{"a", "<null>=a"},
		{"=e", "=e"},
		{"a=1&", "a=1;<null>="},
		{"a=b+c&d=%41%u0042", "a=b c;d=AB"},
		{"a=%zz&b=%", "a=%zz;b=%"},
		{"k=1&k=2", "k=1,2"},
		{"x=%C3%A9", "x=é"},
		{"a=1=2", "a=1=2"},
	}
	for _, tt := range tests {
		got := inspect(t, "GET /?"+tt.query+" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", func(r *HttpListenerRequest) string {
			q := r.QueryString()
			var parts []string
			for i := int32(0); i < q.Count(); i++ {
				k := q.GetKey(i)
				if q.KeyIsNull(i) {
					k = "<null>"
				}
				parts = append(parts, k+"="+q.GetIndex(i))
			}
			return strings.Join(parts, ";")
		})
		if got != tt.want {
			t.Errorf("?%s: %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestItem57_AcceptTypesAndUserLanguages(t *testing.T) {
	got := inspect(t, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,  application/json\r\nAccept-Language:\r\n\r\n",
		func(r *HttpListenerRequest) string { return fmt.Sprintf("%q %q", r.AcceptTypes(), r.UserLanguages()) })
	if want := `["text/html" " application/json"] [""]`; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestItem58_RequestCookies(t *testing.T) {
	got := inspect(t, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: a=1,b=2;c=3\r\n\r\n", func(r *HttpListenerRequest) string {
		cc := r.Cookies()
		var parts []string
		for i := int32(0); i < cc.Count(); i++ {
			parts = append(parts, cc.Get(i).Name()+"="+cc.Get(i).Value())
		}
		return strings.Join(parts, ";")
	})
	if got != "a=1;b=2;c=3" {
		t.Fatalf("got %q", got)
	}
}

func TestItem59_ContentEncodingAndWebSocket(t *testing.T) {
	tests := []struct {
		headers string
		enc     string
		ws      bool
	}{
		{"", text.EncodingDefault().WebName(), false},
		{"Content-Type: text/plain; charset=utf-16\r\nContent-Length: 2\r\n", "utf-16", false},
		{"Content-Type: text/plain; charset=utf-16\r\n", text.EncodingDefault().WebName(), false}, // no body
		{"Connection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\n", text.EncodingDefault().WebName(), true},
	}
	for _, tt := range tests {
		raw := "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + tt.headers + "\r\n"
		if strings.Contains(tt.headers, "Content-Length: 2") {
			raw += "ab"
		}
		got := inspect(t, raw, func(r *HttpListenerRequest) string {
			return fmt.Sprintf("%s %v", r.ContentEncoding().WebName(), r.IsWebSocketRequest())
		})
		if want := fmt.Sprintf("%s %v", tt.enc, tt.ws); got != want {
			t.Errorf("%q: %s, want %s", tt.headers, got, want)
		}
	}
}

func TestItem54_AbsoluteTargetSuppliesHost(t *testing.T) {
	port := freePort(t)
	l := NewHttpListener()
	l.Prefixes().Add(fmt.Sprintf("http://+:%d/", port))
	l.Start()
	defer l.Close()
	var url, raw string
	done := serveOne(l, func(ctx *HttpListenerContext) {
		url, raw = ctx.Request().Url().AbsoluteUri(), ctx.Request().RawUrl()
		ctx.Response().Close()
	})
	c := dial(t, port)
	fmt.Fprint(c, "GET http://Other.Host:1234/p?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
	<-done
	if want := fmt.Sprintf("http://other.host:%d/p?q=1", port); url != want || raw != "http://Other.Host:1234/p?q=1" {
		t.Fatalf("Url %q RawUrl %q, want %q", url, raw, want)
	}
}
