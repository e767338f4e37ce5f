// This file implements literal decoding: integer and real literals with
// separators and suffixes, character and string escapes (\u, \U, \x),
// verbatim and raw strings, and interpolated strings with their holes
// (parsed by a sub-parser over the hole's tokens).

package parser

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/cs2go/cs2go/parser/ast"
)

func (p *parser) parseLiteral() ast.Expr {
	t := p.tok
	start := t.Pos
	l := p.nodes.literals.alloc()
	l.Raw = t.Value
	switch t.Type {
	case kTrue, kFalse:
		l.Kind = ast.LitBool
		l.Value = t.Type == kTrue
	case kNull:
		l.Kind = ast.LitNull
	case tInt:
		l.Kind = ast.LitInt
		l.Value, l.Suffix = p.decodeInt(t)
	case tReal:
		l.Kind = ast.LitReal
		l.Value, l.Suffix = p.decodeReal(t)
	case tChar:
		l.Kind = ast.LitChar
		l.Value = p.decodeChar(t)
	case tString:
		l.Kind = ast.LitString
		raw := t.Value
		if strings.HasSuffix(raw, "u8") || strings.HasSuffix(raw, "U8") {
			l.Suffix = "u8"
			raw = raw[:len(raw)-2]
		}
		if len(raw) < 2 || raw[len(raw)-1] != '"' {
			// Unterminated: the lexer has reported it.
			l.Value = ""
			break
		}
		switch {
		case strings.HasPrefix(raw, `"""`):
			l.RawStr = true
			l.Value = p.decodeRaw(raw, t.Pos)
		case strings.HasPrefix(raw, "@"):
			l.Verbatim = true
			l.Value = decodeVerbatim(raw[2 : len(raw)-1])
		default:
			l.Value = p.decodeEscapes(raw[1:len(raw)-1], t.Pos, 1, false)
		}
	}
	p.next()
	l.Span = p.span(start)
	return l
}

// decodeInt decodes a decimal, hex (0x) or binary (0b) integer literal with
// `_` separators and an optional u/l/ul suffix.
func (p *parser) decodeInt(t *lexer.Token) (uint64, string) {
	s := t.Value
	body, suffix := splitSuffix(s, "uUlL")
	suffix = strings.ToLower(suffix)
	switch suffix {
	case "", "u", "l", "ul", "lu":
	default:
		p.errs.Add(t.Pos, "invalid suffix %q on integer literal %s", suffix, s)
		return 0, suffix
	}
	base := 10
	digits := body
	if len(body) > 1 && body[0] == '0' && (body[1]|0x20 == 'x' || body[1]|0x20 == 'b') {
		if body[1]|0x20 == 'x' {
			base = 16
		} else {
			base = 2
		}
		digits = body[2:]
		digits = strings.TrimPrefix(digits, "_")
	}
	if digits == "" || strings.HasPrefix(digits, "_") || strings.HasSuffix(digits, "_") {
		p.errs.Add(t.Pos, "invalid integer literal %s", s)
		return 0, suffix
	}
	v, err := strconv.ParseUint(strings.ReplaceAll(digits, "_", ""), base, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			p.errs.Add(t.Pos, "integral constant %s is too large", s)
		} else {
			p.errs.Add(t.Pos, "invalid integer literal %s", s)
		}
		return 0, suffix
	}
	return v, suffix
}

// splitSuffix splits trailing letters from set off a literal.
func splitSuffix(s, set string) (string, string) {
	i := len(s)
	for i > 0 && strings.IndexByte(set, s[i-1]) >= 0 {
		i--
	}
	return s[:i], s[i:]
}

func (p *parser) decodeReal(t *lexer.Token) (float64, string) {
	s := t.Value
	body, suffix := s, ""
	if c := s[len(s)-1] | 0x20; c == 'f' || c == 'd' || c == 'm' {
		body, suffix = s[:len(s)-1], string(c)
	}
	for _, c := range []byte(body) {
		if !(c >= '0' && c <= '9' || c == '.' || c == '_' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			p.errs.Add(t.Pos, "invalid real literal %s", s)
			return 0, suffix
		}
	}
	if strings.Contains(body, "_.") || strings.Contains(body, "._") || strings.HasSuffix(body, "_") {
		p.errs.Add(t.Pos, "invalid real literal %s: '_' must be between digits", s)
		return 0, suffix
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(body, "_", ""), 64)
	if err != nil || math.IsInf(v, 0) {
		p.errs.Add(t.Pos, "invalid real literal %s", s)
		return 0, suffix
	}
	return v, suffix
}

func (p *parser) decodeChar(t *lexer.Token) rune {
	s := t.Value
	if len(s) < 2 || s[len(s)-1] != '\'' {
		return 0 // unterminated: reported by the lexer
	}
	body := s[1 : len(s)-1]
	dec := p.decodeEscapes(body, t.Pos, 1, true)
	units := utf16.Encode([]rune(dec))
	if body == "" {
		return 0
	}
	if len(units) != 1 {
		p.errs.Add(t.Pos, "too many characters in character literal %s", s)
		return 0
	}
	return rune(units[0])
}

// decodeEscapes decodes a regular string or char body. pos is the literal's
// position and skip the number of opening bytes before body (for error
// columns). Lone surrogates become U+FFFD; surrogate pairs are combined.
func (p *parser) decodeEscapes(body string, pos lexer.Position, skip int, isChar bool) string {
	if strings.IndexByte(body, '\\') < 0 {
		return body
	}
	var units []uint16
	flush := func(s string) {
		for _, r := range s {
			units = append(units, utf16.Encode([]rune{r})...)
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			r, n := utf8.DecodeRuneInString(body[i:])
			flush(string(r))
			i += n
			continue
		}
		errPos := pos
		errPos.Offset += skip + i
		errPos.Column += skip + utf8.RuneCountInString(body[:i])
		if i+1 >= len(body) {
			p.errs.Add(errPos, "unterminated escape sequence")
			break
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\'', '"', '\\':
			units = append(units, uint16(e))
		case '0':
			units = append(units, 0)
		case 'a':
			units = append(units, 7)
		case 'b':
			units = append(units, 8)
		case 'f':
			units = append(units, 12)
		case 'n':
			units = append(units, 10)
		case 'r':
			units = append(units, 13)
		case 't':
			units = append(units, 9)
		case 'v':
			units = append(units, 11)
		case 'e':
			units = append(units, 27)
		case 'u', 'x', 'U':
			maxDigits := 4
			if e == 'U' {
				maxDigits = 8
			}
			j := i
			for j < len(body) && j-i < maxDigits && isHex(body[j]) {
				j++
			}
			if j == i || e != 'x' && j-i != maxDigits {
				p.errs.Add(errPos, "invalid escape sequence \\%c: expected %d hex digits", e, maxDigits)
				break
			}
			v, _ := strconv.ParseUint(body[i:j], 16, 32)
			i = j
			if e == 'U' {
				if v > 0x10FFFF {
					p.errs.Add(errPos, "invalid escape sequence \\U%s: beyond U+10FFFF", body[i-8:i])
					break
				}
				units = append(units, utf16.Encode([]rune{rune(v)})...)
			} else {
				units = append(units, uint16(v))
			}
		default:
			p.errs.Add(errPos, "unrecognized escape sequence \\%c", e)
		}
	}
	if isChar && len(units) == 1 {
		// Keep a lone surrogate char literal ('\uD800') representable.
		if utf16.IsSurrogate(rune(units[0])) {
			return string(rune(0xFFFD))
		}
	}
	return string(utf16.Decode(units))
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func decodeVerbatim(body string) string {
	return strings.ReplaceAll(body, `""`, `"`)
}

// decodeRaw decodes a raw string literal: a single-line one is its content;
// a multi-line one drops the first and last lines and removes the closing
// line's indentation from every line.
func (p *parser) decodeRaw(raw string, pos lexer.Position) string {
	q := 0
	for q < len(raw) && raw[q] == '"' {
		q++
	}
	if len(raw) < 2*q {
		return ""
	}
	content := raw[q : len(raw)-q]
	if !strings.Contains(content, "\n") {
		return content
	}
	return p.dedentRaw(content, pos)
}

func (p *parser) dedentRaw(content string, pos lexer.Position) string {
	lines := strings.Split(content, "\n")
	if strings.TrimSpace(lines[0]) != "" {
		p.errs.Add(pos, "a multi-line raw string literal must start with a line break after its opening quotes")
		return content
	}
	last := strings.TrimRight(lines[len(lines)-1], "\r")
	if strings.TrimSpace(last) != "" {
		p.errs.Add(pos, "the closing quotes of a multi-line raw string literal must be on their own line")
		return content
	}
	indent := last
	body := lines[1 : len(lines)-1]
	var b strings.Builder
	for i, l := range body {
		l = strings.TrimRight(l, "\r")
		if i > 0 {
			b.WriteByte('\n')
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !strings.HasPrefix(l, indent) {
			p.errs.Add(pos, "line %d of the raw string literal does not start with the closing line's indentation", i+2)
			return content
		}
		b.WriteString(l[len(indent):])
	}
	return b.String()
}

// parseInterpolated builds an InterpolatedStringExpr from the lexer's side
// table: text parts are decoded here, holes are parsed by a sub-parser over
// their own token lists.
func (p *parser) parseInterpolated() ast.Expr {
	t := p.tok
	info := p.sc.interps[t.Pos.Offset]
	if info == nil {
		info = p.rescanInterpolated(t)
	}
	s := &ast.InterpolatedStringExpr{Raw: t.Value}
	if info != nil {
		s.Verbatim = info.verbatim
		s.RawStr = info.raw
		for k, part := range info.parts {
			if !part.hole {
				text := part.raw
				switch {
				case info.raw:
					text = p.rawInterpText(info, k, text, t.Pos)
				case info.verbatim:
					text = decodeVerbatim(undoubleBraces(text))
				default:
					text = p.decodeEscapes(undoubleBraces(text), part.pos, 0, false)
				}
				s.Parts = append(s.Parts, &ast.InterpolatedText{Span: ast.Span{Pos: part.pos, EndPos: part.end}, Text: text, RawText: part.raw})
				continue
			}
			h := p.parseHole(part)
			if !info.verbatim && !info.raw && strings.IndexByte(h.Format, '\\') >= 0 {
				// A regular string's escapes apply to the format too:
				// `{t:hh\\:mm}` formats with `hh\:mm`.
				h.Format = p.decodeEscapes(h.Format, part.pos, 0, false)
			}
			s.Parts = append(s.Parts, h)
		}
	}
	p.next()
	s.Span = p.span(t.Pos)
	return s
}

// rawInterpText removes the raw-string indentation from a text part of a
// multi-line interpolated raw string.
func (p *parser) rawInterpText(info *interpInfo, k int, text string, pos lexer.Position) string {
	multi := false
	for _, part := range info.parts {
		if !part.hole && strings.Contains(part.raw, "\n") {
			multi = true
		}
	}
	if !multi {
		return text
	}
	var indent string
	if lastPart := info.parts[len(info.parts)-1]; !lastPart.hole {
		if i := strings.LastIndexByte(lastPart.raw, '\n'); i >= 0 {
			indent = strings.TrimRight(lastPart.raw[i+1:], "\r")
		}
	}
	if k == 0 {
		if i := strings.IndexByte(text, '\n'); i >= 0 && strings.TrimSpace(text[:i]) == "" {
			text = text[i+1:]
			text = strings.TrimPrefix(text, indent)
		}
	}
	if k == len(info.parts)-1 {
		if i := strings.LastIndexByte(text, '\n'); i >= 0 {
			text = text[:i]
			text = strings.TrimRight(text, "\r")
		} else if strings.TrimSpace(text) == "" {
			text = ""
		}
	}
	return strings.ReplaceAll(text, "\n"+indent, "\n")
}

func undoubleBraces(s string) string {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "}}") {
		return s
	}
	return strings.NewReplacer("{{", "{", "}}", "}").Replace(s)
}

// parseHole parses `{expr[,align][:format]}` from the hole's tokens.
func (p *parser) parseHole(part interpPart) *ast.Interpolation {
	h := &ast.Interpolation{Format: part.format}
	h.Span = ast.Span{Pos: part.pos, EndPos: part.end}
	sub := &parser{filename: p.filename, toks: part.toks, sc: p.sc, errs: p.errs, depth: p.depth, groupAfter: nil, nodes: p.nodes}
	sub.tok = &sub.toks[0]
	if sub.is(tEOF) {
		p.errorf(part.pos, "empty interpolation hole: expected expression inside '{}'")
	}
	h.X = sub.parseExpr()
	if sub.got(tComma) {
		h.Align = sub.parseExpr()
	}
	if !sub.is(tEOF) {
		sub.errorExpected("'}' to close the interpolation hole")
	}
	return h
}
