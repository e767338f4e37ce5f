// This file defines the C# token kinds the lexer produces (as participle
// lexer.TokenTypes), their names for participle's Symbols, and how a token
// is described in an error message.

package parser

import (
	"fmt"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token kinds. Every punctuator and reserved keyword has its own kind so the
// parser switches on Type alone; contextual keywords (var, async, await,
// when, ...) are identifiers and are recognised by their text.
const (
	tEOF = lexer.EOF

	tIdent   lexer.TokenType = iota + 1 // identifier, contextual keyword or @verbatim identifier
	tInt                                // integer literal
	tReal                               // real literal
	tChar                               // character literal
	tString                             // regular, verbatim or raw string literal
	tInterp                             // interpolated string: one token; parts are in the lexer's side table
	tComment                            // a comment (never in the parser's token stream)
	tBad                                // an unlexable character (an error was reported)

	// Punctuators and operators.
	tLBrace     // {
	tRBrace     // }
	tLParen     // (
	tRParen     // )
	tLBrack     // [
	tRBrack     // ]
	tDot        // .
	tComma      // ,
	tColon      // :
	tSemi       // ;
	tPlus       // +
	tMinus      // -
	tStar       // *
	tSlash      // /
	tPercent    // %
	tAmp        // &
	tPipe       // |
	tCaret      // ^
	tBang       // !
	tTilde      // ~
	tAssign     // =
	tLt         // <
	tGt         // > (always single: `>>` is two adjacent tokens, see parser)
	tQuestion   // ? (`?.` and `?[` are two adjacent tokens)
	tColonColon // ::
	tDotDot     // ..
	tArrow      // ->
	tFatArrow   // =>
	tEq         // ==
	tNe         // !=
	tLe         // <=
	tGe         // >=
	tAndAnd     // &&
	tOrOr       // ||
	tInc        // ++
	tDec        // --
	tPlusEq     // +=
	tMinusEq    // -=
	tStarEq     // *=
	tSlashEq    // /=
	tPercentEq  // %=
	tAmpEq      // &=
	tPipeEq     // |=
	tCaretEq    // ^=
	tShl        // <<
	tShlEq      // <<=
	tQQ         // ??
	tQQEq       // ??=

	// Reserved keywords, in the order of the keywords table.
	kAbstract
	kAs
	kBase
	kBool
	kBreak
	kByte
	kCase
	kCatch
	kChar
	kChecked
	kClass
	kConst
	kContinue
	kDecimal
	kDefault
	kDelegate
	kDo
	kDouble
	kElse
	kEnum
	kEvent
	kExplicit
	kExtern
	kFalse
	kFinally
	kFixed
	kFloat
	kFor
	kForeach
	kGoto
	kIf
	kImplicit
	kIn
	kInt
	kInterface
	kInternal
	kIs
	kLock
	kLong
	kNamespace
	kNew
	kNull
	kObject
	kOperator
	kOut
	kOverride
	kParams
	kPrivate
	kProtected
	kPublic
	kReadonly
	kRef
	kReturn
	kSbyte
	kSealed
	kShort
	kSizeof
	kStackalloc
	kStatic
	kString
	kStruct
	kSwitch
	kThis
	kThrow
	kTrue
	kTry
	kTypeof
	kUint
	kUlong
	kUnchecked
	kUnsafe
	kUshort
	kUsing
	kVirtual
	kVoid
	kVolatile
	kWhile
	tLast
)

var keywords = [...]string{
	"abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
	"continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
	"false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
	"internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
	"params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
	"sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
	"uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
}

// punctText is the spelling of each punctuator kind.
var punctText = map[lexer.TokenType]string{
	tLBrace: "{", tRBrace: "}", tLParen: "(", tRParen: ")", tLBrack: "[", tRBrack: "]", tDot: ".",
	tComma: ",", tColon: ":", tSemi: ";", tPlus: "+", tMinus: "-", tStar: "*", tSlash: "/", tPercent: "%",
	tAmp: "&", tPipe: "|", tCaret: "^", tBang: "!", tTilde: "~", tAssign: "=", tLt: "<", tGt: ">",
	tQuestion: "?", tColonColon: "::", tDotDot: "..", tArrow: "->", tFatArrow: "=>", tEq: "==", tNe: "!=",
	tLe: "<=", tGe: ">=", tAndAnd: "&&", tOrOr: "||", tInc: "++", tDec: "--", tPlusEq: "+=", tMinusEq: "-=",
	tStarEq: "*=", tSlashEq: "/=", tPercentEq: "%=", tAmpEq: "&=", tPipeEq: "|=", tCaretEq: "^=", tShl: "<<",
	tShlEq: "<<=", tQQ: "??", tQQEq: "??=",
}

var keywordKind = func() map[string]lexer.TokenType {
	m := make(map[string]lexer.TokenType, len(keywords))
	for i, k := range keywords {
		m[k] = kAbstract + lexer.TokenType(i)
	}
	return m
}()

func isKeyword(t lexer.TokenType) bool { return t >= kAbstract && t < tLast }

// kindText is the C# spelling of a punctuator or keyword kind, or its
// description for the other kinds; used in "expected X" messages.
func kindText(t lexer.TokenType) string {
	if isKeyword(t) {
		return "'" + keywords[t-kAbstract] + "'"
	}
	if s, ok := punctText[t]; ok {
		return "'" + s + "'"
	}
	switch t {
	case tIdent:
		return "identifier"
	case tInt:
		return "integer literal"
	case tReal:
		return "real literal"
	case tChar:
		return "character literal"
	case tString:
		return "string literal"
	case tInterp:
		return "interpolated string"
	case tEOF:
		return "end of file"
	}
	return "token"
}

// describe names a token for "found X" in an error message, the way a C#
// developer would: identifier "x", keyword "class", ';', integer literal 5.
func describe(t *lexer.Token) string {
	switch {
	case t.Type == tEOF:
		return "end of file"
	case isKeyword(t.Type):
		return fmt.Sprintf("keyword %q", t.Value)
	case t.Type == tIdent:
		return fmt.Sprintf("identifier %q", t.Value)
	case t.Type == tInt:
		return "integer literal " + t.Value
	case t.Type == tReal:
		return "real literal " + t.Value
	case t.Type == tChar:
		return "character literal " + t.Value
	case t.Type == tString, t.Type == tInterp:
		v := t.Value
		if len(v) > 40 {
			v = v[:37] + "..."
		}
		return kindText(t.Type) + " " + v
	case t.Type == tBad:
		return fmt.Sprintf("invalid character %q", t.Value)
	}
	return "'" + t.Value + "'"
}

// Symbols lists the token kinds by name, as participle's lexer.Definition
// requires.
func symbols() map[string]lexer.TokenType {
	m := map[string]lexer.TokenType{
		"EOF": tEOF, "Ident": tIdent, "Int": tInt, "Real": tReal, "Char": tChar, "String": tString,
		"InterpolatedString": tInterp, "Comment": tComment, "Bad": tBad,
	}
	for k, s := range punctText {
		m[s] = k
	}
	for i, k := range keywords {
		m[k] = kAbstract + lexer.TokenType(i)
	}
	return m
}
