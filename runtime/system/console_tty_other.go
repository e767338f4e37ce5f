//go:build !linux

// Terminal detection for Console elsewhere: a character device other than
// /dev/null is taken for a terminal.

package system

import "os"

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return true
}
