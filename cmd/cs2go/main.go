// Command cs2go translates C# programs that use System.Net.HttpListener into
// Go programs that use the cs2go runtime.
//
// Usage:
//
//	cs2go [flags] PROGRAM        translate; Go on stdout ("-" reads stdin)
//	cs2go -o DIR [flags] PROGRAM write a buildable Go module to DIR
//	cs2go run PROGRAM [ARGS...]  translate, build (cached) and run
//	cs2go check [--json] PROGRAM report what cannot be translated
//
// PROGRAM is one or more .cs files, a folder of .cs files, or a .csproj.
//
//	cs2go samples                list the bundled sample programs
//	cs2go new DIR [--from SAMPLE]  start a project from a sample
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

import "os"

func main() {
	setDefaultCollector() // collector.go
	// run returns instead of exiting, so its deferred clean-ups run
	// (gofmt's main/gofmtMain split).
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
