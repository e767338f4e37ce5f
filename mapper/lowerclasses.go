// This file implements the lower pass over the program's classes: in
// order on one goroutine for a small program, on every CPU for a large one.

package mapper

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cs2go/cs2go/parser/ast"
)

// parallelLowerBytes is the size of C# class source (in bytes) from which
// classes are lowered on every CPU. Lowering is the largest serial step of
// translating a large program (a third of its CPU time on 14,000 lines);
// below this size the goroutines are not worth starting. Tests lower it to
// check that both ways give the same file.
var parallelLowerBytes = 32 << 10

// lowerClassHook, when set (by tests), is called as each class's lowering
// starts, to check that a panic there ends the pass as it would in series.
var lowerClassHook func(*ClassInfo)

// lowerClasses lowers every class into m.file, in classList order.
//
// Each class is lowered by a worker: a copy of m with its own file and
// diagnostics, which shares the declare pass's results (classes, their
// members, the table), read-only from here on. What the lower pass would
// otherwise compute on first use and store in those shared records (a
// class's Go type, a constant's folded value) is computed before the
// workers start. The classes' declarations
// and diagnostics are then joined in class order, so the file is the same
// whichever way it was made (TestParallelLowerIsSerial), and a panic in a
// class ends the pass as it would in series: after the classes before it.
func (m *mapper) lowerClasses() {
	classes := m.classList
	workers := lowerParts(classes)
	if workers == 1 {
		for _, c := range classes {
			m.lowerClass(c)
		}
		return
	}
	m.settleShared()
	type lowered struct {
		decls   []Decl
		diags   Diagnostics
		lastPos ast.Position
		panic   any
		done    bool
	}
	results := make([]lowered, len(classes))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			w := *m
			for {
				i := int(next.Add(1)) - 1
				if i >= len(classes) || failed.Load() {
					return
				}
				w.file = &File{Source: m.file.Source}
				w.diags = nil
				r := &results[i]
				r.panic = w.lowerClassRecovered(classes[i])
				r.decls, r.diags, r.lastPos, r.done = w.file.Decls, w.diags, w.lastPos, true
				if r.panic != nil {
					failed.Store(true)
					return
				}
			}
		})
	}
	wg.Wait()
	for i := range results {
		r := &results[i]
		if !r.done {
			break // after a panic: the serial pass never got here
		}
		m.file.Decls = append(m.file.Decls, r.decls...)
		m.diags = append(m.diags, r.diags...)
		if r.panic != nil {
			m.lastPos = r.lastPos
			panic(r.panic) // Map reports it at m.lastPos
		}
	}
}

// lowerClassRecovered lowers c and returns what it panicked with, if
// anything (with debugStack set it panics on, for the stack).
func (m *mapper) lowerClassRecovered(c *ClassInfo) (r any) {
	defer func() {
		if r = recover(); r != nil && debugStack {
			panic(r)
		}
	}()
	m.lowerClass(c)
	return nil
}

// lowerParts returns how many workers lower classes: one per CPU for a
// program with at least parallelLowerBytes of classes, else 1.
func lowerParts(classes []*ClassInfo) int {
	procs := runtime.GOMAXPROCS(0)
	if procs == 1 || len(classes) < 2 {
		return 1
	}
	size := 0
	for _, c := range classes {
		size += c.Decl.End().Offset - c.Decl.Start().Offset
	}
	if size < parallelLowerBytes {
		return 1
	}
	return min(procs, len(classes))
}

// settleShared computes what lowering would otherwise store on first use
// in records the workers share: each class's Go type and each constant's
// folded value.
func (m *mapper) settleShared() {
	for _, c := range m.classList {
		(&Type{Kind: TUser, Class: c}).Go()
	}
	for _, c := range m.classList {
		for _, f := range c.Fields {
			if f.Const && f.init != nil {
				m.fieldConst(f)
			}
		}
	}
}
