//go:build unix

// Ending the process after an uncancelled Ctrl+C on Unix: die of SIGINT,
// as a .NET process does, so the parent sees the signal.

package system

import (
	"os"
	"syscall"
)

func reraiseInterrupt() { _ = syscall.Kill(os.Getpid(), syscall.SIGINT) }
