// This file implements Process and ProcessStartInfo: starting a program or,
// with UseShellExecute, opening a URL or document the way the desktop does
// (the OAuth loopback receiver's "open the browser at the sign-in page").

package diagnostics

import (
	"errors"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/net" // Win32Exception lives with the listener's exceptions
)

// ProcessStartInfo is System.Diagnostics.ProcessStartInfo. Output
// redirection is not emulated.
type ProcessStartInfo struct {
	fileName, arguments, workingDirectory string
	useShellExecute, createNoWindow       bool
}

// NewProcessStartInfo is `new ProcessStartInfo()`.
func NewProcessStartInfo() *ProcessStartInfo { return &ProcessStartInfo{} }

// NewProcessStartInfoFile is `new ProcessStartInfo(fileName)`.
func NewProcessStartInfoFile(fileName string) *ProcessStartInfo {
	return &ProcessStartInfo{fileName: fileName}
}

// NewProcessStartInfoArgs is `new ProcessStartInfo(fileName, arguments)`.
func NewProcessStartInfoArgs(fileName, arguments string) *ProcessStartInfo {
	return &ProcessStartInfo{fileName: fileName, arguments: arguments}
}

// FileName is ProcessStartInfo.FileName.
func (p *ProcessStartInfo) FileName() string { return p.fileName }

// SetFileName sets ProcessStartInfo.FileName.
func (p *ProcessStartInfo) SetFileName(v string) { p.fileName = v }

// Arguments is ProcessStartInfo.Arguments.
func (p *ProcessStartInfo) Arguments() string { return p.arguments }

// SetArguments sets ProcessStartInfo.Arguments.
func (p *ProcessStartInfo) SetArguments(v string) { p.arguments = v }

// WorkingDirectory is ProcessStartInfo.WorkingDirectory.
func (p *ProcessStartInfo) WorkingDirectory() string { return p.workingDirectory }

// SetWorkingDirectory sets ProcessStartInfo.WorkingDirectory.
func (p *ProcessStartInfo) SetWorkingDirectory(v string) { p.workingDirectory = v }

// UseShellExecute is ProcessStartInfo.UseShellExecute (false by default,
// as in .NET Core).
func (p *ProcessStartInfo) UseShellExecute() bool { return p.useShellExecute }

// SetUseShellExecute sets ProcessStartInfo.UseShellExecute.
func (p *ProcessStartInfo) SetUseShellExecute(v bool) { p.useShellExecute = v }

// CreateNoWindow is ProcessStartInfo.CreateNoWindow (no effect here).
func (p *ProcessStartInfo) CreateNoWindow() bool { return p.createNoWindow }

// SetCreateNoWindow sets ProcessStartInfo.CreateNoWindow.
func (p *ProcessStartInfo) SetCreateNoWindow(v bool) { p.createNoWindow = v }

// Process is System.Diagnostics.Process: a started child process.
type Process struct {
	cmd      *exec.Cmd
	done     chan struct{}
	mu       sync.Mutex
	exitCode int32
}

// ProcessStart is Process.Start(fileName). A URL ("https://...") or a
// document that is not an executable is opened with the desktop's handler
// (xdg-open), as .NET Framework and Mono do and as the OAuth loopback
// programs written for them expect; .NET Core would need UseShellExecute.
// Anything else runs directly.
func ProcessStart(fileName string) *Process {
	return ProcessStartWith(&ProcessStartInfo{fileName: fileName, useShellExecute: opensWithShell(fileName)})
}

// ProcessStartArgs is Process.Start(fileName, arguments).
func ProcessStartArgs(fileName, arguments string) *Process {
	return ProcessStartWith(&ProcessStartInfo{fileName: fileName, arguments: arguments})
}

// opensWithShell reports whether Process.Start(name) means "open": a URL,
// or an existing file that is not executable.
func opensWithShell(name string) bool {
	if i := strings.Index(name, "://"); i > 0 && !strings.ContainsAny(name[:i], "/\\ ") {
		return true
	}
	if _, err := exec.LookPath(name); err == nil {
		return false
	}
	info, err := os.Stat(name)
	return err == nil && !info.IsDir() && info.Mode()&0o111 == 0
}

// ProcessStartWith is Process.Start(startInfo).
func ProcessStartWith(startInfo *ProcessStartInfo) *Process {
	if startInfo == nil {
		panic(system.NewArgumentNullException("startInfo"))
	}
	if startInfo.fileName == "" {
		panic(system.NewInvalidOperationException("Cannot start process because a file name has not been provided."))
	}
	name, args := startInfo.fileName, splitArguments(startInfo.arguments)
	if startInfo.useShellExecute {
		name, args = shellOpener(startInfo.fileName, args)
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = startInfo.workingDirectory
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		dir := startInfo.workingDirectory
		if dir == "" {
			dir, _ = os.Getwd()
		}
		code, reason := int32(2), "No such file or directory"
		if errors.Is(err, os.ErrPermission) {
			code, reason = 13, "Permission denied"
		}
		panic(net.NewWin32ExceptionMessage(code, "An error occurred trying to start process '"+startInfo.fileName+"' with working directory '"+dir+"'. "+reason))
	}
	p := &Process{cmd: cmd, done: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		p.mu.Lock()
		p.exitCode = int32(cmd.ProcessState.ExitCode())
		p.mu.Unlock()
		close(p.done)
	}()
	return p
}

// shellOpener is the desktop's "open this" command for the OS.
func shellOpener(target string, args []string) (string, []string) {
	switch runtime.GOOS {
	case "darwin":
		return "open", append([]string{target}, args...)
	case "windows":
		return "rundll32", append([]string{"url.dll,FileProtocolHandler", target}, args...)
	}
	return "xdg-open", append([]string{target}, args...)
}

// splitArguments splits ProcessStartInfo.Arguments as .NET does on Unix:
// white space separates, double quotes group, a backslash escapes a quote.
func splitArguments(s string) []string {
	var args []string
	var cur strings.Builder
	inQuotes, have := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '"':
			cur.WriteByte('"')
			i++
			have = true
		case c == '"':
			inQuotes = !inQuotes
			have = true
		case (c == ' ' || c == '\t') && !inQuotes:
			if have {
				args = append(args, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteByte(c)
			have = true
		}
	}
	if have {
		args = append(args, cur.String())
	}
	return args
}

// WaitForExit is Process.WaitForExit().
func (p *Process) WaitForExit() { <-p.done }

// WaitForExitTimeout is Process.WaitForExit(milliseconds).
func (p *Process) WaitForExitTimeout(milliseconds int32) bool {
	if milliseconds < 0 {
		p.WaitForExit()
		return true
	}
	select {
	case <-p.done:
		return true
	case <-time.After(time.Duration(milliseconds) * time.Millisecond):
		return false
	}
}

// HasExited is Process.HasExited.
func (p *Process) HasExited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// ExitCode is Process.ExitCode; before exit it throws as .NET does.
func (p *Process) ExitCode() int32 {
	if !p.HasExited() {
		panic(system.NewInvalidOperationException("Process must exit before requested information can be determined."))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exitCode
}

// Id is Process.Id.
func (p *Process) Id() int32 { return int32(p.cmd.Process.Pid) }

// Kill is Process.Kill(); killing an exited process does nothing.
func (p *Process) Kill() {
	if !p.HasExited() {
		_ = p.cmd.Process.Kill()
	}
}

// Dispose is Process.Dispose() (and Close()): nothing to release.
func (p *Process) Dispose() {}

// TraceWriteLine is Trace.WriteLine(message) (and Debug.WriteLine). With
// no listener configured, .NET's DefaultTraceListener sends it to an
// attached debugger only, so a program's output does not show it; nor
// does the translation's.
func TraceWriteLine(message any) {}
