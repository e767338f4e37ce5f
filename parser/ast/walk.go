// This file implements Walk and Inspect, the depth-first traversal of every
// node and child the AST declares (go/ast's Walk is the model).

package ast

import "fmt"

// A Visitor's Visit method is called for each node Walk meets. If it
// returns a non-nil Visitor w, Walk visits each child of node with w, then
// calls w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node depth-first, children in source
// order. Nil children are skipped. As in go/ast, CompilationUnit.Comments
// is not walked: doc comment groups are visited through their
// declarations' Doc fields, and NewCommentMap places the rest. Walk panics on a node type the package
// does not declare (a programming error, never caused by input).
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	switch n := node.(type) {
	// Comments and compilation unit.
	case *Comment:
	case *CommentGroup:
		for _, c := range n.List {
			Walk(v, c)
		}
	case *CompilationUnit:
		walkList(v, n.Externs)
		walkList(v, n.Usings)
		walkList(v, n.Attributes)
		walkList(v, n.Statements)
		walkList(v, n.Members)
	case *ExternAlias:
	case *UsingDirective:
		walkOpt(v, n.Name)
	case *AttributeSection:
		walkList(v, n.Attrs)
	case *Attribute:
		walkOpt(v, n.Name)
		walkList(v, n.Args)

	// Types.
	case *TypeRef:
		walkList(v, n.Parts)
		walkList(v, n.TupleElems)
	case *TypePart:
		walkList(v, n.TypeArgs)
	case *TupleTypeElem:
		walkOpt(v, n.Type)
	case *TypeParam:
		walkList(v, n.Attributes)
	case *Constraint:
		walkOpt(v, n.Type)
	case *TypeParamConstraints:
		walkList(v, n.Constraints)

	// Declarations.
	case *NamespaceDecl:
		walkOpt(v, n.Doc)
		walkOpt(v, n.Name)
		walkList(v, n.Externs)
		walkList(v, n.Usings)
		walkList(v, n.Members)
	case *ClassDecl:
		walkHeader(v, &n.DeclHeader)
		walkList(v, n.TypeParams)
		walkList(v, n.Params)
		walkList(v, n.BaseTypes)
		walkList(v, n.BaseArgs)
		walkList(v, n.Constraints)
		walkList(v, n.Members)
	case *EnumDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.BaseType)
		walkList(v, n.Members)
	case *EnumMember:
		walkOpt(v, n.Doc)
		walkList(v, n.Attributes)
		walkOpt(v, n.Value)
	case *DelegateDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.ReturnType)
		walkList(v, n.TypeParams)
		walkList(v, n.Params)
		walkList(v, n.Constraints)
	case *VarDeclarator:
		walkOpt(v, n.Init)
	case *FieldDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.Type)
		walkList(v, n.Vars)
	case *Accessor:
		walkList(v, n.Attributes)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)
	case *PropertyDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.Type)
		walkOpt(v, n.ExplicitInterface)
		walkList(v, n.Accessors)
		walkOpt(v, n.ExprBody)
		walkOpt(v, n.Init)
	case *IndexerDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.Type)
		walkOpt(v, n.ExplicitInterface)
		walkList(v, n.Params)
		walkList(v, n.Accessors)
		walkOpt(v, n.ExprBody)
	case *EventDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.Type)
		walkOpt(v, n.ExplicitInterface)
		walkList(v, n.Vars)
		walkList(v, n.Accessors)
	case *Param:
		walkList(v, n.Attributes)
		walkOpt(v, n.Type)
		walkOpt(v, n.Default)
	case *MethodDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.ReturnType)
		walkOpt(v, n.ExplicitInterface)
		walkList(v, n.TypeParams)
		walkList(v, n.Params)
		walkList(v, n.Constraints)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)
	case *ConstructorInitializer:
		walkList(v, n.Args)
	case *ConstructorDecl:
		walkHeader(v, &n.DeclHeader)
		walkList(v, n.Params)
		walkOpt(v, n.Initializer)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)
	case *DestructorDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)
	case *OperatorDecl:
		walkHeader(v, &n.DeclHeader)
		walkOpt(v, n.ReturnType)
		walkList(v, n.Params)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)

	// Statements.
	case *Block:
		walkList(v, n.Stmts)
	case *LocalDeclStmt:
		walkOpt(v, n.Type)
		walkList(v, n.Vars)
	case *LocalFunctionStmt:
		walkOpt(v, n.Doc)
		walkList(v, n.Attributes)
		walkOpt(v, n.ReturnType)
		walkList(v, n.TypeParams)
		walkList(v, n.Params)
		walkList(v, n.Constraints)
		walkOpt(v, n.Body)
		walkOpt(v, n.ExprBody)
	case *ExprStmt:
		walkOpt(v, n.X)
	case *EmptyStmt:
	case *IfStmt:
		walkOpt(v, n.Cond)
		walkOpt(v, n.Then)
		walkOpt(v, n.Else)
	case *WhileStmt:
		walkOpt(v, n.Cond)
		walkOpt(v, n.Body)
	case *DoStmt:
		walkOpt(v, n.Body)
		walkOpt(v, n.Cond)
	case *ForStmt:
		walkOpt(v, n.InitDecl)
		walkList(v, n.Init)
		walkOpt(v, n.Cond)
		walkList(v, n.Update)
		walkOpt(v, n.Body)
	case *ForeachStmt:
		walkOpt(v, n.Type)
		walkOpt(v, n.Target)
		walkOpt(v, n.X)
		walkOpt(v, n.Body)
	case *SwitchStmt:
		walkOpt(v, n.X)
		walkList(v, n.Sections)
	case *SwitchSection:
		walkList(v, n.Labels)
		walkList(v, n.Stmts)
	case *CaseLabel:
		walkOpt(v, n.Pattern)
		walkOpt(v, n.When)
	case *GotoStmt:
		walkOpt(v, n.Case)
	case *TryStmt:
		walkOpt(v, n.Body)
		walkList(v, n.Catches)
		walkOpt(v, n.Finally)
	case *CatchClause:
		walkOpt(v, n.Type)
		walkOpt(v, n.Filter)
		walkOpt(v, n.Body)
	case *UsingStmt:
		walkOpt(v, n.Decl)
		walkOpt(v, n.X)
		walkOpt(v, n.Body)
	case *LockStmt:
		walkOpt(v, n.X)
		walkOpt(v, n.Body)
	case *ReturnStmt:
		walkOpt(v, n.X)
	case *ThrowStmt:
		walkOpt(v, n.X)
	case *BreakStmt, *ContinueStmt:
	case *YieldStmt:
		walkOpt(v, n.X)
	case *CheckedStmt:
		walkOpt(v, n.Body)
	case *LabeledStmt:
		walkOpt(v, n.Stmt)

	// Expressions.
	case *Literal, *ThisExpr, *BaseExpr:
	case *SimpleName:
		walkList(v, n.TypeArgs)
	case *TypeExpr:
		walkOpt(v, n.Type)
	case *AliasQualifiedName:
		walkList(v, n.TypeArgs)
	case *MemberAccessExpr:
		walkOpt(v, n.X)
		walkList(v, n.TypeArgs)
	case *Argument:
		walkOpt(v, n.X)
	case *InvocationExpr:
		walkOpt(v, n.Fun)
		walkList(v, n.Args)
	case *ElementAccessExpr:
		walkOpt(v, n.X)
		walkList(v, n.Args)
	case *BinaryExpr:
		walkOpt(v, n.X)
		walkOpt(v, n.Y)
	case *UnaryExpr:
		walkOpt(v, n.X)
	case *PostfixExpr:
		walkOpt(v, n.X)
	case *AssignExpr:
		walkOpt(v, n.Left)
		walkOpt(v, n.Right)
	case *ConditionalExpr:
		walkOpt(v, n.Cond)
		walkOpt(v, n.Then)
		walkOpt(v, n.Else)
	case *CastExpr:
		walkOpt(v, n.Type)
		walkOpt(v, n.X)
	case *IsExpr:
		walkOpt(v, n.X)
		walkOpt(v, n.Pattern)
	case *AsExpr:
		walkOpt(v, n.X)
		walkOpt(v, n.Type)
	case *ParenExpr:
		walkOpt(v, n.X)
	case *ObjectCreationExpr:
		walkOpt(v, n.Type)
		walkList(v, n.Args)
		walkOpt(v, n.Init)
	case *ArrayCreationExpr:
		walkOpt(v, n.ElemType)
		walkList(v, n.Sizes)
		walkOpt(v, n.Init)
	case *AnonymousObjectExpr:
		walkList(v, n.Members)
	case *AnonymousMember:
		walkOpt(v, n.X)
	case *InitializerExpr:
		walkList(v, n.Elems)
	case *ImplicitElementAccess:
		walkList(v, n.Args)
	case *LambdaExpr:
		walkOpt(v, n.ReturnType)
		walkList(v, n.Params)
		walkOpt(v, n.ExprBody)
		walkOpt(v, n.Body)
	case *AnonymousMethodExpr:
		walkList(v, n.Params)
		walkOpt(v, n.Body)
	case *InterpolatedStringExpr:
		walkList(v, n.Parts)
	case *InterpolatedText:
	case *Interpolation:
		walkOpt(v, n.X)
		walkOpt(v, n.Align)
	case *TypeOfExpr:
		walkOpt(v, n.Type)
	case *NameOfExpr:
		walkOpt(v, n.X)
	case *SizeOfExpr:
		walkOpt(v, n.Type)
	case *DefaultExpr:
		walkOpt(v, n.Type)
	case *AwaitExpr:
		walkOpt(v, n.X)
	case *SwitchExpr:
		walkOpt(v, n.X)
		walkList(v, n.Arms)
	case *SwitchExprArm:
		walkOpt(v, n.Pattern)
		walkOpt(v, n.When)
		walkOpt(v, n.X)
	case *WithExpr:
		walkOpt(v, n.X)
		walkOpt(v, n.Init)
	case *TupleExpr:
		walkList(v, n.Elems)
	case *ThrowExpr:
		walkOpt(v, n.X)
	case *CheckedExpr:
		walkOpt(v, n.X)
	case *DeclarationExpr:
		walkOpt(v, n.Type)
	case *RangeExpr:
		walkOpt(v, n.X)
		walkOpt(v, n.Y)
	case *CollectionExpr:
		walkList(v, n.Elems)

	// Patterns.
	case *TypePattern:
		walkOpt(v, n.Type)
	case *DeclarationPattern:
		walkOpt(v, n.Type)
	case *VarPattern, *DiscardPattern:
	case *ConstantPattern:
		walkOpt(v, n.X)
	case *RelationalPattern:
		walkOpt(v, n.X)
	case *NotPattern:
		walkOpt(v, n.P)
	case *BinaryPattern:
		walkOpt(v, n.X)
		walkOpt(v, n.Y)
	case *Subpattern:
		walkOpt(v, n.Pattern)
	case *RecursivePattern:
		walkOpt(v, n.Type)
		walkList(v, n.Positional)
		walkList(v, n.Props)

	default:
		panic(fmt.Sprintf("ast.Walk: unexpected node type %T", n))
	}
	v.Visit(nil)
}

func walkHeader(v Visitor, h *DeclHeader) {
	walkOpt(v, h.Doc)
	walkList(v, h.Attributes)
}

// walkOpt walks n unless it is nil, including a typed nil pointer stored
// in an interface (an absent optional child).
func walkOpt[N Node](v Visitor, n N) {
	if isNil(n) {
		return
	}
	Walk(v, n)
}

func walkList[N Node](v Visitor, list []N) {
	for _, n := range list {
		walkOpt(v, n)
	}
}

// isNil reports whether n is a nil interface or a nil pointer of one of the
// node types (interfaces holding typed nils arise from optional fields).
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	switch x := n.(type) {
	case *Block:
		return x == nil
	case *TypeRef:
		return x == nil
	case *CommentGroup:
		return x == nil
	case *InitializerExpr:
		return x == nil
	case *LocalDeclStmt:
		return x == nil
	case *ConstructorInitializer:
		return x == nil
	}
	return false
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree rooted at node in depth-first order: it calls
// f(node); if f returns true, Inspect visits node's children, then calls
// f(nil).
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
