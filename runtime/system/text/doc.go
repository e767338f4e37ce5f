// Package text is .NET's System.Text for translated programs: Encoding
// with the built-in encodings (UTF-8, ASCII, Latin-1, UTF-16, UTF-32),
// Encoder/Decoder for text in pieces, and StringBuilder.
//
// A C# string is a Go string holding UTF-8; StringToUTF16 and
// UTF16ToString convert to and from the UTF-16 code units .NET counts,
// which is how StringBuilder indexes and how encoders see text.
package text
