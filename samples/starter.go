// This file implements the starter servers of issue 6: `cs2go new DIR [--from
// SAMPLE]` (WriteStarter) scaffolds a Go module from an embedded sample — the
// translated server, the original C#, a README and a stdlib-only Go test that
// replays the sample's script on the wire — and `cs2go samples` (ListText)
// lists the samples to start from. The CLI wiring lives in cmd/cs2go; the
// translation itself is passed in, so this package does not depend on the
// translator.

package samples

import (
	_ "embed"
	"errors"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// DefaultStarter is the sample `cs2go new` starts from without --from: the
// seed program of the project, small and complete.
const DefaultStarter = "keepalive"

// Files WriteStarter adds next to the translated module.
const (
	// StarterProgram is the original C# program. Its name is also the one
	// passed to translate, so diagnostics point at the file the user has.
	StarterProgram = "PROGRAM.cs"
	// StarterReadme says what the server is and how to run and test it.
	StarterReadme = "README.md"
	// StarterTest checks the server on the wire.
	StarterTest = "server_test.go"
)

// ListText is what `cs2go samples` prints: one line per sample, sorted by
// name, the name padded to a column and followed by the description; the
// default of `cs2go new` is marked "(default)".
func ListText() string {
	list := List()
	width := 0
	for _, s := range list {
		width = max(width, len(s.Name))
	}
	var b strings.Builder
	for _, s := range list {
		line := fmt.Sprintf("%-*s  %s", width, s.Name, s.Description)
		if s.Name == DefaultStarter {
			line += " (default)"
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// WriteStarter scaffolds a Go module in dir from sample s. dir must not exist
// or be empty. translate must write the translated program into dir as a Go
// module that builds offline (what `cs2go -o dir` writes); it is called with
// StarterProgram as the file name and the C# source. WriteStarter then adds
// StarterProgram, StarterReadme and StarterTest. If anything fails, dir is
// left as it was found (removed, or emptied), so the command can be rerun.
func WriteStarter(dir string, s Sample, translate func(name string, src []byte, dir string) error) error {
	entries, err := os.ReadDir(dir)
	switch {
	case err == nil && len(entries) > 0:
		return fmt.Errorf("%s is not empty (cs2go new writes only into a new or empty directory)", dir)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	}
	created := err != nil
	script, err := s.Script()
	if err != nil {
		return err
	}
	test, err := starterTest(s, script)
	if err != nil {
		return err
	}
	files := []struct {
		name string
		data []byte
	}{
		{StarterProgram, s.Program()},
		{StarterReadme, starterReadme(s, script)},
		{StarterTest, test},
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	undo := func() {
		if created {
			os.RemoveAll(dir)
			return
		}
		// dir was empty before, so everything in it is ours.
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	if err := translate(StarterProgram, s.Program(), dir); err != nil {
		undo()
		return fmt.Errorf("translating the %s sample: %w", s.Name, err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			undo()
			return err
		}
	}
	return nil
}

// starterTestTemplate is the fixed part of StarterTest; the exchanges of the
// sample's script are filled in as Go literals.
//
//go:embed starter_server_test.go.tmpl
var starterTestTemplate string

// starterTest renders StarterTest for the sample: the script's requests and
// expected responses become Go string literals, one line of the wire text
// per source line, so the test reads like the script it came from.
func starterTest(s Sample, script *Script) ([]byte, error) {
	var ex strings.Builder
	for _, e := range script.Exchanges {
		fmt.Fprintf(&ex, "\t{\n\t\tconn: %s,\n", strconv.Quote(e.Conn))
		fmt.Fprintf(&ex, "\t\trequest: %s,\n", goLines(string(e.Request)))
		fmt.Fprintf(&ex, "\t\tresponse: %s,\n", goLines(FormatResponse(&e.Response)))
		if e.Response.Closed {
			ex.WriteString("\t\tclosed: true,\n")
		}
		ex.WriteString("\t},\n")
	}
	// Two fields are filled in, so a Replacer does text/template's work
	// here; the cs2go binary links this package for every command, and
	// text/template's package start-up would cost each of them.
	src := strings.NewReplacer("{{.Name}}", s.Name, "{{.Exchanges}}", ex.String()).Replace(starterTestTemplate)
	out, err := format.Source([]byte(src))
	if err != nil {
		return nil, fmt.Errorf("samples: generated %s for %s does not parse: %v", StarterTest, s.Name, err)
	}
	return out, nil
}

// goLines writes text as a concatenation of quoted lines, each keeping its
// line end.
func goLines(text string) string {
	if text == "" {
		return `""`
	}
	lines := strings.SplitAfter(text, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	quoted := make([]string, len(lines))
	for i, l := range lines {
		quoted[i] = strconv.Quote(l)
	}
	return strings.Join(quoted, " +\n\t\t\t")
}

// starterReadme renders StarterReadme.
func starterReadme(s Sample, script *Script) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: a Go server translated from C#\n\n", s.Name)
	fmt.Fprintf(&b, "This module was made by `cs2go new` from cs2go's `%s` sample: %s.\n\n", s.Name, s.Description)
	fmt.Fprintf(&b, "- `%s` is the original C# program (`samples/%s/Program.cs` in cs2go), kept for reference.\n", StarterProgram, s.Name)
	b.WriteString("- `main.go` is its translation. It uses the cs2go runtime, a Go emulation of\n" +
		"  .NET's `HttpListener`, which `go.mod` points to inside this module, so\n" +
		"  `go build` works offline.\n")
	fmt.Fprintf(&b, "- `%s` checks the server on the wire (see below).\n\n", StarterTest)
	b.WriteString("## Run\n\n" +
		"The server takes its port from its first argument, as the C# program does:\n\n" +
		"    go run . 8080\n\n" +
		"and, in another terminal:\n\n")
	fmt.Fprintf(&b, "    curl -i http://localhost:8080%s\n\n", curlPath(script))
	fmt.Fprintf(&b, "Most samples serve until they are stopped (Ctrl-C); a few stop by themselves\n"+
		"after a particular request. The comment at the top of `%s` says which.\n\n", StarterProgram)
	fmt.Fprintf(&b, "## Test\n\n"+
		"    go test -v\n\n"+
		"`%s` builds the server, starts it on a free port, sends the raw HTTP\n"+
		"requests of the sample's script over plain TCP and compares each response\n"+
		"(status line, all headers in order, body, and whether the connection stays\n"+
		"open) with what managed .NET's `HttpListener` answers. `Date` and `Server`\n"+
		"values are masked, and the port is written `$PORT`. When you change the\n"+
		"server, change the expected responses in the test with it.\n", StarterTest)
	if c := strings.TrimSpace(script.Comment); c != "" {
		b.WriteString("\nWhat the script checks (spec items are those of cs2go's notes on\n" +
			"HttpListener's behaviour):\n\n")
		for _, l := range strings.Split(c, "\n") {
			b.WriteString(strings.TrimRight("> "+l, " ") + "\n")
		}
	}
	return []byte(b.String())
}

// requestLine matches a well-formed GET request line with an origin-form
// target that is safe to paste into a shell. Compiled on first use: only
// `cs2go new` needs it.
var requestLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^GET (/[A-Za-z0-9/._~%=-]*) HTTP/1\.[01]\r?$`)
})

// curlPath picks the path of the script's first plain GET request for the
// README's curl example, or "/".
func curlPath(script *Script) string {
	for _, e := range script.Exchanges {
		line, _, _ := strings.Cut(string(e.Request), "\n")
		if m := requestLine().FindStringSubmatch(line); m != nil {
			return m[1]
		}
	}
	return "/"
}
