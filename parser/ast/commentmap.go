// This file implements CommentMap, which assigns every comment group of a
// compilation unit to a node by go/ast's CommentMap rules, so the
// translator can carry C# comments into the Go output.

package ast

import "sort"

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
	cmap := CommentMap{}
	if len(cu.Comments) == 0 {
		return cmap
	}
	nodes := nodeList(cu)
	comments := cu.Comments

	var (
		p     Node // previous node
		pend  Position
		pg    Node // previous important node
		pgend Position
		stack []Node // open important nodes
	)
	ci := 0
	for _, q := range append(nodes, nil) {
		var qpos Position
		if q != nil {
			qpos = q.Start()
		} else {
			qpos = Position{Offset: 1 << 62, Line: 1 << 30}
		}
		for ci < len(comments) && comments[ci].EndPos.Offset <= qpos.Offset {
			r := comments[ci]
			// Pop important nodes that end before the comment starts.
			for len(stack) > 0 && stack[len(stack)-1].End().Offset <= r.Pos.Offset {
				pg = stack[len(stack)-1]
				pgend = pg.End()
				stack = stack[:len(stack)-1]
			}
			last := ci == len(comments)-1 && q == nil
			var assoc Node
			switch {
			case pg != nil && (pgend.Line == r.Pos.Line || pgend.Line+1 == r.Pos.Line && r.EndPos.Line+1 < qpos.Line):
				assoc = pg
			case p != nil && (pend.Line == r.Pos.Line || pend.Line+1 == r.Pos.Line && r.EndPos.Line+1 < qpos.Line || last):
				assoc = p
			case q != nil:
				assoc = q
			default:
				assoc = cu
			}
			cmap[assoc] = append(cmap[assoc], r)
			ci++
		}
		if q == nil {
			break
		}
		p = q
		pend = p.End()
		if important(q) {
			for len(stack) > 0 && stack[len(stack)-1].End().Offset <= q.Start().Offset {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, q)
		}
	}
	return cmap
}

func important(n Node) bool {
	switch n.(type) {
	case Decl, Stmt, *EnumMember, *Param, *Accessor, *SwitchSection, *CatchClause, *UsingDirective, *SwitchExprArm:
		return true
	}
	return false
}

// nodeList returns the nodes of the tree in source order, comments
// excluded.
func nodeList(cu *CompilationUnit) []Node {
	var list []Node
	Inspect(cu, func(n Node) bool {
		switch n.(type) {
		case nil, *CommentGroup, *Comment:
			return false
		case *CompilationUnit:
			return true
		}
		list = append(list, n)
		return true
	})
	sort.SliceStable(list, func(i, j int) bool { return list[i].Start().Offset < list[j].Start().Offset })
	return list
}
