package parser

import (
	"fmt"
	"os"
	"testing"

	"github.com/cs2go/cs2go/parser/ast"
)

func TestScratch(t *testing.T) {
	f := os.Getenv("CS")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	cu, err := Parse(f, src)
	fmt.Println(ast.Dump(cu))
	fmt.Println("ERR:", err)
}

func TestScratchCompact(t *testing.T) {
	f := os.Getenv("CSC")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	cu, err := Parse(f, src)
	for _, st := range cu.Statements {
		switch s := st.(type) {
		case *ast.ExprStmt:
			fmt.Printf("%d: %s\n", s.Pos.Line, exprString(s.X))
		case *ast.LocalDeclStmt:
			for _, v := range s.Vars {
				fmt.Printf("%d: decl %s %s = %s\n", s.Pos.Line, s.Type, v.Name, exprString(v.Init))
			}
		default:
			fmt.Printf("%d: %T\n", st.Start().Line, st)
		}
	}
	fmt.Println("ERR:", err)
}
