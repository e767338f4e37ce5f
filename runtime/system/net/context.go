// HttpListenerContext: one request and its response (spec §1).

package net

import "github.com/cs2go/cs2go/runtime/system/security/principal"

// HttpListenerContext is System.Net.HttpListenerContext. The request and
// response live inside it, so a request costs one allocation for all three.
type HttpListenerContext struct {
	conn     *connection
	listener *HttpListener
	prefix   *boundPrefix
	request  HttpListenerRequest
	response HttpListenerResponse
	user     principal.IPrincipal
}

func newContext(c *connection) *HttpListenerContext {
	ctx := &HttpListenerContext{conn: c}
	ctx.request.ctx = ctx
	ctx.response.init(ctx)
	return ctx
}

// Request is HttpListenerContext.Request.
func (ctx *HttpListenerContext) Request() *HttpListenerRequest { return &ctx.request }

// Response is HttpListenerContext.Response: the same object every time.
func (ctx *HttpListenerContext) Response() *HttpListenerResponse { return &ctx.response }

// User is HttpListenerContext.User: nil unless Basic authentication
// succeeded, then a GenericPrincipal over an HttpListenerBasicIdentity.
func (ctx *HttpListenerContext) User() principal.IPrincipal { return ctx.user }
