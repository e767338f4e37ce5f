// The System.IO exception classes: IOException and the file-system failures
// derived from it.

package io

import "github.com/cs2go/cs2go/runtime/system"

// Class descriptors, for GetType() and ToString().
var (
	// IOExceptionType is System.IO.IOException.
	IOExceptionType = &system.Type{Name: "IOException", Namespace: "System.IO", Base: system.SystemExceptionType, DefaultMessage: "I/O error occurred."}
	// FileNotFoundExceptionType is System.IO.FileNotFoundException.
	FileNotFoundExceptionType = &system.Type{Name: "FileNotFoundException", Namespace: "System.IO", Base: IOExceptionType, DefaultMessage: "Unable to find the specified file."}
	// DirectoryNotFoundExceptionType is System.IO.DirectoryNotFoundException.
	DirectoryNotFoundExceptionType = &system.Type{Name: "DirectoryNotFoundException", Namespace: "System.IO", Base: IOExceptionType, DefaultMessage: "Attempted to access a path that is not on the disk."}
	// EndOfStreamExceptionType is System.IO.EndOfStreamException.
	EndOfStreamExceptionType = &system.Type{Name: "EndOfStreamException", Namespace: "System.IO", Base: IOExceptionType, DefaultMessage: "Attempted to read past the end of the stream."}
	// PathTooLongExceptionType is System.IO.PathTooLongException.
	PathTooLongExceptionType = &system.Type{Name: "PathTooLongException", Namespace: "System.IO", Base: IOExceptionType, DefaultMessage: "The specified file name or path is too long, or a component of the specified path is too long."}
)

// HResults of the classes (COR_E_IO and the Win32 codes .NET maps them to).
const (
	hresultIO                = -2146232800 // COR_E_IO 0x80131620
	hresultFileNotFound      = -2147024894 // 0x80070002
	hresultDirectoryNotFound = -2147024893 // 0x80070003
	hresultEndOfStream       = -2147024858 // 0x80070026
	hresultPathTooLong       = -2147024690 // 0x800700CE
)

// IOException is System.IO.IOException.
type IOException struct{ system.SystemException }

// NewIOException is `new IOException(message)`; an empty message gives
// .NET's default "I/O error occurred.".
func NewIOException(message string) *IOException {
	return NewIOExceptionWithInner(message, nil)
}

// NewIOExceptionWithInner is `new IOException(message, innerException)`.
func NewIOExceptionWithInner(message string, inner system.Exception) *IOException {
	e := &IOException{}
	e.SetHResult(hresultIO)
	e.Init(e, IOExceptionType, message, inner)
	return e
}

// NewIOExceptionHResult is `new IOException(message, hresult)`.
func NewIOExceptionHResult(message string, hresult int32) *IOException {
	e := &IOException{}
	e.SetHResult(hresult)
	e.Init(e, IOExceptionType, message, nil)
	return e
}

// FileNotFoundException is System.IO.FileNotFoundException.
type FileNotFoundException struct {
	IOException
	fileName string
}

// NewFileNotFoundException is `new FileNotFoundException(message)`.
func NewFileNotFoundException(message string) *FileNotFoundException {
	return NewFileNotFoundExceptionFileName(message, "")
}

// NewFileNotFoundExceptionFileName is `new FileNotFoundException(message, fileName)`,
// the form File.* methods throw ("Could not find file '/full/path'.").
func NewFileNotFoundExceptionFileName(message, fileName string) *FileNotFoundException {
	return NewFileNotFoundExceptionWithInner(message, fileName, nil)
}

// NewFileNotFoundExceptionWithInner is `new FileNotFoundException(message, fileName, innerException)`.
func NewFileNotFoundExceptionWithInner(message, fileName string, inner system.Exception) *FileNotFoundException {
	e := &FileNotFoundException{fileName: fileName}
	e.SetHResult(hresultFileNotFound)
	e.Init(e, FileNotFoundExceptionType, message, inner)
	return e
}

// FileName is FileNotFoundException.FileName ("" for null).
func (e *FileNotFoundException) FileName() string { return e.fileName }

// ToString is FileNotFoundException.ToString(): .NET inserts a
// "File name: '...'" line after the message when the file name is known.
func (e *FileNotFoundException) ToString() string {
	s := e.GetType().FullName() + ": " + e.Message()
	if e.fileName != "" {
		s += "\nFile name: '" + e.fileName + "'"
	}
	if in := e.InnerException(); in != nil {
		s += "\n ---> " + in.ToString()
	}
	return s
}

// DirectoryNotFoundException is System.IO.DirectoryNotFoundException.
type DirectoryNotFoundException struct{ IOException }

// NewDirectoryNotFoundException is `new DirectoryNotFoundException(message)`.
func NewDirectoryNotFoundException(message string) *DirectoryNotFoundException {
	return NewDirectoryNotFoundExceptionWithInner(message, nil)
}

// NewDirectoryNotFoundExceptionWithInner is `new DirectoryNotFoundException(message, innerException)`.
func NewDirectoryNotFoundExceptionWithInner(message string, inner system.Exception) *DirectoryNotFoundException {
	e := &DirectoryNotFoundException{}
	e.SetHResult(hresultDirectoryNotFound)
	e.Init(e, DirectoryNotFoundExceptionType, message, inner)
	return e
}

// EndOfStreamException is System.IO.EndOfStreamException.
type EndOfStreamException struct{ IOException }

// NewEndOfStreamException is `new EndOfStreamException(message)`.
func NewEndOfStreamException(message string) *EndOfStreamException {
	return NewEndOfStreamExceptionWithInner(message, nil)
}

// NewEndOfStreamExceptionWithInner is `new EndOfStreamException(message, innerException)`.
func NewEndOfStreamExceptionWithInner(message string, inner system.Exception) *EndOfStreamException {
	e := &EndOfStreamException{}
	e.SetHResult(hresultEndOfStream)
	e.Init(e, EndOfStreamExceptionType, message, inner)
	return e
}

// PathTooLongException is System.IO.PathTooLongException.
type PathTooLongException struct{ IOException }

// NewPathTooLongException is `new PathTooLongException(message)`.
func NewPathTooLongException(message string) *PathTooLongException {
	e := &PathTooLongException{}
	e.SetHResult(hresultPathTooLong)
	e.Init(e, PathTooLongExceptionType, message, nil)
	return e
}
