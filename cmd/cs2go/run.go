// This file implements the command's modes: translate to stdout, write a
// module (-o), check, and run.

package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/internal/project"
	"github.com/cs2go/cs2go/mapper"
	cs2goruntime "github.com/cs2go/cs2go/runtime"
)

const (
	exitOK    = 0
	exitInput = 1 // C# errors, or unsupported constructs when strict
	exitUsage = 2 // usage and I/O errors
)

// version is the cs2go version; release builds set it with -ldflags -X.
var version = "devel"

const usageText = `usage:
  cs2go [--strict] [--line-directives] PROGRAM     translate; Go on stdout ("-" reads stdin)
  cs2go -o DIR [--force] [flags] PROGRAM           write a Go module to DIR
  cs2go run [flags] PROGRAM [ARGS...]              translate, build and run
  cs2go check [--json] PROGRAM                     list unsupported constructs
  PROGRAM is FILE.cs..., a folder of .cs files, or a .csproj
  cs2go samples                                    list the bundled sample programs
  cs2go new DIR [--from SAMPLE] [--force]          start a project (C# and its Go translation)
  cs2go --version | --help
`

type options struct {
	strict, lineDirectives, force, json bool
	outDir                              string
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	mode := "translate"
	if len(args) > 0 && (args[0] == "run" || args[0] == "check" || args[0] == "samples" || args[0] == "new") {
		mode, args = args[0], args[1:]
	}
	fl := flag.NewFlagSet("cs2go", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	var o options
	var showVersion, help bool
	fl.BoolVar(&o.strict, "strict", false, "")
	fl.BoolVar(&o.lineDirectives, "line-directives", false, "")
	fl.BoolVar(&o.force, "force", false, "")
	fl.BoolVar(&o.json, "json", false, "")
	fl.StringVar(&o.outDir, "o", "", "")
	var from string
	fl.StringVar(&from, "from", "", "")
	fl.BoolVar(&showVersion, "version", false, "")
	fl.BoolVar(&help, "help", false, "")
	fl.BoolVar(&help, "h", false, "")
	// Flags may follow file names (cs2go new DIR --from X), except after
	// `run FILE`, whose remaining arguments belong to the program.
	var files []string
	for rest := args; ; {
		if err := fl.Parse(rest); err != nil {
			fmt.Fprintf(stderr, "cs2go: %v\n%s", err, usageText)
			return exitUsage
		}
		rest = fl.Args()
		if len(rest) == 0 {
			break
		}
		if mode == "run" {
			files = rest
			break
		}
		files, rest = append(files, rest[0]), rest[1:]
	}
	switch {
	case help:
		fmt.Fprint(stdout, usageText)
		return exitOK
	case showVersion:
		fmt.Fprintf(stdout, "cs2go %s\n", buildVersion())
		return exitOK
	}
	switch mode {
	case "samples":
		return listSamples(stdout)
	case "new":
		if len(files) != 1 {
			fmt.Fprintf(stderr, "cs2go: new takes one directory\n%s", usageText)
			return exitUsage
		}
		return newProject(files[0], from, o.force, stderr)
	}
	if len(files) == 0 {
		fmt.Fprintf(stderr, "cs2go: no input file\n%s", usageText)
		return exitUsage
	}
	switch mode {
	case "check":
		return check(files, o, stdin, stdout, stderr)
	case "run":
		return runProgram(files[0], files[1:], o, stdin, stdout, stderr)
	}
	res, code := translate(files, o, stdin, stderr)
	if res.Go == nil {
		return code
	}
	if o.outDir != "" {
		if err := writeModule(o.outDir, res.Go, o.force); err != nil {
			fmt.Fprintf(stderr, "cs2go: %v\n", err)
			return exitUsage
		}
		return code
	}
	if _, err := stdout.Write(res.Go); err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	return code
}

func buildVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok && version == "devel" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return version
}

// load translates the program: stdin for "-", else .cs files, a folder or
// a .csproj, which internal/project resolves with the .NET SDK's rules and
// translates as one program.
func load(args []string, o options, stdin io.Reader) (gen.Result, error) {
	res, _, err := loadProject(args, o, stdin)
	return res, err
}

// loadProject is load plus the per-file summary `check` prints for a
// project (nil when reading stdin, which is one file).
func loadProject(args []string, o options, stdin io.Reader) (gen.Result, []project.FileSummary, error) {
	opts := gen.Options{LineDirectives: o.lineDirectives}
	if len(args) == 1 && args[0] == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			return gen.Result{}, nil, err
		}
		var res gen.Result
		collectorOffWhile(len(src), func() { res = gen.Translate("stdin.cs", src, opts) })
		return res, nil, nil
	}
	p, err := project.Load(args)
	if err != nil {
		return gen.Result{}, nil, err
	}
	if len(p.Files) == 0 {
		return gen.Result{}, nil, fmt.Errorf("%s: no .cs files", strings.Join(args, " "))
	}
	size := 0
	for _, f := range p.Files {
		size += len(f.Src)
	}
	var r project.Result
	collectorOffWhile(size, func() { r = project.Translate(p, opts) })
	res := gen.Result{Go: r.Go, Diags: r.Diags, SyntaxErrors: len(r.ParseErrors) > 0}
	for _, e := range r.ParseErrors {
		res.Diags = append(res.Diags, mapper.Diagnostic{Pos: e.Pos, Severity: mapper.Error, Msg: e.Msg})
	}
	res.Diags.Sort()
	return res, r.Files, nil
}

// translate runs the pipeline and reports diagnostics on stderr. The
// result's Go is nil when nothing may be written.
func translate(args []string, o options, stdin io.Reader, stderr io.Writer) (gen.Result, int) {
	res, err := load(args, o, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return gen.Result{}, exitUsage
	}
	for _, d := range res.Diags {
		fmt.Fprintln(stderr, d)
	}
	errorsN := res.Diags.Count(mapper.Error) + res.Diags.Count(mapper.Internal)
	unsup := res.Diags.Count(mapper.Unsupported)
	switch {
	case res.SyntaxErrors || res.Go == nil:
		return gen.Result{Diags: res.Diags}, exitInput
	case o.strict && (unsup > 0 || errorsN > 0):
		fmt.Fprintf(stderr, "cs2go: %d unsupported construct(s), %d error(s); nothing written (--strict)\n", unsup, errorsN)
		return gen.Result{Diags: res.Diags}, exitInput
	case unsup > 0 || errorsN > 0:
		fmt.Fprintf(stderr, "cs2go: %d unsupported construct(s), %d error(s) became panics in the output (see TODO(cs2go) comments)\n", unsup, errorsN)
	}
	if errorsN > 0 {
		return res, exitInput
	}
	return res, exitOK
}

// check reports diagnostics only.
func check(files []string, o options, stdin io.Reader, stdout, stderr io.Writer) int {
	type jsonDiag struct {
		File     string `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
	}
	var all []jsonDiag
	code := exitOK
	{
		res, summary, err := loadProject(files, o, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "cs2go: %v\n", err)
			return exitUsage
		}
		// A project (a folder, a .csproj or several files) also gets the
		// per-file summary, so a user sees at a glance how much converts.
		defer func() {
			if !o.json && len(summary) > 1 {
				if len(res.Diags) > 0 {
					fmt.Fprintln(stdout)
				}
				project.FormatSummary(stdout, summary)
			}
		}()
		for _, d := range res.Diags {
			if !o.json {
				fmt.Fprintln(stdout, d)
			}
			all = append(all, jsonDiag{File: d.Pos.Filename, Line: d.Pos.Line, Column: d.Pos.Column,
				Severity: [...]string{"unsupported", "error", "internal"}[d.Severity], Message: d.Msg})
		}
		if len(res.Diags) > 0 {
			code = exitInput
		}
	}
	if o.json {
		if all == nil {
			all = []jsonDiag{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(all); err != nil {
			return exitUsage
		}
	}
	return code
}

// writeModule writes DIR/go.mod, DIR/main.go and the runtime sources under
// DIR/cs2go-runtime, with a replace directive, so `go build` works offline.
func writeModule(dir string, goSrc []byte, force bool) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 && !force {
		return fmt.Errorf("%s is not empty (use --force to write into it)", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	name := moduleName(dir)
	gomod := fmt.Sprintf("module %s\n\ngo 1.26\n\nrequire github.com/cs2go/cs2go v0.0.0\n\nreplace github.com/cs2go/cs2go => ./cs2go-runtime\n", name)
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), goSrc, 0o644); err != nil {
		return err
	}
	return writeRuntime(filepath.Join(dir, "cs2go-runtime"))
}

// nonModuleChars is compiled on first use: only -o and run name a module,
// and every command pays for what package initialisation does.
var nonModuleChars = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[^A-Za-z0-9._-]+`) })

func moduleName(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	n := nonModuleChars().ReplaceAllString(strings.ToLower(filepath.Base(abs)), "-")
	if n == "" || n == "." || n == "-" {
		n = "program"
	}
	return n
}

// writeRuntime writes the embedded runtime (without tests and testdata) as
// the module github.com/cs2go/cs2go.
func writeRuntime(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module github.com/cs2go/cs2go\n\ngo 1.26\n"), 0o644); err != nil {
		return err
	}
	return fs.WalkDir(cs2goruntime.Sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := fs.ReadFile(cs2goruntime.Sources, p)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "runtime", filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
}

// runtimeHash identifies the embedded runtime for the build cache. The
// cache keys are FNV-128a, not SHA-256: they guard against stale builds,
// not attackers, and crypto's package start-up would cost every cs2go
// command.
func runtimeHash() string {
	h := fnv.New128a()
	_ = fs.WalkDir(cs2goruntime.Sources, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := fs.ReadFile(cs2goruntime.Sources, p)
			fmt.Fprintf(h, "%s %d\n", p, len(data))
			h.Write(data)
		}
		return nil
	})
	return hex.EncodeToString(h.Sum(nil))
}

// runProgram translates, builds (cached by content hash under the user
// cache directory) and runs the program; stdio and the exit code pass
// through, and an interrupt reaches the child, not us.
func runProgram(file string, args []string, o options, stdin io.Reader, stdout, stderr io.Writer) int {
	res, code := translate([]string{file}, o, stdin, stderr)
	if res.Go == nil {
		return code
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	h := fnv.New128a()
	h.Write([]byte(runtimeHash()))
	h.Write([]byte{0})
	h.Write(res.Go)
	dir := filepath.Join(cache, "cs2go", hex.EncodeToString(h.Sum(nil)[:12]))
	bin := filepath.Join(dir, "program")
	if _, err := os.Stat(bin); err != nil {
		tmp := dir + ".tmp"
		_ = os.RemoveAll(tmp)
		if err := writeModule(tmp, res.Go, true); err != nil {
			fmt.Fprintf(stderr, "cs2go: %v\n", err)
			return exitUsage
		}
		build := exec.Command("go", "build", "-o", "program", ".")
		build.Dir = tmp
		var out bytes.Buffer
		build.Stdout, build.Stderr = &out, &out
		if err := build.Run(); err != nil {
			fmt.Fprintf(stderr, "cs2go: building the translation failed:\n%s", out.String())
			return exitInput
		}
		_ = os.RemoveAll(dir)
		if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, fs.ErrExist) {
			fmt.Fprintf(stderr, "cs2go: %v\n", err)
			return exitUsage
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	// The terminal sends Ctrl-C to the whole process group; we ignore it
	// and let the child decide, then report its exit status.
	signal.Ignore(os.Interrupt)
	defer signal.Reset(os.Interrupt)
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ee.ExitCode() >= 0 {
				return ee.ExitCode()
			}
			return 130
		}
		fmt.Fprintf(stderr, "cs2go: %v\n", err)
		return exitUsage
	}
	return exitOK
}
