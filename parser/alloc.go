// This file implements the allocation of the most frequent node kinds in
// chunks (slabs) instead of one by one.

package parser

import "github.com/cs2go/cs2go/parser/ast"

// A slab hands out zeroed values of T from chunks. A chunk is one
// allocation where there would be many, and its nodes lie next to each
// other in source order, so walks over a large tree read memory that is
// close together (on 100 copies of a sample, most of a walk's time is
// waiting for memory). Chunks grow from a few values to maxSlabChunk, so
// a small file does not pay for large ones.
type slab[T any] struct {
	free []T
	next int // size of the next chunk
}

const maxSlabChunk = 256

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		s.next = min(max(2*s.next, 8), maxSlabChunk)
		s.free = make([]T, s.next)
	}
	x := &s.free[0]
	s.free = s.free[1:]
	return x
}

// nodeSlabs are the slabs of the node kinds a typical program has most of.
type nodeSlabs struct {
	names       slab[ast.SimpleName]
	args        slab[ast.Argument]
	members     slab[ast.MemberAccessExpr]
	literals    slab[ast.Literal]
	invocations slab[ast.InvocationExpr]
	types       slab[ast.TypeRef]
	typeParts   slab[ast.TypePart]
}
