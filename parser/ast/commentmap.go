// This file implements CommentMap, which assigns every comment group of a
// compilation unit to a node by go/ast's CommentMap rules, so the
// translator can carry C# comments into the Go output.

package ast

import (
	"cmp"
	"slices"
)

// CommentMap maps a node to the comment groups associated with it.
type CommentMap map[Node][]*CommentGroup

// NewCommentMap associates each comment group in cu.Comments with a node,
// following go/ast.NewCommentMap. A group is associated with
//
//  1. the "important" node (declaration, statement, enum member, parameter,
//     accessor, switch section, catch clause, using directive, switch arm)
//     that ends on the line where the group starts, or that ends on the
//     line just above the group when a blank line follows the group;
//  2. otherwise the nearest preceding node (any node) by the same rule, or
//     the preceding node when the group is the last in the file;
//  3. otherwise the node that follows the group.
//
// So a trailing `// comment` belongs to the statement on its line, a block
// of comments above a statement to that statement, and a comment that
// stands alone between blank lines to the node before it.
func NewCommentMap(cu *CompilationUnit) CommentMap {
	return NewCommentMapVisiting(cu, nil)
}

// NewCommentMapVisiting is NewCommentMap that also calls f (unless nil)
// with every node of cu but cu itself and comments, some perhaps more than
// once: a caller that must search the whole tree anyway (the mapper looks
// for GetType calls) saves a walk of its own.
func NewCommentMapVisiting(cu *CompilationUnit, f func(Node)) CommentMap {
	if len(cu.Comments) == 0 {
		if f != nil {
			eachNode(cu, f)
		}
		return CommentMap{}
	}
	// Walk meets the nodes in source order but for a few constructs (a
	// deconstruction's type written before the variables it follows in
	// the tree, an extern alias after a using directive). So the groups
	// are placed during one walk, and only if a node starts before the one
	// met before it is the placement redone over the sorted node list: a
	// list and a sort of every node cost more than the placement itself.
	pl := newPlacer(cu)
	pl.f = f
	Walk(pl, cu)
	if pl.disordered {
		// The walk stopped early, so f sees every node here (again).
		pl = newPlacer(cu)
		for _, n := range sortedNodes(cu) {
			if f != nil {
				f(n)
			}
			pl.node(n, n.Start())
		}
	}
	pl.node(nil, Position{Offset: 1 << 62, Line: 1 << 30})
	return pl.cmap
}

// A placer assigns the comment groups to the nodes it is shown in source
// order, the end of the file shown as a nil node.
type placer struct {
	cu       *CompilationUnit
	comments []*CommentGroup
	cmap     CommentMap
	ci       int    // next group to place
	p        Node   // previous node
	pg       Node   // previous important node
	stack    []Node // open important nodes
	// While walking: the start offset of the last node met, and whether
	// a node started before it.
	last       int
	disordered bool
	// f is NewCommentMapVisiting's callback, or nil.
	f func(Node)
}

func newPlacer(cu *CompilationUnit) *placer {
	return &placer{cu: cu, comments: cu.Comments, cmap: CommentMap{}, last: -1}
}

// Visit shows the walked nodes to node, comments excluded, and stops the
// walk at the first node out of source order.
func (pl *placer) Visit(n Node) Visitor {
	switch n.(type) {
	case nil, *CommentGroup, *Comment:
		return nil
	case *CompilationUnit:
		return pl
	}
	if pl.f != nil {
		pl.f(n)
	}
	if pl.disordered {
		return nil
	}
	start := n.Start()
	if start.Offset < pl.last {
		pl.disordered = true
		return nil
	}
	pl.last = start.Offset
	pl.node(n, start)
	return pl
}

// node places the groups that end before q (which starts at qpos), then
// makes q the previous node. Ends are looked up only when a group is
// placed: most nodes have none nearby.
func (pl *placer) node(q Node, qpos Position) {
	for pl.ci < len(pl.comments) && pl.comments[pl.ci].EndPos.Offset <= qpos.Offset {
		r := pl.comments[pl.ci]
		// Pop important nodes that end before the comment starts.
		for len(pl.stack) > 0 && pl.stack[len(pl.stack)-1].End().Offset <= r.Pos.Offset {
			pl.pg = pl.stack[len(pl.stack)-1]
			pl.stack = pl.stack[:len(pl.stack)-1]
		}
		last := pl.ci == len(pl.comments)-1 && q == nil
		var assoc Node
		switch {
		case pl.pg != nil && lineAttached(pl.pg.End(), r, qpos):
			assoc = pl.pg
		case pl.p != nil && (lineAttached(pl.p.End(), r, qpos) || last):
			assoc = pl.p
		case q != nil:
			assoc = q
		default:
			assoc = pl.cu
		}
		pl.cmap[assoc] = append(pl.cmap[assoc], r)
		pl.ci++
	}
	if q == nil {
		return
	}
	pl.p = q
	if important(q) {
		for len(pl.stack) > 0 && pl.stack[len(pl.stack)-1].End().Offset <= qpos.Offset {
			pl.stack = pl.stack[:len(pl.stack)-1]
		}
		pl.stack = append(pl.stack, q)
	}
}

// lineAttached reports whether group r belongs to a node ending at end:
// r starts on that line, or on the next one with a blank line between r
// and the following node (which starts at next).
func lineAttached(end Position, r *CommentGroup, next Position) bool {
	return end.Line == r.Pos.Line || end.Line+1 == r.Pos.Line && r.EndPos.Line+1 < next.Line
}

func important(n Node) bool {
	switch n.(type) {
	case Decl, Stmt, *EnumMember, *Param, *Accessor, *SwitchSection, *CatchClause, *UsingDirective, *SwitchExprArm:
		return true
	}
	return false
}

// sortedNodes returns the nodes of the tree in source order (stable, so a
// node precedes the children that start where it starts), comments
// excluded.
func sortedNodes(cu *CompilationUnit) []Node {
	type entry struct {
		n      Node
		offset int
	}
	var list []entry
	eachNode(cu, func(n Node) { list = append(list, entry{n, n.Start().Offset}) })
	slices.SortStableFunc(list, func(a, b entry) int { return cmp.Compare(a.offset, b.offset) })
	nodes := make([]Node, len(list))
	for i, e := range list {
		nodes[i] = e.n
	}
	return nodes
}

// eachNode calls f with every node of cu but cu itself and comments, in
// walk order.
func eachNode(cu *CompilationUnit, f func(Node)) {
	Inspect(cu, func(n Node) bool {
		switch n.(type) {
		case nil, *CommentGroup, *Comment:
			return false
		case *CompilationUnit:
			return true
		}
		f(n)
		return true
	})
}
