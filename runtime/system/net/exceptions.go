// The System.Net exception classes: HttpListenerException (a Win32Exception),
// ProtocolViolationException and WebException.

package net

import (
	"strconv"
	"strings"
	"syscall"

	"github.com/cs2go/cs2go/runtime/system"
)

// Class descriptors for GetType() and ToString().
var (
	// ExternalExceptionType is System.Runtime.InteropServices.ExternalException.
	ExternalExceptionType = &system.Type{Name: "ExternalException", Namespace: "System.Runtime.InteropServices", Base: system.SystemExceptionType, DefaultMessage: "External component has thrown an exception."}
	// Win32ExceptionType is System.ComponentModel.Win32Exception.
	Win32ExceptionType = &system.Type{Name: "Win32Exception", Namespace: "System.ComponentModel", Base: ExternalExceptionType}
	// HttpListenerExceptionType is System.Net.HttpListenerException.
	HttpListenerExceptionType = &system.Type{Name: "HttpListenerException", Namespace: "System.Net", Base: Win32ExceptionType}
	// ProtocolViolationExceptionType is System.Net.ProtocolViolationException.
	ProtocolViolationExceptionType = &system.Type{Name: "ProtocolViolationException", Namespace: "System.Net", Base: system.InvalidOperationExceptionType}
	// WebExceptionType is System.Net.WebException.
	WebExceptionType = &system.Type{Name: "WebException", Namespace: "System.Net", Base: system.InvalidOperationExceptionType}
)

// ExternalException is System.Runtime.InteropServices.ExternalException.
type ExternalException struct{ system.SystemException }

// Win32Exception is System.ComponentModel.Win32Exception: an OS error code
// with its message.
type Win32Exception struct {
	ExternalException
	nativeErrorCode int32
}

// NewWin32ExceptionMessage is `new Win32Exception(error, message)`; other
// runtime packages (diagnostics' Process) throw it for OS errors.
func NewWin32ExceptionMessage(errorCode int32, message string) *Win32Exception {
	e := &Win32Exception{nativeErrorCode: errorCode}
	e.Init(e, Win32ExceptionType, message, nil)
	return e
}

// NativeErrorCode is Win32Exception.NativeErrorCode.
func (e *Win32Exception) NativeErrorCode() int32 { return e.nativeErrorCode }

// ToStringCore is Win32Exception.ToString() in .NET Core: the class name,
// then the native error code in parentheses, then the message:
// "System.Net.HttpListenerException (500): Listener closed.".
func (e *Win32Exception) ToStringCore() string {
	if e.nativeErrorCode == 0 || e.nativeErrorCode == e.HResult() {
		return e.ExceptionBase.ToStringCore()
	}
	code := itoa(int64(e.nativeErrorCode))
	if e.nativeErrorCode < 0 {
		code = "0x" + strings.ToUpper(strconv.FormatUint(uint64(uint32(e.nativeErrorCode)), 16))
	}
	s := e.GetType().FullName() + " (" + code + ")"
	if msg := e.Message(); msg != "" {
		s += ": " + msg
	}
	if in := e.InnerException(); in != nil {
		s += "\n ---> " + in.ToString() + "\n   --- End of inner exception stack trace ---"
	}
	return s
}

// ErrorCode is ExternalException.ErrorCode: the HResult (-2147467259,
// E_FAIL, for Win32Exception).
func (e *Win32Exception) ErrorCode() int32 { return e.HResult() }

// osErrorMessage is the text .NET on Linux gives Win32Exception(code): the C
// library's strerror, which says "Unknown error N" for codes it lacks.
func osErrorMessage(code int32) string {
	if code > 0 && code < 134 {
		return syscall.Errno(code).Error()
	}
	return "Unknown error " + itoa(int64(code))
}

// HttpListenerException is System.Net.HttpListenerException.
type HttpListenerException struct{ Win32Exception }

// NewHttpListenerException is `new HttpListenerException()`.
func NewHttpListenerException() *HttpListenerException {
	return NewHttpListenerExceptionMessage(0, osErrorMessage(0))
}

// NewHttpListenerExceptionCode is `new HttpListenerException(errorCode)`:
// the message comes from the OS error table.
func NewHttpListenerExceptionCode(errorCode int32) *HttpListenerException {
	return NewHttpListenerExceptionMessage(errorCode, osErrorMessage(errorCode))
}

// NewHttpListenerExceptionMessage is `new HttpListenerException(errorCode, message)`.
func NewHttpListenerExceptionMessage(errorCode int32, message string) *HttpListenerException {
	e := &HttpListenerException{}
	e.nativeErrorCode = errorCode
	e.SetHResult(-2147467259)
	e.Init(e, HttpListenerExceptionType, message, nil)
	return e
}

// ErrorCode is HttpListenerException.ErrorCode, which .NET overrides to be
// NativeErrorCode (spec §1).
func (e *HttpListenerException) ErrorCode() int32 { return e.nativeErrorCode }

// ProtocolViolationException is System.Net.ProtocolViolationException.
type ProtocolViolationException struct {
	system.InvalidOperationException
}

// NewProtocolViolationException is `new ProtocolViolationException(message)`.
func NewProtocolViolationException(message string) *ProtocolViolationException {
	e := &ProtocolViolationException{}
	e.SetHResult(-2146233079)
	e.Init(e, ProtocolViolationExceptionType, message, nil)
	return e
}

// WebExceptionStatus is System.Net.WebExceptionStatus.
type WebExceptionStatus int32

// The WebExceptionStatus members programs test for.
const (
	WebExceptionStatusSuccess          WebExceptionStatus = 0
	WebExceptionStatusConnectFailure   WebExceptionStatus = 2
	WebExceptionStatusReceiveFailure   WebExceptionStatus = 3
	WebExceptionStatusSendFailure      WebExceptionStatus = 4
	WebExceptionStatusProtocolError    WebExceptionStatus = 7
	WebExceptionStatusTimeout          WebExceptionStatus = 14
	WebExceptionStatusUnknownError     WebExceptionStatus = 16
	WebExceptionStatusRequestCanceled  WebExceptionStatus = 6
	WebExceptionStatusNameResolution   WebExceptionStatus = 1
	WebExceptionStatusConnectionClosed WebExceptionStatus = 8
)

// WebException is System.Net.WebException.
type WebException struct {
	system.InvalidOperationException
	status WebExceptionStatus
}

// NewWebException is `new WebException(message)`.
func NewWebException(message string) *WebException {
	return NewWebExceptionStatus(message, WebExceptionStatusUnknownError)
}

// NewWebExceptionStatus is `new WebException(message, status)`.
func NewWebExceptionStatus(message string, status WebExceptionStatus) *WebException {
	e := &WebException{status: status}
	e.SetHResult(-2146233079)
	e.Init(e, WebExceptionType, message, nil)
	return e
}

// Status is WebException.Status.
func (e *WebException) Status() WebExceptionStatus { return e.status }
