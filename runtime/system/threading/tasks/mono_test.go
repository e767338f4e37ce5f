// Live re-check of the exception table against Mono, when it is installed.

package tasks

import (
	"testing"

	"github.com/cs2go/cs2go/runtime/system/threading/internal/oracle"
)

func TestMonoOracle(t *testing.T) {
	var cases []exceptionCase
	for _, c := range argumentErrorCases {
		if !c.monoDiffers {
			cases = append(cases, c)
		}
	}
	snippets := make([]string, len(cases))
	for i, c := range cases {
		snippets[i] = c.cs
	}
	got := oracle.Exceptions(t, "using System; using System.Threading; using System.Threading.Tasks;", snippets)
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s: Mono threw %q, table says %q", c.name, got[i], c.want)
		}
	}
}
