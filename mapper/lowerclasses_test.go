// Tests of lowering classes on several goroutines: on every golden input,
// every sample and copies of the largest, it gives the file and the
// diagnostics lowering in order gives.

package mapper

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"github.com/cs2go/cs2go/internal/testprograms"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/samples"
)

func TestParallelLowerIsSerial(t *testing.T) {
	inputs := testprograms.All(t, "..")
	jsonrest := inputs["../samples/jsonrest/Program.cs"]
	if jsonrest == nil {
		t.Fatal("no samples/jsonrest")
	}
	inputs["jsonrest x5"] = []byte(samples.Replicate(string(jsonrest), 5))
	defer func(bytes, procs int) {
		parallelLowerBytes = bytes
		runtime.GOMAXPROCS(procs)
	}(parallelLowerBytes, runtime.GOMAXPROCS(0))
	for name, src := range inputs {
		cu, err := parser.Parse("Program.cs", src)
		if err != nil {
			continue // the golden tests cover inputs that do not parse
		}
		parallelLowerBytes = 1 << 30
		serial, serialDiags := Map(cu)
		compareWorkers(t, name, src, serial, serialDiags)
	}
}

// firstDeclDiff describes the first difference between two files' decls
// ("" if none).
func firstDeclDiff(want, got *File) string {
	if len(want.Decls) != len(got.Decls) {
		return fmt.Sprintf("%d decls, in order %d", len(got.Decls), len(want.Decls))
	}
	for i := range want.Decls {
		if !reflect.DeepEqual(want.Decls[i], got.Decls[i]) {
			return fmt.Sprintf("decl %d differs:\n%#v\nin order:\n%#v", i, got.Decls[i], want.Decls[i])
		}
	}
	if !reflect.DeepEqual(want, got) {
		return "the files differ outside their decls"
	}
	return ""
}

// A panic while lowering a class (an internal error) ends the pass after
// the classes before it, with one internal-error diagnostic at the class,
// whether the classes are lowered in order or by several workers.
func TestParallelLowerPanicIsSerial(t *testing.T) {
	src := []byte(`using System;
class A { public static void M() { Console.WriteLine("a"); } }
class B { public static void M() { Console.WriteLine("b"); } }
class C { public static void M() { Console.WriteLine("c"); } }
class D { public static void M() { Console.WriteLine("d"); } }
class P { static void Main() { A.M(); B.M(); C.M(); D.M(); } }
`)
	defer func(bytes, procs int) {
		parallelLowerBytes = bytes
		lowerClassHook = nil
		runtime.GOMAXPROCS(procs)
	}(parallelLowerBytes, runtime.GOMAXPROCS(0))
	lowerClassHook = func(c *ClassInfo) {
		if c.Name == "C" {
			panic("boom")
		}
	}
	cu, err := parser.Parse("Program.cs", src)
	if err != nil {
		t.Fatal(err)
	}
	parallelLowerBytes = 1 << 30
	serial, serialDiags := Map(cu)
	want := "Program.cs:4:1: internal error: boom (please report this with the input)"
	if len(serialDiags) != 1 || serialDiags[0].String() != want {
		t.Fatalf("in order: diagnostics %v, want [%s]", serialDiags, want)
	}
	if len(serial.Decls) != 2 {
		t.Fatalf("in order: %d decls, want A.M and B.M only", len(serial.Decls))
	}
	compareWorkers(t, "panic in C", src, serial, serialDiags)
}

// compareWorkers maps src with its classes lowered by 2, 3 and 8 workers
// and compares the file and the diagnostics with serial's. The caller
// restores parallelLowerBytes and GOMAXPROCS.
func compareWorkers(t *testing.T, name string, src []byte, serial *File, serialDiags Diagnostics) {
	t.Helper()
	parallelLowerBytes = 0
	for _, procs := range []int{2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		// A fresh tree each time: the declare pass records its results on
		// the mapper's own records, not on the tree, but a shared tree
		// would hide it if that changed.
		cu, _ := parser.Parse("Program.cs", src)
		f, diags := Map(cu)
		if d := firstDeclDiff(serial, f); d != "" {
			t.Errorf("%s: lowered by %d workers: %s", name, procs, d)
		}
		if !reflect.DeepEqual(diags, serialDiags) {
			t.Errorf("%s: lowered by %d workers, the diagnostics differ:\n%v\nin order:\n%v", name, procs, diags, serialDiags)
		}
	}
}
