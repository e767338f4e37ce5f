// This file implements Go naming of C# identifiers: exported names for
// public members, and renaming of names Go reserves (keywords, predeclared
// identifiers) or that would shadow the packages generated code imports.

package mapper

import (
	"unicode"
	"unicode/utf8"
)

// goReserved reports the names a C# identifier must not keep in Go:
// keywords, predeclared identifiers, and the names of packages generated
// code imports (a local named `net` would hide package net). A switch, not
// a map: it costs nothing at start-up.
func goReserved(name string) bool {
	switch name {
	case "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
		"go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
		"switch", "type", "var",
		"any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int",
		"int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64",
		"uintptr", "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy",
		"delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
		"system", "text", "io", "generic", "specialized", "net", "principal", "threading", "tasks", "web",
		"newtonsoftjson", "linq", "regularexpressions", "diagnostics", "cryptography", "os", "math",
		"main", "init":
		return true
	}
	return false
}

// GoIdent returns a Go identifier for the C# name: reserved names get a
// trailing underscore (`type` -> `type_`, `len` -> `len_`).
func GoIdent(name string) string {
	if goReserved(name) {
		return name + "_"
	}
	return name
}

// exported capitalizes the first letter (public members).
func exported(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	if r == '_' && len(name) > 1 {
		return exported(name[1:])
	}
	return string(unicode.ToUpper(r)) + name[n:]
}

// unexported lowers the first letter (private package-level functions, so
// that a static method does not collide with a type of the same name).
func unexported(name string) string {
	r, n := utf8.DecodeRuneInString(name)
	return string(unicode.ToLower(r)) + name[n:]
}
