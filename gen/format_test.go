// Tests of generating a large file in parts: on every golden input, every
// sample and copies of samples, and on files whose packages want the same
// name, the parts give the bytes that rendering and formatting the whole
// file gives.

package gen

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"

	"github.com/cs2go/cs2go/internal/testprograms"
	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/samples"
)

// partInputs returns the C# programs the part tests translate, by name.
func partInputs(t *testing.T) map[string][]byte {
	t.Helper()
	inputs := testprograms.All(t, "..")
	programs, _ := filepath.Glob("../samples/*/Program.cs")
	for _, p := range programs {
		src := inputs[p]
		inputs[p+" x2"] = []byte(samples.Replicate(string(src), 2))
		if strings.Contains(p, "jsonrest") {
			inputs[p+" x10"] = []byte(samples.Replicate(string(src), 10))
			inputs[p+" x100"] = []byte(samples.Replicate(string(src), 100))
		}
	}
	// The line that cut a rendered file into parts before parts were
	// rendered apart: a program's own text holding it changes nothing.
	const marker = "//cs2go:format-part"
	inputs["marker in the program"] = []byte(`using System;
class P {
    // ` + marker + `
    static void A() { Console.WriteLine("` + marker + `"); }
    static void B() { }
    static void Main() { A(); B(); }
}
`)
	if len(inputs) < 80 {
		t.Fatalf("only %d inputs found", len(inputs))
	}
	return inputs
}

// whole is the file generated in one piece, and the error doing so.
func whole(f *mapper.File, opts Options) ([]byte, error) {
	p := &printer{opts: opts, file: f}
	decls := make([]jen.Code, len(f.Decls))
	for i, d := range f.Decls {
		decls[i] = p.decl(d)
	}
	return generateWhole(f, opts, decls)
}

// inParts is the file generated in parts, nil where generateParts leaves
// it to be generated whole.
func inParts(f *mapper.File, opts Options, parts int) []byte {
	p := &printer{opts: opts, file: f}
	return p.generateParts(make([]jen.Code, len(f.Decls)), parts)
}

var partOptions = []Options{{}, {LineDirectives: true, Package: "lib"}}

// TestPartsAreWhole compares the file generated in 2, 3 and 8 parts with
// the file rendered and formatted whole, on every golden input, every
// sample and copies of samples (samples.Replicate).
func TestPartsAreWhole(t *testing.T) {
	for name, src := range partInputs(t) {
		cu, err := parser.Parse("Program.cs", src)
		if err != nil {
			continue
		}
		f, _ := mapper.Map(cu)
		for _, opts := range partOptions {
			want, err := whole(f, opts)
			for _, parts := range []int{2, 3, 8} {
				got := inParts(f, opts, parts)
				switch {
				case err != nil && got != nil:
					t.Errorf("%s %+v: the whole file does not format (%v), yet %d parts do", name, opts, firstLine(err.Error()), parts)
				case err == nil && got == nil:
					// Only packages wanting one name send a file back whole.
					t.Errorf("%s %+v: in %d parts, generated whole", name, opts, parts)
				case err == nil && !bytes.Equal(got, want):
					t.Errorf("%s %+v: in %d parts, the output differs from the whole file's:\n%s", name, opts, parts, firstDiff(got, want))
				}
			}
		}
	}
}

// TestGenerateInParts checks Generate's choice of parts, and that its
// output does not depend on it.
func TestGenerateInParts(t *testing.T) {
	defer func(decls, procs int) {
		parallelFormatDecls = decls
		runtime.GOMAXPROCS(procs)
	}(parallelFormatDecls, runtime.GOMAXPROCS(0))
	inputs := partInputs(t)
	for _, name := range []string{"../samples/jsonrest/Program.cs x10", "marker in the program"} {
		src := inputs[name]
		parallelFormatDecls = 1 << 30
		want := Translate("Program.cs", src, Options{})
		if want.Go == nil {
			t.Fatalf("%s: not translated: %v", name, want.Diags)
		}
		parallelFormatDecls = 1
		for _, procs := range []int{2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			if got := Translate("Program.cs", src, Options{}); !bytes.Equal(got.Go, want.Go) {
				t.Errorf("%s: generated in up to %d parts, the output differs from the whole file's", name, procs)
			}
		}
	}
}

// TestPartsImportNames generates files whose packages want one name
// (jennifer numbers the later ones: rand, rand1) in parts: in every case
// the output is the whole file's, in parts where the parts name each
// package as the whole file does, else whole.
func TestPartsImportNames(t *testing.T) {
	// use is a function declaration whose body uses each path's package,
	// in order.
	use := func(i int, paths ...string) mapper.Decl {
		var stmts []mapper.Stmt
		for _, p := range paths {
			stmts = append(stmts, &mapper.AssignStmt{Lhs: []mapper.Expr{&mapper.Ident{Name: "_"}}, Tok: "=",
				Rhs: []mapper.Expr{&mapper.Qual{Path: p, Name: "F"}}})
		}
		return &mapper.FuncDecl{Name: fmt.Sprintf("f%d", i), Body: &mapper.Block{Stmts: stmts}}
	}
	// file has n declarations; decl(i) gives the paths the i-th uses.
	file := func(n int, decl func(i int) []string) *mapper.File {
		f := &mapper.File{Source: "t.cs", Doc: []string{"Package doc."}}
		for i := range n {
			f.Decls = append(f.Decls, use(i, decl(i)...))
		}
		return f
	}
	defer func(decls, procs int) {
		parallelFormatDecls = decls
		runtime.GOMAXPROCS(procs)
	}(parallelFormatDecls, runtime.GOMAXPROCS(0))
	const n = 24
	io := mapper.RuntimeModule + "system/io"
	tests := []struct {
		name string
		f    *mapper.File
		// wantNames are import lines the whole file must hold, so that the
		// case names packages as it means to.
		wantNames []string
		// inParts, for 2, 3 and 8 parts: every part names each package as
		// the whole file does, which the check of generateParts sees.
		inParts [3]bool
	}{
		{"math/rand first, crypto/rand later", file(n, func(i int) []string {
			if i < n/2 {
				return []string{"math/rand", "os"}
			}
			return []string{"crypto/rand", "math/rand"}
		}), []string{`"math/rand"`, `rand1 "crypto/rand"`}, [3]bool{}},
		{"crypto/rand first, math/rand later", file(n, func(i int) []string {
			if i < n/2 {
				return []string{"crypto/rand"}
			}
			return []string{"math/rand"}
		}), []string{`"crypto/rand"`, `rand1 "math/rand"`}, [3]bool{}},
		{"both in each declaration, crypto/rand first", file(n, func(i int) []string {
			return []string{"crypto/rand", "math/rand"}
		}), []string{`"crypto/rand"`, `rand1 "math/rand"`}, [3]bool{true, true, true}},
		{"both in each declaration, math/rand first", file(n, func(i int) []string {
			return []string{"math/rand", "crypto/rand"}
		}), []string{`"math/rand"`, `rand1 "crypto/rand"`}, [3]bool{}},
		{"one in the middle", file(n, func(i int) []string {
			if i == n/2 {
				return []string{"crypto/rand", "math/rand"}
			}
			return []string{"math/rand"}
		}), []string{`"math/rand"`, `rand1 "crypto/rand"`}, [3]bool{}},
		{"runtime io and the standard library's", file(n, func(i int) []string {
			if i%5 == 4 {
				return []string{"io"}
			}
			return []string{io}
		}), []string{`"` + io + `"`, `io1 "io"`}, [3]bool{true, true, false}},
		{"guessed names", file(n, func(i int) []string {
			return [][]string{{"example.com/a/util"}, {"example.com/b/util", "example.com/type"}, {"example.com/type1"}}[i%3]
		}), []string{`util "example.com/a/util"`, `util1 "example.com/b/util"`, `type1 "example.com/type"`, `type11 "example.com/type1"`}, [3]bool{true, false, true}},
		{"no two want one name", file(n, func(i int) []string {
			return [][]string{{"math/rand"}, {"os", "example.com/a/util"}, {io, mapper.RuntimeModule + "newtonsoft/json"}}[i%3]
		}), []string{`"math/rand"`, `util "example.com/a/util"`, `"` + io + `"`}, [3]bool{true, true, true}},
	}
	for _, tt := range tests {
		want, err := whole(tt.f, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, l := range tt.wantNames {
			if !bytes.Contains(want, []byte("\t"+l+"\n")) {
				t.Errorf("%s: the whole file lacks the import %s:\n%s", tt.name, l, want)
			}
		}
		for k, parts := range []int{2, 3, 8} {
			got := inParts(tt.f, Options{}, parts)
			if (got != nil) != tt.inParts[k] {
				t.Errorf("%s: in %d parts: generated in parts %v, want %v", tt.name, parts, got != nil, tt.inParts[k])
			}
			if got != nil && !bytes.Equal(got, want) {
				t.Errorf("%s: in %d parts, the output differs from the whole file's:\n%s", tt.name, parts, firstDiff(got, want))
			}
			parallelFormatDecls = 1
			runtime.GOMAXPROCS(parts)
			out, err := Generate(tt.f, Options{})
			if err != nil || !bytes.Equal(out, want) {
				t.Errorf("%s: Generate in up to %d parts: %v, the output differs from the whole file's:\n%s", tt.name, parts, err, firstDiff(out, want))
			}
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, gl, wl)
		}
	}
	return "(equal)"
}
