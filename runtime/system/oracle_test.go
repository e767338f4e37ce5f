// The oracle-table machinery shared by the tests: rows of expected values
// printed by C# oracle programs under testdata/, and a live re-check of
// those rows against Mono when it is installed.

package system

import (
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// oracleCase is one row: the oracle's label, the Go expression, the
// expected text, and whether the expected text is .NET Core's where Mono
// prints something else (such rows are not re-checked against Mono).
type oracleCase struct {
	name string
	f    func() any
	want string
	core bool
}

// monoParamName rewrites Mono's "msg\nParameter name: x" into .NET Core's
// "msg (Parameter 'x')", the form the tables hold.
var monoParamName = regexp.MustCompile(`^(!\w+: )(.*)\\nParameter name: (\w+)$`)

// runOracle compiles and runs testdata/<oracle> with Mono and returns its
// "label => result" lines as a map.
func runOracle(t *testing.T, oracle string) map[string]string {
	t.Helper()
	requireMono(t)
	exe := filepath.Join(t.TempDir(), "oracle.exe")
	if out, err := exec.Command("mcs", "-out:"+exe, filepath.Join("testdata", oracle)).CombinedOutput(); err != nil {
		t.Fatalf("mcs %s: %v\n%s", oracle, err, out)
	}
	out, err := exec.Command("mono", exe).Output()
	if err != nil {
		t.Fatalf("mono %s: %v", oracle, err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		label, result, ok := strings.Cut(line, " => ")
		if !ok {
			continue
		}
		got[label] = monoParamName.ReplaceAllString(result, "$1$2 (Parameter '$3')")
	}
	return got
}

// TestOraclesLive re-runs the oracle programs and checks that every table
// row not marked as a .NET Core difference still holds what Mono prints.
func TestOraclesLive(t *testing.T) {
	for _, tc := range []struct {
		oracle string
		cases  []oracleCase
	}{
		{"string_oracle.cs", stringMemberCases()},
		{"number_oracle.cs", numberMemberCases()},
		{"datetime_oracle.cs", dateTimeMemberCases()},
	} {
		t.Run(tc.oracle, func(t *testing.T) {
			mono := runOracle(t, tc.oracle)
			for _, c := range tc.cases {
				m, ok := mono[c.name]
				switch {
				case !ok:
					t.Errorf("%s: no oracle line", c.name)
				case c.core && m == c.want:
					t.Errorf("%s: marked as a .NET Core difference but Mono agrees (%q)", c.name, m)
				case !c.core && m != c.want:
					t.Errorf("%s: table has %q, Mono prints %q", c.name, c.want, m)
				}
			}
		})
	}
}
