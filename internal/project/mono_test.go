// The Mono differential for multi-file projects: the C# original of every
// golden program (one with an entry point) is compiled with mcs, run by
// Mono, and must answer the golden's requests exactly as the translation
// does (issue 9).

package project

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestMonoDifferentialProjects(t *testing.T) {
	if testing.Short() {
		t.Skip("running Mono programs (-short)")
	}
	if _, err := exec.LookPath("mcs"); err != nil {
		if os.Getenv("CS2GO_REQUIRE_MONO") == "1" {
			t.Fatal("mcs not found and CS2GO_REQUIRE_MONO=1: install mono-mcs")
		}
		t.Skip("mcs not found (apt-get install mono-mcs); set CS2GO_REQUIRE_MONO=1 to make this a failure")
	}
	paths, _ := filepath.Glob("testdata/*.txtar")
	ran := 0
	for _, path := range paths {
		g := readGolden(t, path)
		if len(g.requests) == 0 {
			continue // a library: nothing for Mono to serve
		}
		ran++
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			p, err := Load([]string{writeInputs(t, g)})
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			args := []string{"-out:" + filepath.Join(dir, "prog.exe")}
			for i, f := range p.Files {
				name := filepath.Join(dir, filepath.Base(f.Path)+"."+string(rune('a'+i))+".cs")
				if err := os.WriteFile(name, monoSource(f.Src, p.ImplicitUsings), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, name)
			}
			if out, err := exec.Command("mcs", args...).CombinedOutput(); err != nil {
				t.Fatalf("mcs: %v\n%s", err, out)
			}
			// How long Mono takes to exit after its listener stops is not
			// what the differential compares (the answers are); under a
			// loaded CI machine it exceeded 10 s, so the exit is not awaited.
			exerciseServer(t, []string{"mono", filepath.Join(dir, "prog.exe")}, g.requests, false)
		})
	}
	if ran == 0 {
		t.Fatal("no golden program to run under Mono")
	}
}

// writeInputs writes a golden's project files to a fresh folder.
func writeInputs(t *testing.T, g *golden) string {
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
	return dir
}

// implicitUsingLines are the SDK's implicit usings for console programs,
// which mcs (C# 7) does not know (System.Net.Http left out: this Mono has
// no System.Net.Http.dll, and no golden uses it).
const implicitUsingLines = "using System;\nusing System.IO;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n"

var (
	fileScopedNamespace = regexp.MustCompile(`(?m)^namespace ([\w.]+);\s*$`)
	usingLine           = regexp.MustCompile(`^using [\w.= ]+;\s*$`)
	typeDeclLine        = regexp.MustCompile(`^(public |internal |static |partial |sealed |abstract )*(class|struct|enum|interface) `)
)

// monoSource rewrites C# 10 forms that Mono's mcs (C# 7) cannot compile
// into their C# 7 equivalents, changing nothing a request can observe:
// implicit usings become explicit, a file-scoped namespace becomes a block,
// and top-level statements become a Main method.
func monoSource(src []byte, implicitUsings bool) []byte {
	text := string(src)
	if m := fileScopedNamespace.FindStringSubmatchIndex(text); m != nil {
		text = text[:m[0]] + "namespace " + text[m[2]:m[3]] + "\n{" + text[m[1]:] + "\n}\n"
	}
	lines := strings.Split(text, "\n")
	var usings, body []string
	topLevel := false
	for _, l := range lines {
		trimmed := strings.TrimSpace(l)
		switch {
		case len(body) == 0 && (usingLine.MatchString(trimmed) || trimmed == "" || strings.HasPrefix(trimmed, "//")):
			// Usings and the comments above them stay at file level.
			usings = append(usings, l)
		default:
			if len(body) == 0 && !strings.HasPrefix(trimmed, "namespace") && !strings.HasPrefix(trimmed, "[") &&
				!typeDeclLine.MatchString(trimmed) {
				topLevel = true
			}
			body = append(body, l)
		}
	}
	var sb strings.Builder
	if implicitUsings {
		sb.WriteString(implicitUsingLines)
	}
	sb.WriteString(strings.Join(usings, "\n") + "\n")
	if topLevel {
		sb.WriteString("static class TopLevelProgram\n{\n    static void Main(string[] args)\n    {\n")
		sb.WriteString(strings.Join(body, "\n"))
		sb.WriteString("\n    }\n}\n")
	} else {
		sb.WriteString(strings.Join(body, "\n"))
	}
	return []byte(sb.String())
}
