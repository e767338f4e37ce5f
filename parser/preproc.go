// This file implements C#'s preprocessor directives inside the lexer:
// #if/#elif/#else/#endif are evaluated with no symbols defined (only those a
// file #defines itself), a dropped branch is reported as a warning and kept
// as DisabledText; #region, #pragma, #nullable, #line and the `#!`/`#:`
// lines of file-based apps are tolerated.

package parser

import (
	"strings"

	"github.com/cs2go/cs2go/parser/ast"
)

// directive handles the directive line starting at s.off ('#').
func (s *scanner) directive() {
	start := s.off
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		end = len(s.src)
	} else {
		end += start
	}
	line := strings.TrimRight(s.src[start+1:end], "\r")
	// A directive may end in a single-line comment.
	if i := strings.Index(line, "//"); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	name, arg := line, ""
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		name, arg = line[:i], strings.TrimSpace(line[i+1:])
	}
	s.off = end
	pos := s.position(start)
	if strings.HasPrefix(line, "!") || strings.HasPrefix(line, ":") {
		// `#!` shebang and `#:package ...` lines of file-based apps
		// (dotnet run app.cs): kept for the translator.
		s.keepDirective(start, end)
		return
	}
	switch name {
	case "if":
		v := s.evalCond(start, arg)
		s.conds = append(s.conds, condFrame{taken: v, pos: pos})
		if !v {
			s.skipBranch(start, "#if "+arg, "its condition is false (cs2go defines no preprocessor symbols beyond the file's own #define)")
		}
	case "elif", "else":
		if len(s.conds) == 0 {
			s.errorAt(start, "#%s without matching #if", name)
			return
		}
		// The branch before this one was taken (we were lexing it), so
		// this one and the rest are dropped.
		s.skipBranch(start, "#"+strings.TrimSpace(name+" "+arg), "an earlier branch of its #if was compiled")
	case "endif":
		if len(s.conds) == 0 {
			s.errorAt(start, "#endif without matching #if")
			return
		}
		s.conds = s.conds[:len(s.conds)-1]
	case "define", "undef":
		if s.defines == nil {
			s.defines = map[string]bool{}
		}
		s.defines[arg] = name == "define"
	case "region", "endregion", "pragma", "nullable", "line":
		// Tolerated: they do not change the program's meaning for cs2go;
		// kept as Directive comments.
		s.keepDirective(start, end)
	case "warning":
		s.warnings = append(s.warnings, ast.Diagnostic{Pos: pos, Msg: "#warning: " + arg})
	case "error":
		s.errorAt(start, "#error: %s", arg)
	default:
		s.errorAt(start, "unknown preprocessor directive #%s", name)
	}
}

// skipBranch skips the lines of a branch that is not compiled, up to the
// #elif/#else/#endif of the innermost open #if, and evaluates that
// directive: a still-untaken #if resumes at a true #elif or at #else.
// s.off is at the end of the directive line that opened the branch.
func (s *scanner) skipBranch(dirOff int, what, why string) {
	frame := &s.conds[len(s.conds)-1]
	s.warnings = append(s.warnings, ast.Diagnostic{
		Pos: s.position(dirOff),
		Msg: "code after " + what + " dropped: " + why,
	})
	textStart := s.off
	depth := 0
	for s.off < len(s.src) {
		// s.off is at a newline or at the end of the previous directive line.
		if s.src[s.off] == '\n' {
			s.off++
		}
		lineStart := s.off
		end := strings.IndexByte(s.src[lineStart:], '\n')
		if end < 0 {
			end = len(s.src)
		} else {
			end += lineStart
		}
		trimmed := strings.TrimLeft(s.src[lineStart:end], " \t")
		s.off = end
		if !strings.HasPrefix(trimmed, "#") {
			continue
		}
		d := strings.TrimSpace(strings.TrimRight(trimmed[1:], "\r"))
		if i := strings.Index(d, "//"); i >= 0 {
			d = strings.TrimSpace(d[:i])
		}
		name, arg := d, ""
		if i := strings.IndexAny(d, " \t"); i >= 0 {
			name, arg = d[:i], strings.TrimSpace(d[i+1:])
		}
		switch name {
		case "if":
			depth++
			continue
		case "endif":
			if depth > 0 {
				depth--
				continue
			}
			s.keepDisabled(textStart, lineStart)
			s.conds = s.conds[:len(s.conds)-1]
			return
		case "elif", "else":
			if depth > 0 {
				continue
			}
			if !frame.taken && (name == "else" || s.evalCond(lineStart, arg)) {
				frame.taken = true
				s.keepDisabled(textStart, lineStart)
				return
			}
		}
	}
	s.keepDisabled(textStart, s.off)
	s.errorAt(dirOff, "%s without matching #endif", what)
	s.conds = s.conds[:len(s.conds)-1]
}

// keepDirective records a tolerated directive line as a Directive comment.
func (s *scanner) keepDirective(start, end int) {
	text := strings.TrimRight(s.src[start:end], "\r")
	s.addComment(start, start+len(text), ast.Directive, text)
}

// keepDisabled records the dropped source text so the translator can keep
// it as a comment.
func (s *scanner) keepDisabled(start, end int) {
	for start < end && (s.src[start] == '\n' || s.src[start] == '\r') {
		start++
	}
	text := strings.TrimRight(s.src[start:end], "\r\n")
	if text == "" {
		return
	}
	s.addComment(start, start+len(text), ast.DisabledText, text)
}

// evalCond evaluates a #if/#elif condition: symbols (true only if
// #defined), true/false, !, ==, !=, &&, ||, parentheses.
func (s *scanner) evalCond(off int, expr string) bool {
	e := condEval{src: expr, s: s}
	v := e.or()
	e.space()
	if e.err || e.i < len(e.src) || expr == "" {
		s.errorAt(off, "invalid preprocessor expression %q", expr)
		return false
	}
	return v
}

type condEval struct {
	src string
	i   int
	err bool
	s   *scanner
}

func (e *condEval) space() {
	for e.i < len(e.src) && (e.src[e.i] == ' ' || e.src[e.i] == '\t') {
		e.i++
	}
}

func (e *condEval) eat(tok string) bool {
	e.space()
	if strings.HasPrefix(e.src[e.i:], tok) {
		e.i += len(tok)
		return true
	}
	return false
}

func (e *condEval) or() bool {
	v := e.and()
	for e.eat("||") {
		w := e.and()
		v = v || w
	}
	return v
}

func (e *condEval) and() bool {
	v := e.eq()
	for e.eat("&&") {
		w := e.eq()
		v = v && w
	}
	return v
}

func (e *condEval) eq() bool {
	v := e.unary()
	for {
		switch {
		case e.eat("=="):
			v = v == e.unary()
		case e.eat("!="):
			v = v != e.unary()
		default:
			return v
		}
	}
}

func (e *condEval) unary() bool {
	if e.eat("!") {
		return !e.unary()
	}
	if e.eat("(") {
		v := e.or()
		if !e.eat(")") {
			e.err = true
		}
		return v
	}
	e.space()
	j := e.i
	for j < len(e.src) {
		c := e.src[j]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			j++
			continue
		}
		break
	}
	if j == e.i {
		e.err = true
		return false
	}
	name := e.src[e.i:j]
	e.i = j
	switch name {
	case "true":
		return true
	case "false":
		return false
	}
	return e.s != nil && e.s.defines[name]
}
