// This file implements BenchmarkParse: throughput in C# lines per second on
// 1x, 10x and 100x a realistic HttpListener program (testdata/bench), to
// show the parser is fast enough and grows linearly, and on the 14,005-line
// samples.Replicate input the CLI figures of issue 7 use.

package parser

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cs2go/cs2go/samples"
)

// benchInput returns n copies of the sample's namespace (each renamed so
// the file stays valid C#) after one copy of its using directives.
func benchInput(tb testing.TB, n int) []byte {
	src, err := os.ReadFile("testdata/bench/server.cs")
	if err != nil {
		tb.Fatal(err)
	}
	i := bytes.Index(src, []byte("namespace Bench.Server"))
	head, body := src[:i], string(src[i:])
	var b bytes.Buffer
	b.Write(head)
	for k := 0; k < n; k++ {
		b.WriteString(strings.Replace(body, "namespace Bench.Server", fmt.Sprintf("namespace Bench.Server%d", k), 1))
	}
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	type input struct {
		name string
		src  []byte
	}
	var inputs []input
	for _, n := range []int{1, 10, 100} {
		src := benchInput(b, n)
		inputs = append(inputs, input{fmt.Sprintf("%dx_%dlines", n, bytes.Count(src, []byte("\n"))), src})
	}
	// The translator's own large-file benchmark input (issue 7): 100
	// renamed copies of a sample, 14,005 lines, as `cs2go check` reads it.
	if js, err := os.ReadFile("../samples/jsonrest/Program.cs"); err == nil {
		src := []byte(samples.Replicate(string(js), 100))
		inputs = append(inputs, input{fmt.Sprintf("jsonrest100x_%dlines", bytes.Count(src, []byte("\n"))), src})
	}
	for _, in := range inputs {
		src := in.src
		lines := bytes.Count(src, []byte("\n"))
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if _, err := Parse("server.cs", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
			// On a shared machine wall time mostly measures the neighbours;
			// lines per CPU-second (process user+system time, GC included)
			// is the stable figure.
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(lines)*float64(b.N)/cpu.Seconds(), "lines/cpu-s")
			}
		})
	}
}

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestBenchInputParses(t *testing.T) {
	if _, err := Parse("server.cs", benchInput(t, 3)); err != nil {
		t.Fatal(err)
	}
}
