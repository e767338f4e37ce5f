// This file implements the parallel parse of a large file: the file is
// lexed once, runs of consecutive members of one container (the
// compilation unit or a namespace body) are parsed on goroutines of their
// own while the calling goroutine parses everything else (the skeleton),
// and the runs' declarations are put where the skeleton left a hole for
// them.
//
// The result is exactly the serial parse's or it is not used. Every part
// reads the whole token slice, comment groups and interpolation table, so
// a lookahead past the end of its run sees what the serial parse sees; it
// starts where the serial parse would be at a member boundary (depth 0, no
// error so far) and calls the same function the serial loop calls for each
// member. Where the cuts come from does not matter for correctness
// (planParts only guesses them from brackets): the skeleton checks that
// it reaches each run's start at the head of a member loop of the
// expected kind, and each part checks that its last member ends exactly
// at the run's end. Any error, in the skeleton or in a part, any missed
// cut or any panic drops the parallel result, and Parse parses the file
// serially, which then reports the errors (or the internal error) as it
// always has. Files with errors pay the parse twice; they are rare among
// large files and correctness comes first.

package parser

import (
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/cs2go/cs2go/parser/ast"
)

// parallelParseBytes is the source size from which Parse splits a file
// into parts, one per CPU (and lexes it in pieces). Lexing and parsing
// cost about 70 ns a byte, so a file this size takes about 2 ms, against
// tens of microseconds to plan the cuts and start the goroutines; the
// CLI's common case, a file of a hundred lines, stays on the serial path
// and pays nothing. Tests lower it to send every input through the
// parallel path.
var parallelParseBytes = 32 << 10

// minPartTokens is the smallest run worth a goroutine of its own (tests
// set it to 1).
var minPartTokens = 2000

// numParts is the number of parts to parse a large file in: one per CPU
// Go may use.
func numParts() int { return runtime.GOMAXPROCS(0) }

// partHook, when set (by tests), is called at the start of each part's
// goroutine, to check that a panic there is contained.
var partHook func(*part)

// A part is one run of whole members, parsed on its own goroutine.
type part struct {
	start, end int  // token range [start, end)
	inNS       bool // members of a namespace body (else of the compilation unit)

	// Results, valid when ok.
	ok       bool
	decls    []ast.Decl
	warnings []ast.Diagnostic

	into *[]ast.Decl // the skeleton's member list holding the part's hole
}

// splitPlan is what the skeleton parser knows of the parts.
type splitPlan struct {
	parts []*part // in token order
	next  int     // the next part the skeleton must reach
}

// partHole stands for a part's members in the skeleton's member list
// until the part's declarations replace it. Its Decl is nil: nothing
// looks inside a member list while parsing (only at its length).
type partHole struct {
	ast.Decl
	pt *part
}

// splitAbort is the panic value with which the skeleton gives up the
// parallel parse.
type splitAbort struct{}

// takePart is called by the skeleton at the head of each member loop
// (inNS: of a namespace body, else of the compilation unit). When the
// cursor is at the next part's start, it leaves a hole for the part in
// members, skips the part's tokens and reports true. Reaching a part's
// start anywhere else than where the serial parse would begin a member
// with the state the part assumed, or passing it, abandons the parallel
// parse.
func (p *parser) takePart(members *[]ast.Decl, inNS bool) bool {
	sp := p.split
	if sp.next == len(sp.parts) {
		return false
	}
	pt := sp.parts[sp.next]
	if p.i < pt.start {
		return false
	}
	if p.i > pt.start || pt.inNS != inNS || p.depth != 0 || len(*p.errs) > 0 {
		panic(splitAbort{})
	}
	sp.next++
	pt.into = members
	*members = append(*members, &partHole{pt: pt})
	p.i = pt.end
	p.tok = &p.toks[p.i]
	return true
}

// forkParser returns a parser over p's tokens, comment groups and
// interpolation table (read only, shared) with errors, warnings and node
// slabs of its own.
func (p *parser) forkParser() *parser {
	sc := &scanner{filename: p.sc.filename, interps: p.sc.interps}
	q := &parser{filename: p.filename, toks: p.toks, sc: sc, errs: &sc.errs, groups: p.groups, groupAfter: p.groupAfter, nodes: &nodeSlabs{}}
	q.tok = &q.toks[0]
	return q
}

// parseParallel parses the file in up to n parts into cu and reports
// whether it did; when it reports false, cu is untouched and the file must
// be parsed serially. p has lexed the file without error and built the
// comment groups.
func (p *parser) parseParallel(cu *ast.CompilationUnit, n int) (done bool) {
	var abort atomic.Bool
	var wg sync.WaitGroup
	defer func() {
		// A bug here must not be reported where the serial parse would
		// report none: fall back to it.
		if r := recover(); r != nil {
			abort.Store(true)
			wg.Wait()
			done = false
		}
	}()
	parts := p.planParts(n)
	if len(parts) == 0 {
		return false
	}
	for _, pt := range parts {
		wg.Go(func() { p.parsePart(pt, &abort) })
	}
	sk := p.forkParser()
	sk.split = &splitPlan{parts: parts}
	skCU := &ast.CompilationUnit{Filename: cu.Filename}
	ok := sk.parseSkeleton(skCU)
	if !ok {
		abort.Store(true)
	}
	wg.Wait()
	if !ok {
		return false
	}
	for _, pt := range parts {
		if !pt.ok {
			return false
		}
	}
	fillHoles(parts)
	// Warnings: the lexer's, then the parser's; Parse sorts them by
	// offset, and the parser's are at distinct offsets (one per local
	// function), so the order of the lists does not show.
	p.sc.warnings = append(p.sc.warnings, sk.sc.warnings...)
	for _, pt := range parts {
		p.sc.warnings = append(p.sc.warnings, pt.warnings...)
	}
	*cu = *skCU
	return true
}

// parseSkeleton parses the compilation unit, skipping the parts, and
// reports whether it did so without error and reached every part.
func (p *parser) parseSkeleton(cu *ast.CompilationUnit) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			// An error's bailout, splitAbort or a bug: the serial parse
			// will say which.
			ok = false
		}
	}()
	p.parseCompilationUnit(cu)
	return len(*p.errs) == 0 && p.split.next == len(p.split.parts)
}

// parsePart parses one part's members as the serial member loop would,
// and sets pt.ok when it got through them without error and ended exactly
// at the part's end. abort stops it at the next member when the parallel
// parse has been given up.
func (p *parser) parsePart(pt *part, abort *atomic.Bool) {
	w := p.forkParser()
	w.i = pt.start
	w.tok = &w.toks[w.i]
	defer func() {
		if r := recover(); r != nil {
			pt.ok = false
		}
	}()
	if partHook != nil {
		partHook(pt)
	}
	var cu ast.CompilationUnit // compilation-unit members go here
	var fileNS *ast.NamespaceDecl
	for w.i < pt.end {
		// The serial loop ends at '}' (namespace body) or EOF, and a part
		// never does: that would be a wrong cut.
		if abort.Load() || w.is(tRBrace) || w.is(tEOF) {
			return
		}
		if pt.inNS {
			w.parseNamespaceMember(&pt.decls)
		} else {
			w.parseTopLevel(&cu, &fileNS)
		}
		if len(*w.errs) > 0 {
			return
		}
	}
	if w.i != pt.end || w.depth != 0 {
		return
	}
	if !pt.inNS {
		// Only declarations: a global attribute, a statement or a
		// file-scoped namespace in the run would need the skeleton's
		// compilation unit.
		if cu.Attributes != nil || cu.Statements != nil || fileNS != nil {
			return
		}
		pt.decls = cu.Members
	}
	if len(pt.decls) == 0 {
		return
	}
	pt.warnings = w.sc.warnings
	pt.ok = true
}

// fillHoles replaces each part's hole in the skeleton's member lists by
// the part's declarations.
func fillHoles(parts []*part) {
	for k, pt := range parts {
		if k > 0 && parts[k-1].into == pt.into {
			continue // this list is done
		}
		old := *pt.into
		n := len(old)
		for _, q := range parts[k:] {
			if q.into == pt.into {
				n += len(q.decls) - 1
			}
		}
		list := make([]ast.Decl, 0, n)
		for _, d := range old {
			if h, ok := d.(*partHole); ok {
				list = append(list, h.pt.decls...)
				continue
			}
			list = append(list, d)
		}
		*pt.into = list
	}
}

// A member is a candidate start of a member in a container.
type member struct {
	start  int  // first token (attributes included)
	nsBody int  // block namespace: index of the first token of its body; else -1
	inNS   bool // after a file-scoped namespace declaration
}

// planParts proposes at most n-1 parts, runs of consecutive members of one
// container cut near equal shares of the tokens (the skeleton's share is
// the rest), or nil when the file has no useful cut. The container is the
// compilation unit, or the body of a namespace that holds most of the
// file. The cuts are only guesses from brackets and keywords: the
// skeleton and the parts check them.
func (p *parser) planParts(n int) []*part {
	bodyStart, inNS := 0, false
	for range 8 {
		ms, end := p.containerMembers(bodyStart, inNS)
		if len(ms) == 0 {
			return nil
		}
		// Descend into a namespace that holds more than half the
		// container (`namespace App { ...every class... }`).
		next := -1
		for k, m := range ms {
			size := end - m.start
			if k+1 < len(ms) {
				size = ms[k+1].start - m.start
			}
			if m.nsBody >= 0 && 2*size > end-bodyStart {
				next = m.nsBody
			}
		}
		if next >= 0 {
			bodyStart, inNS = next, true
			continue
		}
		return p.cutMembers(ms, end, n)
	}
	return nil
}

// cutMembers picks the part starts among ms (members of a container that
// ends at token end) nearest to k/n of the file for k = 1..n-1.
func (p *parser) cutMembers(ms []member, end, n int) []*part {
	var starts []int
	for k := 1; k < n; k++ {
		target := k * len(p.toks) / n
		i := sort.Search(len(ms), func(i int) bool { return ms[i].start >= target })
		if i == len(ms) || i > 0 && target-ms[i-1].start < ms[i].start-target {
			i--
		}
		if len(starts) == 0 || ms[i].start > ms[starts[len(starts)-1]].start {
			starts = append(starts, i)
		}
	}
	var parts []*part
	for k, i := range starts {
		pe := end
		if k+1 < len(starts) {
			pe = ms[starts[k+1]].start
		}
		if pe-ms[i].start < minPartTokens {
			continue // not worth a goroutine: the skeleton parses it
		}
		parts = append(parts, &part{start: ms[i].start, end: pe, inNS: ms[i].inNS})
	}
	return parts
}

// containerMembers walks the body of a container from token j (0: the
// compilation unit; inNS: a namespace body) to its end, the index of its closing '}' or of EOF, and
// returns the starts of the type and block-namespace declarations found at
// its top level: the first token after a ';' or a closing '}' at that
// level that starts one. Brackets of all kinds count as one nesting, as
// skipBalanced does; unbalanced input gives few or no members.
func (p *parser) containerMembers(j int, inNS bool) (ms []member, end int) {
	depth := 0
	itemStart := true // the token at j starts an item
	for ; ; j++ {
		t := &p.toks[j]
		if t.Type == tEOF {
			return ms, j
		}
		if depth == 0 && itemStart {
			itemStart = false
			switch {
			case t.Type == kNamespace:
				k := j + 1
				for p.at(k).Type == tIdent && p.at(k+1).Type == tDot {
					k += 2
				}
				if p.at(k).Type == tIdent {
					switch p.at(k + 1).Type {
					case tLBrace:
						ms = append(ms, member{start: j, nsBody: k + 2, inNS: inNS})
					case tSemi:
						inNS = true
					}
				}
			case t.Type != tRBrace && t.Type != tSemi && p.startsTypeDeclAt(j):
				ms = append(ms, member{start: j, nsBody: -1, inNS: inNS})
			}
		}
		switch t.Type {
		case tLBrace, tLParen, tLBrack:
			depth++
		case tRParen, tRBrack:
			depth--
			if depth < 0 {
				return nil, j
			}
		case tRBrace:
			if depth == 0 {
				return ms, j
			}
			depth--
			itemStart = depth == 0
		case tSemi:
			itemStart = depth == 0
		}
	}
}
