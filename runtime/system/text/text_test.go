// Tests for Encoding and StringBuilder; expected values printed by Mono 6.8
// (enc.cs, sb.cs oracles) unless a case names a .NET Core difference.

package text

import (
	"strings"
	"testing"

	"github.com/cs2go/cs2go/runtime/system"
	"github.com/google/go-cmp/cmp"
)

func describe(f func()) (out string) {
	system.Try(f, system.Catch(func(e system.Exception) {
		out = e.GetType().FullName() + ": " + e.Message()
	}))
	if out == "" {
		out = "ok"
	}
	return out
}

func TestEncodingProperties(t *testing.T) {
	tests := []struct {
		enc                           *Encoding
		web, name                     string
		cp                            int32
		preamble                      []byte
		single                        bool
		str                           string
		maxBytes10, maxChars10, max11 int32
	}{
		{EncodingUTF8(), "utf-8", "Unicode (UTF-8)", 65001, []byte{0xEF, 0xBB, 0xBF}, false, "System.Text.UTF8Encoding+UTF8EncodingSealed", 33, 11, 12},
		{EncodingASCII(), "us-ascii", "US-ASCII", 20127, []byte{}, true, "System.Text.ASCIIEncoding+ASCIIEncodingSealed", 11, 10, 11},
		{EncodingUnicode(), "utf-16", "Unicode", 1200, []byte{0xFF, 0xFE}, false, "System.Text.UnicodeEncoding", 22, 6, 7},
		{EncodingBigEndianUnicode(), "utf-16BE", "Unicode (Big-Endian)", 1201, []byte{0xFE, 0xFF}, false, "System.Text.UnicodeEncoding", 22, 6, 7},
		{EncodingUTF32(), "utf-32", "Unicode (UTF-32)", 12000, []byte{0xFF, 0xFE, 0, 0}, false, "System.Text.UTF32Encoding", 44, 7, 7},
		// .NET Core names Latin-1 "Western European (ISO)" (Mono: "28591").
		{EncodingLatin1(), "iso-8859-1", "Western European (ISO)", 28591, []byte{}, true, "System.Text.Latin1Encoding+Latin1EncodingSealed", 11, 10, 11},
		// .NET Core's Default is UTF-8 without BOM (Mono: with BOM).
		{EncodingDefault(), "utf-8", "Unicode (UTF-8)", 65001, []byte{}, false, "System.Text.UTF8Encoding+UTF8EncodingSealed", 33, 11, 12},
		{NewUTF8Encoding(false), "utf-8", "Unicode (UTF-8)", 65001, []byte{}, false, "System.Text.UTF8Encoding", 33, 11, 12},
		{NewUTF32Encoding(true, true), "utf-32BE", "Unicode (UTF-32 Big-Endian)", 12001, []byte{0, 0, 0xFE, 0xFF}, false, "System.Text.UTF32Encoding", 44, 7, 7},
	}
	for _, tt := range tests {
		t.Run(tt.web, func(t *testing.T) {
			e := tt.enc
			got := []any{e.WebName(), e.EncodingName(), e.BodyName(), e.HeaderName(), e.CodePage(), e.GetPreamble(), e.IsSingleByte(), e.ToString(), e.GetMaxByteCount(10), e.GetMaxCharCount(10), e.GetMaxCharCount(11)}
			want := []any{tt.web, tt.name, tt.web, tt.web, tt.cp, tt.preamble, tt.single, tt.str, tt.maxBytes10, tt.maxChars10, tt.max11}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestEncodingGetBytes(t *testing.T) {
	s := "aé€😀" + loneD800 + "x"
	tests := []struct {
		enc   *Encoding
		bytes []byte
		count int32 // GetByteCount("aé€😀")
	}{
		{EncodingUTF8(), []byte{0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xEF, 0xBF, 0xBD, 0x78}, 10},
		// A surrogate pair falls back to "??" (.NET's replacement buffer doubles its string for pairs).
		{EncodingASCII(), []byte{0x61, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x78}, 5},
		{EncodingUnicode(), []byte{0x61, 0, 0xE9, 0, 0xAC, 0x20, 0x3D, 0xD8, 0x00, 0xDE, 0xFD, 0xFF, 0x78, 0}, 10},
		{EncodingBigEndianUnicode(), []byte{0, 0x61, 0, 0xE9, 0x20, 0xAC, 0xD8, 0x3D, 0xDE, 0, 0xFF, 0xFD, 0, 0x78}, 10},
		{EncodingUTF32(), []byte{0x61, 0, 0, 0, 0xE9, 0, 0, 0, 0xAC, 0x20, 0, 0, 0, 0xF6, 1, 0, 0xFD, 0xFF, 0, 0, 0x78, 0, 0, 0}, 16},
		{EncodingLatin1(), []byte{0x61, 0xE9, 0x3F, 0x3F, 0x3F, 0x3F, 0x78}, 5},
		// Latin-1's best-fit table ('Ā' -> 'A', '’' -> '\'', fullwidth 'Ａ' -> 'A').
		{NewUTF32Encoding(true, true), []byte{0, 0, 0, 0x61, 0, 0, 0, 0xE9, 0, 0, 0x20, 0xAC, 0, 1, 0xF6, 0, 0, 0, 0xFF, 0xFD, 0, 0, 0, 0x78}, 16},
	}
	for _, tt := range tests {
		t.Run(tt.enc.WebName(), func(t *testing.T) {
			if diff := cmp.Diff(tt.bytes, tt.enc.GetBytes(s)); diff != "" {
				t.Errorf("GetBytes (-want +got)\n%s", diff)
			}
			if got := tt.enc.GetByteCount("aé€😀"); got != tt.count {
				t.Errorf("GetByteCount = %d, want %d", got, tt.count)
			}
		})
	}
}

// loneD800 is how a C# string holding the lone surrogate '\uD800' is kept
// in a Go string (its 3-byte WTF-8 form).
const loneD800 = "\xED\xA0\x80"

func units(s string) []uint16 { return StringToUTF16(s) }

func TestEncodingGetString(t *testing.T) {
	const R = 0xFFFD
	tests := []struct {
		name  string
		enc   *Encoding
		bytes []byte
		want  []uint16
	}{
		{"ascii high bytes", EncodingASCII(), []byte{0x41, 0x80, 0xFF}, []uint16{0x41, '?', '?'}},
		{"utf-16 lone surrogate, odd byte", EncodingUnicode(), []byte{0x41, 0, 0x00, 0xD8, 0x42}, []uint16{0x41, R, R}},
		{"utf-32 out of range, short tail", EncodingUTF32(), []byte{0x41, 0, 0, 0, 0, 0, 0x11, 0, 0x42}, []uint16{0x41, R, R}},
		// .NET Core 3.0+: one U+FFFD per maximal subpart (Mono 6.8 gives 9 after 'A', .NET Framework's count).
		{"utf-8 maximal subparts", EncodingUTF8(), []byte{0xE2, 0x82, 0x41, 0xED, 0xA0, 0x80, 0xF0, 0x80, 0xC0, 0xAF, 0xF4, 0x90, 0x80, 0x80, 0xE2, 0x82},
			[]uint16{R, 0x41, R, R, R, R, R, R, R, R, R, R, R, R}},
		// dotnet/corefx#41714: {240, 142} is two U+FFFD on .NET Core 3.0+.
		{"utf-8 F0 8E", EncodingUTF8(), []byte{240, 142}, []uint16{R, R}},
		{"utf-8 truncated 4-byte", EncodingUTF8(), []byte{0xF0, 0x9F, 0x98}, []uint16{R}},
		{"latin1", EncodingLatin1(), []byte{0xE9, 0xFF}, []uint16{0xE9, 0xFF}},
		{"utf-8 valid", EncodingUTF8(), []byte("aé😀"), []uint16{'a', 0xE9, 0xD83D, 0xDE00}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, units(tt.enc.GetString(tt.bytes))); diff != "" {
				t.Errorf("GetString (-want +got)\n%s", diff)
			}
			if got := tt.enc.GetCharCount(tt.bytes); got != int32(len(tt.want)) {
				t.Errorf("GetCharCount = %d, want %d", got, len(tt.want))
			}
		})
	}
}

func TestEncodingLookupAndErrors(t *testing.T) {
	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"unknown name", func() { EncodingGetEncoding("foo") },
			"System.ArgumentException: 'foo' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')"},
		{"code page 1", func() { EncodingGetEncodingCodePage(1) },
			"System.ArgumentException: 1 is not a supported code page. (Parameter 'codepage')"},
		{"code page -1", func() { EncodingGetEncodingCodePage(-1) },
			"System.ArgumentOutOfRangeException: Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')"},
		{"code page 1252 without provider", func() { EncodingGetEncodingCodePage(1252) },
			"System.NotSupportedException: No data is available for encoding 1252. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method."},
		{"GetString range", func() { EncodingUTF8().GetStringRange(make([]byte, 2), 1, 2) },
			"System.ArgumentOutOfRangeException: Index and count must refer to a location within the buffer. (Parameter 'bytes')"},
		{"GetString null", func() { EncodingUTF8().GetString(nil) },
			"System.ArgumentNullException: Value cannot be null. (Parameter 'bytes')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	names := map[string]*Encoding{"utf-8": utf8BOM, "UTF-8": utf8BOM, "us-ascii": asciiEnc, "ASCII": asciiEnc,
		"iso-8859-1": latin1Enc, "latin1": latin1Enc, "utf-16": unicodeEnc, "unicodeFFFE": bigEndianEnc, "utf-32BE": utf32BigEndian}
	for n, want := range names {
		if got := EncodingGetEncoding(n); got != want {
			t.Errorf("GetEncoding(%q) = %s", n, got.WebName())
		}
	}
	// Mono prints True False True; .NET Core's Default has no BOM, so the last is False.
	eq := []bool{EncodingUTF8().Equals(NewUTF8Encoding(true)), EncodingUTF8().Equals(NewUTF8Encoding(false)), EncodingUTF8().Equals(EncodingDefault())}
	if diff := cmp.Diff([]bool{true, false, false}, eq); diff != "" {
		t.Errorf("Equals (-want +got)\n%s", diff)
	}
}

func TestLoneSurrogate(t *testing.T) {
	s := "a" + loneD800
	if got := StringToUTF16(s); !cmp.Equal(got, []uint16{'a', 0xD800}) {
		t.Errorf("StringToUTF16 = %x", got)
	}
	if got := UTF16ToString([]uint16{'a', 0xD800}); got != "a\uFFFD" {
		t.Errorf("UTF16ToString = %q", got)
	}
}

func TestDecoderSplitInput(t *testing.T) {
	whole := []byte("hé€😀!")
	for _, enc := range []*Encoding{EncodingUTF8(), EncodingUnicode(), EncodingBigEndianUnicode(), EncodingUTF32()} {
		data := enc.GetBytes(string(whole))
		for size := 1; size <= 5; size++ {
			d := enc.GetDecoder()
			var sb strings.Builder
			for i := 0; i < len(data); i += size {
				end := min(i+size, len(data))
				sb.WriteString(d.DecodeString(data[i:end], end == len(data)))
			}
			if sb.String() != string(whole) {
				t.Errorf("%s in pieces of %d: %q", enc.WebName(), size, sb.String())
			}
		}
	}
}

func TestStringBuilder(t *testing.T) {
	sb := NewStringBuilder()
	var caps []int32
	caps = append(caps, sb.Capacity())
	sb.AppendString("12345678901234567")
	caps = append(caps, sb.Capacity(), sb.Length())
	sb.AppendString(strings.Repeat("x", 20))
	caps = append(caps, sb.Capacity())
	sb.AppendString(strings.Repeat("x", 100))
	caps = append(caps, sb.Capacity(), NewStringBuilderString("abc").Capacity(), NewStringBuilderString(strings.Repeat("y", 40)).Capacity())
	if diff := cmp.Diff([]int32{16, 32, 17, 64, 137, 16, 40}, caps); diff != "" {
		t.Errorf("capacities (-want +got)\n%s", diff)
	}

	s4 := NewStringBuilder()
	s4.Append(int32(1)).Append(system.Char('c')).Append(true).Append(2.5).Append(nil).Append("😀").AppendLine().AppendLineString("z")
	if got, want := s4.Length(), int32(14); got != want {
		t.Errorf("Length = %d, want %d", got, want)
	}
	if got, want := s4.ToString(), "1cTrue2.5😀\nz\n"; got != want {
		t.Errorf("ToString = %q, want %q", got, want)
	}
	s4.Insert(1, "INS").Remove(0, 2).Replace("c", "CC")
	if got, want := s4.ToString(), "NSCCTrue2.5😀\nz\n"; got != want {
		t.Errorf("after Insert/Remove/Replace = %q, want %q", got, want)
	}
	if got := s4.GetChar(6); got != 'u' {
		t.Errorf("s4[6] = %d, want 117", got)
	}
	s4.SetLength(3)
	if got := s4.ToString(); got != "NSC" {
		t.Errorf("Length=3 gives %q", got)
	}
	s4.SetLength(5)
	if got := s4.GetChar(4); got != 0 {
		t.Errorf("padding char = %d, want 0", got)
	}
	s4.Clear()
	if s4.Length() != 0 {
		t.Errorf("Clear left %d", s4.Length())
	}
	s4.AppendCharRepeat('-', 3).AppendChars([]system.Char{'a', 'b'}).AppendSubstring("hello", 1, 2).InsertValue(0, int32(7))
	if got := s4.ToString(); got != "7---abel" {
		t.Errorf("got %q", got)
	}

	e := NewStringBuilderString("hello")
	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"get past end", func() { e.GetChar(5) }, "System.IndexOutOfRangeException: Index was outside the bounds of the array."},
		{"set past end", func() { e.SetChar(5, 'x') }, "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"},
		{"insert past end", func() { e.Insert(6, "x") }, "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"},
		{"remove negative length", func() { e.Remove(0, -1) }, "System.ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'length')"},
		{"remove negative start", func() { e.Remove(-1, 1) }, "System.ArgumentOutOfRangeException: StartIndex cannot be less than zero. (Parameter 'startIndex')"},
		{"remove past end", func() { e.Remove(3, 5) }, "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'length')"},
		{"ToString range", func() { e.ToStringRange(2, 9) }, "System.ArgumentOutOfRangeException: Index and length must refer to a location within the string. (Parameter 'length')"},
		{"ToString start", func() { e.ToStringRange(9, 0) }, "System.ArgumentOutOfRangeException: startIndex cannot be larger than length of string. (Parameter 'startIndex')"},
		{"Replace empty", func() { e.Replace("", "x") }, "System.ArgumentException: Empty name is not legal. (Parameter 'oldValue')"},
		{"Capacity below length", func() { e.SetCapacity(2) }, "System.ArgumentOutOfRangeException: capacity was less than the current size. (Parameter 'value')"},
		{"negative Length", func() { e.SetLength(-1) }, "System.ArgumentOutOfRangeException: Length cannot be less than zero. (Parameter 'value')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(tt.do); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if got := e.ToStringRange(1, 3); got != "ell" {
		t.Errorf("ToString(1,3) = %q", got)
	}
}

func TestLatin1BestFit(t *testing.T) {
	got := EncodingLatin1().GetBytes("\u00ff\u0100\u2019\uFF21\u20ac\u2020")
	// Mono 6.8 (same table as .NET): FF 41 27 41 3F 3F ('€' and '†' have no look-alike).
	if diff := cmp.Diff([]byte{0xFF, 0x41, 0x27, 0x41, 0x3F, 0x3F}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if got := EncodingASCII().GetBytes("\u0100"); got[0] != '?' {
		t.Errorf("ASCII has no best fit: %x", got)
	}
}

func TestEncoderDecoderAPIs(t *testing.T) {
	buf := make([]byte, 8)
	n := EncodingUTF8().GetBytesInto("xé€", 1, 2, buf, 1)
	if diff := cmp.Diff([]byte{0, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0, 0}, buf); diff != "" || n != 5 {
		t.Errorf("GetBytesInto = %d (-want +got)\n%s", n, diff)
	}
	if got, want := describe(func() { EncodingUTF8().GetBytesInto("€€€", 0, 3, make([]byte, 4), 0) }),
		"System.ArgumentException: The output byte buffer is too small to contain the encoded data, encoding codepage '65001' and fallback 'System.Text.EncoderReplacementFallback'. (Parameter 'bytes')"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	d := EncodingUTF8().GetDecoder()
	chars := make([]system.Char, 4)
	n1 := d.GetChars([]byte{0xE2, 0x82}, 0, 2, chars, 0)
	n2 := d.GetChars([]byte{0xAC, 'a'}, 0, 2, chars, n1)
	if n1 != 0 || n2 != 2 || chars[0] != 0x20AC || chars[1] != 'a' {
		t.Errorf("Decoder.GetChars: %d %d %x", n1, n2, chars)
	}
	enc := EncodingUnicode().GetEncoder()
	a := enc.EncodeUnits([]uint16{'a', 0xD83D}, false)
	b := enc.EncodeUnits([]uint16{0xDE00}, true)
	if diff := cmp.Diff([]byte{'a', 0, 0x3D, 0xD8, 0x00, 0xDE}, append(a, b...)); diff != "" {
		t.Errorf("Encoder keeps the high surrogate (-want +got)\n%s", diff)
	}
	if got := EncodingConvert(EncodingUnicode(), EncodingUTF8(), []byte{0xAC, 0x20}); string(got) != "€" {
		t.Errorf("Convert = % x", got)
	}
	if got := string(EncodingGetEncodingCodePage(0).GetPreamble()); got != "" {
		t.Errorf("code page 0 is Default (no BOM): % x", got)
	}
	if got := EncodingUTF8().GetChars([]byte("hé")); len(got) != 2 || got[1] != 0xE9 {
		t.Errorf("GetChars %v", got)
	}
	if got := EncodingUnicode().GetBytesChars([]system.Char{'h', 0xE9}); !cmp.Equal(got, []byte{'h', 0, 0xE9, 0}) {
		t.Errorf("GetBytesChars % x", got)
	}
}

func TestStringBuilderAppendFormat(t *testing.T) {
	got := NewStringBuilder().AppendFormat("{0,3}|{1:X}|{2}", int32(5), int32(255), "s").ToString()
	if got != "  5|FF|s" {
		t.Errorf("AppendFormat = %q, want %q", got, "  5|FF|s")
	}
}

// TestItem59_ContentEncodingLookup covers what HttpListenerRequest.
// ContentEncoding needs (spec item 59): charset names from Content-Type
// resolve through GetEncoding (case-insensitive, aliases), and the
// fallback Encoding.Default is UTF-8 without a BOM.
func TestItem59_ContentEncodingLookup(t *testing.T) {
	tests := []struct {
		charset string
		web     string
		cp      int32
	}{
		{"utf-8", "utf-8", 65001},
		{"UTF-8", "utf-8", 65001},
		{"ISO-8859-1", "iso-8859-1", 28591},
		{"latin1", "iso-8859-1", 28591},
		{"us-ascii", "us-ascii", 20127},
		{"utf-16", "utf-16", 1200},
		{"utf-16BE", "utf-16BE", 1201},
		{"utf-32", "utf-32", 12000},
	}
	for _, tt := range tests {
		e := EncodingGetEncoding(tt.charset)
		if e.WebName() != tt.web || e.CodePage() != tt.cp {
			t.Errorf("%s: %s %d, want %s %d", tt.charset, e.WebName(), e.CodePage(), tt.web, tt.cp)
		}
	}
	if d := EncodingDefault(); d.WebName() != "utf-8" || len(d.GetPreamble()) != 0 {
		t.Errorf("Default = %s with preamble % x", d.WebName(), d.GetPreamble())
	}
}
