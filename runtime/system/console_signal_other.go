//go:build !unix

// Ending the process after an uncancelled Ctrl+C where signals cannot be
// re-raised: exit with STATUS_CONTROL_C_EXIT, Windows' code for it.

package system

import "os"

func reraiseInterrupt() { os.Exit(-1073741510) }
