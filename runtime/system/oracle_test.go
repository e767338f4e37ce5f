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
	got := map[string]string{}
	for _, line := range oracleOutput(t, oracle) {
		label, result, ok := strings.Cut(line, " => ")
		if !ok {
			continue
		}
		got[label] = monoParamName.ReplaceAllString(result, "$1$2 (Parameter '$3')")
	}
	return got
}

// oracleOutput compiles and runs testdata/<oracle> and returns its lines.
func oracleOutput(t *testing.T, oracle string) []string {
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
	return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
}

// TestLineOraclesLive checks the tables copied verbatim from oracle output.
func TestLineOraclesLive(t *testing.T) {
	t.Run("char_oracle.cs", func(t *testing.T) {
		if got := strings.Join(oracleOutput(t, "char_oracle.cs"), "\n"); got != charOracleLines {
			t.Errorf("char oracle prints:\n%s", got)
		}
	})
	t.Run("uri_oracle.cs", func(t *testing.T) {
		mono := map[string]bool{}
		for _, l := range oracleOutput(t, "uri_oracle.cs") {
			mono[l] = true
		}
		for _, want := range uriComponentLines {
			if strings.HasPrefix(want, "http://h\\a") {
				continue // the .NET Core row (see uriComponentLines)
			}
			if !mono[want] {
				t.Errorf("uri oracle does not print %q", want)
			}
		}
	})
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
