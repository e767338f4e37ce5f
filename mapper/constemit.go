// This file implements the Go side of C# constants: what Go makes of an
// emitted constant expression (its exact value and whether it is typed,
// modelled with go/constant as the Go compiler computes it), and the Go
// expression for a folded C# value. A constant keeps its natural Go
// spelling (1 << 10, 10.0 / 4) when Go's value agrees with C#'s; otherwise
// the folded value is emitted (0.30000000000000004, math.Inf(1), -1).

package mapper

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"strconv"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// goConstTypes maps the Go type of a typed Go constant to its C# type.
var goConstTypes = map[string]*Type{
	"int8": sbyteType, "int16": shortType, "int32": intType, "int64": longType,
	"uint8": byteType, "uint16": ushortType, "uint32": uintType, "uint64": ulongType,
	"float32": floatType, "float64": doubleType, "bool": boolType, "string": stringType,
	systemPkg + ".Char": charType,
}

// goTypeName is the Go type name of a constant's C# type.
func goTypeName(t *Type) string { return t.Go().String(qualName) }

// goConvertValue is Go's conversion of the constant v to the Go type typ
// (the value rounded to a float type); ok is false where Go refuses it
// (a non-integer or out-of-range value for an integer type, overflow).
func goConvertValue(v constant.Value, typ string) (constant.Value, bool) {
	t := goConstTypes[typ]
	if v == nil || t == nil {
		return nil, false
	}
	switch {
	case t.Kind == TBool:
		return v, v.Kind() == constant.Bool
	case t.Kind == TString:
		return v, v.Kind() == constant.String
	case v.Kind() != constant.Int && v.Kind() != constant.Float:
		return nil, false
	case isIntegral(t):
		i := constant.ToInt(v)
		return i, inRange(i, t)
	case t == floatType:
		f, _ := constant.Float32Val(constant.ToFloat(v))
		if math.IsInf(float64(f), 0) {
			return nil, false
		}
		return constant.MakeFloat64(float64(f)), true
	}
	f, _ := constant.Float64Val(constant.ToFloat(v))
	if math.IsInf(f, 0) {
		return nil, false
	}
	return constant.MakeFloat64(f), true
}

// goAgrees reports whether the Go constant expression with value goV (of
// Go type goT, "" when untyped) means the C# constant c where c is used.
func goAgrees(goV constant.Value, goT string, c *csConst) bool {
	if goV == nil || c == nil || (goT != "" && goT != goTypeName(c.t)) {
		return false
	}
	switch {
	case c.t.Kind == TBool, c.t.Kind == TString:
		return goV.Kind() == c.v.Kind() && constant.Compare(goV, token.EQL, c.v)
	case isIntegral(c.t):
		// An untyped float constant would default to float64 where Go
		// infers a type, so an integral constant must be an integer.
		return goV.Kind() == constant.Int && constant.Compare(goV, token.EQL, c.v)
	case goV.Kind() != constant.Int && goV.Kind() != constant.Float:
		return false
	case c.t == decimalType:
		f, _ := constant.Float64Val(constant.ToFloat(goV))
		return f == c.float64Of()
	case goT == "" && goV.Kind() != constant.Float:
		return false // 7 would default to int where Go infers the type
	case c.t == floatType:
		want := roundFloat(c.f)
		f, _ := constant.Float32Val(constant.ToFloat(goV))
		return finiteNonNegZero(want) && float64(f) == want
	}
	f, _ := constant.Float64Val(constant.ToFloat(goV))
	return finiteNonNegZero(c.f) && f == c.f
}

// finiteNonNegZero reports whether a Go constant can hold f: Go constants
// have no infinities, NaN or negative zero.
func finiteNonNegZero(f float64) bool {
	return !math.IsNaN(f) && !math.IsInf(f, 0) && !(f == 0 && math.Signbit(f))
}

// goBinaryConst computes Go's value for `x op y` on two emitted constant
// expressions; ok is false when Go would not compile it or it is not a
// constant expression.
func goBinaryConst(op string, x, y val) (v constant.Value, typ string, ok bool) {
	if x.goV == nil || y.goV == nil {
		return nil, "", false
	}
	a, b := x.goV, y.goV
	shift := op == "<<" || op == ">>"
	typ = x.goT
	if !shift {
		switch {
		case x.goT != "" && y.goT != "" && x.goT != y.goT:
			return nil, "", false
		case x.goT == "" && y.goT != "":
			typ = y.goT
			if a, ok = goConvertValue(a, typ); !ok {
				return nil, "", false
			}
		case x.goT != "" && y.goT == "":
			if b, ok = goConvertValue(b, typ); !ok {
				return nil, "", false
			}
		}
	}
	intKinds := a.Kind() == constant.Int && b.Kind() == constant.Int
	if t := goConstTypes[typ]; t != nil && isIntegral(t) {
		intKinds = true
	}
	switch op {
	case "==", "!=", "<", "<=", ">", ">=":
		tok := map[string]token.Token{"==": token.EQL, "!=": token.NEQ, "<": token.LSS, "<=": token.LEQ, ">": token.GTR, ">=": token.GEQ}[op]
		if a.Kind() != b.Kind() && !(isNumberKind(a) && isNumberKind(b)) {
			return nil, "", false
		}
		return constant.MakeBool(constant.Compare(a, tok, b)), "", true
	case "&&", "||":
		if a.Kind() != constant.Bool || b.Kind() != constant.Bool {
			return nil, "", false
		}
		return constant.BinaryOp(a, map[string]token.Token{"&&": token.LAND, "||": token.LOR}[op], b), "", true
	case "<<", ">>":
		n, exact := constant.Uint64Val(constant.ToInt(b))
		if a.Kind() != constant.Int || b.Kind() != constant.Int || !exact || n > 1<<10 {
			return nil, "", false
		}
		v = constant.Shift(a, map[string]token.Token{"<<": token.SHL, ">>": token.SHR}[op], uint(n))
	case "+", "-", "*":
		if a.Kind() == constant.Bool || b.Kind() == constant.Bool || (a.Kind() == constant.String) != (b.Kind() == constant.String) ||
			(a.Kind() == constant.String && op != "+") {
			return nil, "", false
		}
		v = constant.BinaryOp(a, map[string]token.Token{"+": token.ADD, "-": token.SUB, "*": token.MUL}[op], b)
	case "/":
		if !isNumberKind(a) || !isNumberKind(b) || constant.Sign(b) == 0 {
			return nil, "", false
		}
		tok := token.QUO
		if intKinds {
			tok = token.QUO_ASSIGN // integer division
		}
		v = constant.BinaryOp(a, tok, b)
	case "%", "&", "|", "^":
		if !intKinds || a.Kind() != constant.Int || b.Kind() != constant.Int || (op == "%" && constant.Sign(b) == 0) {
			return nil, "", false
		}
		v = constant.BinaryOp(a, map[string]token.Token{"%": token.REM, "&": token.AND, "|": token.OR, "^": token.XOR}[op], b)
	default:
		return nil, "", false
	}
	if typ != "" {
		if v, ok = goConvertValue(v, typ); !ok {
			return nil, "", false
		}
	}
	return v, typ, true
}

func isNumberKind(v constant.Value) bool {
	return v.Kind() == constant.Int || v.Kind() == constant.Float
}

// goUnaryConst computes Go's value for `op x` on an emitted constant.
func goUnaryConst(op string, x val) (constant.Value, bool) {
	if x.goV == nil {
		return nil, false
	}
	var v constant.Value
	switch op {
	case "-":
		if !isNumberKind(x.goV) {
			return nil, false
		}
		v = constant.UnaryOp(token.SUB, x.goV, 0)
	case "^":
		if x.goV.Kind() != constant.Int {
			return nil, false
		}
		var prec uint
		if t := goConstTypes[x.goT]; t != nil && isIntegral(t) && (t.Basic == "" || t.Basic[0] == 'u') {
			prec = intBits(t) // ^x on unsigned types flips the type's bits
		}
		v = constant.UnaryOp(token.XOR, x.goV, prec)
	case "!":
		if x.goV.Kind() != constant.Bool {
			return nil, false
		}
		v = constant.UnaryOp(token.NOT, x.goV, 0)
	default:
		return nil, false
	}
	if x.goT != "" {
		return goConvertValue(v, x.goT)
	}
	return v, true
}

// constVal is the value of the C# constant c whose natural Go spelling
// `natural` has the Go value goV of type goT (ok false: no natural
// spelling): natural when Go agrees with C#, the folded value otherwise.
func constVal(c *csConst, natural Expr, goV constant.Value, goT string, ok bool) val {
	if ok && natural != nil && goAgrees(goV, goT, c) {
		return val{e: natural, t: c.t, c: c, goV: goV, goT: goT, konst: goT == ""}
	}
	return emitConst(c)
}

// emitConst spells a folded C# constant in Go: an untyped literal where Go
// can hold the value (42, -1, 0.30000000000000004, 'x', "s"), else an
// expression of the standard library (math.Inf(1), math.NaN(), and
// math.Copysign(0, -1) for negative zero), converted to float32 for float.
func emitConst(c *csConst) val {
	v := val{t: c.t, c: c}
	untyped := func(e Expr, goV constant.Value) val {
		v.e, v.goV, v.konst = e, goV, true
		return v
	}
	switch {
	case c.t.Kind == TBool:
		return untyped(lit(strconv.FormatBool(constant.BoolVal(c.v))), c.v)
	case c.t.Kind == TString:
		return untyped(lit(strconvQuote(constant.StringVal(c.v))), c.v)
	case c.t.Kind == TChar:
		r, _ := constant.Int64Val(c.v)
		return untyped(lit(charLiteral(rune(r))), c.v)
	case isIntegral(c.t):
		s := c.v.ExactString()
		if neg, ok := strings.CutPrefix(s, "-"); ok {
			return untyped(&UnaryExpr{Op: "-", X: lit(neg)}, c.v)
		}
		return untyped(lit(s), c.v)
	}
	f := c.float64Of()
	if c.t == floatType {
		f = roundFloat(f)
	}
	if finiteNonNegZero(f) {
		bits := 64
		if c.t == floatType {
			bits = 32
		}
		s := formatFloatText(math.Abs(f), bits)
		goV := constant.MakeFromLiteral(s, token.FLOAT, 0)
		if f < 0 {
			return untyped(&UnaryExpr{Op: "-", X: lit(s)}, constant.UnaryOp(token.SUB, goV, 0))
		}
		return untyped(lit(s), goV)
	}
	var e Expr
	switch {
	case math.IsNaN(f):
		e = &CallExpr{Fun: &Qual{Path: "math", Name: "NaN"}}
	case math.IsInf(f, 1):
		e = &CallExpr{Fun: &Qual{Path: "math", Name: "Inf"}, Args: []Expr{lit("1")}}
	case math.IsInf(f, -1):
		e = &CallExpr{Fun: &Qual{Path: "math", Name: "Inf"}, Args: []Expr{lit("-1")}}
	default:
		e = &CallExpr{Fun: &Qual{Path: "math", Name: "Copysign"}, Args: []Expr{lit("0"), lit("-1")}}
	}
	if c.t == floatType {
		e = &ConvExpr{Type: floatType.Go(), X: e}
	}
	v.e = e
	return v
}

// formatFloatText spells a float as a Go floating-point literal that
// rounds back to it: the shortest round-trip digits, with ".0" added to an
// integral value so that Go sees a float constant.
func formatFloatText(f float64, bits int) string {
	s := strconv.FormatFloat(f, 'g', -1, bits)
	if !strings.ContainsAny(s, ".eEnN") {
		s += ".0"
	}
	return s
}

// charLiteral spells a UTF-16 code unit as a Go rune literal; a lone
// surrogate is no Go rune, so it is spelled as a number.
func charLiteral(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return fmt.Sprintf("0x%04X", r)
	}
	return strconv.QuoteRune(r)
}

// constChecked reports whether constant folding reports overflow: C#
// checks constant expressions unless an unchecked context says otherwise.
func (fs *funcState) constChecked() bool { return !fs.unchecked }

// foldFailed reports a C# compile-time error found while folding and
// returns the value of the failed expression.
func (fs *funcState) foldFailed(pos ast.Position, err error) val {
	fs.errorf(pos, "%v", err)
	return fs.bad()
}

// foldBinaryVal folds a binary operator on two constants (ok false: C#
// does not fold it, and the caller lowers it as usual).
func (fs *funcState) foldBinaryVal(e *ast.BinaryExpr, a, b val) (val, bool) {
	r, err := foldBinary(e.Op, a.c, b.c, fs.constChecked())
	if err != nil {
		return fs.foldFailed(e.OpPos, err), true
	}
	if r == nil {
		return val{}, false
	}
	op := goBinaryOp[e.Op]
	if a.t.Kind == TBool {
		// The non-short-circuit bool operators (see binary).
		op = map[ast.Op]string{ast.OpAnd: "&&", ast.OpOr: "||", ast.OpXor: "!=", ast.OpLogAnd: "&&", ast.OpLogOr: "||", ast.OpEq: "==", ast.OpNe: "!="}[e.Op]
	}
	goV, goT, ok := goBinaryConst(op, a, b)
	return constVal(r, &BinaryExpr{Op: op, X: a.e, Y: b.e}, goV, goT, ok), true
}

// foldUnaryVal folds -x, +x, ~x and !x on a constant.
func (fs *funcState) foldUnaryVal(e *ast.UnaryExpr, x val) (val, bool) {
	r, err := foldUnary(e.Op, x.c, fs.constChecked())
	if err != nil {
		return fs.foldFailed(e.Pos, err), true
	}
	if r == nil {
		return val{}, false
	}
	if e.Op == ast.OpAdd {
		if r.t == x.t {
			return x, true
		}
		return constVal(r, x.e, x.goV, x.goT, x.goV != nil), true
	}
	op := map[ast.Op]string{ast.OpSub: "-", ast.OpBitNot: "^", ast.OpNot: "!"}[e.Op]
	goV, ok := goUnaryConst(op, x)
	return constVal(r, &UnaryExpr{Op: op, X: x.e}, goV, x.goT, ok), true
}

// foldCastVal folds the explicit conversion (t)x of a constant.
func (fs *funcState) foldCastVal(e *ast.CastExpr, x val, t *Type) (val, bool) {
	r, err := convertConst(x.c, t, fs.constChecked())
	if err != nil {
		return fs.foldFailed(e.Pos, err), true
	}
	if r == nil {
		return val{}, false
	}
	typ := goTypeName(t)
	goV, ok := goConvertValue(x.goV, typ)
	return constVal(r, &ConvExpr{Type: t.Go(), X: x.e}, goV, typ, ok), true
}

// minLiteral is -2147483648 and -9223372036854775808: C# gives the
// literal after a unary minus the type int (long) when its value is 2^31
// (2^63), which as a literal alone would be uint (ulong).
func minLiteral(e *ast.UnaryExpr) (val, bool) {
	l, ok := e.X.(*ast.Literal)
	if !ok || e.Op != ast.OpSub || l.Kind != ast.LitInt {
		return val{}, false
	}
	switch n := l.Value.(uint64); {
	case n == 1<<31 && l.Suffix == "":
		return emitConst(intConst(intType, math.MinInt32)), true
	case n == 1<<63 && (l.Suffix == "" || strings.EqualFold(l.Suffix, "l")):
		return emitConst(intConst(longType, math.MinInt64)), true
	}
	return val{}, false
}

// convertConstExpr is the Go expression for the implicit conversion of a
// constant to want: the expression itself where Go's value agrees (an
// untyped constant adapts to its use), else the converted value (a float
// constant becoming a double keeps its double-precision value, which the
// float literal would not).
func convertConstExpr(v val, want *Type) (Expr, bool) {
	c, err := convertConst(v.c, want, false)
	if c == nil || err != nil {
		return nil, false
	}
	typ := goTypeName(want)
	switch {
	case v.goV == nil:
	case v.goT == "" && goAgrees(v.goV, "", c):
		return v.e, true
	case v.goT == typ && goAgrees(v.goV, typ, c):
		return v.e, true
	case v.goT != "":
		if goV, ok := goConvertValue(v.goV, typ); ok && goAgrees(goV, typ, c) {
			return &ConvExpr{Type: want.Go(), X: v.e}, true
		}
	}
	if v.goV == nil && v.c.t == c.t {
		return v.e, true // math.NaN() where a double is wanted
	}
	if v.goV == nil && isBinaryFloat(v.c.t) && isBinaryFloat(want) {
		return &ConvExpr{Type: want.Go(), X: v.e}, true // float64(float32(math.Inf(1)))
	}
	return emitConst(c).e, true
}

// typedConstArg converts an argument that is an untyped Go constant to
// its parameter's Go type, for a function whose type Go infers.
func typedConstArg(e Expr, t *Type) Expr {
	if t != nil && t.IsNumeric() && isUntypedNumber(e) {
		return &ConvExpr{Type: t.Go(), X: e}
	}
	return e
}

// isUntypedNumber reports whether e is an untyped numeric Go constant
// expression as the mapper spells them: literals and operators on them.
func isUntypedNumber(e Expr) bool {
	switch e := e.(type) {
	case *BasicLit:
		return e.Value != "" && (e.Value[0] >= '0' && e.Value[0] <= '9' || e.Value[0] == '.' || e.Value[0] == '\'')
	case *UnaryExpr:
		return (e.Op == "-" || e.Op == "^" || e.Op == "+") && isUntypedNumber(e.X)
	case *BinaryExpr:
		switch e.Op {
		case "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^":
			return isUntypedNumber(e.X) && (isUntypedNumber(e.Y) || e.Op == "<<" || e.Op == ">>")
		}
	}
	return false
}

// sizeOf folds sizeof(T), a constant for the built-in value types.
func (fs *funcState) sizeOf(e *ast.SizeOfExpr) val {
	t := fs.resolveType(e.Type, true)
	sizes := map[*Type]int64{boolType: 1, charType: 2, sbyteType: 1, byteType: 1, shortType: 2, ushortType: 2,
		intType: 4, uintType: 4, longType: 8, ulongType: 8, floatType: 4, doubleType: 8, decimalType: 16}
	if n, ok := sizes[t]; ok {
		return emitConst(intConst(intType, n))
	}
	if t.Kind != TUnknown {
		fs.unsupported(e.Pos, "sizeof("+t.String()+")", "only the built-in value types have a constant size")
	}
	return fs.bad()
}

// hasCall reports whether e calls a function, so that it cannot be the
// value of a Go constant.
func hasCall(e Expr) bool {
	switch e := e.(type) {
	case *CallExpr:
		return true
	case *UnaryExpr:
		return hasCall(e.X)
	case *BinaryExpr:
		return hasCall(e.X) || hasCall(e.Y)
	case *ConvExpr:
		return hasCall(e.X)
	}
	return false
}

// fieldConst is the value of a const field of the program, folded on
// first use (a constant may use constants declared after it); nil when it
// does not fold (an error, or a constant defined through itself).
func (m *mapper) fieldConst(f *FieldInfo) *csConst {
	switch f.constState {
	case 1:
		return nil
	case 2:
		return f.constValue
	}
	f.constState = 1
	// The declaration's own lowering reports the initializer's problems.
	saved, savedPos := len(m.diags), m.lastPos
	fs := m.newFunc(f.Class, true, nil)
	v := fs.expr(f.init)
	m.diags, m.lastPos = m.diags[:saved], savedPos
	if v.c != nil && fs.unsup == nil {
		if c, err := convertConst(v.c, f.Type, false); c != nil && err == nil {
			if c.t == floatType {
				c = floatConst(floatType, c.f) // a float field holds a float32
			}
			f.constValue = c
		}
	}
	f.constState = 2
	return f.constValue
}

// constFieldVal is a use of a const field: its Go constant, whose value is
// the folded one (typed where the declaration gives a type, see
// lowerClass), so that operations on it fold with C#'s rules.
func (m *mapper) constFieldVal(f *FieldInfo) val {
	v := val{e: &Ident{Name: f.GoName}, t: f.Type}
	if f.init == nil {
		return v
	}
	c := m.fieldConst(f)
	if c == nil {
		return v
	}
	v.c = c
	lit := emitConst(c)
	if lit.goV == nil {
		return v // math.NaN(): the declaration is a variable
	}
	v.goV = lit.goV
	if f.Type.Kind == TInt || f.Type.Kind == TFloat {
		v.goT = goTypeName(f.Type)
		if conv, ok := goConvertValue(lit.goV, v.goT); ok {
			v.goV = conv
		}
	}
	v.konst = v.goT == ""
	return v
}

// foldConditional folds c ? x : y when all three are constants (a C#
// constant expression: const int Port = Secure ? 443 : 80). The parts are
// lowered on a scratch state; a constant has no side effects to keep.
func (fs *funcState) foldConditional(e *ast.ConditionalExpr) (val, bool) {
	if !mayBeConstant(e.Cond) || !mayBeConstant(e.Then) || !mayBeConstant(e.Else) {
		return val{}, false
	}
	saved, savedUnsup := len(fs.m.diags), fs.unsup
	defer func() { fs.m.diags, fs.unsup = fs.m.diags[:saved], savedUnsup }()
	scratch := fs.scratch()
	cond := scratch.expr(e.Cond)
	if cond.c == nil || cond.t.Kind != TBool {
		return val{}, false
	}
	a, b := scratch.expr(e.Then), scratch.expr(e.Else)
	if a.c == nil || b.c == nil {
		return val{}, false
	}
	t := a.t
	if a.t.IsNumeric() && b.t.IsNumeric() {
		t = promote(a.t, b.t)
	} else if a.t.Kind != b.t.Kind {
		return val{}, false
	}
	chosen := a
	if !constant.BoolVal(cond.c.v) {
		chosen = b
	}
	c, err := convertConst(chosen.c, t, false)
	if c == nil || err != nil {
		return val{}, false
	}
	return emitConst(c), true
}

// mayBeConstant reports whether an expression has the shape of a C#
// constant expression (no calls, lambdas or object creation), so that only
// those are lowered a second time to learn whether they are constants.
func mayBeConstant(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Literal, *ast.SimpleName, *ast.SizeOfExpr:
		return true
	case *ast.MemberAccessExpr:
		return !e.Conditional && mayBeConstant(e.X)
	case *ast.TypeExpr:
		return true
	case *ast.ParenExpr:
		return mayBeConstant(e.X)
	case *ast.BinaryExpr:
		return mayBeConstant(e.X) && mayBeConstant(e.Y)
	case *ast.UnaryExpr:
		return e.Op != ast.OpInc && e.Op != ast.OpDec && mayBeConstant(e.X)
	case *ast.CastExpr:
		return mayBeConstant(e.X)
	case *ast.CheckedExpr:
		return mayBeConstant(e.X)
	case *ast.ConditionalExpr:
		return mayBeConstant(e.Cond) && mayBeConstant(e.Then) && mayBeConstant(e.Else)
	}
	return false
}
