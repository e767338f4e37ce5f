// Package project turns what a user points cs2go at — .cs files, a folder,
// or an SDK-style .csproj — into the list of C# sources to translate and the
// project settings that change their meaning (root namespace, implicit
// usings, output type).
//
// The rules follow the .NET SDK where a user can notice them:
//   - a folder means every .cs file below it, minus bin/ and obj/ (the SDK's
//     default Compile glob excludes them, and they hold generated files);
//     a folder holding exactly one .csproj means that project;
//   - a .csproj's Compile items are the default glob **/*.cs (unless
//     EnableDefaultCompileItems is false), plus <Compile Include>, minus
//     <Compile Remove>;
//   - RootNamespace defaults to the project file's name, OutputType to
//     Library, ImplicitUsings to off (the SDK's templates turn it on).
//
// Then Translate (translate.go) turns the project into one Go file: Merge
// joins the parsed files into one compilation unit (partial types
// included), EntryPoint decides between a program (package main) and a
// library (package GoPackageName(RootNamespace)), MissingTypes lists the
// types the project uses but does not have, and Summarize/FormatSummary
// give `cs2go check` its per-file table.
//
// A project becomes one Go package whatever its namespaces: C# lets the
// namespaces of one assembly use each other both ways, Go forbids import
// cycles, and the mapper already gives every type one package-level name
// (a second type of the same name is a diagnostic).
package project

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Project is a set of C# sources translated together.
type Project struct {
	// Dir is the project's folder: the .csproj's folder, the folder given,
	// or the folder of the first file.
	Dir string
	// Name is the project's name: the .csproj's base name, else the folder's.
	Name string
	// RootNamespace is the .csproj's RootNamespace, or Name.
	RootNamespace string
	// OutputType is "Exe", "WinExe" or "Library" when a .csproj says so, else "".
	OutputType string
	// ProjectFile is the .csproj's path, "" for loose files and folders.
	ProjectFile string
	// ImplicitUsings reports <ImplicitUsings>enable</ImplicitUsings>. Loose
	// files get the SDK's implicit usings too (corpus: 9 of 47 programs rely
	// on them), so the translator treats them as on unless a .csproj says
	// otherwise; ImplicitUsingsSet tells the two apart.
	ImplicitUsings    bool
	ImplicitUsingsSet bool
	// Nullable is the <Nullable> setting ("enable", "disable", ...), or "".
	Nullable string
	// Files are the C# sources in a stable order (by path).
	Files []File
}

// File is one C# source.
type File struct {
	// Path is the path as given or found (used in diagnostics).
	Path string
	// Src is the file's contents.
	Src []byte
}

// Load resolves the arguments of `cs2go FILE.cs…`, `cs2go DIR` or
// `cs2go X.csproj` into one project. Mixing a .csproj with other arguments
// is an error, as is an argument that is none of the three.
func Load(args []string) (*Project, error) {
	if len(args) == 0 {
		return nil, errors.New("no input: give .cs files, a folder or a .csproj")
	}
	if len(args) == 1 {
		info, err := os.Stat(args[0])
		if err != nil {
			return nil, err
		}
		switch {
		case info.IsDir():
			return loadDir(args[0])
		case strings.EqualFold(filepath.Ext(args[0]), ".csproj"):
			return loadCsproj(args[0])
		}
	}
	p := &Project{ImplicitUsings: true}
	for _, a := range args {
		if strings.EqualFold(filepath.Ext(a), ".csproj") {
			return nil, fmt.Errorf("%s: a .csproj must be the only argument", a)
		}
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if info.IsDir() {
			return nil, fmt.Errorf("%s: a folder must be the only argument", a)
		}
		if err := p.addFile(a); err != nil {
			return nil, err
		}
	}
	p.Dir = filepath.Dir(args[0])
	p.Name = strings.TrimSuffix(filepath.Base(args[0]), filepath.Ext(args[0]))
	p.RootNamespace = p.Name
	p.sortFiles()
	return p, nil
}

func (p *Project) addFile(name string) error {
	for _, f := range p.Files {
		if filepath.Clean(f.Path) == filepath.Clean(name) {
			return nil // named twice: translate once
		}
	}
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	p.Files = append(p.Files, File{Path: name, Src: src})
	return nil
}

func (p *Project) sortFiles() {
	sort.Slice(p.Files, func(i, j int) bool { return p.Files[i].Path < p.Files[j].Path })
}

// loadDir loads a folder: its single .csproj if it has exactly one, else
// every .cs file below it minus bin/ and obj/.
func loadDir(dir string) (*Project, error) {
	projs, _ := filepath.Glob(filepath.Join(dir, "*.csproj"))
	if len(projs) == 1 {
		return loadCsproj(projs[0])
	}
	if len(projs) > 1 {
		return nil, fmt.Errorf("%s: %d .csproj files; name the one to translate", dir, len(projs))
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	name := filepath.Base(abs)
	p := &Project{Dir: dir, Name: name, RootNamespace: name, ImplicitUsings: true}
	files, err := globCS(dir)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no .cs files", dir)
	}
	for _, f := range files {
		if err := p.addFile(f); err != nil {
			return nil, err
		}
	}
	p.sortFiles()
	return p, nil
}

// globCS lists the .cs files below dir, skipping bin/, obj/ and hidden
// folders, as the SDK's default items do.
func globCS(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			base := d.Name()
			if name != dir && (strings.EqualFold(base, "bin") || strings.EqualFold(base, "obj") || strings.HasPrefix(base, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(filepath.Ext(name), ".cs") {
			files = append(files, name)
		}
		return nil
	})
	return files, err
}

// csproj is the part of an SDK-style project file that cs2go reads.
type csproj struct {
	XMLName        xml.Name        `xml:"Project"`
	Sdk            string          `xml:"Sdk,attr"`
	PropertyGroups []propertyGroup `xml:"PropertyGroup"`
	ItemGroups     []itemGroup     `xml:"ItemGroup"`
}

type propertyGroup struct {
	RootNamespace             string `xml:"RootNamespace"`
	AssemblyName              string `xml:"AssemblyName"`
	OutputType                string `xml:"OutputType"`
	ImplicitUsings            string `xml:"ImplicitUsings"`
	Nullable                  string `xml:"Nullable"`
	EnableDefaultCompileItems string `xml:"EnableDefaultCompileItems"`
}

type itemGroup struct {
	Compile []compileItem `xml:"Compile"`
}

type compileItem struct {
	Include string `xml:"Include,attr"`
	Remove  string `xml:"Remove,attr"`
}

// loadCsproj reads an SDK-style project and resolves its Compile items.
func loadCsproj(file string) (*Project, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var pj csproj
	dec := xml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&pj); err != nil {
		line, col := xmlErrorPosition(data, dec.InputOffset())
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line = se.Line
			col = 1
		}
		return nil, fmt.Errorf("%s:%d:%d: not a readable project file: %v", file, line, col, err)
	}
	if pj.Sdk == "" {
		return nil, fmt.Errorf("%s:1:1: not an SDK-style project (no Sdk attribute on <Project>); "+
			"list its .cs files instead", file)
	}
	dir := filepath.Dir(file)
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	p := &Project{Dir: dir, Name: name, RootNamespace: name, OutputType: "Library", ProjectFile: file}
	defaultItems := true
	for _, g := range pj.PropertyGroups {
		if g.AssemblyName != "" {
			p.Name = g.AssemblyName
		}
		if g.RootNamespace != "" {
			p.RootNamespace = g.RootNamespace
		}
		if g.OutputType != "" {
			p.OutputType = g.OutputType
		}
		if g.ImplicitUsings != "" {
			p.ImplicitUsingsSet = true
			p.ImplicitUsings = strings.EqualFold(g.ImplicitUsings, "enable") || strings.EqualFold(g.ImplicitUsings, "true")
		}
		if g.Nullable != "" {
			p.Nullable = g.Nullable
		}
		if strings.EqualFold(g.EnableDefaultCompileItems, "false") {
			defaultItems = false
		}
	}
	included := map[string]bool{}
	if defaultItems {
		files, err := globCS(dir)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			included[f] = true
		}
	}
	for _, g := range pj.ItemGroups {
		for _, c := range g.Compile {
			for _, pattern := range splitItems(c.Include) {
				matches, err := globItems(dir, pattern)
				if err != nil {
					return nil, fmt.Errorf("%s: Compile Include=%q: %v", file, c.Include, err)
				}
				for _, m := range matches {
					included[m] = true
				}
			}
			for _, pattern := range splitItems(c.Remove) {
				matches, err := globItems(dir, pattern)
				if err != nil {
					return nil, fmt.Errorf("%s: Compile Remove=%q: %v", file, c.Remove, err)
				}
				for _, m := range matches {
					delete(included, m)
				}
			}
		}
	}
	for f := range included {
		if err := p.addFile(f); err != nil {
			return nil, err
		}
	}
	if len(p.Files) == 0 {
		return nil, fmt.Errorf("%s: the project compiles no .cs files", file)
	}
	p.sortFiles()
	return p, nil
}

// splitItems splits an MSBuild item list ("a.cs;b/*.cs").
func splitItems(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ";") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, strings.ReplaceAll(part, `\`, "/"))
		}
	}
	return out
}

// globItems expands an MSBuild glob relative to dir: `*` and `?` within a
// path segment, `**` for any number of folders.
func globItems(dir, pattern string) ([]string, error) {
	if !strings.ContainsAny(pattern, "*?") {
		name := filepath.Join(dir, filepath.FromSlash(pattern))
		if _, err := os.Stat(name); err != nil {
			return nil, nil // MSBuild ignores items that do not exist
		}
		return []string{name}, nil
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	var out []string
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, name)
		if err != nil {
			return err
		}
		if matchItem(pattern, filepath.ToSlash(rel)) {
			out = append(out, name)
		}
		return nil
	})
	return out, err
}

// matchItem matches a slash path against an MSBuild glob with `**`.
func matchItem(pattern, name string) bool {
	pp := strings.Split(pattern, "/")
	np := strings.Split(name, "/")
	var match func(i, j int) bool
	match = func(i, j int) bool {
		for i < len(pp) {
			if pp[i] == "**" {
				for k := j; k <= len(np); k++ {
					if match(i+1, k) {
						return true
					}
				}
				return false
			}
			if j >= len(np) {
				return false
			}
			if ok, _ := path.Match(pp[i], np[j]); !ok {
				return false
			}
			i, j = i+1, j+1
		}
		return j == len(np)
	}
	return match(0, 0)
}

// xmlErrorPosition turns a byte offset into a 1-based line and column.
func xmlErrorPosition(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
