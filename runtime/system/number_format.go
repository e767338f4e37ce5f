// Number formatting: .NET's standard (C, D, E, F, G, N, P, R, X) and custom
// ("0.00", "#,##0", "0.0E+00", sections) numeric format strings, ported
// from the algorithm of .NET Core's Number.Formatting, for the invariant
// culture.

package system

import (
	"math"
	"reflect"
	"strconv"
	"strings"
)

// Number is the set of Go types that stand for C#'s numeric types.
type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64
}

// The invariant culture's NumberFormatInfo, the only culture supported.
// Two choices differ from a culture-aware .NET: the currency symbol is the
// invariant "¤", and infinities print as "∞"/"-∞" (what .NET 5+ prints
// under ICU cultures such as en-US; invariant .NET prints "Infinity").
const (
	nfNegativeSign     = "-"
	nfPositiveSign     = "+"
	nfDecimalSeparator = "."
	nfGroupSeparator   = ","
	nfCurrencySymbol   = "¤"
	nfPercentSymbol    = "%"
	nfPerMilleSymbol   = "‰"
	nfNaN              = "NaN"
	nfPositiveInfinity = "∞"
	nfNegativeInfinity = "-∞"
	nfDecimalDigits    = 2 // NumberDecimalDigits, CurrencyDecimalDigits, PercentDecimalDigits
	nfGroupSize        = 3
)

// Precisions .NET uses when formatting floating-point values.
const (
	doublePrecision             = 15 // G's switch to scientific for shortest output
	singlePrecision             = 7
	doublePrecisionCustomFormat = 15 // digits a custom format string sees
	singlePrecisionCustomFormat = 7
	maxFormatPrecision          = 999_999_999
)

const msgBadFormatSpecifier = "Format specifier was invalid."

// numBuf is .NET's NumberBuffer: the value is 0.d1d2d3... × 10^scale, with
// the sign kept separately (so -0 exists for floating point).
type numBuf struct {
	neg    bool
	digits []byte // ASCII digits, no leading zeros; empty for zero
	scale  int
	float  bool
	// count is the number of digits before trailing zeros were trimmed,
	// for integers: G without precision prints that many.
	count int
}

func (n *numBuf) digit(i int) byte {
	if i >= 0 && i < len(n.digits) {
		return n.digits[i]
	}
	return 0
}

func (n *numBuf) isZero() bool { return len(n.digits) == 0 }

func intNumBuf(mag uint64, neg bool) numBuf {
	if mag == 0 {
		return numBuf{count: 1}
	}
	d := []byte(strconv.FormatUint(mag, 10))
	n := numBuf{neg: neg, digits: d, scale: len(d), count: len(d)}
	n.trimZeros()
	return n
}

func (n *numBuf) trimZeros() {
	i := len(n.digits)
	for i > 0 && n.digits[i-1] == '0' {
		i--
	}
	n.digits = n.digits[:i]
	if i == 0 {
		n.scale = 0
	}
}

// floatNumBuf converts the exact decimal value of f, correctly rounded
// (ties to even, as .NET Core 3.0+) to sig significant digits, or when
// sig < 0 to the shortest digits that round-trip. bits is 32 or 64.
func floatNumBuf(f float64, sig int, bits int) numBuf {
	n := numBuf{neg: math.Signbit(f), float: true}
	if f == 0 {
		return n
	}
	a := math.Abs(f)
	var s string
	if sig < 0 {
		s = strconv.FormatFloat(a, 'e', -1, bits)
	} else {
		if sig == 0 {
			sig = 1
		}
		s = strconv.FormatFloat(a, 'e', sig-1, bits)
	}
	e := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[e+1:])
	mant := strings.Replace(s[:e], ".", "", 1)
	n.digits = []byte(mant)
	n.scale = exp + 1
	n.count = len(n.digits)
	n.trimZeros()
	return n
}

// floatNumBufFixed converts f correctly rounded to decimals fractional digits.
func floatNumBufFixed(f float64, decimals int, bits int) numBuf {
	n := numBuf{neg: math.Signbit(f), float: true}
	if f == 0 {
		return n
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', decimals, bits)
	intPart, frac, _ := strings.Cut(s, ".")
	all := intPart + frac
	scale := len(intPart)
	i := 0
	for i < len(all) && all[i] == '0' {
		i++
		scale--
	}
	n.digits = []byte(all[i:])
	n.scale = scale
	n.count = len(n.digits)
	n.trimZeros()
	return n
}

// round is .NET's RoundNumber: keep pos digits, rounding half up on the
// next digit (the digits of a standard format are already correctly
// rounded, so there it only trims). A result of zero keeps its sign only
// for floating point, as in .NET Core 3.0+.
func (n *numBuf) round(pos int) {
	i := 0
	for i < pos && i < len(n.digits) {
		i++
	}
	if i == pos && n.digit(i) >= '5' {
		for i > 0 && n.digits[i-1] == '9' {
			i--
		}
		if i > 0 {
			n.digits[i-1]++
		} else {
			n.scale++
			if len(n.digits) == 0 {
				n.digits = append(n.digits, '1')
			} else {
				n.digits[0] = '1'
			}
			i = 1
		}
	} else {
		for i > 0 && n.digits[i-1] == '0' {
			i--
		}
	}
	if i == 0 {
		if !n.float {
			n.neg = false
		}
		n.scale = 0
	}
	n.digits = n.digits[:i]
}

// parseFormatSpecifier splits a standard format ("N2") into its letter and
// precision (-1 when absent). A zero letter means a custom format. An empty
// format is "G".
func parseFormatSpecifier(format string) (byte, int) {
	if format == "" {
		return 'G', -1
	}
	c := format[0]
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return 0, -1
	}
	if len(format) == 1 {
		return c, -1
	}
	p := 0
	for i := 1; i < len(format); i++ {
		d := format[i]
		if d < '0' || d > '9' {
			return 0, -1
		}
		if p > maxFormatPrecision/10 {
			panic(NewFormatException("Precision cannot be larger than 999999999."))
		}
		p = p*10 + int(d-'0')
		if p > maxFormatPrecision {
			panic(NewFormatException("Precision cannot be larger than 999999999."))
		}
	}
	return c, p
}

// NumberToString is `x.ToString(format)` for every C# numeric type, with
// the invariant culture: standard formats (C, D, E, F, G, N, P, R, X with a
// precision) and custom formats. An invalid standard format throws
// FormatException "Format specifier was invalid.", as .NET does.
func NumberToString[T Number](v T, format string) string {
	var mag uint64
	neg := false
	// The kind, not the dynamic type, so that enums (named integer types)
	// format with their underlying width.
	bits := 64
	switch reflect.TypeFor[T]().Kind() {
	case reflect.Float64:
		return formatFloat(float64(v), format, 64)
	case reflect.Float32:
		return formatFloat(float64(v), format, 32)
	case reflect.Int8, reflect.Uint8:
		bits = 8
	case reflect.Int16, reflect.Uint16:
		bits = 16
	case reflect.Int32, reflect.Uint32:
		bits = 32
	}
	if v < 0 && bits < 32 && format != "" && (format[0] == 'x' || format[0] == 'X') {
		// sbyte and short format a negative value with any format that
		// starts with x/X (even a custom one) as its unsigned bits, as .NET does.
		return formatInteger(uint64(v)&(1<<bits-1), false, bits, uint64(v), format)
	}
	if v < 0 {
		neg = true
		mag = uint64(-int64(v))
		if int64(v) == math.MinInt64 {
			mag = 1 << 63
		}
	} else {
		mag = uint64(v)
	}
	return formatInteger(mag, neg, bits, uint64(v), format)
}

// formatInteger formats an integer; raw is the value's two's complement
// bits, for X.
func formatInteger(mag uint64, neg bool, bits int, raw uint64, format string) string {
	fmtc, prec := parseFormatSpecifier(format)
	switch fmtc {
	case 'G', 'g':
		if prec <= 0 {
			if neg {
				return "-" + strconv.FormatUint(mag, 10)
			}
			return strconv.FormatUint(mag, 10)
		}
	case 'D', 'd':
		s := strconv.FormatUint(mag, 10)
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		if neg {
			return "-" + s
		}
		return s
	case 'X', 'x':
		if bits < 64 {
			raw &= 1<<bits - 1
		}
		s := strconv.FormatUint(raw, 16)
		if fmtc == 'X' {
			s = strings.ToUpper(s)
		}
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		return s
	case 'B', 'b':
		// .NET 8's binary format.
		if bits < 64 {
			raw &= 1<<bits - 1
		}
		s := strconv.FormatUint(raw, 2)
		if len(s) < prec {
			s = strings.Repeat("0", prec-len(s)) + s
		}
		return s
	}
	n := intNumBuf(mag, neg)
	if fmtc == 0 {
		return numberToStringFormat(&n, format)
	}
	if fmtc == 'R' || fmtc == 'r' {
		// Integral types do not support "R" in .NET.
		panic(NewFormatException(msgBadFormatSpecifier))
	}
	return numberToString(&n, fmtc, prec)
}

// formatFloat formats a double (bits 64) or float (bits 32) as .NET Core 3.0+.
func formatFloat(f float64, format string, bits int) string {
	fmtc, prec := parseFormatSpecifier(format)
	switch {
	case math.IsNaN(f):
		return nfNaN
	case math.IsInf(f, 1):
		return nfPositiveInfinity
	case math.IsInf(f, -1):
		return nfNegativeInfinity
	}
	maxPrec, customPrec := doublePrecision, doublePrecisionCustomFormat
	if bits == 32 {
		maxPrec, customPrec = singlePrecision, singlePrecisionCustomFormat
	}
	if fmtc == 0 {
		n := floatNumBuf(f, customPrec, bits)
		return numberToStringFormat(&n, format)
	}
	var n numBuf
	nMax := prec
	switch fmtc {
	case 'C', 'c', 'F', 'f', 'N', 'n':
		if prec < 0 {
			prec = nfDecimalDigits
		}
		n = floatNumBufFixed(f, prec, bits)
	case 'P', 'p':
		if prec < 0 {
			prec = nfDecimalDigits
		}
		n = floatNumBufFixed(f, prec+2, bits)
	case 'E', 'e':
		if prec < 0 {
			prec = 6
		}
		n = floatNumBuf(f, prec+1, bits)
	case 'G', 'g':
		if prec <= 0 {
			n = floatNumBuf(f, -1, bits)
			nMax = max(len(n.digits), maxPrec)
		} else {
			n = floatNumBuf(f, prec, bits)
		}
	case 'R', 'r':
		n = floatNumBuf(f, -1, bits)
		nMax = max(len(n.digits), maxPrec)
		fmtc = 'G' + (fmtc - 'R')
	default:
		panic(NewFormatException(msgBadFormatSpecifier))
	}
	return numberToString(&n, fmtc, nMax)
}

// formatDouble is double.ToString(): the shortest round-trip digits, in
// fixed notation unless the exponent is below -5 or beyond 15 digits.
func formatDouble(f float64) string { return formatFloat(f, "", 64) }

// formatSingle is float.ToString().
func formatSingle(f float32) string { return formatFloat(float64(f), "", 32) }

// numberToString is .NET's NumberToString for standard formats; nMax is
// the precision (-1 when not given).
func numberToString(n *numBuf, fmtc byte, nMax int) string {
	var sb strings.Builder
	switch fmtc {
	case 'C', 'c':
		if nMax < 0 {
			nMax = nfDecimalDigits
		}
		n.round(n.scale + nMax)
		// Invariant patterns: "¤n" and "(¤n)".
		if n.neg {
			sb.WriteByte('(')
		}
		sb.WriteString(nfCurrencySymbol)
		formatFixed(&sb, n, nMax, true)
		if n.neg {
			sb.WriteByte(')')
		}
	case 'F', 'f':
		if nMax < 0 {
			nMax = nfDecimalDigits
		}
		n.round(n.scale + nMax)
		if n.neg {
			sb.WriteString(nfNegativeSign)
		}
		formatFixed(&sb, n, nMax, false)
	case 'N', 'n':
		if nMax < 0 {
			nMax = nfDecimalDigits
		}
		n.round(n.scale + nMax)
		if n.neg {
			sb.WriteString(nfNegativeSign)
		}
		formatFixed(&sb, n, nMax, true)
	case 'E', 'e':
		if nMax < 0 {
			nMax = 6
		}
		nMax++
		n.round(nMax)
		if n.neg {
			sb.WriteString(nfNegativeSign)
		}
		formatScientific(&sb, n, nMax, fmtc)
	case 'G', 'g':
		noRounding := false
		if nMax < 1 {
			nMax = n.count
			if nMax < 1 {
				nMax = 1
			}
		}
		n.round(nMax)
		if n.neg {
			sb.WriteString(nfNegativeSign)
		}
		formatGeneral(&sb, n, nMax, fmtc-('G'-'E'), noRounding)
	case 'P', 'p':
		if nMax < 0 {
			nMax = nfDecimalDigits
		}
		if !n.isZero() {
			n.scale += 2
		}
		n.round(n.scale + nMax)
		// Invariant patterns: "n %" and "-n %".
		if n.neg {
			sb.WriteString(nfNegativeSign)
		}
		formatFixed(&sb, n, nMax, true)
		sb.WriteString(" ")
		sb.WriteString(nfPercentSymbol)
	default:
		panic(NewFormatException(msgBadFormatSpecifier))
	}
	return sb.String()
}

// formatFixed writes the integer part (grouped by threes when group) and
// nMax fractional digits.
func formatFixed(sb *strings.Builder, n *numBuf, nMax int, group bool) {
	digPos := n.scale
	cur := 0
	if digPos > 0 {
		intDigits := make([]byte, 0, digPos)
		for i := 0; i < digPos; i++ {
			if d := n.digit(cur); d != 0 {
				intDigits = append(intDigits, d)
				cur++
			} else {
				intDigits = append(intDigits, '0')
			}
		}
		if group {
			for i, d := range intDigits {
				if i > 0 && (len(intDigits)-i)%nfGroupSize == 0 {
					sb.WriteString(nfGroupSeparator)
				}
				sb.WriteByte(d)
			}
		} else {
			sb.Write(intDigits)
		}
	} else {
		sb.WriteByte('0')
	}
	if nMax > 0 {
		sb.WriteString(nfDecimalSeparator)
		if digPos < 0 {
			zeros := min(-digPos, nMax)
			sb.WriteString(strings.Repeat("0", zeros))
			nMax -= zeros
		}
		for ; nMax > 0; nMax-- {
			if d := n.digit(cur); d != 0 {
				sb.WriteByte(d)
				cur++
			} else {
				sb.WriteByte('0')
			}
		}
	}
}

func formatScientific(sb *strings.Builder, n *numBuf, nMax int, expChar byte) {
	cur := 0
	if d := n.digit(cur); d != 0 {
		sb.WriteByte(d)
		cur++
	} else {
		sb.WriteByte('0')
	}
	if nMax != 1 {
		sb.WriteString(nfDecimalSeparator)
	}
	for i := 1; i < nMax; i++ {
		if d := n.digit(cur); d != 0 {
			sb.WriteByte(d)
			cur++
		} else {
			sb.WriteByte('0')
		}
	}
	e := 0
	if !n.isZero() {
		e = n.scale - 1
	}
	formatExponent(sb, e, expChar, 3, true)
}

func formatExponent(sb *strings.Builder, value int, expChar byte, minDigits int, positiveSign bool) {
	sb.WriteByte(expChar)
	if value < 0 {
		sb.WriteString(nfNegativeSign)
		value = -value
	} else if positiveSign {
		sb.WriteString(nfPositiveSign)
	}
	s := strconv.Itoa(value)
	if len(s) < minDigits {
		sb.WriteString(strings.Repeat("0", minDigits-len(s)))
	}
	sb.WriteString(s)
}

func formatGeneral(sb *strings.Builder, n *numBuf, nMax int, expChar byte, suppressScientific bool) {
	digPos := n.scale
	scientific := false
	if !suppressScientific && (digPos > nMax || digPos < -3) {
		digPos = 1
		scientific = true
	}
	cur := 0
	if digPos > 0 {
		for ; digPos > 0; digPos-- {
			if d := n.digit(cur); d != 0 {
				sb.WriteByte(d)
				cur++
			} else {
				sb.WriteByte('0')
			}
		}
	} else {
		sb.WriteByte('0')
	}
	if n.digit(cur) != 0 || digPos < 0 {
		sb.WriteString(nfDecimalSeparator)
		for ; digPos < 0; digPos++ {
			sb.WriteByte('0')
		}
		for n.digit(cur) != 0 {
			sb.WriteByte(n.digit(cur))
			cur++
		}
	}
	if scientific {
		formatExponent(sb, n.scale-1, expChar, 2, true)
	}
}

// findSection returns the start of section 1 (negative) or 2 (zero) of a
// custom format, or 0 when the format has no such section.
func findSection(format string, section int) int {
	if section == 0 {
		return 0
	}
	src := 0
	for {
		if src >= len(format) {
			return 0
		}
		ch := format[src]
		src++
		switch ch {
		case '\'', '"':
			for src < len(format) {
				c := format[src]
				src++
				if c == ch {
					break
				}
			}
		case '\\':
			if src < len(format) {
				src++
			}
		case ';':
			section--
			if section != 0 {
				continue
			}
			if src < len(format) && format[src] != ';' {
				return src
			}
			return 0
		}
	}
}

// numberToStringFormat is .NET's NumberToStringFormat: custom numeric
// format strings. Format characters are ASCII, so the format is walked
// byte-wise; other text (UTF-8) is copied through unchanged.
func numberToStringFormat(n *numBuf, format string) string {
	var digitCount, decimalPos, firstDigit, lastDigit, thousandPos, thousandCount, scaleAdjust int
	var scientific, thousandSeps bool
	section := 0
	if n.isZero() {
		section = findSection(format, 2)
	} else if n.neg {
		section = findSection(format, 1)
	}
	for {
		digitCount, decimalPos, firstDigit, lastDigit = 0, -1, math.MaxInt32, 0
		scientific, thousandPos, thousandSeps, scaleAdjust = false, -1, false, 0
		src := section
		for src < len(format) {
			ch := format[src]
			src++
			if ch == ';' {
				break
			}
			switch ch {
			case '#':
				digitCount++
			case '0':
				if firstDigit == math.MaxInt32 {
					firstDigit = digitCount
				}
				digitCount++
				lastDigit = digitCount
			case '.':
				if decimalPos < 0 {
					decimalPos = digitCount
				}
			case ',':
				if digitCount > 0 && decimalPos < 0 {
					if thousandPos >= 0 {
						if thousandPos == digitCount {
							thousandCount++
							break
						}
						thousandSeps = true
					}
					thousandPos = digitCount
					thousandCount = 1
				}
			case '%':
				scaleAdjust += 2
			case '\'', '"':
				for src < len(format) {
					c := format[src]
					src++
					if c == ch {
						break
					}
				}
			case '\\':
				if src < len(format) {
					src++
				}
			case 'E', 'e':
				if src < len(format) && format[src] == '0' ||
					src+1 < len(format) && (format[src] == '+' || format[src] == '-') && format[src+1] == '0' {
					for src++; src < len(format) && format[src] == '0'; src++ {
					}
					scientific = true
				}
			default:
				// The per-mille sign is the UTF-8 sequence E2 80 B0.
				if ch == 0xE2 && strings.HasPrefix(format[src-1:], nfPerMilleSymbol) {
					scaleAdjust += 3
					src += len(nfPerMilleSymbol) - 1
				}
			}
		}
		if decimalPos < 0 {
			decimalPos = digitCount
		}
		if thousandPos >= 0 {
			if thousandPos == decimalPos {
				scaleAdjust -= thousandCount * 3
			} else {
				thousandSeps = true
			}
		}
		if !n.isZero() {
			n.scale += scaleAdjust
			pos := n.scale + digitCount - decimalPos
			if scientific {
				pos = digitCount
			}
			n.round(pos)
			if n.isZero() {
				if s := findSection(format, 2); s != section {
					section = s
					continue
				}
			}
		} else {
			if !n.float {
				n.neg = false
			}
			n.scale = 0
		}
		break
	}

	if firstDigit < decimalPos {
		firstDigit = decimalPos - firstDigit
	} else {
		firstDigit = 0
	}
	if lastDigit > decimalPos {
		lastDigit = decimalPos - lastDigit
	} else {
		lastDigit = 0
	}
	var digPos, adjust int
	if scientific {
		digPos = decimalPos
	} else {
		digPos = max(n.scale, decimalPos)
		adjust = n.scale - decimalPos
	}
	src := section

	// Positions after which a group separator goes, counted from the
	// decimal point, precomputed because the format is walked forwards.
	var sepPos []int
	if thousandSeps {
		total := digPos
		if adjust < 0 {
			total += adjust
		}
		numDigits := max(firstDigit, total)
		for g := nfGroupSize; numDigits > g; g += nfGroupSize {
			sepPos = append(sepPos, g)
		}
	}
	sepCtr := len(sepPos) - 1

	var sb strings.Builder
	if n.neg && section == 0 && n.scale != 0 {
		sb.WriteString(nfNegativeSign)
	}
	decimalWritten := false
	cur := 0
	nextDigit := func() byte {
		d := n.digit(cur)
		if d != 0 {
			cur++
		}
		return d
	}
	groupAfter := func() {
		if thousandSeps && digPos > 1 && sepCtr >= 0 && digPos == sepPos[sepCtr]+1 {
			sb.WriteString(nfGroupSeparator)
			sepCtr--
		}
	}
	for src < len(format) {
		ch := format[src]
		src++
		if ch == ';' {
			break
		}
		if adjust > 0 && (ch == '#' || ch == '0' || ch == '.') {
			for adjust > 0 {
				d := nextDigit()
				if d == 0 {
					d = '0'
				}
				sb.WriteByte(d)
				groupAfter()
				digPos--
				adjust--
			}
		}
		switch ch {
		case '#', '0':
			var out byte
			if adjust < 0 {
				adjust++
				if digPos <= firstDigit {
					out = '0'
				}
			} else if d := nextDigit(); d != 0 {
				out = d
			} else if digPos > lastDigit {
				out = '0'
			}
			if out != 0 {
				sb.WriteByte(out)
				groupAfter()
			}
			digPos--
		case '.':
			if digPos != 0 || decimalWritten {
				break
			}
			if lastDigit < 0 || decimalPos < digitCount && n.digit(cur) != 0 {
				sb.WriteString(nfDecimalSeparator)
				decimalWritten = true
			}
		case '%':
			sb.WriteString(nfPercentSymbol)
		case ',':
		case '\'', '"':
			for src < len(format) && format[src] != ch {
				sb.WriteByte(format[src])
				src++
			}
			if src < len(format) {
				src++
			}
		case '\\':
			if src < len(format) {
				sb.WriteByte(format[src])
				src++
			}
		case 'E', 'e':
			if !scientific {
				sb.WriteByte(ch)
				if src < len(format) {
					if format[src] == '+' || format[src] == '-' {
						sb.WriteByte(format[src])
						src++
					}
					for src < len(format) && format[src] == '0' {
						sb.WriteByte(format[src])
						src++
					}
				}
				break
			}
			positiveSign := false
			i := 0
			switch {
			case src < len(format) && format[src] == '0':
				i++
			case src+1 < len(format) && format[src] == '+' && format[src+1] == '0':
				positiveSign = true
			case src+1 < len(format) && format[src] == '-' && format[src+1] == '0':
			default:
				sb.WriteByte(ch)
				continue
			}
			for src++; src < len(format) && format[src] == '0'; src++ {
				i++
			}
			if i > 10 {
				i = 10
			}
			e := 0
			if !n.isZero() {
				e = n.scale - decimalPos
			}
			formatExponent(&sb, e, ch, i, positiveSign)
			scientific = false
		default:
			if ch == 0xE2 && strings.HasPrefix(format[src-1:], nfPerMilleSymbol) {
				sb.WriteString(nfPerMilleSymbol)
				src += len(nfPerMilleSymbol) - 1
				break
			}
			sb.WriteByte(ch)
		}
	}
	if n.neg && section == 0 && n.scale == 0 && sb.Len() > 0 {
		return nfNegativeSign + sb.String()
	}
	return sb.String()
}
