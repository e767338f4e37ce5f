// Wire conformance of HttpListenerResponse: framing, header serialisation,
// status lines, and the response's properties and exceptions (spec items
// 1-21, 31-45). Expected bytes are managed .NET's, Date masked.

package net

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
)

const get11 = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

const (
	srv  = "Server: Microsoft-NetCore/2.0\r\n"
	date = "Date: DDD, DD MMM YYYY HH:MM:SS GMT\r\n"
	te   = "Transfer-Encoding: chunked\r\n"
)

func write(ctx *HttpListenerContext, s string) {
	ctx.Response().OutputStream().Write([]byte(s), 0, int32(len(s)))
}

func TestResponseWire(t *testing.T) {
	tests := []struct {
		name    string
		req     string
		handler func(*HttpListenerContext)
		want    string
		size    int // the spec's byte count, when it gives one
	}{
		{"Item01_CloseWithNothingWritten", get11,
			func(c *HttpListenerContext) { c.Response().Close() },
			b0 + te + "\r\n0\r\n\r\n", 120},
		{"Item02_NoLengthIsChunked", get11,
			func(c *HttpListenerContext) { write(c, "hello"); write(c, "world!"); c.Response().Close() },
			b0 + te + "\r\n5\r\nhello\r\n6\r\nworld!\r\n0\r\n\r\n", 0},
		{"Item03_ZeroByteWriteIsNoop", get11,
			func(c *HttpListenerContext) {
				write(c, "")
				c.Response().SetStatusCode(404)
				c.Response().Close()
			},
			"HTTP/1.1 404 Not Found\r\n" + srv + date + te + "\r\n0\r\n\r\n", 0},
		{"Item04_ContentLength", get11,
			func(c *HttpListenerContext) {
				c.Response().SetContentLength64(5)
				write(c, "hello")
				c.Response().Close()
			},
			b0 + "Content-Length: 5\r\n\r\nhello", 0},
		{"Item04_SendChunkedFalseSendsLengthZero", get11,
			func(c *HttpListenerContext) { c.Response().SetSendChunked(false); c.Response().Close() },
			b0 + "Content-Length: 0\r\n\r\n", 106},
		{"Item05_WritingMoreThanContentLength", get11,
			func(c *HttpListenerContext) {
				c.Response().SetContentLength64(2)
				write(c, "hello")
				c.Response().Close()
			},
			b0 + "Content-Length: 2\r\n\r\nhe", 0}, // "llo" follows, breaking the framing
		{"Item07_204HasLengthZero", get11,
			func(c *HttpListenerContext) { c.Response().SetStatusCode(204); c.Response().Close() },
			"HTTP/1.1 204 No Content\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 114},
		{"Item07_304HasLengthZero", get11,
			func(c *HttpListenerContext) { c.Response().SetStatusCode(304); c.Response().Close() },
			"HTTP/1.1 304 Not Modified\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item08_HeadNotSpecial", "HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
			func(c *HttpListenerContext) { write(c, "body"); c.Response().Close() },
			b0 + te + "\r\n4\r\nbody\r\n0\r\n\r\n", 0},
		{"Item09_StatusLineAlways11", get11,
			func(c *HttpListenerContext) {
				c.Response().SetProtocolVersion(system.NewVersion(1, 0))
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			b0 + "Content-Length: 0\r\n\r\n", 0},
		{"Item10_UserServerAndDateKept", get11,
			func(c *HttpListenerContext) {
				c.Response().AddHeader("Date", "yesterday")
				c.Response().AddHeader("server", "mine")
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 200 OK\r\nDate: yesterday\r\nserver: mine\r\nContent-Length: 0\r\n\r\n", 0},
		{"Item11_HeaderOrder", get11,
			func(c *HttpListenerContext) {
				r := c.Response()
				r.AddHeader("X-A", "1")
				r.SetContentType("text/plain")
				r.AddHeader("Content-Length", "99") // replaced in place
				r.SetKeepAlive(false)
				r.SetContentLength64(2)
				r.AppendCookie(NewCookieNameValue("k", "v"))
				write(c, "ok")
				r.Close()
			},
			"HTTP/1.1 200 OK\r\nX-A: 1\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n" + srv + date +
				"Connection: close\r\nSet-Cookie: k=v\r\n\r\nok", 0},
		{"Item12_13_14_NameCaseJoinedValuesEmptyValues", get11,
			func(c *HttpListenerContext) {
				r := c.Response()
				r.AddHeader("x-c", "lower")
				r.AppendHeader("X-B", "1")
				r.AppendHeader("X-B", "2")
				r.Headers().Add("Set-Cookie", "a=1")
				r.Headers().Add("Set-Cookie", "b=2")
				r.AddHeader("X-Empty", "")
				r.Headers().Set("Location", " ")
				r.SetContentLength64(0)
				r.Close()
			},
			"HTTP/1.1 200 OK\r\nx-c: lower\r\nX-B: 1, 2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Empty: \r\n" + srv + date +
				"Content-Length: 0\r\n\r\n", 0},
		{"Item15_ReasonPhraseLowBytes", get11,
			func(c *HttpListenerContext) {
				c.Response().SetStatusDescription("1\u1234")
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 200 14\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item16_UnknownCodeHasEmptyPhrase", get11,
			func(c *HttpListenerContext) {
				c.Response().SetStatusCode(999)
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 999 \r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item16_413Phrase", get11,
			func(c *HttpListenerContext) {
				c.Response().SetStatusCode(413)
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 413 Request Entity Too Large\r\n" + srv + date + "Content-Length: 0\r\nConnection: close\r\n\r\n", 0},
		{"Item16_418HasEmptyPhrase", get11,
			func(c *HttpListenerContext) {
				c.Response().SetStatusCode(418)
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 418 \r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item40_RestrictedHeadersAccepted", get11,
			func(c *HttpListenerContext) {
				c.Response().Headers().Add("Keep-Alive", "timeout=5")
				c.Response().Headers().Add("Transfer-Encoding", "gzip")
				c.Response().Close()
			},
			"HTTP/1.1 200 OK\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n" + srv + date + "\r\n0\r\n\r\n", 0},
		{"Item18_DescriptionCachedOnFirstRead", get11,
			func(c *HttpListenerContext) {
				_ = c.Response().StatusDescription()
				c.Response().SetStatusCode(404)
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 404 OK\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item20_Redirect", get11,
			func(c *HttpListenerContext) { c.Response().Redirect("http://example.com/x"); c.Response().Close() },
			"HTTP/1.1 302 Found\r\nLocation: http://example.com/x\r\n" + srv + date + te + "\r\n0\r\n\r\n", 0},
		{"Item20_RedirectBlankHasNoLocation", get11,
			func(c *HttpListenerContext) { c.Response().Redirect(" "); c.Response().Close() },
			"HTTP/1.1 302 Found\r\n" + srv + date + te + "\r\n0\r\n\r\n", 0},
		{"Item21_RedirectLocationKeeps200", get11,
			func(c *HttpListenerContext) { c.Response().SetRedirectLocation("/there"); c.Response().Close() },
			"HTTP/1.1 200 OK\r\nLocation: /there\r\n" + srv + date + te + "\r\n0\r\n\r\n", 0},
		{"Item22_KeepAliveFalse", get11,
			func(c *HttpListenerContext) { c.Response().SetKeepAlive(false); c.Response().Close() },
			b0 + "Connection: close\r\n" + te + "\r\n0\r\n\r\n", 0},
		{"Item22_Status500Closes", get11,
			func(c *HttpListenerContext) { c.Response().SetStatusCode(500); c.Response().Close() },
			"HTTP/1.1 500 Internal Server Error\r\n" + srv + date + "Connection: close\r\n" + te + "\r\n0\r\n\r\n", 0},
		{"Item22_RequestConnectionClose", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
			func(c *HttpListenerContext) { c.Response().Close() },
			b0 + "Connection: close\r\n" + te + "\r\n0\r\n\r\n", 0},
		{"Item23_HTTP10NoLength", "GET / HTTP/1.0\r\n\r\n",
			func(c *HttpListenerContext) { write(c, "hello"); c.Response().Close() },
			b0 + "Connection: close\r\n\r\nhello", 111},
		{"Item24_HTTP10WithLength", "GET / HTTP/1.0\r\n\r\n",
			func(c *HttpListenerContext) {
				c.Response().SetContentLength64(5)
				write(c, "hello")
				c.Response().Close()
			},
			b0 + "Content-Length: 5\r\nConnection: close\r\nKeep-Alive: true\r\n\r\nhello", 148},
		{"Item24_HTTP10KeepAliveWithLength", "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
			func(c *HttpListenerContext) {
				c.Response().SetContentLength64(5)
				write(c, "hello")
				c.Response().Close()
			},
			b0 + "Content-Length: 5\r\nKeep-Alive: true\r\nConnection: keep-alive\r\n\r\nhello", 0},
		{"Item30_AbortSendsPendingHead", get11,
			func(c *HttpListenerContext) { c.Response().Abort() },
			b0 + te + "\r\n0\r\n\r\n", 120},
		{"Item36_CloseBytes", get11,
			func(c *HttpListenerContext) { c.Response().CloseBytes([]byte("abc"), true) },
			b0 + "Content-Length: 3\r\n\r\nabc", 0},
		{"Item36_CloseBytesEmpty", get11,
			func(c *HttpListenerContext) { c.Response().CloseBytes([]byte{}, false) },
			b0 + "Content-Length: 0\r\n\r\n", 0},
		{"Item36_CloseBytesChunked", get11,
			func(c *HttpListenerContext) {
				c.Response().SetSendChunked(true)
				c.Response().CloseBytes([]byte("abc"), true)
			},
			b0 + te + "\r\n3\r\nabc\r\n0\r\n\r\n", 0},
		{"Item36_CloseBytesAfterHeadersSent", get11,
			func(c *HttpListenerContext) { write(c, "x"); c.Response().CloseBytes([]byte("abc"), true) },
			b0 + te + "\r\n1\r\nx\r\n3\r\nabc\r\n0\r\n\r\n", 0},
		{"Item37_ContentTypeTrimmedNoCharset", get11,
			func(c *HttpListenerContext) {
				c.Response().SetContentType("  text/html  ")
				c.Response().SetContentEncoding(nil)
				c.Response().SetContentLength64(0)
				c.Response().Close()
			},
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
		{"Item44_CookiesFoldedIntoOneLine", get11,
			func(c *HttpListenerContext) {
				r := c.Response()
				r.Headers().Add("Set-Cookie", "old=1")
				r.AppendCookie(NewCookieNameValue("a", "1"))
				r.AppendCookie(NewCookieNameValue("b", "2"))
				r.SetContentLength64(0)
				r.Close()
			},
			"HTTP/1.1 200 OK\r\nSet-Cookie: a=1, b=2\r\n" + srv + date + "Content-Length: 0\r\n\r\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roundTrip(t, tt.req, tt.handler)
			if tt.name == "Item05_WritingMoreThanContentLength" {
				got = got[:len(tt.want)]
			}
			if got != tt.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tt.want)
			}
			if tt.size != 0 && len(got) != tt.size {
				t.Fatalf("%d bytes, the spec says %d", len(got), tt.size)
			}
		})
	}
}

// withContext runs f on the context of one GET request.
func withContext(t *testing.T, req string, f func(ctx *HttpListenerContext)) string {
	t.Helper()
	return roundTrip(t, req, func(ctx *HttpListenerContext) {
		defer ctx.Response().Close()
		f(ctx)
	})
}

func TestItem01_ContentLengthReadsMinusOneAfterClose(t *testing.T) {
	withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		if r.ContentLength64() != 0 || r.SendChunked() || !r.KeepAlive() || r.StatusCode() != 200 ||
			r.StatusDescription() != "OK" || r.ContentType() != "" || r.RedirectLocation() != "" ||
			r.ContentEncoding() != nil || r.ProtocolVersion().ToString() != "1.1" {
			t.Errorf("defaults differ from spec §1")
		}
		r.Close()
		if r.ContentLength64() != -1 {
			t.Errorf("ContentLength64 after Close = %d, want -1", r.ContentLength64())
		}
	})
}

func TestItem04_SendChunkedSetsLengthMinusOne(t *testing.T) {
	withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		r.SetContentLength64(10)
		r.SetSendChunked(true)
		if r.ContentLength64() != -1 || !r.SendChunked() {
			t.Errorf("after SendChunked=true: %d %v", r.ContentLength64(), r.SendChunked())
		}
		r.SetContentLength64(3)
		if r.SendChunked() {
			t.Errorf("ContentLength64 did not clear SendChunked")
		}
		write(ctx, "abc")
	})
}

func TestItem06_WritingFewerBytesKeepsConnectionOpen(t *testing.T) {
	l, port := startListener(t)
	done := serveOne(l, func(ctx *HttpListenerContext) {
		ctx.Response().SetContentLength64(10)
		write(ctx, "hello")
		ctx.Response().Close()
	})
	c := dial(t, port)
	io.WriteString(c, get11)
	<-done
	br := bufio.NewReader(c)
	head, _ := br.ReadString('\n')
	if !strings.HasPrefix(head, "HTTP/1.1 200 OK") {
		t.Fatalf("head %q", head)
	}
	c.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	_, err := io.ReadAll(br)
	if ne, ok := err.(interface{ Timeout() bool }); !ok || !ne.Timeout() {
		t.Fatalf("connection did not stay open: %v", err)
	}
}

func TestItem17_19_StatusValidation(t *testing.T) {
	withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		for _, code := range []int32{99, 1000, -1} {
			e := mustThrow[*ProtocolViolationException](t, func() { r.SetStatusCode(code) })
			if e.Message() != "The status code must be exactly three digits." {
				t.Errorf("%q", e.Message())
			}
		}
		if r.StatusCode() != 200 {
			t.Errorf("status changed to %d", r.StatusCode())
		}
		r.SetStatusCode(100)
		r.SetStatusCode(999)
		e := mustThrow[*system.ArgumentException](t, func() { r.SetStatusDescription("a\x01b") })
		if e.Message() != "Specified value has invalid Control characters. (Parameter 'value')" {
			t.Errorf("%q", e.Message())
		}
		mustThrow[*system.ArgumentException](t, func() { r.SetStatusDescription("a\x7f") })
		r.SetStatusDescription("tab\tok")
	})
}

func TestItem31_SettersAfterHeadersSent(t *testing.T) {
	got := withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		write(ctx, "x")
		r.SetStatusCode(404)
		r.SetStatusDescription("Nope")
		r.SetContentType("text/plain")
		r.SetRedirectLocation("/x")
		r.SetKeepAlive(false)
		r.SetProtocolVersion(system.NewVersion(1, 0))
		r.AddHeader("X-Late", "1")
		for _, f := range []func(){func() { r.SetContentLength64(1) }, func() { r.SetSendChunked(false) }} {
			e := mustThrow[*system.InvalidOperationException](t, f)
			if e.Message() != "This operation cannot be performed after the response has been submitted." {
				t.Errorf("%q", e.Message())
			}
		}
	})
	if want := b0 + te + "\r\n1\r\nx\r\n0\r\n\r\n"; got != want {
		t.Fatalf("got %q", got)
	}
}

func TestItem32_33_AfterClose(t *testing.T) {
	withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		r.Close()
		const odeMsg = "Cannot access a disposed object.\nObject name: 'System.Net.HttpListenerResponse'."
		for name, f := range map[string]func(){
			"StatusCode":        func() { r.SetStatusCode(404) },
			"StatusDescription": func() { r.SetStatusDescription("x") },
			"ContentType":       func() { r.SetContentType("x") },
			"ContentLength64":   func() { r.SetContentLength64(1) },
			"SendChunked":       func() { r.SetSendChunked(true) },
			"KeepAlive":         func() { r.SetKeepAlive(false) },
			"RedirectLocation":  func() { r.SetRedirectLocation("/") },
			"ProtocolVersion":   func() { r.SetProtocolVersion(system.NewVersion(1, 1)) },
			"OutputStream":      func() { r.OutputStream() },
			"CloseBytes":        func() { r.CloseBytes([]byte("x"), true) },
		} {
			e := mustThrow[*system.ObjectDisposedException](t, f)
			if e.Message() != odeMsg {
				t.Errorf("%s: %q", name, e.Message())
			}
		}
		if !r.KeepAlive() || r.StatusCode() != 200 {
			t.Errorf("values changed after ODE")
		}
		// These still work.
		r.SetContentEncoding(nil)
		r.AddHeader("X-After", "1")
		r.Headers()
		r.Cookies()
		mustThrow[*system.ObjectDisposedException](t, func() { r.Redirect("/r") })
		if r.Headers().Get("Location") != "/r" {
			t.Errorf("Redirect did not set Location before throwing")
		}
		r.Close()
		r.Abort()
		r.Dispose()
	})
}

func TestItem34_35_WritesToClosedStream(t *testing.T) {
	got := withContext(t, get11, func(ctx *HttpListenerContext) {
		s := ctx.Response().OutputStream()
		write(ctx, "a")
		s.Close()
		s.Close()
		s.Write([]byte("Should not be sent."), 0, 19)
	})
	if want := b0 + te + "\r\n1\r\na\r\n0\r\n\r\n"; got != want {
		t.Fatalf("got %q", got)
	}
}

func TestItem36_39_41_42_43_ArgumentChecks(t *testing.T) {
	withContext(t, "GET / HTTP/1.0\r\n\r\n", func(ctx *HttpListenerContext) {
		r := ctx.Response()
		if e := mustThrow[*system.ArgumentNullException](t, func() { r.CloseBytes(nil, true) }); e.ParamName() != "responseEntity" {
			t.Errorf("param %q", e.ParamName())
		}
		if e := mustThrow[*system.ArgumentNullException](t, func() { r.AddHeader("", "v") }); e.ParamName() != "name" {
			t.Errorf("AddHeader param %q", e.ParamName())
		}
		if e := mustThrow[*system.ArgumentException](t, func() { r.AppendHeader("", "v") }); e.ParamName() != "name" {
			t.Errorf("AppendHeader param %q", e.ParamName())
		}
		mustThrow[*system.ArgumentException](t, func() { r.AddHeader("bad name", "v") })
		if e := mustThrow[*system.ArgumentException](t, func() { r.AddHeader("X", "a\r\nb") }); e.ParamName() != "value" {
			t.Errorf("value param %q", e.ParamName())
		}
		mustThrow[*system.NullReferenceException](t, func() { r.SetHeaders(nil) })
		mustThrow[*system.NullReferenceException](t, func() { r.CopyFrom(nil) })
		if e := mustThrow[*system.ArgumentNullException](t, func() { r.SetProtocolVersion(nil) }); e.ParamName() != "value" {
			t.Errorf("param %q", e.ParamName())
		}
		e := mustThrow[*system.ArgumentException](t, func() { r.SetProtocolVersion(system.NewVersion(2, 0)) })
		if e.Message() != "Only HTTP/1.0 and HTTP/1.1 version requests are currently supported. (Parameter 'value')" {
			t.Errorf("%q", e.Message())
		}
		r.SetProtocolVersion(system.NewVersion4(1, 0, 5, 6))
		if v := r.ProtocolVersion().ToString(); v != "1.0" {
			t.Errorf("version %s, want 1.0 (build and revision dropped)", v)
		}
		oor := mustThrow[*system.ArgumentOutOfRangeException](t, func() { r.SetContentLength64(-1) })
		if oor.Message() != "The Content-Length value must be greater than or equal to zero. (Parameter 'value')" {
			t.Errorf("%q", oor.Message())
		}
		pve := mustThrow[*ProtocolViolationException](t, func() { r.SetSendChunked(true) })
		if pve.Message() != "Chunked encoding upload is not supported on the HTTP/1.0 protocol." {
			t.Errorf("%q", pve.Message())
		}
		// Headers setter copies; CopyFrom copies the listed fields.
		h := NewWebHeaderCollection()
		h.Add("X-A", "1")
		r.SetHeaders(h)
		h.Add("X-B", "2")
		if r.Headers().Get("X-B") != "" || r.Headers().Get("X-A") != "1" {
			t.Errorf("Headers setter did not copy")
		}
	})
}

func TestItem45_CookieMethods(t *testing.T) {
	withContext(t, get11, func(ctx *HttpListenerContext) {
		r := ctx.Response()
		mustThrow[*system.ArgumentNullException](t, func() { r.AppendCookie(nil) })
		mustThrow[*system.ArgumentNullException](t, func() { r.SetCookie(nil) })
		c := NewCookieNameValue("a", "1")
		r.SetCookie(c)
		e := mustThrow[*system.ArgumentException](t, func() { r.SetCookie(NewCookieNameValue("a", "2")) })
		if e.Message() != "Cookie already exists. (Parameter 'cookie')" {
			t.Errorf("%q", e.Message())
		}
		if r.Cookies().Get(0) == c {
			t.Errorf("SetCookie did not clone")
		}
		r.AppendCookie(NewCookieNameValue("a", "3"))
		if r.Cookies().Count() != 1 || r.Cookies().Get(0).Value() != "3" {
			t.Errorf("AppendCookie did not replace")
		}
		r.SetCookies(nil)
		if r.Cookies().Count() != 0 {
			t.Errorf("Cookies = nil did not reset")
		}
	})
}
