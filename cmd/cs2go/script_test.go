// CLI tests in the style of testscript: each testdata/*.txt is a txtar
// archive whose comment is a script and whose files are the work
// directory. go-internal's testscript needs golang.org/x/tools, which the
// module does not require, so this file runs the scripts itself; cs2go
// runs in-process (run), which keeps the tests fast.
//
// Commands: `cs2go ARGS...` (must exit 0), `! cs2go ARGS...` (must fail),
// `status N` (exit code of the last cs2go), `stdin FILE` (stdin of the next
// cs2go), `stdout RE`, `stderr RE` (match; `! stdout RE` must not match),
// `exists PATH...`, `mkdir DIR`, `go ARGS...` (runs the go command),
// `skip-short` (skip the script under -short: it builds Go), `#` comments.

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			runScript(t, data)
		})
	}
}

func runScript(t *testing.T, archive []byte) {
	script, files := splitTxtar(archive)
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	// cs2go run caches builds under the user cache directory.
	t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, ".cache"))
	var stdout, stderr string
	var stdin []byte
	status := 0
	for n, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		neg := strings.HasPrefix(line, "! ")
		if neg {
			line = strings.TrimSpace(line[2:])
		}
		args := splitArgs(line)
		where := "line " + strconv.Itoa(n+1) + ": " + line
		switch args[0] {
		case "cs2go":
			var out, errb bytes.Buffer
			status = run(args[1:], bytes.NewReader(stdin), &out, &errb)
			stdout, stderr, stdin = out.String(), errb.String(), nil
			if (status != 0) != neg {
				t.Fatalf("%s: exit status %d\nstdout:\n%s\nstderr:\n%s", where, status, stdout, stderr)
			}
		case "go":
			cmd := exec.Command("go", args[1:]...)
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
			out, err := cmd.CombinedOutput()
			if (err != nil) != neg {
				t.Fatalf("%s: %v\n%s", where, err, out)
			}
		case "status":
			if want, _ := strconv.Atoi(args[1]); status != want {
				t.Fatalf("%s: exit status is %d", where, status)
			}
		case "stdin":
			data, err := os.ReadFile(args[1])
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			stdin = data
		case "stdout", "stderr":
			text := stdout
			if args[0] == "stderr" {
				text = stderr
			}
			re, err := regexp.Compile("(?m)" + args[1])
			if err != nil {
				t.Fatalf("%s: %v", where, err)
			}
			if re.MatchString(text) == neg {
				t.Fatalf("%s: %s is:\n%s", where, args[0], text)
			}
		case "exists":
			for _, p := range args[1:] {
				if _, err := os.Stat(p); (err == nil) == neg {
					t.Fatalf("%s: %s: %v", where, p, err)
				}
			}
		case "skip-short":
			if testing.Short() {
				t.Skip("builds a Go program; skipped in -short mode")
			}
		case "mkdir":
			if err := os.MkdirAll(args[1], 0o755); err != nil {
				t.Fatal(err)
			}
		default:
			t.Fatalf("%s: unknown command", where)
		}
	}
}

// splitArgs splits on spaces, honouring single quotes.
func splitArgs(line string) []string {
	var args []string
	var cur strings.Builder
	quoted, have := false, false
	for _, r := range line {
		switch {
		case r == '\'':
			quoted = !quoted
			have = true
		case r == ' ' && !quoted:
			if have {
				args = append(args, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteRune(r)
			have = true
		}
	}
	if have {
		args = append(args, cur.String())
	}
	return args
}

// splitTxtar returns a txtar archive's comment and files.
func splitTxtar(data []byte) (string, map[string][]byte) {
	files := map[string][]byte{}
	var comment strings.Builder
	name := ""
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		s := strings.TrimRight(string(line), "\r\n")
		if strings.HasPrefix(s, "-- ") && strings.HasSuffix(s, " --") && len(s) > 6 {
			name = strings.TrimSpace(s[3 : len(s)-3])
			files[name] = []byte{}
			continue
		}
		if name == "" {
			comment.Write(line)
		} else {
			files[name] = append(files[name], line...)
		}
	}
	return comment.String(), files
}
