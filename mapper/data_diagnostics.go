// This file continues the mapping table (data.go) with System.Diagnostics:
// Stopwatch, Process and ProcessStartInfo (Process.Start(url) opens the
// browser, as OAuth loopback receivers expect), and Trace/Debug.WriteLine.

package mapper

var diagnosticsData = []Entry{
	{Type: "System.Diagnostics.Stopwatch", Kind: Class, Go: "Stopwatch"},
	{Type: "System.Diagnostics.Stopwatch", Kind: Ctor, Go: "NewStopwatch"},
	{Type: "System.Diagnostics.Stopwatch", Member: "StartNew", Kind: Method, Static: true, Result: "Stopwatch", Go: "StopwatchStartNew"},
	{Type: "System.Diagnostics.Stopwatch", Member: "GetTimestamp", Kind: Method, Static: true, Result: "long", Go: "StopwatchGetTimestamp"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Frequency", Kind: Property, Static: true, Result: "long", Go: "StopwatchFrequency", Note: "nanosecond ticks, as .NET on Linux"},
	{Type: "System.Diagnostics.Stopwatch", Member: "IsHighResolution", Kind: Property, Static: true, Result: "bool", Go: "StopwatchIsHighResolution"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Start", Kind: Method, Go: "Start"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Stop", Kind: Method, Go: "Stop"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Reset", Kind: Method, Go: "Reset"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Restart", Kind: Method, Go: "Restart"},
	{Type: "System.Diagnostics.Stopwatch", Member: "IsRunning", Kind: Property, Result: "bool", Go: "IsRunning"},
	{Type: "System.Diagnostics.Stopwatch", Member: "Elapsed", Kind: Property, Result: "TimeSpan", Go: "Elapsed"},
	{Type: "System.Diagnostics.Stopwatch", Member: "ElapsedMilliseconds", Kind: Property, Result: "long", Go: "ElapsedMilliseconds"},
	{Type: "System.Diagnostics.Stopwatch", Member: "ElapsedTicks", Kind: Property, Result: "long", Go: "ElapsedTicks"},

	{Type: "System.Diagnostics.ProcessStartInfo", Kind: Class, Go: "ProcessStartInfo", Note: "output redirection is not emulated"},
	{Type: "System.Diagnostics.ProcessStartInfo", Kind: Ctor, Go: "NewProcessStartInfo"},
	{Type: "System.Diagnostics.ProcessStartInfo", Kind: Ctor, Go: "NewProcessStartInfoFile", Params: []string{"string"}},
	{Type: "System.Diagnostics.ProcessStartInfo", Kind: Ctor, Go: "NewProcessStartInfoArgs", Params: []string{"string", "string"}},
	{Type: "System.Diagnostics.ProcessStartInfo", Member: "FileName", Kind: Property, Result: "string", Go: "FileName", GoSet: "SetFileName"},
	{Type: "System.Diagnostics.ProcessStartInfo", Member: "Arguments", Kind: Property, Result: "string", Go: "Arguments", GoSet: "SetArguments"},
	{Type: "System.Diagnostics.ProcessStartInfo", Member: "WorkingDirectory", Kind: Property, Result: "string", Go: "WorkingDirectory", GoSet: "SetWorkingDirectory"},
	{Type: "System.Diagnostics.ProcessStartInfo", Member: "UseShellExecute", Kind: Property, Result: "bool", Go: "UseShellExecute", GoSet: "SetUseShellExecute"},
	{Type: "System.Diagnostics.ProcessStartInfo", Member: "CreateNoWindow", Kind: Property, Result: "bool", Go: "CreateNoWindow", GoSet: "SetCreateNoWindow"},

	{Type: "System.Diagnostics.Process", Kind: Class, Go: "Process"},
	{Type: "System.Diagnostics.Process", Member: "Start", Kind: Method, Static: true, Params: []string{"string"}, Result: "Process", Go: "ProcessStart", Note: "a URL or document opens with xdg-open (.NET Framework's and Mono's behaviour)"},
	{Type: "System.Diagnostics.Process", Member: "Start", Kind: Method, Static: true, Params: []string{"string", "string"}, Result: "Process", Go: "ProcessStartArgs"},
	{Type: "System.Diagnostics.Process", Member: "Start", Kind: Method, Static: true, Params: []string{"ProcessStartInfo"}, Result: "Process", Go: "ProcessStartWith"},
	{Type: "System.Diagnostics.Process", Member: "WaitForExit", Kind: Method, Go: "WaitForExit"},
	{Type: "System.Diagnostics.Process", Member: "WaitForExit", Kind: Method, Params: []string{"int"}, Result: "bool", Go: "WaitForExitTimeout"},
	{Type: "System.Diagnostics.Process", Member: "HasExited", Kind: Property, Result: "bool", Go: "HasExited"},
	{Type: "System.Diagnostics.Process", Member: "ExitCode", Kind: Property, Result: "int", Go: "ExitCode"},
	{Type: "System.Diagnostics.Process", Member: "Id", Kind: Property, Result: "int", Go: "Id"},
	{Type: "System.Diagnostics.Process", Member: "Kill", Kind: Method, Go: "Kill"},
	{Type: "System.Diagnostics.Process", Member: "Dispose", Kind: Method, Go: "Dispose"},
	{Type: "System.Diagnostics.Process", Member: "Close", Kind: Method, Go: "Dispose"},

	// Process.Start's OS errors; the runtime keeps the class with the
	// listener's exceptions (HttpListenerException derives from it).
	{Type: "System.ComponentModel.Win32Exception", Kind: Class, Go: "Win32Exception"},
	{Type: "System.ComponentModel.Win32Exception", Kind: Ctor, Go: "NewWin32ExceptionMessage", Params: []string{"int", "string"}},
	{Type: "System.ComponentModel.Win32Exception", Member: "NativeErrorCode", Kind: Property, Result: "int", Go: "NativeErrorCode"},

	{Type: "System.Diagnostics.Trace", Kind: StaticClass},
	{Type: "System.Diagnostics.Trace", Member: "WriteLine", Kind: Method, Static: true, Params: []string{"object"}, Go: "TraceWriteLine", Note: "no output: without a configured listener .NET sends it to an attached debugger only"},
	{Type: "System.Diagnostics.Debug", Kind: StaticClass},
	{Type: "System.Diagnostics.Debug", Member: "WriteLine", Kind: Method, Static: true, Params: []string{"object"}, Go: "TraceWriteLine", Note: "no output, as Trace.WriteLine (and compiled out of Release builds)"},
}
