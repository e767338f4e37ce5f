// This file implements the golden tests: every parser/testdata/*.txtar
// archive holds `-- input.cs --` and either `-- ast --` (the ast.Dump of
// the parse) or `-- errors --` (the diagnostics). `go test ./parser/...
// -update` rewrites the expected sections; a stale golden, a missing
// section or an unknown section fails.

package parser

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/parser/ast"
)

var update = flag.Bool("update", false, "rewrite the golden sections of parser/testdata/*.txtar")

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files in testdata")
	}
	// Orphans: anything else at the top of testdata is a mistake (a golden
	// saved under the wrong name); bench/ and fuzz/ hold other tests' data.
	entries, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() && (e.Name() == "bench" || e.Name() == "fuzz") || strings.HasSuffix(e.Name(), ".txtar") {
			continue
		}
		t.Errorf("testdata/%s: not a .txtar golden file", e.Name())
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			runGolden(t, file)
		})
	}
}

func runGolden(t *testing.T, file string) {
	if err := checkGolden(file, *update); err != nil {
		t.Error(err)
	}
}

// checkGolden compares (or, with update, rewrites) one archive.
func checkGolden(file string, update bool) error {
	ar, err := parseTxtarFile(file)
	if err != nil {
		return err
	}
	var input []byte
	sections := map[string]int{}
	for i, f := range ar.Files {
		if _, dup := sections[f.Name]; dup {
			return fmt.Errorf("%s: duplicate section %q", file, f.Name)
		}
		sections[f.Name] = i
		switch f.Name {
		case "input.cs":
			input = f.Data
		case "ast", "errors":
		default:
			return fmt.Errorf("%s: unknown section %q (want input.cs, ast or errors)", file, f.Name)
		}
	}
	if _, ok := sections["input.cs"]; !ok {
		return fmt.Errorf("%s: no input.cs section", file)
	}
	_, hasAST := sections["ast"]
	_, hasErrs := sections["errors"]
	if hasAST && hasErrs && !update {
		return fmt.Errorf("%s: has both ast and errors sections", file)
	}
	got, section := goldenOutput(input)
	if update {
		files := []txtarFile{ar.Files[sections["input.cs"]], {Name: section, Data: []byte(got)}}
		ar.Files = files
		return os.WriteFile(file, ar.format(), 0o644)
	}
	i, ok := sections[section]
	if !ok {
		return fmt.Errorf("%s: the parse produced %s, but the archive has no %q section (run go test ./parser/... -update):\n%s", file, section, section, got)
	}
	if d := cmp.Diff(string(ar.Files[i].Data), got); d != "" {
		return fmt.Errorf("%s: stale %s section (-want +got; run go test ./parser/... -update):\n%s", file, section, d)
	}
	return nil
}

// TestGoldenHarness checks that the harness itself rejects stale goldens,
// unknown sections and archives without input.
func TestGoldenHarness(t *testing.T) {
	dir := t.TempDir()
	for name, c := range map[string]struct{ archive, wantErr string }{
		"stale":   {"-- input.cs --\nx = 1;\n-- ast --\nCompilationUnit\n", "stale ast section"},
		"unknown": {"-- input.cs --\nx = 1;\n-- want.go --\n", "unknown section \"want.go\""},
		"noinput": {"-- ast --\n", "no input.cs section"},
		"kind":    {"-- input.cs --\nx = ;\n-- ast --\n", "no \"errors\" section"},
		"both":    {"-- input.cs --\nx = 1;\n-- ast --\n-- errors --\n", "both ast and errors"},
	} {
		file := filepath.Join(dir, name+".txtar")
		if err := os.WriteFile(file, []byte(c.archive), 0o644); err != nil {
			t.Fatal(err)
		}
		err := checkGolden(file, false)
		if err == nil || !strings.Contains(err.Error(), c.wantErr) {
			t.Errorf("%s: got %v, want an error containing %q", name, err, c.wantErr)
		}
	}
}

// goldenOutput parses input as "input.cs" and returns the expected section
// text and its name ("ast" or "errors").
func goldenOutput(input []byte) (got, section string) {
	cu, err := Parse("input.cs", input)
	if err != nil {
		return err.Error() + "\n", "errors"
	}
	return ast.Dump(cu), "ast"
}

// The txtar format (a comment, then `-- name --` sections) is read and
// written here: go-internal's txtar package needs golang.org/x/tools, which
// the module does not require.

type txtarFile struct {
	Name string
	Data []byte
}

type txtarArchive struct {
	Comment []byte
	Files   []txtarFile
}

func parseTxtarFile(file string) (*txtarArchive, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	ar := &txtarArchive{}
	var cur *txtarFile
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if name, ok := txtarMarker(line); ok {
			ar.Files = append(ar.Files, txtarFile{Name: name})
			cur = &ar.Files[len(ar.Files)-1]
			continue
		}
		if cur == nil {
			ar.Comment = append(ar.Comment, line...)
		} else {
			cur.Data = append(cur.Data, line...)
		}
	}
	return ar, nil
}

// txtarInputs returns the input.cs section of every archive matching glob
// (parser/testdata/*.txtar, the translator's golden files), by archive.
func txtarInputs(tb testing.TB, glob string) map[string][]byte {
	tb.Helper()
	files, _ := filepath.Glob(glob)
	inputs := map[string][]byte{}
	for _, file := range files {
		ar, err := parseTxtarFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "input.cs" {
				inputs[file] = f.Data
			}
		}
	}
	return inputs
}

func txtarMarker(line []byte) (string, bool) {
	l := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(l, "-- ") || !strings.HasSuffix(l, " --") || len(l) < 7 {
		return "", false
	}
	return strings.TrimSpace(l[3 : len(l)-3]), true
}

func (ar *txtarArchive) format() []byte {
	var b bytes.Buffer
	b.Write(ar.Comment)
	for _, f := range ar.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.Write(f.Data)
		if len(f.Data) > 0 && f.Data[len(f.Data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}
