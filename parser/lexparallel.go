// This file implements the parallel lexing of a large file: the source is
// cut at line starts into pieces, the pieces after the first are lexed on
// goroutines of their own from a fresh lexer state while the calling
// goroutine lexes the first, and the token lists are joined.
//
// A fresh lexer at a cut gives what the serial lexer gives from there only
// if the serial lexer arrives at the cut between two tokens in the state a
// fresh lexer starts in: no #if open, no symbol #defined, no error so far.
// A cut inside a comment, a string, a dropped #if branch or an
// interpolation is skipped over, not arrived at. So each piece is checked
// to end exactly at the next cut in that state; if one does not, the
// pieces after it are dropped and the lexer that reached the furthest
// correct point goes on serially. The tokens, comments, interpolation
// table, warnings and errors are then exactly the serial lexer's.

package parser

import (
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2/lexer"
)

// minLexPieceBytes is the smallest piece of source worth lexing on a
// goroutine of its own (lexing costs about 20 ns a byte). Tests lower it.
var minLexPieceBytes = 16 << 10

// runParallel lexes the whole file as run does, in up to n pieces at once.
func (s *scanner) runParallel(n int) {
	if cuts := s.lexCuts(n); len(cuts) > 0 {
		s.runCuts(cuts)
		return
	}
	s.run()
}

// runCuts lexes the whole file as run does, in pieces cut at the given
// line starts (increasing, none at 0), and returns how many of the pieces
// lexed on their own were used (the rest was lexed serially).
//
// The tokens go to one array sized as run sizes it: each lexer appends to
// its own region of it, the share of the array its bytes would have at
// run's estimate, capped so that a lexer that outgrows its region moves
// to an array of its own rather than write over the next. Joining the
// pieces then moves each one's tokens down to follow the previous, in
// place; a copy of all the tokens to a new array is needed only when a
// piece outgrew its region. (A separate array per piece cost one more
// allocation of half the tokens, enough to start a GC cycle during the
// parse.)
func (s *scanner) runCuts(cuts []int) (joined int) {
	all := make([]lexer.Token, len(s.src)/5+16)
	lo := make([]int, len(cuts)+1) // region k: all[lo[k]:lo[k+1]]; the first lexer's is k = 0
	for k, c := range cuts {
		lo[k+1] = min(c/5, len(all))
	}
	region := func(k int) []lexer.Token {
		hi := len(all)
		if k+1 < len(lo) {
			hi = lo[k+1]
		}
		return all[lo[k]:lo[k]:hi]
	}
	pieces := make([]*scanner, len(cuts))
	done := make([]bool, len(cuts)) // the piece's lexer returned normally
	var wg sync.WaitGroup
	defer wg.Wait() // also when the first lexer panics (Parse reports it)
	for k, c := range cuts {
		end := len(s.src)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		q := &scanner{filename: s.filename, src: s.src, off: c, pcOff: c, pcCol: 1, atLineStart: true, interps: map[int]*interpInfo{}}
		q.toks = region(k + 1)
		pieces[k] = q
		wg.Go(func() {
			// A panic here (a lexer bug) is not reported from this
			// goroutine: the serial lexer meets it again and Parse turns it
			// into a diagnostic.
			defer func() { _ = recover() }()
			q.pcLine = 1 + strings.Count(s.src[:c], "\n")
			q.lexTo(end)
			done[k] = true
		})
	}
	s.toks = region(0)
	s.lexTo(cuts[0])
	wg.Wait()
	// The pieces that follow on without a break.
	good := 0
	if s.cleanAt(cuts[0]) {
		for good < len(pieces) && done[good] && len(pieces[good].errs) == 0 {
			if good+1 < len(pieces) && !pieces[good].cleanAt(cuts[good+1]) {
				break
			}
			if good+1 == len(pieces) && len(pieces[good].conds) > 0 {
				break // "#if without matching #endif": left to run's ending
			}
			good++
		}
	}
	// Join the tokens: in place when every lexer stayed in its region.
	inRegion := func(toks []lexer.Token, k int) bool {
		return len(toks) == 0 || &toks[0] == &all[lo[k]]
	}
	inPlace := inRegion(s.toks, 0)
	written := lo[0] + len(s.toks) // end of the tokens written to all
	for k, q := range pieces {
		if inRegion(q.toks, k+1) {
			written = max(written, lo[k+1]+len(q.toks))
		} else if k < good {
			inPlace = false
		}
	}
	switch {
	case inPlace:
		s.toks = all[:len(s.toks)] // the pieces' regions are free to use from here
	case good > 0:
		n := len(s.toks)
		for _, q := range pieces[:good] {
			n += len(q.toks)
		}
		s.toks = append(make([]lexer.Token, 0, max(n, len(all))), s.toks...)
	}
	for _, q := range pieces[:good] {
		s.toks = append(s.toks, q.toks...) // in place: moves down within all
	}
	if inPlace {
		// No stale copies of tokens past the end (they would keep nothing
		// alive that the tree does not, but the array should read as run's).
		clear(all[len(s.toks):max(written, len(s.toks))])
	}
	// last is the lexer that goes on to the end: s itself, or the last good
	// piece when it did not reach its end cleanly.
	last := s
	for k, q := range pieces[:good] {
		s.comments = append(s.comments, q.comments...)
		s.warnings = append(s.warnings, q.warnings...)
		for off, in := range q.interps {
			s.interps[off] = in
		}
		if k == len(pieces)-1 {
			return good // the last piece ended at EOF
		}
		last = q
	}
	if last != s {
		// Continue from where the last good piece stopped: its state is
		// the serial lexer's there.
		s.off, s.pcOff, s.pcLine, s.pcCol = last.off, last.pcOff, last.pcLine, last.pcCol
		s.atLineStart = last.atLineStart
	}
	s.lexTo(len(s.src))
	for _, f := range s.conds {
		s.errs.Add(f.pos, "#if without matching #endif")
	}
	return good
}

// lexTo appends tokens until the next one would start at or after stop, or,
// when stop is the end of the source, through the EOF token.
func (s *scanner) lexTo(stop int) {
	for {
		// skipTrivia twice (here and in scan) is once: it stops at a token.
		s.skipTrivia()
		if s.off >= stop && stop < len(s.src) {
			return
		}
		t := s.scan()
		s.toks = append(s.toks, t)
		if t.Type == tEOF {
			return
		}
	}
}

// cleanAt reports whether the lexer stopped exactly at the cut in the
// state a fresh lexer starts in there.
func (s *scanner) cleanAt(cut int) bool {
	return s.off == cut && len(s.conds) == 0 && s.defines == nil && len(s.errs) == 0
}

// lexCuts returns up to n-1 increasing offsets near k/n of the source,
// each the start of a line whose first byte starts a token that is
// neither trivia nor a directive (a letter, '_', '}' or '['; at column 1
// these are mostly namespace and type boundaries), or nil.
func (s *scanner) lexCuts(n int) []int {
	var cuts []int
	prev := 0
	for k := 1; k < n; k++ {
		c := plainLineAfter(s.src, max(k*len(s.src)/n, prev))
		if c < 0 {
			break
		}
		if c-prev < minLexPieceBytes || len(s.src)-c < minLexPieceBytes {
			continue
		}
		cuts = append(cuts, c)
		prev = c
	}
	return cuts
}

// plainLineAfter returns the start of the first line after offset from
// that begins with a letter, '_', '}' or '[', or -1.
func plainLineAfter(src string, from int) int {
	for i := from; i < len(src); {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j + 1
		if i < len(src) {
			if c := src[i]; c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '}' || c == '[' {
				return i
			}
		}
	}
	return -1
}
