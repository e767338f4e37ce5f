// Tests of Replicate: the copies form one program that translates in full.

package samples

import (
	"os"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/internal/project"
)

// TestReplicateTranslatesEveryCopy checks that the throughput benchmarks'
// input is what they claim: three copies of the largest sample translate
// without a diagnostic, into three times the Go functions of one copy (but
// one Go main, which starts copy 0's Main).
func TestReplicateTranslatesEveryCopy(t *testing.T) {
	src, err := os.ReadFile("jsonrest/Program.cs")
	if err != nil {
		t.Fatal(err)
	}
	funcs := func(n int) int {
		p := &project.Project{Name: "R", RootNamespace: "R", Files: []project.File{{Path: "Program.cs", Src: []byte(Replicate(string(src), n))}}}
		r := project.Translate(p, gen.Options{})
		if r.Go == nil || len(r.ParseErrors) > 0 || len(r.Diags) > 0 {
			t.Fatalf("%d copies: parse errors %v, diagnostics %v", n, r.ParseErrors, r.Diags)
		}
		return strings.Count(string(r.Go), "\nfunc ")
	}
	if one, three := funcs(1), funcs(3); three != 3*one-2 {
		t.Errorf("3 copies have %d Go functions, one copy %d", three, one)
	}
}
