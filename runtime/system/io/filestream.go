// System.IO.FileStream and its FileMode/FileAccess/FileShare enums, over an
// *os.File, with .NET's exceptions for file-system failures.

package io

import (
	"errors"
	goio "io"
	"io/fs"
	"os"
	"syscall"

	"github.com/cs2go/cs2go/runtime/system"
)

// FileMode is System.IO.FileMode.
type FileMode int32

// FileMode members.
const (
	// FileModeCreateNew is FileMode.CreateNew.
	FileModeCreateNew FileMode = 1
	// FileModeCreate is FileMode.Create.
	FileModeCreate FileMode = 2
	// FileModeOpen is FileMode.Open.
	FileModeOpen FileMode = 3
	// FileModeOpenOrCreate is FileMode.OpenOrCreate.
	FileModeOpenOrCreate FileMode = 4
	// FileModeTruncate is FileMode.Truncate.
	FileModeTruncate FileMode = 5
	// FileModeAppend is FileMode.Append.
	FileModeAppend FileMode = 6
)

var fileModeNames = map[FileMode]string{1: "CreateNew", 2: "Create", 3: "Open", 4: "OpenOrCreate", 5: "Truncate", 6: "Append"}

// ToString is Enum.ToString() for FileMode.
func (m FileMode) ToString() string {
	if s, ok := fileModeNames[m]; ok {
		return s
	}
	return system.ObjectToString(int32(m))
}

// FileAccess is System.IO.FileAccess.
type FileAccess int32

// FileAccess members.
const (
	// FileAccessRead is FileAccess.Read.
	FileAccessRead FileAccess = 1
	// FileAccessWrite is FileAccess.Write.
	FileAccessWrite FileAccess = 2
	// FileAccessReadWrite is FileAccess.ReadWrite.
	FileAccessReadWrite FileAccess = 3
)

// ToString is Enum.ToString() for FileAccess.
func (a FileAccess) ToString() string {
	switch a {
	case FileAccessRead:
		return "Read"
	case FileAccessWrite:
		return "Write"
	case FileAccessReadWrite:
		return "ReadWrite"
	}
	return system.ObjectToString(int32(a))
}

// FileShare is System.IO.FileShare. It is accepted and ignored: .NET on
// Unix enforces only FileShare.None, through advisory locks other
// processes need not honour.
type FileShare int32

// FileShare members.
const (
	// FileShareNone is FileShare.None.
	FileShareNone FileShare = 0
	// FileShareRead is FileShare.Read.
	FileShareRead FileShare = 1
	// FileShareWrite is FileShare.Write.
	FileShareWrite FileShare = 2
	// FileShareReadWrite is FileShare.ReadWrite.
	FileShareReadWrite FileShare = 3
	// FileShareDelete is FileShare.Delete.
	FileShareDelete FileShare = 4
	// FileShareInheritable is FileShare.Inheritable.
	FileShareInheritable FileShare = 16
)

// FileStream is System.IO.FileStream. Writes go straight to the file (no
// user-space buffer), which only differs from .NET for another reader
// watching the file while it is written.
type FileStream struct {
	StreamBase
	file        *os.File
	name        string // full path
	access      FileAccess
	appendStart int64 // FileMode.Append: no seeking before the original end
	closed      bool
}

// NewFileStream is `new FileStream(path, mode)` with .NET's default access
// (ReadWrite, or Write for FileMode.Append) when access is 0, else
// `new FileStream(path, mode, access)`.
func NewFileStream(path string, mode FileMode, access FileAccess) *FileStream {
	return NewFileStreamShare(path, mode, access, FileShareRead)
}

// NewFileStreamShare is `new FileStream(path, mode, access, share)`.
func NewFileStreamShare(path string, mode FileMode, access FileAccess, share FileShare) *FileStream {
	checkPathArg(path, "path")
	if access == 0 {
		access = FileAccessReadWrite
		if mode == FileModeAppend {
			access = FileAccessWrite
		}
	}
	if mode < FileModeCreateNew || mode > FileModeAppend {
		panic(system.NewArgumentOutOfRangeExceptionMessage("mode", "Enum value was out of legal range."))
	}
	if access < FileAccessRead || access > FileAccessReadWrite {
		panic(system.NewArgumentOutOfRangeExceptionMessage("access", "Enum value was out of legal range."))
	}
	if access&FileAccessWrite == 0 && (mode == FileModeTruncate || mode == FileModeCreateNew || mode == FileModeCreate || mode == FileModeAppend) {
		panic(system.NewArgumentExceptionParam("Combining FileMode: "+mode.ToString()+" with FileAccess: "+access.ToString()+" is invalid.", "access"))
	}
	if mode == FileModeAppend && access&FileAccessRead != 0 {
		panic(system.NewArgumentExceptionParam("Append access can be requested only in write-only mode.", "mode"))
	}
	full := PathGetFullPath(path)
	flags := 0
	switch access {
	case FileAccessRead:
		flags = os.O_RDONLY
	case FileAccessWrite:
		flags = os.O_WRONLY
	default:
		flags = os.O_RDWR
	}
	switch mode {
	case FileModeCreateNew:
		flags |= os.O_CREATE | os.O_EXCL
	case FileModeCreate:
		flags |= os.O_CREATE | os.O_TRUNC
	case FileModeOpenOrCreate, FileModeAppend:
		flags |= os.O_CREATE
	case FileModeTruncate:
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(full, flags, 0o666)
	if err != nil {
		panic(fileError(err, full, false))
	}
	if st, err := f.Stat(); err == nil && st.IsDir() {
		f.Close()
		panic(system.NewUnauthorizedAccessException("Access to the path '" + full + "' is denied."))
	}
	s := &FileStream{file: f, name: full, access: access, appendStart: -1}
	s.InitStreamBase(s)
	if mode == FileModeAppend {
		end, _ := f.Seek(0, goio.SeekEnd)
		s.appendStart = end
	}
	return s
}

// fileError maps a Go file-system error on fullPath to the exception .NET
// throws on Unix for the same errno.
func fileError(err error, fullPath string, isDir bool) system.Exception {
	var errno syscall.Errno
	errors.As(err, &errno)
	switch {
	case errors.Is(err, fs.ErrNotExist) || errno == syscall.ENOTDIR:
		if isDir || !parentExists(fullPath) {
			return NewDirectoryNotFoundException("Could not find a part of the path '" + fullPath + "'.")
		}
		return NewFileNotFoundExceptionFileName("Could not find file '"+fullPath+"'.", fullPath)
	case errors.Is(err, fs.ErrExist):
		return NewIOExceptionHResult("The file '"+fullPath+"' already exists.", int32(syscall.EEXIST))
	case errors.Is(err, fs.ErrPermission) || errno == syscall.EISDIR || errno == syscall.EROFS:
		return system.NewUnauthorizedAccessException("Access to the path '" + fullPath + "' is denied.")
	case errno == syscall.ENAMETOOLONG:
		return NewPathTooLongException("The path '" + fullPath + "' is too long, or a component of the specified path is too long.")
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	if errno != 0 {
		return NewIOExceptionHResult(capitalize(msg)+" : '"+fullPath+"'", int32(errno))
	}
	return NewIOException(capitalize(msg) + " : '" + fullPath + "'")
}

func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func parentExists(fullPath string) bool {
	dir := PathGetDirectoryName(fullPath)
	if dir == "" {
		return true
	}
	st, err := os.Stat(dir)
	return err == nil && st.IsDir()
}

func (s *FileStream) ensureOpen() {
	if s.closed {
		panic(errStreamClosed(""))
	}
}

// Name is FileStream.Name: the full path.
func (s *FileStream) Name() string { return s.name }

// CanRead is FileStream.CanRead.
func (s *FileStream) CanRead() bool { return !s.closed && s.access&FileAccessRead != 0 }

// CanWrite is FileStream.CanWrite.
func (s *FileStream) CanWrite() bool { return !s.closed && s.access&FileAccessWrite != 0 }

// CanSeek is FileStream.CanSeek: true for an open regular file.
func (s *FileStream) CanSeek() bool {
	if s.closed {
		return false
	}
	st, err := s.file.Stat()
	return err == nil && st.Mode().IsRegular()
}

// Length is FileStream.Length.
func (s *FileStream) Length() int64 {
	s.ensureOpen()
	if !s.CanSeek() {
		panic(errSeekNotSupported())
	}
	st, err := s.file.Stat()
	if err != nil {
		panic(fileError(err, s.name, false))
	}
	return st.Size()
}

// Position is the FileStream.Position getter.
func (s *FileStream) Position() int64 {
	s.ensureOpen()
	if !s.CanSeek() {
		panic(errSeekNotSupported())
	}
	p, err := s.file.Seek(0, goio.SeekCurrent)
	if err != nil {
		panic(fileError(err, s.name, false))
	}
	return p
}

// SetPosition is the FileStream.Position setter.
func (s *FileStream) SetPosition(value int64) {
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgNeedNonNegNum))
	}
	s.SeekTo(value, SeekOriginBegin)
}

// SeekTo is FileStream.Seek(offset, origin).
func (s *FileStream) SeekTo(offset int64, origin SeekOrigin) int64 {
	if origin < SeekOriginBegin || origin > SeekOriginEnd {
		panic(system.NewArgumentExceptionParam("Invalid seek origin.", "origin"))
	}
	s.ensureOpen()
	if !s.CanSeek() {
		panic(errSeekNotSupported())
	}
	var target int64
	switch origin {
	case SeekOriginBegin:
		target = offset
	case SeekOriginCurrent:
		target = s.Position() + offset
	default:
		target = s.Length() + offset
	}
	if target < 0 {
		panic(NewIOException("An attempt was made to move the position before the beginning of the stream."))
	}
	if s.appendStart >= 0 && target < s.appendStart {
		panic(NewIOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode."))
	}
	p, err := s.file.Seek(target, goio.SeekStart)
	if err != nil {
		panic(fileError(err, s.name, false))
	}
	return p
}

// SetLength is FileStream.SetLength(value).
func (s *FileStream) SetLength(value int64) {
	if value < 0 {
		panic(system.NewArgumentOutOfRangeExceptionMessage("value", msgNeedNonNegNum))
	}
	s.ensureOpen()
	if !s.CanWrite() {
		panic(errWriteNotSupported())
	}
	if err := s.file.Truncate(value); err != nil {
		panic(fileError(err, s.name, false))
	}
	if s.Position() > value {
		s.file.Seek(value, goio.SeekStart)
	}
}

// Read is FileStream.Read(buffer, offset, count).
func (s *FileStream) Read(buffer []byte, offset, count int32) int32 {
	StreamValidateBufferArguments(buffer, offset, count)
	s.ensureOpen()
	if !s.CanRead() {
		panic(errReadNotSupported())
	}
	if count == 0 {
		return 0
	}
	n, err := s.file.Read(buffer[offset : offset+count])
	if err != nil && err != goio.EOF {
		panic(fileError(err, s.name, false))
	}
	return int32(n)
}

// Write is FileStream.Write(buffer, offset, count).
func (s *FileStream) Write(buffer []byte, offset, count int32) {
	StreamValidateBufferArguments(buffer, offset, count)
	s.ensureOpen()
	if !s.CanWrite() {
		panic(errWriteNotSupported())
	}
	if _, err := s.file.Write(buffer[offset : offset+count]); err != nil {
		panic(fileError(err, s.name, false))
	}
}

// Flush is FileStream.Flush(): writes are not buffered, so only the
// closed check remains.
func (s *FileStream) Flush() { s.ensureOpen() }

// FlushToDisk is FileStream.Flush(flushToDisk: true).
func (s *FileStream) FlushToDisk(flushToDisk bool) {
	s.ensureOpen()
	if flushToDisk {
		s.file.Sync()
	}
}

// Dispose is FileStream.Dispose(): it closes the file; repeating it is harmless.
func (s *FileStream) Dispose() {
	if s.closed {
		return
	}
	s.closed = true
	s.file.Close()
}
