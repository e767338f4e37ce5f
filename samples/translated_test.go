// This file implements TestTranslatedSamples, the end-to-end check of issue 6
// ("the generated server answers the request script as expected"): every
// sample is translated with the real cs2go binary (`cs2go -o DIR`), the
// module it writes is built offline, and the server is run against the
// sample's script. Samples the translator cannot handle yet are listed in
// translation-status.txt; the test holds that list to the actual results in
// both directions, so it can neither hide a regression nor go stale.

package samples

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

var updateStatus = flag.Bool("update-status", false, "rewrite "+statusFile+" from the results of TestTranslatedSamples")

// statusFile lists, per sample, whether its translation is expected to pass.
const statusFile = "translation-status.txt"

// statusHeader opens statusFile when -update-status writes it.
const statusHeader = `# Translation status of each sample, checked by TestTranslatedSamples
# (translated_test.go): the sample is translated with cs2go -o, built offline
# and run against its script.txtar.
#   NAME pass            the translated server answers the script as .NET does
#   NAME fail: REASON    it does not yet; REASON is the first problem found
# The test fails when a "pass" sample fails and when a "fail" sample passes.
# Rewrite from the actual results with:
#   go test ./samples -run TestTranslatedSamples -update-status
`

// buildSlot serialises the `go build` of generated modules: two cores are
// shared with other work, and after the first build the runtime comes from
// the build cache, so a build is mostly one link.
var buildSlot = make(chan struct{}, 1)

// generatedModuleEnv is the environment for building a module cs2go wrote:
// it must build offline from what cs2go put in the directory (the runtime is
// vendored through a replace directive), and no workspace may interfere.
// -trimpath keeps the module's directory out of the build cache keys, so the
// runtime vendored into each module is compiled once for all of them; it is
// in GOFLAGS so that it also reaches the go build a starter's test runs.
// -ldflags=-s (no symbol table or DWARF) halves the link, which is most of a
// cached build; panics still print function names and lines.
func generatedModuleEnv() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod -trimpath -ldflags=-s", "GOPROXY=off", "GOWORK=off")
}

// outcome is what happened to one sample.
type outcome struct {
	pass bool
	// reason is one line naming the first problem ("translate: ...",
	// "build: ...", "start: ...", "script: ...").
	reason string
	// details is the full report: diagnostics, compiler output, response
	// diff, server output.
	details string
}

// status renders an outcome as its statusFile value.
func (o outcome) status() string {
	if o.pass {
		return "pass"
	}
	return "fail: " + o.reason
}

func TestTranslatedSamples(t *testing.T) {
	root := moduleRoot(t)
	cs2go, err := cs2goBinary()
	if err != nil {
		t.Fatal(err)
	}
	if help, _ := exec.Command(cs2go, "--help").CombinedOutput(); !bytes.Contains(help, []byte("-o DIR")) {
		t.Fatalf("cs2go has no -o DIR mode yet, which this test needs to write a buildable module; its --help says:\n%s", help)
	}
	listed, err := readStatus(statusFile)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, s := range List() {
		known[s.Name] = true
	}
	for name := range listed {
		if !known[name] {
			t.Errorf("%s lists %q, which is not a sample", statusFile, name)
		}
	}

	var mu sync.Mutex
	results := map[string]outcome{}
	// The parent's clean-up runs after all parallel subtests have finished.
	t.Cleanup(func() {
		if *updateStatus {
			if err := writeStatus(statusFile, listed, results); err != nil {
				t.Error(err)
			}
		}
		var summary strings.Builder
		names := make([]string, 0, len(results))
		for name := range results {
			names = append(names, name)
		}
		sort.Strings(names)
		passed := 0
		for _, name := range names {
			if results[name].pass {
				passed++
			}
			fmt.Fprintf(&summary, "  %-14s %s\n", name, results[name].status())
		}
		t.Logf("translated samples: %d of %d pass\n%s", passed, len(results), summary.String())
	})

	work := t.TempDir()
	for _, s := range List() {
		t.Run(s.Name, func(t *testing.T) {
			t.Parallel()
			o := translateAndRun(t, root, cs2go, filepath.Join(work, s.Name), s)
			mu.Lock()
			results[s.Name] = o
			mu.Unlock()
			want, ok := listed[s.Name]
			switch {
			case *updateStatus:
				if !ok || want != o.status() {
					t.Logf("%s: %s (was %q)\n%s", statusFile, o.status(), want, o.details)
				}
			case !ok:
				t.Errorf("%s is not listed in %s; it would be %q (update the list with -update-status)\n%s", s.Name, statusFile, o.status(), o.details)
			case want == "pass" && !o.pass:
				t.Errorf("%s is listed as passing but fails: %s\n%s", s.Name, o.reason, o.details)
			case want != "pass" && o.pass:
				t.Errorf("%s now passes but %s says %q: update the list (go test ./samples -run TestTranslatedSamples -update-status)", s.Name, statusFile, want)
			case !o.pass:
				// A known failure: reported, never skipped, so it shows in -v.
				t.Logf("known failure (%s says %q)\nnow: %s\n%s", statusFile, want, o.reason, o.details)
			}
		})
	}
}

// translateAndRun translates the sample into dir with cs2go -o, builds the
// module and replays the script against the server. Problems with the
// sample become a failed outcome; problems with the test machinery fail t.
func translateAndRun(t *testing.T, root, cs2go, dir string, s Sample) outcome {
	src := filepath.Join("samples", s.Name, "Program.cs")
	cmd := exec.Command(cs2go, "-o", dir, src)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	diags := stderr.String()
	if err != nil {
		return outcome{reason: "translate: " + firstLine(diagnosticLine(diags, ".cs:")), details: fmt.Sprintf("cs2go -o %s %s: %v\n%s", dir, src, err, diags)}
	}
	details := ""
	if diags != "" {
		details = "cs2go said:\n" + diags
	}

	server := filepath.Join(dir, "server")
	buildSlot <- struct{}{}
	build := exec.Command("go", "build", "-o", server, ".")
	build.Dir = dir
	build.Env = generatedModuleEnv()
	out, err := build.CombinedOutput()
	<-buildSlot
	if err != nil {
		return outcome{reason: "build: " + firstLine(diagnosticLine(string(out), ".go:")), details: details + fmt.Sprintf("go build in %s: %v\n%s", dir, err, out)}
	}

	var serverOut lockedBuffer
	r, err := runScript(s, commandTo(t, &serverOut, t.TempDir(), server), CompareOptions{}, nil)
	if err != nil {
		// The error names the server by its temporary path; the reason
		// must not change from run to run.
		reason := strings.ReplaceAll(firstLine(err.Error()), server, "server")
		return outcome{reason: "start: " + reason + serverHint(serverOut.String()), details: details + err.Error()}
	}
	r.stop()
	if r.passed() {
		return outcome{pass: true, details: details}
	}
	reason := firstDifference(r.Want, r.Got, CompareOptions{})
	if r.ReplayErr != nil {
		reason = r.ReplayErr.Error()
	}
	details += fmt.Sprintf("responses differ from the script:\n%s", r.Diff)
	if r.ReplayErr != nil {
		details += fmt.Sprintf("replay stopped: %v\n", r.ReplayErr)
	}
	details += "server output:\n" + limit(serverOut.String(), 4000)
	// A crashed server shows up as EOF in the responses; its panic says why.
	return outcome{reason: "script: " + firstLine(reason) + serverHint(serverOut.String()), details: details}
}

// moduleRoot returns the directory of the main module's go.mod.
func moduleRoot(t *testing.T) string {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		t.Fatal("go env GOMOD: not inside the cs2go module")
	}
	return filepath.Dir(gomod)
}

// cs2goDir holds the cs2go binary built for this test process; TestMain
// removes it.
var cs2goDir string

// cs2goBinary builds cmd/cs2go once per test process (TestTranslatedSamples
// and the starter tests share it) and returns its path.
var cs2goBinary = sync.OnceValues(func() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(out)))
	cs2goDir, err = os.MkdirTemp("", "cs2go-samples-bin")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(cs2goDir, "cs2go")
	build := exec.Command("go", "build", "-o", bin, "./cmd/cs2go")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building cs2go (go build ./cmd/cs2go in %s) failed, so no sample can be translated: %v\n%s", root, err, out)
	}
	return bin, nil
})

// diagnosticLine returns the first line of text containing marker (a
// compiler or translator position such as "main.go:12:3"), or the first
// non-empty line, so a status reason names the actual error rather than a
// "# package" header.
func diagnosticLine(text, marker string) string {
	first := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.Contains(line, marker) {
			return line
		}
		if first == "" {
			first = line
		}
	}
	if first == "" {
		return "(no output)"
	}
	return first
}

// serverHint picks the line of a server's output that explains a failed
// start (a panic or unhandled exception), prefixed for appending to a reason.
func serverHint(out string) string {
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "panic:") || strings.Contains(line, "Unhandled") || strings.Contains(line, "Exception") {
			return "; " + line
		}
	}
	return ""
}

// limit shortens s to about n bytes for logs.
func limit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "\n... (truncated)\n"
}

// readStatus reads statusFile: name -> "pass" or "fail: reason". A missing
// file reads as empty, so -update-status can create it.
func readStatus(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, st, _ := strings.Cut(line, " ")
		st = strings.TrimSpace(st)
		if st != "pass" && !strings.HasPrefix(st, "fail:") {
			return nil, fmt.Errorf("%s:%d: want \"NAME pass\" or \"NAME fail: REASON\", got %q", path, i+1, line)
		}
		if _, dup := m[name]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, i+1, name)
		}
		m[name] = st
	}
	return m, nil
}

// writeStatus rewrites statusFile: samples that ran get their new status,
// the others (not selected by -run) keep theirs; names that are no longer
// samples are dropped.
func writeStatus(path string, old map[string]string, results map[string]outcome) error {
	var b strings.Builder
	b.WriteString(statusHeader)
	for _, s := range List() {
		st, ok := old[s.Name]
		if o, ran := results[s.Name]; ran {
			st, ok = o.status(), true
		}
		if ok {
			fmt.Fprintf(&b, "%s %s\n", s.Name, oneLine(st))
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o666)
}

// oneLine keeps a status on its line and readable.
func oneLine(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(strings.TrimSpace(s))
	if len(s) > 240 {
		s = s[:240] + "..."
	}
	return s
}

// TestStatusHelpers checks the parts of TestTranslatedSamples that decide
// what a failure is called and how the status list is read and written,
// without building anything.
func TestStatusHelpers(t *testing.T) {
	resp := func(length, body string) Response {
		return Response{Head: Head{Status: "HTTP/1.1 200 OK", Header: []Field{{"Content-Length", length}}}, Body: []byte(body)}
	}
	want := []Exchange{{Conn: "a", Response: resp("3", "abc")}, {Conn: "b", Response: resp("2", "ok")}}
	for _, tc := range []struct {
		got  []Exchange
		want string
	}{
		{[]Exchange{want[0], want[1]}, ""},
		{[]Exchange{want[0], {Conn: "b", Response: resp("3", "bad")}}, `exchange 2 (conn b) line 4: want "ok", got "bad"`},
		{[]Exchange{want[0], {Conn: "b", Response: resp("5", "ok")}}, `exchange 2 (conn b) line 2: want "Content-Length: 2", got "Content-Length: 5"`},
		{[]Exchange{want[0]}, "exchange 2 (conn b): not run"},
		{[]Exchange{want[0], {Conn: "b", Response: Response{Error: "EOF", Closed: true}}}, `exchange 2 (conn b) line 1: want "HTTP/1.1 200 OK", got "<error: EOF>"`},
	} {
		if got := firstDifference(want, tc.got, CompareOptions{}); got != tc.want {
			t.Errorf("firstDifference = %q, want %q", got, tc.want)
		}
	}

	if got := diagnosticLine("# example\n\nwarning: x\n./main.go:3:1: undefined: y\n", ".go:"); got != "./main.go:3:1: undefined: y" {
		t.Errorf("diagnosticLine = %q", got)
	}

	path := filepath.Join(t.TempDir(), statusFile)
	names := []string{List()[0].Name, List()[1].Name}
	if err := writeStatus(path, map[string]string{names[1]: "pass", "gone": "pass"}, map[string]outcome{
		names[0]: {reason: "build: two\nlines"},
	}); err != nil {
		t.Fatal(err)
	}
	got, err := readStatus(path)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus := map[string]string{names[0]: "fail: build: two lines", names[1]: "pass"}
	if fmt.Sprint(got) != fmt.Sprint(wantStatus) {
		t.Errorf("status list after writeStatus = %v, want %v", got, wantStatus)
	}
	os.WriteFile(path, []byte("abort maybe\n"), 0o644)
	if _, err := readStatus(path); err == nil {
		t.Error("readStatus accepted a line that is neither pass nor fail")
	}
}
