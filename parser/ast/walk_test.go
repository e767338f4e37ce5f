// This file tests that Walk is exhaustive: every node type declared in
// ast.go is handled, and every child field of every node is visited.

package ast

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"sort"
	"testing"
)

// allNodes lists one value of every node type; TestAllNodesListed checks
// the list against the struct types that embed Span.
var allNodes = []Node{
	&Comment{}, &CommentGroup{}, &CompilationUnit{}, &ExternAlias{}, &UsingDirective{}, &AttributeSection{},
	&Attribute{}, &TypeRef{}, &TypePart{}, &TupleTypeElem{}, &TypeParam{}, &Constraint{},
	&TypeParamConstraints{}, &NamespaceDecl{}, &ClassDecl{}, &EnumDecl{}, &EnumMember{}, &DelegateDecl{},
	&VarDeclarator{}, &FieldDecl{}, &Accessor{}, &PropertyDecl{}, &IndexerDecl{}, &EventDecl{}, &Param{},
	&MethodDecl{}, &ConstructorInitializer{}, &ConstructorDecl{}, &DestructorDecl{}, &OperatorDecl{},
	&Block{}, &LocalDeclStmt{}, &LocalFunctionStmt{}, &ExprStmt{}, &EmptyStmt{}, &IfStmt{}, &WhileStmt{},
	&DoStmt{}, &ForStmt{}, &ForeachStmt{}, &SwitchStmt{}, &SwitchSection{}, &CaseLabel{}, &GotoStmt{},
	&TryStmt{}, &CatchClause{}, &UsingStmt{}, &LockStmt{}, &ReturnStmt{}, &ThrowStmt{}, &BreakStmt{},
	&ContinueStmt{}, &YieldStmt{}, &CheckedStmt{}, &LabeledStmt{}, &Literal{}, &SimpleName{}, &TypeExpr{},
	&AliasQualifiedName{}, &MemberAccessExpr{}, &Argument{}, &InvocationExpr{}, &ElementAccessExpr{},
	&BinaryExpr{}, &UnaryExpr{}, &PostfixExpr{}, &AssignExpr{}, &ConditionalExpr{}, &CastExpr{}, &IsExpr{},
	&AsExpr{}, &ParenExpr{}, &ObjectCreationExpr{}, &ArrayCreationExpr{}, &AnonymousObjectExpr{},
	&AnonymousMember{}, &InitializerExpr{}, &ImplicitElementAccess{}, &LambdaExpr{}, &AnonymousMethodExpr{},
	&InterpolatedStringExpr{}, &InterpolatedText{}, &Interpolation{}, &TypeOfExpr{}, &NameOfExpr{},
	&SizeOfExpr{}, &DefaultExpr{}, &ThisExpr{}, &BaseExpr{}, &AwaitExpr{}, &SwitchExpr{}, &SwitchExprArm{},
	&WithExpr{}, &TupleExpr{}, &ThrowExpr{}, &CheckedExpr{}, &DeclarationExpr{}, &RangeExpr{}, &CollectionExpr{},
	&TypePattern{}, &DeclarationPattern{}, &VarPattern{}, &ConstantPattern{}, &RelationalPattern{},
	&NotPattern{}, &BinaryPattern{}, &DiscardPattern{}, &Subpattern{}, &RecursivePattern{},
}

func TestAllNodesListed(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "ast.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, s := range g.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok {
				continue
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fld := range st.Fields.List {
				if id, ok := fld.Type.(*ast.Ident); ok && len(fld.Names) == 0 && id.Name == "Span" {
					declared = append(declared, ts.Name.Name)
				}
			}
		}
	}
	listed := map[string]bool{}
	for _, n := range allNodes {
		listed[reflect.TypeOf(n).Elem().Name()] = true
	}
	sort.Strings(declared)
	for _, name := range declared {
		if !listed[name] {
			t.Errorf("node type %s is not in allNodes (and maybe not in Walk)", name)
		}
	}
	if len(declared) != len(listed) {
		t.Errorf("ast.go declares %d node types, allNodes lists %d", len(declared), len(listed))
	}
}

// sampleFor returns a fresh node assignable to a field of type t.
func sampleFor(t reflect.Type) reflect.Value {
	switch t {
	case reflect.TypeOf((*Expr)(nil)).Elem(), reflect.TypeOf((*Node)(nil)).Elem():
		return reflect.ValueOf(&ThisExpr{})
	case reflect.TypeOf((*Stmt)(nil)).Elem():
		return reflect.ValueOf(&EmptyStmt{})
	case reflect.TypeOf((*Decl)(nil)).Elem():
		return reflect.ValueOf(&FieldDecl{})
	case reflect.TypeOf((*Pattern)(nil)).Elem():
		return reflect.ValueOf(&DiscardPattern{})
	case reflect.TypeOf((*InterpolatedPart)(nil)).Elem():
		return reflect.ValueOf(&InterpolatedText{})
	}
	if t.Kind() == reflect.Pointer && t.Implements(reflect.TypeOf((*Node)(nil)).Elem()) {
		return reflect.New(t.Elem())
	}
	return reflect.Value{}
}

func TestWalkVisitsEveryChild(t *testing.T) {
	nodeType := reflect.TypeOf((*Node)(nil)).Elem()
	for _, proto := range allNodes {
		typ := reflect.TypeOf(proto).Elem()
		n := reflect.New(typ)
		var children []Node
		var fill func(s reflect.Value)
		fill = func(s reflect.Value) {
			for i := 0; i < s.NumField(); i++ {
				f := s.Field(i)
				ft := f.Type()
				if ft == reflect.TypeOf(DeclHeader{}) {
					fill(f)
					continue
				}
				if ft.Kind() == reflect.Slice && ft.Elem().Implements(nodeType) || ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Interface && reflect.PointerTo(reflect.TypeOf(ThisExpr{})).Implements(nodeType) && sampleFor(ft.Elem()).IsValid() {
					v := sampleFor(ft.Elem())
					if !v.IsValid() {
						continue
					}
					sl := reflect.MakeSlice(ft, 1, 1)
					sl.Index(0).Set(v)
					f.Set(sl)
					children = append(children, v.Interface().(Node))
					continue
				}
				if v := sampleFor(ft); v.IsValid() && (ft.Kind() == reflect.Interface || ft.Kind() == reflect.Pointer) {
					f.Set(v)
					children = append(children, v.Interface().(Node))
				}
			}
		}
		fill(n.Elem())
		visited := map[Node]bool{}
		Inspect(n.Interface().(Node), func(x Node) bool {
			if x != nil {
				visited[x] = true
			}
			return true
		})
		for _, c := range children {
			if _, isCU := proto.(*CompilationUnit); isCU {
				if _, isGroup := c.(*CommentGroup); isGroup {
					continue // Comments is not walked, as in go/ast
				}
			}
			if !visited[c] {
				t.Errorf("Walk(%s) does not visit a %T child", typ.Name(), c)
			}
		}
	}
}
