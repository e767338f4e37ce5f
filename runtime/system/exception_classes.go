// The System exception classes: one struct per class, embedding its base class.

package system

// Class descriptors, for GetType() and ToString().
var (
	// ExceptionType is System.Exception.
	ExceptionType = &Type{Name: "Exception", Namespace: "System"}
	// SystemExceptionType is System.SystemException.
	SystemExceptionType = &Type{Name: "SystemException", Namespace: "System", Base: ExceptionType, DefaultMessage: "System error."}
	// ApplicationExceptionType is System.ApplicationException.
	ApplicationExceptionType = &Type{Name: "ApplicationException", Namespace: "System", Base: ExceptionType, DefaultMessage: "Error in the application."}
	// InvalidOperationExceptionType is System.InvalidOperationException.
	InvalidOperationExceptionType = &Type{Name: "InvalidOperationException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Operation is not valid due to the current state of the object."}
	// NotSupportedExceptionType is System.NotSupportedException.
	NotSupportedExceptionType = &Type{Name: "NotSupportedException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Specified method is not supported."}
	// PlatformNotSupportedExceptionType is System.PlatformNotSupportedException.
	PlatformNotSupportedExceptionType = &Type{Name: "PlatformNotSupportedException", Namespace: "System", Base: NotSupportedExceptionType, DefaultMessage: "Operation is not supported on this platform."}
	// NotImplementedExceptionType is System.NotImplementedException.
	NotImplementedExceptionType = &Type{Name: "NotImplementedException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "The method or operation is not implemented."}
	// FormatExceptionType is System.FormatException.
	FormatExceptionType = &Type{Name: "FormatException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "One of the identified items was in an invalid format."}
	// UriFormatExceptionType is System.UriFormatException.
	UriFormatExceptionType = &Type{Name: "UriFormatException", Namespace: "System", Base: FormatExceptionType}
	// ArithmeticExceptionType is System.ArithmeticException.
	ArithmeticExceptionType = &Type{Name: "ArithmeticException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Overflow or underflow in the arithmetic operation."}
	// OverflowExceptionType is System.OverflowException.
	OverflowExceptionType = &Type{Name: "OverflowException", Namespace: "System", Base: ArithmeticExceptionType, DefaultMessage: "Arithmetic operation resulted in an overflow."}
	// DivideByZeroExceptionType is System.DivideByZeroException.
	DivideByZeroExceptionType = &Type{Name: "DivideByZeroException", Namespace: "System", Base: ArithmeticExceptionType, DefaultMessage: "Attempted to divide by zero."}
	// NullReferenceExceptionType is System.NullReferenceException.
	NullReferenceExceptionType = &Type{Name: "NullReferenceException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Object reference not set to an instance of an object."}
	// IndexOutOfRangeExceptionType is System.IndexOutOfRangeException.
	IndexOutOfRangeExceptionType = &Type{Name: "IndexOutOfRangeException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Index was outside the bounds of the array."}
	// InvalidCastExceptionType is System.InvalidCastException.
	InvalidCastExceptionType = &Type{Name: "InvalidCastException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Specified cast is not valid."}
	// TimeoutExceptionType is System.TimeoutException.
	TimeoutExceptionType = &Type{Name: "TimeoutException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "The operation has timed out."}
	// UnauthorizedAccessExceptionType is System.UnauthorizedAccessException.
	UnauthorizedAccessExceptionType = &Type{Name: "UnauthorizedAccessException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Attempted to perform an unauthorized operation."}
	// OperationCanceledExceptionType is System.OperationCanceledException.
	OperationCanceledExceptionType = &Type{Name: "OperationCanceledException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "The operation was canceled."}
	// KeyNotFoundExceptionType is System.Collections.Generic.KeyNotFoundException.
	KeyNotFoundExceptionType = &Type{Name: "KeyNotFoundException", Namespace: "System.Collections.Generic", Base: SystemExceptionType, DefaultMessage: "The given key was not present in the dictionary."}
	// OutOfMemoryExceptionType is System.OutOfMemoryException.
	OutOfMemoryExceptionType = &Type{Name: "OutOfMemoryException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Insufficient memory to continue the execution of the program."}
	// ArrayTypeMismatchExceptionType is System.ArrayTypeMismatchException.
	ArrayTypeMismatchExceptionType = &Type{Name: "ArrayTypeMismatchException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Attempted to access an element as a type incompatible with the array."}
	// TypeLoadExceptionType is System.TypeLoadException.
	TypeLoadExceptionType = &Type{Name: "TypeLoadException", Namespace: "System", Base: SystemExceptionType, DefaultMessage: "Failure has occurred while loading a type."}
	// DllNotFoundExceptionType is System.DllNotFoundException.
	DllNotFoundExceptionType = &Type{Name: "DllNotFoundException", Namespace: "System", Base: TypeLoadExceptionType, DefaultMessage: "Dll was not found."}
	// EntryPointNotFoundExceptionType is System.EntryPointNotFoundException.
	EntryPointNotFoundExceptionType = &Type{Name: "EntryPointNotFoundException", Namespace: "System", Base: TypeLoadExceptionType, DefaultMessage: "Entry point was not found."}
	// NotFiniteNumberExceptionType is System.NotFiniteNumberException.
	NotFiniteNumberExceptionType = &Type{Name: "NotFiniteNumberException", Namespace: "System", Base: ArithmeticExceptionType, DefaultMessage: "Number encountered was not a finite quantity."}
)

// NewException is `new Exception(message)`.
func NewException(message string) *ExceptionBase {
	return NewExceptionWithInner(message, nil)
}

// NewExceptionWithInner is `new Exception(message, inner)`.
func NewExceptionWithInner(message string, inner Exception) *ExceptionBase {
	e := &ExceptionBase{}
	e.Init(e, ExceptionType, message, inner)
	return e
}

// SystemException is System.SystemException.
type SystemException struct{ ExceptionBase }

// NewSystemException is `new SystemException(message)`; an empty message gives .NET's default text.
func NewSystemException(message string) *SystemException {
	return NewSystemExceptionWithInner(message, nil)
}

// NewSystemExceptionWithInner is `new SystemException(message, inner)`.
func NewSystemExceptionWithInner(message string, inner Exception) *SystemException {
	e := &SystemException{}
	e.SetHResult(-2146233087)
	e.Init(e, SystemExceptionType, message, inner)
	return e
}

// ApplicationException is System.ApplicationException.
type ApplicationException struct{ ExceptionBase }

// NewApplicationException is `new ApplicationException(message)`; an empty message gives .NET's default text.
func NewApplicationException(message string) *ApplicationException {
	return NewApplicationExceptionWithInner(message, nil)
}

// NewApplicationExceptionWithInner is `new ApplicationException(message, inner)`.
func NewApplicationExceptionWithInner(message string, inner Exception) *ApplicationException {
	e := &ApplicationException{}
	e.SetHResult(-2146232832)
	e.Init(e, ApplicationExceptionType, message, inner)
	return e
}

// InvalidOperationException is System.InvalidOperationException.
type InvalidOperationException struct{ SystemException }

// NewInvalidOperationException is `new InvalidOperationException(message)`; an empty message gives .NET's default text.
func NewInvalidOperationException(message string) *InvalidOperationException {
	return NewInvalidOperationExceptionWithInner(message, nil)
}

// NewInvalidOperationExceptionWithInner is `new InvalidOperationException(message, inner)`.
func NewInvalidOperationExceptionWithInner(message string, inner Exception) *InvalidOperationException {
	e := &InvalidOperationException{}
	e.SetHResult(-2146233079)
	e.Init(e, InvalidOperationExceptionType, message, inner)
	return e
}

// NotSupportedException is System.NotSupportedException.
type NotSupportedException struct{ SystemException }

// NewNotSupportedException is `new NotSupportedException(message)`; an empty message gives .NET's default text.
func NewNotSupportedException(message string) *NotSupportedException {
	return NewNotSupportedExceptionWithInner(message, nil)
}

// NewNotSupportedExceptionWithInner is `new NotSupportedException(message, inner)`.
func NewNotSupportedExceptionWithInner(message string, inner Exception) *NotSupportedException {
	e := &NotSupportedException{}
	e.SetHResult(-2146233067)
	e.Init(e, NotSupportedExceptionType, message, inner)
	return e
}

// PlatformNotSupportedException is System.PlatformNotSupportedException.
type PlatformNotSupportedException struct{ NotSupportedException }

// NewPlatformNotSupportedException is `new PlatformNotSupportedException(message)`; an empty message gives .NET's default text.
func NewPlatformNotSupportedException(message string) *PlatformNotSupportedException {
	return NewPlatformNotSupportedExceptionWithInner(message, nil)
}

// NewPlatformNotSupportedExceptionWithInner is `new PlatformNotSupportedException(message, inner)`.
func NewPlatformNotSupportedExceptionWithInner(message string, inner Exception) *PlatformNotSupportedException {
	e := &PlatformNotSupportedException{}
	e.SetHResult(-2146233031)
	e.Init(e, PlatformNotSupportedExceptionType, message, inner)
	return e
}

// NotImplementedException is System.NotImplementedException.
type NotImplementedException struct{ SystemException }

// NewNotImplementedException is `new NotImplementedException(message)`; an empty message gives .NET's default text.
func NewNotImplementedException(message string) *NotImplementedException {
	return NewNotImplementedExceptionWithInner(message, nil)
}

// NewNotImplementedExceptionWithInner is `new NotImplementedException(message, inner)`.
func NewNotImplementedExceptionWithInner(message string, inner Exception) *NotImplementedException {
	e := &NotImplementedException{}
	e.SetHResult(-2147467263)
	e.Init(e, NotImplementedExceptionType, message, inner)
	return e
}

// FormatException is System.FormatException.
type FormatException struct{ SystemException }

// NewFormatException is `new FormatException(message)`; an empty message gives .NET's default text.
func NewFormatException(message string) *FormatException {
	return NewFormatExceptionWithInner(message, nil)
}

// NewFormatExceptionWithInner is `new FormatException(message, inner)`.
func NewFormatExceptionWithInner(message string, inner Exception) *FormatException {
	e := &FormatException{}
	e.SetHResult(-2146233033)
	e.Init(e, FormatExceptionType, message, inner)
	return e
}

// UriFormatException is System.UriFormatException, what new Uri(string)
// throws for text that is not a valid URI.
type UriFormatException struct{ FormatException }

// NewUriFormatException is `new UriFormatException(message)`; an empty message gives .NET's default text.
func NewUriFormatException(message string) *UriFormatException {
	return NewUriFormatExceptionWithInner(message, nil)
}

// NewUriFormatExceptionWithInner is `new UriFormatException(message, inner)`.
func NewUriFormatExceptionWithInner(message string, inner Exception) *UriFormatException {
	e := &UriFormatException{}
	e.SetHResult(-2146233033)
	e.Init(e, UriFormatExceptionType, message, inner)
	return e
}

// ArithmeticException is System.ArithmeticException.
type ArithmeticException struct{ SystemException }

// NewArithmeticException is `new ArithmeticException(message)`; an empty message gives .NET's default text.
func NewArithmeticException(message string) *ArithmeticException {
	return NewArithmeticExceptionWithInner(message, nil)
}

// NewArithmeticExceptionWithInner is `new ArithmeticException(message, inner)`.
func NewArithmeticExceptionWithInner(message string, inner Exception) *ArithmeticException {
	e := &ArithmeticException{}
	e.SetHResult(-2147024362)
	e.Init(e, ArithmeticExceptionType, message, inner)
	return e
}

// OverflowException is System.OverflowException.
type OverflowException struct{ ArithmeticException }

// NewOverflowException is `new OverflowException(message)`; an empty message gives .NET's default text.
func NewOverflowException(message string) *OverflowException {
	return NewOverflowExceptionWithInner(message, nil)
}

// NewOverflowExceptionWithInner is `new OverflowException(message, inner)`.
func NewOverflowExceptionWithInner(message string, inner Exception) *OverflowException {
	e := &OverflowException{}
	e.SetHResult(-2146233066)
	e.Init(e, OverflowExceptionType, message, inner)
	return e
}

// DivideByZeroException is System.DivideByZeroException.
type DivideByZeroException struct{ ArithmeticException }

// NewDivideByZeroException is `new DivideByZeroException(message)`; an empty message gives .NET's default text.
func NewDivideByZeroException(message string) *DivideByZeroException {
	return NewDivideByZeroExceptionWithInner(message, nil)
}

// NewDivideByZeroExceptionWithInner is `new DivideByZeroException(message, inner)`.
func NewDivideByZeroExceptionWithInner(message string, inner Exception) *DivideByZeroException {
	e := &DivideByZeroException{}
	e.SetHResult(-2147352558)
	e.Init(e, DivideByZeroExceptionType, message, inner)
	return e
}

// NullReferenceException is System.NullReferenceException.
type NullReferenceException struct{ SystemException }

// NewNullReferenceException is `new NullReferenceException(message)`; an empty message gives .NET's default text.
func NewNullReferenceException(message string) *NullReferenceException {
	return NewNullReferenceExceptionWithInner(message, nil)
}

// NewNullReferenceExceptionWithInner is `new NullReferenceException(message, inner)`.
func NewNullReferenceExceptionWithInner(message string, inner Exception) *NullReferenceException {
	e := &NullReferenceException{}
	e.SetHResult(-2147467261)
	e.Init(e, NullReferenceExceptionType, message, inner)
	return e
}

// IndexOutOfRangeException is System.IndexOutOfRangeException.
type IndexOutOfRangeException struct{ SystemException }

// NewIndexOutOfRangeException is `new IndexOutOfRangeException(message)`; an empty message gives .NET's default text.
func NewIndexOutOfRangeException(message string) *IndexOutOfRangeException {
	return NewIndexOutOfRangeExceptionWithInner(message, nil)
}

// NewIndexOutOfRangeExceptionWithInner is `new IndexOutOfRangeException(message, inner)`.
func NewIndexOutOfRangeExceptionWithInner(message string, inner Exception) *IndexOutOfRangeException {
	e := &IndexOutOfRangeException{}
	e.SetHResult(-2146233080)
	e.Init(e, IndexOutOfRangeExceptionType, message, inner)
	return e
}

// InvalidCastException is System.InvalidCastException.
type InvalidCastException struct{ SystemException }

// NewInvalidCastException is `new InvalidCastException(message)`; an empty message gives .NET's default text.
func NewInvalidCastException(message string) *InvalidCastException {
	return NewInvalidCastExceptionWithInner(message, nil)
}

// NewInvalidCastExceptionWithInner is `new InvalidCastException(message, inner)`.
func NewInvalidCastExceptionWithInner(message string, inner Exception) *InvalidCastException {
	e := &InvalidCastException{}
	e.SetHResult(-2147467262)
	e.Init(e, InvalidCastExceptionType, message, inner)
	return e
}

// TimeoutException is System.TimeoutException.
type TimeoutException struct{ SystemException }

// NewTimeoutException is `new TimeoutException(message)`; an empty message gives .NET's default text.
func NewTimeoutException(message string) *TimeoutException {
	return NewTimeoutExceptionWithInner(message, nil)
}

// NewTimeoutExceptionWithInner is `new TimeoutException(message, inner)`.
func NewTimeoutExceptionWithInner(message string, inner Exception) *TimeoutException {
	e := &TimeoutException{}
	e.SetHResult(-2146233083)
	e.Init(e, TimeoutExceptionType, message, inner)
	return e
}

// UnauthorizedAccessException is System.UnauthorizedAccessException.
type UnauthorizedAccessException struct{ SystemException }

// NewUnauthorizedAccessException is `new UnauthorizedAccessException(message)`; an empty message gives .NET's default text.
func NewUnauthorizedAccessException(message string) *UnauthorizedAccessException {
	return NewUnauthorizedAccessExceptionWithInner(message, nil)
}

// NewUnauthorizedAccessExceptionWithInner is `new UnauthorizedAccessException(message, inner)`.
func NewUnauthorizedAccessExceptionWithInner(message string, inner Exception) *UnauthorizedAccessException {
	e := &UnauthorizedAccessException{}
	e.SetHResult(-2147024891)
	e.Init(e, UnauthorizedAccessExceptionType, message, inner)
	return e
}

// OperationCanceledException is System.OperationCanceledException.
type OperationCanceledException struct{ SystemException }

// NewOperationCanceledException is `new OperationCanceledException(message)`; an empty message gives .NET's default text.
func NewOperationCanceledException(message string) *OperationCanceledException {
	return NewOperationCanceledExceptionWithInner(message, nil)
}

// NewOperationCanceledExceptionWithInner is `new OperationCanceledException(message, inner)`.
func NewOperationCanceledExceptionWithInner(message string, inner Exception) *OperationCanceledException {
	e := &OperationCanceledException{}
	e.SetHResult(-2146233029)
	e.Init(e, OperationCanceledExceptionType, message, inner)
	return e
}

// KeyNotFoundException is System.Collections.Generic.KeyNotFoundException.
type KeyNotFoundException struct{ SystemException }

// NewKeyNotFoundException is `new KeyNotFoundException(message)`; an empty message gives .NET's default text.
func NewKeyNotFoundException(message string) *KeyNotFoundException {
	return NewKeyNotFoundExceptionWithInner(message, nil)
}

// NewKeyNotFoundExceptionWithInner is `new KeyNotFoundException(message, inner)`.
func NewKeyNotFoundExceptionWithInner(message string, inner Exception) *KeyNotFoundException {
	e := &KeyNotFoundException{}
	e.SetHResult(-2146232969)
	e.Init(e, KeyNotFoundExceptionType, message, inner)
	return e
}

// OutOfMemoryException is System.OutOfMemoryException.
type OutOfMemoryException struct{ SystemException }

// NewOutOfMemoryException is `new OutOfMemoryException(message)`; an empty message gives .NET's default text.
func NewOutOfMemoryException(message string) *OutOfMemoryException {
	return NewOutOfMemoryExceptionWithInner(message, nil)
}

// NewOutOfMemoryExceptionWithInner is `new OutOfMemoryException(message, inner)`.
func NewOutOfMemoryExceptionWithInner(message string, inner Exception) *OutOfMemoryException {
	e := &OutOfMemoryException{}
	e.SetHResult(-2147024882)
	e.Init(e, OutOfMemoryExceptionType, message, inner)
	return e
}

// ArrayTypeMismatchException is System.ArrayTypeMismatchException.
type ArrayTypeMismatchException struct{ SystemException }

// NewArrayTypeMismatchException is `new ArrayTypeMismatchException(message)`; an empty message gives .NET's default text.
func NewArrayTypeMismatchException(message string) *ArrayTypeMismatchException {
	return NewArrayTypeMismatchExceptionWithInner(message, nil)
}

// NewArrayTypeMismatchExceptionWithInner is `new ArrayTypeMismatchException(message, inner)`.
func NewArrayTypeMismatchExceptionWithInner(message string, inner Exception) *ArrayTypeMismatchException {
	e := &ArrayTypeMismatchException{}
	e.SetHResult(-2146233085)
	e.Init(e, ArrayTypeMismatchExceptionType, message, inner)
	return e
}

// TypeLoadException is System.TypeLoadException.
type TypeLoadException struct{ SystemException }

// NewTypeLoadException is `new TypeLoadException(message)`; an empty message gives .NET's default text.
func NewTypeLoadException(message string) *TypeLoadException {
	return NewTypeLoadExceptionWithInner(message, nil)
}

// NewTypeLoadExceptionWithInner is `new TypeLoadException(message, inner)`.
func NewTypeLoadExceptionWithInner(message string, inner Exception) *TypeLoadException {
	e := &TypeLoadException{}
	e.SetHResult(-2146233054)
	e.Init(e, TypeLoadExceptionType, message, inner)
	return e
}

// DllNotFoundException is System.DllNotFoundException.
type DllNotFoundException struct{ TypeLoadException }

// NewDllNotFoundException is `new DllNotFoundException(message)`; an empty message gives .NET's default text.
func NewDllNotFoundException(message string) *DllNotFoundException {
	return NewDllNotFoundExceptionWithInner(message, nil)
}

// NewDllNotFoundExceptionWithInner is `new DllNotFoundException(message, inner)`.
func NewDllNotFoundExceptionWithInner(message string, inner Exception) *DllNotFoundException {
	e := &DllNotFoundException{}
	e.SetHResult(-2146233052)
	e.Init(e, DllNotFoundExceptionType, message, inner)
	return e
}

// EntryPointNotFoundException is System.EntryPointNotFoundException.
type EntryPointNotFoundException struct{ TypeLoadException }

// NewEntryPointNotFoundException is `new EntryPointNotFoundException(message)`; an empty message gives .NET's default text.
func NewEntryPointNotFoundException(message string) *EntryPointNotFoundException {
	return NewEntryPointNotFoundExceptionWithInner(message, nil)
}

// NewEntryPointNotFoundExceptionWithInner is `new EntryPointNotFoundException(message, inner)`.
func NewEntryPointNotFoundExceptionWithInner(message string, inner Exception) *EntryPointNotFoundException {
	e := &EntryPointNotFoundException{}
	e.SetHResult(-2146233053)
	e.Init(e, EntryPointNotFoundExceptionType, message, inner)
	return e
}

// NotFiniteNumberException is System.NotFiniteNumberException.
type NotFiniteNumberException struct{ ArithmeticException }

// NewNotFiniteNumberException is `new NotFiniteNumberException(message)`; an empty message gives .NET's default text.
func NewNotFiniteNumberException(message string) *NotFiniteNumberException {
	return NewNotFiniteNumberExceptionWithInner(message, nil)
}

// NewNotFiniteNumberExceptionWithInner is `new NotFiniteNumberException(message, inner)`.
func NewNotFiniteNumberExceptionWithInner(message string, inner Exception) *NotFiniteNumberException {
	e := &NotFiniteNumberException{}
	e.SetHResult(-2146233048)
	e.Init(e, NotFiniteNumberExceptionType, message, inner)
	return e
}
