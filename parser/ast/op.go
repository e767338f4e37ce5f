// This file implements Op, the C# operator kinds carried by BinaryExpr,
// UnaryExpr, PostfixExpr, AssignExpr, RelationalPattern and OperatorDecl,
// with their spelling and C# precedence.

package ast

// Op is a C# operator.
type Op int

const (
	OpNone Op = iota

	// Binary (and, for + - ! ~ ^ & *, unary) operators.
	OpAdd      // +
	OpSub      // -
	OpMul      // *
	OpDiv      // /
	OpRem      // %
	OpShl      // <<
	OpShr      // >>
	OpUShr     // >>>
	OpAnd      // &
	OpOr       // |
	OpXor      // ^
	OpLogAnd   // &&
	OpLogOr    // ||
	OpCoalesce // ??
	OpEq       // ==
	OpNe       // !=
	OpLt       // <
	OpGt       // >
	OpLe       // <=
	OpGe       // >=

	// Unary-only operators.
	OpNot    // !  (prefix logical not; postfix null-forgiving)
	OpBitNot // ~
	OpInc    // ++
	OpDec    // --
	OpTrue   // true  (operator declarations only)
	OpFalse  // false (operator declarations only)

	// Assignment operators.
	OpAssign         // =
	OpAddAssign      // +=
	OpSubAssign      // -=
	OpMulAssign      // *=
	OpDivAssign      // /=
	OpRemAssign      // %=
	OpAndAssign      // &=
	OpOrAssign       // |=
	OpXorAssign      // ^=
	OpShlAssign      // <<=
	OpShrAssign      // >>=
	OpUShrAssign     // >>>=
	OpCoalesceAssign // ??=
)

var opText = [...]string{
	OpNone: "", OpAdd: "+", OpSub: "-", OpMul: "*", OpDiv: "/", OpRem: "%", OpShl: "<<", OpShr: ">>",
	OpUShr: ">>>", OpAnd: "&", OpOr: "|", OpXor: "^", OpLogAnd: "&&", OpLogOr: "||", OpCoalesce: "??",
	OpEq: "==", OpNe: "!=", OpLt: "<", OpGt: ">", OpLe: "<=", OpGe: ">=",
	OpNot: "!", OpBitNot: "~", OpInc: "++", OpDec: "--", OpTrue: "true", OpFalse: "false",
	OpAssign: "=", OpAddAssign: "+=", OpSubAssign: "-=", OpMulAssign: "*=", OpDivAssign: "/=",
	OpRemAssign: "%=", OpAndAssign: "&=", OpOrAssign: "|=", OpXorAssign: "^=", OpShlAssign: "<<=",
	OpShrAssign: ">>=", OpUShrAssign: ">>>=", OpCoalesceAssign: "??=",
}

// String returns the operator's C# spelling.
func (op Op) String() string {
	if op >= 0 && int(op) < len(opText) {
		return opText[op]
	}
	return "Op(?)"
}

// OpByText maps a C# operator spelling to its Op (OpNone if unknown).
func OpByText(s string) Op {
	for i, t := range opText {
		if t == s && i != 0 {
			return Op(i)
		}
	}
	return OpNone
}

// C# precedence levels, lowest first (C# spec §12.4.2). Higher binds
// tighter. Gen compares these with Go's levels to decide parentheses.
const (
	PrecLowest         = iota
	PrecAssign         // = op= ??= and lambdas (right associative)
	PrecConditional    // ?: (right associative)
	PrecCoalesce       // ?? (right associative)
	PrecLogOr          // ||
	PrecLogAnd         // &&
	PrecOr             // |
	PrecXor            // ^
	PrecAnd            // &
	PrecEquality       // == !=
	PrecRelational     // < > <= >= is as
	PrecShift          // << >> >>>
	PrecAdditive       // + -
	PrecMultiplicative // * / %
	PrecSwitch         // switch, with
	PrecRange          // ..
	PrecUnary          // prefix operators, casts, await
	PrecPrimary        // member access, invocation, postfix
)

// Precedence returns the binary precedence of op, or PrecLowest if op is not
// a binary operator. Assignment operators report PrecAssign.
func (op Op) Precedence() int {
	switch op {
	case OpMul, OpDiv, OpRem:
		return PrecMultiplicative
	case OpAdd, OpSub:
		return PrecAdditive
	case OpShl, OpShr, OpUShr:
		return PrecShift
	case OpLt, OpGt, OpLe, OpGe:
		return PrecRelational
	case OpEq, OpNe:
		return PrecEquality
	case OpAnd:
		return PrecAnd
	case OpXor:
		return PrecXor
	case OpOr:
		return PrecOr
	case OpLogAnd:
		return PrecLogAnd
	case OpLogOr:
		return PrecLogOr
	case OpCoalesce:
		return PrecCoalesce
	}
	if op.IsAssign() {
		return PrecAssign
	}
	return PrecLowest
}

// IsAssign reports whether op is an assignment operator.
func (op Op) IsAssign() bool { return op >= OpAssign && op <= OpCoalesceAssign }

// Binary returns the operator a compound assignment applies (`+=` -> `+`),
// or OpNone for `=` and non-assignments.
func (op Op) Binary() Op {
	switch op {
	case OpAddAssign:
		return OpAdd
	case OpSubAssign:
		return OpSub
	case OpMulAssign:
		return OpMul
	case OpDivAssign:
		return OpDiv
	case OpRemAssign:
		return OpRem
	case OpAndAssign:
		return OpAnd
	case OpOrAssign:
		return OpOr
	case OpXorAssign:
		return OpXor
	case OpShlAssign:
		return OpShl
	case OpShrAssign:
		return OpShr
	case OpUShrAssign:
		return OpUShr
	case OpCoalesceAssign:
		return OpCoalesce
	}
	return OpNone
}
