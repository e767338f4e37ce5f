package gen

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestHangScan(t *testing.T) {
	seeds, _ := filepath.Glob("../samples/*/Program.cs")
	for _, s := range seeds {
		src, _ := os.ReadFile(s)
		for cut := 0; cut+3 < len(src); cut += 7 {
			for _, in := range [][]byte{src[:cut], append(append([]byte{}, src[:cut]...), src[cut+3:]...)} {
				done := make(chan bool)
				go func() { Translate("x.cs", in, Options{}); close(done) }()
				select {
				case <-done:
				case <-time.After(3 * time.Second):
					os.WriteFile("/tmp/hang.cs", in, 0o644)
					t.Fatalf("hang on %s cut %d", s, cut)
				}
			}
		}
	}
}
