// Tests for StreamReader, StreamWriter, File, Path and Directory; expected
// values printed by Mono 6.8 (sr.cs, path.cs oracles) unless a case names a
// .NET Core difference.

package io

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/cs2go/cs2go/runtime/system/text"
	"github.com/google/go-cmp/cmp"
)

// recorder is a stream that records the size of each Write and counts
// Flush calls, to compare StreamWriter's buffering with .NET's.
type recorder struct {
	MemoryStream
	writes  []int32
	flushes int
}

func newRecorder() *recorder {
	r := &recorder{MemoryStream: *NewMemoryStream()}
	r.InitStreamBase(r)
	return r
}

func (r *recorder) Write(b []byte, o, c int32) {
	r.writes = append(r.writes, c)
	r.MemoryStream.Write(b, o, c)
}

func (r *recorder) Flush() { r.flushes++ }

// nonSeekable hides CanSeek, as a network stream would.
type nonSeekable struct{ MemoryStream }

func newNonSeekable(b []byte) *nonSeekable {
	s := &nonSeekable{MemoryStream: *NewMemoryStreamBytes(b)}
	s.InitStreamBase(s)
	return s
}

func (s *nonSeekable) CanSeek() bool { return false }

func TestStreamWriterBuffering(t *testing.T) {
	r := newRecorder()
	w := NewStreamWriter(r)
	w.WriteString(strings.Repeat("a", 3000))
	if diff := cmp.Diff([]int32{1024, 1024}, r.writes); diff != "" || r.flushes != 0 {
		t.Errorf("before Close: writes (-want +got)\n%s flushes %d", diff, r.flushes)
	}
	w.Close()
	if diff := cmp.Diff([]int32{1024, 1024, 952}, r.writes); diff != "" || r.flushes != 1 {
		t.Errorf("after Close: writes (-want +got)\n%s flushes %d", diff, r.flushes)
	}

	r5 := newRecorder()
	w5 := NewStreamWriter(r5)
	w5.SetAutoFlush(true)
	w5.WriteString("ab")
	w5.Write("c")
	if diff := cmp.Diff([]int32{2, 1}, r5.writes); diff != "" || r5.flushes != 3 {
		t.Errorf("AutoFlush: writes (-want +got)\n%s flushes %d, want 3", diff, r5.flushes)
	}
}

func TestStreamWriterBytes(t *testing.T) {
	tests := []struct {
		name string
		do   func(m *MemoryStream)
		want []byte
	}{
		{"Encoding.UTF8 writes a BOM", func(m *MemoryStream) {
			w := NewStreamWriterEncoding(m, text.EncodingUTF8())
			w.WriteString("hi")
			w.Flush()
		}, []byte{0xEF, 0xBB, 0xBF, 'h', 'i'}},
		{"BOM even when nothing is written", func(m *MemoryStream) {
			NewStreamWriterEncoding(m, text.EncodingUTF8()).Dispose()
		}, []byte{0xEF, 0xBB, 0xBF}},
		{"values and composite format", func(m *MemoryStream) {
			w := NewStreamWriter(m)
			w.WriteLineString("a")
			w.Write(int32(1))
			w.Write(system.Char('c'))
			w.Write(true)
			w.WriteLineFormat("{0}-{1}", int32(1), "x")
			w.Flush()
		}, []byte("a\n1cTrue1-x\n")},
		{"no BOM when the stream is not at 0", func(m *MemoryStream) {
			m.WriteSingleByte('z')
			w := NewStreamWriterEncoding(m, text.EncodingUTF8())
			w.WriteString("y")
			w.Dispose()
		}, []byte("zy")},
		{"surrogate pair split by the buffer", func(m *MemoryStream) {
			w := NewStreamWriterFull(m, nil, 128, true)
			w.WriteString(strings.Repeat("a", 127) + "😀")
			w.Flush()
		}, []byte(strings.Repeat("a", 127) + "😀")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMemoryStream()
			tt.do(m)
			if diff := cmp.Diff(tt.want, m.ToArray()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	w := NewStreamWriter(NewMemoryStream())
	w.Close()
	// .NET Core names the class (Mono: "Can not write to a closed TextWriter." without it).
	if got, want := describe(func() { w.WriteString("x") }), "System.ObjectDisposedException: Cannot write to a closed TextWriter.\nObject name: 'StreamWriter'."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := describe(func() { w.WriteAsync("x").Await() }), "System.ObjectDisposedException: Cannot write to a closed TextWriter.\nObject name: 'StreamWriter'."; got != want {
		t.Errorf("async: got %q, want %q", got, want)
	}
}

func TestStreamReaderLinesAndBOM(t *testing.T) {
	tests := []struct {
		data     []byte
		encoding string
		lines    []string
	}{
		{[]byte{0xFF, 0xFE, 0x41, 0, 0x0D, 0, 0x0A, 0, 0x42, 0}, "utf-16", []string{"A", "B"}},
		{[]byte{0xEF, 0xBB, 0xBF, 0x41, 0x0D, 0x42}, "utf-8", []string{"A", "B"}},
		{[]byte{0xFE, 0xFF, 0, 0x41}, "utf-16BE", []string{"A"}},
		{[]byte{0xFF, 0xFE, 0, 0, 0x41, 0, 0, 0}, "utf-32", []string{"A"}},
		{[]byte{0x41, 0x0A, 0x0A, 0x42, 0x0D, 0x0A}, "utf-8", []string{"A", "", "B"}},
		{[]byte{0x41}, "utf-8", []string{"A"}},
		{[]byte{}, "utf-8", nil},
		// .NET 8 flushes the decoder at the end: a cut sequence is U+FFFD
		// (dotnet/docs#38262; Mono and .NET 7 drop it).
		{[]byte{0xC3}, "utf-8", []string{"\uFFFD"}},
		// A cut BOM: .NET 8's final flush decodes the kept preamble bytes
		// as one U+FFFD (Mono: no line).
		{[]byte{0xEF, 0xBB}, "utf-8", []string{"\uFFFD"}},
	}
	for _, tt := range tests {
		r := NewStreamReader(newNonSeekable(tt.data))
		var lines []string
		for line, ok := r.ReadLineOK(); ok; line, ok = r.ReadLineOK() {
			lines = append(lines, line)
		}
		got := []any{r.CurrentEncoding().WebName(), lines, r.EndOfStream(), r.Read(), r.Peek(), r.ReadLine()}
		want := []any{tt.encoding, tt.lines, true, int32(-1), int32(-1), ""}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("% x: (-want +got)\n%s", tt.data, diff)
		}
	}
}

func TestStreamReaderReads(t *testing.T) {
	s2 := NewStreamReader(NewMemoryStreamBytes([]byte("xy\r\nz")))
	got := []any{s2.Peek(), s2.Read(), s2.ReadToEnd()}
	_, eofOK := s2.ReadLineOK()
	got = append(got, eofOK, s2.ReadToEnd())
	if diff := cmp.Diff([]any{int32(120), int32(120), "y\r\nz", false, ""}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	s2.Close()
	if got, want := describe(func() { s2.Read() }), "System.ObjectDisposedException: Cannot read from a closed TextReader.\nObject name: 'StreamReader'."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	lengths := []int{
		len(text.StringToUTF16(NewStreamReaderFull(NewMemoryStreamBytes([]byte{0xFF, 0xFE, 0x41, 0}), text.EncodingASCII(), false, -1, false).ReadToEnd())),
		len(text.StringToUTF16(NewStreamReaderFull(NewMemoryStreamBytes([]byte{0xEF, 0xBB, 0xBF, 0x41}), text.EncodingASCII(), false, -1, false).ReadToEnd())),
		len(text.StringToUTF16(NewStreamReaderFull(NewMemoryStreamBytes([]byte{0xEF, 0xBB, 0xBF, 0x41}), text.NewUTF8Encoding(false), false, -1, false).ReadToEnd())),
	}
	if diff := cmp.Diff([]int{4, 4, 2}, lengths); diff != "" {
		t.Errorf("preamble handling (-want +got)\n%s", diff)
	}
	// Text split at every byte boundary by a tiny read buffer still decodes.
	long := strings.Repeat("héllo wörld 😀\r\n", 200)
	r := NewStreamReaderFull(NewMemoryStreamBytes(append([]byte{0xEF, 0xBB, 0xBF}, long...)), text.EncodingUTF8(), true, 128, false)
	if got := r.ReadToEndAsync().Await(); got != long {
		t.Errorf("ReadToEndAsync lost text: %d vs %d bytes", len(got), len(long))
	}
	lr := NewStreamReader(NewMemoryStreamBytes([]byte("one\ntwo")))
	var lines []string
	for res := lr.ReadLineOKAsync().Await(); res.OK; res = lr.ReadLineOKAsync().Await() {
		lines = append(lines, res.Line)
	}
	if diff := cmp.Diff([]string{"one", "two"}, lines); diff != "" {
		t.Errorf("ReadLineOKAsync (-want +got)\n%s", diff)
	}
	buf := make([]system.Char, 5)
	br := NewStreamReader(NewMemoryStreamBytes([]byte("abcdefg")))
	if n := br.ReadBlock(buf, 1, 4); n != 4 || buf[1] != 'a' || buf[4] != 'd' {
		t.Errorf("ReadBlock = %d %v", n, buf)
	}
}

func TestPath(t *testing.T) {
	tests := []struct {
		path                  string
		dir, file, ext, noExt string
		rooted, hasExt        bool
	}{
		{"/a/b", "/a", "b", "", "b", true, false},
		{"/a", "/", "a", "", "a", true, false},
		{"/", "", "", "", "", true, false}, // dir: null in .NET
		{"a", "", "a", "", "a", false, false},
		{"a/b", "a", "b", "", "b", false, false},
		{"/a/b/", "/a/b", "", "", "", true, false},
		{"a//b//c", "a/b", "c", "", "c", false, false},
		{"/a/b.txt", "/a", "b.txt", ".txt", "b", true, true},
		{"a.", "", "a.", "", "a", false, false},
		{".bashrc", "", ".bashrc", ".bashrc", "", false, true},
		{"a.b.c", "", "a.b.c", ".c", "a.b", false, true},
		{"/x.y/z", "/x.y", "z", "", "z", true, false},
		{"", "", "", "", "", false, false}, // dir: .NET Core returns null (Mono throws)
	}
	for _, tt := range tests {
		got := []any{PathGetDirectoryName(tt.path), PathGetFileName(tt.path), PathGetExtension(tt.path), PathGetFileNameWithoutExtension(tt.path), PathIsPathRooted(tt.path), PathHasExtension(tt.path)}
		want := []any{tt.dir, tt.file, tt.ext, tt.noExt, tt.rooted, tt.hasExt}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q: (-want +got)\n%s", tt.path, diff)
		}
	}
	got := []string{PathCombine("a", "b"), PathCombine("a/", "b"), PathCombine("a", "/b", "c"), PathCombine("", "b"), PathCombine("a", ""),
		PathGetFullPath("/a/./b/../c//d/"), PathGetFullPath("/.."), PathGetFullPath("/a/b/.."),
		PathChangeExtension("a/b.txt", ".md"), PathChangeExtension("a/b.txt", "md"), PathChangeExtension("a/b", "md"), PathChangeExtension("a/b.txt", ""), PathChangeExtension("a.x/b", ".y"),
		string(rune(PathDirectorySeparatorChar())), string(rune(PathPathSeparator()))}
	want := []string{"a/b", "a/b", "/b/c", "b", "a", "/a/c/d/", "/", "/a", "a/b.md", "a/b.md", "a/b.md", "a/b", "a.x/b.y", "/", ":"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if tp := PathGetTempPath(); !strings.HasSuffix(tp, "/") {
		t.Errorf("GetTempPath %q lacks the trailing '/'", tp)
	}
}

func TestFileAndDirectory(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	FileWriteAllText(p, "héllo\nworld")
	if b, _ := os.ReadFile(p); string(b) != "héllo\nworld" {
		t.Errorf("WriteAllText wrote %q", b)
	}
	FileAppendAllText(p, "!\n")
	got := []any{FileExists(p), FileExists(dir), FileExists(""), FileReadAllText(p), FileReadAllLines(p), len(FileReadAllBytes(p))}
	want := []any{true, false, false, "héllo\nworld!\n", []string{"héllo", "world!"}, 14}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	bom := filepath.Join(dir, "bom.txt")
	FileWriteAllTextEncoding(bom, "x", text.EncodingUTF8())
	FileAppendAllTextEncoding(bom, "y", text.EncodingUTF8()) // no second BOM: the file is not empty
	if b, _ := os.ReadFile(bom); string(b) != "\xEF\xBB\xBFxy" {
		t.Errorf("BOM file = % x", b)
	}
	if s := FileReadAllText(bom); s != "xy" {
		t.Errorf("ReadAllText kept the BOM: %q", s)
	}
	FileWriteAllLines(filepath.Join(dir, "l.txt"), []string{"1", "2"})
	FileCopy(filepath.Join(dir, "l.txt"), filepath.Join(dir, "m.txt"))
	FileWriteAllBytes(filepath.Join(dir, "b.bin"), []byte{1, 2})
	DirectoryCreateDirectory(filepath.Join(dir, "sub", "deeper"))
	FileWriteAllText(filepath.Join(dir, "sub", "c.txt"), "")
	files := DirectoryGetFiles(dir)
	txt := DirectoryGetFiles(dir, "*.txt")
	all := DirectoryGetFilesOption(dir, "*.txt", SearchOptionAllDirectories)
	dirs := DirectoryGetDirectories(dir)
	rel := func(ps []string) []string {
		out := []string{}
		for _, x := range ps {
			out = append(out, strings.TrimPrefix(x, dir+"/"))
		}
		return out
	}
	gotLists := [][]string{rel(files), rel(txt), rel(all), rel(dirs)}
	wantLists := [][]string{{"a.txt", "b.bin", "bom.txt", "l.txt", "m.txt"}, {"a.txt", "bom.txt", "l.txt", "m.txt"}, {"a.txt", "bom.txt", "l.txt", "m.txt", "sub/c.txt"}, {"sub"}}
	if diff := cmp.Diff(wantLists, gotLists); diff != "" {
		t.Errorf("listings (-want +got)\n%s", diff)
	}
	if s := FileReadAllText(filepath.Join(dir, "m.txt")); s != "1\n2\n" {
		t.Errorf("copied WriteAllLines file = %q", s)
	}
	FileDelete(filepath.Join(dir, "m.txt"))
	FileDelete(filepath.Join(dir, "m.txt")) // missing file: no error
	if FileExists(filepath.Join(dir, "m.txt")) || !DirectoryExists(filepath.Join(dir, "sub")) {
		t.Error("Delete/Exists mismatch")
	}

	missing := filepath.Join(dir, "nope.txt")
	missingDir := filepath.Join(dir, "nodir", "x.txt")
	errs := []struct {
		name string
		do   func()
		want string
	}{
		{"ReadAllText missing file", func() { FileReadAllText(missing) }, "System.IO.FileNotFoundException: Could not find file '" + missing + "'."},
		{"ReadAllBytes missing directory", func() { FileReadAllBytes(missingDir) }, "System.IO.DirectoryNotFoundException: Could not find a part of the path '" + missingDir + "'."},
		{"WriteAllText missing directory", func() { FileWriteAllText(missingDir, "x") }, "System.IO.DirectoryNotFoundException: Could not find a part of the path '" + missingDir + "'."},
		{"Copy onto existing", func() { FileCopy(p, bom) }, "System.IO.IOException: The file '" + bom + "' already exists."},
		{"CreateNew existing", func() { NewFileStream(p, FileModeCreateNew, FileAccessWrite) }, "System.IO.IOException: The file '" + p + "' already exists."},
		{"open a directory", func() { FileReadAllText(dir) }, "System.UnauthorizedAccessException: Access to the path '" + dir + "' is denied."},
		{"empty path", func() { FileReadAllText("") }, "System.ArgumentException: The value cannot be an empty string. (Parameter 'path')"},
		{"Append with Read", func() { NewFileStream(p, FileModeAppend, FileAccessRead) }, "System.ArgumentException: Combining FileMode: Append with FileAccess: Read is invalid. (Parameter 'access')"},
		{"GetFiles missing", func() { DirectoryGetFiles(filepath.Join(dir, "nodir")) }, "System.IO.DirectoryNotFoundException: Could not find a part of the path '" + filepath.Join(dir, "nodir") + "'."},
		{"Delete in missing directory", func() { FileDelete(missingDir) }, "System.IO.DirectoryNotFoundException: Could not find a part of the path '" + missingDir + "'."},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	ex := catch(func() { FileReadAllText(missing) })
	if fnf, ok := system.AsException[*FileNotFoundException](ex); !ok || fnf.FileName() != missing {
		t.Errorf("FileName() = %v", ex)
	}
}

func TestFileStream(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.bin")
	fs := NewFileStream(p, FileModeCreate, FileAccessReadWrite)
	fs.Write([]byte("hello"), 0, 5)
	got := []any{fs.Length(), fs.Position(), fs.CanRead(), fs.CanWrite(), fs.CanSeek(), fs.Name() == p}
	fs.SeekTo(1, SeekOriginBegin)
	b := make([]byte, 3)
	got = append(got, fs.Read(b, 0, 3), string(b), fs.ReadByteOrEOF(), fs.ReadByteOrEOF())
	fs.SetLength(2)
	got = append(got, fs.Length(), fs.Position())
	fs.Close()
	got = append(got, fs.CanRead(), describe(func() { fs.ReadByteOrEOF() }))
	want := []any{int64(5), int64(5), true, true, true, true, int32(3), "ell", int32('o'), int32(-1), int64(2), int64(2), false,
		"System.ObjectDisposedException: Cannot access a closed Stream."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	ap := NewFileStream(p, FileModeAppend, 0)
	ap.WriteSingleByte('!')
	if got, want := describe(func() { ap.SeekTo(0, SeekOriginBegin) }), "System.IO.IOException: Unable seek backward to overwrite data that previously existed in a file opened in Append mode."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ap.Dispose()
	if s := FileReadAllText(p); s != "he!" {
		t.Errorf("append result %q", s)
	}
}

func TestFileInfoAndAsync(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.json")
	FileWriteAllTextAsync(p, "{}").Await()
	fi := NewFileInfo(p)
	got := []any{fi.Exists(), fi.Length(), fi.Name(), fi.Extension(), fi.DirectoryName() == dir, FileReadAllTextAsync(p).Await(), len(FileReadAllBytesAsync(p).Await())}
	if diff := cmp.Diff([]any{true, int64(2), "x.json", ".json", true, "{}", 2}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	missing := filepath.Join(dir, "none")
	if got, want := describe(func() { NewFileInfo(missing).Length() }), "System.IO.FileNotFoundException: Could not find file '"+missing+"'."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := describe(func() { FileReadAllTextAsync(missing).Await() }), "System.IO.FileNotFoundException: Could not find file '"+missing+"'."; got != want {
		t.Errorf("await: got %q, want %q", got, want)
	}
}

// trickle returns at most 10 bytes per Read, like a network stream that
// delivers data in small pieces.
type trickle struct {
	StreamBase
	data []byte
}

func newTrickle(data []byte) *trickle {
	s := &trickle{data: data}
	s.InitStreamBase(s)
	return s
}

func (s *trickle) CanRead() bool  { return true }
func (s *trickle) CanWrite() bool { return false }
func (s *trickle) CanSeek() bool  { return false }
func (s *trickle) Read(b []byte, o, c int32) int32 {
	n := copy(b[o:o+min(c, 10)], s.data)
	s.data = s.data[n:]
	return int32(n)
}

// TestStreamReaderShortReads checks .NET's _isBlocked behaviour (Mono
// oracle peek.cs prints "10 25", "10", "4000").
func TestStreamReaderShortReads(t *testing.T) {
	data := make([]byte, 35)
	for i := range data {
		data[i] = byte('a' + i%26)
	}
	r := NewStreamReader(newTrickle(data))
	n := 0
	for r.Peek() >= 0 {
		r.Read()
		n++
	}
	rest := len(r.ReadToEnd())
	r2 := NewStreamReader(newTrickle(data))
	got := []any{n, rest, r2.ReadChars(make([]system.Char, 30), 0, 30),
		NewStreamReader(NewMemoryStreamBytes(make([]byte, 5000))).ReadChars(make([]system.Char, 4000), 0, 4000)}
	if diff := cmp.Diff([]any{10, 25, int32(10), int32(4000)}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
