// A live re-check of List.Sort's order for ties against Mono (whose
// List<T>.Sort is the reference-source introsort .NET also uses): runs
// only when mcs and mono are installed.

package generic

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/internal/monooracle"
)

func TestSortMatchesMonoLive(t *testing.T) {
	want := monooracle.Lines(t, filepath.Join("testdata", "sortties.cs"))

	type kv struct{ k, v int32 }
	var got []string
	seed := uint32(12345)
	for n := 1; n <= 300; n += 7 {
		l := NewList[kv]()
		for i := range n {
			seed = seed*1103515245 + 12345
			l.Add(kv{int32((seed >> 16) % 10), int32(i)})
		}
		l.SortComparison(func(a, b kv) int32 {
			switch {
			case a.k < b.k:
				return -1
			case a.k > b.k:
				return 1
			}
			return 0
		})
		parts := make([]string, 0, n)
		for x := range l.All() {
			parts = append(parts, strconv.Itoa(int(x.v)))
		}
		got = append(got, strings.Join(parts, ","))
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, Mono printed %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("size %d:\n got %s\nwant %s", 1+7*i, got[i], want[i])
		}
	}
}
