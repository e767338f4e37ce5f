// This file implements the C# lexer: source bytes to participle
// lexer.Tokens, with comments set aside, preprocessor directives evaluated
// and interpolated strings split into text and hole token lists.
//
// The lexer is hand-written rather than a participle stateful (regex)
// lexer because C# needs context the regex rules cannot carry cheaply:
// interpolation holes nest strings in strings to any depth, raw strings
// close on a quote run as long as their opening run, `#if` must be
// evaluated, and the throughput target (>= 100k lines/s) leaves no room for
// per-token regex alternation. It still plugs into participle:
// Definition implements lexer.Definition, so the token stream can feed
// participle grammars.

package parser

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

// interpInfo is the side-table entry for one interpolated string token: its
// parts in order. A hole's tokens end with an EOF token at the hole's end.
type interpInfo struct {
	verbatim, raw bool
	parts         []interpPart
}

type interpPart struct {
	hole      bool
	raw       string // text part as written
	pos, end  lexer.Position
	toks      []lexer.Token // hole: expression and alignment tokens, EOF-terminated
	format    string        // hole: raw format text after ':' ("" if none)
	hasFormat bool
}

// condFrame is one open #if.
type condFrame struct {
	taken bool // a branch of this #if has been taken
	pos   lexer.Position
}

type scanner struct {
	filename string
	src      string
	off      int

	// Monotonic position cursor: position(off) counts lines and runes from
	// the last computed offset, so the whole file is walked once.
	pcOff, pcLine, pcCol int

	atLineStart bool // only whitespace since the last newline (directives allowed)
	conds       []condFrame
	defines     map[string]bool

	toks     []lexer.Token
	comments []*ast.Comment
	interps  map[int]*interpInfo
	errs     ErrorList
	warnings []ast.Diagnostic
}

func newScanner(filename string, src []byte) *scanner {
	s := &scanner{
		filename:    filename,
		src:         loneCRToLF(replaceInvalidUTF8(src)),
		pcLine:      1,
		pcCol:       1,
		atLineStart: true,
		interps:     map[int]*interpInfo{},
	}
	// Skip a UTF-8 byte-order mark.
	if strings.HasPrefix(s.src, "\uFEFF") {
		s.off = 3
		s.pcOff = 3
	}
	return s
}

// replaceInvalidUTF8 decodes the file as the C# compiler does: each byte
// that is not part of valid UTF-8 becomes U+FFFD, so a string literal
// holding one means what it means in C#. Columns count runes, so positions
// after a replaced byte stay those a C# tool would report.
func replaceInvalidUTF8(src []byte) string {
	if utf8.Valid(src) {
		return string(src)
	}
	var b strings.Builder
	b.Grow(len(src) + 16)
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			size = 1
		} else {
			b.Write(src[:size])
		}
		src = src[size:]
	}
	return b.String()
}

// loneCRToLF turns each CR that is not followed by LF into LF. C# counts a
// lone CR (old Mac line ends) as a line terminator, as it does CRLF and LF;
// everything here that is line-based (positions, // comments, directives)
// looks for LF, so rewriting CR byte for byte keeps every offset while making
// lines right. The one observable change is that a lone CR inside a
// multi-line verbatim or raw string reads as LF.
func loneCRToLF(src string) string {
	i := strings.IndexByte(src, '\r')
	if i < 0 {
		return src
	}
	b := []byte(src)
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

// position converts a byte offset to a Position. Offsets are normally
// requested in increasing order; a backward request restarts the count.
func (s *scanner) position(off int) lexer.Position {
	if off < s.pcOff {
		s.pcOff, s.pcLine, s.pcCol = 0, 1, 1
	}
	src := s.src
	line, col := s.pcLine, s.pcCol
	for i := s.pcOff; i < off; i++ {
		c := src[i]
		if c == '\n' {
			line++
			col = 1
		} else if c < 0x80 || c >= 0xC0 {
			// Count one column per rune: skip UTF-8 continuation bytes.
			col++
		}
	}
	s.pcOff, s.pcLine, s.pcCol = off, line, col
	return lexer.Position{Filename: s.filename, Offset: off, Line: line, Column: col}
}

// errorAt reports a lexical error. It computes the position without
// moving the monotonic cursor (errors are often reported behind it), and
// stops computing after maxErrors so that garbage input stays linear.
func (s *scanner) errorAt(off int, format string, args ...any) {
	if len(s.errs) >= maxErrors {
		return
	}
	saved := [3]int{s.pcOff, s.pcLine, s.pcCol}
	if off < s.pcOff {
		s.pcOff, s.pcLine, s.pcCol = 0, 1, 1
	}
	p := s.position(off)
	s.pcOff, s.pcLine, s.pcCol = saved[0], saved[1], saved[2]
	s.errs.Add(p, format, args...)
}

// run lexes the whole file.
func (s *scanner) run() {
	// About one token per 5 bytes of typical C#; append grows the rest.
	s.toks = make([]lexer.Token, 0, len(s.src)/5+16)
	for {
		t := s.scan()
		s.toks = append(s.toks, t)
		if t.Type == tEOF {
			break
		}
	}
	for _, f := range s.conds {
		s.errs.Add(f.pos, "#if without matching #endif")
	}
}

func (s *scanner) peekByte(i int) byte {
	if s.off+i < len(s.src) {
		return s.src[s.off+i]
	}
	return 0
}

// skipTrivia skips whitespace, comments and preprocessor directives.
func (s *scanner) skipTrivia() {
	src := s.src
	for s.off < len(src) {
		c := src[s.off]
		switch c {
		case ' ', '\t', '\r', '\v', '\f':
			s.off++
		case '\n':
			s.off++
			s.atLineStart = true
		case '/':
			if s.peekByte(1) == '/' {
				s.lineComment()
			} else if s.peekByte(1) == '*' {
				s.blockComment()
			} else {
				return
			}
		case '#':
			if !s.atLineStart {
				return
			}
			s.directive()
		default:
			if c >= 0x80 {
				r, n := utf8.DecodeRuneInString(src[s.off:])
				if r == '\u00A0' || r == '\uFEFF' || unicode.Is(unicode.Zs, r) {
					s.off += n
					continue
				}
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					s.off += n
					s.atLineStart = true
					continue
				}
			}
			return
		}
	}
}

func (s *scanner) lineComment() {
	start := s.off
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		end = len(s.src)
	} else {
		end += start
	}
	s.off = end
	text := strings.TrimRight(s.src[start:end], "\r")
	kind := ast.LineComment
	if strings.HasPrefix(text, "///") && !strings.HasPrefix(text, "////") {
		kind = ast.DocComment
	}
	s.addComment(start, start+len(text), kind, text)
}

func (s *scanner) blockComment() {
	start := s.off
	end := strings.Index(s.src[start+2:], "*/")
	if end < 0 {
		s.errorAt(start, "unterminated comment: '/*' without '*/'")
		s.off = len(s.src)
	} else {
		s.off = start + 2 + end + 2
	}
	text := s.src[start:s.off]
	kind := ast.BlockComment
	if strings.HasPrefix(text, "/**") && !strings.HasPrefix(text, "/**/") && !strings.HasPrefix(text, "/***") {
		kind = ast.DocBlockComment
	}
	s.addComment(start, s.off, kind, text)
}

func (s *scanner) addComment(start, end int, kind ast.CommentKind, text string) {
	c := &ast.Comment{Kind: kind, Text: text}
	c.Pos = s.position(start)
	c.EndPos = s.position(end)
	s.comments = append(s.comments, c)
}

// scan returns the next token.
func (s *scanner) scan() lexer.Token {
	s.skipTrivia()
	s.atLineStart = false
	start := s.off
	if start >= len(s.src) {
		return lexer.Token{Type: tEOF, Pos: s.position(start)}
	}
	pos := s.position(start)
	typ := s.scanRaw()
	return lexer.Token{Type: typ, Value: s.src[start:s.off], Pos: pos}
}

// scanRaw consumes one token starting at s.off and returns its kind.
func (s *scanner) scanRaw() lexer.TokenType {
	src := s.src
	c := src[s.off]
	switch {
	case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return s.ident()
	case c >= '0' && c <= '9':
		return s.number()
	case c == '.' && s.peekByte(1) >= '0' && s.peekByte(1) <= '9':
		return s.number()
	case c == '"':
		if s.peekByte(1) == '"' && s.peekByte(2) == '"' {
			return s.utf8Suffix(s.rawString(0))
		}
		return s.utf8Suffix(s.regularString())
	case c == '\'':
		return s.charLit()
	case c == '@':
		switch s.peekByte(1) {
		case '"':
			s.off++
			return s.utf8Suffix(s.verbatimString())
		case '$':
			if s.peekByte(2) == '"' {
				return s.interpolated(1, true, s.off+3)
			}
		}
		if s.off+1 < len(src) && isIdentStart(src[s.off+1:]) {
			s.off++
			s.ident()
			return tIdent
		}
	case c == '$':
		n := 0
		for s.peekByte(n) == '$' {
			n++
		}
		switch {
		case s.peekByte(n) == '"':
			if n > 1 && !(s.peekByte(n+1) == '"' && s.peekByte(n+2) == '"') {
				s.errorAt(s.off, "more than one '$' is only allowed on raw string literals (\"\"\"...\"\"\")")
			}
			return s.interpolated(n, false, s.off+n+1)
		case n == 1 && s.peekByte(1) == '@' && s.peekByte(2) == '"':
			return s.interpolated(1, true, s.off+3)
		}
	case c >= 0x80:
		if isIdentStart(src[s.off:]) {
			return s.ident()
		}
	default:
		if t := s.punct(); t != 0 {
			return t
		}
	}
	r, n := utf8.DecodeRuneInString(src[s.off:])
	s.errorAt(s.off, "unexpected character %q", r)
	s.off += n
	return tBad
}

// utf8Suffix consumes the `u8` suffix of a UTF-8 string literal ("abc"u8)
// after a string token of kind t.
func (s *scanner) utf8Suffix(t lexer.TokenType) lexer.TokenType {
	if c := s.peekByte(0); (c == 'u' || c == 'U') && s.peekByte(1) == '8' {
		n := s.peekByte(2)
		if !(n == '_' || n >= 'a' && n <= 'z' || n >= 'A' && n <= 'Z' || n >= '0' && n <= '9') {
			s.off += 2
		}
	}
	return t
}

func isIdentStart(s string) bool {
	c := s[0]
	if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return true
	}
	if c < 0x80 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
}

func isIdentPartRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Nl, unicode.Mn, unicode.Mc, unicode.Pc, unicode.Cf)
}

func (s *scanner) ident() lexer.TokenType {
	src := s.src
	start := s.off
	i := s.off
	for i < len(src) {
		c := src[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			continue
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(src[i:])
			if isIdentPartRune(r) {
				i += n
				continue
			}
		}
		break
	}
	s.off = i
	if src[start] != '@' {
		if k, ok := keywordKind[src[start:i]]; ok {
			return k
		}
	}
	return tIdent
}

func isDigitOrSep(c byte, hex bool) bool {
	return c >= '0' && c <= '9' || c == '_' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
}

// number scans an integer or real literal; validation of the value happens
// when the parser decodes it.
func (s *scanner) number() lexer.TokenType {
	src := s.src
	i := s.off
	real := false
	if src[i] == '0' && i+1 < len(src) && (src[i+1]|0x20 == 'x' || src[i+1]|0x20 == 'b') {
		hex := src[i+1]|0x20 == 'x'
		i += 2
		for i < len(src) && isDigitOrSep(src[i], hex) {
			i++
		}
	} else {
		for i < len(src) && isDigitOrSep(src[i], false) {
			i++
		}
		if i+1 < len(src) && src[i] == '.' && src[i+1] >= '0' && src[i+1] <= '9' {
			real = true
			i++
			for i < len(src) && isDigitOrSep(src[i], false) {
				i++
			}
		}
		if i < len(src) && src[i]|0x20 == 'e' {
			j := i + 1
			if j < len(src) && (src[j] == '+' || src[j] == '-') {
				j++
			}
			if j < len(src) && src[j] >= '0' && src[j] <= '9' {
				real = true
				i = j
				for i < len(src) && isDigitOrSep(src[i], false) {
					i++
				}
			}
		}
	}
	// Suffix letters (validated by the parser) and any letters or digits
	// glued to the number, so that `12abc` is one bad literal.
	for i < len(src) && (src[i] >= 'a' && src[i] <= 'z' || src[i] >= 'A' && src[i] <= 'Z' || src[i] >= '0' && src[i] <= '9' || src[i] == '_') {
		if c := src[i] | 0x20; c == 'f' || c == 'd' || c == 'm' {
			if !(src[s.off] == '0' && s.off+1 < len(src) && src[s.off+1]|0x20 == 'x') {
				real = true
			}
		}
		i++
	}
	s.off = i
	if real {
		return tReal
	}
	return tInt
}

// regularString scans "..." (escapes are decoded by the parser).
func (s *scanner) regularString() lexer.TokenType {
	src := s.src
	i := s.off + 1
	for {
		if i >= len(src) || src[i] == '\n' {
			s.errorAt(s.off, "newline in string literal: missing closing '\"'")
			s.off = i
			return tString
		}
		switch src[i] {
		case '"':
			s.off = i + 1
			return tString
		case '\\':
			if i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		}
		i++
	}
}

// verbatimString scans "..." of @"...", where "" is a quote; s.off is at the
// quote.
func (s *scanner) verbatimString() lexer.TokenType {
	src := s.src
	start := s.off - 1
	i := s.off + 1
	for {
		if i >= len(src) {
			s.errorAt(start, "unterminated verbatim string literal: missing closing '\"'")
			s.off = i
			return tString
		}
		if src[i] == '"' {
			if i+1 < len(src) && src[i+1] == '"' {
				i += 2
				continue
			}
			s.off = i + 1
			return tString
		}
		i++
	}
}

// rawString scans a raw string literal """...""" starting at s.off (after
// any '$'s, which the caller has consumed when dollars > 0).
func (s *scanner) rawString(dollars int) lexer.TokenType {
	src := s.src
	q := 0
	for s.off+q < len(src) && src[s.off+q] == '"' {
		q++
	}
	i := s.off + q
	for i < len(src) {
		if src[i] == '"' {
			n := 0
			for i+n < len(src) && src[i+n] == '"' {
				n++
			}
			if n >= q {
				if n > q {
					s.errorAt(i, "raw string literal closed by %d quotes but opened with %d", n, q)
				}
				s.off = i + n
				return tString
			}
			i += n
			continue
		}
		i++
	}
	s.errorAt(s.off, "unterminated raw string literal: missing closing %s", strings.Repeat("\"", q))
	s.off = len(src)
	return tString
}

// charLit scans 'x' (escapes are decoded by the parser).
func (s *scanner) charLit() lexer.TokenType {
	src := s.src
	i := s.off + 1
	for {
		if i >= len(src) || src[i] == '\n' {
			s.errorAt(s.off, "newline in character literal: missing closing \"'\"")
			s.off = i
			return tChar
		}
		switch src[i] {
		case '\'':
			if i == s.off+1 {
				s.errorAt(s.off, "empty character literal")
			}
			s.off = i + 1
			return tChar
		case '\\':
			if i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		}
		i++
	}
}

// punct scans an operator or punctuator, longest match first, and returns 0
// if the byte starts none. `>` is always a single token (see tGt) and `?`
// too, apart from `??` and `??=`.
func (s *scanner) punct() lexer.TokenType {
	src := s.src
	c := src[s.off]
	c1 := s.peekByte(1)
	c2 := s.peekByte(2)
	one := func(t lexer.TokenType) lexer.TokenType { s.off++; return t }
	two := func(t lexer.TokenType) lexer.TokenType { s.off += 2; return t }
	switch c {
	case '{':
		return one(tLBrace)
	case '}':
		return one(tRBrace)
	case '(':
		return one(tLParen)
	case ')':
		return one(tRParen)
	case '[':
		return one(tLBrack)
	case ']':
		return one(tRBrack)
	case ';':
		return one(tSemi)
	case ',':
		return one(tComma)
	case '~':
		return one(tTilde)
	case '.':
		if c1 == '.' {
			return two(tDotDot)
		}
		return one(tDot)
	case ':':
		if c1 == ':' {
			return two(tColonColon)
		}
		return one(tColon)
	case '+':
		switch c1 {
		case '+':
			return two(tInc)
		case '=':
			return two(tPlusEq)
		}
		return one(tPlus)
	case '-':
		switch c1 {
		case '-':
			return two(tDec)
		case '=':
			return two(tMinusEq)
		case '>':
			return two(tArrow)
		}
		return one(tMinus)
	case '*':
		if c1 == '=' {
			return two(tStarEq)
		}
		return one(tStar)
	case '/':
		if c1 == '=' {
			return two(tSlashEq)
		}
		return one(tSlash)
	case '%':
		if c1 == '=' {
			return two(tPercentEq)
		}
		return one(tPercent)
	case '&':
		switch c1 {
		case '&':
			return two(tAndAnd)
		case '=':
			return two(tAmpEq)
		}
		return one(tAmp)
	case '|':
		switch c1 {
		case '|':
			return two(tOrOr)
		case '=':
			return two(tPipeEq)
		}
		return one(tPipe)
	case '^':
		if c1 == '=' {
			return two(tCaretEq)
		}
		return one(tCaret)
	case '!':
		if c1 == '=' {
			return two(tNe)
		}
		return one(tBang)
	case '=':
		switch c1 {
		case '=':
			return two(tEq)
		case '>':
			return two(tFatArrow)
		}
		return one(tAssign)
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				s.off += 3
				return tShlEq
			}
			return two(tShl)
		}
		if c1 == '=' {
			return two(tLe)
		}
		return one(tLt)
	case '>':
		if c1 == '=' {
			return two(tGe)
		}
		return one(tGt)
	case '?':
		if c1 == '?' {
			if c2 == '=' {
				s.off += 3
				return tQQEq
			}
			return two(tQQ)
		}
		return one(tQuestion)
	}
	return 0
}

// interpolated scans an interpolated string whose first content byte is at
// contentStart (just after the opening quote). dollars is the number of '$'
// (raw strings may have several); the whole literal becomes one tInterp
// token and its parts go to the side table.
func (s *scanner) interpolated(dollars int, verbatim bool, contentStart int) lexer.TokenType {
	start := s.off
	src := s.src
	info := &interpInfo{verbatim: verbatim}
	s.interps[start] = info
	i := contentStart
	quotes := 1
	if !verbatim && i+1 < len(src) && src[i] == '"' && src[i+1] == '"' {
		// $""" raw interpolated string: count the opening quotes.
		info.raw = true
		quotes = 3
		i += 2
		for i < len(src) && src[i] == '"' {
			quotes++
			i++
		}
	}
	textStart := i
	flushText := func(end int) {
		if end > textStart {
			info.parts = append(info.parts, interpPart{raw: src[textStart:end], pos: s.position(textStart), end: s.position(end)})
		}
	}
	for {
		if i >= len(src) {
			i = len(src) // an escape may have stepped past the end
			s.errorAt(start, "unterminated interpolated string: missing closing '\"'")
			flushText(i)
			s.off = i
			return tInterp
		}
		c := src[i]
		switch {
		case c == '\n' && !verbatim && !info.raw:
			s.errorAt(start, "newline in interpolated string: missing closing '\"'")
			flushText(i)
			s.off = i
			return tInterp
		case c == '\\' && !verbatim && !info.raw:
			i += 2
			continue
		case c == '"':
			if info.raw {
				n := 0
				for i+n < len(src) && src[i+n] == '"' {
					n++
				}
				if n >= quotes {
					flushText(i)
					s.off = i + n
					return tInterp
				}
				i += n
				continue
			}
			if verbatim && i+1 < len(src) && src[i+1] == '"' {
				i += 2
				continue
			}
			flushText(i)
			s.off = i + 1
			return tInterp
		case c == '{':
			n := 0
			for i+n < len(src) && src[i+n] == '{' {
				n++
			}
			if !info.raw {
				if n >= 2 {
					i += 2 // `{{` is a literal brace
					continue
				}
				flushText(i)
				s.hole(info, i, 1, false)
			} else {
				if n < dollars {
					i += n
					continue
				}
				// In a $$"""..."""-string, the last `dollars` braces of a run
				// open the hole; those before are content.
				flushText(i + n - dollars)
				s.hole(info, i+n-dollars, dollars, true)
			}
			i = s.off
			textStart = i
		case c == '}':
			if !info.raw {
				if i+1 < len(src) && src[i+1] == '}' {
					i += 2
					continue
				}
				s.errorAt(i, "'}' in interpolated string text must be doubled ('}}')")
			}
			i++
		default:
			i++
		}
	}
}

// hole scans one interpolation hole opened by `braces` '{' at open. It
// leaves s.off after the closing brace(s).
func (s *scanner) hole(info *interpInfo, open, braces int, raw bool) {
	part := interpPart{hole: true, pos: s.position(open)}
	s.off = open + braces
	depth := 0
	saveLineStart := s.atLineStart
	var toks []lexer.Token
	for {
		s.skipTrivia()
		s.atLineStart = false
		if s.off >= len(s.src) {
			s.errorAt(open, "unterminated interpolation hole: missing '}'")
			toks = append(toks, lexer.Token{Type: tEOF, Pos: s.position(s.off)})
			break
		}
		c := s.src[s.off]
		if depth == 0 && c == '}' {
			toks = append(toks, lexer.Token{Type: tEOF, Pos: s.position(s.off)})
			n := 0
			for n < braces && s.peekByte(n) == '}' {
				n++
			}
			if n < braces {
				s.errorAt(s.off, "interpolation hole opened with %d '{' must be closed with %d '}'", braces, braces)
			}
			s.off += n
			break
		}
		if depth == 0 && c == '"' && !raw && len(toks) > 0 && endsOperand(toks[len(toks)-1].Type) {
			// `{x"`: a string cannot follow an operand, so this quote
			// closes the interpolated string and the hole was never closed.
			s.errorAt(s.off, "missing '}' before the end of the interpolated string")
			toks = append(toks, lexer.Token{Type: tEOF, Pos: s.position(s.off)})
			break
		}
		if depth == 0 && c == ':' && s.peekByte(1) != ':' {
			toks = append(toks, lexer.Token{Type: tEOF, Pos: s.position(s.off)})
			end := strings.IndexByte(s.src[s.off:], '}')
			if end < 0 {
				s.errorAt(open, "unterminated interpolation hole: missing '}'")
				end = len(s.src) - s.off
			}
			part.hasFormat = true
			part.format = s.src[s.off+1 : s.off+end]
			if part.format == "" {
				s.errorAt(s.off, "empty format specifier in interpolation hole: remove the ':'")
			}
			if !raw && !info.verbatim && strings.ContainsAny(part.format, "\n\"") {
				s.errorAt(s.off, "invalid format specifier in interpolation hole")
			}
			s.off += end + braces
			if s.off > len(s.src) {
				s.off = len(s.src)
			}
			break
		}
		t := s.scan()
		switch t.Type {
		case tLParen, tLBrack, tLBrace:
			depth++
		case tRParen, tRBrack, tRBrace:
			depth--
		}
		toks = append(toks, t)
	}
	s.atLineStart = saveLineStart
	part.toks = toks
	part.end = s.position(s.off)
	info.parts = append(info.parts, part)
}

// endsOperand reports whether a token of kind t can end an operand (so a
// string literal cannot directly follow it).
func endsOperand(t lexer.TokenType) bool {
	switch t {
	case tIdent, tInt, tReal, tChar, tString, tInterp, tRParen, tRBrack, kThis, kBase, kNull, kTrue, kFalse:
		return true
	}
	return false
}

// Definition is the C# lexer as a participle lexer.Definition, for use
// with participle.Lexer. Comments are returned as "Comment" tokens (elide
// them with participle.Elide("Comment")); lexical errors end the stream with
// the first error.
var Definition lexer.Definition = definition{}

type definition struct{}

func (definition) Symbols() map[string]lexer.TokenType { return symbols() }

func (definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return definition{}.LexBytes(filename, b)
}

func (definition) LexBytes(filename string, b []byte) (lexer.Lexer, error) {
	s := newScanner(filename, b)
	s.run()
	if err := s.errs.Err(); err != nil {
		return nil, err
	}
	// Merge comments back into the token stream by offset.
	toks := make([]lexer.Token, 0, len(s.toks)+len(s.comments))
	ci := 0
	for _, t := range s.toks {
		for ci < len(s.comments) && s.comments[ci].Pos.Offset < t.Pos.Offset {
			c := s.comments[ci]
			toks = append(toks, lexer.Token{Type: tComment, Value: c.Text, Pos: c.Pos})
			ci++
		}
		toks = append(toks, t)
	}
	return &sliceLexer{toks: toks}, nil
}

type sliceLexer struct {
	toks []lexer.Token
	i    int
}

func (l *sliceLexer) Next() (lexer.Token, error) {
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}
