// Tests for BinaryWriter/BinaryReader and StringReader/StringWriter;
// expected values printed by Mono 6.8 (bin.cs oracle).

package io

import (
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/google/go-cmp/cmp"
)

func TestBinaryRoundTrip(t *testing.T) {
	m := NewMemoryStream()
	w := NewBinaryWriter(m)
	for _, v := range []any{true, byte(7), int16(-2), int32(1234567), int64(-5), 1.5, float32(2.5), system.Char('é'), "hé", strings.Repeat("x", 200), uint16(65535)} {
		w.Write(v)
	}
	w.Flush()
	b := m.ToArray()
	wantPrefix := []byte{0x01, 0x07, 0xFE, 0xFF, 0x87, 0xD6, 0x12, 0x00, 0xFB, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F, 0, 0, 0x20, 0x40, 0xC3, 0xA9, 0x03, 0x68, 0xC3, 0xA9, 0xC8, 0x01, 0x78, 0x78, 0x78, 0x78}
	if diff := cmp.Diff(wantPrefix, b[:40]); diff != "" || len(b) != 238 {
		t.Errorf("bytes (-want +got)\n%s length %d, want 238", diff, len(b))
	}
	m.SetPosition(0)
	r := NewBinaryReader(m)
	got := []any{r.ReadBoolean(), r.ReadSingleByte(), r.ReadInt16(), r.ReadInt32(), r.ReadInt64(), r.ReadDouble(), r.ReadSingle(), r.ReadChar(), r.ReadString(), len(r.ReadString()), r.ReadUInt16()}
	want := []any{true, byte(7), int16(-2), int32(1234567), int64(-5), 1.5, float32(2.5), system.Char('é'), "hé", 200, uint16(65535)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if got, want := describe(func() { r.ReadInt32() }), "System.IO.EndOfStreamException: Unable to read beyond the end of the stream."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if n, c := len(r.ReadBytes(5)), r.Read(); n != 0 || c != -1 {
		t.Errorf("ReadBytes at end = %d, Read = %d", n, c)
	}
}

func TestStringReaderWriter(t *testing.T) {
	sr := NewStringReader("a\r\nb\rc\n\nd")
	var lines []string
	for l, ok := sr.ReadLineOK(); ok; l, ok = sr.ReadLineOK() {
		lines = append(lines, l)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "", "d"}, lines); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	sw := NewStringWriter()
	sw.Write(int32(1))
	sw.WriteLineString("x")
	sw.WriteFormat("{0}|{1}", int32(2), "y")
	got := []any{sw.ToString(), sw.Encoding().WebName(), len(sw.Encoding().GetPreamble())}
	if diff := cmp.Diff([]any{"1x\n2|y", "utf-16", 0}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var tw TextWriter = sw
	tw.Close()
	if got, want := describe(func() { tw.WriteString("z") }), "System.ObjectDisposedException: Cannot write to a closed TextWriter."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
