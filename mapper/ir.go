// This file declares the Go-shaped intermediate form the mapper produces
// and gen prints: declarations, statements and expressions that correspond
// one to one to Go syntax, with C# semantics already lowered.

package mapper

import "github.com/cs2go/cs2go/parser/ast"

// File is one translated program (package main).
type File struct {
	// Source is the C# file name, for //line directives and panics.
	Source string
	// Doc is the leading comment of the file, line by line.
	Doc   []string
	Decls []Decl
	// Unsupported counts the unsupported spots that became panics.
	Unsupported int
}

// Decl is a top-level Go declaration.
type Decl interface{ decl() }

// FuncDecl is a function or method.
type FuncDecl struct {
	Doc  []string // comment lines, without "//"
	Pos  ast.Position
	Recv *Field // nil for functions
	Name string
	// TypeParams are a generic function's type parameters, each `any`.
	TypeParams []string
	Params     []*Field
	Results    []*GoType
	// Variadic marks the last parameter as ...T (its Type is the slice).
	Variadic bool
	Body     *Block
}

// TypeDecl is `type Name struct { Fields }` (Type nil) or `type Name Type`.
type TypeDecl struct {
	Doc    []string
	Name   string
	Fields []*Field
	Type   *GoType
}

// VarDecl is a package-level `var Name Type = Value` (Const: `const`).
type VarDecl struct {
	Doc   []string
	Name  string
	Type  *GoType // nil: inferred from Value
	Value Expr    // nil: zero value
	Const bool
}

func (*FuncDecl) decl() {}
func (*TypeDecl) decl() {}
func (*VarDecl) decl()  {}

// Field is a parameter, result or struct field; Embedded fields have no Name.
type Field struct {
	Doc      []string
	Name     string
	Type     *GoType
	Embedded bool
	// Tags is a struct field's tag, key -> value (see jsontags.go).
	Tags map[string]string
}

// ---------------------------------------------------------------------------
// Statements

// Stmt is a Go statement.
type Stmt interface{ stmt() }

// Block is `{ Stmts }`.
type Block struct{ Stmts []Stmt }

// ExprStmt is an expression statement.
type ExprStmt struct{ X Expr }

// AssignStmt is `Lhs Tok Rhs` with Tok one of = := += -= ...
type AssignStmt struct {
	Lhs []Expr
	Tok string
	Rhs []Expr
}

// VarStmt is `var Name Type = Value` (Type or Value may be nil).
type VarStmt struct {
	Name  string
	Type  *GoType
	Value Expr
}

// IncDecStmt is `X++` or `X--`.
type IncDecStmt struct {
	X   Expr
	Inc bool
}

// IfStmt is `if Init; Cond { Then } else Else`; Else is nil, a *Block or an *IfStmt.
type IfStmt struct {
	Init Stmt
	Cond Expr
	Then *Block
	Else Stmt
}

// ForStmt is `for Init; Cond; Post { Body }` (all optional).
type ForStmt struct {
	Label string
	Init  Stmt
	Cond  Expr
	Post  Stmt
	Body  *Block
}

// RangeStmt is `for Key, Value := range X { Body }`; Key "" is `_`.
type RangeStmt struct {
	Label      string
	Key, Value string
	X          Expr
	Body       *Block
}

// SwitchStmt is `switch Tag { Cases }`; a nil Tag switches on true.
type SwitchStmt struct {
	Label string
	Tag   Expr
	Cases []*CaseClause
}

// CaseClause is `case List...:` or `default:` (List nil).
type CaseClause struct {
	List []Expr
	Body []Stmt
}

// ReturnStmt is `return Results...`.
type ReturnStmt struct{ Results []Expr }

// BranchStmt is `break`, `continue` or `goto` with an optional label.
// Panic, when set, replaces a goto the mapper found untranslatable after
// building it (Go forbids the jump): the statement is panic(Panic).
type BranchStmt struct {
	Tok   string
	Label string
	Panic string
}

// LabeledStmt is `Label: Stmt`, the target of a goto. Used is set once a
// goto names the label (Go rejects unused labels), which may happen after
// the statement was built; an unused label prints as the bare statement.
type LabeledStmt struct {
	Label string
	Stmt  Stmt
	Used  bool
}

// GoStmt is `go Call`.
type GoStmt struct{ Call Expr }

// DeferStmt is `defer Call`.
type DeferStmt struct{ Call Expr }

// CommentStmt is a comment line of its own (C# comments carried over, and
// `// TODO(cs2go):` notes).
type CommentStmt struct{ Text string }

// LineStmt carries a statement's C# position for --line-directives.
type LineStmt struct {
	Pos  ast.Position
	Stmt Stmt
}

func (*Block) stmt()       {}
func (*ExprStmt) stmt()    {}
func (*AssignStmt) stmt()  {}
func (*VarStmt) stmt()     {}
func (*IncDecStmt) stmt()  {}
func (*IfStmt) stmt()      {}
func (*ForStmt) stmt()     {}
func (*RangeStmt) stmt()   {}
func (*SwitchStmt) stmt()  {}
func (*ReturnStmt) stmt()  {}
func (*BranchStmt) stmt()  {}
func (*GoStmt) stmt()      {}
func (*LabeledStmt) stmt() {}
func (*DeferStmt) stmt()   {}
func (*CommentStmt) stmt() {}
func (*LineStmt) stmt()    {}

// ---------------------------------------------------------------------------
// Expressions

// Expr is a Go expression.
type Expr interface{ expr() }

// Ident is a name of the program (local, parameter, function, type).
type Ident struct{ Name string }

// Qual is a name from an imported package: Path.Name.
type Qual struct {
	Path string
	Name string
}

// BasicLit is a literal in Go syntax ("42", `"text"`, "'a'", "1.5", "nil", "true").
type BasicLit struct{ Value string }

// SelectorExpr is `X.Sel`.
type SelectorExpr struct {
	X   Expr
	Sel string
}

// CallExpr is `Fun(Args)`, `Fun(Args...)` when Ellipsis.
type CallExpr struct {
	Fun      Expr
	Args     []Expr
	Ellipsis bool
}

// IndexExpr is `X[Index...]` (also generic instantiation with TypeExprs).
type IndexExpr struct {
	X       Expr
	Indices []Expr
}

// SliceExpr is `X[Low:High]` (either may be nil).
type SliceExpr struct {
	X         Expr
	Low, High Expr
}

// TypeExpr is a type in expression position (conversions, instantiations).
type TypeExpr struct{ Type *GoType }

// BinaryExpr is `X Op Y` with a Go operator.
type BinaryExpr struct {
	Op   string
	X, Y Expr
}

// UnaryExpr is `Op X` (- ! ^ & * <-).
type UnaryExpr struct {
	Op string
	X  Expr
}

// ConvExpr is the conversion `Type(X)`.
type ConvExpr struct {
	Type *GoType
	X    Expr
}

// TypeAssertExpr is `X.(Type)`.
type TypeAssertExpr struct {
	X    Expr
	Type *GoType
}

// FuncLit is `func(Params) Results { Body }`.
type FuncLit struct {
	Params   []*Field
	Results  []*GoType
	Variadic bool
	Body     *Block
}

// CompositeLit is `Type{Elems}`; Elems may be KeyValueExprs.
type CompositeLit struct {
	Type  *GoType
	Elems []Expr
}

// KeyValueExpr is `Key: Value` inside a composite literal.
type KeyValueExpr struct {
	Key   Expr
	Value Expr
}

func (*Ident) expr()          {}
func (*Qual) expr()           {}
func (*BasicLit) expr()       {}
func (*SelectorExpr) expr()   {}
func (*CallExpr) expr()       {}
func (*IndexExpr) expr()      {}
func (*TypeExpr) expr()       {}
func (*SliceExpr) expr()      {}
func (*BinaryExpr) expr()     {}
func (*UnaryExpr) expr()      {}
func (*ConvExpr) expr()       {}
func (*TypeAssertExpr) expr() {}
func (*FuncLit) expr()        {}
func (*CompositeLit) expr()   {}
func (*KeyValueExpr) expr()   {}
