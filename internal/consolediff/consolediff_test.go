// This file implements TestConsoleDifferential: every testdata/*.cs program
// runs under Mono and, translated by cs2go, as Go; their standard output and
// exit codes must agree (with .NET 8's output standing in for Mono's where
// testdata/differences.md says the two runtimes differ).

package consolediff

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var updateStatus = flag.Bool("update-status", false, "rewrite testdata/status.txt from the results of TestConsoleDifferential")

const (
	statusFile      = "testdata/status.txt"
	differencesFile = "testdata/differences.md"
	// genModule is the module path of the one temporary module that holds
	// every translated program as its own main package.
	genModule = "consolediff.test"
	// runTimeout bounds one program run (Mono or Go); the programs finish
	// in well under a second, so hitting it means a hang.
	runTimeout = 60 * time.Second
)

const statusHeader = `# Translation status of each console program, checked by
# TestConsoleDifferential (consolediff_test.go): the program is translated
# with cs2go -o, built, run, and its stdout and exit code compared with
# Mono's (or with NAME.net.txt where differences.md says .NET 8 differs).
#   NAME pass            the translation prints what .NET prints
#   NAME fail: REASON    it does not yet; REASON is the first problem found
# The test fails when a "pass" program fails and when a "fail" program
# passes. Rewrite from the actual results with:
#   go test ./internal/consolediff -update-status
`

// slots limits concurrent mcs, mono and program runs: the machine has two
// cores shared with other work.
var slots = make(chan struct{}, 2)

// result is what one program did under one runtime.
type result struct {
	stdout string
	stderr string
	code   int
}

// outcome is the verdict on one translated program.
type outcome struct {
	pass bool
	// reason is one line naming the first problem; it goes into statusFile.
	reason string
	// details is everything useful to diagnose it.
	details string
}

// status renders an outcome as its statusFile value.
func (o outcome) status() string {
	if o.pass {
		return "pass"
	}
	return "fail: " + o.reason
}

// TestConsoleDifferential compiles and runs every testdata program under
// Mono, translates, builds and runs it as Go, and holds each program's
// verdict to statusFile. It also checks every .net.txt override against
// Mono's output, whatever the translation does.
func TestConsoleDifferential(t *testing.T) {
	for _, tool := range []string{"mcs", "mono"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
				t.Fatalf("%s not found and CS2GO_REQUIRE_MONO=1: %v", tool, err)
			}
			t.Skipf("skipping: %s is not installed, so there is no reference output (Debian: apt-get install mono-mcs mono-runtime); set CS2GO_REQUIRE_MONO=1 to make this fatal", tool)
		}
	}
	names := programs(t)
	listed, err := readStatus(statusFile)
	if err != nil {
		t.Fatal(err)
	}
	declared, err := readDifferences(differencesFile)
	if err != nil {
		t.Fatal(err)
	}
	for name := range listed {
		if !contains(names, name) && !*updateStatus {
			t.Errorf("%s lists %q, which has no testdata/%s.cs (-update-status drops it)", statusFile, name, name)
		}
	}
	for name := range declared {
		if !contains(names, name) {
			t.Errorf("%s lists %q, which has no testdata/%s.cs", differencesFile, name, name)
		}
	}

	root := moduleRoot(t)
	work := t.TempDir()
	cs2go := buildCS2Go(t, root, work)

	// Mono runs and translations are independent; both go through slots.
	var wg sync.WaitGroup
	mono := make(map[string]result, len(names))
	monoErr := make(map[string]error, len(names))
	translated := make(map[string]outcome, len(names))
	var mu sync.Mutex
	for _, name := range names {
		wg.Add(2)
		go func() {
			defer wg.Done()
			r, err := runMono(work, name)
			mu.Lock()
			mono[name], monoErr[name] = r, err
			mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			o := translate(cs2go, work, name)
			mu.Lock()
			translated[name] = o
			mu.Unlock()
		}()
	}
	wg.Wait()

	built := buildAll(t, root, work, names)

	results := map[string]outcome{}
	t.Cleanup(func() {
		if *updateStatus {
			// Programs a -run pattern skipped keep their line; deleted
			// programs lose theirs.
			kept := map[string]string{}
			for _, name := range names {
				if st, ok := listed[name]; ok {
					kept[name] = st
				}
			}
			if err := writeStatus(statusFile, kept, results); err != nil {
				t.Error(err)
			}
		}
		var summary strings.Builder
		passed := 0
		for _, name := range names {
			o, ok := results[name]
			if !ok {
				continue
			}
			if o.pass {
				passed++
			}
			fmt.Fprintf(&summary, "  %-14s %s\n", name, o.status())
		}
		t.Logf("console programs: %d of %d pass\n%s", passed, len(results), summary.String())
	})

	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			if err := monoErr[name]; err != nil {
				t.Fatalf("reference run under Mono failed, so there is nothing to compare with: %v", err)
			}
			want := mono[name]
			netPath := filepath.Join("testdata", name+".net.txt")
			net, err := os.ReadFile(netPath)
			switch {
			case err == nil:
				lines, ok := declared[name]
				if !ok {
					t.Errorf("%s exists but %s gives no reason for it", netPath, differencesFile)
				}
				checkOverride(t, name, want.stdout, string(net), lines)
				want.stdout = string(net)
			case !errors.Is(err, os.ErrNotExist):
				t.Fatal(err)
			default:
				if _, ok := declared[name]; ok {
					t.Errorf("%s lists %s but there is no %s", differencesFile, name, netPath)
				}
			}

			o := translated[name]
			if b := built[name]; b.err != "" {
				if o.reason == "" {
					o.reason = "build: " + b.err
				}
				o.details += "go build:\n" + b.output
			} else {
				o = compare(o, want, b.bin)
			}
			mu.Lock()
			results[name] = o
			mu.Unlock()

			status, ok := listed[name]
			switch {
			case *updateStatus:
				if status != o.status() {
					t.Logf("%s: %s (was %q)\n%s", statusFile, o.status(), status, o.details)
				}
			case !ok:
				t.Errorf("%s is not listed in %s; it would be %q (update the list with -update-status)\n%s", name, statusFile, o.status(), o.details)
			case status == "pass" && !o.pass:
				t.Errorf("%s is listed as passing but fails: %s\n%s", name, o.reason, o.details)
			case status != "pass" && o.pass:
				t.Errorf("%s now passes but %s says %q: update the list (go test ./internal/consolediff -update-status)", name, statusFile, status)
			case !o.pass:
				t.Logf("known failure (%s says %q)\nnow: %s\n%s", statusFile, status, o.reason, o.details)
			}
		})
	}
}

// programs lists the testdata/*.cs programs by name.
func programs(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.cs"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.cs programs: %v", err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".cs"))
	}
	sort.Strings(names)
	return names
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// moduleRoot returns the directory of the cs2go module's go.mod.
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

// buildCS2Go builds the translator from this checkout, so the test checks
// the code under test rather than an installed binary.
func buildCS2Go(t *testing.T, root, work string) string {
	bin := filepath.Join(work, "cs2go")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/cs2go")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/cs2go: %v\n%s", err, out)
	}
	return bin
}

// run executes cmd with a timeout under a slot and reports its output and
// exit code; err is set only when the program could not run or hung.
func run(cmd *exec.Cmd) (result, error) {
	slots <- struct{}{}
	defer func() { <-slots }()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.Exited():
		r.code = exit.ExitCode()
	default:
		return r, fmt.Errorf("%s: %v\nstderr:\n%s", strings.Join(cmd.Args, " "), err, limit(r.stderr, 2000))
	}
	return r, nil
}

// command is exec.CommandContext with runTimeout, run in dir.
func command(dir, name string, args ...string) (*exec.Cmd, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	return cmd, cancel
}

// runMono compiles testdata/NAME.cs with mcs and runs it under Mono.
func runMono(work, name string) (result, error) {
	dir := filepath.Join(work, "mono", name)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return result{}, err
	}
	src, err := filepath.Abs(filepath.Join("testdata", name+".cs"))
	if err != nil {
		return result{}, err
	}
	exe := filepath.Join(dir, name+".exe")
	// System.Web.dll is where Mono keeps HttpUtility; .NET 8 has it in the
	// shared framework, so a program needs no reference there.
	args := []string{"-nologo", "-debug", "-r:System.Web.dll", "-out:" + exe}
	refs, err := packageReferences(src, dir)
	if err != nil {
		return result{}, err
	}
	args = append(args, refs...)
	mcs, cancel := command(dir, "mcs", append(args, src)...)
	defer cancel()
	r, err := run(mcs)
	if err != nil {
		return r, err
	}
	if r.code != 0 {
		return r, fmt.Errorf("mcs %s.cs exited %d:\n%s%s", name, r.code, r.stdout, r.stderr)
	}
	monoCmd, cancel2 := command(dir, "mono", "--debug", exe)
	defer cancel2()
	// C.UTF-8 gives the invariant culture (the runtime's only culture) and
	// a UTF-8 console; under plain C Mono writes non-ASCII text as '?'.
	monoCmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8", "LANG=C.UTF-8")
	return run(monoCmd)
}

// newtonsoftPaths are where Debian's libnewtonsoft-json5.0-cil (Json.NET
// 6.0.8, despite the name) puts Newtonsoft.Json.dll.
var newtonsoftPaths = []string{"/usr/lib/cli/Newtonsoft.Json*/Newtonsoft.Json.dll"}

// packageReferences returns the mcs arguments for the NuGet packages a
// program uses (only Newtonsoft.Json so far), copying each assembly into
// dir, next to the executable, where Mono looks for it.
func packageReferences(src, dir string) ([]string, error) {
	text, err := os.ReadFile(src)
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(text, []byte("using Newtonsoft.Json;")) {
		return nil, nil
	}
	var dll string
	for _, pattern := range newtonsoftPaths {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			dll = m[len(m)-1]
		}
	}
	if dll == "" {
		return nil, fmt.Errorf("%s uses Newtonsoft.Json but no Newtonsoft.Json.dll is installed (Debian: apt-get install libnewtonsoft-json5.0-cil)", filepath.Base(src))
	}
	data, err := os.ReadFile(dll)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "Newtonsoft.Json.dll"), data, 0o644); err != nil {
		return nil, err
	}
	return []string{"-r:" + dll}, nil
}

// translate runs cs2go -o on testdata/NAME.cs. A translation that reports
// unsupported constructs still writes a module (they become panics), which
// is built and run for the details, but the program fails on the first
// diagnostic.
func translate(cs2go, work, name string) outcome {
	src, err := filepath.Abs(filepath.Join("testdata", name+".cs"))
	if err != nil {
		return outcome{reason: "translate: " + err.Error()}
	}
	cmd, cancel := command(work, cs2go, "-o", filepath.Join(work, "gen", name), src)
	defer cancel()
	r, err := run(cmd)
	if err != nil {
		return outcome{reason: "translate: " + firstLine(err.Error()), details: err.Error()}
	}
	o := outcome{}
	if r.stderr != "" {
		o.details = "cs2go said:\n" + r.stderr
	}
	if r.code != 0 {
		o.reason = "translate: " + diagnosticLine(r.stderr, ".cs:")
	}
	return o
}

// buildResult is what the shared go build produced for one program.
type buildResult struct {
	bin    string
	err    string // first compiler error; empty when bin was built
	output string
}

// buildAll puts every translated program's main package into one module
// that replaces the cs2go module with this checkout, and builds them all
// with one go build: the runtime is compiled once and the links run in
// parallel inside the go command, which is much faster than a module (and
// a vendored runtime copy) per program. go build -o DIR still writes the
// binaries of the packages that compile when others fail.
func buildAll(t *testing.T, root, work string, names []string) map[string]buildResult {
	mod := filepath.Join(work, "mod")
	bin := filepath.Join(work, "bin")
	for _, d := range []string{mod, bin} {
		if err := os.MkdirAll(d, 0o777); err != nil {
			t.Fatal(err)
		}
	}
	gomod := fmt.Sprintf("module %s\n\ngo 1.26\n\nrequire github.com/cs2go/cs2go v0.0.0\n\nreplace github.com/cs2go/cs2go => %s\n", genModule, root)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o666); err != nil {
		t.Fatal(err)
	}
	// go.sum: the cs2go module's own requirements are resolved offline from
	// its go.sum through the replace, so copy it.
	if sum, err := os.ReadFile(filepath.Join(root, "go.sum")); err == nil {
		if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	results := map[string]buildResult{}
	for _, name := range names {
		gen := filepath.Join(work, "gen", name)
		entries, err := os.ReadDir(gen)
		if err != nil {
			results[name] = buildResult{err: "no translation to build"}
			continue
		}
		pkg := filepath.Join(mod, name)
		if err := os.MkdirAll(pkg, 0o777); err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			// The generated module's go.mod and its vendored runtime copy
			// are replaced by the shared module.
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(gen, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(pkg, e.Name()), data, 0o666); err != nil {
				t.Fatal(err)
			}
		}
	}
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s", "-o", bin+string(filepath.Separator), "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	perPkg := splitBuildOutput(string(out))
	for _, name := range names {
		if _, ok := results[name]; ok {
			continue
		}
		exe := filepath.Join(bin, name)
		if _, err := os.Stat(exe); err == nil {
			results[name] = buildResult{bin: exe}
			continue
		}
		text := perPkg[name]
		if text == "" {
			text = string(out)
		}
		results[name] = buildResult{err: diagnosticLine(text, ".go:"), output: limit(text, 4000)}
	}
	return results
}

// splitBuildOutput splits go build's output at its "# module/pkg" headers.
func splitBuildOutput(out string) map[string]string {
	m := map[string]string{}
	cur := ""
	for _, line := range strings.SplitAfter(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "# "+genModule+"/"); ok {
			cur = strings.TrimSpace(rest)
			continue
		}
		if cur != "" {
			m[cur] += line
		}
	}
	return m
}

// compare runs the built program and compares it with the expected result.
func compare(o outcome, want result, bin string) outcome {
	cmd, cancel := command(filepath.Dir(bin), bin)
	defer cancel()
	got, err := run(cmd)
	if err != nil {
		if o.reason == "" {
			o.reason = "run: " + firstLine(err.Error())
		}
		o.details += err.Error()
		return o
	}
	diff := firstDifference(want.stdout, got.stdout)
	if diff == "" && want.code != got.code {
		diff = fmt.Sprintf("exit code %d, want %d", got.code, want.code)
	}
	if diff != "" {
		if o.reason == "" {
			o.reason = "output: " + diff + unsupportedHint(got.stderr)
		}
		o.details += fmt.Sprintf("stdout differs (%s)\n--- want\n%s--- got\n%s--- go stderr\n%s", diff, limit(want.stdout, 4000), limit(got.stdout, 4000), limit(got.stderr, 2000))
		return o
	}
	if o.reason == "" {
		o.pass = true
	}
	return o
}

// unsupportedHint names the construct the translator could not handle when
// the program died on one of the panics cs2go puts in its place, since that
// (not the missing output) is the problem to report.
func unsupportedHint(stderr string) string {
	_, rest, ok := strings.Cut(stderr, "cs2go: unsupported ")
	if !ok {
		return ""
	}
	return " (died at unsupported " + firstLine(rest) + ")"
}

// firstDifference names the first line where got differs from want, or
// returns "" when they are equal.
func firstDifference(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.SplitAfter(want, "\n"), strings.SplitAfter(got, "\n")
	for i := 0; ; i++ {
		switch {
		case i >= len(w):
			return fmt.Sprintf("line %d: extra output %q", i+1, g[i])
		case i >= len(g):
			return fmt.Sprintf("line %d: output ends, want %q", i+1, w[i])
		case w[i] != g[i]:
			return fmt.Sprintf("line %d: got %q, want %q", i+1, g[i], w[i])
		}
	}
}

// checkOverride makes sure a .net.txt override is still needed and still
// only about the lines differences.md names: aligning Mono's output with
// .NET's (longest common subsequence of lines), the lines of .NET's output
// that Mono does not print must be exactly the named ones. Mono may print
// a different number of lines in their place (its ArgumentException
// message, for one, takes two).
func checkOverride(t *testing.T, name, mono, net string, lines []int) {
	t.Helper()
	differ := unmatchedLines(strings.SplitAfter(mono, "\n"), strings.SplitAfter(net, "\n"))
	if fmt.Sprint(differ) != fmt.Sprint(lines) {
		t.Errorf("%s: %s.net.txt has lines %v that Mono does not print, but %s names lines %v; update one or the other\nMono printed:\n%s", name, name, differ, differencesFile, lines, mono)
	}
}

// unmatchedLines returns the 1-based numbers of the lines of b that are not
// in a longest common subsequence of a and b.
func unmatchedLines(a, b []string) []int {
	// lcs[i][j] is the LCS length of a[i:] and b[j:]; the outputs are a
	// few dozen lines, so the quadratic table is small.
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []int
	i, j := 0, 0
	for j < len(b) {
		switch {
		case i < len(a) && a[i] == b[j]:
			i++
			j++
		case i < len(a) && lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			out = append(out, j+1)
			j++
		}
	}
	return out
}

// differenceEntry is one line of differences.md: "- `NAME` lines 3, 7: why".
var differenceEntry = regexp.MustCompile("^- `([a-z0-9_]+)` lines? ([0-9, ]+):")

// readDifferences returns, per program, the line numbers differences.md
// says Mono prints differently from .NET 8.
func readDifferences(path string) (map[string][]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][]int{}
	for _, line := range strings.Split(string(data), "\n") {
		sub := differenceEntry.FindStringSubmatch(line)
		if sub == nil {
			continue
		}
		if _, dup := m[sub[1]]; dup {
			return nil, fmt.Errorf("%s: %s is listed twice", path, sub[1])
		}
		var nums []int
		for _, f := range strings.Split(sub[2], ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %v", path, line, err)
			}
			nums = append(nums, n)
		}
		sort.Ints(nums)
		m[sub[1]] = nums
	}
	return m, nil
}

// readStatus parses statusFile into name -> "pass" or "fail: reason".
func readStatus(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, status, ok := strings.Cut(line, " ")
		if !ok || (status != "pass" && !strings.HasPrefix(status, "fail: ")) {
			return nil, fmt.Errorf("%s: malformed line %q (want NAME pass or NAME fail: REASON)", path, line)
		}
		m[name] = status
	}
	return m, sc.Err()
}

// writeStatus rewrites statusFile from the results, adding the listed
// status of programs that have no result.
func writeStatus(path string, listed map[string]string, results map[string]outcome) error {
	status := map[string]string{}
	for name, st := range listed {
		status[name] = st
	}
	for name, o := range results {
		status[name] = o.status()
	}
	names := make([]string, 0, len(status))
	for name := range status {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(statusHeader)
	for _, name := range names {
		fmt.Fprintf(&b, "%s %s\n", name, status[name])
	}
	return os.WriteFile(path, []byte(b.String()), 0o666)
}

// diagnosticLine returns the first line of text containing marker (a
// position such as "main.go:12:3"), else the first non-empty line, so a
// reason names the actual error rather than a "# package" header. Temporary
// directories are cut so the reason is the same from run to run.
func diagnosticLine(text, marker string) string {
	first := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if first == "" {
			first = line
		}
		if strings.Contains(line, marker) {
			return baseName(line)
		}
	}
	return baseName(first)
}

// baseName cuts a leading directory from a "dir/file.go:1:2: msg" line.
func baseName(line string) string {
	pos, msg, ok := strings.Cut(line, ": ")
	if !ok {
		return line
	}
	return filepath.Base(pos) + ": " + msg
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func limit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "\n...(truncated)\n"
}
