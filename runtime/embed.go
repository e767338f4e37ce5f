// Package runtime embeds the runtime library's sources so that the cs2go
// command can write them next to generated code (`cs2go -o DIR`, `cs2go
// run`), making the output build offline with only Go installed.
package runtime

import "embed"

// Sources holds the runtime packages under system/ and newtonsoft/. Test files and testdata
// are embedded too (go:embed cannot exclude them); WriteTo skips them.
//
//go:embed system newtonsoft
var Sources embed.FS
