// Package testprograms gathers the C# programs that tests translating
// everything run on: every golden input and every sample.
package testprograms

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// All returns the golden inputs (the "-- input.cs --" sections of
// golden/testdata/*.txtar) and the samples' Program.cs files by path;
// root is the repository's root relative to the test's directory. It
// fails the test when fewer than 40 are found: a test over a corpus that
// went missing would pass without checking anything.
func All(t testing.TB, root string) map[string][]byte {
	t.Helper()
	inputs := map[string][]byte{}
	archives, _ := filepath.Glob(filepath.Join(root, "golden/testdata/*.txtar"))
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
	programs, _ := filepath.Glob(filepath.Join(root, "samples/*/Program.cs"))
	for _, p := range programs {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = src
	}
	if len(inputs) < 40 {
		t.Fatalf("only %d test programs found under %s", len(inputs), root)
	}
	return inputs
}
