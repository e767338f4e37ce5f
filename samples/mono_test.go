// This file implements TestMonoDifferential: every sample is compiled with
// mcs, run under Mono, and its script replayed; Mono's known deviations from
// managed .NET (mono-differences.md) are translated before comparing, so the
// scripts can hold what .NET sends.

package samples

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "fill in placeholder responses (status 000) in */script.txtar with Mono's output after the Mono-difference translation; review the result against the spec before keeping it")

// monoSlots limits concurrent mcs/mono processes: the machine has two cores
// shared with other jobs.
var monoSlots = make(chan struct{}, 2)

// TestMonoDifferential runs every sample under Mono against its script.
func TestMonoDifferential(t *testing.T) {
	for _, tool := range []string{"mcs", "mono"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
				t.Fatalf("%s not found and CS2GO_REQUIRE_MONO=1: %v", tool, err)
			}
			t.Skipf("skipping: %s is not installed (Debian: apt-get install mono-mcs mono-runtime); set CS2GO_REQUIRE_MONO=1 to make this fatal", tool)
		}
	}
	for _, s := range List() {
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			monoSlots <- struct{}{}
			defer func() { <-monoSlots }()
			exe := compileMono(t, s)
			start := Command(t, t.TempDir(), "mono", "--debug", exe)
			opt := CompareOptions{IgnoreHeaderOrder: true}
			fired := map[string]int{}
			adjust := func(want, got *Exchange) {
				for _, id := range monoToDotNet(want, got) {
					fired[id]++
				}
			}
			got := run(t, s, start, opt, adjust, !*update)
			t.Logf("%s: Mono differences translated: %v", s.Name, fired)
			if *update {
				writeScript(t, s, got)
			}
		})
	}
}

// writeScript replaces the response sections of the sample's script on disk.
func writeScript(t *testing.T, s Sample, got []Exchange) {
	p := filepath.Join(s.Name, "script.txtar")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ar := parseArchive(data)
	var responses []*archiveFile
	for i := range ar.Files {
		if strings.HasPrefix(ar.Files[i].Name, responseWord+" ") {
			responses = append(responses, &ar.Files[i])
		}
	}
	for i := range got {
		f := responses[i]
		// Only placeholders are filled in: a hand-checked response must not
		// be replaced by Mono's, which can carry less (see last-cookie-only).
		if old, err := ParseResponse(f.Data); err != nil || old.StatusCode() != 0 {
			continue
		}
		f.Name = ResponseSectionName(got[i].Conn, &got[i].Response)
		f.Data = []byte(FormatResponse(&got[i].Response))
	}
	if err := os.WriteFile(p, ar.format(), 0o666); err != nil {
		t.Fatal(err)
	}
}

// mcsCache keeps compiled samples between runs, keyed by a hash of the
// source and compiler arguments, so repeated test runs skip mcs.
var mcsCache = sync.OnceValues(func() (string, error) {
	dir := filepath.Join(os.TempDir(), "cs2go-samples-mcs")
	return dir, os.MkdirAll(dir, 0o777)
})

// compileMono compiles the sample (after monoSource's rewrites) and returns
// the path of the .exe.
func compileMono(t *testing.T, s Sample) string {
	t.Helper()
	dir, err := mcsCache()
	if err != nil {
		t.Fatal(err)
	}
	src := monoSource(s.Program())
	args := s.CompilerArgs()
	h := sha256.New()
	h.Write(src)
	h.Write([]byte(strings.Join(args, "\x00")))
	key := s.Name + "-" + hex.EncodeToString(h.Sum(nil))[:16]
	exe := filepath.Join(dir, key+".exe")
	if _, err := os.Stat(exe); err == nil {
		return exe
	}
	work := t.TempDir()
	cs := filepath.Join(work, "Program.cs")
	if err := os.WriteFile(cs, src, 0o666); err != nil {
		t.Fatal(err)
	}
	tmp := filepath.Join(work, "Program.exe")
	cmd := exec.Command("mcs", append(append([]string{"-debug", "-out:" + tmp}, args...), cs)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("mcs %s: %v\n%s", s.Name, err, out)
	}
	// Rename is atomic, so a parallel run never sees a half-written file.
	for _, ext := range []string{".exe.mdb", ".exe"} {
		if err := os.Rename(strings.TrimSuffix(tmp, ".exe")+ext, filepath.Join(dir, key+ext)); err != nil && ext == ".exe" {
			t.Fatal(err)
		}
	}
	return exe
}

// monoSource rewrites the two newer C# forms mcs (C# 7) cannot compile,
// keeping everything else as written: a file-scoped namespace becomes a
// block namespace, and top-level statements (the lines before the first type
// declaration) become the body of an async method called from Main. This is
// a toolchain gap, not a runtime difference: the translator reads the
// original.
func monoSource(src []byte) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	var out strings.Builder
	fileNS := regexp.MustCompile(`^namespace\s+[\w.]+\s*;\s*$`)
	closeNS := false
	for i, l := range lines {
		if fileNS.MatchString(l) {
			lines[i] = strings.TrimRight(strings.TrimSpace(l), ";") + " {\n"
			closeNS = true
		}
	}
	if hasTopLevelStatements(lines) {
		usings, body, types := splitTopLevel(lines)
		out.WriteString(strings.Join(usings, ""))
		out.WriteString("static class TopLevelProgram {\n" +
			"static void Main(string[] args) { MainAsync(args).GetAwaiter().GetResult(); }\n" +
			"static async System.Threading.Tasks.Task MainAsync(string[] args) {\n")
		out.WriteString(strings.Join(body, ""))
		out.WriteString("\nawait System.Threading.Tasks.Task.CompletedTask;\n}\n}\n")
		out.WriteString(strings.Join(types, ""))
	} else {
		out.WriteString(strings.Join(lines, ""))
	}
	if closeNS {
		out.WriteString("\n}\n")
	}
	return []byte(out.String())
}

// typeStart matches a line that opens a top-level type declaration.
var typeStart = regexp.MustCompile(`^(public |internal |static |sealed |abstract |partial )*(class|struct|enum|interface|record)\s`)

// hasTopLevelStatements reports whether a non-using, non-comment line
// appears at column 0 before any type or namespace declaration.
func hasTopLevelStatements(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "" || strings.HasPrefix(t, "//") || strings.HasPrefix(t, "using "):
			continue
		case strings.HasPrefix(l, "namespace") || typeStart.MatchString(l):
			return false
		default:
			return true
		}
	}
	return false
}

// splitTopLevel splits a top-level-statement file into using directives,
// statements and trailing type declarations.
func splitTopLevel(lines []string) (usings, body, types []string) {
	i := 0
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "using ") && strings.HasSuffix(t, ";") && !strings.Contains(t, "(") && !strings.Contains(t, "=") {
			usings = append(usings, lines[i])
			continue
		}
		if t == "" || strings.HasPrefix(t, "//") {
			usings = append(usings, lines[i])
			continue
		}
		break
	}
	for ; i < len(lines); i++ {
		if typeStart.MatchString(lines[i]) {
			break
		}
		body = append(body, lines[i])
	}
	return usings, body, lines[i:]
}
