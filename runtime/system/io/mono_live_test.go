// A live re-check of StreamWriter's writes and StreamReader's BOM detection
// and line splitting against Mono; runs only when mcs and mono are installed.

package io

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/internal/monooracle"

	"github.com/cs2go/cs2go/runtime/system/text"
)

func TestStreamsMatchMonoLive(t *testing.T) {
	want := monooracle.Lines(t, filepath.Join("testdata", "streams.cs"))

	ints := func(xs []int32) string {
		parts := make([]string, len(xs))
		for i, x := range xs {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, ",")
	}
	var got []string
	encs := []*text.Encoding{text.NewUTF8Encoding(false), text.EncodingUTF8(), text.EncodingUnicode(), text.EncodingUTF32(), text.EncodingASCII()}
	for _, e := range encs {
		for _, n := range []int{0, 1, 1023, 1024, 1025, 3000} {
			r := newRecorder()
			w := NewStreamWriterEncoding(r, e)
			w.WriteString(strings.Repeat("\u00e9", n))
			before := ints(r.writes)
			w.Close()
			got = append(got, fmt.Sprintf("%s %d %s | %s", e.WebName(), n, before, ints(r.writes)))
		}
	}
	inputs := [][]byte{{0xFF, 0xFE, 0x41, 0, 0x0D, 0, 0x0A, 0, 0x42, 0}, {0xEF, 0xBB, 0xBF, 0x41, 0x0D, 0x42}, {0xFE, 0xFF, 0, 0x41, 0, 0x0A}, {0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0}, {0, 0, 0xFE, 0xFF, 0, 0, 0, 0x41}, {0x41, 0x0A, 0x0A, 0x42, 0x0D, 0x0A}, {0xC3, 0xA9, 0x0D}, {0xFF}}
	for _, b := range inputs {
		sr := NewStreamReader(newNonSeekable(b))
		var sb strings.Builder
		for l, ok := sr.ReadLineOK(); ok; l, ok = sr.ReadLineOK() {
			sb.WriteString("[")
			for _, u := range text.StringToUTF16(l) {
				fmt.Fprintf(&sb, "%04X", u)
			}
			sb.WriteString("]")
		}
		got = append(got, sr.CurrentEncoding().WebName()+" "+sb.String())
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, Mono printed %d:\n%s", len(got), len(want), strings.Join(want, "\n"))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}
