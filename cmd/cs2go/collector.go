// This file implements the command's garbage-collector policy: off while a
// program of up to a few megabytes is translated, else GOGC=400.

package main

import (
	"os"
	"runtime/debug"
)

// defaultGCPercent is the command's GOGC. A cs2go command is one burst of
// allocation that ends with the process: collecting at 5x the live heap
// rather than 2x spends less time in the collector on large programs for
// about half again the peak memory (BENCHMARKS.md has the figures).
const defaultGCPercent = 400

// gcOffMaxSource is the most C# source, in bytes, translated with the
// collector off. Translating allocates about 100 bytes per byte of source
// (45 MB for the 480 KB, 14,005-line benchmark input), so the heap stays
// under about 200 MB; a collection there (one, on the benchmark input) is
// 8% of the command's CPU time and frees memory the process is about to
// give back anyway.
const gcOffMaxSource = 2 << 20

// setDefaultCollector sets the command's GOGC, unless the user set one.
func setDefaultCollector() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
}

// collectorOffWhile runs translate with the collector off when the source
// is at most gcOffMaxSource bytes and the user set no GOGC. The collector
// is back on afterwards: `cs2go run` lives on while the program runs.
func collectorOffWhile(sourceBytes int, translate func()) {
	if os.Getenv("GOGC") != "" || sourceBytes > gcOffMaxSource {
		translate()
		return
	}
	debug.SetGCPercent(-1)
	defer debug.SetGCPercent(defaultGCPercent)
	translate()
}
