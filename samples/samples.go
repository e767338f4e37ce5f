// Package samples holds the C# sample programs of cs2go (one directory per
// program: Program.cs, script.txtar and optional data files), embedded so
// that the cs2go command can list them and start projects from them (List,
// Lookup, Sample.FS; starter.go). The request-script format is described in
// README.md and parsed by script.go.
//
// The harness that replays a script against a running server and compares
// the responses with the ones managed .NET sends lives in this package's
// test files (replay_test.go, compare_test.go, server_test.go), so the
// cs2go binary links neither the test harness nor its dependencies.
package samples

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// files holds every sample directory. The pattern */* picks up the files of
// each sample directory (and whole subdirectories such as www/) but not the Go
// files and documents at the top of this package.
//
//go:embed */*
var files embed.FS

// Sample is one embedded sample program.
type Sample struct {
	// Name is the directory name, e.g. "keepalive".
	Name string
	// Description is the text after "// Sample:" on the first line of Program.cs.
	Description string
}

// descriptionPrefix opens the first line of every Program.cs.
const descriptionPrefix = "// Sample:"

// compilerPrefix opens an optional line of Program.cs that lists extra mcs
// arguments, e.g. "// mcs: -r:System.Web.dll".
const compilerPrefix = "// mcs:"

// List returns the samples sorted by name: every directory that holds a
// Program.cs.
func List() []Sample {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		panic(err) // the embedded FS always has a root
	}
	var list []Sample
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		src, err := fs.ReadFile(files, path.Join(e.Name(), "Program.cs"))
		if err != nil {
			continue
		}
		list = append(list, Sample{Name: e.Name(), Description: description(src)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// Lookup returns the sample called name.
func Lookup(name string) (Sample, bool) {
	for _, s := range List() {
		if s.Name == name {
			return s, true
		}
	}
	return Sample{}, false
}

// Files returns all sample directories as one file system, rooted above them.
func Files() fs.FS { return files }

// FS returns the sample's own directory (Program.cs, script.txtar, ...).
func (s Sample) FS() fs.FS {
	sub, err := fs.Sub(files, s.Name)
	if err != nil {
		panic(err) // fs.Sub fails only for invalid names, and Name came from ReadDir
	}
	return sub
}

// Program returns the C# source of the sample.
func (s Sample) Program() []byte {
	src, err := fs.ReadFile(files, path.Join(s.Name, "Program.cs"))
	if err != nil {
		panic(fmt.Sprintf("samples: %s has no Program.cs: %v", s.Name, err))
	}
	return src
}

// Script parses the sample's script.txtar.
func (s Sample) Script() (*Script, error) {
	data, err := fs.ReadFile(files, path.Join(s.Name, "script.txtar"))
	if err != nil {
		return nil, fmt.Errorf("samples: %s: %w", s.Name, err)
	}
	sc, err := ParseScript(data)
	if err != nil {
		return nil, fmt.Errorf("%s/script.txtar: %w", s.Name, err)
	}
	return sc, nil
}

// CompilerArgs returns the extra mcs arguments named on a "// mcs:" line of
// Program.cs (references such as -r:System.Web.dll), or nil.
func (s Sample) CompilerArgs() []string {
	sc := bufio.NewScanner(bytes.NewReader(s.Program()))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if rest, ok := strings.CutPrefix(line, compilerPrefix); ok {
			return strings.Fields(rest)
		}
	}
	return nil
}

// description extracts the one-line description from the first line.
func description(src []byte) string {
	first, _, _ := bytes.Cut(src, []byte("\n"))
	first = bytes.TrimPrefix(first, []byte("\ufeff"))
	rest, ok := bytes.CutPrefix(bytes.TrimSpace(first), []byte(descriptionPrefix))
	if !ok {
		return ""
	}
	return string(bytes.TrimSpace(rest))
}
