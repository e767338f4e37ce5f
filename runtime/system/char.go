// System.Char: classification and case mapping of UTF-16 code units with
// .NET's (Unicode category based) rules.

package system

import "unicode"

// isWhiteSpaceRune is Char.IsWhiteSpace for a code point: Unicode Zs, Zl,
// Zp plus U+0009..U+000D, U+0085 and U+00A0, which is exactly Go's
// unicode.IsSpace set.
func isWhiteSpaceRune(r rune) bool { return unicode.IsSpace(r) }
