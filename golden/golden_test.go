// Golden tests: each testdata/*.txtar holds `-- input.cs --`, the expected
// `-- want.go --` and, when there are any, the expected `-- diagnostics --`;
// testdata/samples/NAME.txtar holds the same for samples/NAME/Program.cs.
// `go test ./golden -update` rewrites them. Every output is re-parsed, must
// be gofmt-stable, and all of them are built and vetted in one temporary
// module against runtime/.

package golden

import (
	"bytes"
	"flag"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/gen"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenCase is one translated input.
type goldenCase struct {
	name    string // directory name in the build module
	archive string // path of the txtar file
	input   string // C# file name as diagnostics show it
	src     []byte
	// inArchive: the input is the archive's input.cs (else a sample file).
	inArchive bool
}

func loadCases(t *testing.T) []goldenCase {
	t.Helper()
	var cases []goldenCase
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range files {
		a, err := parseTxtarFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var src []byte
		found := false
		for _, file := range a.Files {
			if file.Name == "input.cs" {
				src, found = file.Data, true
			}
		}
		if !found {
			t.Errorf("%s: orphaned golden: no input.cs section", f)
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		cases = append(cases, goldenCase{name: "case_" + goIdent(name), archive: f, input: "input.cs", src: src, inArchive: true})
	}
	samples, _ := filepath.Glob("../samples/*/Program.cs")
	have := map[string]bool{}
	for _, s := range samples {
		name := filepath.Base(filepath.Dir(s))
		have[name] = true
		src, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, goldenCase{name: "sample_" + goIdent(name), archive: filepath.Join("testdata", "samples", name+".txtar"),
			input: "Program.cs", src: src})
	}
	orphans, _ := filepath.Glob("testdata/samples/*.txtar")
	for _, o := range orphans {
		if !have[strings.TrimSuffix(filepath.Base(o), ".txtar")] {
			t.Errorf("%s: orphaned golden: samples/%s no longer exists", o, strings.TrimSuffix(filepath.Base(o), ".txtar"))
		}
	}
	return cases
}

func goIdent(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, s)
}

func diagText(res gen.Result) string {
	var sb strings.Builder
	for _, d := range res.Diags {
		sb.WriteString(d.String())
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TestGolden compares every translation with its golden file and checks
// that the output is valid, gofmt-stable Go.
func TestGolden(t *testing.T) {
	for _, c := range loadCases(t) {
		t.Run(c.name, func(t *testing.T) {
			res := gen.Translate(c.input, c.src, gen.Options{})
			got := map[string]string{"want.go": string(res.Go), "diagnostics": diagText(res)}
			if res.Go != nil {
				checkGo(t, res.Go)
			}
			if *update {
				writeArchive(t, c, got)
				return
			}
			a, err := parseTxtarFile(c.archive)
			if err != nil {
				t.Fatalf("%v (run go test ./golden -update)", err)
			}
			want := map[string]string{"want.go": "", "diagnostics": ""}
			for _, f := range a.Files {
				if f.Name != "input.cs" {
					want[f.Name] = string(f.Data)
				}
			}
			for _, sec := range []string{"want.go", "diagnostics"} {
				if d := cmp.Diff(want[sec], got[sec]); d != "" {
					t.Errorf("%s: %s is stale (-want +got):\n%s", c.archive, sec, d)
				}
			}
		})
	}
}

// checkGo re-parses generated code and checks gofmt stability.
func checkGo(t *testing.T, src []byte) {
	t.Helper()
	if _, err := parser.ParseFile(token.NewFileSet(), "main.go", src, parser.ParseComments); err != nil {
		t.Errorf("output does not parse: %v", err)
		return
	}
	f, err := format.Source(src)
	if err != nil || !bytes.Equal(f, src) {
		t.Errorf("output is not gofmt-stable (err %v)", err)
	}
}

func writeArchive(t *testing.T, c goldenCase, got map[string]string) {
	t.Helper()
	a := &txtarArchive{}
	if old, err := parseTxtarFile(c.archive); err == nil {
		a.Comment = old.Comment
	}
	if c.inArchive {
		a.Files = append(a.Files, txtarFile{Name: "input.cs", Data: c.src})
	}
	a.Files = append(a.Files, txtarFile{Name: "want.go", Data: []byte(got["want.go"])})
	if got["diagnostics"] != "" {
		a.Files = append(a.Files, txtarFile{Name: "diagnostics", Data: []byte(got["diagnostics"])})
	}
	if err := os.MkdirAll(filepath.Dir(c.archive), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.archive, formatTxtar(a), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGoldensBuild builds and vets every translation against runtime/ in
// one temporary module (one go build and one go vet for speed). vet's
// unreachable check is off: an unsupported statement is a panic followed
// by the statements the program goes on with.
func TestGoldensBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every golden; skipped in -short mode")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := "module goldens\n\ngo 1.26\n\nrequire github.com/cs2go/cs2go v0.0.0\n\nreplace github.com/cs2go/cs2go => " + root + "\n"
	write(t, filepath.Join(dir, "go.mod"), gomod)
	if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
		write(t, filepath.Join(dir, "go.sum"), string(sum))
	}
	var names []string
	for _, c := range loadCases(t) {
		res := gen.Translate(c.input, c.src, gen.Options{})
		if res.Go == nil {
			continue // syntax-error cases have no output
		}
		write(t, filepath.Join(dir, c.name, "main.go"), string(res.Go))
		names = append(names, c.name)
	}
	sort.Strings(names)
	for _, args := range [][]string{{"build", "-o", os.DevNull, "./..."}, {"vet", "-unreachable=false", "./..."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("go %s failed over %d goldens: %v\n%s", args[0], len(names), err, out)
		}
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
