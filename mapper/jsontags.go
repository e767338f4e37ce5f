// This file implements what a program using Newtonsoft.Json needs from
// class lowering: struct tags that carry each public member's C# name to the
// runtime's serializer (runtime/newtonsoft/json), and the registration of
// each class's .NET name and parameterless constructor, so that messages
// name the class as Json.NET does and deserialized objects start as
// `new T()` does. Programs that do not use the namespace get neither, so
// their output is unchanged.

package mapper

import (
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

// fieldJSONTags tags a public instance field with its C# name: Go may have
// capitalized it (`public int count` is Go `Count`), and the tag is how the
// runtime tells public members from private ones with exported Go names.
func fieldJSONTags(f *FieldInfo) map[string]string {
	if !f.public {
		return nil
	}
	return map[string]string{"json": f.Name}
}

// autoPropertyJSONTags tags a public auto-property: its C# name, and that it
// is a property (Json.NET writes fields before properties).
func autoPropertyJSONTags(p *PropInfo) map[string]string {
	if !p.public {
		return nil
	}
	return map[string]string{"json": p.Name, "cs2go": "property"}
}

// bodyPropertyJSONField is the blank struct field that tells the runtime
// about a public instance property with accessor bodies: its C# name and the
// Go methods of its getter and setter (`cs2go:"Full,get=Full,set=SetFull"`).
// The field takes no space unless it is the struct's last.
func bodyPropertyJSONField(p *PropInfo, d *ast.PropertyDecl) *Field {
	if !p.public || p.Static || p.Auto {
		return nil
	}
	tag := p.Name
	hasGet := d.ExprBody != nil
	for _, a := range d.Accessors {
		switch a.Kind {
		case ast.AccessorGet:
			hasGet = true
		case ast.AccessorSet, ast.AccessorInit:
			if !a.Modifiers.Has(ast.ModPrivate) {
				tag += ",set=" + p.GoSet
			}
		}
	}
	if !hasGet {
		return nil
	}
	tag = p.Name + ",get=" + p.GoName + tag[len(p.Name):]
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
