// Live check of the expected values against Mono's System.Web, when Mono is
// installed: the tables above hold .NET Core's values, and every case not
// marked as a known Mono difference must match what Mono prints.

package web

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// monoDiffers lists function/input pairs where Mono 6.8 and .NET Core
// disagree; the tables keep .NET Core's value.

var monoDiffers = map[string]bool{
	"UrlDecode:%u0041%u00e9": true, "UrlDecode:%ud83d%ude00": true, "UrlDecode:é%41": true,
	"UrlPathEncode:/a b/é?q=a b": true, "UrlPathEncode:http://host/a b?x y#f g": true,
	"HtmlEncode:😀": true, "HtmlDecode:&lt;&gt;&amp;&quot;&#39;&apos;": true,
	"HtmlDecode:&bogus; &amp &#xZZ; &#1114112; &#55296;": true, "HtmlDecode:&#128512;": true,
	"HtmlDecode:&# 65;&#+66;":                    true,
	"JavaScriptStringEncode:<script>&'</script>": true, "JavaScriptStringEncode:\u2028\u0085\b\f\u0001\\": true,
}

// csLiteral writes s as a C# string literal using \u escapes only.
func csLiteral(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "\\u%04x", u)
	}
	sb.WriteByte('"')
	return sb.String()
}

// utf16Hex renders s as its UTF-16 code units, as the C# side prints them.
func utf16Hex(s string) string {
	var parts []string
	for _, u := range utf16.Encode([]rune(s)) {
		parts = append(parts, fmt.Sprintf("%04x", u))
	}
	return strings.Join(parts, " ")
}

func TestMonoOracle(t *testing.T) {
	mcs, err := exec.LookPath("mcs")
	if err != nil {
		if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
			t.Fatal("mcs not on PATH and CS2GO_REQUIRE_MONO=1")
		}
		t.Skip("mcs not on PATH: the committed tables are used alone")
	}
	type check struct{ fn, in, want string }
	var checks []check
	add := func(fn, in, want string) {
		if !monoDiffers[fn+":"+in] {
			checks = append(checks, check{fn, in, want})
		}
	}
	for _, c := range []struct{ in, want string }{{"a b&c=d/é?x", HttpUtilityUrlEncode("a b&c=d/é?x")}, {"~-_.!*()'", HttpUtilityUrlEncode("~-_.!*()'")}, {"😀", HttpUtilityUrlEncode("😀")}} {
		add("UrlEncode", c.in, c.want)
	}
	for _, in := range []string{"a+b%20c", "%e6%97%a5", "%zz%4", "%u0041%u00e9", "%ud83d%ude00", "a%2", "%C3", "%C3%A9+%41", "%e2%82", "%ff", "é%41"} {
		add("UrlDecode", in, HttpUtilityUrlDecode(in))
	}
	for _, in := range []string{"/a b/é?q=a b", "http://host/a b?x y#f g", "a b#c d"} {
		add("UrlPathEncode", in, HttpUtilityUrlPathEncode(in))
	}
	for _, in := range []string{`<a href="x">'&'</a>`, "é©\u00a0", "😀"} {
		add("HtmlEncode", in, HttpUtilityHtmlEncode(in))
		add("HtmlAttributeEncode", in, HttpUtilityHtmlAttributeEncode(in))
	}
	for _, in := range []string{"&lt;&gt;&amp;&quot;&#39;&apos;", "&#65;&#x42;&#X43;", "&nbsp;&copy;&euro;",
		"&bogus; &amp &#xZZ; &#1114112; &#55296;", "&#128512;", "a & b", "&&amp;", "&#;&#x;", "&# 65;&#+66;", "&AMP;"} {
		add("HtmlDecode", in, HttpUtilityHtmlDecode(in))
	}
	for _, in := range []string{"he said \"hi\"\n", "<script>&'</script>", "\u2028\u0085\b\f\u0001\\"} {
		add("JavaScriptStringEncode", in, HttpUtilityJavaScriptStringEncode(in))
	}

	var src strings.Builder
	src.WriteString("using System; using System.Web;\nclass P {\n" +
		"static void O(string s) { var p = new System.Collections.Generic.List<string>(); foreach (char c in s) p.Add(((int)c).ToString(\"x4\")); Console.WriteLine(string.Join(\" \", p)); }\n" +
		"static void Main() {\n")
	for _, c := range checks {
		fmt.Fprintf(&src, "O(HttpUtility.%s(%s));\n", c.fn, csLiteral(c.in))
	}
	src.WriteString("}}\n")
	dir := t.TempDir()
	cs := filepath.Join(dir, "oracle.cs")
	if err := os.WriteFile(cs, []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "oracle.exe")
	if out, err := exec.Command(mcs, "-r:System.Web", "-out:"+exe, cs).CombinedOutput(); err != nil {
		if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
			t.Fatalf("mcs failed: %v\n%s", err, out)
		}
		t.Skipf("mcs cannot build against System.Web (package libmono-system-web4.0-cil missing?): %s", out)
	}
	out, err := exec.Command("mono", exe).Output()
	if err != nil {
		t.Fatalf("mono: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(checks) {
		t.Fatalf("mono printed %d lines, want %d", len(lines), len(checks))
	}
	for i, c := range checks {
		if want := utf16Hex(c.want); strings.TrimSpace(lines[i]) != want {
			t.Errorf("%s(%q): Mono %s, table %s", c.fn, c.in, lines[i], want)
		}
	}
}
