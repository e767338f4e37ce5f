// Tests of formatting in parts: on every golden input and every sample,
// the parts give the bytes that formatting the whole file gives.

package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestFormatInPartsIsFormatWhole(t *testing.T) {
	inputs := map[string][]byte{}
	archives, _ := filepath.Glob("../golden/testdata/*.txtar")
	for _, a := range archives {
		data, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		// The input is the txtar section "-- input.cs --", up to the next.
		_, in, ok := bytes.Cut(data, []byte("-- input.cs --\n"))
		if !ok {
			continue
		}
		if i := bytes.Index(in, []byte("\n-- ")); i >= 0 {
			in = in[:i+1]
		}
		inputs[a] = in
	}
	programs, _ := filepath.Glob("../samples/*/Program.cs")
	for _, p := range programs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = src
	}
	// A program whose own text holds the marker is formatted whole.
	inputs["marker in the program"] = []byte(`using System;
class P {
    // ` + partMarker + `
    static void A() { Console.WriteLine("` + partMarker + `"); }
    static void B() { }
    static void Main() { A(); B(); }
}
`)
	if len(inputs) < 40 {
		t.Fatalf("only %d inputs found", len(inputs))
	}
	defer func(decls, procs int) {
		parallelFormatDecls = decls
		runtime.GOMAXPROCS(procs)
	}(parallelFormatDecls, runtime.GOMAXPROCS(0))
	for name, src := range inputs {
		parallelFormatDecls = 1 << 30
		whole := Translate("Program.cs", src, Options{})
		parallelFormatDecls = 1
		for _, procs := range []int{2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			parts := Translate("Program.cs", src, Options{})
			if !bytes.Equal(parts.Go, whole.Go) {
				t.Errorf("%s: formatted in up to %d parts, the output differs from formatting it whole", name, procs)
			}
		}
	}
}
