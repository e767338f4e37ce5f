// FuzzTranslate: any input yields diagnostics, or Go that parses and is
// gofmt-stable; the translator never panics (a recovered panic would show
// as an "internal error" diagnostic, which the fuzzer reports).

package gen

import (
	"bytes"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/mapper"
)

func FuzzTranslate(f *testing.F) {
	seeds, _ := filepath.Glob("../samples/*/Program.cs")
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("class P { static void Main() { int x = 1 << 2 + 3; System.Console.WriteLine(x); } }"))
	f.Fuzz(func(t *testing.T, src []byte) {
		res := Translate("fuzz.cs", src, Options{})
		for _, d := range res.Diags {
			if d.Severity == mapper.Internal {
				t.Fatalf("internal error: %v", d)
			}
			if !strings.HasPrefix(d.String(), "fuzz.cs:") {
				t.Fatalf("diagnostic without position: %v", d)
			}
		}
		if res.Go == nil {
			if len(res.Diags) == 0 {
				t.Fatal("no output and no diagnostics")
			}
			return
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "out.go", res.Go, 0); err != nil {
			t.Fatalf("output does not parse: %v\n%s", err, res.Go)
		}
		if out, err := format.Source(res.Go); err != nil || !bytes.Equal(out, res.Go) {
			t.Fatalf("output not gofmt-stable: %v", err)
		}
	})
}
