// This file implements Replicate: n copies of a sample program as one valid
// program, the input of the translation throughput benchmarks.

package samples

import (
	"fmt"
	"regexp"
	"strings"
)

// Replicate returns n copies of a one-file C# program as one program: the
// using directives once, then each copy in its own namespace. Copy i > 0
// has every type the program declares renamed with the suffix i, and its
// Main renamed to Main<i>, so that the copies neither clash (cs2go puts all
// types in one Go package) nor add entry points: every copy is translated
// in full.
func Replicate(src string, n int) string {
	var usings, body []string
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "using ") && strings.HasSuffix(t, ";") && !strings.Contains(t, "(") && !strings.Contains(t, "=") {
			usings = append(usings, line)
		} else {
			body = append(body, line)
		}
	}
	text := strings.Join(body, "\n")
	var names []string
	for _, m := range regexp.MustCompile(`\b(?:class|struct|enum|interface|record|delegate\s+\w+(?:<[^>]*>)?)\s+([A-Za-z_]\w*)`).FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	rename := regexp.MustCompile(`\b(` + strings.Join(append(names, "Main"), "|") + `)\b`)
	var b strings.Builder
	b.WriteString(strings.Join(usings, "\n") + "\n")
	for i := 0; i < n; i++ {
		copyText := text
		if i > 0 {
			copyText = rename.ReplaceAllStringFunc(text, func(name string) string { return fmt.Sprintf("%s%d", name, i) })
		}
		fmt.Fprintf(&b, "namespace Copy%d\n{\n%s\n}\n", i, copyText)
	}
	return b.String()
}
