// Tests for HttpUtility. Expected values are .NET Core's; the Mono 6.8
// oracle (System.Web 4.0) agrees except where a comment says otherwise.

package web

import (
	"strings"
	"testing"
)

func TestUrlEncode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a b&c=d/é?x", "a+b%26c%3dd%2f%c3%a9%3fx"},
		{"Hello, World!", "Hello%2c+World!"},
		{"~-_.!*()'", "%7e-_.!*()%27"},
		{"日本", "%e6%97%a5%e6%9c%ac"},
		{"\r\n\t", "%0d%0a%09"},
		{"a+b", "a%2bb"},
		{"%", "%25"},
		{"😀", "%f0%9f%98%80"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HttpUtilityUrlEncode(tt.in); got != tt.want {
			t.Errorf("UrlEncode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUrlDecode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a+b%20c", "a b c"},
		{"%e6%97%a5", "日"},
		{"%zz%4", "%zz%4"},
		{"%u0041%u00e9", "Aé"}, // Mono: "A\uFFFD" (a Mono bug)
		{"%ud83d%ude00", "😀"},
		{"%", "%"},
		{"a%2", "a%2"},
		{"%C3", "\uFFFD"},
		{"%C3%A9+%41", "é A"},
		{"%e2%82", "\uFFFD"}, // one maximal subpart, one replacement
		{"%ff", "\uFFFD"},
		{"é%41", "éA"}, // Mono: "\uFFFDA" (a Mono bug)
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := HttpUtilityUrlDecode(tt.in); got != tt.want {
			t.Errorf("UrlDecode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUrlPathEncode(t *testing.T) {
	tests := []struct{ in, want string }{
		// .NET Core keeps the query as written; Mono encodes it too.
		{"/a b/é?q=a b", "/a%20b/%c3%a9?q=a b"},
		{"http://host/a b?x y#f g", "http://host/a%20b?x y#f g"},
		{"a b#c d", "a%20b#c%20d"},
		{"http://host", "http://host"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HttpUtilityUrlPathEncode(tt.in); got != tt.want {
			t.Errorf("UrlPathEncode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHtmlEncode(t *testing.T) {
	tests := []struct{ in, want, wantAttr string }{
		{`<a href="x">'&'</a>`, "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;", "&lt;a href=&quot;x&quot;>&#39;&amp;&#39;&lt;/a>"},
		{"é©\u00a0", "&#233;&#169;&#160;", "é©\u00a0"},
		{"😀", "&#128512;", "😀"}, // Mono leaves the emoji; .NET Core encodes non-BMP characters
		{"plain", "plain", "plain"},
	}
	for _, tt := range tests {
		if got := HttpUtilityHtmlEncode(tt.in); got != tt.want {
			t.Errorf("HtmlEncode(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := HttpUtilityHtmlAttributeEncode(tt.in); got != tt.wantAttr {
			t.Errorf("HtmlAttributeEncode(%q) = %q, want %q", tt.in, got, tt.wantAttr)
		}
	}
}

func TestHtmlDecode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"&lt;&gt;&amp;&quot;&#39;&apos;", `<>&"''`}, // Mono keeps &apos;; .NET Core's table has it
		{"&#65;&#x42;&#X43;", "ABC"},
		{"&nbsp;&copy;&euro;", "\u00a0©€"},
		{"&bogus; &amp &#xZZ; &#1114112; &#55296;", "&bogus; &amp &#xZZ; &#1114112; &#55296;"},
		{"&#128512;", "😀"},
		{"a & b", "a & b"},
		{"&&amp;", "&&"},
		{"&#;&#x;", "&#;&#x;"},
		{"&# 65;&#+66;", "AB"}, // uint.TryParse with NumberStyles.Integer
		{"&AMP;", "&AMP;"},     // names are case-sensitive
		{"no entities", "no entities"},
	}
	for _, tt := range tests {
		if got := HttpUtilityHtmlDecode(tt.in); got != tt.want {
			t.Errorf("HtmlDecode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if len(htmlEntities) != 253 {
		t.Errorf("%d entities, want WebUtility's 253", len(htmlEntities))
	}
	for name, r := range htmlEntities {
		enc := "&" + name + ";"
		if got := HttpUtilityHtmlDecode(enc); got != string(r) {
			t.Errorf("HtmlDecode(%q) = %q", enc, got)
		}
	}
}

func TestJavaScriptStringEncode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"he said \"hi\"\n", `he said \"hi\"\n`},
		// .NET Core also encodes '&'; Mono does not.
		{"<script>&'</script>", `\u003cscript\u003e\u0026\u0027\u003c/script\u003e`},
		{"\u2028\u0085\b\f\u0001\\", `\u2028\u0085\b\f\u0001\\`},
		{"é😀", "é😀"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HttpUtilityJavaScriptStringEncode(tt.in); got != tt.want {
			t.Errorf("JavaScriptStringEncode(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := HttpUtilityJavaScriptStringEncodeQuotes(tt.in, true); got != `"`+tt.want+`"` {
			t.Errorf("JavaScriptStringEncode(%q, true) = %q", tt.in, got)
		}
	}
}

func TestParseQueryString(t *testing.T) {
	// Each entry renders as {key=value} in AllKeys order, <null> for the
	// null key, values of one key joined by ',' as the indexer does.
	tests := []struct {
		in    string
		count int32
		want  string
	}{
		{"?a=1&b=2&a=3", 2, "{a=1,3} {b=2}"},
		{"a=1&", 2, "{a=1} {<null>=}"},
		{"x&y=2&&=5", 3, "{<null>=x,} {y=2} {=5}"},
		{"", 0, ""},
		{"?", 0, ""},
		{"n=a+b%20c&N=d", 1, "{n=a b c,d}"},
		{"=v", 1, "{=v}"},
		{"k=v=w", 1, "{k=v=w}"},
		{"q=%e6%97%a5%u00e9", 1, "{q=日é}"},
	}
	for _, tt := range tests {
		c := HttpUtilityParseQueryString(tt.in)
		var parts []string
		for i := range c.Count() {
			key := c.GetKey(i)
			if c.KeyIsNull(i) {
				key = "<null>"
			}
			parts = append(parts, "{"+key+"="+c.GetIndex(i)+"}")
		}
		if got := strings.Join(parts, " "); c.Count() != tt.count || got != tt.want {
			t.Errorf("ParseQueryString(%q) = %d: %s, want %d: %s", tt.in, c.Count(), got, tt.count, tt.want)
		}
	}
	if got := HttpUtilityParseQueryString("Name=x").Get("name"); got != "x" {
		t.Errorf("lookup is not case-insensitive: %q", got)
	}
}
