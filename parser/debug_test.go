package parser

import (
	"os"
	"testing"
)

func TestDebugPanic(t *testing.T) {
	f := os.Getenv("CSPANIC")
	if f == "" {
		t.Skip()
	}
	debugPanics = true
	src, _ := os.ReadFile(f)
	Parse("x.cs", src)
}
