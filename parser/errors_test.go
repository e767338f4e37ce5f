// This file tests ErrorList: formatting, sorting, one diagnostic per line,
// and the nil error for an empty list.

package parser

import (
	"errors"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("empty list: Err() != nil")
	}
	at := func(line, col int) lexer.Position {
		return lexer.Position{Filename: "a.cs", Line: line, Column: col}
	}
	l.Add(at(3, 1), "third")
	l.Add(at(1, 5), "first %d", 1)
	l.Add(at(1, 9), "same line")
	l.Add(at(2, 2), "second")
	l.RemoveMultiples()
	want := "a.cs:1:5: first 1\na.cs:2:2: second\na.cs:3:1: third"
	if got := l.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Items are participle.Errors.
	var pe participle.Error = l[0]
	if pe.Message() != "first 1" || pe.Position().Line != 1 {
		t.Errorf("participle.Error view: %q %v", pe.Message(), pe.Position())
	}
}

func TestParseErrorIsErrorList(t *testing.T) {
	_, err := Parse("x.cs", []byte("class { }"))
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("err = %#v, want an ErrorList of one", err)
	}
	if got := err.Error(); got != `x.cs:1:7: expected identifier after 'class', found '{'` {
		t.Errorf("got %q", got)
	}
}

func TestDefinitionTokens(t *testing.T) {
	lx, err := Definition.(interface {
		LexBytes(string, []byte) (lexer.Lexer, error)
	}).LexBytes("d.cs", []byte("a >>= b; // c\n"))
	if err != nil {
		t.Fatal(err)
	}
	sym := lexer.SymbolsByRune(Definition)
	var got []string
	for {
		tok, err := lx.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tok.EOF() {
			break
		}
		got = append(got, sym[tok.Type]+":"+tok.Value)
	}
	want := "Ident:a >:> >=:>= Ident:b ;:; Comment:// c"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("tokens %s, want %s", s, want)
	}
}
