// System.Console: standard output, error and input with .NET's overload
// semantics for Write/WriteLine, plus the colour, key and Ctrl+C members
// that programs touch, made safe when there is no terminal.

package system

import (
	"bufio"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
)

// ConsoleWriter is a console output stream, what Console.Out and
// Console.Error return. Its methods are those of package io's TextWriter
// (Write, WriteString, WriteLine, WriteLineValue, ... minus Encoding, which
// lives in package text), so io can adapt it to that interface. Every call
// writes through at once (as .NET's autoflushed console writers do) so
// that output interleaves correctly with other threads, servers and child
// processes.
type ConsoleWriter struct {
	mu      sync.Mutex
	buf     *bufio.Writer
	newLine string
	// target replaces the stream after Console.SetOut/SetError.
	target ConsoleTarget
}

// ConsoleTarget is what Console.SetOut and Console.SetError accept: any
// text writer (package io's StreamWriter and StringWriter qualify).
type ConsoleTarget interface {
	WriteString(s string)
	Flush()
}

func newConsoleWriter(w io.Writer) *ConsoleWriter {
	return &ConsoleWriter{buf: bufio.NewWriterSize(w, 4096), newLine: "\n"}
}

var (
	consoleOut = newConsoleWriter(os.Stdout)
	consoleErr = newConsoleWriter(os.Stderr)
)

// consoleText renders the arguments of Console.Write/WriteLine as .NET's
// overloads do: one argument prints its ToString (null prints nothing,
// char[] its characters); a string followed by arguments is a composite
// format.
func consoleText(args []any) string {
	switch len(args) {
	case 0:
		return ""
	case 1:
		return valueText(args[0])
	}
	format, ok := args[0].(string)
	if !ok {
		format = ObjectToString(args[0])
	}
	return StringFormat(format, args[1:]...)
}

// valueText is TextWriter.Write(object) and its value-type overloads.
func valueText(x any) string {
	if cs, ok := x.([]Char); ok {
		return NewStringChars(cs)
	}
	return ObjectToString(x)
}

func (w *ConsoleWriter) emit(s string, newline bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if newline {
		s += w.newLine
	}
	if w.target != nil {
		w.target.WriteString(s)
		return
	}
	w.buf.WriteString(s)
	// A closed or broken stdout is ignored, as .NET's console stream does.
	_ = w.buf.Flush()
}

// Write is TextWriter.Write(object) and the value-type overloads.
func (w *ConsoleWriter) Write(value any) { w.emit(valueText(value), false) }

// WriteString is TextWriter.Write(string).
func (w *ConsoleWriter) WriteString(s string) { w.emit(s, false) }

// WriteFormat is TextWriter.Write(format, args...).
func (w *ConsoleWriter) WriteFormat(format string, args ...any) {
	w.emit(StringFormat(format, args...), false)
}

// WriteLine is TextWriter.WriteLine(): a line break.
func (w *ConsoleWriter) WriteLine() { w.emit("", true) }

// WriteLineString is TextWriter.WriteLine(string).
func (w *ConsoleWriter) WriteLineString(s string) { w.emit(s, true) }

// WriteLineValue is TextWriter.WriteLine(object) and the value-type overloads.
func (w *ConsoleWriter) WriteLineValue(value any) { w.emit(valueText(value), true) }

// WriteLineFormat is TextWriter.WriteLine(format, args...).
func (w *ConsoleWriter) WriteLineFormat(format string, args ...any) {
	w.emit(StringFormat(format, args...), true)
}

// Flush is TextWriter.Flush; console output is never held back, so it only
// flushes a SetOut target.
func (w *ConsoleWriter) Flush() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.target != nil {
		w.target.Flush()
	}
}

// Close is TextWriter.Close; the console streams stay usable, as in .NET.
func (w *ConsoleWriter) Close() {}

// Dispose is TextWriter.Dispose; see Close.
func (w *ConsoleWriter) Dispose() {}

// NewLine is the TextWriter.NewLine getter: "\n" on Unix.
func (w *ConsoleWriter) NewLine() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.newLine
}

// SetNewLine is the TextWriter.NewLine setter; Console.WriteLine uses
// Console.Out's NewLine.
func (w *ConsoleWriter) SetNewLine(value string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.newLine = value
}

// WriteBytes writes raw bytes, for Go code (and io.Writer adapters) that
// shares the console.
func (w *ConsoleWriter) WriteBytes(p []byte) { w.emit(string(p), false) }

// ConsoleOut is Console.Out.
func ConsoleOut() *ConsoleWriter { return consoleOut }

// ConsoleError is Console.Error.
func ConsoleError() *ConsoleWriter { return consoleErr }

// ConsoleSetOut is Console.SetOut(writer): later Console output goes to
// writer (not flushed automatically, as in .NET).
func ConsoleSetOut(writer ConsoleTarget) {
	if writer == nil {
		panic(NewArgumentNullException("newOut"))
	}
	consoleOut.mu.Lock()
	consoleOut.target = writer
	consoleOut.mu.Unlock()
}

// ConsoleSetError is Console.SetError(writer).
func ConsoleSetError(writer ConsoleTarget) {
	if writer == nil {
		panic(NewArgumentNullException("newError"))
	}
	consoleErr.mu.Lock()
	consoleErr.target = writer
	consoleErr.mu.Unlock()
}

// ConsoleWriteLine is Console.WriteLine with all its overloads: no
// arguments writes a line break; one argument writes its .NET ToString
// (null writes an empty line, bool "True"/"False", numbers invariant,
// char[] its characters); a format string followed by arguments writes
// StringFormat(format, args...).
func ConsoleWriteLine(args ...any) { consoleOut.emit(consoleText(args), true) }

// ConsoleWrite is Console.Write, with ConsoleWriteLine's overloads and no
// line break.
func ConsoleWrite(args ...any) { consoleOut.emit(consoleText(args), false) }

// stdin is shared by ReadLine, Read and ReadKey so that buffered input is
// never lost between them.
var (
	stdinMu sync.Mutex
	stdin   = bufio.NewReader(os.Stdin)
)

// ConsoleReadLine is Console.ReadLine: the next line without its "\n" or
// "\r\n". At end of input .NET returns null, which the runtime represents
// as ""; use ConsoleTryReadLine to tell an empty line from the end.
func ConsoleReadLine() string {
	s, _ := consoleReadLine()
	return s
}

// ConsoleTryReadLine reads like ConsoleReadLine and reports false at end of
// input (where .NET's ReadLine returns null).
func ConsoleTryReadLine(line *string) bool {
	s, ok := consoleReadLine()
	*line = s
	return ok
}

func consoleReadLine() (string, bool) {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	s, err := stdin.ReadString('\n')
	if err != nil && s == "" {
		return "", false
	}
	s = strings.TrimSuffix(s, "\n")
	s = strings.TrimSuffix(s, "\r")
	return s, true
}

// ConsoleRead is Console.Read: the next character of input, or -1 at the end.
func ConsoleRead() int32 {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	r, _, err := stdin.ReadRune()
	if err != nil {
		return -1
	}
	return int32(r)
}

// ConsoleKey is System.ConsoleKey (the values programs compare against).
type ConsoleKey int32

// ConsoleKey values.
const (
	ConsoleKeyBackspace ConsoleKey = 8
	ConsoleKeyTab       ConsoleKey = 9
	ConsoleKeyEnter     ConsoleKey = 13
	ConsoleKeyEscape    ConsoleKey = 27
	ConsoleKeySpacebar  ConsoleKey = 32
	ConsoleKeyD0        ConsoleKey = 48
	ConsoleKeyA         ConsoleKey = 65
	ConsoleKeyQ         ConsoleKey = 81
	ConsoleKeyX         ConsoleKey = 88
	ConsoleKeyY         ConsoleKey = 89
	ConsoleKeyN         ConsoleKey = 78
)

// ConsoleKeyInfo is System.ConsoleKeyInfo.
type ConsoleKeyInfo struct {
	keyChar Char
	key     ConsoleKey
}

// KeyChar is ConsoleKeyInfo.KeyChar.
func (k ConsoleKeyInfo) KeyChar() Char { return k.keyChar }

// Key is ConsoleKeyInfo.Key.
func (k ConsoleKeyInfo) Key() ConsoleKey { return k.key }

const msgReadKeyRedirected = "Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read."

// ConsoleReadKey is Console.ReadKey([intercept]). When input is not a
// terminal it throws InvalidOperationException as .NET does ("Cannot read
// keys when ... console input has been redirected. Try Console.Read.").
// On a terminal the runtime does not switch it to raw mode (that needs
// more than the standard library), so the key arrives when Enter is
// pressed; the first character typed is returned and the rest of the line
// is discarded. Ctrl+D (end of input) returns a zero KeyInfo.
func ConsoleReadKey(intercept ...bool) ConsoleKeyInfo {
	if ConsoleIsInputRedirected() {
		panic(NewInvalidOperationException(msgReadKeyRedirected))
	}
	stdinMu.Lock()
	defer stdinMu.Unlock()
	line, err := stdin.ReadString('\n')
	if err != nil && line == "" {
		return ConsoleKeyInfo{}
	}
	r := []rune(line)[0]
	c := Char(r)
	switch {
	case r == '\n' || r == '\r':
		return ConsoleKeyInfo{keyChar: '\r', key: ConsoleKeyEnter}
	case r >= 'a' && r <= 'z':
		return ConsoleKeyInfo{keyChar: c, key: ConsoleKey(r - 32)}
	case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == ' ', r == '\t', r == 27, r == 8:
		return ConsoleKeyInfo{keyChar: c, key: ConsoleKey(r)}
	}
	return ConsoleKeyInfo{keyChar: c}
}

// ConsoleIsInputRedirected is Console.IsInputRedirected.
func ConsoleIsInputRedirected() bool { return !isTerminal(os.Stdin) }

// ConsoleIsOutputRedirected is Console.IsOutputRedirected.
func ConsoleIsOutputRedirected() bool { return !isTerminal(os.Stdout) }

// ConsoleIsErrorRedirected is Console.IsErrorRedirected.
func ConsoleIsErrorRedirected() bool { return !isTerminal(os.Stderr) }

// ConsoleKeyAvailable is Console.KeyAvailable; always false without raw
// terminal input (and .NET throws when input is redirected).
func ConsoleKeyAvailable() bool {
	if ConsoleIsInputRedirected() {
		panic(NewInvalidOperationException("Cannot see if a key has been pressed when either application does not have a console or when console input has been redirected from a file. Try Console.In.Peek."))
	}
	return false
}

// ConsoleColor is System.ConsoleColor.
type ConsoleColor int32

// ConsoleColor values.
const (
	ConsoleColorBlack       ConsoleColor = 0
	ConsoleColorDarkBlue    ConsoleColor = 1
	ConsoleColorDarkGreen   ConsoleColor = 2
	ConsoleColorDarkCyan    ConsoleColor = 3
	ConsoleColorDarkRed     ConsoleColor = 4
	ConsoleColorDarkMagenta ConsoleColor = 5
	ConsoleColorDarkYellow  ConsoleColor = 6
	ConsoleColorGray        ConsoleColor = 7
	ConsoleColorDarkGray    ConsoleColor = 8
	ConsoleColorBlue        ConsoleColor = 9
	ConsoleColorGreen       ConsoleColor = 10
	ConsoleColorCyan        ConsoleColor = 11
	ConsoleColorRed         ConsoleColor = 12
	ConsoleColorMagenta     ConsoleColor = 13
	ConsoleColorYellow      ConsoleColor = 14
	ConsoleColorWhite       ConsoleColor = 15
)

var consoleColorNames = [16]string{"Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
	"DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"}

// ToString is Enum.ToString(): the colour's name.
func (c ConsoleColor) ToString() string {
	if c >= 0 && int(c) < len(consoleColorNames) {
		return consoleColorNames[c]
	}
	return ObjectToString(int32(c))
}

// ansiColors are the SGR codes .NET on Unix emits for each ConsoleColor.
var ansiColors = [16]int{30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97}

var consoleColors = struct {
	sync.Mutex
	fg, bg ConsoleColor
}{fg: ConsoleColorGray, bg: ConsoleColorBlack}

// ConsoleForegroundColor is the Console.ForegroundColor getter.
func ConsoleForegroundColor() ConsoleColor {
	consoleColors.Lock()
	defer consoleColors.Unlock()
	return consoleColors.fg
}

// ConsoleSetForegroundColor is the Console.ForegroundColor setter. Like
// .NET on Unix it emits an ANSI colour sequence only when standard output
// is a terminal, so redirected output (tests, pipes) stays plain text.
func ConsoleSetForegroundColor(c ConsoleColor) {
	consoleColors.Lock()
	consoleColors.fg = c
	consoleColors.Unlock()
	if c >= 0 && int(c) < len(ansiColors) && !ConsoleIsOutputRedirected() {
		consoleOut.emit("\x1b["+ObjectToString(int32(ansiColors[c]))+"m", false)
	}
}

// ConsoleBackgroundColor is the Console.BackgroundColor getter.
func ConsoleBackgroundColor() ConsoleColor {
	consoleColors.Lock()
	defer consoleColors.Unlock()
	return consoleColors.bg
}

// ConsoleSetBackgroundColor is the Console.BackgroundColor setter (see
// ConsoleSetForegroundColor).
func ConsoleSetBackgroundColor(c ConsoleColor) {
	consoleColors.Lock()
	consoleColors.bg = c
	consoleColors.Unlock()
	if c >= 0 && int(c) < len(ansiColors) && !ConsoleIsOutputRedirected() {
		consoleOut.emit("\x1b["+ObjectToString(int32(ansiColors[c]+10))+"m", false)
	}
}

// ConsoleResetColor is Console.ResetColor.
func ConsoleResetColor() {
	consoleColors.Lock()
	consoleColors.fg, consoleColors.bg = ConsoleColorGray, ConsoleColorBlack
	consoleColors.Unlock()
	if !ConsoleIsOutputRedirected() {
		consoleOut.emit("\x1b[0m", false)
	}
}

// ConsoleClear is Console.Clear: clears a terminal; does nothing when
// output is redirected.
func ConsoleClear() {
	if !ConsoleIsOutputRedirected() {
		consoleOut.emit("\x1b[H\x1b[2J", false)
	}
}

var consoleTitle struct {
	sync.Mutex
	s string
}

// ConsoleTitle is the Console.Title getter.
func ConsoleTitle() string {
	consoleTitle.Lock()
	defer consoleTitle.Unlock()
	return consoleTitle.s
}

// ConsoleSetTitle is the Console.Title setter; it only records the title.
func ConsoleSetTitle(title string) {
	consoleTitle.Lock()
	consoleTitle.s = title
	consoleTitle.Unlock()
}

// ConsoleBeep is Console.Beep: writes BEL to a terminal.
func ConsoleBeep() {
	if !ConsoleIsOutputRedirected() {
		consoleOut.emit("\a", false)
	}
}

// ConsoleSpecialKey is System.ConsoleSpecialKey.
type ConsoleSpecialKey int32

// ConsoleSpecialKey values.
const (
	ConsoleSpecialKeyControlC     ConsoleSpecialKey = 0
	ConsoleSpecialKeyControlBreak ConsoleSpecialKey = 1
)

// ConsoleCancelEventArgs is System.ConsoleCancelEventArgs.
type ConsoleCancelEventArgs struct {
	cancel     bool
	specialKey ConsoleSpecialKey
}

// Cancel is ConsoleCancelEventArgs.Cancel.
func (e *ConsoleCancelEventArgs) Cancel() bool { return e.cancel }

// SetCancel is the ConsoleCancelEventArgs.Cancel setter: true keeps the
// process running.
func (e *ConsoleCancelEventArgs) SetCancel(v bool) { e.cancel = v }

// SpecialKey is ConsoleCancelEventArgs.SpecialKey.
func (e *ConsoleCancelEventArgs) SpecialKey() ConsoleSpecialKey { return e.specialKey }

// ConsoleCancelEventHandler is System.ConsoleCancelEventHandler.
type ConsoleCancelEventHandler = func(sender any, e *ConsoleCancelEventArgs)

var cancelKey struct {
	sync.Mutex
	handlers []*ConsoleCancelEventHandler
	started  bool
}

// ConsoleAddCancelKeyPress is `Console.CancelKeyPress += handler`. On
// SIGINT (Ctrl+C) the handlers run in order on a separate goroutine, as
// .NET runs them on a thread-pool thread; unless one sets e.Cancel, the
// process then dies of SIGINT as .NET's does. It returns a token for
// ConsoleRemoveCancelKeyPress (Go funcs cannot be compared).
func ConsoleAddCancelKeyPress(handler ConsoleCancelEventHandler) *ConsoleCancelEventHandler {
	h := &handler
	cancelKey.Lock()
	defer cancelKey.Unlock()
	cancelKey.handlers = append(cancelKey.handlers, h)
	if !cancelKey.started {
		cancelKey.started = true
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt)
		go func() {
			for range ch {
				handleCancelKey()
			}
		}()
	}
	return h
}

// ConsoleRemoveCancelKeyPress is `Console.CancelKeyPress -= handler`, given
// the token ConsoleAddCancelKeyPress returned.
func ConsoleRemoveCancelKeyPress(token *ConsoleCancelEventHandler) {
	cancelKey.Lock()
	defer cancelKey.Unlock()
	for i, h := range cancelKey.handlers {
		if h == token {
			cancelKey.handlers = append(cancelKey.handlers[:i:i], cancelKey.handlers[i+1:]...)
			return
		}
	}
}

func handleCancelKey() {
	cancelKey.Lock()
	hs := append([]*ConsoleCancelEventHandler(nil), cancelKey.handlers...)
	cancelKey.Unlock()
	e := &ConsoleCancelEventArgs{specialKey: ConsoleSpecialKeyControlC}
	for _, h := range hs {
		(*h)(nil, e)
	}
	if !e.cancel {
		signal.Reset(os.Interrupt)
		reraiseInterrupt()
	}
}

// ConsoleReader is Console.In. Its methods are those of package io's
// TextReader interface, which it therefore satisfies. It shares one buffer
// with ConsoleReadLine, ConsoleRead and ConsoleReadKey.
type ConsoleReader struct{}

var consoleIn = &ConsoleReader{}

// ConsoleIn is Console.In.
func ConsoleIn() *ConsoleReader { return consoleIn }

// Read is TextReader.Read(): the next character, or -1 at the end.
func (*ConsoleReader) Read() int32 { return ConsoleRead() }

// Peek is TextReader.Peek(): the next character without consuming it, or -1.
func (*ConsoleReader) Peek() int32 {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	r, _, err := stdin.ReadRune()
	if err != nil {
		return -1
	}
	_ = stdin.UnreadRune()
	return int32(r)
}

// ReadLine is TextReader.ReadLine(); "" at the end (see ConsoleReadLine).
func (*ConsoleReader) ReadLine() string { return ConsoleReadLine() }

// ReadLineOK is ReadLine that reports false at the end of input, where
// .NET returns null.
func (*ConsoleReader) ReadLineOK() (string, bool) { return consoleReadLine() }

// ReadToEnd is TextReader.ReadToEnd().
func (*ConsoleReader) ReadToEnd() string {
	stdinMu.Lock()
	defer stdinMu.Unlock()
	b, _ := io.ReadAll(stdin)
	return string(b)
}

// Close is TextReader.Close; standard input stays open, as in .NET.
func (*ConsoleReader) Close() {}

// Dispose is TextReader.Dispose; see Close.
func (*ConsoleReader) Dispose() {}
