// This file checks the embedded samples themselves: every sample has a
// description, a script that parses and is complete, and follows the
// conventions README.md promises (port from args[0], loopback prefix).

package samples

import (
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestSamplesAreComplete(t *testing.T) {
	list := List()
	if len(list) < 24 {
		t.Errorf("List() has %d samples, want at least 24", len(list))
	}
	prefix := regexp.MustCompile(`"http://(localhost|127\.0\.0\.1):`)
	hostHeader := regexp.MustCompile(`(?i)\nhost:`)
	for _, s := range list {
		if s.Description == "" {
			t.Errorf("%s: Program.cs does not start with %q", s.Name, descriptionPrefix)
		}
		src := string(s.Program())
		if !strings.Contains(src, "args[0]") {
			t.Errorf("%s: Program.cs does not take the port from args[0]", s.Name)
		}
		if !prefix.MatchString(src) {
			t.Errorf("%s: Program.cs does not listen on a localhost or 127.0.0.1 prefix", s.Name)
		}
		script, err := s.Script()
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if len(script.Exchanges) == 0 {
			t.Errorf("%s: script has no exchanges", s.Name)
		}
		if strings.TrimSpace(script.Comment) == "" {
			t.Errorf("%s: script has no comment saying what it checks", s.Name)
		}
		for i, ex := range script.Exchanges {
			if ex.Response.StatusCode() == 0 && ex.Response.Error == "" {
				t.Errorf("%s: exchange %d still has a placeholder response", s.Name, i+1)
			}
			// A missing Host is a mistake unless the exchange is about it
			// (the listener's 400, spec item 47).
			if !hostHeader.Match(ex.Request) && !strings.Contains(string(ex.Request), "HTTP/1.0") && ex.Response.StatusCode() != 400 {
				t.Errorf("%s: exchange %d: an HTTP/1.1 request needs a Host header", s.Name, i+1)
			}
		}
		if _, err := fs.Stat(s.FS(), "script.txtar"); err != nil {
			t.Errorf("%s: FS(): %v", s.Name, err)
		}
	}
	if _, ok := Lookup("keepalive"); !ok {
		t.Error(`Lookup("keepalive") failed`)
	}
	if _, ok := Lookup("no-such-sample"); ok {
		t.Error(`Lookup("no-such-sample") succeeded`)
	}
}

// TestMonoDifferencesDocumented keeps mono-differences.md and the
// translation table in step: each translation has a "## id" section, and
// each section names a translation or says how it is handled otherwise.
func TestMonoDifferencesDocumented(t *testing.T) {
	doc, err := os.ReadFile("mono-differences.md")
	if err != nil {
		t.Fatal(err)
	}
	headings := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^## (\S+)`).FindAllStringSubmatch(string(doc), -1) {
		headings[m[1]] = true
	}
	for _, d := range monoDifferences {
		if !headings[d.id] {
			t.Errorf("mono-differences.md has no section \"## %s\"", d.id)
		}
		delete(headings, d.id)
	}
	// Differences handled without a translation function.
	for _, id := range []string{"header-order", "server-header", "csharp-language-version", "no-system-web"} {
		if !headings[id] {
			t.Errorf("mono-differences.md has no section \"## %s\"", id)
		}
		delete(headings, id)
	}
	for id := range headings {
		t.Errorf("mono-differences.md section %q matches no translation", id)
	}
}
