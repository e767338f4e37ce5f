// This file implements the tests of the parallel parse (parallel.go): on
// every C# input the repository has, on replicated samples and on inputs
// made to stress the cuts (comments, directives, attributes, errors,
// warnings, file-scoped and nested namespaces), parsing in parts gives
// exactly the tree, comments, warnings and errors of the serial parse; and
// FuzzParallelParse checks the same on any input.

package parser

import (
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/parser/ast"
	"github.com/cs2go/cs2go/samples"
)

// parallelInput is one C# file to parse both ways.
type parallelInput struct {
	name string
	src  []byte
	// mustSplit: the parallel path must be taken (the input is valid C#
	// with many top-level members).
	mustSplit bool
}

// repoInputs returns every C# input of the repository: the samples' .cs
// files, the parser's and the translator's golden inputs, the benchmark
// program and the fuzz corpus.
func repoInputs(t testing.TB) []parallelInput {
	var ins []parallelInput
	err := filepath.WalkDir("../samples", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".cs") {
			return err
		}
		src, err := os.ReadFile(path)
		ins = append(ins, parallelInput{name: path, src: src})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, glob := range []string{"testdata/*.txtar", "../golden/testdata/*.txtar"} {
		inputs := txtarInputs(t, glob)
		if len(inputs) == 0 {
			t.Fatalf("no %s", glob)
		}
		for _, file := range slices.Sorted(maps.Keys(inputs)) {
			ins = append(ins, parallelInput{name: file, src: inputs[file]})
		}
	}
	src, err := os.ReadFile("testdata/bench/server.cs")
	if err != nil {
		t.Fatal(err)
	}
	ins = append(ins, parallelInput{name: "bench/server.cs", src: src})
	corpus, _ := filepath.Glob("testdata/fuzz/*/*")
	for _, file := range corpus {
		if src, ok := readCorpusFile(file); ok {
			ins = append(ins, parallelInput{name: file, src: src})
		}
	}
	return ins
}

// readCorpusFile decodes a `go test fuzz v1` file of one []byte value.
func readCorpusFile(file string) ([]byte, bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, false
	}
	lines := strings.SplitN(strings.TrimSpace(string(data)), "\n", 2)
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "[]byte(") {
		return nil, false
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	return []byte(s), err == nil
}

// replicatedInputs returns samples.Replicate copies of every sample
// program, the 100 copies of jsonrest the benchmarks use, and n copies of
// the benchmark program.
func replicatedInputs(t testing.TB) []parallelInput {
	var ins []parallelInput
	progs, _ := filepath.Glob("../samples/*/Program.cs")
	if len(progs) == 0 {
		t.Fatal("no samples")
	}
	for _, file := range progs {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		n := 3
		if strings.Contains(file, "/jsonrest/") {
			n = 100
		}
		rep := []byte(samples.Replicate(string(src), n))
		// Some samples do not survive being wrapped in a namespace (a
		// file-scoped namespace, top-level statements): such copies have
		// errors and are parsed serially.
		_, err = Parse(file, rep)
		ins = append(ins, parallelInput{name: fmt.Sprintf("%s x%d", file, n), src: rep, mustSplit: err == nil})
	}
	ins = append(ins, parallelInput{name: "bench x5", src: benchInput(t, 5), mustSplit: true})
	return ins
}

// stressInputs are made to put cuts next to everything that could tell a
// part from the serial parse.
func stressInputs() []parallelInput {
	cls := func(name string) string {
		return "public class " + name + " {\n    int f = 1;\n    public int M(int x) { return x + f; }\n}\n"
	}
	many := func(f func(k int) string, n int) string {
		var b strings.Builder
		for k := range n {
			b.WriteString(f(k))
		}
		return b.String()
	}
	cases := map[string]string{
		"plain": many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 12),
		"comments between": "using System;\n" + many(func(k int) string {
			return fmt.Sprintf("// about C%d\n/// <summary>doc of C%d</summary>\n\n/* block */ %s#region R%d\n#endregion\n", k, k, cls(fmt.Sprint("C", k)), k)
		}, 10),
		"doc right before": many(func(k int) string { return fmt.Sprintf("/// doc %d\n%s", k, cls(fmt.Sprint("C", k))) }, 10),
		"if across members": many(func(k int) string {
			return fmt.Sprintf("#if DEBUG\n%s#else\n%s#endif\n", cls(fmt.Sprint("D", k)), cls(fmt.Sprint("C", k)))
		}, 8),
		"if open at cut": "#if FOO\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "#endif\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"define":         "#define FOO\n" + many(func(k int) string { return "#if FOO\n" + cls(fmt.Sprint("C", k)) + "#endif\n" }, 8),
		"warning":        many(func(k int) string { return fmt.Sprintf("#warning w%d\n%s", k, cls(fmt.Sprint("C", k))) }, 8),
		"attributes": many(func(k int) string {
			return fmt.Sprintf("[Serializable]\n[Obsolete(\"x\", true)] %s", cls(fmt.Sprint("C", k)))
		}, 8),
		"global attributes": "using System;\n[assembly: Foo]\n" + cls("A") + "[assembly: Bar(1)]\n" +
			many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6),
		"file scoped":               "using System;\nnamespace App.Core;\nusing X;\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 10),
		"file scoped after classes": cls("A") + "namespace App;\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6),
		"two file scoped":           "namespace A;\n" + cls("X") + "namespace B;\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6),
		"nested namespaces": "namespace Outer {\n using System;\n" + many(func(k int) string {
			return fmt.Sprintf("namespace N%d { %s %s }\n", k, cls("A"), cls("B"))
		}, 6) + "}\n",
		"one namespace":       "namespace Outer.Inner {\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 12) + "}\n",
		"namespace semicolon": many(func(k int) string { return fmt.Sprintf("namespace N%d { %s };\n", k, cls("A")) }, 8),
		"toplevel statements": "using System;\nConsole.WriteLine(1);\nint x = 2;\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 8),
		"statement after":     many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "Console.WriteLine(1);\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"using after":         many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "using System;\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"error late":          many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 10) + "class Bad { int x = ; }\n" + cls("Z"),
		"error early":         "class Bad { void F() { x = (1; } }\n" + many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 10),
		"many errors": many(func(k int) string {
			return fmt.Sprintf("class C%d { void F() { x = ; y = ; }\n int = 3;\n }\n", k)
		}, 40),
		"stray close":   many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "}\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"stray paren":   many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + ")\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"missing close": many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "class Open { void F() {\n" + many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"unclosed paren": many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "class P { int x = (1; }\n" +
			many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"local function warning": many(func(k int) string {
			return fmt.Sprintf("class C%d { void F() { public int G() => 1; } }\n", k)
		}, 8),
		"too deep": many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) +
			"class Deep { int x = " + strings.Repeat("(", 1200) + "1" + strings.Repeat(")", 1200) + "; }\n" +
			many(func(k int) string { return cls(fmt.Sprint("E", k)) }, 6),
		"kinds": many(func(k int) string {
			return fmt.Sprintf("record R%d(int X);\nrecord struct S%d(int Y) { }\ndelegate void D%d<T>(T x) where T : class;\nenum E%d { A, B = 2, };\ninterface I%d { int P { get; } }\nstruct T%d { }\npartial class P%d { }\nstatic file class F%d { }\n", k, k, k, k, k, k, k, k)
		}, 6),
		"interpolation": many(func(k int) string {
			return fmt.Sprintf("class C%d { string F(int x) => $\"a{x}b{(x > 0 ? \"p\" : $\"{x:D2}\")}c{new[] { 1 }.Length}\"; string G() => $@\"{{\n}}{1}\"; }\n", k)
		}, 8),
		"raw strings": many(func(k int) string {
			return fmt.Sprintf("class C%d { string F() => \"\"\"\n    class X { }\n    \"\"\"; string G(int a) => $$\"\"\"{{{a}}}\"\"\"; }\n", k)
		}, 8),
		"verbatim with braces": many(func(k int) string {
			return fmt.Sprintf("class C%d { string F = @\"\n}\nclass Y {\n\"; }\n", k)
		}, 8),
		"block comment with braces": many(func(k int) string {
			return fmt.Sprintf("/* } class X { */\nclass C%d { }\n", k)
		}, 8),
		"lex error": many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "class Q { char c = ''; }\n",
		"generic ambiguity": many(func(k int) string {
			return fmt.Sprintf("class C%d<T> where T : new() { void F() { var a = G<int, string>(1); bool b = x < y > (z); } }\n", k)
		}, 8),
		"bom crlf":          "\uFEFF" + strings.ReplaceAll(many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 8), "\n", "\r\n"),
		"no newline at end": strings.TrimSpace(many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 8)),
		"modifiers only":    many(func(k int) string { return cls(fmt.Sprint("C", k)) }, 6) + "public static\n",
		"events and operators": many(func(k int) string {
			return fmt.Sprintf("class C%d { public event EventHandler E; public static C%d operator +(C%d a, C%d b) => a; public static implicit operator int(C%d c) => 0; ~C%d() { } public int this[int i] => i; }\n", k, k, k, k, k, k)
		}, 8),
	}
	var ins []parallelInput
	for name, src := range cases {
		ins = append(ins, parallelInput{name: name, src: []byte(src)})
	}
	return ins
}

// withSmallParts lowers the size limits so that every input, however
// small, goes through the parallel path, and restores them after the
// test.
func withSmallParts(tb testing.TB) {
	bytes, tokens, pieces := parallelParseBytes, minPartTokens, minLexPieceBytes
	parallelParseBytes, minPartTokens, minLexPieceBytes = 0, 1, 1
	tb.Cleanup(func() { parallelParseBytes, minPartTokens, minLexPieceBytes = bytes, tokens, pieces })
}

// checkParallel parses src serially and in 2, 3 and 5 parts and reports
// any difference; it returns whether some parallel parse used its parts.
func checkParallel(t testing.TB, name string, src []byte) (split bool) {
	want, _, wantErr := parseFile("in.cs", src, 1)
	for _, n := range []int{2, 3, 5} {
		got, parallel, err := parseFile("in.cs", src, n)
		split = split || parallel
		if d := diffParse(want, wantErr, got, err); d != "" {
			t.Errorf("%s: %d parts (parallel=%v) differ from the serial parse:\n%s", name, n, parallel, d)
			return split
		}
	}
	return split
}

// diffParse describes how two parse results differ ("" if they do not),
// positions, comments and warnings included.
func diffParse(a *ast.CompilationUnit, aErr error, b *ast.CompilationUnit, bErr error) string {
	if !reflect.DeepEqual(aErr, bErr) {
		return fmt.Sprintf("errors:\n%v\nvs\n%v", aErr, bErr)
	}
	if reflect.DeepEqual(a, b) {
		return ""
	}
	if d := cmp.Diff(ast.Dump(a), ast.Dump(b)); d != "" {
		return d
	}
	if d := cmp.Diff(fmt.Sprint(a.Warnings), fmt.Sprint(b.Warnings)); d != "" {
		return "warnings: " + d
	}
	return "the trees differ (positions or comments: ast.Dump does not show it)"
}

func TestParallelParseIsSerial(t *testing.T) {
	withSmallParts(t)
	ins := append(repoInputs(t), replicatedInputs(t)...)
	ins = append(ins, stressInputs()...)
	splits := 0
	for _, in := range ins {
		split := checkParallel(t, in.name, in.src)
		if split {
			splits++
		}
		if in.mustSplit && !split {
			t.Errorf("%s: the parallel path was not taken", in.name)
		}
	}
	t.Logf("%d inputs, %d parsed in parts", len(ins), splits)
	if splits < len(ins)/4 {
		t.Errorf("only %d of %d inputs went through the parallel path", splits, len(ins))
	}
}

// TestParallelParseStress checks the inputs made to stress the cuts one by
// one (subtests), and which of them must take the parallel path.
func TestParallelParseStress(t *testing.T) {
	withSmallParts(t)
	mustSplit := map[string]bool{"plain": true, "comments between": true, "doc right before": true, "if across members": true,
		"if open at cut": true, "define": true, "warning": true, "attributes": true, "file scoped": true, "two file scoped": true, "nested namespaces": true,
		"one namespace": true, "namespace semicolon": true, "toplevel statements": true, "local function warning": true, "kinds": true,
		"interpolation": true, "raw strings": true, "verbatim with braces": true, "block comment with braces": true,
		"generic ambiguity": true, "bom crlf": true, "no newline at end": true, "events and operators": true, "global attributes": true}
	for _, in := range stressInputs() {
		t.Run(in.name, func(t *testing.T) {
			split := checkParallel(t, in.name, in.src)
			if mustSplit[in.name] != split {
				_, err := Parse("in.cs", in.src)
				t.Errorf("parallel path taken: %v, want %v (serial error: %v)", split, mustSplit[in.name], err)
			}
		})
	}
}

// TestParallelParseDefaultLimits checks the real size limits: a small
// file is parsed serially, the 14,005-line replicated sample in parts.
func TestParallelParseDefaultLimits(t *testing.T) {
	if numParts() < 2 {
		t.Skip("one CPU: Parse never splits")
	}
	small, err := os.ReadFile("../samples/jsonrest/Program.cs")
	if err != nil {
		t.Fatal(err)
	}
	large := []byte(samples.Replicate(string(small), 100))
	for _, c := range []struct {
		src  []byte
		want bool
	}{{small, false}, {large, true}} {
		parts := 1
		if len(c.src) >= parallelParseBytes {
			parts = numParts()
		}
		if _, parallel, err := parseFile("in.cs", c.src, parts); parallel != c.want || err != nil {
			t.Errorf("%d bytes: parallel=%v err=%v, want parallel=%v", len(c.src), parallel, err, c.want)
		}
	}
}

// TestParallelParsePanicInPart checks that a panic on a part's goroutine
// is contained: Parse falls back to the serial parse and its result.
func TestParallelParsePanicInPart(t *testing.T) {
	withSmallParts(t)
	partHook = func(*part) { panic("boom") }
	t.Cleanup(func() { partHook = nil })
	src := benchInput(t, 3)
	want, _, wantErr := parseFile("in.cs", src, 1)
	got, parallel, err := parseFile("in.cs", src, 2)
	if parallel {
		t.Error("the parallel result was used despite the panic")
	}
	if d := diffParse(want, wantErr, got, err); d != "" {
		t.Error(d)
	}
	// Through Parse, as the translator calls it.
	cu, err := Parse("in.cs", src)
	if d := diffParse(want, wantErr, cu, err); d != "" {
		t.Error(d)
	}
}

// TestParallelParseCuts checks that the plan cuts the replicated sample
// into parts at top-level members with about equal shares of tokens.
func TestParallelParseCuts(t *testing.T) {
	src, err := os.ReadFile("../samples/jsonrest/Program.cs")
	if err != nil {
		t.Fatal(err)
	}
	s := newScanner("in.cs", []byte(samples.Replicate(string(src), 100)))
	s.run()
	p := &parser{filename: "in.cs", sc: s, errs: &s.errs, toks: s.toks, nodes: &nodeSlabs{}}
	p.tok = &p.toks[0]
	for _, n := range []int{2, 4} {
		parts := p.planParts(n)
		if len(parts) != n-1 {
			t.Fatalf("%d parts: planned %d, want %d", n, len(parts), n-1)
		}
		for k, pt := range parts {
			if p.toks[pt.start].Type != kNamespace || pt.inNS {
				t.Errorf("part %d starts at %v, not at a namespace of the compilation unit", k, p.toks[pt.start])
			}
			share := float64(pt.end-pt.start) / float64(len(p.toks))
			if d := share - 1/float64(n); d < -0.02 || d > 0.02 {
				t.Errorf("%d parts: part %d has %.3f of the tokens, want %.3f", n, k, share, 1/float64(n))
			}
		}
	}
}

// FuzzParallelParse checks that parsing in parts gives the serial parse's
// tree, comments, warnings and errors on any input.
func FuzzParallelParse(f *testing.F) {
	for _, in := range repoInputs(f) {
		f.Add(in.src)
	}
	for _, in := range stressInputs() {
		f.Add(in.src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		withSmallParts(t)
		checkParallel(t, "fuzz input", src)
	})
}
