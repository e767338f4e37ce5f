// System.IO.FileInfo (the members programs serving files use) and the
// async forms of File's whole-file methods.

package io

import (
	"os"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
	"github.com/cs2go/cs2go/runtime/system/threading/tasks"
)

// FileInfo is System.IO.FileInfo. Like .NET's, it reads the file's state
// on first use and keeps it until Refresh.
type FileInfo struct {
	originalPath string
	fullName     string
	stat         os.FileInfo
	statErr      error
	statDone     bool
}

// NewFileInfo is `new FileInfo(fileName)`.
func NewFileInfo(fileName string) *FileInfo {
	checkPathArg(fileName, "fileName")
	return &FileInfo{originalPath: fileName, fullName: PathGetFullPath(fileName)}
}

func (f *FileInfo) state() (os.FileInfo, error) {
	if !f.statDone {
		f.stat, f.statErr = os.Stat(f.fullName)
		f.statDone = true
	}
	return f.stat, f.statErr
}

// Refresh is FileSystemInfo.Refresh().
func (f *FileInfo) Refresh() { f.statDone = false }

// Exists is FileInfo.Exists: a file (not a directory) is there.
func (f *FileInfo) Exists() bool {
	st, err := f.state()
	return err == nil && !st.IsDir()
}

// Length is FileInfo.Length: FileNotFoundException when there is no file.
func (f *FileInfo) Length() int64 {
	st, err := f.state()
	if err != nil || st.IsDir() {
		panic(NewFileNotFoundExceptionFileName("Could not find file '"+f.fullName+"'.", f.fullName))
	}
	return st.Size()
}

// Name is FileInfo.Name: the file name without its directory.
func (f *FileInfo) Name() string { return PathGetFileName(f.originalPath) }

// FullName is FileSystemInfo.FullName.
func (f *FileInfo) FullName() string { return f.fullName }

// Extension is FileSystemInfo.Extension.
func (f *FileInfo) Extension() string { return PathGetExtension(f.fullName) }

// DirectoryName is FileInfo.DirectoryName.
func (f *FileInfo) DirectoryName() string { return PathGetDirectoryName(f.fullName) }

// Directory is FileInfo.Directory.
func (f *FileInfo) Directory() *DirectoryInfo {
	return &DirectoryInfo{fullName: PathGetDirectoryName(f.fullName)}
}

// IsReadOnly is FileInfo.IsReadOnly: no write permission for the owner.
func (f *FileInfo) IsReadOnly() bool {
	st, err := f.state()
	return err == nil && st.Mode().Perm()&0o200 == 0
}

// OpenRead is FileInfo.OpenRead().
func (f *FileInfo) OpenRead() *FileStream { return FileOpenRead(f.fullName) }

// OpenText is FileInfo.OpenText().
func (f *FileInfo) OpenText() *StreamReader { return NewStreamReaderPath(f.fullName) }

// Delete is FileInfo.Delete().
func (f *FileInfo) Delete() {
	FileDelete(f.fullName)
	f.Refresh()
}

// ToString is FileInfo.ToString(): the path as given.
func (f *FileInfo) ToString() string { return f.originalPath }

// fileTask runs f on another goroutine, with argument checks done at the
// call as .NET's async File methods make them.
func fileTask[T any](path string, f func() T) *tasks.TaskOf[T] {
	checkPathArg(path, "path")
	return tasks.RunOf(f)
}

// FileReadAllTextAsync is File.ReadAllTextAsync(path).
func FileReadAllTextAsync(path string) *tasks.TaskOf[string] {
	return fileTask(path, func() string { return FileReadAllText(path) })
}

// FileReadAllBytesAsync is File.ReadAllBytesAsync(path).
func FileReadAllBytesAsync(path string) *tasks.TaskOf[[]byte] {
	return fileTask(path, func() []byte { return FileReadAllBytes(path) })
}

// FileReadAllLinesAsync is File.ReadAllLinesAsync(path).
func FileReadAllLinesAsync(path string) *tasks.TaskOf[[]string] {
	return fileTask(path, func() []string { return FileReadAllLines(path) })
}

// FileWriteAllTextAsync is File.WriteAllTextAsync(path, contents).
func FileWriteAllTextAsync(path, contents string) *tasks.Task {
	checkPathArg(path, "path")
	return tasks.Run(func() { FileWriteAllText(path, contents) })
}

// FileWriteAllTextEncodingAsync is File.WriteAllTextAsync(path, contents, encoding).
func FileWriteAllTextEncodingAsync(path, contents string, encoding *text.Encoding) *tasks.Task {
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	checkPathArg(path, "path")
	return tasks.Run(func() { FileWriteAllTextEncoding(path, contents, encoding) })
}

// FileWriteAllBytesAsync is File.WriteAllBytesAsync(path, bytes).
func FileWriteAllBytesAsync(path string, bytes []byte) *tasks.Task {
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	checkPathArg(path, "path")
	return tasks.Run(func() { FileWriteAllBytes(path, bytes) })
}

// FileAppendAllTextAsync is File.AppendAllTextAsync(path, contents).
func FileAppendAllTextAsync(path, contents string) *tasks.Task {
	checkPathArg(path, "path")
	return tasks.Run(func() { FileAppendAllText(path, contents) })
}
