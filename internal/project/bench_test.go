// This file implements BenchmarkTranslate: the whole pipeline (parse,
// merge, map, generate, format) in C# lines per second on samples of two
// sizes and on 10x and 100x copies of the larger (samples.Replicate), in
// one process. It
// is the in-process complement of cmd/cs2go-bench's translation table,
// which times the CLI including start-up; profile it with
// `go test ./internal/project -run - -bench Translate -cpuprofile cpu.out`.

package project

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/cs2go/cs2go/gen"
	"github.com/cs2go/cs2go/samples"
)

func BenchmarkTranslate(b *testing.B) {
	type input struct {
		name string
		src  []byte
	}
	var inputs []input
	for _, s := range []string{"basic", "jsonrest"} {
		src, err := os.ReadFile("../../samples/" + s + "/Program.cs")
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, input{s, src})
		if s == "jsonrest" {
			for _, n := range []int{10, 100} {
				inputs = append(inputs, input{fmt.Sprintf("%s_%dx", s, n), []byte(samples.Replicate(string(src), n))})
			}
		}
	}
	for _, in := range inputs {
		lines := bytes.Count(in.src, []byte("\n"))
		b.Run(fmt.Sprintf("%s_%dlines", in.name, lines), func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			p := &Project{Name: "Bench", RootNamespace: "Bench", Files: []File{{Path: "Program.cs", Src: in.src}}}
			for b.Loop() {
				if r := Translate(p, gen.Options{}); r.Go == nil || len(r.Diags) > 0 {
					b.Fatalf("not translated in full: %v %v", r.ParseErrors, r.Diags)
				}
			}
			b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
		})
	}
}
