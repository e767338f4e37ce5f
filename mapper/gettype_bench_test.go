// This file implements BenchmarkCommentsAndGetType: the comment map and the
// GetType search of the 14,005-line benchmark program, in one walk
// (commentsAndGetType) and in the two walks mapUnits made before.

package mapper

import (
	"os"
	"testing"

	"github.com/cs2go/cs2go/parser"
	"github.com/cs2go/cs2go/parser/ast"
	"github.com/cs2go/cs2go/samples"
)

func BenchmarkCommentsAndGetType(b *testing.B) {
	js, err := os.ReadFile("../samples/jsonrest/Program.cs")
	if err != nil {
		b.Fatal(err)
	}
	cu, err := parser.Parse("Program.cs", []byte(samples.Replicate(string(js), 100)))
	if err != nil {
		b.Fatal(err)
	}
	units := []*ast.CompilationUnit{cu}
	b.Run("twoWalks", func(b *testing.B) {
		for b.Loop() {
			cmap := ast.CommentMap{}
			for _, cu := range units {
				for n, g := range ast.NewCommentMap(cu) {
					cmap[n] = g
				}
			}
			callsGetType(units)
		}
	})
	b.Run("oneWalk", func(b *testing.B) {
		for b.Loop() {
			commentsAndGetType(units)
		}
	})
}
