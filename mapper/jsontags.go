// This file implements what a program using Newtonsoft.Json needs from
// class lowering: struct tags that carry each public member's C# name to the
// runtime's serializer (runtime/newtonsoft/json), and the registration of
// each class's .NET name and parameterless constructor, so that messages
// name the class as Json.NET does and deserialized objects start as
// `new T()` does. Programs that do not use the namespace get neither, so
// their output is unchanged.

package mapper

import (
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

const jsonNamespace = "Newtonsoft.Json"

// NewtonsoftJSONImportName is the name generated code imports package
// runtime/newtonsoft/json under (gen), kept out of C# identifiers
// (goReserved): `json` itself is a common local variable name.
const NewtonsoftJSONImportName = "newtonsoftjson"

// usesJSON reports whether the program imports Newtonsoft.Json.
func (m *mapper) usesJSON() bool {
	for _, ns := range m.namespaces {
		if ns == jsonNamespace {
			return true
		}
	}
	return false
}

// jsonMember is what Json.NET sees of a field or property: its JSON name
// ("" when it is not serialized: not public, or [JsonIgnore]) and whether
// deserialization may assign it.
type jsonMember struct {
	name     string
	readOnly bool
}

// jsonMemberOf reads a member's visibility and its Json.NET attributes:
// [JsonIgnore], and [JsonProperty("name")] or [JsonProperty(PropertyName =
// "name")], which renames it. A private member marked [JsonProperty] is
// serialized by Json.NET but not here: its Go field is unexported, and
// exporting it could collide with the public property it usually backs.
func jsonMemberOf(h ast.DeclHeader, csName string) jsonMember {
	if !h.Modifiers.Has(ast.ModPublic) {
		return jsonMember{}
	}
	jm := jsonMember{name: csName}
	for _, sec := range h.Attributes {
		for _, a := range sec.Attrs {
			name := strings.TrimPrefix(typeRefName(a.Name), jsonNamespace+".")
			switch strings.TrimSuffix(name, "Attribute") {
			case "JsonIgnore":
				return jsonMember{}
			case "JsonProperty":
				for i, arg := range a.Args {
					lit, ok := arg.X.(*ast.Literal)
					if !ok {
						continue
					}
					if text, ok := lit.Value.(string); ok && (i == 0 && arg.Name == "" || arg.Name == "PropertyName") {
						jm.name = text
					}
				}
			}
		}
	}
	return jm
}

// publicAccessor reports whether a property has an accessor of the kind
// without a narrower modifier (`private set`).
func publicAccessor(d *ast.PropertyDecl, kinds ...ast.AccessorKind) bool {
	for _, a := range d.Accessors {
		for _, k := range kinds {
			if a.Kind == k && !a.Modifiers.Has(ast.ModPrivate) && !a.Modifiers.Has(ast.ModProtected) && !a.Modifiers.Has(ast.ModInternal) {
				return true
			}
		}
	}
	return false
}

// fieldJSONTags tags a serialized field with its JSON name: Go may have
// capitalized it (`public int count` is Go `Count`), and the tag is how the
// runtime tells public members from private ones with exported Go names.
func fieldJSONTags(f *FieldInfo) map[string]string {
	if f.json.name == "" {
		return nil
	}
	tags := map[string]string{"json": f.json.name}
	if f.json.readOnly {
		tags["cs2go"] = "readonly"
	}
	return tags
}

// autoPropertyJSONTags tags a serialized auto-property: its JSON name, and
// that it is a property (Json.NET writes fields before properties).
func autoPropertyJSONTags(p *PropInfo) map[string]string {
	if p.json.name == "" {
		return nil
	}
	extra := "property"
	if p.json.readOnly {
		extra += ",readonly"
	}
	return map[string]string{"json": p.json.name, "cs2go": extra}
}

// bodyPropertyJSONField is the blank struct field that tells the runtime
// about a serialized instance property with accessor bodies: its JSON name
// and the Go methods of its getter and public setter
// (`cs2go:"Full,get=Full,set=SetFull"`). The field takes no space unless
// it is the struct's last.
func bodyPropertyJSONField(p *PropInfo, d *ast.PropertyDecl) *Field {
	if p.json.name == "" || p.Static || p.Auto {
		return nil
	}
	if d.ExprBody == nil && !publicAccessor(d, ast.AccessorGet) {
		return nil
	}
	tag := p.json.name + ",get=" + p.GoName
	if publicAccessor(d, ast.AccessorSet, ast.AccessorInit) {
		tag += ",set=" + p.GoSet
	}
	return &Field{Name: "_", Type: &GoType{Kind: GoBasic, Name: "struct{}"}, Tags: map[string]string{"cs2go": tag}}
}

// emitJSONClasses registers every class with the runtime, in one init
// function: its full .NET name, for Json.NET's messages, and its
// parameterless constructor, which Json.NET calls to create the objects it
// deserializes.
func (m *mapper) emitJSONClasses() {
	var stmts []Stmt
	register := &Qual{Path: RuntimeModule + "newtonsoft/json", Name: "RegisterClass"}
	for _, c := range m.classList {
		if !c.hasInstance() || c.IsStruct || c.BaseRuntime != nil || c.runtimeBase() != nil {
			continue
		}
		full := c.Name
		if ns := m.namespaceOf(c); ns != "" {
			full = ns + "." + c.Name
		}
		var ctor Expr = &Ident{Name: "nil"}
		fun := Expr(&IndexExpr{X: register, Indices: []Expr{&TypeExpr{Type: c.classType().Go()}}})
		if !c.Decl.Modifiers.Has(ast.ModAbstract) {
			if len(c.Ctors) == 0 {
				ctor, fun = &Ident{Name: "New" + c.GoName}, register
			}
			for _, ct := range c.Ctors {
				if len(ct.Params) == 0 {
					ctor, fun = &Ident{Name: ct.GoName}, register
				}
			}
		}
		stmts = append(stmts, &ExprStmt{X: &CallExpr{Fun: fun, Args: []Expr{goString2(full), ctor}}})
	}
	if len(stmts) == 0 {
		return
	}
	m.file.Decls = append(m.file.Decls, &FuncDecl{
		Doc:  []string{"init tells Newtonsoft.Json the classes' .NET names and parameterless constructors: DeserializeObject creates objects as `new T()` does."},
		Name: "init", Body: &Block{Stmts: stmts}})
}
