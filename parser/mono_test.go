// This file implements a differential precedence test against a real C#
// compiler: random int and bool expressions are evaluated by Mono both as
// written and as this parser reads them (printed fully parenthesised); any
// difference is a precedence or associativity bug. It is skipped when mcs
// and mono are not installed, and with -short.

package parser

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// exprGen generates type-correct C# expressions over int variables a-d and
// bool variables p, q. Conditionals in int context are parenthesised and
// comparison operands avoid & | ^ so that any reading stays type-correct.
type exprGen struct{ r *rand.Rand }

func (g exprGen) pick(s ...string) string { return s[g.r.Intn(len(s))] }

func (g exprGen) intExpr(d int) string { return g.intExprOps(d, true) }

// intExprOps generates an int expression; without bitwise & | ^ (which
// bind looser than comparisons) when it is a comparison operand.
func (g exprGen) intExprOps(d int, bitwise bool) string {
	if d <= 0 || g.r.Float64() < 0.15 {
		switch x := g.r.Float64(); {
		case x < 0.5:
			return g.pick("a", "b", "c", "d")
		case x < 0.8:
			return strconv.Itoa(g.r.Intn(10))
		}
		return "(" + g.intExpr(d-1) + ")"
	}
	switch x := g.r.Float64(); {
	case x < 0.5:
		op := g.pick("+", "-", "*", "&", "|", "^")
		if !bitwise {
			op = g.pick("+", "-", "*")
		}
		return g.intExprOps(d-1, bitwise) + " " + op + " " + g.intExprOps(d-1, bitwise)
	case x < 0.58:
		return g.intExprOps(d-1, bitwise) + " " + g.pick("<<", ">>") + " " + g.intExprOps(d-1, bitwise)
	case x < 0.64:
		return g.intExprOps(d-1, bitwise) + " " + g.pick("/", "%") + " " + strconv.Itoa(1+g.r.Intn(9))
	case x < 0.74:
		return g.pick("-", "~", "+") + " " + g.intExprOps(d-1, bitwise)
	case x < 0.8:
		return "(int)" + g.intExprOps(d-1, bitwise)
	case x < 0.88:
		return "(" + g.pick("p", "q") + " ? " + g.intExpr(d-1) + " : " + g.intExpr(d-1) + ")"
	}
	return "(" + g.intExpr(d-1) + ")"
}

func (g exprGen) boolExpr(d int) string {
	if d <= 0 || g.r.Float64() < 0.15 {
		return g.pick("true", "false", "p", "q")
	}
	switch x := g.r.Float64(); {
	case x < 0.45:
		return g.boolExpr(d-1) + " " + g.pick("&&", "||", "&", "|", "^", "==", "!=") + " " + g.boolExpr(d-1)
	case x < 0.6:
		// Relational only: an int `==` next to a bool `==` would not type-check.
		return g.intExprOps(d-1, false) + " " + g.pick("<", ">", "<=", ">=") + " " + g.intExprOps(d-1, false)
	case x < 0.72:
		// `!` binds tighter than a comparison: `!a < b` would not type-check.
		return "!(" + g.boolExpr(d-1) + ")"
	case x < 0.85:
		return g.boolExpr(d-1) + " ? " + g.boolExpr(d-1) + " : " + g.boolExpr(d-1)
	}
	return "(" + g.boolExpr(d-1) + ")"
}

func TestPrecedenceAgainstMono(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	mcs, err1 := exec.LookPath("mcs")
	mono, err2 := exec.LookPath("mono")
	if err1 != nil || err2 != nil {
		t.Skip("mcs/mono not installed")
	}
	g := exprGen{rand.New(rand.NewSource(1))}
	printParens = false
	defer func() { printParens = true }()
	var prog bytes.Buffer
	prog.WriteString("using System; class P { static void Main() { int a = 13, b = -7, c = 5, d = 2; bool p = true, q = false; object r;\n")
	const n = 600
	var srcs []string
	for i := 0; i < n; i++ {
		src := g.intExpr(6)
		if i%2 == 1 {
			src = g.boolExpr(6)
		}
		x, err := ParseExpr("e.cs", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		srcs = append(srcs, src)
		// Evaluate the expression as written, then as parsed; exceptions
		// (overflow is unchecked, but % and / are by constants) print X.
		fmt.Fprintf(&prog, "try { r = %s; } catch (Exception) { r = \"X\"; } Console.Write(r + \" \");\n", src)
		fmt.Fprintf(&prog, "try { r = %s; } catch (Exception) { r = \"X\"; } Console.WriteLine(r);\n", exprString(x))
	}
	prog.WriteString("} }\n")
	dir := t.TempDir()
	cs := filepath.Join(dir, "P.cs")
	exe := filepath.Join(dir, "p.exe")
	if err := os.WriteFile(cs, prog.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(mcs, "-nowarn:219,162,429,1718,675,652,458,3021,1717", "-out:"+exe, cs).CombinedOutput(); err != nil {
		t.Fatalf("mcs: %v\n%s", err, out)
	}
	out, err := exec.Command(mono, exe).Output()
	if err != nil {
		t.Fatalf("mono: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != n {
		t.Fatalf("mono printed %d lines, want %d", len(lines), n)
	}
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) != 2 || f[0] != f[1] {
			t.Errorf("%s\n  C# value %q, value as parsed %q", srcs[i], f[0], f[len(f)-1])
		}
	}
}
