// Tests for Console and Environment.Exit, run in a child process so that
// real standard input and output are used.

package system

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestConsoleWriteOverloads checks Write/WriteLine argument handling: the
// .NET overload each argument list stands for.
func TestConsoleWriteOverloads(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []any
		want string
	}{
		{"no args", nil, "\n"},
		{"null", []any{nil}, "\n"},
		{"string with braces", []any{"{0} literal"}, "{0} literal\n"},
		{"bool", []any{true}, "True\n"},
		{"char", []any{Char('x')}, "x\n"},
		{"char array", []any{[]Char{'h', 'i'}}, "hi\n"},
		{"int", []any{int32(-5)}, "-5\n"},
		{"double", []any{0.1}, "0.1\n"},
		{"double exp", []any{1e21}, "1E+21\n"},
		{"format", []any{"{0} + {1} = {2,3}", int32(1), int32(2), int32(3)}, "1 + 2 =   3\n"},
		{"format null arg", []any{"[{0}]", nil}, "[]\n"},
		{"exception", []any{NewInvalidOperationException("bad")}, "System.InvalidOperationException: bad\n"},
		{"int array", []any{[]int32{1}}, "System.Int32[]\n"},
		{"version", []any{NewVersion(1, 2)}, "1.2\n"},
	} {
		if got := consoleText(tc.args) + "\n"; got != tc.want {
			t.Errorf("%s: WriteLine wrote %q, want %q", tc.name, got, tc.want)
		}
	}
	var buf bytes.Buffer
	w := newConsoleWriter(&buf)
	w.WriteString("a")
	w.WriteFormat("{0}{1}", int32(1), "b")
	w.Write(Char('c'))
	w.WriteLineValue(2.5)
	w.SetNewLine("\r\n")
	w.WriteLineFormat("[{0}]", nil)
	w.WriteLine()
	if got, want := buf.String(), "a1bc2.5\n[]\r\n\r\n"; got != want {
		t.Errorf("ConsoleWriter wrote %q, want %q", got, want)
	}
}

// stringTarget is a SetOut target.
type stringTarget struct{ sb strings.Builder }

func (s *stringTarget) WriteString(v string) { s.sb.WriteString(v) }
func (s *stringTarget) Flush()               {}

// TestConsoleSetOut checks that Console.SetOut redirects Console.WriteLine.
func TestConsoleSetOut(t *testing.T) {
	var target stringTarget
	ConsoleSetOut(&target)
	defer func() {
		consoleOut.mu.Lock()
		consoleOut.target = nil
		consoleOut.mu.Unlock()
	}()
	ConsoleWriteLine("x={0}", int32(1))
	ConsoleWrite(true)
	if got := target.sb.String(); got != "x=1\nTrue" {
		t.Errorf("redirected output %q", got)
	}
}

// consoleHelper is the child-process side of TestConsoleProcess: it runs
// the scenario named by CS2GO_CONSOLE_HELPER and exits.
func consoleHelper(scenario string) {
	switch scenario {
	case "echo":
		ConsoleWrite("prompt> ")
		var line string
		for ConsoleTryReadLine(&line) {
			ConsoleWriteLine("[{0}]", line)
		}
		ConsoleWriteLine("eof={0}", ConsoleReadLine() == "")
		ConsoleError().WriteLineString("to stderr")
		EnvironmentExit(3)
	case "read":
		ConsoleWrite("{0} ", ConsoleIn().Peek())
		a := ConsoleRead()
		b := ConsoleRead()
		ConsoleWriteLine("{0} {1} {2}", a, b, ConsoleReadLine())
		ConsoleWriteLine(ConsoleRead())
		EnvironmentExit(0)
	case "readall":
		ConsoleWriteLine("[{0}]", ConsoleIn().ReadToEnd())
		EnvironmentExit(0)
	case "readkey":
		Try(func() { ConsoleReadKey() }, Catch(func(e *InvalidOperationException) { ConsoleWriteLine(e.Message()) }))
		ConsoleSetForegroundColor(ConsoleColorRed)
		ConsoleResetColor()
		ConsoleWriteLine(ConsoleIsInputRedirected(), ConsoleIsOutputRedirected())
		ConsoleWriteLine("{0} {1}", ConsoleIsInputRedirected(), ConsoleIsOutputRedirected())
		EnvironmentExit(0)
	case "cancel", "cancel-die":
		done := make(chan struct{})
		ConsoleAddCancelKeyPress(func(sender any, e *ConsoleCancelEventArgs) {
			ConsoleWriteLine("handler {0}", e.SpecialKey() == ConsoleSpecialKeyControlC)
			e.SetCancel(scenario == "cancel")
			close(done)
		})
		self, _ := os.FindProcess(os.Getpid())
		_ = self.Signal(os.Interrupt)
		<-done
		time.Sleep(500 * time.Millisecond) // the default action, if any, ends us here
		ConsoleWriteLine("alive")
		EnvironmentExit(0)
	case "exit":
		AddProcessExitHook(func() { ConsoleWriteLine("hook") })
		Try(func() {
			EnvironmentExit(42)
		}, Finally(func() { ConsoleWriteLine("finally must not run") }))
	}
	os.Exit(99)
}

func TestMain(m *testing.M) {
	if s := os.Getenv("CS2GO_CONSOLE_HELPER"); s != "" {
		consoleHelper(s)
	}
	os.Exit(m.Run())
}

// TestConsoleProcess runs the console scenarios in a child process with
// redirected input and output, as a translated program under test runs.
func TestConsoleProcess(t *testing.T) {
	for _, tc := range []struct {
		scenario, stdin, stdout, stderr string
		code                            int
	}{
		{"echo", "one\r\ntwo\n\nlast", "prompt> [one]\n[two]\n[]\n[last]\neof=True\n", "to stderr\n", 3},
		{"read", "ab rest\n", "97 97 98  rest\n-1\n", "", 0},
		{"readall", "x\ny\n", "[x\ny\n]\n", "", 0},
		{"readkey", "", "Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read.\nTrue\nTrue True\n", "", 0},
		{"exit", "", "hook\n", "", 42},
		// Cancel keeps the process running; otherwise it dies of SIGINT
		// (ExitCode -1: ended by a signal), as a .NET process does.
		{"cancel", "", "handler True\nalive\n", "", 0},
		{"cancel-die", "", "handler True\n", "", -1},
	} {
		t.Run(tc.scenario, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "CS2GO_CONSOLE_HELPER="+tc.scenario)
			cmd.Stdin = strings.NewReader(tc.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if stdout.String() != tc.stdout || stderr.String() != tc.stderr || code != tc.code {
				t.Errorf("got stdout %q stderr %q code %d\nwant stdout %q stderr %q code %d",
					stdout.String(), stderr.String(), code, tc.stdout, tc.stderr, tc.code)
			}
		})
	}
}

type plainClass struct{ x int }

// TestObjectToStringFallbacks checks values without a ToString override.
func TestObjectToStringFallbacks(t *testing.T) {
	var nilEx *InvalidOperationException
	for _, tc := range []struct {
		v    any
		want string
	}{
		{nilEx, ""},
		{&plainClass{}, "plainClass"},
		{plainClass{}, "plainClass"},
		{[]string{"a"}, "System.String[]"},
		{[][]byte{}, "System.Byte[][]"},
		{DayOfWeekFriday, "Friday"},
		{ConsoleKey(65), "65"},
		{ConsoleColorDarkYellow, "DarkYellow"},
		{float32(1) / 3, "0.33333334"},
		{uint64(18446744073709551615), "18446744073709551615"},
		{int8(-8), "-8"},
	} {
		if got := ObjectToString(tc.v); got != tc.want {
			t.Errorf("ObjectToString(%#v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}
