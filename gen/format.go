// This file implements the formatting of a generated file: go/format over
// the whole file, or, for a large file, over parts of it side by side.

package gen

import (
	"bytes"
	"go/format"
	"runtime"
	"sync"
)

// partMarker is the line comment Generate writes between two top-level
// declarations where a large file is cut into parts to format. It is
// never part of the output.
const partMarker = "//cs2go:format-part"

// parallelFormatDecls is the number of top-level declarations from which
// a file is formatted in parts, one per CPU: go/format is a quarter of the
// time to translate a large program and runs on one CPU. Smaller files
// are formatted whole, which is cheaper than starting goroutines. Tests
// lower it to check that the parts give what the whole gives.
var parallelFormatDecls = 256

// formatParts returns how many parts to format a file of n top-level
// declarations in (1: whole).
func formatParts(n int) int {
	if n < parallelFormatDecls {
		return 1
	}
	return max(1, min(runtime.GOMAXPROCS(0), n))
}

// formatSource formats src, the unformatted file jennifer rendered with
// partMarker lines between its parts (and nowhere else: Generate checks),
// in parallel.
// The first part, with the package clause and imports, is formatted as a
// file and the others as declaration lists; top-level declarations are
// separated by exactly one blank line either way, so the parts joined by
// one give what formatting the whole file gives
// (TestFormatInPartsIsFormatWhole).
func formatSource(src []byte) ([]byte, error) {
	// jennifer writes the marker comment with a trailing space; the rest
	// of its line is leading space of the next part.
	parts := bytes.Split(src, []byte(partMarker))
	formatted := make([][]byte, len(parts))
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() { formatted[i], errs[i] = format.Source(part) })
	}
	wg.Wait()
	var out bytes.Buffer
	for i, f := range formatted {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if i > 0 {
			out.WriteString("\n")
		}
		out.Write(bytes.TrimSpace(f))
		out.WriteString("\n")
	}
	return out.Bytes(), nil
}
