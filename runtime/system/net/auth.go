// Basic authentication: the 401 challenge, credential parsing and the
// resulting User (spec item 70). Managed .NET supports only Anonymous and
// Basic; other schemes behave as Anonymous.

package net

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/security/principal"
)

// authSettings is a snapshot of a listener's authentication properties,
// taken as a request arrives.
type authSettings struct {
	schemes  AuthenticationSchemes
	selector func(*HttpListenerRequest) AuthenticationSchemes
	realm    string
}

func (l *HttpListener) authSettings() authSettings {
	l.mu.Lock()
	defer l.mu.Unlock()
	return authSettings{l.authSchemes, l.authSelector, l.realm}
}

// authenticate applies the listener's scheme (auth) to ctx. It returns false when
// the listener answered the request itself (401, 400, 500); the request is
// then not delivered.
func (c *connection) authenticate(ctx *HttpListenerContext, auth authSettings) bool {
	schemes, selector, realm := auth.schemes, auth.selector, auth.realm
	if selector != nil {
		ok := true
		system.Try(func() { schemes = selector(&ctx.request) }, system.CatchAll(func() { ok = false }))
		if !ok {
			return c.rejectAuth(ctx, 500)
		}
	}
	if schemes&AuthenticationSchemesBasic == 0 {
		return true
	}
	header := ctx.request.authorization
	basic := len(header) >= 6 && header[5] == ' ' && strings.EqualFold(header[:5], "Basic")
	if schemes == AuthenticationSchemesBasic && !basic {
		r := &ctx.response
		r.statusCode = 401
		r.hdr.set("WWW-Authenticate", "Basic realm=\""+realm+"\"")
		r.Close()
		return false
	}
	if !basic {
		return true
	}
	user, pass, status := parseBasicCredentials(header[6:])
	if status != 0 {
		return c.rejectAuth(ctx, status)
	}
	ctx.user = principal.NewGenericPrincipal(NewHttpListenerBasicIdentity(user, pass), []string{})
	return true
}

// rejectAuth answers with an empty response of the given status.
func (c *connection) rejectAuth(ctx *HttpListenerContext, status int32) bool {
	ctx.response.statusCode = status
	ctx.response.Close()
	return false
}

// parseBasicCredentials is TryParseBasicAuth: base64 of "user:password",
// the password being everything after the first ':'. Bad base64 is a 500,
// a missing ':' a 400.
func parseBasicCredentials(data string) (user, pass string, status int32) {
	data = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, data)
	if data == "" {
		return "", "", 500
	}
	raw, err := base64.StdEncoding.DecodeString(data)
	if err != nil {
		return "", "", 500
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return "", "", 400
	}
	return s[:i], s[i+1:], 0
}
