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

// JsonReaderException is Newtonsoft.Json.JsonReaderException: the text is
// not JSON. It tells where, as Json.NET does (1-based line, position on
// the line, and the JSON path of the value being read).
type JsonReaderException struct {
	JsonException
	lineNumber, linePosition int32
	path                     string
}

// NewJsonReaderException is `new JsonReaderException(message)`.
func NewJsonReaderException(message string) *JsonReaderException {
	e := &JsonReaderException{}
	e.Init(e, JsonReaderExceptionType, message, nil)
	return e
}

// LineNumber is JsonReaderException.LineNumber.
func (e *JsonReaderException) LineNumber() int32 { return e.lineNumber }

// LinePosition is JsonReaderException.LinePosition.
func (e *JsonReaderException) LinePosition() int32 { return e.linePosition }

// Path is JsonReaderException.Path.
func (e *JsonReaderException) Path() string { return e.path }

// JsonSerializationException is Newtonsoft.Json.JsonSerializationException.
type JsonSerializationException struct {
	JsonException
	lineNumber, linePosition int32
	path                     string
}

// NewJsonSerializationException is `new JsonSerializationException(message)`.
func NewJsonSerializationException(message string) *JsonSerializationException {
	e := &JsonSerializationException{}
	e.Init(e, JsonSerializationExceptionType, message, nil)
	return e
}

// LineNumber is JsonSerializationException.LineNumber (0 when the error
// was not found while reading).
func (e *JsonSerializationException) LineNumber() int32 { return e.lineNumber }

// LinePosition is JsonSerializationException.LinePosition.
func (e *JsonSerializationException) LinePosition() int32 { return e.linePosition }

// Path is JsonSerializationException.Path.
func (e *JsonSerializationException) Path() string { return e.path }

// withPosition ends a message as Json.NET's reader messages end: " Path
// 'a.b', line 1, position 5." (on its own line after a multi-line message).
func withPosition(message, path string, line, pos int) string {
	if !strings.HasSuffix(message, "\n") {
		message += " "
	}
	return message + "Path '" + path + "', line " + itoa(line) + ", position " + itoa(pos) + "."
}

func itoa(i int) string { return system.ObjectToString(int64(i)) }
