// System.IO.File: whole-file reads and writes and file management, with
// .NET's encodings, byte-order-mark handling and exceptions.

package io

import (
	"os"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
)

// FileExists is File.Exists(path): false for "" and for directories,
// never an exception.
func FileExists(path string) bool {
	if path == "" {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

// FileReadAllBytes is File.ReadAllBytes(path).
func FileReadAllBytes(path string) []byte {
	fs := NewFileStreamShare(path, FileModeOpen, FileAccessRead, FileShareRead)
	defer fs.Dispose()
	ms := NewMemoryStream()
	fs.CopyTo(ms)
	return ms.ToArray()
}

// FileReadAllText is File.ReadAllText(path): UTF-8, or the encoding a
// byte-order mark names; the mark is not part of the text.
func FileReadAllText(path string) string {
	return FileReadAllTextEncoding(path, text.EncodingUTF8())
}

// FileReadAllTextEncoding is File.ReadAllText(path, encoding).
func FileReadAllTextEncoding(path string, encoding *text.Encoding) string {
	checkPathArg(path, "path")
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	r := NewStreamReaderPathEncoding(path, encoding)
	defer r.Dispose()
	return r.ReadToEnd()
}

// FileReadAllLines is File.ReadAllLines(path).
func FileReadAllLines(path string) []string {
	return FileReadAllLinesEncoding(path, text.EncodingUTF8())
}

// FileReadAllLinesEncoding is File.ReadAllLines(path, encoding).
func FileReadAllLinesEncoding(path string, encoding *text.Encoding) []string {
	checkPathArg(path, "path")
	r := NewStreamReaderPathEncoding(path, encoding)
	defer r.Dispose()
	lines := []string{}
	for line, ok := r.ReadLineOK(); ok; line, ok = r.ReadLineOK() {
		lines = append(lines, line)
	}
	return lines
}

// FileReadLines is File.ReadLines(path), read eagerly: the lines as a slice
// the translator ranges over.
func FileReadLines(path string) []string { return FileReadAllLines(path) }

// FileWriteAllBytes is File.WriteAllBytes(path, bytes).
func FileWriteAllBytes(path string, bytes []byte) {
	checkPathArg(path, "path")
	if bytes == nil {
		panic(system.NewArgumentNullException("bytes"))
	}
	fs := NewFileStreamShare(path, FileModeCreate, FileAccessWrite, FileShareRead)
	defer fs.Dispose()
	fs.Write(bytes, 0, int32(len(bytes)))
}

// FileWriteAllText is File.WriteAllText(path, contents): UTF-8 without a
// byte-order mark.
func FileWriteAllText(path, contents string) {
	writeText(path, contents, text.EncodingDefault(), false)
}

// FileWriteAllTextEncoding is File.WriteAllText(path, contents, encoding):
// the encoding's preamble (a BOM for Encoding.UTF8) comes first.
func FileWriteAllTextEncoding(path, contents string, encoding *text.Encoding) {
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	writeText(path, contents, encoding, false)
}

// FileAppendAllText is File.AppendAllText(path, contents): UTF-8 without a
// byte-order mark, the file created when missing.
func FileAppendAllText(path, contents string) {
	writeText(path, contents, text.EncodingDefault(), true)
}

// FileAppendAllTextEncoding is File.AppendAllText(path, contents, encoding):
// the preamble is written only when the file was empty, as StreamWriter does.
func FileAppendAllTextEncoding(path, contents string, encoding *text.Encoding) {
	if encoding == nil {
		panic(system.NewArgumentNullException("encoding"))
	}
	writeText(path, contents, encoding, true)
}

func writeText(path, contents string, encoding *text.Encoding, appendTo bool) {
	checkPathArg(path, "path")
	w := NewStreamWriterPathEncoding(path, appendTo, encoding)
	defer w.Dispose()
	w.WriteString(contents)
}

// FileWriteAllLines is File.WriteAllLines(path, contents): each line
// followed by "\n" (Environment.NewLine), UTF-8 without BOM.
func FileWriteAllLines(path string, contents []string) {
	writeLines(path, contents, text.EncodingDefault(), false)
}

// FileWriteAllLinesEncoding is File.WriteAllLines(path, contents, encoding).
func FileWriteAllLinesEncoding(path string, contents []string, encoding *text.Encoding) {
	writeLines(path, contents, encoding, false)
}

// FileAppendAllLines is File.AppendAllLines(path, contents).
func FileAppendAllLines(path string, contents []string) {
	writeLines(path, contents, text.EncodingDefault(), true)
}

func writeLines(path string, contents []string, encoding *text.Encoding, appendTo bool) {
	checkPathArg(path, "path")
	if contents == nil {
		panic(system.NewArgumentNullException("contents"))
	}
	w := NewStreamWriterPathEncoding(path, appendTo, encoding)
	defer w.Dispose()
	for _, line := range contents {
		w.WriteLineString(line)
	}
}

// FileDelete is File.Delete(path): a missing file is no error, a missing
// directory is DirectoryNotFoundException, as .NET on Unix.
func FileDelete(path string) {
	checkPathArg(path, "path")
	full := PathGetFullPath(path)
	st, err := os.Lstat(full)
	if err != nil {
		if !parentExists(full) {
			panic(NewDirectoryNotFoundException("Could not find a part of the path '" + full + "'."))
		}
		return
	}
	if st.IsDir() {
		panic(system.NewUnauthorizedAccessException("Access to the path '" + full + "' is denied."))
	}
	if err := os.Remove(full); err != nil {
		panic(fileError(err, full, false))
	}
}

// FileOpen is File.Open(path, mode, access); access 0 is the two-argument
// overload's default.
func FileOpen(path string, mode FileMode, access FileAccess) *FileStream {
	return NewFileStreamShare(path, mode, access, FileShareNone)
}

// FileOpenRead is File.OpenRead(path).
func FileOpenRead(path string) *FileStream {
	return NewFileStreamShare(path, FileModeOpen, FileAccessRead, FileShareRead)
}

// FileOpenWrite is File.OpenWrite(path): opened or created, not truncated.
func FileOpenWrite(path string) *FileStream {
	return NewFileStreamShare(path, FileModeOpenOrCreate, FileAccessWrite, FileShareNone)
}

// FileCreate is File.Create(path): created or truncated, read/write.
func FileCreate(path string) *FileStream {
	return NewFileStreamShare(path, FileModeCreate, FileAccessReadWrite, FileShareNone)
}

// FileOpenText is File.OpenText(path).
func FileOpenText(path string) *StreamReader { return NewStreamReaderPath(path) }

// FileCreateText is File.CreateText(path).
func FileCreateText(path string) *StreamWriter { return NewStreamWriterPath(path, false) }

// FileAppendText is File.AppendText(path).
func FileAppendText(path string) *StreamWriter { return NewStreamWriterPath(path, true) }

// FileCopy is File.Copy(sourceFileName, destFileName): an existing
// destination is IOException.
func FileCopy(sourceFileName, destFileName string) {
	FileCopyOverwrite(sourceFileName, destFileName, false)
}

// FileCopyOverwrite is File.Copy(sourceFileName, destFileName, overwrite).
func FileCopyOverwrite(sourceFileName, destFileName string, overwrite bool) {
	checkPathArg(sourceFileName, "sourceFileName")
	checkPathArg(destFileName, "destFileName")
	src := NewFileStreamShare(sourceFileName, FileModeOpen, FileAccessRead, FileShareRead)
	defer src.Dispose()
	mode := FileModeCreateNew
	if overwrite {
		mode = FileModeCreate
	}
	dst := NewFileStreamShare(destFileName, mode, FileAccessWrite, FileShareNone)
	defer dst.Dispose()
	src.CopyTo(dst)
}

// FileMove is File.Move(sourceFileName, destFileName).
func FileMove(sourceFileName, destFileName string) {
	FileMoveOverwrite(sourceFileName, destFileName, false)
}

// FileMoveOverwrite is File.Move(sourceFileName, destFileName, overwrite).
func FileMoveOverwrite(sourceFileName, destFileName string, overwrite bool) {
	checkPathArg(sourceFileName, "sourceFileName")
	checkPathArg(destFileName, "destFileName")
	src, dst := PathGetFullPath(sourceFileName), PathGetFullPath(destFileName)
	if !FileExists(src) {
		panic(fileError(os.ErrNotExist, src, false))
	}
	if !overwrite && FileExists(dst) {
		panic(NewIOExceptionHResult("The file '"+dst+"' already exists.", 17))
	}
	if err := os.Rename(src, dst); err != nil {
		panic(fileError(err, dst, false))
	}
}
