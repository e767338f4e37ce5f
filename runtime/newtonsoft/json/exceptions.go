// The Newtonsoft.Json exception classes: JsonException and its subclasses
// JsonReaderException (malformed JSON) and JsonSerializationException (JSON
// that does not fit the target type, or an object graph that cannot be
// written).

package json

import (
	"strings"

	"github.com/cs2go/cs2go/runtime/system"
)

// Class descriptors, for GetType() and ToString().
var (
	// JsonExceptionType is Newtonsoft.Json.JsonException.
	JsonExceptionType = &system.Type{Name: "JsonException", Namespace: "Newtonsoft.Json", Base: system.ExceptionType}
	// JsonReaderExceptionType is Newtonsoft.Json.JsonReaderException.
	JsonReaderExceptionType = &system.Type{Name: "JsonReaderException", Namespace: "Newtonsoft.Json", Base: JsonExceptionType}
	// JsonSerializationExceptionType is Newtonsoft.Json.JsonSerializationException.
	JsonSerializationExceptionType = &system.Type{Name: "JsonSerializationException", Namespace: "Newtonsoft.Json", Base: JsonExceptionType}
)

// JsonException is Newtonsoft.Json.JsonException.
type JsonException struct{ system.ExceptionBase }

// NewJsonException is `new JsonException(message)`.
func NewJsonException(message string) *JsonException {
	e := &JsonException{}
	e.Init(e, JsonExceptionType, message, nil)
	return e
}

// textPosition is where in the JSON text an error was found, as
// JsonReaderException and JsonSerializationException report it: the
// 1-based line, the position on the line, and the JSON path of the value
// being read (0, 0 and "" when the error was not found while reading).
type textPosition struct {
	lineNumber, linePosition int32
	path                     string
}

// LineNumber is the exception's LineNumber.
func (p *textPosition) LineNumber() int32 { return p.lineNumber }

// LinePosition is the exception's LinePosition.
func (p *textPosition) LinePosition() int32 { return p.linePosition }

// Path is the exception's Path.
func (p *textPosition) Path() string { return p.path }

// JsonReaderException is Newtonsoft.Json.JsonReaderException: the text is
// not JSON. It tells where, as Json.NET does.
type JsonReaderException struct {
	JsonException
	textPosition
}

// NewJsonReaderException is `new JsonReaderException(message)`.
func NewJsonReaderException(message string) *JsonReaderException {
	e := &JsonReaderException{}
	e.Init(e, JsonReaderExceptionType, message, nil)
	return e
}

// JsonSerializationException is Newtonsoft.Json.JsonSerializationException.
type JsonSerializationException struct {
	JsonException
	textPosition
}

// NewJsonSerializationException is `new JsonSerializationException(message)`.
func NewJsonSerializationException(message string) *JsonSerializationException {
	e := &JsonSerializationException{}
	e.Init(e, JsonSerializationExceptionType, message, nil)
	return e
}

// withPosition ends a message as Json.NET's reader messages end: " Path
// 'a.b', line 1, position 5." (on its own line after a multi-line message).
func withPosition(message, path string, line, pos int) string {
	if !strings.HasSuffix(message, "\n") {
		message += " "
	}
	return message + "Path '" + path + "', line " + itoa(line) + ", position " + itoa(pos) + "."
}

func itoa(i int) string { return system.ObjectToString(int64(i)) }
