// Tests for Environment members that do not end the process (Exit is
// tested in console_test.go's child process).

package system

import (
	"os"
	"testing"
)

// TestEnvironment checks variables, the newline and process facts.
func TestEnvironment(t *testing.T) {
	const name = "CS2GO_SYSTEM_TEST_VAR"
	if got := EnvironmentGetEnvironmentVariable(name); got != "" {
		t.Errorf("unset variable = %q, want \"\" (null)", got)
	}
	EnvironmentSetEnvironmentVariable(name, "v1")
	if got := EnvironmentGetEnvironmentVariable(name); got != "v1" {
		t.Errorf("variable = %q, want v1", got)
	}
	if got := EnvironmentGetEnvironmentVariables()[name]; got != "v1" {
		t.Errorf("GetEnvironmentVariables()[%s] = %q", name, got)
	}
	EnvironmentSetEnvironmentVariable(name, "")
	if _, set := os.LookupEnv(name); set {
		t.Error("setting \"\" did not remove the variable")
	}
	if ex := catchAny(func() { EnvironmentGetEnvironmentVariable("") }); ex == nil || ex.Message() != "Value cannot be null. (Parameter 'variable')" {
		t.Errorf("GetEnvironmentVariable(null) threw %v", ex)
	}
	if EnvironmentNewLine() != "\n" {
		t.Error("NewLine is not \\n")
	}
	if args := EnvironmentGetCommandLineArgs(); len(args) == 0 || args[0] != os.Args[0] {
		t.Errorf("GetCommandLineArgs = %v", args)
	}
	if EnvironmentProcessorCount() < 1 || EnvironmentProcessId() != int32(os.Getpid()) {
		t.Error("ProcessorCount or ProcessId wrong")
	}
	if EnvironmentMachineName() == "" || EnvironmentCurrentDirectory() == "" {
		t.Error("MachineName or CurrentDirectory empty")
	}
	t1 := EnvironmentTickCount64()
	if t1 <= 0 || EnvironmentTickCount64() < t1 {
		t.Error("TickCount64 not positive and monotonic")
	}
	if v := EnvironmentVersion(); v.Major() != 8 {
		t.Errorf("Version = %s", v.ToString())
	}
	EnvironmentSetExitCode(5)
	if EnvironmentExitCode() != 5 {
		t.Error("ExitCode setter")
	}
	EnvironmentSetExitCode(0)
}
