// This file implements the tests of the parallel lexing (lexparallel.go):
// lexing in pieces gives exactly the serial lexer's tokens, comments,
// interpolation table, warnings and errors, wherever the cuts fall: inside
// comments, strings, interpolations and dropped #if branches, after
// #define, around errors. FuzzParallelLex checks it on any input and cut.

package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// lexStressInputs put column-1 lines, where the lexer may cut, inside
// every construct that spans lines.
func lexStressInputs() map[string]string {
	cls := func(name string) string { return "class " + name + " {\n    int f = 1;\n}\n" }
	return map[string]string{
		"block comment":     cls("A") + "/*\nclass X {\n}\n*/\n" + cls("B") + "/** doc\nclass Y\n */\n" + cls("C"),
		"line comments":     cls("A") + "// x\n//\nclass B { } // y\n" + cls("C"),
		"verbatim string":   "class A { string s = @\"\nclass Y\n}\n[\n\"\"\"; }\n" + cls("B"),
		"raw string":        "class A { string s = \"\"\"\n  x\nclass Z\n}\n  \"\"\"; }\n" + cls("B") + "class C { string s = \"\"\"\"\nz\"\"\"\n\"\"\"\"; }\n",
		"interp verbatim":   "class A { string s = $@\"{\nFoo(1)\n}\nclass Q {{\n\"; }\n" + cls("B"),
		"interp raw":        "class A { string s = $$\"\"\"\n{{Foo(\nx)}}\nclass R {\n\"\"\"; }\n" + cls("B"),
		"interp nested":     "class A { string s = $@\"{$@\"{\nx\n}\"}\nclass S\n\"; }\n" + cls("B"),
		"interp format":     "class A { string s = $\"{x:N2}\"; string t = $\"{(\nx)}\"; }\n" + cls("B"),
		"if false":          cls("A") + "#if X\nclass Dropped {}\n#else\nclass Kept {}\n#endif\n" + cls("C"),
		"if nested":         "#if X\nclass D1 {}\n#if Y\nclass D2 {}\n#endif\nclass D3 {}\n#elif true\nclass K1 {}\n#else\nclass D4 {}\n#endif\n" + cls("C"),
		"if taken open":     "#if true\n" + cls("A") + cls("B") + "#endif\n" + cls("C"),
		"define":            "#define A\n#undef B\n#if A\n" + cls("X") + "#endif\n#if A\n" + cls("Y") + "#endif\n",
		"undef only":        cls("P") + "#undef A\n" + cls("Q") + "#if A\nclass R {}\n#endif\n",
		"if without endif":  cls("A") + "#if X\n" + cls("B") + cls("C"),
		"taken no endif":    cls("A") + "#if true\n" + cls("B") + cls("C"),
		"endif without if":  cls("A") + "#endif\n" + cls("B"),
		"directives":        "#!/usr/bin/env dotnet\n#:package X@1\n#region R\n" + cls("A") + "#pragma warning disable 1\n#nullable enable\n" + cls("B") + "#warning careful\n#endregion\n" + cls("C"),
		"error early":       "class A { string s = \"abc\n}\n" + cls("B") + cls("C"),
		"error late":        cls("A") + cls("B") + "class C { char c = ''; }\n" + cls("D"),
		"bad char":          cls("A") + "class B { ` }\n" + cls("C"),
		"unterminated":      cls("A") + cls("B") + "/* open\nclass C {}\n",
		"unterminated str":  cls("A") + "class B { string s = @\"open\n" + cls("C"),
		"bom crlf":          "\uFEFF" + strings.ReplaceAll(cls("A")+cls("B")+cls("C"), "\n", "\r\n"),
		"lone cr":           strings.ReplaceAll(cls("A")+cls("B")+cls("C"), "\n", "\r"),
		"line separators":   "class A {\u2028int x;\u2029}\n" + cls("B") + "class C {\u0085}\n",
		"unicode":           "class Ä {\n}\nÜber x;\n" + cls("B") + "class Ñ { string s = \"日本\"; }\n",
		"braces brackets":   "namespace N\n{\n[Serializable]\n" + cls("A") + "}\n[assembly: X]\n_x = 1;\n" + cls("B"),
		"no final newline":  cls("A") + "class B {}",
		"many errors":       strings.Repeat("class A { char c = ''; }\n", 60) + cls("Z"),
		"error then define": "class A { ` }\n#define X\n" + cls("B"),
		// Denser than run's estimate of 5 bytes a token, so lexers outgrow
		// their regions of the shared array, all or some.
		"dense":               strings.Repeat("class C{int[]a={1,2,3,4,5,6,7,8,9};}\n", 12),
		"dense then sparse":   strings.Repeat("class C{int[]a={1,2,3,4,5,6,7,8,9};}\n", 6) + strings.Repeat("// a comment line that is long and has no tokens at all\n"+cls("S"), 6),
		"sparse then dense":   strings.Repeat("// a comment line that is long and has no tokens at all\n"+cls("S"), 6) + strings.Repeat("class C{int[]a={1,2,3,4,5,6,7,8,9};}\n", 6),
		"sparse dense sparse": strings.Repeat("/* long comment, no tokens, long comment, no tokens */\n"+cls("S"), 4) + strings.Repeat("class C{int[]a={1,2,3,4,5,6,7,8,9};}\n", 4) + strings.Repeat("/* long comment, no tokens, long comment, no tokens */\n"+cls("S"), 4),
	}
}

// lexSerial lexes src with run.
func lexSerial(src []byte) *scanner {
	s := newScanner("in.cs", src)
	s.run()
	return s
}

// diffLex describes how two lexers' results differ ("" if they do not).
func diffLex(a, b *scanner) string {
	switch {
	case !reflect.DeepEqual(a.toks, b.toks):
		for i := range min(len(a.toks), len(b.toks)) {
			if a.toks[i] != b.toks[i] {
				return fmt.Sprintf("token %d: %v vs %v", i, a.toks[i], b.toks[i])
			}
		}
		return fmt.Sprintf("%d tokens vs %d", len(a.toks), len(b.toks))
	case !reflect.DeepEqual(a.comments, b.comments):
		return "comments differ"
	case !reflect.DeepEqual(a.interps, b.interps):
		return "interpolations differ"
	case !reflect.DeepEqual(a.warnings, b.warnings):
		return fmt.Sprintf("warnings: %v vs %v", a.warnings, b.warnings)
	case !reflect.DeepEqual(a.errs, b.errs):
		return fmt.Sprintf("errors: %v vs %v", a.errs, b.errs)
	}
	return ""
}

// lineCuts returns every offset runCuts may be given: the starts of lines
// that begin with a letter, '_', '}' or '['.
func lineCuts(src string) []int {
	var cuts []int
	for c := plainLineAfter(src, 0); c >= 0; c = plainLineAfter(src, c) {
		cuts = append(cuts, c)
	}
	return cuts
}

// checkCuts lexes src in pieces at cuts and reports any difference from
// want; it returns how many pieces were joined.
func checkCuts(t testing.TB, name string, src []byte, want *scanner, cuts []int) int {
	s := newScanner("in.cs", src)
	joined := s.runCuts(cuts)
	if d := diffLex(want, s); d != "" {
		t.Errorf("%s: cuts %v: %s", name, cuts, d)
	}
	return joined
}

// TestParallelLexIsSerial cuts every lexer stress input at every possible
// line and pair of lines, and the other inputs at a sample of them.
func TestParallelLexIsSerial(t *testing.T) {
	joinedInputs := 0
	check := func(name string, src []byte, all bool) {
		want := lexSerial(src)
		cuts := lineCuts(string(src))
		joined := 0
		if all {
			for i, a := range cuts {
				joined += checkCuts(t, name, src, want, []int{a})
				for _, b := range cuts[i+1:] {
					joined += checkCuts(t, name, src, want, []int{a, b})
				}
			}
		} else if len(cuts) > 0 {
			step := max(1, len(cuts)/16)
			for i := 0; i < len(cuts); i += step {
				joined += checkCuts(t, name, src, want, []int{cuts[i]})
				if j := i + len(cuts)/3; j < len(cuts) && j > i {
					joined += checkCuts(t, name, src, want, []int{cuts[i], cuts[j]})
				}
			}
		}
		if joined > 0 {
			joinedInputs++
		}
	}
	for name, src := range lexStressInputs() {
		check(name, []byte(src), true)
	}
	for _, in := range stressInputs() {
		check(in.name, in.src, false)
	}
	for _, in := range append(repoInputs(t), replicatedInputs(t)...) {
		check(in.name, in.src, false)
	}
	t.Logf("%d inputs lexed in joined pieces", joinedInputs)
	if joinedInputs < 50 {
		t.Errorf("only %d inputs were lexed in joined pieces", joinedInputs)
	}
}

// TestParallelLexJoins checks that clean cuts are used (not lexed again
// serially) and that the pieces are joined in order.
func TestParallelLexJoins(t *testing.T) {
	src := []byte(strings.Repeat("class A {\n    int f = 1; // c\n    string s = $\"{f}\";\n}\n", 50))
	want := lexSerial(src)
	cuts := lineCuts(string(src))
	if got := checkCuts(t, "classes", src, want, []int{cuts[10], cuts[20], cuts[30]}); got != 3 {
		t.Errorf("joined %d pieces, want 3", got)
	}
	// Lexers that outgrow their regions of the shared array: the pieces
	// are still joined.
	for _, name := range []string{"dense", "dense then sparse", "sparse then dense", "sparse dense sparse"} {
		src := []byte(lexStressInputs()[name])
		want := lexSerial(src)
		cuts := lineCuts(string(src))
		third := len(cuts) / 3
		if got := checkCuts(t, name, src, want, []int{cuts[third], cuts[2*third]}); got != 2 {
			t.Errorf("%s: joined %d pieces, want 2", name, got)
		}
	}
	// A cut inside a dropped #if branch is passed over, not reached: the
	// pieces from there are lexed again serially.
	src = []byte("class A {}\n#if X\nclass B {}\n#endif\nclass C {}\nclass D {}\n")
	want = lexSerial(src)
	cuts = lineCuts(string(src)) // the lines of B, C and D
	if got := checkCuts(t, "if", src, want, []int{cuts[0], cuts[1]}); got != 0 {
		t.Errorf("cut in a dropped branch: joined %d pieces, want 0", got)
	}
	if got := checkCuts(t, "if", src, want, []int{cuts[1], cuts[2]}); got != 2 {
		t.Errorf("clean cuts after #endif: joined %d pieces, want 2", got)
	}
}

// FuzzParallelLex checks that lexing in pieces gives the serial lexer's
// result on any input and any one or two cuts.
func FuzzParallelLex(f *testing.F) {
	for _, src := range lexStressInputs() {
		f.Add([]byte(src), uint16(1), uint16(3))
	}
	for _, in := range stressInputs() {
		f.Add(in.src, uint16(5), uint16(0))
	}
	f.Fuzz(func(t *testing.T, src []byte, a, b uint16) {
		want := lexSerial(src)
		cuts := lineCuts(want.src)
		if len(cuts) == 0 {
			return
		}
		i, j := int(a)%len(cuts), int(b)%len(cuts)
		checkCuts(t, "fuzz input", src, want, []int{cuts[i]})
		if i < j {
			checkCuts(t, "fuzz input", src, want, []int{cuts[i], cuts[j]})
		}
	})
}
