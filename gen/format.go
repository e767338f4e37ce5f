// This file implements the generation of a large file in parts side by
// side: each part's declarations are printed, rendered by jennifer and
// formatted by go/format on a goroutine of their own, and the package
// clause with the union of the parts' imports is put in front.

package gen

import (
	"bytes"
	"go/format"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dave/jennifer/jen"
)

// parallelFormatDecls is the number of top-level declarations from which
// a file is generated in parts, one per CPU: printing, rendering and
// formatting a large program take about half the CPU time to translate
// it, and each would run on one CPU. Smaller files are done whole, which is cheaper
// than starting goroutines. Tests lower it to check that the parts give
// what the whole gives.
var parallelFormatDecls = 256

// formatParts returns how many parts to generate a file of n top-level
// declarations in (1: whole).
func formatParts(n int) int {
	if n < parallelFormatDecls {
		return 1
	}
	return max(1, min(runtime.GOMAXPROCS(0), n))
}

// partPackage is the package name of the files parts are rendered in:
// it is cut off with their imports, and the names jennifer gives imported
// packages do not depend on it.
const partPackage = "p"

// part is what a part's goroutine leaves: its declarations formatted as a
// declaration list, and the lines of the import block jennifer wrote for
// the packages they use, such as `json "github.com/…/newtonsoft/json"` or
// `"os"`.
type part struct {
	src     []byte
	imports []string
	ok      bool
}

// generateParts prints decls (all of them, whatever the outcome) and
// generates the file in parts; nil means it must be generated whole.
//
// jennifer names an imported package when it first meets it while
// rendering: the name of ImportName or ImportAlias, of the standard
// library, or guessed from the path, numbered (rand1) if an earlier
// package took it. A part, rendered alone, meets only its own packages,
// so its names are the whole file's only if no package took another's
// name. That is checked after the fact: a file that imports the union of
// the parts' packages, met in any order (sorted), must write for each the
// import line every part wrote. Then no part's names were numbered because of
// another part's packages, and a package first met in part k was named by
// the packages part k met before it, as in the whole file, where those
// are met before it too: each name is the whole file's. Otherwise (two
// packages that want one name, such as math/rand and crypto/rand in
// different parts) the file is generated whole.
func (p *printer) generateParts(decls []jen.Code, parts int) []byte {
	results := make([]part, parts)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() { results[k] = p.part(decls, k*len(decls)/parts, (k+1)*len(decls)/parts) })
	}
	wg.Wait()

	// The union of the parts' import lines, one line a package.
	lines := map[string]string{} // import path → line
	size := 0
	for _, r := range results {
		if !r.ok {
			return nil
		}
		size += len(r.src) + 1
		for _, l := range r.imports {
			path, ok := importPath(l)
			if !ok {
				return nil
			}
			if prev, seen := lines[path]; seen && prev != l {
				return nil
			}
			lines[path] = l
		}
	}
	paths := make([]string, 0, len(lines))
	for path := range lines {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	probe := newFile(partPackage)
	for _, path := range paths {
		probe.Add(jen.Qual(path, "X"))
	}
	block, _, ok := renderPart(probe)
	if !ok {
		return nil
	}
	union := importLines(block)
	if len(union) != len(lines) {
		return nil
	}
	for _, l := range union {
		if path, ok := importPath(l); !ok || lines[path] != l {
			return nil
		}
	}

	// The package clause with its comments, and the import block.
	head := newFile(packageName(p.opts))
	fileComments(head, p.file)
	head.NoFormat = true
	var buf bytes.Buffer
	if err := head.Render(&buf); err != nil {
		return nil
	}
	buf.Write(block)
	header, err := format.Source(buf.Bytes())
	if err != nil {
		return nil
	}

	// The header is formatted as a file and the parts as declaration
	// lists; top-level declarations are separated by exactly one blank
	// line in a formatted file, so the pieces trimmed and joined by one
	// give what formatting the whole file gives (TestPartsAreWhole).
	out := make([]byte, 0, len(header)+size)
	for i := -1; i < parts; i++ {
		piece := header
		if i >= 0 {
			piece = results[i].src
		}
		piece = bytes.TrimSpace(piece)
		if len(piece) == 0 {
			// A part of declarations that print nothing.
			continue
		}
		if len(out) > 0 {
			out = append(out, '\n')
		}
		out = append(out, piece...)
		out = append(out, '\n')
	}
	return out
}

// part prints decls[lo:hi], renders them with jennifer and formats them.
func (p *printer) part(decls []jen.Code, lo, hi int) part {
	for i := lo; i < hi; i++ {
		decls[i] = p.decl(p.file.Decls[i])
	}
	out := newFile(partPackage)
	for i := lo; i < hi; i++ {
		if i > lo {
			out.Line()
		}
		out.Add(decls[i])
	}
	block, body, ok := renderPart(out)
	if !ok {
		return part{}
	}
	src, err := format.Source(body)
	if err != nil {
		return part{}
	}
	return part{src: src, imports: importLines(block), ok: true}
}

// renderPart renders out, a file of package partPackage without comments,
// unformatted, and cuts it after the import block jennifer writes between
// the package clause and the declarations (jen.File.Render, renderImports):
// none, `import name "path"` or `import (` lines `)`, and a blank line.
// Import lines hold quoted paths, so no newline. The cut is made before
// any declaration: the program's own text (comments, strings) is never
// searched, so it cannot move it.
func renderPart(out *jen.File) (block, body []byte, ok bool) {
	out.NoFormat = true
	var buf bytes.Buffer
	if err := out.Render(&buf); err != nil {
		return nil, nil, false
	}
	rest, ok := bytes.CutPrefix(buf.Bytes(), []byte("package "+partPackage+"\n\n"))
	if !ok {
		return nil, nil, false
	}
	end := 0
	switch {
	case bytes.HasPrefix(rest, []byte("import (\n")):
		end = bytes.Index(rest, []byte("\n)\n\n"))
		if end < 0 {
			return nil, nil, false
		}
		end += len("\n)\n\n")
	case bytes.HasPrefix(rest, []byte("import ")):
		end = bytes.Index(rest, []byte("\n\n"))
		if end < 0 {
			return nil, nil, false
		}
		end += len("\n\n")
	}
	return rest[:end], rest[end:], true
}

// importLines returns the lines of an import block cut by renderPart,
// without `import`, parentheses and indentation.
func importLines(block []byte) []string {
	if lines, ok := bytes.CutPrefix(block, []byte("import (\n")); ok {
		lines = bytes.TrimSuffix(lines, []byte("\n)\n\n"))
		var out []string
		for l := range bytes.SplitSeq(lines, []byte("\n")) {
			out = append(out, string(l))
		}
		return out
	}
	if line, ok := bytes.CutPrefix(block, []byte("import ")); ok {
		return []string{string(bytes.TrimSuffix(line, []byte("\n\n")))}
	}
	return nil
}

// importPath returns the path of an import line: `"path"` or
// `name "path"`; a name has no blank.
func importPath(line string) (string, bool) {
	quoted := line
	if len(line) > 0 && line[0] != '"' {
		_, quoted, _ = strings.Cut(line, " ")
	}
	path, err := strconv.Unquote(quoted)
	return path, err == nil
}
