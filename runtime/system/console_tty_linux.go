// Terminal detection for Console on Linux: isatty through the TCGETS ioctl,
// so /dev/null and files count as redirected as they do in .NET.

package system

import (
	"os"
	"syscall"
	"unsafe"
)

func isTerminal(f *os.File) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
