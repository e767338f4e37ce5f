// Package ast declares the syntax tree the cs2go parser builds from C# source.
//
// # Shapes
//
// Every node is a pointer to a struct that embeds Span, so it carries Pos (the
// position of its first token) and EndPos (the position just after its last
// token), both participle lexer.Positions: Filename, byte Offset, 1-based Line
// and Column (columns count runes). Node.Start/Node.End return them.
//
// The node families are sealed interfaces (unexported marker methods, as in
// go/ast):
//
//   - Decl: everything that can appear in a namespace or type body:
//     NamespaceDecl, ClassDecl (class/struct/interface/record via Kind),
//     EnumDecl, DelegateDecl, FieldDecl, PropertyDecl, IndexerDecl, EventDecl,
//     MethodDecl, ConstructorDecl, DestructorDecl, OperatorDecl.
//   - Stmt: Block, LocalDeclStmt, LocalFunctionStmt, ExprStmt, EmptyStmt,
//     IfStmt, WhileStmt, DoStmt, ForStmt, ForeachStmt, SwitchStmt, GotoStmt,
//     TryStmt, UsingStmt, LockStmt, ReturnStmt, ThrowStmt, BreakStmt,
//     ContinueStmt, YieldStmt, CheckedStmt, LabeledStmt.
//   - Expr: Literal, SimpleName, TypeExpr, AliasQualifiedName, MemberAccessExpr,
//     InvocationExpr, ElementAccessExpr, BinaryExpr, UnaryExpr, PostfixExpr,
//     AssignExpr, ConditionalExpr, CastExpr, IsExpr, AsExpr, ParenExpr,
//     ObjectCreationExpr, ArrayCreationExpr, AnonymousObjectExpr,
//     InitializerExpr, ImplicitElementAccess, LambdaExpr, AnonymousMethodExpr,
//     InterpolatedStringExpr, TypeOfExpr, NameOfExpr, SizeOfExpr, DefaultExpr,
//     ThisExpr, BaseExpr, AwaitExpr, SwitchExpr, WithExpr, TupleExpr,
//     ThrowExpr, CheckedExpr, DeclarationExpr, RangeExpr, CollectionExpr.
//   - Pattern (after `is`, in `case`, in switch-expression arms): TypePattern,
//     DeclarationPattern, VarPattern, ConstantPattern, RelationalPattern,
//     NotPattern, BinaryPattern, DiscardPattern, RecursivePattern.
//   - InterpolatedPart: InterpolatedText, Interpolation.
//
// The other nodes hang off those: CompilationUnit, ExternAlias,
// UsingDirective, AttributeSection, Attribute, TypeRef, TypePart,
// TupleTypeElem, TypeParam, TypeParamConstraints, Constraint, EnumMember,
// VarDeclarator, Accessor, Param, ConstructorInitializer, SwitchSection,
// CaseLabel, CatchClause, Argument, AnonymousMember, SwitchExprArm,
// Subpattern, Comment and CommentGroup. Names follow the C# specification's
// grammar where it has one.
//
// Types are *TypeRef values (a struct, not an interface): a possibly
// qualified name whose parts carry type arguments, or a tuple type, followed
// by `?` and array ranks. Where C# puts a predefined type in expression
// position (`int.Parse`, `string.Empty`) the parser wraps it in a TypeExpr.
//
// # Conventions
//
//   - Names are stored without the verbatim `@` (`@class` is Name "class").
//   - A nil Expr/Stmt/*Block field means "absent" (`return;`, no else, an
//     auto-accessor without body, a lambda with a block body has ExprBody nil).
//   - Members with an expression body (`=> expr;`) set ExprBody and leave
//     Body nil.
//   - Null-conditional access is a flag on the one access that has the `?`
//     (MemberAccessExpr.Conditional, ElementAccessExpr.Conditional). As in
//     C#, a null receiver short-circuits the whole chain of member accesses,
//     invocations and element accesses that follows it: in `a?.B.C()` the
//     chain is the InvocationExpr whose innermost receiver is the conditional
//     access.
//   - Pattern ambiguity: after `is`, a bare (possibly qualified or generic)
//     name is a TypePattern; in a `case` label or switch-expression arm it is
//     a ConstantPattern holding the expression. C# decides these by binding,
//     so a consumer that finds a type in a ConstantPattern (or a constant in
//     a TypePattern) should treat it as the other kind.
//   - `nameof(x)` is a NameOfExpr unless a method named nameof is in scope,
//     which the parser cannot know; it always builds NameOfExpr.
//   - Literal.Value holds the decoded value (see Literal).
//   - Comments: CompilationUnit.Comments holds every comment group in source
//     order; a group that is a declaration's documentation (the group ending
//     on the line just above the declaration or its attributes, with no blank
//     line between) is also hung on that declaration's Doc field (types,
//     members, enum members, namespaces, local functions).
//     NewCommentMap assigns every group to a node by go/ast's rules. Code
//     dropped by #if (DisabledText) and tolerated directive lines such as
//     #region or #:package (Directive) are kept too, each in a group of its
//     own that never documents a declaration.
//   - Warnings: CompilationUnit.Warnings lists non-fatal diagnostics (a
//     dropped #if branch, #warning, modifiers ignored on a method written
//     outside a class).
package ast

import (
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"
)

// Position is participle's source position: Filename, byte Offset, 1-based
// Line and Column.
type Position = lexer.Position

// Span is embedded in every node: Pos is the start of the node's first
// token, EndPos the position just after its last token.
type Span struct {
	Pos    Position
	EndPos Position
}

// Start returns the position of the node's first character.
func (s *Span) Start() Position { return s.Pos }

// End returns the position just past the node's last character.
func (s *Span) End() Position { return s.EndPos }

// Node is implemented by every syntax tree node.
type Node interface {
	Start() Position
	End() Position
}

// Decl is a namespace member or a type member.
type Decl interface {
	Node
	declNode()
}

// Stmt is a statement.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// Pattern is a pattern in `is`, `case` or a switch-expression arm.
type Pattern interface {
	Node
	patternNode()
}

// InterpolatedPart is one piece of an interpolated string.
type InterpolatedPart interface {
	Node
	interpolatedPart()
}

// ---------------------------------------------------------------------------
// Comments and diagnostics

// CommentKind tells the comment syntaxes apart.
type CommentKind int

const (
	LineComment     CommentKind = iota // `// text`
	BlockComment                       // `/* text */`
	DocComment                         // `/// text`
	DocBlockComment                    // `/** text */`
	DisabledText                       // lines dropped by #if/#else, kept verbatim
	Directive                          // a tolerated directive line: #region, #pragma, #nullable, #line, #!, #:package
)

var commentKindNames = [...]string{"LineComment", "BlockComment", "DocComment", "DocBlockComment", "DisabledText", "Directive"}

func (k CommentKind) String() string {
	if int(k) < len(commentKindNames) {
		return commentKindNames[k]
	}
	return "CommentKind(?)"
}

// Comment is one comment; Text is its raw source text including the
// delimiters (`// x`, `/* x */`, `/// <summary>`).
type Comment struct {
	Span
	Kind CommentKind
	Text string
}

// CommentGroup is a run of comments with no blank line and no token between
// them.
type CommentGroup struct {
	Span
	List []*Comment
}

// Diagnostic is a positioned non-fatal message (for example a dropped #if
// branch).
type Diagnostic struct {
	Pos Position
	Msg string
}

// String formats the diagnostic as `file.cs:line:col: message`.
func (d Diagnostic) String() string {
	return d.Pos.Filename + ":" + strconv.Itoa(d.Pos.Line) + ":" + strconv.Itoa(d.Pos.Column) + ": " + d.Msg
}

// ---------------------------------------------------------------------------
// Compilation unit, usings, attributes

// CompilationUnit is one parsed .cs file.
type CompilationUnit struct {
	Span
	Filename   string
	Externs    []*ExternAlias
	Usings     []*UsingDirective
	Attributes []*AttributeSection // assembly/module attributes
	// Statements are the top-level statements (C# 9), in order. Local
	// functions declared at top level are LocalFunctionStmts here.
	Statements []Stmt
	// Members are the namespace and type declarations, in order.
	Members  []Decl
	Comments []*CommentGroup
	// Warnings are non-fatal diagnostics (dropped #if branches, #warning).
	Warnings []Diagnostic
}

// ExternAlias is `extern alias X;`.
type ExternAlias struct {
	Span
	Name string
}

// UsingDirective is `using N;`, `using A = T;`, `using static T;`,
// `global using ...`.
type UsingDirective struct {
	Span
	Global bool
	Static bool
	Alias  string   // "" unless `using Alias = Name;`
	Name   *TypeRef // namespace or type name
}

// AttributeSection is `[target: A, B(x)]`.
type AttributeSection struct {
	Span
	Target string // "" or assembly, module, field, event, method, param, property, return, type
	Attrs  []*Attribute
}

// Attribute is one attribute in a section. Named arguments (`X = 1`) are
// Arguments with Name set and NameEquals true.
type Attribute struct {
	Span
	Name *TypeRef
	Args []*Argument
}

// ---------------------------------------------------------------------------
// Types

// TypeRef is a type as written.
//
// Shape: Alias::Parts[0].Parts[1]...? [ranks]...? . A named type has Parts
// (each with optional TypeArgs); a tuple type `(int a, string b)` has
// TupleElems instead. Nullable is the `?` on the named/tuple type itself
// (`int?`, `string?`); Ranks are the array rank specifiers that follow, left
// to right (`int[][,]` is Ranks [1 2]); ArrayNullable is a `?` after the last
// rank (`int[]?`). Pointer counts `*` (unsafe code; parsed only in types).
// Predefined is set when the name is a C# keyword type (int, string, object,
// void, ...): Parts then has one part named by the keyword. `var`, `dynamic`
// and `nint` are ordinary names.
type TypeRef struct {
	Span
	Alias         string // "global" in `global::System.String`
	Parts         []*TypePart
	TupleElems    []*TupleTypeElem
	Predefined    bool
	Nullable      bool
	Pointer       int
	Ranks         []int
	ArrayNullable bool
}

// TypePart is one dotted part of a type name, with its type arguments.
// An unbound generic name in typeof (`Dictionary<,>`) has TypeArgs of nils.
type TypePart struct {
	Span
	Name     string
	TypeArgs []*TypeRef
}

// TupleTypeElem is one element of a tuple type.
type TupleTypeElem struct {
	Span
	Type *TypeRef
	Name string
}

// TypeParam is a type parameter `T`, `in T`, `out T`.
type TypeParam struct {
	Span
	Attributes []*AttributeSection
	Variance   string // "", "in", "out"
	Name       string
}

// ConstraintKind tells type-parameter constraints apart.
type ConstraintKind int

const (
	ConstraintType      ConstraintKind = iota // a base type or interface
	ConstraintClass                           // class (Nullable for class?)
	ConstraintStruct                          // struct
	ConstraintNew                             // new()
	ConstraintUnmanaged                       // unmanaged
	ConstraintNotNull                         // notnull
	ConstraintDefault                         // default
)

var constraintKindNames = [...]string{"type", "class", "struct", "new()", "unmanaged", "notnull", "default"}

func (k ConstraintKind) String() string {
	if int(k) < len(constraintKindNames) {
		return constraintKindNames[k]
	}
	return "ConstraintKind(?)"
}

// Constraint is one constraint of a where clause.
type Constraint struct {
	Span
	Kind     ConstraintKind
	Type     *TypeRef // for ConstraintType
	Nullable bool     // `class?`
}

// TypeParamConstraints is `where T : A, new()`.
type TypeParamConstraints struct {
	Span
	Param       string
	Constraints []*Constraint
}

// ---------------------------------------------------------------------------
// Declarations

// Modifiers is a set of declaration modifiers.
type Modifiers uint32

const (
	ModPublic Modifiers = 1 << iota
	ModPrivate
	ModProtected
	ModInternal
	ModStatic
	ModReadonly
	ModConst
	ModAbstract
	ModVirtual
	ModOverride
	ModSealed
	ModNew
	ModExtern
	ModPartial
	ModAsync
	ModUnsafe
	ModVolatile
	ModFixed
	ModRef
	ModRequired
	ModFile
	ModImplicit // conversion operators
	ModExplicit // conversion operators
)

var modifierNames = [...]string{"public", "private", "protected", "internal", "static", "readonly", "const",
	"abstract", "virtual", "override", "sealed", "new", "extern", "partial", "async", "unsafe", "volatile",
	"fixed", "ref", "required", "file", "implicit", "explicit"}

// Has reports whether all of the modifiers in m2 are set.
func (m Modifiers) Has(m2 Modifiers) bool { return m&m2 == m2 }

// String lists the modifiers in C# spelling, separated by spaces.
func (m Modifiers) String() string {
	s := ""
	for i, n := range modifierNames {
		if m&(1<<i) != 0 {
			if s != "" {
				s += " "
			}
			s += n
		}
	}
	return s
}

// ModifierByName maps a C# modifier keyword to its bit (0 if not a modifier).
func ModifierByName(name string) Modifiers {
	for i, n := range modifierNames {
		if n == name {
			return 1 << i
		}
	}
	return 0
}

// DeclHeader is embedded in member declarations: the parts every
// declaration can carry before its own syntax.
type DeclHeader struct {
	Doc        *CommentGroup // `///` documentation, or nil
	Attributes []*AttributeSection
	Modifiers  Modifiers
}

// NamespaceDecl is `namespace A.B { ... }` or the file-scoped `namespace A.B;`
// (FileScoped; its Members run to the end of the file).
type NamespaceDecl struct {
	Span
	Doc        *CommentGroup
	Name       *TypeRef // dotted name, no type arguments
	FileScoped bool
	Externs    []*ExternAlias
	Usings     []*UsingDirective
	Members    []Decl
}

// TypeKind tells the class-like declarations apart.
type TypeKind int

const (
	KindClass TypeKind = iota
	KindStruct
	KindInterface
	KindRecord       // `record` or `record class`
	KindRecordStruct // `record struct`
)

var typeKindNames = [...]string{"class", "struct", "interface", "record", "record struct"}

func (k TypeKind) String() string {
	if int(k) < len(typeKindNames) {
		return typeKindNames[k]
	}
	return "TypeKind(?)"
}

// ClassDecl is a class, struct, interface or record declaration.
type ClassDecl struct {
	Span
	DeclHeader
	Kind       TypeKind
	Name       string
	NamePos    Position
	TypeParams []*TypeParam
	// Params is the positional parameter list of a record or a primary
	// constructor (`record P(int X)`, `class C(int x)`); HasParams tells
	// `record R()` from `record R`.
	Params      []*Param
	HasParams   bool
	BaseTypes   []*TypeRef
	BaseArgs    []*Argument // `record B(int X) : A(X)`: arguments to the first base
	Constraints []*TypeParamConstraints
	Members     []Decl
}

// EnumDecl is `enum E : byte { A, B = 2 }`.
type EnumDecl struct {
	Span
	DeclHeader
	Name     string
	NamePos  Position
	BaseType *TypeRef
	Members  []*EnumMember
}

// EnumMember is one enum constant.
type EnumMember struct {
	Span
	Doc        *CommentGroup
	Attributes []*AttributeSection
	Name       string
	Value      Expr // nil if implicit
}

// DelegateDecl is `delegate R Name<T>(params) where ...;`.
type DelegateDecl struct {
	Span
	DeclHeader
	ReturnType  *TypeRef
	Name        string
	NamePos     Position
	TypeParams  []*TypeParam
	Params      []*Param
	Constraints []*TypeParamConstraints
}

// VarDeclarator is one `name = init` of a field, event or local declaration.
type VarDeclarator struct {
	Span
	Name string
	Init Expr // nil if none; an *InitializerExpr for `int[] a = {1, 2}`
}

// FieldDecl is a field declaration; `const` fields have ModConst.
type FieldDecl struct {
	Span
	DeclHeader
	Type *TypeRef
	Vars []*VarDeclarator
}

// AccessorKind names a property/indexer/event accessor.
type AccessorKind int

const (
	AccessorGet AccessorKind = iota
	AccessorSet
	AccessorInit
	AccessorAdd
	AccessorRemove
)

var accessorKindNames = [...]string{"get", "set", "init", "add", "remove"}

func (k AccessorKind) String() string {
	if int(k) < len(accessorKindNames) {
		return accessorKindNames[k]
	}
	return "AccessorKind(?)"
}

// Accessor is `get;`, `private set { ... }`, `init => x;`, `add { }`.
// Body and ExprBody both nil means an auto-accessor.
type Accessor struct {
	Span
	Attributes []*AttributeSection
	Modifiers  Modifiers
	Kind       AccessorKind
	Body       *Block
	ExprBody   Expr
}

// PropertyDecl is a property. An expression-bodied property (`int X => 1;`)
// has ExprBody and no Accessors. Init is the auto-property initializer
// (`{ get; } = 5;`).
type PropertyDecl struct {
	Span
	DeclHeader
	Type              *TypeRef
	ExplicitInterface *TypeRef // `int IFoo.X { get; }`
	Name              string
	NamePos           Position
	Accessors         []*Accessor
	ExprBody          Expr
	Init              Expr
}

// IndexerDecl is `T this[params] { accessors }` or `T this[params] => expr;`.
type IndexerDecl struct {
	Span
	DeclHeader
	Type              *TypeRef
	ExplicitInterface *TypeRef
	Params            []*Param
	Accessors         []*Accessor
	ExprBody          Expr
}

// EventDecl is a field-like event (`event EventHandler A, B;`, Vars set) or
// an event with accessors (Name and Accessors set).
type EventDecl struct {
	Span
	DeclHeader
	Type              *TypeRef
	ExplicitInterface *TypeRef
	Vars              []*VarDeclarator
	Name              string
	Accessors         []*Accessor
}

// ParamModifier is ref/out/in/params/this on a parameter, or ref/out/in on
// an argument.
type ParamModifier int

const (
	ParamNone ParamModifier = iota
	ParamRef
	ParamOut
	ParamIn
	ParamParams
	ParamThis // extension method receiver
	ParamRefReadonly
	ParamScoped
)

var paramModifierNames = [...]string{"", "ref", "out", "in", "params", "this", "ref readonly", "scoped"}

func (m ParamModifier) String() string {
	if int(m) < len(paramModifierNames) {
		return paramModifierNames[m]
	}
	return "ParamModifier(?)"
}

// Param is a formal parameter. Type is nil for an implicitly typed lambda
// parameter; Default is the optional-parameter value.
type Param struct {
	Span
	Attributes []*AttributeSection
	Modifier   ParamModifier
	Type       *TypeRef
	Name       string
	Default    Expr
}

// MethodDecl is a method; Body or ExprBody is nil for abstract, extern,
// partial and interface methods.
type MethodDecl struct {
	Span
	DeclHeader
	ReturnType        *TypeRef
	ExplicitInterface *TypeRef
	Name              string
	NamePos           Position
	TypeParams        []*TypeParam
	Params            []*Param
	Constraints       []*TypeParamConstraints
	Body              *Block
	ExprBody          Expr
}

// ConstructorInitializer is `: base(args)` or `: this(args)`.
type ConstructorInitializer struct {
	Span
	This bool // false: base
	Args []*Argument
}

// ConstructorDecl is an instance or (ModStatic) static constructor.
type ConstructorDecl struct {
	Span
	DeclHeader
	Name        string
	NamePos     Position
	Params      []*Param
	Initializer *ConstructorInitializer
	Body        *Block
	ExprBody    Expr
}

// DestructorDecl is a finalizer `~C() { }`.
type DestructorDecl struct {
	Span
	DeclHeader
	Name     string
	Body     *Block
	ExprBody Expr
}

// OperatorDecl is `public static T operator +(T a, T b)` or a conversion
// operator (`implicit operator T(U u)`, ModImplicit/ModExplicit set, Op is
// OpNone).
type OperatorDecl struct {
	Span
	DeclHeader
	ReturnType *TypeRef
	Op         Op
	OpText     string // the operator as written: "+", "true", "==" ...
	Params     []*Param
	Body       *Block
	ExprBody   Expr
}

func (*NamespaceDecl) declNode()   {}
func (*ClassDecl) declNode()       {}
func (*EnumDecl) declNode()        {}
func (*DelegateDecl) declNode()    {}
func (*FieldDecl) declNode()       {}
func (*PropertyDecl) declNode()    {}
func (*IndexerDecl) declNode()     {}
func (*EventDecl) declNode()       {}
func (*MethodDecl) declNode()      {}
func (*ConstructorDecl) declNode() {}
func (*DestructorDecl) declNode()  {}
func (*OperatorDecl) declNode()    {}

// ---------------------------------------------------------------------------
// Statements

// Block is `{ stmts }`.
type Block struct {
	Span
	Stmts []Stmt
}

// LocalDeclStmt declares locals: `var x = 1, y;`, `const int N = 3;`,
// `using var r = ...;` (Using), `await using var ...` (Using and Await).
// Type is the `var` name for implicitly typed locals.
type LocalDeclStmt struct {
	Span
	Const bool
	Using bool
	Await bool
	Ref   bool // `ref int x = ref y;`
	Type  *TypeRef
	Vars  []*VarDeclarator
}

// LocalFunctionStmt is a local function (also a top-level one).
type LocalFunctionStmt struct {
	Span
	Doc         *CommentGroup // `///` documentation, or nil
	Attributes  []*AttributeSection
	Modifiers   Modifiers // async, static, unsafe, extern
	ReturnType  *TypeRef
	Name        string
	NamePos     Position
	TypeParams  []*TypeParam
	Params      []*Param
	Constraints []*TypeParamConstraints
	Body        *Block
	ExprBody    Expr
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Span
	X Expr
}

// EmptyStmt is `;`.
type EmptyStmt struct {
	Span
}

// IfStmt is `if (Cond) Then else Else`.
type IfStmt struct {
	Span
	Cond Expr
	Then Stmt
	Else Stmt // nil, or an *IfStmt for `else if`
}

// WhileStmt is `while (Cond) Body`.
type WhileStmt struct {
	Span
	Cond Expr
	Body Stmt
}

// DoStmt is `do Body while (Cond);`.
type DoStmt struct {
	Span
	Body Stmt
	Cond Expr
}

// ForStmt is `for (init; cond; update) body`. The initializer is either a
// local declaration (InitDecl) or a list of expressions (Init).
type ForStmt struct {
	Span
	InitDecl *LocalDeclStmt
	Init     []Expr
	Cond     Expr
	Update   []Expr
	Body     Stmt
}

// ForeachStmt is `foreach (Type Name in X) Body`. A deconstructing foreach
// (`foreach (var (k, v) in d)`) has Type nil, Name "" and Target set to the
// DeclarationExpr/TupleExpr being assigned.
type ForeachStmt struct {
	Span
	Await   bool
	Type    *TypeRef
	Name    string
	NamePos Position
	Target  Expr
	X       Expr
	Body    Stmt
}

// SwitchStmt is `switch (X) { sections }`.
type SwitchStmt struct {
	Span
	X        Expr
	Sections []*SwitchSection
}

// SwitchSection is a run of case labels followed by statements.
type SwitchSection struct {
	Span
	Labels []*CaseLabel
	Stmts  []Stmt
}

// CaseLabel is `case pattern when cond:` or `default:` (Default, Pattern nil).
type CaseLabel struct {
	Span
	Default bool
	Pattern Pattern
	When    Expr
}

// GotoKind tells goto forms apart.
type GotoKind int

const (
	GotoLabel GotoKind = iota
	GotoCase
	GotoDefault
)

var gotoKindNames = [...]string{"label", "case", "default"}

func (k GotoKind) String() string {
	if int(k) < len(gotoKindNames) {
		return gotoKindNames[k]
	}
	return "GotoKind(?)"
}

// GotoStmt is `goto L;`, `goto case X;`, `goto default;`.
type GotoStmt struct {
	Span
	Kind  GotoKind
	Label string
	Case  Expr
}

// TryStmt is try/catch/finally.
type TryStmt struct {
	Span
	Body    *Block
	Catches []*CatchClause
	Finally *Block
}

// CatchClause is `catch (Type Name) when (Filter) Body`; Type is nil for a
// bare `catch`, Name "" when no variable is declared.
type CatchClause struct {
	Span
	Type   *TypeRef
	Name   string
	Filter Expr
	Body   *Block
}

// UsingStmt is `using (Decl-or-X) Body` (`await using` sets Await).
type UsingStmt struct {
	Span
	Await bool
	Decl  *LocalDeclStmt
	X     Expr
	Body  Stmt
}

// LockStmt is `lock (X) Body`.
type LockStmt struct {
	Span
	X    Expr
	Body Stmt
}

// ReturnStmt is `return X;` (X nil for `return;`).
type ReturnStmt struct {
	Span
	X Expr
}

// ThrowStmt is `throw X;` (X nil for the rethrow `throw;`).
type ThrowStmt struct {
	Span
	X Expr
}

// BreakStmt is `break;`.
type BreakStmt struct {
	Span
}

// ContinueStmt is `continue;`.
type ContinueStmt struct {
	Span
}

// YieldStmt is `yield return X;` or `yield break;` (Break, X nil).
type YieldStmt struct {
	Span
	Break bool
	X     Expr
}

// CheckedStmt is `checked { }` or `unchecked { }`.
type CheckedStmt struct {
	Span
	Unchecked bool
	Body      *Block
}

// LabeledStmt is `label: stmt`.
type LabeledStmt struct {
	Span
	Label string
	Stmt  Stmt
}

func (*Block) stmtNode()             {}
func (*LocalDeclStmt) stmtNode()     {}
func (*LocalFunctionStmt) stmtNode() {}
func (*ExprStmt) stmtNode()          {}
func (*EmptyStmt) stmtNode()         {}
func (*IfStmt) stmtNode()            {}
func (*WhileStmt) stmtNode()         {}
func (*DoStmt) stmtNode()            {}
func (*ForStmt) stmtNode()           {}
func (*ForeachStmt) stmtNode()       {}
func (*SwitchStmt) stmtNode()        {}
func (*GotoStmt) stmtNode()          {}
func (*TryStmt) stmtNode()           {}
func (*UsingStmt) stmtNode()         {}
func (*LockStmt) stmtNode()          {}
func (*ReturnStmt) stmtNode()        {}
func (*ThrowStmt) stmtNode()         {}
func (*BreakStmt) stmtNode()         {}
func (*ContinueStmt) stmtNode()      {}
func (*YieldStmt) stmtNode()         {}
func (*CheckedStmt) stmtNode()       {}
func (*LabeledStmt) stmtNode()       {}

// ---------------------------------------------------------------------------
// Expressions

// LitKind tells literal kinds apart.
type LitKind int

const (
	LitNull   LitKind = iota // null; Value nil
	LitBool                  // true/false; Value bool
	LitInt                   // 42, 0x2A, 0b101, 1_000UL; Value uint64
	LitReal                  // 1.5, 1e3, 2f, 3m; Value float64
	LitChar                  // 'a', '\n', '\u0041'; Value rune (one UTF-16 code unit)
	LitString                // "..", @"..", """..."""; Value string
)

var litKindNames = [...]string{"null", "bool", "int", "real", "char", "string"}

func (k LitKind) String() string {
	if int(k) < len(litKindNames) {
		return litKindNames[k]
	}
	return "LitKind(?)"
}

// Literal is a literal. Raw is the source text; Value the decoded value:
// nil (null), bool, uint64 (integers; the C# type follows from the value and
// Suffix), float64 (real; decimal `m` literals are approximated, use Raw for
// exactness), rune (char: a UTF-16 code unit), string (strings, decoded to
// UTF-8; surrogate pairs are combined, a lone surrogate becomes U+FFFD).
// Suffix is the lower-cased type suffix ("u", "l", "ul", "f", "d", "m", or
// "u8" for a UTF-8 string literal "abc"u8, whose Value is still the string).
type Literal struct {
	Span
	Kind     LitKind
	Raw      string
	Value    any
	Suffix   string
	Verbatim bool // @"..."
	RawStr   bool // """..."""
}

// SimpleName is an identifier, possibly generic: `x`, `List<int>`, `F<T>`
// (in `F<T>(x)`).
type SimpleName struct {
	Span
	Name     string
	TypeArgs []*TypeRef
}

// TypeExpr is a type in expression position: a predefined type used as a
// receiver (`int.Parse`, `string.Join`), or a type that can only be a type
// (`int[]`, `List<int>?`) where C# allows one.
type TypeExpr struct {
	Span
	Type *TypeRef
}

// AliasQualifiedName is `alias::Name` (`global::System`).
type AliasQualifiedName struct {
	Span
	Alias    string
	Name     string
	TypeArgs []*TypeRef
}

// MemberAccessExpr is `X.Name` or `X?.Name` (Conditional). Pointer
// (`X->Name`) is reserved: the parser rejects unsafe code.
type MemberAccessExpr struct {
	Span
	X           Expr
	Name        string
	NamePos     Position
	TypeArgs    []*TypeRef
	Conditional bool
	Pointer     bool
}

// Argument is one call, element-access or attribute argument: `x`,
// `name: x`, `ref x`, `out var y`, `out _`. Attribute property arguments
// (`Prop = x`) set NameEquals.
type Argument struct {
	Span
	Name       string
	NameEquals bool
	Modifier   ParamModifier // ParamNone, ParamRef, ParamOut, ParamIn
	X          Expr
}

// InvocationExpr is `Fun(args)`.
type InvocationExpr struct {
	Span
	Fun  Expr
	Args []*Argument
}

// ElementAccessExpr is `X[args]` or `X?[args]` (Conditional).
type ElementAccessExpr struct {
	Span
	X           Expr
	Args        []*Argument
	Conditional bool
}

// BinaryExpr is `X Op Y` for the arithmetic, bitwise, shift, relational,
// equality, conditional-logical and `??` operators.
type BinaryExpr struct {
	Span
	Op    Op
	OpPos Position
	X, Y  Expr
}

// UnaryExpr is a prefix operator: + - ! ~ ++ -- ^ (index from end). The
// unsafe & and * are rejected by the parser.
type UnaryExpr struct {
	Span
	Op Op
	X  Expr
}

// PostfixExpr is `X++`, `X--` or the null-forgiving `X!` (Op OpNot).
type PostfixExpr struct {
	Span
	Op Op
	X  Expr
}

// AssignExpr is `Left Op Right` with Op one of the assignment operators
// (OpAssign, OpAddAssign, ..., OpCoalesceAssign). Ref is `x = ref y`.
type AssignExpr struct {
	Span
	Op          Op
	OpPos       Position
	Left, Right Expr
	Ref         bool
}

// ConditionalExpr is `Cond ? Then : Else`.
type ConditionalExpr struct {
	Span
	Cond, Then, Else Expr
}

// CastExpr is `(Type)X`.
type CastExpr struct {
	Span
	Type *TypeRef
	X    Expr
}

// IsExpr is `X is Pattern`.
type IsExpr struct {
	Span
	X       Expr
	Pattern Pattern
}

// AsExpr is `X as Type`.
type AsExpr struct {
	Span
	X    Expr
	Type *TypeRef
}

// ParenExpr is `(X)`; kept so that consumers can see the source grouping.
type ParenExpr struct {
	Span
	X Expr
}

// ObjectCreationExpr is `new T(args) { init }`; Type is nil for the
// target-typed `new(args)`. HasArgs tells `new T()` from `new T { }`.
type ObjectCreationExpr struct {
	Span
	Type    *TypeRef
	Args    []*Argument
	HasArgs bool
	Init    *InitializerExpr
}

// ArrayCreationExpr is `new T[n]`, `new T[] { ... }`, `new T[n, m][]`,
// `new[] { ... }` (ElemType nil). Sizes are the expressions of the first
// rank specifier (empty when the sizes are omitted); Rank is that
// specifier's rank; ExtraRanks are the ranks of the rank specifiers after
// it (`new int[3][]` has ExtraRanks [1], so the element type is int[]).
type ArrayCreationExpr struct {
	Span
	ElemType   *TypeRef
	Sizes      []Expr
	Rank       int
	ExtraRanks []int
	Init       *InitializerExpr
}

// AnonymousObjectExpr is `new { A = 1, b.C }`.
type AnonymousObjectExpr struct {
	Span
	Members []*AnonymousMember
}

// AnonymousMember is one member of an anonymous object; Name is "" for a
// projection initializer (`b.C`, name inferred).
type AnonymousMember struct {
	Span
	Name string
	X    Expr
}

// InitKind tells initializer forms apart.
type InitKind int

const (
	InitObject     InitKind = iota // { A = 1, [k] = v }: Elems are *AssignExpr
	InitCollection                 // { 1, 2, { "k", v } }: Elems are values or nested InitCollection
	InitArray                      // array initializer { 1, 2 } (in array creation or `int[] a = {..}`)
)

var initKindNames = [...]string{"object", "collection", "array"}

func (k InitKind) String() string {
	if int(k) < len(initKindNames) {
		return initKindNames[k]
	}
	return "InitKind(?)"
}

// InitializerExpr is a brace initializer. In an object initializer every
// element is an *AssignExpr whose Left is a *SimpleName (member) or an
// *ImplicitElementAccess (`[key] = v`) and whose Right may itself be an
// *InitializerExpr (nested object/collection initializer). An empty `{ }`
// after `new T` is InitObject.
type InitializerExpr struct {
	Span
	Kind  InitKind
	Elems []Expr
}

// ImplicitElementAccess is the `[args]` target of an indexer initializer.
type ImplicitElementAccess struct {
	Span
	Args []*Argument
}

// LambdaExpr is `x => e`, `(a, b) => { }`, `async (int a) => e`,
// `static () => e`. Exactly one of ExprBody and Body is set. Parens tells
// `x => e` from `(x) => e`. ReturnType is the C# 10 explicit return type.
type LambdaExpr struct {
	Span
	Modifiers  Modifiers // async, static
	ReturnType *TypeRef
	Params     []*Param
	Parens     bool
	ExprBody   Expr
	Body       *Block
}

// AnonymousMethodExpr is `delegate (params) { }`; HasParams tells
// `delegate { }` (any parameters) from `delegate () { }`.
type AnonymousMethodExpr struct {
	Span
	Modifiers Modifiers // async, static
	Params    []*Param
	HasParams bool
	Body      *Block
}

// InterpolatedStringExpr is `$"..."`, `$@"..."`, `@$"..."` or an
// interpolated raw string `$"""..."""`. Parts alternate freely between text
// and holes.
type InterpolatedStringExpr struct {
	Span
	Raw      string // the whole literal as written
	Verbatim bool
	RawStr   bool
	Parts    []InterpolatedPart
}

// InterpolatedText is literal text of an interpolated string; Text is
// decoded (escapes processed, `{{` is `{`), RawText as written.
type InterpolatedText struct {
	Span
	Text    string
	RawText string
}

// Interpolation is a hole `{X,Align:Format}`; Align is nil and Format ""
// when absent. Format is the text after the colon, with the escapes of a
// regular (non-verbatim, non-raw) string decoded: `$"{t:hh\\:mm}"` has
// Format `hh\:mm`.
type Interpolation struct {
	Span
	X      Expr
	Align  Expr
	Format string
}

func (*InterpolatedText) interpolatedPart() {}
func (*Interpolation) interpolatedPart()    {}

// TypeOfExpr is `typeof(T)`.
type TypeOfExpr struct {
	Span
	Type *TypeRef
}

// NameOfExpr is `nameof(X)`.
type NameOfExpr struct {
	Span
	X Expr
}

// SizeOfExpr is `sizeof(T)`.
type SizeOfExpr struct {
	Span
	Type *TypeRef
}

// DefaultExpr is `default(T)` or the `default` literal (Type nil).
type DefaultExpr struct {
	Span
	Type *TypeRef
}

// ThisExpr is `this`.
type ThisExpr struct {
	Span
}

// BaseExpr is `base`.
type BaseExpr struct {
	Span
}

// AwaitExpr is `await X`.
type AwaitExpr struct {
	Span
	X Expr
}

// SwitchExpr is `X switch { arms }`.
type SwitchExpr struct {
	Span
	X    Expr
	Arms []*SwitchExprArm
}

// SwitchExprArm is `Pattern when When => X`.
type SwitchExprArm struct {
	Span
	Pattern Pattern
	When    Expr
	X       Expr
}

// WithExpr is `X with { A = 1 }`.
type WithExpr struct {
	Span
	X    Expr
	Init *InitializerExpr
}

// TupleExpr is `(a, b)` or `(x: 1, y: 2)`; elements are Arguments so that
// they can carry names.
type TupleExpr struct {
	Span
	Elems []*Argument
}

// ThrowExpr is a throw expression (`x ?? throw new E()`).
type ThrowExpr struct {
	Span
	X Expr
}

// CheckedExpr is `checked(X)` or `unchecked(X)`.
type CheckedExpr struct {
	Span
	Unchecked bool
	X         Expr
}

// DeclarationExpr declares a variable inside an expression: `out var x`,
// `out int n`, the elements of `var (a, b) = t` and `(int a, var b) = t`.
// Name "_" is a discard. `var (a, b)` is a TupleExpr (whose span starts at
// `var`) of DeclarationExprs that share the one `var` TypeRef, which
// therefore lies before their own spans.
type DeclarationExpr struct {
	Span
	Type *TypeRef
	Name string
}

// RangeExpr is `X..Y` (either may be nil).
type RangeExpr struct {
	Span
	X, Y Expr
}

// CollectionExpr is a C# 12 collection expression `[a, b, ..rest]`; a
// spread element `..rest` is a RangeExpr with X nil.
type CollectionExpr struct {
	Span
	Elems []Expr
}

func (*Literal) exprNode()                {}
func (*SimpleName) exprNode()             {}
func (*TypeExpr) exprNode()               {}
func (*AliasQualifiedName) exprNode()     {}
func (*MemberAccessExpr) exprNode()       {}
func (*InvocationExpr) exprNode()         {}
func (*ElementAccessExpr) exprNode()      {}
func (*BinaryExpr) exprNode()             {}
func (*UnaryExpr) exprNode()              {}
func (*PostfixExpr) exprNode()            {}
func (*AssignExpr) exprNode()             {}
func (*ConditionalExpr) exprNode()        {}
func (*CastExpr) exprNode()               {}
func (*IsExpr) exprNode()                 {}
func (*AsExpr) exprNode()                 {}
func (*ParenExpr) exprNode()              {}
func (*ObjectCreationExpr) exprNode()     {}
func (*ArrayCreationExpr) exprNode()      {}
func (*AnonymousObjectExpr) exprNode()    {}
func (*InitializerExpr) exprNode()        {}
func (*ImplicitElementAccess) exprNode()  {}
func (*LambdaExpr) exprNode()             {}
func (*AnonymousMethodExpr) exprNode()    {}
func (*InterpolatedStringExpr) exprNode() {}
func (*TypeOfExpr) exprNode()             {}
func (*NameOfExpr) exprNode()             {}
func (*SizeOfExpr) exprNode()             {}
func (*DefaultExpr) exprNode()            {}
func (*ThisExpr) exprNode()               {}
func (*BaseExpr) exprNode()               {}
func (*AwaitExpr) exprNode()              {}
func (*SwitchExpr) exprNode()             {}
func (*WithExpr) exprNode()               {}
func (*TupleExpr) exprNode()              {}
func (*ThrowExpr) exprNode()              {}
func (*CheckedExpr) exprNode()            {}
func (*DeclarationExpr) exprNode()        {}
func (*RangeExpr) exprNode()              {}
func (*CollectionExpr) exprNode()         {}

// ---------------------------------------------------------------------------
// Patterns

// TypePattern matches a type: `x is string`, `case int[]:`.
type TypePattern struct {
	Span
	Type *TypeRef
}

// DeclarationPattern is `T name` (`x is HttpListener l`, `case int n:`);
// Name "_" is a discard.
type DeclarationPattern struct {
	Span
	Type *TypeRef
	Name string
}

// VarPattern is `var name` (Names has one element) or `var (a, b)`.
type VarPattern struct {
	Span
	Names []string
}

// ConstantPattern matches a constant: `null`, `5`, `"GET"`, `Color.Red`.
type ConstantPattern struct {
	Span
	X Expr
}

// RelationalPattern is `< 5`, `>= 'a'` (Op one of OpLt, OpGt, OpLe, OpGe).
type RelationalPattern struct {
	Span
	Op Op
	X  Expr
}

// NotPattern is `not P`.
type NotPattern struct {
	Span
	P Pattern
}

// BinaryPattern is `X and Y` or `X or Y` (Or).
type BinaryPattern struct {
	Span
	Or   bool
	X, Y Pattern
}

// DiscardPattern is `_`.
type DiscardPattern struct {
	Span
}

// Subpattern is one `Name: Pattern` (property pattern; Name may be a dotted
// path, C# 10) or positional `Pattern` (Name "").
type Subpattern struct {
	Span
	Name    string
	Pattern Pattern
}

// RecursivePattern is `Type (positional) { props } name` with every part
// optional (at least one of the lists present). HasPositional/HasProps tell
// an empty `()`/`{ }` from an absent one.
type RecursivePattern struct {
	Span
	Type          *TypeRef
	Positional    []*Subpattern
	HasPositional bool
	Props         []*Subpattern
	HasProps      bool
	Name          string
}

func (*TypePattern) patternNode()        {}
func (*DeclarationPattern) patternNode() {}
func (*VarPattern) patternNode()         {}
func (*ConstantPattern) patternNode()    {}
func (*RelationalPattern) patternNode()  {}
func (*NotPattern) patternNode()         {}
func (*BinaryPattern) patternNode()      {}
func (*DiscardPattern) patternNode()     {}
func (*RecursivePattern) patternNode()   {}
