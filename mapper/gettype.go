// This file implements GetType() on objects of program classes: a class
// descriptor per class (as exception classes already have) and a GetType
// method that returns it, emitted only for programs that call GetType.

package mapper

import "github.com/cs2go/cs2go/parser/ast"

// isGetTypeCall reports whether n is a call x.GetType(). Only a program
// that makes one gets class descriptors (mapper.getTypeCalled), so that
// other programs' Go stays as small as their C#.
func isGetTypeCall(n ast.Node) bool {
	if call, ok := n.(*ast.InvocationExpr); ok {
		if ma, ok := call.Fun.(*ast.MemberAccessExpr); ok && ma.Name == "GetType" && len(call.Args) == 0 {
			return true
		}
	}
	return false
}

// classTypeDecls declares c's descriptor and its GetType method (for a
// class that is not an exception class, whose descriptor the exception
// model provides). A derived class's descriptor names its base's.
func (m *mapper) classTypeDecls(c *ClassInfo) {
	if c.runtimeBase() != nil || c.Static || !c.hasInstance() || len(c.Methods["GetType"]) > 0 {
		return
	}
	var base Expr = &Ident{Name: "nil"}
	if c.Base != nil && c.Base.runtimeBase() == nil {
		base = &Ident{Name: unexported(c.Base.GoName) + "Type"}
	}
	name := unexported(c.GoName) + "Type"
	m.file.Decls = append(m.file.Decls,
		&VarDecl{Doc: []string{name + " is the class descriptor GetType() returns for " + c.Name + "."}, Name: name,
			Value: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "NewType"}, Args: []Expr{goString2(m.namespaceOf(c)), goString2(c.Name), base}}},
		&FuncDecl{Doc: []string{"GetType is Object.GetType(): " + c.Name + "'s class descriptor."},
			Recv: &Field{Name: "this", Type: c.classType().Go()}, Name: "GetType",
			Results: []*GoType{systemTypeGo()},
			Body:    &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&Ident{Name: name}}}}}})
}

// systemTypeGo is *system.Type.
func systemTypeGo() *GoType {
	return &GoType{Kind: GoPointer, Elem: &GoType{Kind: GoNamed, Pkg: systemPkg, Name: "Type"}}
}

// getTypeCall lowers x.GetType() for an object of a program class (the
// outermost object's descriptor, so a Shape variable holding a Circle
// reports Circle) or a built-in value (5.GetType() is System.Int32).
func (fs *funcState) getTypeCall(x val) val {
	t := fs.m.tableType(fs.m.tb.Type("System.Type"), nil)
	arg := valueForAny(x)
	if x.t.Kind == TUser {
		arg = asAny(x)
	}
	return val{e: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "ObjectGetType"}, Args: []Expr{arg}}, t: t}
}

// objectVirtuals are System.Object's virtual methods a program class may
// override without a program base class declaring them.
var objectVirtuals = map[string]bool{"ToString": true, "Equals": true, "GetHashCode": true}

// outerMethod declares a root class's Outermost method (the runtime's
// system.Outermost): the outermost object as an interface value, or nil
// for a null reference. Formatting and GetType in the runtime call it, so
// Console.WriteLine(shape) and string.Join over a List<Shape> use the
// Circle's ToString.
func outerMethod(c *ClassInfo) *FuncDecl {
	this := &Ident{Name: "this"}
	return &FuncDecl{Doc: []string{"Outermost is the whole object this one may be the " + c.Name + " part of (system.Outermost)."},
		Recv: &Field{Name: "this", Type: c.classType().Go()}, Name: "Outermost",
		Results: []*GoType{goAny},
		Body: &Block{Stmts: []Stmt{
			&IfStmt{Cond: &BinaryExpr{Op: "==", X: this, Y: &Ident{Name: "nil"}}, Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&Ident{Name: "nil"}}}}}},
			&ReturnStmt{Results: []Expr{&SelectorExpr{X: this, Sel: "self_"}}},
		}}}
}
