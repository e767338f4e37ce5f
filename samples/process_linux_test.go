// This file implements process-group handling for servers under test on
// Linux: each server leads its own group, dies with the test binary, and is
// stopped by killing its group.

package samples

import (
	"os"
	"syscall"
)

// serverProcAttr puts the server in its own process group, so stopping it
// also stops anything it started, and asks the kernel to kill it if the test
// binary dies first (a timed-out or interrupted test leaves no server behind).
func serverProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killGroup kills the process group that p leads, and nothing else.
func killGroup(p *os.Process) {
	syscall.Kill(-p.Pid, syscall.SIGKILL)
}
