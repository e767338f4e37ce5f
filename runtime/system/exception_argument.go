// The exception classes whose Message .NET decorates: the ArgumentException
// family, ObjectDisposedException and AggregateException.

package system

import (
	"strconv"
	"strings"
)

// Class descriptors for the decorated exception classes.
var (
	// ArgumentExceptionType is System.ArgumentException.
	ArgumentExceptionType = &Type{Name: "ArgumentException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Value does not fall within the expected range."}
	// ArgumentNullExceptionType is System.ArgumentNullException.
	ArgumentNullExceptionType = &Type{Name: "ArgumentNullException", Namespace: "System", Base: ArgumentExceptionType, DefaultMessage: "Value cannot be null."}
	// ArgumentOutOfRangeExceptionType is System.ArgumentOutOfRangeException.
	ArgumentOutOfRangeExceptionType = &Type{Name: "ArgumentOutOfRangeException", Namespace: "System", Base: ArgumentExceptionType, DefaultMessage: "Specified argument was out of the range of valid values."}
	// ObjectDisposedExceptionType is System.ObjectDisposedException.
	ObjectDisposedExceptionType = &Type{Name: "ObjectDisposedException", Namespace: "System", Base: InvalidOperationExceptionType, DefaultMessage: "Cannot access a disposed object."}
	// AggregateExceptionType is System.AggregateException.
	AggregateExceptionType = &Type{Name: "AggregateException", Namespace: "System", Base: ExceptionType, DefaultMessage: "One or more errors occurred."}
)

// ArgumentException is System.ArgumentException. Its Message appends
// " (Parameter 'name')" when a parameter name is set, as .NET Core does.
type ArgumentException struct {
	SystemException
	paramName string
}

// NewArgumentException is `new ArgumentException(message)`.
func NewArgumentException(message string) *ArgumentException {
	return NewArgumentExceptionParam(message, "")
}

// NewArgumentExceptionParam is `new ArgumentException(message, paramName)`.
func NewArgumentExceptionParam(message, paramName string) *ArgumentException {
	e := &ArgumentException{paramName: paramName}
	e.SetHResult(-2147024809)
	e.Init(e, ArgumentExceptionType, message, nil)
	return e
}

// ParamName is the name of the offending parameter, or "".
func (e *ArgumentException) ParamName() string { return e.paramName }

// MessageCore implements Message: the base message plus " (Parameter 'name')".
func (e *ArgumentException) MessageCore() string {
	msg := e.ExceptionBase.MessageCore()
	if e.paramName != "" {
		msg += " (Parameter '" + e.paramName + "')"
	}
	return msg
}

// ArgumentNullException is System.ArgumentNullException.
type ArgumentNullException struct{ ArgumentException }

// NewArgumentNullException is `new ArgumentNullException(paramName)`.
func NewArgumentNullException(paramName string) *ArgumentNullException {
	return NewArgumentNullExceptionMessage(paramName, "")
}

// NewArgumentNullExceptionMessage is `new ArgumentNullException(paramName, message)`.
func NewArgumentNullExceptionMessage(paramName, message string) *ArgumentNullException {
	e := &ArgumentNullException{}
	e.paramName = paramName
	e.SetHResult(-2147467261)
	e.Init(e, ArgumentNullExceptionType, message, nil)
	return e
}

// ArgumentOutOfRangeException is System.ArgumentOutOfRangeException.
type ArgumentOutOfRangeException struct {
	ArgumentException
	actualValue any
}

// NewArgumentOutOfRangeException is `new ArgumentOutOfRangeException(paramName)`.
func NewArgumentOutOfRangeException(paramName string) *ArgumentOutOfRangeException {
	return NewArgumentOutOfRangeExceptionMessage(paramName, "")
}

// NewArgumentOutOfRangeExceptionMessage is `new ArgumentOutOfRangeException(paramName, message)`.
func NewArgumentOutOfRangeExceptionMessage(paramName, message string) *ArgumentOutOfRangeException {
	e := &ArgumentOutOfRangeException{}
	e.paramName = paramName
	e.SetHResult(-2146233086)
	e.Init(e, ArgumentOutOfRangeExceptionType, message, nil)
	return e
}

// NewArgumentOutOfRangeExceptionValue is `new ArgumentOutOfRangeException(paramName, actualValue, message)`.
func NewArgumentOutOfRangeExceptionValue(paramName string, actualValue any, message string) *ArgumentOutOfRangeException {
	e := NewArgumentOutOfRangeExceptionMessage(paramName, message)
	e.actualValue = actualValue
	return e
}

// ActualValue is the offending value, or nil.
func (e *ArgumentOutOfRangeException) ActualValue() any { return e.actualValue }

// MessageCore implements Message: it adds "Actual value was X." on its own
// line when a value was given.
func (e *ArgumentOutOfRangeException) MessageCore() string {
	msg := e.ArgumentException.MessageCore()
	if e.actualValue != nil {
		msg += "\nActual value was " + ObjectToString(e.actualValue) + "."
	}
	return msg
}

// ObjectDisposedException is System.ObjectDisposedException. Its Message
// appends "\nObject name: 'X'." when an object name is set.
type ObjectDisposedException struct {
	InvalidOperationException
	objectName string
}

// NewObjectDisposedException is `new ObjectDisposedException(objectName)`.
func NewObjectDisposedException(objectName string) *ObjectDisposedException {
	return NewObjectDisposedExceptionMessage(objectName, "")
}

// NewObjectDisposedExceptionMessage is `new ObjectDisposedException(objectName, message)`.
func NewObjectDisposedExceptionMessage(objectName, message string) *ObjectDisposedException {
	e := &ObjectDisposedException{objectName: objectName}
	e.SetHResult(-2146232798)
	e.Init(e, ObjectDisposedExceptionType, message, nil)
	return e
}

// ObjectName is the disposed object's name, or "".
func (e *ObjectDisposedException) ObjectName() string { return e.objectName }

// MessageCore implements Message: the base message plus "\nObject name: 'X'.".
func (e *ObjectDisposedException) MessageCore() string {
	msg := e.ExceptionBase.MessageCore()
	if e.objectName != "" {
		msg += "\nObject name: '" + e.objectName + "'."
	}
	return msg
}

// AggregateException is System.AggregateException: what Task.Wait and
// Task.Result throw around a task's failure.
type AggregateException struct {
	ExceptionBase
	inner []Exception
}

// NewAggregateException is `new AggregateException(inner...)`.
func NewAggregateException(inner ...Exception) *AggregateException {
	e := &AggregateException{inner: inner}
	var first Exception
	if len(inner) > 0 {
		first = inner[0]
	}
	e.Init(e, AggregateExceptionType, "", first)
	return e
}

// InnerExceptions are the wrapped exceptions, in order.
func (e *AggregateException) InnerExceptions() []Exception { return e.inner }

// MessageCore implements Message: "One or more errors occurred. (inner1)
// (inner2)", as .NET Core.
func (e *AggregateException) MessageCore() string {
	var sb strings.Builder
	sb.WriteString(e.ExceptionBase.MessageCore())
	for _, in := range e.inner {
		sb.WriteString(" (")
		sb.WriteString(in.Message())
		sb.WriteString(")")
	}
	return sb.String()
}

// ToStringCore is AggregateException.ToString(): the base text, then each
// inner exception other than the first as "\n ---> (Inner Exception #i) ...<---\n".
func (e *AggregateException) ToStringCore() string {
	var sb strings.Builder
	sb.WriteString(e.ExceptionBase.ToStringCore())
	for i, in := range e.inner {
		if i == 0 {
			continue // already shown as InnerException
		}
		sb.WriteString("\n ---> (Inner Exception #")
		sb.WriteString(strconv.Itoa(i))
		sb.WriteString(") ")
		sb.WriteString(in.ToString())
		sb.WriteString("<---\n")
	}
	return sb.String()
}
