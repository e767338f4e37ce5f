// This file keeps a scratch test on purpose (as go/printer does): point it
// at any C# file to see what the parser makes of it.
//
//	CS=file.cs go test ./parser -run Scratch -v         # ast.Dump
//	CS=file.cs COMPACT=1 go test ./parser -run Scratch -v  # one line per top-level statement
//	CS=file.cs PANIC=1 go test ./parser -run Scratch -v    # re-raise internal panics with their stack
//	CSDIR=dir go test ./parser -run ScratchAll -v          # diagnostics for every .cs file under dir

package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/parser/ast"
)

func TestScratch(t *testing.T) {
	f := os.Getenv("CS")
	if f == "" {
		t.Skip("set CS=file.cs")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	debugPanics = os.Getenv("PANIC") != ""
	defer func() { debugPanics = false }()
	cu, err := Parse(f, src)
	if os.Getenv("COMPACT") == "" {
		fmt.Println(ast.Dump(cu))
	} else {
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
	}
	fmt.Println("errors:", err)
}

// TestScratchAll parses every .cs file under $CSDIR and prints the
// diagnostics.
func TestScratchAll(t *testing.T) {
	dir := os.Getenv("CSDIR")
	if dir == "" {
		t.Skip("set CSDIR=dir")
	}
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".cs") {
			return nil
		}
		src, _ := os.ReadFile(path)
		if _, err := Parse(path, src); err != nil {
			fmt.Println(err)
		}
		return nil
	})
}
