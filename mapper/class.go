// This file declares ClassInfo, the mapper's record of a class or struct
// declared in the translated program.

package mapper

import "github.com/cs2go/cs2go/parser/ast"

// ClassInfo is a class or struct of the program: its Go name and members.
type ClassInfo struct {
	Decl     *ast.ClassDecl
	Name     string // C# name
	GoName   string // Go type name
	IsStruct bool
	// Static marks a static class (no Go type is emitted, only functions).
	Static bool
	// Base is the base class when it is a program class; BaseRuntime when
	// it is a runtime type (an exception class).
	Base        *ClassInfo
	BaseRuntime *Type
	Fields      map[string]*FieldInfo
	// Root is the topmost class of the hierarchy that declares virtual
	// or abstract methods (nil when none does): its struct holds self_,
	// the outermost object, through which virtual calls dispatch.
	Root    *ClassInfo
	Methods map[string][]*MethodInfo
	Props   map[string]*PropInfo
	Ctors   []*MethodInfo
	// goType is the Go type of the class's values (Type.Go), made on first
	// use: every local, parameter and receiver of a class type asked for
	// a new one, 0.7% of the bytes jsonrest_10x allocated. A ClassInfo
	// belongs to one translation, so no locking is needed.
	goType *GoType
}

// FieldInfo is a field (or a constant) of a program class.
type FieldInfo struct {
	Name   string
	GoName string
	Type   *Type
	Static bool
	Const  bool
	Class  *ClassInfo
	public bool
	// init is a const's initializer, folded on first use (fieldConst).
	init ast.Expr
	// constValue is the folded value; constState is 0 before folding, 1
	// while folding (a cycle) and 2 after.
	constValue *csConst
	constState uint8
	// json is what Newtonsoft.Json sees of it (programs using it only).
	json jsonMember
}

// PropInfo is a property of a program class; auto-properties become
// fields, properties with bodies become getter/setter methods.
type PropInfo struct {
	Name   string
	GoName string // field name (Auto) or getter name
	GoSet  string // setter name for properties with bodies
	Type   *Type
	Static bool
	Auto   bool
	Class  *ClassInfo
	public bool
	// json is what Newtonsoft.Json sees of it (programs using it only).
	json jsonMember
}

// MethodInfo is a method or constructor of a program class.
type MethodInfo struct {
	Name   string
	GoName string
	Params []*Type
	Result *Type // nil for void
	Static bool
	Async  bool
	Class  *ClassInfo
	Decl   ast.Node
	public bool
	// Defaults are the optional parameters' default values (nil for
	// required parameters); calls that omit them pass the defaults.
	Defaults []ast.Expr
	// Virtual marks virtual, abstract and override methods: calls go
	// through the object's self_ field. Abstract methods have no body.
	Virtual, Abstract bool
	// TypeParams are a static generic method's type parameters: the Go
	// function is generic too (func F[T any]). Go methods cannot have
	// type parameters, so instance generic methods are not translated.
	TypeParams []string
}

// required is the number of parameters a call must pass.
func (mi *MethodInfo) required() int {
	n := len(mi.Params)
	for n > 0 && n <= len(mi.Defaults) && mi.Defaults[n-1] != nil {
		n--
	}
	return n
}

// EnumInfo is an enum declared in the program: a named Go integer type
// with one constant per member (EnumMember), and a ToString method that
// prints member names as .NET does.
type EnumInfo struct {
	Decl       *ast.EnumDecl
	Name       string
	GoName     string
	Underlying *Type
	// Members maps a member's C# name to its Go constant name.
	Members map[string]string
}

func (e *EnumInfo) enumType() *Type { return &Type{Kind: TEnum, Enum: e, CS: e.Name} }
