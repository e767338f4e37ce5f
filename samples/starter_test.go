// This file tests the starter servers (starter.go): the listing, the
// directory policy of WriteStarter, the generated wire test against a
// hand-written raw-TCP server (it must pass when the server sends .NET's
// bytes and fail when it does not), and, end to end, a keepalive starter made
// with the real cs2go binary whose own `go test` must pass.

package samples

import (
	"errors"
	"go/ast"
	"go/parser"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestListText(t *testing.T) {
	text := ListText()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	list := List()
	if len(lines) != len(list) {
		t.Fatalf("ListText has %d lines for %d samples:\n%s", len(lines), len(list), text)
	}
	defaults := 0
	for i, s := range list {
		if !strings.HasPrefix(lines[i], s.Name+" ") || !strings.Contains(lines[i], s.Description) {
			t.Errorf("line %d = %q, want the name %s and its description", i+1, lines[i], s.Name)
		}
		if strings.HasSuffix(lines[i], "(default)") {
			defaults++
			if s.Name != DefaultStarter {
				t.Errorf("%s is marked as the default, want %s", s.Name, DefaultStarter)
			}
		}
		// The descriptions start in one column.
		if col := strings.Index(lines[i], s.Description); col != strings.Index(lines[0], list[0].Description) {
			t.Errorf("line %d: description starts at column %d, not aligned with line 1", i+1, col)
		}
	}
	if defaults != 1 {
		t.Errorf("%d lines marked (default), want 1:\n%s", defaults, text)
	}
	if _, ok := Lookup(DefaultStarter); !ok {
		t.Errorf("DefaultStarter %q is not a sample", DefaultStarter)
	}
}

func TestWriteStarterRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, _ := Lookup(DefaultStarter)
	called := false
	err := WriteStarter(dir, s, func(string, []byte, string) error { called = true; return nil })
	if err == nil || !strings.Contains(err.Error(), "is not empty") {
		t.Errorf("WriteStarter into a non-empty directory: err = %v, want an \"is not empty\" error", err)
	}
	if called {
		t.Error("translate was called for a non-empty directory")
	}
	if data, err := os.ReadFile(filepath.Join(dir, "keep.txt")); err != nil || string(data) != "mine" {
		t.Errorf("the existing file was touched: %q, %v", data, err)
	}
}

func TestWriteStarterUndoesFailedTranslation(t *testing.T) {
	s, _ := Lookup(DefaultStarter)
	failing := func(name string, src []byte, dir string) error {
		os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module half\n"), 0o644)
		return errors.New("cannot translate")
	}
	created := filepath.Join(t.TempDir(), "new")
	if err := WriteStarter(created, s, failing); err == nil || !strings.Contains(err.Error(), "cannot translate") {
		t.Errorf("err = %v, want the translate error", err)
	}
	if _, err := os.Stat(created); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the directory WriteStarter created is still there after the failure (%v)", err)
	}
	empty := t.TempDir()
	WriteStarter(empty, s, failing)
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("the empty directory holds %d entries after the failure, want 0", len(entries))
	}
}

// fakeTranslation stands in for cs2go: a stdlib-only module whose server
// answers every request with the given raw response head and body, then
// closes the connection.
func fakeTranslation(head, body string) func(name string, src []byte, dir string) error {
	return func(name string, src []byte, dir string) error {
		if name != StarterProgram || !strings.Contains(string(src), "// Sample:") {
			return errors.New("translate called without the sample's program")
		}
		main := `package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:"+os.Args[1])
	if err != nil {
		panic(err)
	}
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			br := bufio.NewReader(c)
			for {
				line, err := br.ReadString('\n')
				if err != nil {
					return
				}
				if line == "\r\n" {
					break
				}
			}
			fmt.Fprintf(c, HEAD, time.Now().UTC().Format(time.RFC1123), len(BODY), BODY)
		}()
	}
}
`
		main = strings.ReplaceAll(main, "HEAD", strconv.Quote(head))
		main = strings.ReplaceAll(main, "BODY", strconv.Quote(body))
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module starter\n\ngo 1.26\n"), 0o644); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o644)
	}
}

// keepAliveHead is what managed .NET sends for the keepalive sample (the
// Date value is filled in by the fake server).
const keepAliveHead = "HTTP/1.1 200 OK\r\nServer: Microsoft-NetCore/2.0\r\nDate: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"

// goInModule runs the go command in a scaffolded module, offline.
func goInModule(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = generatedModuleEnv()
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestWriteStarterWithFakeServer(t *testing.T) {
	s, _ := Lookup(DefaultStarter)
	dir := filepath.Join(t.TempDir(), "ka")
	if err := WriteStarter(dir, s, fakeTranslation(keepAliveHead, "<HTML><BODY> Hello world!</BODY></HTML>")); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"go.mod", "main.go", StarterProgram, StarterReadme, StarterTest} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the starter lacks %s: %v", f, err)
		}
	}
	if src, _ := os.ReadFile(filepath.Join(dir, StarterProgram)); string(src) != string(s.Program()) {
		t.Errorf("%s is not the sample's Program.cs", StarterProgram)
	}
	readme, _ := os.ReadFile(filepath.Join(dir, StarterReadme))
	for _, want := range []string{s.Description, "go run . 8080", "curl -i http://localhost:8080/", "go test", StarterProgram} {
		if !strings.Contains(string(readme), want) {
			t.Errorf("%s does not mention %q", StarterReadme, want)
		}
	}
	if out, err := goInModule(dir, "vet", "./..."); err != nil {
		t.Fatalf("go vet in the starter: %v\n%s", err, out)
	}
	if out, err := goInModule(dir, "test", "-count=1", "."); err != nil {
		t.Fatalf("the starter's test fails against a server that sends .NET's bytes: %v\n%s", err, out)
	}

	// The same test must notice a server that differs: here by a header
	// .NET does not send.
	wrong := strings.Replace(keepAliveHead, "Connection: close", "Connection: close\r\nX-Extra: 1", 1)
	if err := fakeTranslation(wrong, "<HTML><BODY> Hello world!</BODY></HTML>")("PROGRAM.cs", s.Program(), dir); err != nil {
		t.Fatal(err)
	}
	out, err := goInModule(dir, "test", "-count=1", ".")
	if err == nil {
		t.Fatalf("the starter's test passes against a server that sends an extra header:\n%s", out)
	}
	if !strings.Contains(out, `first difference: line 6: want "", got "X-Extra: 1"`) {
		t.Errorf("the failure does not point at the extra header:\n%s", out)
	}
}

// TestStarterEndToEnd makes the default starter with the real cs2go binary,
// as `cs2go new DIR` will, and runs the starter's own test. It fails, never
// skips, when cs2go cannot translate the sample.
func TestStarterEndToEnd(t *testing.T) {
	cs2go, err := cs2goBinary()
	if err != nil {
		t.Fatal(err)
	}
	// What the CLI's translate does: the same as cs2go -o DIR FILE.cs.
	translate := func(name string, src []byte, dir string) error {
		file := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(file, src, 0o644); err != nil {
			return err
		}
		out, err := exec.Command(cs2go, "-o", dir, file).CombinedOutput()
		if err != nil {
			return errors.New(strings.TrimSpace(string(out)))
		}
		return nil
	}
	s, _ := Lookup(DefaultStarter)
	dir := filepath.Join(t.TempDir(), s.Name)
	if err := WriteStarter(dir, s, translate); err != nil {
		t.Fatalf("cs2go cannot make the %s starter: %v", s.Name, err)
	}
	if out, err := goInModule(dir, "test", "-count=1", "."); err != nil {
		t.Fatalf("go test in the %s starter: %v\n%s", s.Name, err, out)
	}
}

// TestStarterTestRendersForEverySample renders StarterTest for every sample:
// `cs2go new --from` accepts any of them, and the script's bytes (escapes,
// non-ASCII bodies, bare LFs) must become Go literals that decode to the
// same bytes.
func TestStarterTestRendersForEverySample(t *testing.T) {
	for _, s := range List() {
		script, err := s.Script()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := starterTest(s, script); err != nil {
			t.Errorf("%s: %v", s.Name, err)
		}
		for i, e := range script.Exchanges {
			for _, text := range []string{string(e.Request), FormatResponse(&e.Response)} {
				if got := evalGoString(t, goLines(text)); got != text {
					t.Errorf("%s exchange %d: goLines(%q) decodes to %q", s.Name, i+1, text, got)
				}
			}
		}
	}
}

// evalGoString evaluates a concatenation of Go string literals.
func evalGoString(t *testing.T, expr string) string {
	x, err := parser.ParseExpr(expr)
	if err != nil {
		t.Fatalf("%q: %v", expr, err)
	}
	var b strings.Builder
	ast.Inspect(x, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok {
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", lit.Value, err)
			}
			b.WriteString(s)
		}
		return true
	})
	return b.String()
}
