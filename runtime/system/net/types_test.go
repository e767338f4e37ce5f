// Tests for the supporting System.Net types: headers, cookies, status
// phrases, endpoints, exceptions, schemes, timeouts and WebUtility.

package net

import (
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
)

// expectPanic runs f and returns the .NET exception it threw.
func expectPanic[T system.Exception](t *testing.T, f func()) T {
	t.Helper()
	var got T
	var caught bool
	system.Try(f, system.Catch(func(e T) { got, caught = e, true }))
	if !caught {
		t.Fatalf("expected %T, nothing was thrown", got)
	}
	return got
}

func TestHeaderItem12_NameCaseKeptLookupIgnoresCase(t *testing.T) {
	h := NewWebHeaderCollection()
	h.Add("x-c", "lower")
	h.Add("X-C", "upper")
	if got := h.AllKeys(); len(got) != 1 || got[0] != "x-c" {
		t.Fatalf("AllKeys = %q, want [x-c]", got)
	}
	if got := h.Get("X-c"); got != "lower,upper" {
		t.Fatalf("Get = %q, want lower,upper (item 39: indexer joins with ',')", got)
	}
}

func TestHeaderItem11_SetReplacesInPlace(t *testing.T) {
	h := NewWebHeaderCollection()
	h.Add("A", "1")
	h.Add("B", "2")
	h.Set("a", "3")
	var order []string
	h.ForEach(func(name string, values []string) { order = append(order, name+"="+joinValues(values)) })
	if len(order) != 2 || order[0] != "A=3" || order[1] != "B=2" {
		t.Fatalf("order = %q", order)
	}
}

func TestHeaderItem39_Validation(t *testing.T) {
	h := NewWebHeaderCollection()
	e := expectPanic[*system.ArgumentException](t, func() { h.Add("X", "a\rb") })
	if e.Message() != "Specified value has invalid CRLF characters. (Parameter 'value')" {
		t.Errorf("CR: %q", e.Message())
	}
	e = expectPanic[*system.ArgumentException](t, func() { h.Add("X", "a\x01b") })
	if e.Message() != "Specified value has invalid Control characters. (Parameter 'value')" {
		t.Errorf("ctl: %q", e.Message())
	}
	e = expectPanic[*system.ArgumentException](t, func() { h.Add("X Y", "v") })
	if e.ParamName() != "name" {
		t.Errorf("bad name param = %q", e.ParamName())
	}
	expectPanic[*system.ArgumentNullException](t, func() { h.Set("", "v") })
	h.Add("Fold", "a\r\n b") // an obs-fold is accepted, as .NET does
	h.Add("Trim", "  v \t")
	if got := h.Get("Trim"); got != "v" {
		t.Errorf("values are trimmed: got %q", got)
	}
}

func TestHeaderToString(t *testing.T) {
	h := NewWebHeaderCollection()
	if h.ToString() != "\r\n" {
		t.Errorf("empty: %q", h.ToString())
	}
	h.Add("A", "1")
	h.Add("A", "2")
	if got := h.ToString(); got != "A: 1,2\r\n\r\n" {
		t.Errorf("got %q", got)
	}
}

func TestStatusItem16_ReasonPhrases(t *testing.T) {
	for code, want := range map[int32]string{
		200: "OK", 203: "Non-Authoritative Information", 413: "Request Entity Too Large",
		414: "Request-Uri Too Long", 416: "Requested Range Not Satisfiable",
		505: "Http Version Not Supported", 418: "", 299: "", 999: "", -1: "",
	} {
		if got := HttpStatusDescription(code); got != want {
			t.Errorf("%d: %q, want %q", code, got, want)
		}
	}
	if HttpStatusCodeNotFound.ToString() != "NotFound" || HttpStatusCode(299).ToString() != "299" {
		t.Error("HttpStatusCode.ToString")
	}
}

func TestCookieItem44_FoldedIntoOneLine(t *testing.T) {
	cc := NewCookieCollection()
	cc.Add(NewCookieNameValue("a", "1"))
	cc.Add(NewCookieNameValuePath("b", "2", "/p"))
	v2 := NewCookieNameValue("c", "3")
	v2.SetVersion(1)
	cc.Add(v2)
	cc.Add(NewCookie()) // empty name: skipped
	sc, sc2 := FoldResponseCookies(cc)
	if sc != "a=1, b=2; Path=/p" {
		t.Errorf("Set-Cookie = %q", sc)
	}
	if sc2 != "c=3; Version=1" {
		t.Errorf("Set-Cookie2 = %q", sc2)
	}
}

func TestCookieItem45_AddReplacesSameNameDomainPath(t *testing.T) {
	cc := NewCookieCollection()
	cc.Add(NewCookieNameValue("a", "1"))
	second := NewCookieNameValue("A", "2")
	cc.Add(second)
	if cc.Count() != 1 || cc.Get(0) != second {
		t.Fatalf("count %d", cc.Count())
	}
	cc.Add(NewCookieNameValuePath("a", "3", "/x"))
	if cc.Count() != 2 {
		t.Fatalf("different path must add: count %d", cc.Count())
	}
	e := expectPanic[*CookieException](t, func() { NewCookieNameValue("bad name", "v") })
	if e.Message() != "The 'Name'='bad name' part of the cookie is invalid." {
		t.Errorf("%q", e.Message())
	}
	if _, ok := system.AsException[*system.FormatException](e); !ok {
		t.Error("CookieException must be a FormatException")
	}
}

func TestCookieItem58_RequestCookieParsing(t *testing.T) {
	cc := ParseRequestCookies("a=1,b=2;c=3")
	if cc.Count() != 3 || cc.Get(0).Name() != "a" || cc.Get(2).Value() != "3" {
		t.Fatalf("got %d cookies", cc.Count())
	}
	cc = ParseRequestCookies(`$Version=1; a="x"; $Path=/p; $Domain=d.com; b=y`)
	if cc.Count() != 2 {
		t.Fatalf("count %d", cc.Count())
	}
	a := cc.Get(0)
	if a.Value() != "x" || a.Path() != "/p" || a.Domain() != "d.com" || a.Version() != 1 {
		t.Errorf("a = %+v", a)
	}
}

func TestCookieToString(t *testing.T) {
	c := NewCookieFull("n", "v", "/p", "d")
	if c.ToString() != "n=v" {
		t.Errorf("plain: %q", c.ToString())
	}
	c.SetVersion(1)
	if c.ToString() != "$Version=1; n=v; $Path=/p; $Domain=d" {
		t.Errorf("v1: %q", c.ToString())
	}
}

func TestEndpointToString(t *testing.T) {
	if got := NewIPEndPoint(IPAddressLoopback(), 8080).ToString(); got != "127.0.0.1:8080" {
		t.Error(got)
	}
	if got := NewIPEndPoint(IPAddressIPv6Loopback(), 80).ToString(); got != "[::1]:80" {
		t.Error(got)
	}
	e := expectPanic[*system.FormatException](t, func() { IPAddressParse("300.1.1.1") })
	if e.Message() != "An invalid IP address was specified." {
		t.Error(e.Message())
	}
	expectPanic[*system.ArgumentOutOfRangeException](t, func() { NewIPEndPoint(IPAddressAny(), 70000) })
}

func TestExceptionHttpListenerException(t *testing.T) {
	e := NewHttpListenerExceptionMessage(500, "Listener closed.")
	if e.ErrorCode() != 500 || e.NativeErrorCode() != 500 {
		t.Errorf("codes %d %d", e.ErrorCode(), e.NativeErrorCode())
	}
	if e.ToString() != "System.Net.HttpListenerException (500): Listener closed." {
		t.Errorf("%q", e.ToString())
	}
	if _, ok := system.AsException[*Win32Exception](e); !ok {
		t.Error("HttpListenerException must be a Win32Exception")
	}
	pve := NewProtocolViolationException("The status code must be exactly three digits.")
	if _, ok := system.AsException[*system.InvalidOperationException](pve); !ok {
		t.Error("ProtocolViolationException must be an InvalidOperationException")
	}
}

func TestSchemeToString(t *testing.T) {
	for v, want := range map[AuthenticationSchemes]string{
		AuthenticationSchemesAnonymous: "Anonymous", AuthenticationSchemesBasic | AuthenticationSchemesAnonymous: "Basic, Anonymous",
		AuthenticationSchemesIntegratedWindowsAuthentication: "IntegratedWindowsAuthentication", 0: "None",
	} {
		if got := v.ToString(); got != want {
			t.Errorf("%d: %q want %q", v, got, want)
		}
	}
}

func TestTimeoutManagerSpec1(t *testing.T) {
	var m HttpListenerTimeoutManager
	expectPanic[*system.PlatformNotSupportedException](t, func() { m.SetHeaderWait(1) })
	expectPanic[*system.ArgumentOutOfRangeException](t, func() { m.SetIdleConnection(-1) })
	m.SetIdleConnection(5)
	if m.IdleConnection() != 5 || m.EntityBody() != 0 {
		t.Error("stored values")
	}
}

func TestWebUtilityEncoding(t *testing.T) {
	if got := WebUtilityUrlEncode("a b&c=d/é"); got != "a+b%26c%3Dd%2F%C3%A9" {
		t.Error(got)
	}
	if got := WebUtilityUrlDecode("a+b%26c%3dd%2F%C3%A9%zz"); got != "a b&c=d/é%zz" {
		t.Error(got)
	}
	if got := WebUtilityHtmlEncode(`<a href="x">'é'&</a>`); got != "&lt;a href=&quot;x&quot;&gt;&#39;&#233;&#39;&amp;&lt;/a&gt;" {
		t.Error(got)
	}
	if got := WebUtilityHtmlDecode("&lt;&#39;&#x41;&amp;&bogus;"); got != "<'A&&bogus;" {
		t.Error(got)
	}
}

func TestIdentityBasic(t *testing.T) {
	id := NewHttpListenerBasicIdentity("bob", "s3cret")
	if id.Name() != "bob" || id.Password() != "s3cret" || id.AuthenticationType() != "Basic" || !id.IsAuthenticated() {
		t.Errorf("%+v", id)
	}
}
