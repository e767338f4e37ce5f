// This file implements C# constant expressions: the value of a constant
// (csConst) and its folding with C#'s rules rather than Go's. C# folds
// constants at compile time in their own types: integers wrap in an
// unchecked context and are errors (CS0220, CS0221) in a checked one, which
// is the default for constants; division by an integer constant zero is
// CS0020; float and double fold in IEEE double arithmetic (float constants
// keep double precision between operations and are rounded to float32 when
// converted to float or stored, as mcs and Roslyn do); decimal folds
// exactly. Go folds untyped constants with arbitrary precision, so the Go
// expression for a C# constant is either the natural one, when Go's value
// agrees with C#'s, or the folded value (constemit.go).

package mapper

import (
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// csConst is the value of a C# constant expression of type t (a keyword
// type: bool, string, char, an integral, float, double or decimal type).
type csConst struct {
	t *Type
	// v holds bool, string, integral (char included: an exact integer in
	// t's range) and decimal (exact) values.
	v constant.Value
	// f holds float and double values (a float keeps double precision
	// until it is rounded, see the file comment).
	f float64
}

// foldError is a C# compile-time error found while folding.
type foldError string

func (e foldError) Error() string { return string(e) }

const (
	errDivZero  foldError = "division by constant zero"
	errOverflow foldError = "the operation overflows at compile time in checked mode"
)

// errConvert is CS0221, a constant outside the range of an explicit
// conversion's target type in a checked context.
func errConvert(c *csConst, t *Type) foldError {
	return foldError("constant value " + c.String() + " cannot be converted to " + t.String() + " (use unchecked to override)")
}

func isIntegral(t *Type) bool { return t.Kind == TInt || t.Kind == TChar }

// isBinaryFloat reports whether t is float or double (decimal is not).
func isBinaryFloat(t *Type) bool { return t == floatType || t == doubleType }

// intBounds returns the range of an integral type.
func intBounds(t *Type) (lo, hi *big.Int) {
	if t.Kind == TChar {
		return big.NewInt(0), big.NewInt(math.MaxUint16)
	}
	bits := map[string]uint{"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}[t.Basic]
	one := big.NewInt(1)
	if t.Basic[0] == 'u' {
		return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
	}
	lo = new(big.Int).Neg(new(big.Int).Lsh(one, bits-1))
	return lo, new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
}

// intBits is the width of an integral type.
func intBits(t *Type) uint {
	lo, hi := intBounds(t)
	return uint(new(big.Int).Sub(hi, lo).BitLen())
}

func bigOf(v constant.Value) *big.Int {
	switch x := constant.Val(constant.ToInt(v)).(type) {
	case int64:
		return big.NewInt(x)
	case *big.Int:
		return new(big.Int).Set(x)
	}
	return new(big.Int)
}

func bigConst(b *big.Int) constant.Value { return constant.Make(b) }

// inRange reports whether the integer v fits t.
func inRange(v constant.Value, t *Type) bool {
	if v.Kind() != constant.Int {
		return false
	}
	lo, hi := intBounds(t)
	b := bigOf(v)
	return b.Cmp(lo) >= 0 && b.Cmp(hi) <= 0
}

// wrap reduces an integer to t's range modulo 2^bits (two's complement).
func wrap(v constant.Value, t *Type) constant.Value {
	lo, hi := intBounds(t)
	b := bigOf(v)
	size := new(big.Int).Add(new(big.Int).Sub(hi, lo), big.NewInt(1))
	b.Sub(b, lo)
	b.Mod(b, size)
	b.Add(b, lo)
	return bigConst(b)
}

// roundFloat rounds a double to float precision.
func roundFloat(f float64) float64 { return float64(float32(f)) }

// intConst, floatConst and the others build constants.
func intConst(t *Type, v int64) *csConst { return &csConst{t: t, v: constant.MakeInt64(v)} }
func floatConst(t *Type, f float64) *csConst {
	if t == floatType {
		f = roundFloat(f)
	}
	return &csConst{t: t, f: f}
}
func boolConst(b bool) *csConst     { return &csConst{t: boolType, v: constant.MakeBool(b)} }
func stringConst(s string) *csConst { return &csConst{t: stringType, v: constant.MakeString(s)} }

// String spells the value for messages.
func (c *csConst) String() string {
	if isBinaryFloat(c.t) {
		return formatFloatText(c.f, 64)
	}
	return c.v.ExactString()
}

// float64Of returns a numeric constant as a double.
func (c *csConst) float64Of() float64 {
	if isBinaryFloat(c.t) {
		return c.f
	}
	f, _ := constant.Float64Val(constant.ToFloat(c.v))
	return f
}

// convertConst converts a constant to type t (an implicit conversion, or
// a cast). checked makes an out-of-range value an error (CS0221) instead
// of wrapping.
func convertConst(c *csConst, t *Type, checked bool) (*csConst, error) {
	switch {
	case c.t == t:
		return c, nil
	case !c.t.IsNumeric() || !t.IsNumeric():
		if c.t.Kind == t.Kind && (t.Kind == TBool || t.Kind == TString) {
			return c, nil
		}
		return nil, nil
	case isIntegral(t):
		var v constant.Value
		if isIntegral(c.t) {
			v = c.v
		} else {
			f := c.float64Of()
			if c.t == decimalType {
				v = constant.ToInt(truncExact(c.v))
			} else if math.IsNaN(f) || math.IsInf(f, 0) {
				if checked {
					return nil, errConvert(c, t)
				}
				return &csConst{t: t, v: unspecifiedFloatToInt(t)}, nil
			} else {
				v = constant.ToInt(constant.MakeFloat64(math.Trunc(f)))
			}
		}
		if inRange(v, t) {
			return &csConst{t: t, v: v}, nil
		}
		if checked {
			return nil, errConvert(c, t)
		}
		if !isIntegral(c.t) && c.t != decimalType {
			// An unchecked conversion of a double outside the target's
			// range is unspecified; .NET on x64 gives the value cvttsd2si
			// gives (the 32- or 64-bit "integer indefinite"), wrapped.
			return &csConst{t: t, v: outOfRangeFloatToInt(v, t)}, nil
		}
		return &csConst{t: t, v: wrap(v, t)}, nil
	case isBinaryFloat(t):
		if isBinaryFloat(c.t) {
			if t == floatType {
				return floatConst(t, c.f), nil
			}
			return &csConst{t: t, f: c.f}, nil
		}
		if t == floatType {
			f, _ := constant.Float32Val(constant.ToFloat(c.v))
			return &csConst{t: t, f: float64(f)}, nil
		}
		f, _ := constant.Float64Val(constant.ToFloat(c.v))
		return &csConst{t: t, f: f}, nil
	default: // decimal
		if isBinaryFloat(c.t) {
			if math.IsNaN(c.f) || math.IsInf(c.f, 0) {
				return nil, errConvert(c, t)
			}
			return &csConst{t: t, v: constant.MakeFloat64(c.f)}, nil
		}
		return &csConst{t: t, v: c.v}, nil
	}
}

// truncExact truncates an exact number toward zero.
func truncExact(v constant.Value) constant.Value {
	if v.Kind() == constant.Int {
		return v
	}
	r, ok := new(big.Rat).SetString(v.ExactString())
	if !ok {
		return constant.MakeInt64(0)
	}
	return bigConst(new(big.Int).Quo(r.Num(), r.Denom()))
}

// unspecifiedFloatToInt is what an unchecked conversion of NaN or infinity
// gives on x64 (as Mono prints it): the smallest value of a signed 32- or
// 64-bit conversion, reduced to t.
func unspecifiedFloatToInt(t *Type) constant.Value {
	if intBits(t) == 64 {
		return wrap(bigConst(new(big.Int).Lsh(big.NewInt(-1), 63)), t)
	}
	return wrap(constant.MakeInt64(math.MinInt32), t)
}

// outOfRangeFloatToInt is an unchecked conversion of a finite double v
// (already truncated) outside t's range: narrow types convert through
// int32 (as the JIT does), which itself overflows to int32's minimum;
// 32-bit unsigned converts through int64.
func outOfRangeFloatToInt(v constant.Value, t *Type) constant.Value {
	switch {
	case intBits(t) == 64:
		return unspecifiedFloatToInt(t)
	case t == uintType:
		if inRange(v, longType) {
			return wrap(v, t)
		}
		return constant.MakeInt64(0)
	}
	if inRange(v, intType) {
		return wrap(v, t)
	}
	return wrap(constant.MakeInt64(math.MinInt32), t)
}

// foldUnary folds +x, -x, ~x and !x; it returns nil when the operation is
// not a constant one C# defines.
func foldUnary(op ast.Op, x *csConst, checked bool) (*csConst, error) {
	if op == ast.OpNot {
		if x.t.Kind != TBool {
			return nil, nil
		}
		return boolConst(!constant.BoolVal(x.v)), nil
	}
	if !x.t.IsNumeric() {
		return nil, nil
	}
	t := unaryPromote(op, x.t)
	c, err := convertConst(x, t, checked)
	if c == nil || err != nil {
		return c, err
	}
	switch op {
	case ast.OpAdd:
		return c, nil
	case ast.OpSub:
		switch {
		case isBinaryFloat(t):
			return &csConst{t: t, f: -c.f}, nil
		case t == decimalType:
			return &csConst{t: t, v: constant.UnaryOp(token.SUB, c.v, 0)}, nil
		case t == ulongType:
			return nil, foldError("operator - cannot be applied to a ulong") // CS0023
		}
		return intResult(constant.UnaryOp(token.SUB, c.v, 0), t, checked)
	case ast.OpBitNot:
		if !isIntegral(t) {
			return nil, foldError("operator ~ cannot be applied to a " + t.String()) // CS0023
		}
		// ~x is -x-1 in two's complement; the wrap makes it unsigned.
		return &csConst{t: t, v: wrap(constant.BinaryOp(constant.UnaryOp(token.SUB, c.v, 0), token.SUB, constant.MakeInt64(1)), t)}, nil
	}
	return nil, nil
}

// unaryPromote is C#'s unary numeric promotion (spec §12.4.7.2): the
// types narrower than int become int, and -x of a uint is a long.
func unaryPromote(op ast.Op, t *Type) *Type {
	switch {
	case t.Kind == TChar:
		return intType
	case t.Kind != TInt:
		return t
	case op == ast.OpSub && t == uintType:
		return longType
	case intBits(t) < 32:
		return intType
	}
	return t
}

// intResult checks an exact integer result against t's range: an error in
// a checked context, wrapped otherwise.
func intResult(v constant.Value, t *Type, checked bool) (*csConst, error) {
	if inRange(v, t) {
		return &csConst{t: t, v: v}, nil
	}
	if checked {
		return nil, errOverflow
	}
	return &csConst{t: t, v: wrap(v, t)}, nil
}

var compareTokens = map[ast.Op]token.Token{ast.OpEq: token.EQL, ast.OpNe: token.NEQ, ast.OpLt: token.LSS, ast.OpLe: token.LEQ, ast.OpGt: token.GTR, ast.OpGe: token.GEQ}

// foldBinary folds a binary operator on two constants with C#'s rules;
// it returns nil when C# does not fold the operation (or cs2go does not).
func foldBinary(op ast.Op, x, y *csConst, checked bool) (*csConst, error) {
	switch {
	case x.t.Kind == TString && y.t.Kind == TString:
		switch op {
		case ast.OpAdd:
			return stringConst(constant.StringVal(x.v) + constant.StringVal(y.v)), nil
		case ast.OpEq, ast.OpNe:
			return boolConst(constant.Compare(x.v, compareTokens[op], y.v)), nil
		}
		return nil, nil
	case x.t.Kind == TBool && y.t.Kind == TBool:
		a, b := constant.BoolVal(x.v), constant.BoolVal(y.v)
		switch op {
		case ast.OpLogAnd, ast.OpAnd:
			return boolConst(a && b), nil
		case ast.OpLogOr, ast.OpOr:
			return boolConst(a || b), nil
		case ast.OpXor, ast.OpNe:
			return boolConst(a != b), nil
		case ast.OpEq:
			return boolConst(a == b), nil
		}
		return nil, nil
	case !x.t.IsNumeric() || !y.t.IsNumeric():
		return nil, nil
	}
	if op == ast.OpShl || op == ast.OpShr {
		return foldShift(op, x, y)
	}
	t := promote(x.t, y.t)
	if t == decimalType && (isBinaryFloat(x.t) || isBinaryFloat(y.t)) {
		return nil, nil // CS0019: decimal does not mix with float and double
	}
	a, err := convertConst(x, t, checked)
	if a == nil || err != nil {
		return a, err
	}
	b, err := convertConst(y, t, checked)
	if b == nil || err != nil {
		return b, err
	}
	if tok, ok := compareTokens[op]; ok {
		if isBinaryFloat(t) {
			return boolConst(compareFloats(tok, a.f, b.f)), nil
		}
		return boolConst(constant.Compare(a.v, tok, b.v)), nil
	}
	switch {
	case isBinaryFloat(t):
		var f float64
		switch op {
		case ast.OpAdd:
			f = a.f + b.f
		case ast.OpSub:
			f = a.f - b.f
		case ast.OpMul:
			f = a.f * b.f
		case ast.OpDiv:
			f = a.f / b.f
		case ast.OpRem:
			f = math.Mod(a.f, b.f)
		default:
			return nil, nil
		}
		// No rounding to float32 here: see the file comment.
		return &csConst{t: t, f: f}, nil
	case t == decimalType:
		switch op {
		case ast.OpAdd, ast.OpSub, ast.OpMul:
			return &csConst{t: t, v: constant.BinaryOp(a.v, map[ast.Op]token.Token{ast.OpAdd: token.ADD, ast.OpSub: token.SUB, ast.OpMul: token.MUL}[op], b.v)}, nil
		case ast.OpDiv, ast.OpRem:
			if constant.Sign(b.v) == 0 {
				return nil, errDivZero
			}
			q := constant.BinaryOp(a.v, token.QUO, b.v)
			if op == ast.OpRem {
				// x % y is x - trunc(x / y) * y, with the sign of x.
				return &csConst{t: t, v: constant.BinaryOp(a.v, token.SUB, constant.BinaryOp(truncExact(q), token.MUL, b.v))}, nil
			}
			return &csConst{t: t, v: q}, nil
		}
		return nil, nil
	}
	var tok token.Token
	switch op {
	case ast.OpAdd:
		tok = token.ADD
	case ast.OpSub:
		tok = token.SUB
	case ast.OpMul:
		tok = token.MUL
	case ast.OpDiv, ast.OpRem:
		if constant.Sign(b.v) == 0 {
			return nil, errDivZero
		}
		lo, _ := intBounds(t)
		if constant.Compare(b.v, token.EQL, constant.MakeInt64(-1)) && bigOf(a.v).Cmp(lo) == 0 {
			// MinValue / -1 overflows, and C# reports MinValue % -1 too,
			// in any context.
			return nil, errOverflow
		}
		// Go's integer division and remainder truncate toward zero, as C#'s.
		tok = map[ast.Op]token.Token{ast.OpDiv: token.QUO_ASSIGN, ast.OpRem: token.REM}[op]
	case ast.OpAnd:
		tok = token.AND
	case ast.OpOr:
		tok = token.OR
	case ast.OpXor:
		tok = token.XOR
	default:
		return nil, nil
	}
	return intResult(constant.BinaryOp(a.v, tok, b.v), t, checked)
}

// compareFloats compares as IEEE does: NaN is unordered.
func compareFloats(tok token.Token, a, b float64) bool {
	switch tok {
	case token.EQL:
		return a == b
	case token.NEQ:
		return a != b
	case token.LSS:
		return a < b
	case token.LEQ:
		return a <= b
	case token.GTR:
		return a > b
	}
	return a >= b
}

// foldShift folds << and >>: the count is masked to the width (C# spec
// §12.11), and >> is arithmetic for signed types.
func foldShift(op ast.Op, x, y *csConst) (*csConst, error) {
	if !isIntegral(x.t) || !isIntegral(y.t) {
		return nil, nil
	}
	t := promote(x.t, intType)
	a, err := convertConst(x, t, false)
	if a == nil || err != nil {
		return a, err
	}
	n, err := convertConst(y, intType, true)
	if n == nil || err != nil {
		return nil, err
	}
	count, _ := constant.Int64Val(n.v)
	count &= int64(intBits(t) - 1)
	if op == ast.OpShl {
		return &csConst{t: t, v: wrap(constant.Shift(a.v, token.SHL, uint(count)), t)}, nil
	}
	// Go's >> on a negative constant is arithmetic (it rounds toward
	// negative infinity), as C#'s on signed types; unsigned values are
	// never negative.
	return &csConst{t: t, v: constant.Shift(a.v, token.SHR, uint(count))}, nil
}

// tableConst is the value of a Constant table entry.
func tableConst(en *Entry) (*csConst, error) {
	t := keywordTypes[en.Result]
	switch {
	case t == nil:
		return nil, fmt.Errorf("%s: constant of type %q", en.Describe(), en.Result)
	case isBinaryFloat(t):
		f, err := strconv.ParseFloat(en.Value, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", en.Describe(), err)
		}
		return floatConst(t, f), nil
	}
	tok := token.INT
	if t == decimalType {
		tok = token.FLOAT
	}
	v := constant.MakeFromLiteral(strings.TrimPrefix(en.Value, "-"), tok, 0)
	if strings.HasPrefix(en.Value, "-") {
		v = constant.UnaryOp(token.SUB, v, 0)
	}
	if v.Kind() == constant.Unknown || (isIntegral(t) && !inRange(v, t)) {
		return nil, fmt.Errorf("%s: value %q is not a %s", en.Describe(), en.Value, t)
	}
	return &csConst{t: t, v: v}, nil
}
