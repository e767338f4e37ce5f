// Package io is .NET's System.IO for translated programs: Stream and the
// embeddable StreamBase, MemoryStream, FileStream, StreamReader/Writer,
// StringReader/Writer, BinaryReader/Writer, File, FileInfo, Path,
// Directory, and the IOException family.
//
// Conventions the translator relies on:
//
//   - A concrete stream embeds StreamBase and calls InitStreamBase(self);
//     StreamBase then supplies ReadByteOrEOF, WriteSingleByte, CopyTo, the async
//     methods and Close/Dispose in terms of the outer stream's methods.
//   - .NET's null string is "": ReadLine returns "" at the end of the
//     input and ReadLineOK reports it, so
//     `while ((line = r.ReadLine()) != null)` lowers to
//     `for line, ok := r.ReadLineOK(); ok; line, ok = r.ReadLineOK()`.
//   - Overloads that differ by argument type are one method taking any
//     where C# would pick by static type (StreamWriter.Write,
//     BinaryWriter.Write), else descriptive suffixes (WriteString,
//     WriteLineFormat, ReadChars).
//   - Paths follow .NET on Unix; file-system errors raise the exception
//     and message .NET raises for the same errno.
//
// go vet reserves the method names ReadByte, WriteByte and Seek for Go's
// io.ByteReader, io.ByteWriter and io.Seeker signatures, so .NET's
// Stream.ReadByte(), WriteByte(b) and Seek(offset, origin) are
// ReadByteOrEOF, WriteSingleByte and SeekTo here, and
// BinaryReader.ReadByte() is ReadSingleByte (see docs/DESIGN.md).
package io
