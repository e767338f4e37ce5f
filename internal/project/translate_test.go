// End-to-end tests of whole projects: each testdata/*.txtar holds a
// project's files (.cs, .csproj, in folders), the expected Go (`want.go`)
// and diagnostics (`diagnostics`). The test loads the project as cs2go
// would (a folder, or the folder's .csproj), translates it with Translate,
// compares with the golden (`go test ./internal/project -update` rewrites
// it; a stale golden fails), then builds the output in a temporary module
// against this repository (go vet, go build) and exercises it:
//
//   - a program (entry point): started on a free port; every `request:`
//     line of the archive's comment is sent over raw TCP and the status and
//     body are checked; a final `stop:` request must end the process;
//   - a library: `go/main.go` from the archive, a tiny Go program, imports
//     the translated package and calls its exported functions; its output
//     must equal `go/output`.
//
// The library's package clause comes from Translate's stand-in rewrite of
// gen's `package main` (see setPackage) until gen.Options.Package exists.

package project

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/gen"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type txtarFile struct {
	Name string
	Data []byte
}

// parseTxtar reads the txtar format: a comment, then `-- name --` sections.
// (go-internal's txtar needs golang.org/x/tools, which go.mod lacks.)
func parseTxtar(data []byte) (comment []byte, files []txtarFile) {
	cur := &comment
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		s := string(line)
		if strings.HasPrefix(s, "-- ") && strings.HasSuffix(s, " --") && len(s) > 6 {
			files = append(files, txtarFile{Name: strings.TrimSpace(s[3 : len(s)-3])})
			cur = &files[len(files)-1].Data
			continue
		}
		*cur = append(append(*cur, line...), '\n')
	}
	return comment, files
}

func formatTxtar(comment []byte, files []txtarFile) []byte {
	var b bytes.Buffer
	b.Write(comment)
	for _, f := range files {
		fmt.Fprintf(&b, "-- %s --\n", f.Name)
		b.Write(f.Data)
		if len(f.Data) > 0 && f.Data[len(f.Data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// golden is one archive.
type golden struct {
	path     string
	comment  []byte
	files    []txtarFile
	inputs   []txtarFile // project files
	goFiles  []txtarFile // go/...: the Go program using a library
	dir      string      // `dir:` the project folder's name
	requests []request
}

type request struct {
	path, body string
	status     int
	stop       bool
}

func readGolden(t *testing.T, path string) *golden {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	g := &golden{path: path}
	g.comment, g.files = parseTxtar(data)
	for _, line := range strings.Split(string(g.comment), "\n") {
		key, val, ok := strings.Cut(line, ": ")
		switch {
		case !ok:
		case key == "dir":
			g.dir = val
		case key == "request" || key == "stop":
			// request: PATH STATUS BODY
			f := strings.SplitN(val, " ", 3)
			if len(f) < 3 {
				t.Fatalf("%s: bad request line %q", path, line)
			}
			st, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatal(err)
			}
			g.requests = append(g.requests, request{path: f[0], status: st, body: f[2], stop: key == "stop"})
		}
	}
	for _, f := range g.files {
		switch {
		case f.Name == "want.go" || f.Name == "diagnostics":
		case strings.HasPrefix(f.Name, "go/"):
			g.goFiles = append(g.goFiles, f)
		default:
			g.inputs = append(g.inputs, f)
		}
	}
	if g.dir == "" {
		t.Fatalf("%s: no `dir:` line in the comment", path)
	}
	return g
}

func (g *golden) section(name string) []byte {
	for _, f := range g.files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func (g *golden) setSection(name string, data []byte) {
	for i, f := range g.files {
		if f.Name == name {
			g.files[i].Data = data
			return
		}
	}
	if len(data) > 0 {
		g.files = append(g.files, txtarFile{Name: name, Data: data})
	}
}

// translateGolden writes the inputs to a folder, loads and translates it.
// File paths are made relative to the folder so goldens do not depend on
// the temporary directory.
func translateGolden(t *testing.T, g *golden) Result {
	t.Helper()
	dir := filepath.Join(t.TempDir(), g.dir)
	for _, f := range g.inputs {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range p.Files {
		rel, err := filepath.Rel(dir, p.Files[i].Path)
		if err != nil {
			t.Fatal(err)
		}
		p.Files[i].Path = filepath.ToSlash(rel)
	}
	return Translate(p, gen.Options{})
}

func TestGoldenProjects(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			g := readGolden(t, path)
			res := translateGolden(t, g)
			var diags strings.Builder
			for _, e := range res.ParseErrors {
				fmt.Fprintln(&diags, e)
			}
			for _, d := range res.Diags {
				fmt.Fprintln(&diags, d)
			}
			if *update {
				g.setSection("want.go", res.Go)
				g.setSection("diagnostics", []byte(diags.String()))
				if err := os.WriteFile(path, formatTxtar(g.comment, g.files), 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				if diff := cmp.Diff(string(g.section("want.go")), string(res.Go)); diff != "" {
					t.Errorf("Go output differs from want.go (-want +got); run go test ./internal/project -update:\n%s", diff)
				}
				if diff := cmp.Diff(string(g.section("diagnostics")), diags.String()); diff != "" {
					t.Errorf("diagnostics differ (-want +got):\n%s", diff)
				}
			}
			if res.Go == nil {
				t.Fatal("no Go output")
			}
			if testing.Short() {
				t.Skip("building and running the translation (-short)")
			}
			buildAndExercise(t, g, res)
		})
	}
}

// buildAndExercise builds the translation in a temporary module and runs
// it: a program against its requests, a library through go/main.go.
func buildAndExercise(t *testing.T, g *golden, res Result) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(mod, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", []byte("module example.com/translated\n\ngo 1.26\n\nrequire github.com/cs2go/cs2go v0.0.0\n\nreplace github.com/cs2go/cs2go => "+root+"\n"))
	if res.Entry == NoEntry {
		write(res.Package+"/"+res.Package+".go", res.Go)
		for _, f := range g.goFiles {
			if f.Name != "go/output" {
				write(strings.TrimPrefix(f.Name, "go/"), f.Data)
			}
		}
	} else {
		write("main.go", res.Go)
	}
	goCmd := func(args ...string) string {
		cmd := exec.Command("go", args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	goCmd("vet", "./...")
	goCmd("build", "-o", "prog", ".")
	prog := filepath.Join(mod, "prog")
	if res.Entry == NoEntry {
		out, err := exec.Command(prog).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", prog, err, out)
		}
		if diff := cmp.Diff(string(g.section("go/output")), string(out)); diff != "" {
			t.Errorf("the Go program using the library printed (-want +got):\n%s", diff)
		}
		return
	}
	exerciseServer(t, []string{prog}, g.requests, true)
}

// exerciseServer starts the program (argv, then the port) on a free port
// and checks each request. With waitExit, a `stop:` request must also end
// the program within 10 s.
func exerciseServer(t *testing.T, argv []string, reqs []request, waitExit bool) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	cmd := exec.Command(argv[0], append(argv[1:], port)...)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// done is closed when the program has exited, waitErr set before.
	done := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(done) }()
	defer func() {
		select {
		case <-done:
		default:
			cmd.Process.Kill()
			<-done
		}
	}()
	if len(reqs) == 0 {
		t.Fatal("a program golden needs request: lines")
	}
	for i, r := range reqs {
		status, body, err := rawGet(port, r.path, i == 0)
		if err != nil {
			t.Fatalf("GET %s: %v (program output: %s)", r.path, err, stdout.String())
		}
		if status != r.status || body != r.body+"\n" {
			t.Errorf("GET %s = %d %q, want %d %q", r.path, status, body, r.status, r.body+"\n")
		}
		if r.stop && waitExit {
			select {
			case <-done:
				if waitErr != nil {
					t.Errorf("program exit: %v\n%s", waitErr, stdout.String())
				}
				return
			case <-time.After(10 * time.Second):
				t.Fatalf("program still running 10s after GET %s", r.path)
			}
		}
	}
}

// rawGet sends a GET over a fresh TCP connection (retrying the connect
// while the program starts) and returns the status code and body.
func rawGet(port, path string, retry bool) (int, string, error) {
	var conn net.Conn
	var err error
	deadline := time.Now().Add(20 * time.Second)
	for {
		conn, err = net.DialTimeout("tcp", "127.0.0.1:"+port, time.Second)
		if err == nil || !retry || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return 0, "", err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n", path, port)
	br := bufio.NewReader(conn)
	statusLine, err := br.ReadString('\n')
	if err != nil {
		return 0, "", err
	}
	f := strings.Fields(statusLine)
	if len(f) < 2 {
		return 0, "", fmt.Errorf("bad status line %q", statusLine)
	}
	status, err := strconv.Atoi(f[1])
	if err != nil {
		return 0, "", err
	}
	length := -1
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return 0, "", err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, "Content-Length") {
			length, _ = strconv.Atoi(strings.TrimSpace(v))
		}
	}
	var body []byte
	if length >= 0 {
		body = make([]byte, length)
		_, err = io.ReadFull(br, body)
	} else {
		body, err = io.ReadAll(br)
	}
	return status, string(body), err
}

// TestTranslateReportsPerFile checks the check-mode path: a file that does
// not parse fails alone, a missing type is reported once (not at each
// use), and no Go is produced while a file fails.
func TestTranslateReportsPerFile(t *testing.T) {
	p := &Project{RootNamespace: "Acme.Tools", Files: []File{
		{Path: "Good.cs", Src: []byte("public static class Good { public static int One() { return 1; } }")},
		{Path: "Db.cs", Src: []byte("using Npgsql;\npublic static class J {\n  public static string S(string c) { return new NpgsqlConnection(c).Database; }\n  public static string T(string c) { return new NpgsqlConnection(c).Database; }\n}")},
		{Path: "Broken.cs", Src: []byte("class {")},
	}}
	res := Translate(p, gen.Options{})
	if res.Go != nil {
		t.Error("Go output despite a syntax error")
	}
	var b bytes.Buffer
	if err := FormatSummary(&b, res.Files); err != nil {
		t.Fatal(err)
	}
	want := `Good.cs    translated fully
Db.cs      translated, 1 unsupported spot
Broken.cs  failed: 1 syntax error
3 files: 1 translated fully, 1 with 1 unsupported spot, 1 failed
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("summary (-want +got):\n%s\ndiagnostics: %v", diff, res.Diags)
	}
	if res.Entry != NoEntry || res.Package != "tools" || len(res.Missing) != 1 {
		t.Errorf("entry %v, package %q, missing %v", res.Entry, res.Package, res.Missing)
	}
}

// TestOutputTypeDecides checks that a .csproj's OutputType wins over what
// the code looks like, as with csc.
func TestOutputTypeDecides(t *testing.T) {
	main := File{Path: "P.cs", Src: []byte("class P { static void Main() { } }")}
	lib := File{Path: "L.cs", Src: []byte("public class L { }")}
	top := File{Path: "T.cs", Src: []byte("System.Console.WriteLine(1);")}
	for _, c := range []struct {
		outputType string
		file       File
		entry      EntryKind
		diag       string
	}{
		{"", main, MainMethod, ""},
		{"", lib, NoEntry, ""},
		{"Library", main, NoEntry, ""},
		{"Exe", main, MainMethod, ""},
		{"Library", top, NoEntry, "T.cs:1:1: program using top-level statements must be an executable (CS8805; x.csproj has OutputType Library)"},
		{"Exe", lib, NoEntry, "x.csproj:1:1: program does not contain a static 'Main' method suitable for an entry point (CS5001; OutputType is Exe)"},
	} {
		p := &Project{RootNamespace: "X", OutputType: c.outputType, ProjectFile: "x.csproj", Files: []File{c.file}}
		res := Translate(p, gen.Options{})
		var diag string
		for _, d := range res.Diags {
			if strings.Contains(d.Msg, "CS8805") || strings.Contains(d.Msg, "CS5001") {
				diag = d.String()
			}
		}
		if res.Entry != c.entry || diag != c.diag {
			t.Errorf("%s with OutputType %q: entry %v, diagnostic %q; want %v, %q", c.file.Path, c.outputType, res.Entry, diag, c.entry, c.diag)
		}
	}
}
