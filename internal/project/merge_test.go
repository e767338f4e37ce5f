// Tests of Merge, EntryPoint, GoPackageName, MissingTypes and the summary,
// on small projects written inline.

package project

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cs2go/cs2go/mapper"
	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
)

// parseAll parses name/source pairs in order.
func parseAll(t *testing.T, files ...string) []*ast.CompilationUnit {
	t.Helper()
	var units []*ast.CompilationUnit
	for i := 0; i < len(files); i += 2 {
		cu, err := parser.Parse(files[i], []byte(files[i+1]))
		if err != nil {
			t.Fatalf("%s: %v", files[i], err)
		}
		units = append(units, cu)
	}
	return units
}

func diagStrings(l mapper.Diagnostics) []string {
	var out []string
	for _, d := range l {
		out = append(out, d.String())
	}
	return out
}

func TestMergePartialClass(t *testing.T) {
	units := parseAll(t,
		"A.cs", `using System;
namespace N {
    /// <summary>Part A.</summary>
    public partial class S : IDisposable {
        int x;
        public void Dispose() { }
        partial void Hook();
        class Inner { }
        partial class Nested { int a; }
    }
}`,
		"B.cs", `using System;
using System.Text;
namespace N {
    /// <summary>Part B.</summary>
    partial class S : IDisposable, ICloneable {
        public object Clone() { return this; }
        partial void Hook() { x++; }
        partial class Nested { int b; }
    }
    class Other { }
}`)
	cu, diags := Merge(units)
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diagStrings(diags))
	}
	if got := len(cu.Usings); got != 2 {
		t.Errorf("usings: %d, want 2 (System de-duplicated)", got)
	}
	ns := cu.Members[0].(*ast.NamespaceDecl)
	if len(cu.Members) != 2 || len(ns.Members) != 1 {
		t.Fatalf("members: %d namespaces, %d in the first", len(cu.Members), len(ns.Members))
	}
	s := ns.Members[0].(*ast.ClassDecl)
	var members []string
	for _, m := range s.Members {
		switch m := m.(type) {
		case *ast.FieldDecl:
			members = append(members, "field "+m.Vars[0].Name)
		case *ast.MethodDecl:
			members = append(members, fmt.Sprintf("method %s body=%v", m.Name, m.Body != nil))
		case *ast.ClassDecl:
			var inner []string
			for _, im := range m.Members {
				inner = append(inner, im.(*ast.FieldDecl).Vars[0].Name)
			}
			members = append(members, "class "+m.Name+" "+strings.Join(inner, ","))
		}
	}
	want := []string{"field x", "method Dispose body=true", "class Inner ", "class Nested a,b", "method Clone body=true", "method Hook body=true"}
	if diff := cmp.Diff(want, members); diff != "" {
		t.Errorf("merged members (-want +got):\n%s", diff)
	}
	var bases []string
	for _, b := range s.BaseTypes {
		bases = append(bases, typeRefString(b))
	}
	if diff := cmp.Diff([]string{"IDisposable", "ICloneable"}, bases); diff != "" {
		t.Errorf("bases: %s", diff)
	}
	if !s.Modifiers.Has(ast.ModPublic | ast.ModPartial) {
		t.Errorf("modifiers: %v", s.Modifiers)
	}
	if s.Doc == nil || len(s.Doc.List) != 2 || s.Doc.List[1].Pos.Filename != "B.cs" {
		t.Errorf("doc comments of both parts expected: %+v", s.Doc)
	}
	// The second namespace block of B.cs keeps Other only.
	if other := cu.Members[1].(*ast.NamespaceDecl); len(other.Members) != 1 || other.Members[0].(*ast.ClassDecl).Name != "Other" {
		t.Errorf("B.cs's namespace: %+v", other.Members)
	}
}

func TestMergeDiagnostics(t *testing.T) {
	units := parseAll(t,
		"Program.cs", `using Json = Acme.Json;
using Util = Acme.Util;
System.Console.WriteLine(1);
partial class P { }
public partial class Q { }
class D { }`,
		"More.cs", `using Json = Other.Json;
using Util = Acme.Util;
System.Console.WriteLine(2);
namespace X { using Json = Third.Json; }
partial struct P { }
internal partial class Q { }
class D { }`,
		"Third.cs", `class Q { }`)
	_, diags := Merge(units)
	want := []string{
		"More.cs:1:1: unsupported: using alias Json = Other.Json, while Program.cs:1:1 makes Json = Acme.Json (cs2go translates a project's files in one scope; rename one of the aliases)",
		"More.cs:3:1: Only one compilation unit can have top-level statements (CS8802; Program.cs has them too)",
		"More.cs:4:15: unsupported: using alias Json = Third.Json, while Program.cs:1:1 makes Json = Acme.Json (cs2go translates a project's files in one scope; rename one of the aliases)",
		"More.cs:5:16: partial declarations of 'P' must be all classes, all records, all structs, or all interfaces (CS0261; class at Program.cs:4:15, struct here)",
		"More.cs:6:24: partial declarations of 'Q' have conflicting accessibility modifiers (CS0262; public at Program.cs:5:22, internal here)",
		"More.cs:7:7: the namespace already contains a definition for 'D' (CS0101; first declared at Program.cs:6:7)",
		"Third.cs:1:7: missing partial modifier on declaration of type 'Q'; another partial declaration of this type exists (CS0260)",
	}
	if diff := cmp.Diff(want, diagStrings(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// TestMergeKeepsCommentsWithTheirFile checks that the merged unit's comment
// map puts each file's comments next to that file's statements although
// byte offsets of different files overlap before Merge renumbers them.
func TestMergeKeepsCommentsWithTheirFile(t *testing.T) {
	units := parseAll(t,
		"A.cs", "class A {\n  void F() {\n    // about G\n    G();\n  }\n  void G() { }\n}\n",
		"B.cs", "class B {\n  void H() {\n    int y = 0;\n    // about y++\n    y++;\n  }\n}\n")
	cu, _ := Merge(units)
	cmap := ast.NewCommentMap(cu)
	got := map[string]string{}
	for n, groups := range cmap {
		for _, g := range groups {
			got[g.List[0].Text] = fmt.Sprintf("%s:%d", n.Start().Filename, n.Start().Line)
		}
	}
	want := map[string]string{"// about G": "A.cs:4", "// about y++": "B.cs:5"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("comment placement (-want +got):\n%s", diff)
	}
}

func TestEntryPoint(t *testing.T) {
	for _, c := range []struct {
		name, src string
		kind      EntryKind
		pos       string
		diags     []string
	}{
		{"library", "class A { public static void Run() { } static void Main(int x) { } }", NoEntry, "E.cs:1:1", nil},
		{"void", "class P { static void Main() { } }", MainMethod, "E.cs:1:23", nil},
		{"args", "class P { static int Main(string[] args) { return 0; } }", MainMethod, "E.cs:1:22", nil},
		{"task", "class P { static async System.Threading.Tasks.Task<int> Main(String[] a) { return 0; } }", MainMethod, "E.cs:1:57", nil},
		{"async void", "class P { static async void Main() { } }", NoEntry, "E.cs:1:1", nil},
		{"instance", "class P { void Main() { } }", NoEntry, "E.cs:1:1", nil},
		{"generic type", "class P<T> { static void Main() { } }", NoEntry, "E.cs:1:1", nil},
		{"top-level", "using System;\nConsole.WriteLine(1);\nclass P { static void Main() { } }", TopLevel, "E.cs:2:1", nil},
		{"two", "class P { static void Main() { } }\nclass Q { static void Main(string[] a) { } }", MainMethod, "E.cs:1:23",
			[]string{"E.cs:2:23: program has more than one entry point defined (CS0017; another Main at E.cs:1:23); remove or rename one"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cu := parseAll(t, "E.cs", c.src)[0]
			kind, pos, diags := EntryPoint(cu)
			if kind != c.kind || posString(pos) != c.pos {
				t.Errorf("EntryPoint = %v at %s, want %v at %s", kind, posString(pos), c.kind, c.pos)
			}
			if diff := cmp.Diff(c.diags, diagStrings(diags)); diff != "" {
				t.Errorf("diagnostics: %s", diff)
			}
		})
	}
}

func TestGoPackageName(t *testing.T) {
	for in, want := range map[string]string{
		"Acme.WebTools": "webtools", "WebTools": "webtools", "My_Project": "myproject", "Acme.Http-Utils": "httputils",
		"": "lib", "Acme.": "lib", "Acme.2Fast": "pkg2fast", "Main": "mainpkg", "Company.Type": "typepkg", "Ünïcode.Çafé": "çafé",
	} {
		if got := GoPackageName(in); got != want {
			t.Errorf("GoPackageName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMissingTypes(t *testing.T) {
	tb, err := mapper.DefaultTable()
	if err != nil {
		t.Fatal(err)
	}
	units := parseAll(t,
		"Api.cs", `using System;
using System.Net;
using Newtonsoft.Json;
using Json = Newtonsoft.Json.Linq;
namespace Acme {
    public class Api<T> {
        JsonSerializerSettings settings = new JsonSerializerSettings();
        public string Send(HttpListenerResponse r, T value, Json.JObject extra) {
            string s = JsonConvert.SerializeObject(value, Formatting.Indented);
            var client = new System.Net.Http.HttpClient();
            var list = new List<Widget>();
            Console.WriteLine(Helpers.Twice(s), Encoding.UTF8, HttpStatusCode.OK);
            JsonConvert.DeserializeObject<Widget>(s);
            Route<T> route = null;
            return r.StatusDescription + settings.ToString() + list.Count;
        }
    }
    class Route<T> { }
    static class Helpers { public static string Twice(string s) => s + s; }
}`,
		"Game.cs", `using UnityEngine;
public class Player : MonoBehaviour {
    void Update() {
        transform.position = Vector3.zero;
        Controls.Add(null);
    }
}
public class Widget { }`)
	// Vector3 goes unreported: in a class whose base is missing, an unknown
	// root may be an inherited member (Controls), so none is reported.
	cu, _ := Merge(units)
	var got []string
	for _, m := range MissingTypes(cu, tb) {
		got = append(got, fmt.Sprintf("%s %s`%d %v", posString(m.Pos), m.Name, m.Arity, m.Namespaces))
	}
	// JsonConvert and Formatting are mapped (runtime/newtonsoft/json), so
	// Newtonsoft.Json is an implemented namespace; its unmapped
	// JsonSerializerSettings is still missing.
	want := []string{
		"Api.cs:7:9 JsonSerializerSettings`0 [UnityEngine]",
		"Api.cs:10:30 System.Net.Http.HttpClient`0 [UnityEngine]",
		"Api.cs:12:49 Encoding`0 [UnityEngine]",
		"Game.cs:2:23 MonoBehaviour`0 [UnityEngine]",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("missing types (-want +got):\n%s", diff)
	}
}

func TestSummary(t *testing.T) {
	files := []File{{Path: "Program.cs"}, {Path: "Server.cs"}, {Path: "Broken.cs"}}
	parseErrs := parser.ErrorList{{Pos: ast.Position{Filename: "Broken.cs", Line: 3, Column: 1}, Msg: "x"}}
	diags := mapper.Diagnostics{
		{Pos: ast.Position{Filename: "Server.cs", Line: 1}, Severity: mapper.Unsupported},
		{Pos: ast.Position{Filename: "Server.cs", Line: 2}, Severity: mapper.Unsupported},
		{Pos: ast.Position{Filename: "Server.cs", Line: 3}, Severity: mapper.Error},
	}
	sums := Summarize(files, parseErrs, diags)
	var b bytes.Buffer
	if err := FormatSummary(&b, sums); err != nil {
		t.Fatal(err)
	}
	want := `Program.cs  translated fully
Server.cs   translated, 2 unsupported spots and 1 error
Broken.cs   failed: 1 syntax error
3 files: 1 translated fully, 1 with 2 unsupported spots and 1 error, 1 failed
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if sums[1].Status != Partial || sums[1].Unsupported != 2 || sums[1].Errors != 1 || sums[2].Status != Failed {
		t.Errorf("summaries: %+v", sums)
	}
}
