// Command cs2go translates C# programs that use System.Net.HttpListener into
// Go programs that use the cs2go runtime.
//
// Usage:
//
//	cs2go [flags] FILE.cs        translate; Go on stdout ("-" reads stdin)
//	cs2go -o DIR [flags] FILE.cs write a buildable Go module to DIR
//	cs2go run FILE.cs [ARGS...]  translate, build (cached) and run
//	cs2go check [--json] FILE.cs...  report what cannot be translated
//
// Flags:
//
//	--strict           unsupported constructs are errors; nothing is written
//	--line-directives  emit /*line File.cs:L:C*/ so Go errors point at C#
//	--force            with -o, write into a non-empty directory
//	--version, --help
//
// Exit status: 0 on success, 1 when the C# input has errors (or, with
// --strict or check, unsupported constructs), 2 on usage or I/O errors.
package main

import (
	"os"
)

func main() {
	// run returns instead of exiting, so its deferred clean-ups run
	// (gofmt's main/gofmtMain split).
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
