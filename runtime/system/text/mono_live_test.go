// A live re-check of the encodings against Mono's, for the behaviour the
// two runtimes share; runs only when mcs and mono are installed.

package text

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/internal/monooracle"
)

func TestEncodingsMatchMonoLive(t *testing.T) {
	want := monooracle.Lines(t, filepath.Join("testdata", "encodings.cs"))

	hex := func(b []byte) string {
		parts := make([]string, len(b))
		for i, x := range b {
			parts[i] = fmt.Sprintf("%02X", x)
		}
		return strings.Join(parts, "-")
	}
	units := func(s string) string {
		var sb strings.Builder
		for _, u := range StringToUTF16(s) {
			fmt.Fprintf(&sb, "%04X", u)
		}
		return sb.String()
	}
	encs := []*Encoding{EncodingUTF8(), EncodingASCII(), EncodingUnicode(), EncodingBigEndianUnicode(), EncodingUTF32(), NewUTF32Encoding(true, false), EncodingGetEncoding("iso-8859-1")}
	strs := []string{"", "hello", "h\u00e9llo w\u00f6rld", "\u20ac100", "😀 smile", "\u00ff\u0100", "tab\there\r\n", "\xED\xA0\x80x", "y\xED\xB0\x80"}
	bytes := [][]byte{{}, {0x41, 0x42}, {0xC3, 0xA9, 0xE2, 0x82, 0xAC}, {0x80, 0xFF, 0x7F, 0x00}, {0x00, 0xD8, 0x00, 0xDC, 0x41, 0x00}, {0x00, 0xDC, 0x00, 0xD8}, {0xFF, 0xFF, 0x10, 0x00, 0x41}}
	var got []string
	for _, e := range encs {
		for _, s := range strs {
			got = append(got, e.WebName()+" bytes "+hex(e.GetBytes(s)))
		}
		for _, b := range bytes {
			if e.kind == kindUTF8 && len(b) > 0 && (b[0] == 0x80 || b[0] == 0x00 || b[0] == 0xFF) {
				continue // invalid UTF-8: Mono keeps .NET Framework's replacement count
			}
			got = append(got, e.WebName()+" chars "+units(e.GetString(b)))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, Mono printed %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("line %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}
