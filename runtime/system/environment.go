// System.Environment: process, machine and environment-variable
// information, and ending the process.

package system

import (
	"os"
	"os/user"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// EnvironmentNewLine is Environment.NewLine: "\n" on Unix.
func EnvironmentNewLine() string { return "\n" }

// EnvironmentGetEnvironmentVariable is Environment.GetEnvironmentVariable.
// .NET returns null for an unset variable; the runtime returns "" (its
// representation of a null string), so unset and empty look alike.
func EnvironmentGetEnvironmentVariable(variable string) string {
	if variable == "" {
		panic(NewArgumentNullException("variable"))
	}
	return os.Getenv(variable)
}

// EnvironmentSetEnvironmentVariable is Environment.SetEnvironmentVariable;
// an empty value removes the variable, as .NET does for null or "".
func EnvironmentSetEnvironmentVariable(variable, value string) {
	if variable == "" {
		panic(NewArgumentNullException("variable"))
	}
	if strings.ContainsAny(variable, "=\x00") {
		panic(NewArgumentExceptionParam("Environment variable name cannot contain equal character.", "variable"))
	}
	if value == "" {
		_ = os.Unsetenv(variable)
		return
	}
	_ = os.Setenv(variable, value)
}

// EnvironmentGetEnvironmentVariables is Environment.GetEnvironmentVariables
// as a name -> value map.
func EnvironmentGetEnvironmentVariables() map[string]string {
	m := map[string]string{}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		m[k] = v
	}
	return m
}

// exitHooks run before the process ends through EnvironmentExit, as .NET
// raises AppDomain.ProcessExit.
var exitHooks struct {
	sync.Mutex
	hooks []func()
}

// exitCode is Environment.ExitCode.
var exitCode atomic.Int32

// AddProcessExitHook registers f to run when the program ends through
// EnvironmentExit (AppDomain.CurrentDomain.ProcessExit += f).
func AddProcessExitHook(f func()) {
	exitHooks.Lock()
	exitHooks.hooks = append(exitHooks.hooks, f)
	exitHooks.Unlock()
}

// EnvironmentExit is Environment.Exit(exitCode): it runs the ProcessExit
// hooks and ends the process at once; pending finally blocks do not run,
// as in .NET. Console output is never buffered, so nothing is lost.
func EnvironmentExit(exitCode int32) {
	exitHooks.Lock()
	hooks := exitHooks.hooks
	exitHooks.hooks = nil
	exitHooks.Unlock()
	for _, h := range hooks {
		h()
	}
	os.Exit(int(exitCode))
}

// EnvironmentFailFast is Environment.FailFast(message): it prints .NET's
// "Process terminated." report to stderr and aborts (exit status 134, as a
// .NET process killed by abort() reports in a shell).
func EnvironmentFailFast(message string) {
	os.Stderr.WriteString("Process terminated. " + message + "\n")
	os.Exit(134)
}

// EnvironmentExitCode is the Environment.ExitCode getter.
func EnvironmentExitCode() int32 { return exitCode.Load() }

// EnvironmentSetExitCode is the Environment.ExitCode setter: the status the
// process ends with when Main returns normally; translated Main calls
// EnvironmentExit(EnvironmentExitCode()) when it finishes.
func EnvironmentSetExitCode(code int32) { exitCode.Store(code) }

// EnvironmentGetCommandLineArgs is Environment.GetCommandLineArgs(): the
// program path followed by its arguments (.NET gives the .dll path first).
func EnvironmentGetCommandLineArgs() []string { return append([]string(nil), os.Args...) }

// EnvironmentCommandLine is Environment.CommandLine.
func EnvironmentCommandLine() string { return strings.Join(os.Args, " ") }

// EnvironmentMachineName is Environment.MachineName: the host name up to
// the first '.', as .NET reports it on Unix.
func EnvironmentMachineName() string {
	h, err := os.Hostname()
	if err != nil {
		return "localhost"
	}
	h, _, _ = strings.Cut(h, ".")
	return h
}

// EnvironmentUserName is Environment.UserName.
func EnvironmentUserName() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return os.Getenv("USER")
}

// EnvironmentProcessorCount is Environment.ProcessorCount.
func EnvironmentProcessorCount() int32 { return int32(goruntime.NumCPU()) }

// EnvironmentProcessId is Environment.ProcessId.
func EnvironmentProcessId() int32 { return int32(os.Getpid()) }

// EnvironmentIs64BitProcess is Environment.Is64BitProcess.
func EnvironmentIs64BitProcess() bool {
	return goruntime.GOARCH == "amd64" || goruntime.GOARCH == "arm64"
}

// EnvironmentIs64BitOperatingSystem is Environment.Is64BitOperatingSystem.
func EnvironmentIs64BitOperatingSystem() bool { return EnvironmentIs64BitProcess() }

// processStart anchors TickCount: .NET counts milliseconds since boot; the
// runtime counts from an arbitrary earlier point, which only the
// differences programs compute can observe.
var processStart = time.Now().Add(-time.Hour)

// EnvironmentTickCount is Environment.TickCount: milliseconds, wrapping
// around at int.MaxValue like .NET's.
func EnvironmentTickCount() int32 { return int32(EnvironmentTickCount64()) }

// EnvironmentTickCount64 is Environment.TickCount64.
func EnvironmentTickCount64() int64 { return time.Since(processStart).Milliseconds() }

// EnvironmentCurrentDirectory is the Environment.CurrentDirectory getter.
func EnvironmentCurrentDirectory() string {
	d, err := os.Getwd()
	if err != nil {
		return ""
	}
	return d
}

// EnvironmentSetCurrentDirectory is the Environment.CurrentDirectory setter.
func EnvironmentSetCurrentDirectory(path string) {
	if path == "" {
		panic(NewArgumentExceptionParam("The path is empty.", "path"))
	}
	if err := os.Chdir(path); err != nil {
		// .NET throws System.IO.DirectoryNotFoundException, which lives in
		// package io (which imports this one); its base class stands in.
		panic(NewSystemException("Could not find a part of the path '" + path + "'."))
	}
}

// EnvironmentUserInteractive is Environment.UserInteractive.
func EnvironmentUserInteractive() bool { return true }

// EnvironmentVersion is Environment.Version: the .NET version the runtime
// emulates (8.0).
func EnvironmentVersion() *Version { return NewVersion3(8, 0, 0) }
