// Hostile inputs through the whole pipeline: parse, map, generate.

package hardening

import (
	"bytes"
	"fmt"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/mapper"
	csparser "github.com/cs2go/cs2go/parser"
)

// outcome is what the pipeline made of an input: diagnostics, or Go.
type outcome struct {
	diags []string
	goSrc []byte
}

// positioned matches `file.cs:line:col: message`.
var positioned = regexp.MustCompile(`^[^:\n]+\.cs:\d+:\d+: \S`)

// translate runs the pipeline within a time bound; a hang fails the test.
func translate(t *testing.T, name string, src []byte, limit time.Duration) outcome {
	t.Helper()
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		cu, err := csparser.Parse(name, src)
		if err != nil {
			o.diags = strings.Split(strings.TrimSpace(err.Error()), "\n")
			done <- o
			return
		}
		f, diags := mapper.Map(cu)
		for _, d := range diags {
			if d.Severity != mapper.Unsupported {
				o.diags = append(o.diags, d.String())
			}
		}
		if len(o.diags) > 0 {
			done <- o
			return
		}
		out, err := gen.Generate(f, gen.Options{})
		if err != nil {
			o.diags = []string{name + ":1:1: gen: " + err.Error()}
		}
		o.goSrc = out
		done <- o
	}()
	select {
	case o := <-done:
		return o
	case <-time.After(limit):
		t.Fatalf("%s: translation still running after %v", name, limit)
		return outcome{}
	}
}

// check asserts the outcome is a positioned diagnostic or Go that parses
// and is gofmt-stable.
func check(t *testing.T, name string, o outcome) {
	t.Helper()
	if len(o.diags) > 0 {
		for _, d := range o.diags {
			if !positioned.MatchString(d) {
				t.Errorf("%s: diagnostic not positioned as file.cs:line:col: %q", name, d)
			}
		}
		return
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "out.go", o.goSrc, parser.SkipObjectResolution); err != nil {
		t.Errorf("%s: generated Go does not parse: %v", name, err)
		return
	}
	formatted, err := format.Source(o.goSrc)
	if err != nil || !bytes.Equal(formatted, o.goSrc) {
		t.Errorf("%s: generated Go is not gofmt-stable", name)
	}
}

func sampleSources(t *testing.T) map[string][]byte {
	files, _ := filepath.Glob("../../samples/*/Program.cs")
	if len(files) == 0 {
		t.Fatal("no samples found")
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(filepath.Dir(f))] = b
	}
	return out
}

// TestTruncatedSamples cuts every sample at every 50th byte.
func TestTruncatedSamples(t *testing.T) {
	for name, src := range sampleSources(t) {
		for cut := 0; cut < len(src); cut += 50 {
			label := fmt.Sprintf("%s@%d", name, cut)
			check(t, label, translate(t, name+".cs", src[:cut], 10*time.Second))
		}
	}
}

const program = "class P {\n    static void Main(string[] args) {\n        %s\n    }\n}\n"

func TestDeepNesting(t *testing.T) {
	expr := strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000)
	src := fmt.Sprintf(program, "int x = "+expr+";")
	o := translate(t, "deep.cs", []byte(src), 20*time.Second)
	if len(o.diags) == 0 {
		t.Fatal("10,000 nested parentheses: expected a positioned nesting diagnostic")
	}
	check(t, "deep", o)
}

func TestHugeStringLiteral(t *testing.T) {
	lit := strings.Repeat("x", 1<<20)
	src := fmt.Sprintf(program, `string s = "`+lit+`"; System.Console.WriteLine(s.Length);`)
	o := translate(t, "huge.cs", []byte(src), 30*time.Second)
	check(t, "huge", o)
	if len(o.diags) == 0 && !bytes.Contains(o.goSrc, []byte(lit)) {
		t.Error("the 1 MB literal did not reach the output")
	}
}

// TestInvalidUTF8: the C# compiler decodes invalid UTF-8 as U+FFFD, so the
// right outcome is either a positioned diagnostic or a translation whose
// literal holds U+FFFD where the bad bytes were.
func TestInvalidUTF8(t *testing.T) {
	src := fmt.Sprintf(program, "string s = \"a\xff\xfeb\"; System.Console.WriteLine(s);")
	o := translate(t, "utf8.cs", []byte(src), 10*time.Second)
	check(t, "utf8", o)
	if len(o.diags) > 0 {
		if !strings.HasPrefix(o.diags[0], "utf8.cs:3:") {
			t.Errorf("invalid UTF-8 reported at %q, want line 3", o.diags[0])
		}
		return
	}
	if !bytes.Contains(o.goSrc, []byte("\uFFFD")) && !bytes.Contains(o.goSrc, []byte(`\ufffd`)) {
		t.Errorf("invalid UTF-8 neither diagnosed nor replaced by U+FFFD:\n%s", o.goSrc)
	}
	if !utf8.Valid(o.goSrc) {
		t.Error("generated Go is not valid UTF-8")
	}
}

// TestInvalidUTF8InComment is the fuzz crasher FuzzTranslate/cafc81ff7ccae0ce:
// a comment with invalid UTF-8 must not make the Go output unformattable.
func TestInvalidUTF8InComment(t *testing.T) {
	src := "// caf\xe9\n" + fmt.Sprintf(program, "int x = 1; // \xff\xfe")
	o := translate(t, "comment.cs", []byte(src), 10*time.Second)
	check(t, "comment", o)
	if len(o.diags) == 0 && !utf8.Valid(o.goSrc) {
		t.Error("generated Go is not valid UTF-8")
	}
}

func TestNULByte(t *testing.T) {
	src := fmt.Sprintf(program, "int x = 1;\x00")
	o := translate(t, "nul.cs", []byte(src), 10*time.Second)
	if len(o.diags) == 0 {
		t.Fatal("NUL byte: expected a diagnostic")
	}
	check(t, "nul", o)
}

// TestLineEndingsAndBOM: a BOM is skipped; CRLF and lone CR count as line
// ends, so a diagnostic on line 3 says line 3 whatever the line ending.
func TestLineEndingsAndBOM(t *testing.T) {
	base := fmt.Sprintf(program, "int x = ;")
	for name, src := range map[string]string{
		"lf":   base,
		"crlf": strings.ReplaceAll(base, "\n", "\r\n"),
		"cr":   strings.ReplaceAll(base, "\n", "\r"),
		"bom":  "\ufeff" + base,
	} {
		o := translate(t, name+".cs", []byte(src), 10*time.Second)
		if len(o.diags) == 0 {
			t.Errorf("%s: `int x = ;` must be an error", name)
			continue
		}
		if !strings.HasPrefix(o.diags[0], name+".cs:3:") {
			t.Errorf("%s: diagnostic %q, want line 3", name, o.diags[0])
		}
	}
	good := fmt.Sprintf(program, "int x = 1;")
	for name, src := range map[string]string{"crlf-ok": strings.ReplaceAll(good, "\n", "\r\n"), "bom-ok": "\ufeff" + good} {
		o := translate(t, name+".cs", []byte(src), 10*time.Second)
		if len(o.diags) > 0 {
			t.Errorf("%s: %v", name, o.diags)
		}
		check(t, name, o)
	}
}

// TestHundredThousandLines translates a 100k-line program.
func TestHundredThousandLines(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("class P {\n    static void Main(string[] args) {\n        int total = 0;\n")
	for i := 0; i < 100000; i++ {
		fmt.Fprintf(&sb, "        total = total + %d;\n", i%10)
	}
	sb.WriteString("        System.Console.WriteLine(total);\n    }\n}\n")
	o := translate(t, "long.cs", []byte(sb.String()), 120*time.Second)
	if len(o.diags) > 0 {
		t.Fatalf("100k lines: %v", o.diags[:min(len(o.diags), 5)])
	}
	check(t, "long", o)
}
