// Tests of Basic authentication: the 401 challenge, credential errors and
// the User of an authenticated request (spec item 70).

package net

import (
	"encoding/base64"
	"io"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
)

func basicHeader(creds string) string {
	return "Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(creds)) + "\r\n"
}

func TestItem70_BasicAuthResponses(t *testing.T) {
	chunkedEnd := te + "\r\n0\r\n\r\n"
	tests := []struct {
		name, realm, headers, want string
	}{
		{"MissingHeader", "", "",
			"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"\"\r\n" + srv + date + chunkedEnd},
		{"MissingHeaderWithRealm", "myrealm", "",
			"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"myrealm\"\r\n" + srv + date + chunkedEnd},
		{"NotBasic", "", "Authorization: Bearer abc\r\n",
			"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"\"\r\n" + srv + date + chunkedEnd},
		{"BadBase64", "", "Authorization: Basic !!!\r\n",
			"HTTP/1.1 500 Internal Server Error\r\n" + srv + date + closeHdr + chunkedEnd},
		{"NoColon", "", basicHeader("justuser"),
			"HTTP/1.1 400 Bad Request\r\n" + srv + date + closeHdr + chunkedEnd},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, port := startListener(t)
			l.SetAuthenticationSchemes(AuthenticationSchemesBasic)
			if tt.realm != "" {
				l.SetRealm(tt.realm)
			}
			delivered := make(chan bool, 1)
			serveAll(l, func(ctx *HttpListenerContext) { delivered <- true; ctx.Response().Close() })
			k := newKeepAliveConn(t, port)
			if got := k.do("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + tt.headers + "\r\n"); got != tt.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tt.want)
			}
			select {
			case <-delivered:
				t.Fatal("the request reached GetContext")
			default:
			}
		})
	}
}

func TestItem70_BasicAuthSuccess(t *testing.T) {
	l, port := startListener(t)
	l.SetAuthenticationSchemes(AuthenticationSchemesBasic)
	type result struct {
		name, password, authType string
		isAuth, reqAuth          bool
	}
	got := make(chan result, 1)
	done := serveOne(l, func(ctx *HttpListenerContext) {
		id := ctx.User().Identity().(*HttpListenerBasicIdentity)
		got <- result{id.Name(), id.Password(), id.AuthenticationType(), id.IsAuthenticated(), ctx.Request().IsAuthenticated()}
		ctx.Response().Close()
	})
	k := newKeepAliveConn(t, port)
	// A 401 first, then the retry on the same connection succeeds.
	k.do(get11)
	k.do("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + basicHeader("user:pa:ss") + "\r\n")
	<-done
	if r := <-got; r != (result{"user", "pa:ss", "Basic", true, false}) {
		t.Fatalf("got %+v", r)
	}
}

func TestItem70_SelectorDelegate(t *testing.T) {
	l, port := startListener(t)
	l.SetAuthenticationSchemeSelectorDelegate(func(r *HttpListenerRequest) AuthenticationSchemes {
		switch r.RawUrl() {
		case "/secret":
			return AuthenticationSchemesBasic
		case "/boom":
			panic(system.NewInvalidOperationException("boom"))
		}
		return AuthenticationSchemesAnonymous
	})
	serveAll(l, func(ctx *HttpListenerContext) {
		if ctx.User() != nil {
			ctx.Response().SetStatusCode(202)
		}
		ctx.Response().Close()
	})
	tests := []struct{ path, status string }{
		{"/open", "200"}, {"/secret", "401"}, {"/boom", "500"},
	}
	for _, tt := range tests {
		c := dial(t, port)
		io.WriteString(c, "GET "+tt.path+" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
		b, _ := io.ReadAll(c)
		if len(b) < 12 || string(b[9:12]) != tt.status {
			t.Errorf("%s: %q", tt.path, b)
		}
	}
}
