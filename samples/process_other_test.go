//go:build !linux

// This file implements process handling for servers under test where
// Linux's process groups and parent-death signal are not available: the
// server process alone is killed.

package samples

import (
	"os"
	"syscall"
)

// serverProcAttr returns no special attributes.
func serverProcAttr() *syscall.SysProcAttr { return nil }

// killGroup kills the server process.
func killGroup(p *os.Process) { p.Kill() }
