// This file continues the mapping table (data.go) with the rest of
// System.Console the runtime implements: colours (ANSI sequences only on
// a terminal, as .NET on Unix), Clear, Title, Beep, Read and the
// redirection checks.

package mapper

var consoleData = []Entry{
	{Type: "System.ConsoleColor", Kind: Enum, Go: "ConsoleColor"},
	{Type: "System.ConsoleColor", Member: "Black", Kind: EnumMember, Go: "ConsoleColorBlack"},
	{Type: "System.ConsoleColor", Member: "DarkBlue", Kind: EnumMember, Go: "ConsoleColorDarkBlue"},
	{Type: "System.ConsoleColor", Member: "DarkGreen", Kind: EnumMember, Go: "ConsoleColorDarkGreen"},
	{Type: "System.ConsoleColor", Member: "DarkCyan", Kind: EnumMember, Go: "ConsoleColorDarkCyan"},
	{Type: "System.ConsoleColor", Member: "DarkRed", Kind: EnumMember, Go: "ConsoleColorDarkRed"},
	{Type: "System.ConsoleColor", Member: "DarkMagenta", Kind: EnumMember, Go: "ConsoleColorDarkMagenta"},
	{Type: "System.ConsoleColor", Member: "DarkYellow", Kind: EnumMember, Go: "ConsoleColorDarkYellow"},
	{Type: "System.ConsoleColor", Member: "Gray", Kind: EnumMember, Go: "ConsoleColorGray"},
	{Type: "System.ConsoleColor", Member: "DarkGray", Kind: EnumMember, Go: "ConsoleColorDarkGray"},
	{Type: "System.ConsoleColor", Member: "Blue", Kind: EnumMember, Go: "ConsoleColorBlue"},
	{Type: "System.ConsoleColor", Member: "Green", Kind: EnumMember, Go: "ConsoleColorGreen"},
	{Type: "System.ConsoleColor", Member: "Cyan", Kind: EnumMember, Go: "ConsoleColorCyan"},
	{Type: "System.ConsoleColor", Member: "Red", Kind: EnumMember, Go: "ConsoleColorRed"},
	{Type: "System.ConsoleColor", Member: "Magenta", Kind: EnumMember, Go: "ConsoleColorMagenta"},
	{Type: "System.ConsoleColor", Member: "Yellow", Kind: EnumMember, Go: "ConsoleColorYellow"},
	{Type: "System.ConsoleColor", Member: "White", Kind: EnumMember, Go: "ConsoleColorWhite"},
	{Type: "System.Console", Member: "ForegroundColor", Kind: Property, Static: true, Result: "ConsoleColor", Go: "ConsoleForegroundColor", GoSet: "ConsoleSetForegroundColor", Note: "an ANSI sequence only when output is a terminal"},
	{Type: "System.Console", Member: "BackgroundColor", Kind: Property, Static: true, Result: "ConsoleColor", Go: "ConsoleBackgroundColor", GoSet: "ConsoleSetBackgroundColor"},
	{Type: "System.Console", Member: "ResetColor", Kind: Method, Static: true, Go: "ConsoleResetColor"},
	{Type: "System.Console", Member: "Clear", Kind: Method, Static: true, Go: "ConsoleClear"},
	{Type: "System.Console", Member: "Beep", Kind: Method, Static: true, Go: "ConsoleBeep"},
	{Type: "System.Console", Member: "Title", Kind: Property, Static: true, Result: "string", Go: "ConsoleTitle", GoSet: "ConsoleSetTitle"},
	{Type: "System.Console", Member: "Read", Kind: Method, Static: true, Result: "int", Go: "ConsoleRead"},
	{Type: "System.Console", Member: "KeyAvailable", Kind: Property, Static: true, Result: "bool", Go: "ConsoleKeyAvailable"},
	{Type: "System.Console", Member: "IsInputRedirected", Kind: Property, Static: true, Result: "bool", Go: "ConsoleIsInputRedirected"},
	{Type: "System.Console", Member: "IsOutputRedirected", Kind: Property, Static: true, Result: "bool", Go: "ConsoleIsOutputRedirected"},
	{Type: "System.Console", Member: "IsErrorRedirected", Kind: Property, Static: true, Result: "bool", Go: "ConsoleIsErrorRedirected"},
}
