// This file lowers operators, element access, casts, type tests, string
// interpolation, and expression statements (assignments, ++/--, calls).

package mapper

import (
	"fmt"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// numericRank orders C#'s numeric types for binary numeric promotion (C#
// spec §12.4.7.3): byte, sbyte, short, ushort and char promote to int.
func promote(a, b *Type) *Type {
	if a.Kind == TFloat || b.Kind == TFloat {
		if a == decimalType || b == decimalType {
			return decimalType
		}
		if a.Basic == "float64" || b.Basic == "float64" {
			return doubleType
		}
		return floatType
	}
	widen := func(t *Type) *Type {
		switch t.Basic {
		case "int8", "uint8", "int16", "uint16", "":
			return intType
		}
		return t
	}
	a, b = widen(a), widen(b)
	switch {
	case a == ulongType || b == ulongType:
		return ulongType
	case a == longType || b == longType:
		return longType
	case a == uintType && b == uintType:
		return uintType
	case a == uintType || b == uintType:
		return longType
	}
	return intType
}

// checkedOps are the runtime functions of checked integer arithmetic.
var checkedOps = map[ast.Op]string{ast.OpAdd: "CheckedAdd", ast.OpSub: "CheckedSub", ast.OpMul: "CheckedMul"}

var goBinaryOp = map[ast.Op]string{
	ast.OpAdd: "+", ast.OpSub: "-", ast.OpMul: "*", ast.OpDiv: "/", ast.OpRem: "%",
	ast.OpShl: "<<", ast.OpShr: ">>", ast.OpAnd: "&", ast.OpOr: "|", ast.OpXor: "^",
	ast.OpLogAnd: "&&", ast.OpLogOr: "||", ast.OpEq: "==", ast.OpNe: "!=",
	ast.OpLt: "<", ast.OpGt: ">", ast.OpLe: "<=", ast.OpGe: ">=",
}

// toString converts a value for string concatenation with .NET's rules.
func toString(v val) Expr {
	if v.t.Kind == TString {
		return v.e
	}
	if v.t.Kind == TNull {
		return lit(`""`)
	}
	return &CallExpr{Fun: &Qual{Path: systemPkg, Name: "ObjectToString"}, Args: []Expr{valueForAny(v)}}
}

// valueForAny types an untyped constant before it becomes an interface
// value (5 would be a Go int, not an Int32).
func valueForAny(v val) Expr {
	if v.konst && (v.t.Kind == TInt || v.t.Kind == TFloat || v.t.Kind == TChar) {
		return &ConvExpr{Type: v.t.Go(), X: v.e}
	}
	return v.e
}

func (fs *funcState) binary(e *ast.BinaryExpr) val {
	if e.Op == ast.OpCoalesce {
		a := fs.expr(e.X)
		var last Stmt
		if th, ok := e.Y.(*ast.ThrowExpr); ok {
			// x ?? throw new E(): the throw runs only when x is null.
			last = &ExprStmt{X: &CallExpr{Fun: &Ident{Name: "panic"}, Args: []Expr{fs.expr(th.X).e}}}
		} else {
			last = &ReturnStmt{Results: []Expr{fs.exprTo(e.Y, a.t)}}
		}
		v := fs.temp("v")
		return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{a.t.Go()}, Body: &Block{Stmts: []Stmt{
			&IfStmt{Init: &AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Tok: ":=", Rhs: []Expr{a.e}},
				Cond: &BinaryExpr{Op: "!=", X: &Ident{Name: v}, Y: zeroValue(a.t)}, Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&Ident{Name: v}}}}}},
			last}}}}, t: a.t}
	}
	op, ok := goBinaryOp[e.Op]
	if !ok {
		fs.unsupported(e.OpPos, "operator "+e.Op.String(), "")
		return fs.bad()
	}
	a, b := fs.expr(e.X), fs.expr(e.Y)
	if a.t.Kind == TUnknown || b.t.Kind == TUnknown {
		return fs.bad()
	}
	if a.c != nil && b.c != nil {
		if v, ok := fs.foldBinaryVal(e, a, b); ok {
			return v
		}
	}
	if v, ok := fs.tableOperator(e.Op, []val{a, b}, []ast.Position{e.X.Start(), e.Y.Start()}); ok {
		return v
	}
	switch e.Op {
	case ast.OpAdd:
		if a.t.Kind == TString || b.t.Kind == TString {
			return val{e: &BinaryExpr{Op: "+", X: toString(a), Y: toString(b)}, t: stringType, konst: a.konst && b.konst && a.t.Kind == TString && b.t.Kind == TString}
		}
	case ast.OpEq, ast.OpNe:
		switch {
		case a.t.Kind == TNull && b.t.Kind == TNull:
			return val{e: lit(map[bool]string{true: "true", false: "false"}[e.Op == ast.OpEq]), t: boolType}
		case b.t.Kind == TNull:
			return val{e: &BinaryExpr{Op: op, X: a.e, Y: zeroValue(a.t)}, t: boolType}
		case a.t.Kind == TNull:
			return val{e: &BinaryExpr{Op: op, X: zeroValue(b.t), Y: b.e}, t: boolType}
		}
	case ast.OpLogAnd, ast.OpLogOr:
		return val{e: &BinaryExpr{Op: op, X: a.e, Y: b.e}, t: boolType}
	case ast.OpAnd, ast.OpOr, ast.OpXor:
		if a.t.Kind == TBool {
			// Non-short-circuit bool operators: both sides are evaluated in
			// C#; Go's && and || skip the right side, and != is xor.
			gop := map[ast.Op]string{ast.OpAnd: "&&", ast.OpOr: "||", ast.OpXor: "!="}[e.Op]
			return val{e: &BinaryExpr{Op: gop, X: a.e, Y: b.e}, t: boolType}
		}
		if a.t.IsEnum() && b.t.IsEnum() {
			return val{e: &BinaryExpr{Op: op, X: a.e, Y: b.e}, t: a.t}
		}
	case ast.OpShl, ast.OpShr:
		if !a.t.IsNumeric() {
			break
		}
		t := promote(a.t, intType)
		return val{e: &BinaryExpr{Op: op, X: fs.convert(a, t, e.X.Start()), Y: b.e}, t: t, konst: a.konst && b.konst}
	}
	if a.t.Kind == TRuntime && a.t.Info.Entry.Kind == Value && b.t.String() == a.t.String() {
		// Structs compare through CompareTo (DateTime == ignores Kind in
		// .NET, so Go's struct equality would differ).
		if len(a.t.Info.Members("CompareTo")) > 0 && (e.Op.Precedence() == ast.PrecRelational || e.Op.Precedence() == ast.PrecEquality) {
			return val{e: &BinaryExpr{Op: op, X: &CallExpr{Fun: &SelectorExpr{X: a.e, Sel: "CompareTo"}, Args: []Expr{b.e}}, Y: lit("0")}, t: boolType}
		}
	}
	if a.t.IsEnum() || b.t.IsEnum() {
		t := a.t
		if !t.IsEnum() {
			t = b.t
		}
		res := t
		if e.Op.Precedence() == ast.PrecEquality || e.Op.Precedence() == ast.PrecRelational {
			res = boolType
		}
		return val{e: &BinaryExpr{Op: op, X: a.e, Y: b.e}, t: res}
	}
	if a.t.IsNumeric() && b.t.IsNumeric() {
		t := promote(a.t, b.t)
		konst := a.konst && b.konst
		if konst && (e.Op == ast.OpDiv) && t.Kind == TInt {
			// Go's constant division of untyped integers is exact only for
			// integers; keep C#'s truncation by typing the constant.
			konst = false
		}
		x, y := fs.convert(a, t, e.X.Start()), fs.convert(b, t, e.Y.Start())
		if konst {
			x, y = a.e, b.e
		} else if a.konst && b.konst {
			x = &ConvExpr{Type: t.Go(), X: a.e}
		}
		res := t
		switch e.Op.Precedence() {
		case ast.PrecEquality, ast.PrecRelational:
			res = boolType
		}
		if name := checkedOps[e.Op]; fs.checked && name != "" && t.Kind == TInt && !konst {
			// checked(a + b): the runtime throws OverflowException.
			if a.konst {
				x = &ConvExpr{Type: t.Go(), X: x}
			}
			return val{e: &CallExpr{Fun: &Qual{Path: systemPkg, Name: name}, Args: []Expr{x, y}}, t: t}
		}
		return val{e: &BinaryExpr{Op: op, X: x, Y: y}, t: res, konst: konst}
	}
	switch e.Op.Precedence() {
	case ast.PrecEquality:
		return val{e: &BinaryExpr{Op: op, X: a.e, Y: b.e}, t: boolType}
	case ast.PrecRelational:
		if a.t.Kind == TString {
			fs.unsupported(e.OpPos, "string comparison with "+e.Op.String(), "use string.Compare")
		}
		return val{e: &BinaryExpr{Op: op, X: a.e, Y: b.e}, t: boolType}
	}
	fs.unsupported(e.OpPos, fmt.Sprintf("operator %s on %s and %s", e.Op, a.t, b.t), "")
	return fs.bad()
}

// tableOperator lowers an operator that a table type overloads (DateTime -
// DateTime, TimeSpan < TimeSpan) through its Operator entries, chosen by
// the operands' types among the operators of both operands' types, as C#
// does. It reports false when no entry applies.
func (fs *funcState) tableOperator(op ast.Op, operands []val, pos []ast.Position) (val, bool) {
	var best *Signature
	var bestTi *TypeInfo
	bestScore := 0
	seen := map[*TypeInfo]bool{}
	for _, x := range operands {
		ti := fs.m.tb.typeInfoOf(x.t)
		if ti == nil || seen[ti] {
			continue
		}
		seen[ti] = true
		for _, en := range ti.Members(op.String()) {
			if en.Kind != Operator || len(en.Params) != len(operands) {
				continue
			}
			sig, err := fs.m.tb.signature(en, ti, nil)
			if err != nil {
				continue
			}
			score := 0
			for i, x := range operands {
				s := typeScore(x.t, sig.Types[i])
				if s <= 0 || (s == 1 && sig.Types[i].Kind == TObject) {
					score = -1
					break
				}
				score += s
			}
			if score > bestScore {
				best, bestTi, bestScore = sig, ti, score
			}
		}
	}
	if best == nil {
		return val{}, false
	}
	var args []Expr
	for i, x := range operands {
		args = append(args, fs.convert(x, best.Types[i], pos[i]))
	}
	en := best.Entry
	var call Expr
	if en.Func {
		call = &CallExpr{Fun: &Qual{Path: bestTi.ImportPath(), Name: en.Go}, Args: args}
	} else {
		call = &CallExpr{Fun: &SelectorExpr{X: args[0], Sel: en.Go}, Args: args[1:]}
	}
	rt := best.Result
	if p := op.Precedence(); (p == ast.PrecEquality || p == ast.PrecRelational) && rt != nil && rt.Kind == TInt {
		// A CompareTo result: a < b is a.CompareTo(b) < 0.
		return val{e: &BinaryExpr{Op: goBinaryOp[op], X: call, Y: lit("0")}, t: boolType}, true
	}
	if rt == nil {
		rt = voidType
	}
	return val{e: call, t: rt}, true
}

// incDecValue lowers x++ / ++x used as a value: a function literal
// called in place performs the update and yields the old (postfix) or new
// (prefix) value, so evaluation order stays as in C#.
func (fs *funcState) incDecValue(target ast.Expr, inc, postfix bool, pos ast.Position) val {
	cur := fs.expr(target)
	if !cur.t.IsNumeric() {
		fs.unsupported(pos, "++/-- on "+cur.t.String(), "")
		return fs.bad()
	}
	upd := fs.incDec(target, inc, pos)
	v := fs.temp("v")
	var body []Stmt
	if postfix {
		body = append(body, &AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Tok: ":=", Rhs: []Expr{cur.e}})
		body = append(body, upd...)
	} else {
		body = append(body, upd...)
		body = append(body, &AssignStmt{Lhs: []Expr{&Ident{Name: v}}, Tok: ":=", Rhs: []Expr{cur.e}})
	}
	body = append(body, &ReturnStmt{Results: []Expr{&Ident{Name: v}}})
	return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{cur.t.Go()}, Body: &Block{Stmts: body}}}, t: cur.t}
}

// assignValue lowers an assignment used as a value (`while ((n = Read()) > 0)`).
func (fs *funcState) assignValue(e *ast.AssignExpr) val {
	stmts := fs.assign(e)
	cur := fs.expr(e.Left)
	body := append(stmts, &ReturnStmt{Results: []Expr{cur.e}})
	return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{cur.t.Go()}, Body: &Block{Stmts: body}}}, t: cur.t}
}

func (fs *funcState) unary(e *ast.UnaryExpr) val {
	switch e.Op {
	case ast.OpInc, ast.OpDec:
		return fs.incDecValue(e.X, e.Op == ast.OpInc, false, e.Pos)
	case ast.OpNot:
		x := fs.expr(e.X)
		if x.c != nil {
			if v, ok := fs.foldUnaryVal(e, x); ok {
				return v
			}
		}
		return val{e: &UnaryExpr{Op: "!", X: x.e}, t: boolType}
	case ast.OpSub, ast.OpAdd, ast.OpBitNot:
		if v, ok := minLiteral(e); ok {
			return v
		}
		x := fs.expr(e.X)
		if x.c != nil {
			if v, ok := fs.foldUnaryVal(e, x); ok {
				return v
			}
		}
		if v, ok := fs.tableOperator(e.Op, []val{x}, []ast.Position{e.X.Start()}); ok {
			return v
		}
		t := x.t
		if t.IsNumeric() {
			t = unaryPromote(e.Op, t)
		}
		xe := fs.convert(x, t, e.X.Start())
		switch e.Op {
		case ast.OpAdd:
			return val{e: xe, t: t, konst: x.konst}
		case ast.OpBitNot:
			return val{e: &UnaryExpr{Op: "^", X: xe}, t: t, konst: x.konst}
		}
		if fs.checked && t.Kind == TInt && !x.konst {
			// checked(-x): -int.MinValue overflows.
			return val{e: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "CheckedNeg"}, Args: []Expr{xe}}, t: t}
		}
		return val{e: &UnaryExpr{Op: "-", X: xe}, t: t, konst: x.konst}
	}
	fs.unsupported(e.Pos, "prefix "+e.Op.String()+" inside an expression", "use it as a statement of its own")
	return fs.bad()
}

// index lowers x[i]: arrays index directly; strings and table indexers go
// through the runtime.
func (fs *funcState) index(e *ast.ElementAccessExpr) val {
	if e.Conditional {
		fs.unsupported(e.Pos, "null-conditional index ?[", "test for null with if")
		return fs.bad()
	}
	x := fs.expr(e.X)
	if x.t.isMulti() {
		return val{e: fs.multiElement(x, e.Args), t: x.t.Elem}
	}
	if len(e.Args) != 1 {
		fs.unsupported(e.Pos, "indexer with several arguments", "")
		return fs.bad()
	}
	switch x.t.Kind {
	case TUnknown:
		return fs.bad()
	case TArray:
		i := fs.expr(e.Args[0].X)
		return val{e: &IndexExpr{X: x.e, Indices: []Expr{i.e}}, t: x.t.Elem}
	}
	ti, entries := fs.m.tb.members(x.t, "this")
	if len(entries) == 0 {
		fs.unsupported(e.Pos, "indexer of "+x.t.String(), "not in the mapping table; see docs/API.md")
		return fs.bad()
	}
	sig := fs.pickIndexer(ti, entries, x.t, e.Args[0].X)
	if sig == nil {
		fs.errorf(e.Pos, "no indexer of %s takes this key", x.t)
		return fs.bad()
	}
	en := sig.Entry
	k := fs.exprTo(e.Args[0].X, sig.Types[0])
	if en.Func {
		return val{e: &CallExpr{Fun: &Qual{Path: ti.ImportPath(), Name: en.Go}, Args: []Expr{x.e, k}}, t: sig.Result}
	}
	return val{e: &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: en.Go}, Args: []Expr{k}}, t: sig.Result}
}

// multiElement is the element a[i, j] of a rectangular array: *a.At(i, j),
// a Go variable that reads, assignments and ++ all use.
func (fs *funcState) multiElement(a val, args []*ast.Argument) Expr {
	if len(args) != a.t.Rank {
		fs.errorf(args[0].Pos, "%s takes %d indices, not %d", a.t, a.t.Rank, len(args))
	}
	var idx []Expr
	for _, arg := range args {
		idx = append(idx, fs.exprTo(arg.X, intType))
	}
	return &UnaryExpr{Op: "*", X: &CallExpr{Fun: &SelectorExpr{X: a.e, Sel: "At"}, Args: idx}}
}

// pickIndexer chooses among a type's indexers by the key's type
// (CookieCollection has [int] and [string]).
func (fs *funcState) pickIndexer(ti *TypeInfo, entries []*Entry, t *Type, key ast.Expr) *Signature {
	var best *Signature
	bestScore := -1 << 30
	memo := argTypes{}
	for _, en := range entries {
		if en.Kind != Indexer {
			continue
		}
		sig, err := fs.m.tb.signature(en, ti, typeEnv(ti, t))
		if err != nil || len(sig.Types) != 1 {
			continue
		}
		score := fs.argScore(key, sig.Types[0], memo)
		if score == 0 {
			saved, savedUnsup := len(fs.m.diags), fs.unsup
			scratch := fs.scratch()
			score = typeScore(scratch.expr(key).t, sig.Types[0])
			fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
		}
		if score > bestScore {
			best, bestScore = sig, score
		}
	}
	return best
}

// cast lowers (T)x: numeric conversions, enum <-> integer, and downcasts
// from object/interfaces as type assertions.
func (fs *funcState) cast(e *ast.CastExpr) val {
	t := fs.resolveType(e.Type, true)
	x := fs.expr(e.X)
	switch {
	case t.Kind == TUnknown || x.t.Kind == TUnknown:
		return val{e: x.e, t: t}
	case (t.IsNumeric() || t.IsEnum()) && (x.t.IsNumeric() || x.t.IsEnum()):
		if x.c != nil && t.IsNumeric() {
			if v, ok := fs.foldCastVal(e, x, t); ok {
				return v
			}
		}
		if x.konst && t.IsNumeric() && x.t.IsNumeric() {
			return val{e: &ConvExpr{Type: t.Go(), X: x.e}, t: t}
		}
		if fs.checked && t.Kind == TInt && x.t.Kind == TInt && x.t.Basic != t.Basic {
			return val{e: &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "CheckedConvert"}, Indices: []Expr{&TypeExpr{Type: t.Go()}}}, Args: []Expr{x.e}}, t: t}
		}
		if x.t.Kind == TFloat && t.Kind == TInt {
			if fs.checked {
				return val{e: &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "CheckedFloatToInteger"}, Indices: []Expr{&TypeExpr{Type: t.Go()}}},
					Args: []Expr{fs.convert(x, doubleType, e.X.Start())}}, t: t}
			}
			// C# truncates toward zero as Go does for in-range values.
			return val{e: &ConvExpr{Type: t.Go(), X: x.e}, t: t}
		}
		return val{e: &ConvExpr{Type: t.Go(), X: x.e}, t: t}
	case t.String() != x.t.String() && fs.m.isExceptionType(t) && fs.m.isExceptionType(x.t):
		// (HttpError)e finds the class in e's chain of embedded bases.
		return val{e: &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "CastException"}, Indices: []Expr{&TypeExpr{Type: t.Go()}}}, Args: []Expr{x.e}}, t: t}
	case x.t.Kind == TObject || (x.t.Kind == TRuntime && x.t.Info.Entry.Kind == Value && t.Kind != TObject):
		return val{e: &TypeAssertExpr{X: x.e, Type: t.Go()}, t: t}
	case t.Kind == TObject:
		return val{e: x.e, t: t}
	case t.String() == x.t.String():
		return x
	case t.Kind == TUser && x.t.Kind == TUser && x.t.Class.Root != nil && t.Class.Root == x.t.Class.Root:
		// A downcast: the outermost object is the derived one.
		return val{e: &TypeAssertExpr{X: &SelectorExpr{X: x.e, Sel: "self_"}, Type: t.Go()}, t: t}
	case t.Kind == TUser && x.t.Kind == TUser:
		for k := x.t.Class.Base; k != nil; k = k.Base {
			if k == t.Class {
				return val{e: fs.convert(x, t, e.Pos), t: t}
			}
		}
	}
	fs.unsupported(e.Pos, "cast from "+x.t.String()+" to "+t.String(), "")
	return fs.bad()
}

// isExpr lowers `x is T` and `x is null`.
func (fs *funcState) isExpr(e *ast.IsExpr) val {
	x := fs.expr(e.X)
	switch p := e.Pattern.(type) {
	case *ast.ConstantPattern:
		if l, ok := p.X.(*ast.Literal); ok && l.Kind == ast.LitNull {
			return val{e: &BinaryExpr{Op: "==", X: x.e, Y: zeroValue(x.t)}, t: boolType}
		}
		c := fs.exprTo(p.X, x.t)
		return val{e: &BinaryExpr{Op: "==", X: x.e, Y: c}, t: boolType}
	case *ast.TypePattern:
		t := fs.resolveType(p.Type, true)
		ok := fs.temp("ok")
		return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{goBool}, Body: &Block{Stmts: []Stmt{
			&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}, &Ident{Name: ok}}, Tok: ":=", Rhs: []Expr{fs.typeTest(x, t)}},
			&ReturnStmt{Results: []Expr{&Ident{Name: ok}}}}}}}, t: boolType}
	case *ast.NotPattern:
		if c, ok := p.P.(*ast.ConstantPattern); ok {
			if l, ok := c.X.(*ast.Literal); ok && l.Kind == ast.LitNull {
				return val{e: &BinaryExpr{Op: "!=", X: x.e, Y: zeroValue(x.t)}, t: boolType}
			}
		}
	case *ast.DeclarationPattern:
		// `x is T name`: declare name before the statement and test in place.
		t := fs.resolveType(p.Type, true)
		g := fs.declare(p.Name, t)
		fs.lookupLocal(p.Name).used = true
		fs.pre = append(fs.pre, &VarStmt{Name: g, Type: t.Go()})
		ok := fs.temp("ok")
		// The test assigns the outer variable, so ok needs its own
		// declaration (`:=` would declare a new g).
		return val{e: &CallExpr{Fun: &FuncLit{Results: []*GoType{goBool}, Body: &Block{Stmts: []Stmt{
			&VarStmt{Name: ok, Type: goBool},
			&AssignStmt{Lhs: []Expr{&Ident{Name: g}, &Ident{Name: ok}}, Tok: "=", Rhs: []Expr{fs.typeTest(x, t)}},
			&ReturnStmt{Results: []Expr{&Ident{Name: ok}}}}}}}, t: boolType}
	}
	fs.unsupported(e.Pattern.Start(), "pattern", "use is T, is T name or is null")
	return fs.bad()
}

// interpolated lowers $"..." to system.StringFormat with a composite
// format string, so alignment and format specifiers follow .NET.
func (fs *funcState) interpolated(e *ast.InterpolatedStringExpr) val {
	var format strings.Builder
	var args []Expr
	for _, p := range e.Parts {
		switch p := p.(type) {
		case *ast.InterpolatedText:
			format.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(p.Text))
		case *ast.Interpolation:
			fmt.Fprintf(&format, "{%d", len(args))
			if p.Align != nil {
				a := fs.expr(p.Align)
				if !a.konst {
					fs.unsupported(p.Align.Start(), "non-constant alignment", "")
				}
				format.WriteString(",")
				format.WriteString(exprLiteralText(a.e))
			}
			if p.Format != "" {
				format.WriteString(":" + p.Format)
			}
			format.WriteString("}")
			args = append(args, valueForAny(fs.expr(p.X)))
		}
	}
	if len(args) == 0 {
		return val{e: lit(strconvQuote(strings.NewReplacer("{{", "{", "}}", "}").Replace(format.String()))), t: stringType}
	}
	return val{e: &CallExpr{Fun: &Qual{Path: systemPkg, Name: "StringFormat"}, Args: append([]Expr{lit(strconvQuote(format.String()))}, args...)}, t: stringType}
}

func exprLiteralText(e Expr) string {
	switch e := e.(type) {
	case *BasicLit:
		return e.Value
	case *UnaryExpr:
		return e.Op + exprLiteralText(e.X)
	}
	return "0"
}

// exprStmt lowers an expression used as a statement.
func (fs *funcState) exprStmt(e ast.Expr) []Stmt {
	switch x := e.(type) {
	case *ast.AssignExpr:
		return fs.assign(x)
	case *ast.PostfixExpr:
		if x.Op == ast.OpInc || x.Op == ast.OpDec {
			return fs.incDec(x.X, x.Op == ast.OpInc, x.Pos)
		}
	case *ast.UnaryExpr:
		if x.Op == ast.OpInc || x.Op == ast.OpDec {
			return fs.incDec(x.X, x.Op == ast.OpInc, x.Pos)
		}
	case *ast.ParenExpr:
		return fs.exprStmt(x.X)
	case *ast.ThrowExpr:
		// `=> throw new E()` bodies.
		return fs.throwStmt(&ast.ThrowStmt{Span: x.Span, X: x.X})
	}
	v := fs.expr(e)
	if v.t.Kind == TVoid {
		// x?.M() as a statement: the function literal's body is the if.
		if c, ok := v.e.(*CallExpr); ok && len(c.Args) == 0 {
			if lit, ok := c.Fun.(*FuncLit); ok && len(lit.Results) == 0 && len(lit.Body.Stmts) == 1 {
				if is, ok := lit.Body.Stmts[0].(*IfStmt); ok {
					return []Stmt{is}
				}
			}
		}
	}
	switch v.e.(type) {
	case *CallExpr:
		return []Stmt{&ExprStmt{X: v.e}}
	}
	if v.t.Kind == TUnknown {
		return []Stmt{&ExprStmt{X: v.e}}
	}
	return []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Tok: "=", Rhs: []Expr{v.e}}}
}

func (fs *funcState) incDec(target ast.Expr, inc bool, pos ast.Position) []Stmt {
	op := ast.OpAddAssign
	if !inc {
		op = ast.OpSubAssign
	}
	lv := fs.lvalue(target)
	if lv.set == nil && lv.t.IsNumeric() && !(fs.checked && lv.t.Kind == TInt) {
		return []Stmt{&IncDecStmt{X: lv.get, Inc: inc}}
	}
	one := &ast.Literal{Span: ast.Span{Pos: pos}, Kind: ast.LitInt, Raw: "1", Value: uint64(1)}
	return fs.assign(&ast.AssignExpr{Span: ast.Span{Pos: pos}, Op: op, OpPos: pos, Left: target, Right: one})
}

// lvalue is an assignable place: a Go lvalue (get) or a setter call.
type lvalue struct {
	get Expr
	t   *Type
	// set builds the setter call for a property or indexer.
	set func(v Expr) Stmt
}

func (fs *funcState) lvalue(e ast.Expr) lvalue {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return fs.lvalue(x.X)
	case *ast.SimpleName:
		if l := fs.lookupLocal(x.Name); l != nil {
			if l.t.Kind == TUnknown {
				fs.bad()
			}
			return lvalue{get: &Ident{Name: l.goName}, t: l.t}
		}
		if fs.class != nil {
			return fs.classLvalue(fs.class, x.Name, nil, x.Pos)
		}
	case *ast.MemberAccessExpr:
		recv := fs.expr1(x.X)
		if recv.typ != nil && recv.typ.Kind == TUser {
			return fs.classLvalue(recv.typ.Class, x.Name, nil, x.NamePos)
		}
		if recv.typ != nil && recv.typ.Kind == TRuntime {
			// Environment.ExitCode = 2: a static property's setter TSetP(v).
			return fs.tablePropLvalue(val{t: recv.typ}, true, x.Name, x.NamePos)
		}
		if recv.typ == nil && recv.ns == "" && !recv.isGroup() {
			if recv.t.Kind == TUser {
				return fs.classLvalue(recv.t.Class, x.Name, recv.e, x.NamePos)
			}
			return fs.tablePropLvalue(recv, false, x.Name, x.NamePos)
		}
	case *ast.ElementAccessExpr:
		recv := fs.expr(x.X)
		if recv.t.isMulti() {
			return lvalue{get: fs.multiElement(recv, x.Args), t: recv.t.Elem}
		}
		if len(x.Args) == 1 {
			if recv.t.Kind == TArray {
				i := fs.expr(x.Args[0].X)
				return lvalue{get: &IndexExpr{X: recv.e, Indices: []Expr{i.e}}, t: recv.t.Elem}
			}
			ti, entries := fs.m.tb.members(recv.t, "this")
			if sig := fs.pickIndexer(ti, entries, recv.t, x.Args[0].X); sig != nil && sig.Entry.GoSet != "" {
				en := sig.Entry
				{
					k := fs.exprTo(x.Args[0].X, sig.Types[0])
					return lvalue{get: &CallExpr{Fun: &SelectorExpr{X: recv.e, Sel: en.Go}, Args: []Expr{k}}, t: sig.Result,
						set: func(v Expr) Stmt {
							return &ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: recv.e, Sel: en.GoSet}, Args: []Expr{k, v}}}
						}}
				}
			}
		}
		if recv.t.Kind != TUnknown {
			fs.unsupported(x.Pos, "assignment to an element of "+recv.t.String(), "")
		}
		return fs.badLvalue()
	}
	fs.unsupported(e.Start(), "assignment target", "assign to a variable, field or property")
	return fs.badLvalue()
}

// tablePropLvalue is a table property as an assignment target: its getter
// reads (for compound assignment), its setter writes. static selects the
// static properties of the type recv.t names, else the instance ones of
// the value recv.
func (fs *funcState) tablePropLvalue(recv val, static bool, name string, pos ast.Position) lvalue {
	ti, entries := fs.m.tb.members(recv.t, name)
	for _, en := range entries {
		if en.Kind != Property || en.Static != static || en.Go == "" {
			continue
		}
		if en.GoSet == "" {
			fs.unsupported(pos, "setting "+recv.t.String()+"."+name, "the property is read-only in the mapping table")
			return fs.badLvalue()
		}
		get := fs.propGet(recv, ti, en)
		return lvalue{get: get.e, t: get.t, set: func(v Expr) Stmt {
			switch {
			case en.Static:
				return &ExprStmt{X: &CallExpr{Fun: &Qual{Path: en.funcPath(ti), Name: en.GoSet}, Args: []Expr{v}}}
			case en.Func:
				return &ExprStmt{X: &CallExpr{Fun: &Qual{Path: ti.ImportPath(), Name: en.GoSet}, Args: []Expr{recv.e, v}}}
			}
			return &ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: recv.e, Sel: en.GoSet}, Args: []Expr{v}}}
		}}
	}
	if recv.t.Kind != TUnknown {
		fs.unsupportedMember(recv.t, name, pos)
	}
	return fs.badLvalue()
}

// eventAdd lowers `X.Event += handler` for a table event.
func (fs *funcState) eventAdd(e *ast.AssignExpr) ([]Stmt, bool) {
	ma, ok := e.Left.(*ast.MemberAccessExpr)
	if !ok {
		return nil, false
	}
	saved, savedUnsup := len(fs.m.diags), fs.unsup
	recv := fs.scratch().expr1(ma.X)
	fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup
	t := recv.typ
	if t == nil {
		t = recv.t
	}
	if t == nil || t.Kind != TRuntime {
		return nil, false
	}
	ti, entries := fs.m.tb.members(t, ma.Name)
	if len(entries) == 0 || entries[0].Kind != Event {
		return nil, false
	}
	en := entries[0]
	sig, err := fs.m.tb.signature(en, ti, typeEnv(ti, t))
	if err != nil || len(sig.Types) != 1 {
		return nil, false
	}
	h := fs.exprTo(e.Right, sig.Types[0])
	if en.Static {
		return []Stmt{&ExprStmt{X: &CallExpr{Fun: &Qual{Path: ti.ImportPath(), Name: en.Go}, Args: []Expr{h}}}}, true
	}
	x := fs.expr(ma.X)
	return []Stmt{&ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: x.e, Sel: en.Go}, Args: []Expr{h}}}}, true
}

// combineDelegates lowers the multicast d + h of C# delegates: a func
// value that calls prev, then next, with the same arguments, and returns
// next's result (the last handler's, as .NET does). A null side leaves
// the other one.
func (fs *funcState) combineDelegates(prev, next Expr, t *Type) Expr {
	ps := delegateParams(t)
	gt := t.Go()
	p, n := fs.temp("prev"), fs.temp("next")
	call := &FuncLit{}
	var args []Expr
	for i, pt := range ps {
		a := fmt.Sprintf("a%d", i)
		call.Params = append(call.Params, &Field{Name: a, Type: pt.Go()})
		args = append(args, &Ident{Name: a})
	}
	first := &ExprStmt{X: &CallExpr{Fun: &Ident{Name: p}, Args: args}}
	last := &CallExpr{Fun: &Ident{Name: n}, Args: args}
	if t.Result != nil && t.Result.Kind != TVoid {
		call.Results = []*GoType{t.Result.Go()}
		call.Body = &Block{Stmts: []Stmt{first, &ReturnStmt{Results: []Expr{last}}}}
	} else {
		call.Body = &Block{Stmts: []Stmt{first, &ExprStmt{X: last}}}
	}
	isNil := func(name string) Expr { return &BinaryExpr{Op: "==", X: &Ident{Name: name}, Y: lit("nil")} }
	combine := &FuncLit{Params: []*Field{{Name: p, Type: gt}, {Name: n, Type: gt}}, Results: []*GoType{gt}, Body: &Block{Stmts: []Stmt{
		&IfStmt{Cond: isNil(p), Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&Ident{Name: n}}}}}},
		&IfStmt{Cond: isNil(n), Then: &Block{Stmts: []Stmt{&ReturnStmt{Results: []Expr{&Ident{Name: p}}}}}},
		&ReturnStmt{Results: []Expr{call}},
	}}}
	return &CallExpr{Fun: combine, Args: []Expr{prev, next}}
}

func (fs *funcState) badLvalue() lvalue {
	fs.bad()
	return lvalue{get: lit("nil"), t: unknownType}
}

func (fs *funcState) classLvalue(c *ClassInfo, name string, recv Expr, pos ast.Position) lvalue {
	for k := c; k != nil; k = k.Base {
		if f, ok := k.Fields[name]; ok {
			if f.Static {
				return lvalue{get: &Ident{Name: f.GoName}, t: f.Type}
			}
			r, ok := fs.instanceRecv(recv, pos)
			if !ok {
				return fs.badLvalue()
			}
			return lvalue{get: &SelectorExpr{X: r, Sel: f.GoName}, t: f.Type}
		}
		if p, ok := k.Props[name]; ok {
			var r Expr
			if !p.Static {
				var ok bool
				if r, ok = fs.instanceRecv(recv, pos); !ok {
					return fs.badLvalue()
				}
			}
			switch {
			case p.Static && p.Auto:
				return lvalue{get: &Ident{Name: p.GoName}, t: p.Type}
			case p.Auto:
				return lvalue{get: &SelectorExpr{X: r, Sel: p.GoName}, t: p.Type}
			case p.Static:
				return lvalue{get: &CallExpr{Fun: &Ident{Name: p.GoName}}, t: p.Type, set: func(v Expr) Stmt {
					return &ExprStmt{X: &CallExpr{Fun: &Ident{Name: p.GoSet}, Args: []Expr{v}}}
				}}
			}
			return lvalue{get: &CallExpr{Fun: &SelectorExpr{X: r, Sel: p.GoName}}, t: p.Type, set: func(v Expr) Stmt {
				return &ExprStmt{X: &CallExpr{Fun: &SelectorExpr{X: r, Sel: p.GoSet}, Args: []Expr{v}}}
			}}
		}
	}
	fs.errorf(pos, "%s has no field or property %s", c.Name, name)
	return fs.badLvalue()
}

// assign lowers `a = b` and compound assignments.
func (fs *funcState) assign(e *ast.AssignExpr) []Stmt {
	if e.Op == ast.OpCoalesceAssign || e.Ref {
		fs.unsupported(e.OpPos, "operator "+e.Op.String(), "use an if statement")
		return nil
	}
	if _, ok := e.Left.(*ast.TupleExpr); ok {
		fs.unsupported(e.Left.Start(), "tuple assignment", "assign one variable at a time")
		return nil
	}
	if n, ok := e.Left.(*ast.SimpleName); ok && n.Name == "_" && e.Op == ast.OpAssign && fs.lookupLocal("_") == nil {
		// The discard `_ = task;` evaluates and drops the value.
		v := fs.expr(e.Right)
		if _, ok := v.e.(*CallExpr); ok {
			return []Stmt{&ExprStmt{X: v.e}}
		}
		return []Stmt{&AssignStmt{Lhs: []Expr{&Ident{Name: "_"}}, Tok: "=", Rhs: []Expr{v.e}}}
	}
	if e.Op == ast.OpAddAssign {
		if st, ok := fs.eventAdd(e); ok {
			return st
		}
	}
	lv := fs.lvalue(e.Left)
	if e.Op == ast.OpAssign {
		v := fs.exprTo(e.Right, lv.t)
		if lv.set != nil {
			return []Stmt{lv.set(v)}
		}
		return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: "=", Rhs: []Expr{v}}}
	}
	// Compound assignment: x op= y is x = (T)(x op y) in C#.
	bop := e.Op.Binary()
	if isDelegate(lv.t) {
		if bop != ast.OpAdd {
			// Go func values are not comparable: there is no way to find
			// the handler to remove.
			fs.unsupported(e.OpPos, "delegate removal "+e.Op.String(), "keep a flag that the handler tests")
			return nil
		}
		res := fs.combineDelegates(lv.get, fs.exprTo(e.Right, lv.t), lv.t)
		if lv.set != nil {
			return []Stmt{lv.set(res)}
		}
		return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: "=", Rhs: []Expr{res}}}
	}
	r := fs.expr(e.Right)
	cur := val{e: lv.get, t: lv.t}
	var res Expr
	switch {
	case lv.t.Kind == TString && bop == ast.OpAdd:
		res = &BinaryExpr{Op: "+", X: lv.get, Y: toString(r)}
		if lv.set == nil {
			return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: "+=", Rhs: []Expr{toString(r)}}}
		}
	case lv.t.IsNumeric() && r.t.IsNumeric() && fs.checked && lv.t.Kind == TInt && checkedOps[bop] != "":
		// checked { x += y; x--; }: x = (T)(x + y) with both the operation
		// and the conversion back checked, as C# defines compound assignment.
		t := promote(lv.t, r.t)
		res = &CallExpr{Fun: &Qual{Path: systemPkg, Name: checkedOps[bop]}, Args: []Expr{fs.convert(cur, t, e.Pos), fs.convert(r, t, e.Right.Start())}}
		if t.Go().String(qualName) != lv.t.Go().String(qualName) {
			res = &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "CheckedConvert"}, Indices: []Expr{&TypeExpr{Type: lv.t.Go()}}}, Args: []Expr{res}}
		}
	case lv.t.IsNumeric() && r.t.IsNumeric():
		op := goBinaryOp[bop]
		if t := promote(lv.t, r.t); fs.checked && checkedOps[bop] != "" && t.Kind == TInt {
			// checked { x += y; x++; }: x = (T)(x + y) with both the
			// operation and the narrowing conversion checked.
			res = &CallExpr{Fun: &Qual{Path: systemPkg, Name: checkedOps[bop]}, Args: []Expr{fs.convert(cur, t, e.Pos), fs.convert(r, t, e.Right.Start())}}
			if t.Go().String(qualName) != lv.t.Go().String(qualName) {
				res = &CallExpr{Fun: &IndexExpr{X: &Qual{Path: systemPkg, Name: "CheckedConvert"}, Indices: []Expr{&TypeExpr{Type: lv.t.Go()}}}, Args: []Expr{res}}
			}
			break
		}
		if lv.set == nil && (r.konst || r.t.Go().String(qualName) == lv.t.Go().String(qualName)) && bop != ast.OpShl && bop != ast.OpShr {
			return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: op + "=", Rhs: []Expr{r.e}}}
		}
		t := promote(lv.t, r.t)
		if lv.set == nil && t == lv.t && bop != ast.OpShl && bop != ast.OpShr {
			// long x; x += i: the right side widens to x's type.
			return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: op + "=", Rhs: []Expr{fs.convert(r, t, e.Right.Start())}}}
		}
		if bop == ast.OpShl || bop == ast.OpShr {
			res = &BinaryExpr{Op: op, X: lv.get, Y: r.e}
		} else {
			res = &BinaryExpr{Op: op, X: fs.convert(cur, t, e.Pos), Y: fs.convert(r, t, e.Right.Start())}
			if t.Go().String(qualName) != lv.t.Go().String(qualName) {
				res = &ConvExpr{Type: lv.t.Go(), X: res}
			}
		}
	case lv.t.Kind == TRuntime && r.t.Kind != TUnknown:
		// d += span: the type's operator, then the assignment.
		v, ok := fs.tableOperator(bop, []val{cur, r}, []ast.Position{e.Left.Start(), e.Right.Start()})
		if !ok {
			fs.unsupported(e.OpPos, fmt.Sprintf("%s on %s and %s", e.Op, lv.t, r.t), "")
			return nil
		}
		res = fs.convert(v, lv.t, e.Pos)
	case lv.t.IsEnum() && (bop == ast.OpOr || bop == ast.OpAnd):
		res = &BinaryExpr{Op: goBinaryOp[bop], X: lv.get, Y: r.e}
	case lv.t.Kind == TUnknown || r.t.Kind == TUnknown:
		return nil
	default:
		fs.unsupported(e.OpPos, fmt.Sprintf("%s on %s", e.Op, lv.t), "")
		return nil
	}
	if lv.set != nil {
		return []Stmt{lv.set(res)}
	}
	return []Stmt{&AssignStmt{Lhs: []Expr{lv.get}, Tok: "=", Rhs: []Expr{res}}}
}
