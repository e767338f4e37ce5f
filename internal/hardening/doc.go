// Package hardening holds the translator's robustness tests (issue 8):
// hostile inputs — truncated programs, deep nesting, huge literals, invalid
// UTF-8, odd line endings, NUL bytes, very long files — must each produce a
// positioned diagnostic or correct Go, in bounded time, never a crash.
// The fuzz targets for the parser and the whole translation live beside
// their packages; this package drives the full pipeline as the CLI does.
package hardening
