// Tests for resolving files, folders and .csproj projects into sources.

package project

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeTree creates files (path -> contents) under a temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func relPaths(t *testing.T, dir string, p *Project) []string {
	t.Helper()
	var out []string
	for _, f := range p.Files {
		rel, err := filepath.Rel(dir, f.Path)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	sort.Strings(out)
	return out
}

func TestFolderSkipsBinObjAndHidden(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"Program.cs": "class P {}", "Server/Router.cs": "class R {}",
		"bin/Debug/Gen.cs": "x", "obj/AssemblyInfo.cs": "x", ".git/x.cs": "x", "notes.txt": "x",
	})
	p, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Program.cs", "Server/Router.cs"}, relPaths(t, dir, p)); diff != "" {
		t.Error(diff)
	}
	if p.RootNamespace != filepath.Base(dir) || !p.ImplicitUsings || p.ImplicitUsingsSet {
		t.Errorf("settings: %+v", p)
	}
}

func TestCsprojDefaultsAndItems(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"Web.csproj": `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <RootNamespace>Acme.Web</RootNamespace>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Compile Remove="Old/**" />
    <Compile Include="../Shared/Util.cs" />
  </ItemGroup>
</Project>`,
		"Program.cs": "x", "Old/Legacy.cs": "x", "Old/Deep/More.cs": "x", "Api/Handlers.cs": "x", "obj/G.cs": "x",
	})
	shared := filepath.Join(filepath.Dir(dir), "Shared")
	os.MkdirAll(shared, 0o755)
	os.WriteFile(filepath.Join(shared, "Util.cs"), []byte("x"), 0o644)
	defer os.RemoveAll(shared)

	p, err := Load([]string{filepath.Join(dir, "Web.csproj")})
	if err != nil {
		t.Fatal(err)
	}
	got := relPaths(t, dir, p)
	want := []string{"../Shared/Util.cs", "Api/Handlers.cs", "Program.cs"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
	if p.RootNamespace != "Acme.Web" || p.OutputType != "Exe" || !p.ImplicitUsings || !p.ImplicitUsingsSet || p.Nullable != "enable" || p.Name != "Web" {
		t.Errorf("settings: %+v", p)
	}

	// The folder with one .csproj means that project.
	p2, err := Load([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if p2.RootNamespace != "Acme.Web" {
		t.Errorf("folder with a .csproj: %+v", p2)
	}
}

func TestCsprojNoDefaultItems(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"Lib.csproj": `<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><EnableDefaultCompileItems>false</EnableDefaultCompileItems></PropertyGroup>
<ItemGroup><Compile Include="src\*.cs" /></ItemGroup></Project>`,
		"src/A.cs": "x", "src/B.cs": "x", "Other.cs": "x",
	})
	p, err := Load([]string{filepath.Join(dir, "Lib.csproj")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"src/A.cs", "src/B.cs"}, relPaths(t, dir, p)); diff != "" {
		t.Error(diff)
	}
	if p.OutputType != "Library" || p.RootNamespace != "Lib" || p.ImplicitUsings {
		t.Errorf("defaults: %+v", p)
	}
}

func TestErrorsArePositioned(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"Bad.csproj": "<Project Sdk=\"x\">\n  <PropertyGroup>\n</Project>",
		"Old.csproj": `<Project ToolsVersion="15.0"></Project>`,
		"A.cs":       "x",
	})
	for name, want := range map[string]string{
		"Bad.csproj": "Bad.csproj:3:1: not a readable project file",
		"Old.csproj": "Old.csproj:1:1: not an SDK-style project",
	} {
		_, err := Load([]string{filepath.Join(dir, name)})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", name, err, want)
		}
	}
	if _, err := Load([]string{dir}); err == nil || !strings.Contains(err.Error(), "2 .csproj files") {
		t.Errorf("two projects: %v", err)
	}
	if _, err := Load([]string{filepath.Join(dir, "A.cs"), filepath.Join(dir, "Bad.csproj")}); err == nil {
		t.Error("mixing a .csproj with files must fail")
	}
	if _, err := Load(nil); err == nil {
		t.Error("no input must fail")
	}
}

func TestLooseFilesDeduplicated(t *testing.T) {
	dir := writeTree(t, map[string]string{"b.cs": "x", "a.cs": "y"})
	a, b := filepath.Join(dir, "a.cs"), filepath.Join(dir, "b.cs")
	p, err := Load([]string{b, a, b})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.cs", "b.cs"}, relPaths(t, dir, p)); diff != "" {
		t.Error(diff)
	}
	if p.Name != "b" {
		t.Errorf("name from the first file: %q", p.Name)
	}
}

func TestMatchItem(t *testing.T) {
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"**/*.cs", "a.cs", true}, {"**/*.cs", "x/y/a.cs", true}, {"Old/**", "Old/a.cs", true},
		{"Old/**", "Older/a.cs", false}, {"src/*.cs", "src/sub/a.cs", false}, {"a?.cs", "ab.cs", true},
	} {
		if got := matchItem(c.pattern, c.name); got != c.want {
			t.Errorf("matchItem(%q, %q) = %v", c.pattern, c.name, got)
		}
	}
}
