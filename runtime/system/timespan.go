// System.TimeSpan: a signed interval in 100-nanosecond ticks, with .NET's
// factories, arithmetic, and "c"/"g"/"G"/custom formatting.

package system

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Tick constants of TimeSpan and DateTime.
const (
	TicksPerMillisecond int64 = 10_000
	TicksPerSecond            = 1000 * TicksPerMillisecond
	TicksPerMinute            = 60 * TicksPerSecond
	TicksPerHour              = 60 * TicksPerMinute
	TicksPerDay               = 24 * TicksPerHour
)

// TimeSpan is System.TimeSpan, a value type.
type TimeSpan struct {
	ticks int64
}

// TimeSpanZero is TimeSpan.Zero.
func TimeSpanZero() TimeSpan { return TimeSpan{} }

// TimeSpanMaxValue is TimeSpan.MaxValue.
func TimeSpanMaxValue() TimeSpan { return TimeSpan{math.MaxInt64} }

// TimeSpanMinValue is TimeSpan.MinValue.
func TimeSpanMinValue() TimeSpan { return TimeSpan{math.MinInt64} }

// NewTimeSpanTicks is `new TimeSpan(ticks)` and TimeSpan.FromTicks.
func NewTimeSpanTicks(ticks int64) TimeSpan { return TimeSpan{ticks} }

// TimeSpanFromTicks is TimeSpan.FromTicks.
func TimeSpanFromTicks(ticks int64) TimeSpan { return TimeSpan{ticks} }

const msgTimeSpanTooLong = "TimeSpan overflowed because the duration is too long."

func timeSpanFromParts(days, hours, minutes, seconds, milliseconds int64) TimeSpan {
	total := (days*3600*24+hours*3600+minutes*60+seconds)*1000 + milliseconds
	// Same bound as .NET: the total in milliseconds must fit the tick range.
	if total > math.MaxInt64/TicksPerMillisecond || total < math.MinInt64/TicksPerMillisecond {
		panic(NewArgumentOutOfRangeExceptionMessage("", msgTimeSpanTooLong))
	}
	return TimeSpan{total * TicksPerMillisecond}
}

// NewTimeSpan is `new TimeSpan(hours, minutes, seconds)`.
func NewTimeSpan(hours, minutes, seconds int32) TimeSpan {
	return timeSpanFromParts(0, int64(hours), int64(minutes), int64(seconds), 0)
}

// NewTimeSpanDays is `new TimeSpan(days, hours, minutes, seconds)`.
func NewTimeSpanDays(days, hours, minutes, seconds int32) TimeSpan {
	return timeSpanFromParts(int64(days), int64(hours), int64(minutes), int64(seconds), 0)
}

// NewTimeSpanMilliseconds is `new TimeSpan(days, hours, minutes, seconds, milliseconds)`.
func NewTimeSpanMilliseconds(days, hours, minutes, seconds, milliseconds int32) TimeSpan {
	return timeSpanFromParts(int64(days), int64(hours), int64(minutes), int64(seconds), int64(milliseconds))
}

// timeSpanInterval is .NET Core's TimeSpan.Interval: value*scale ticks,
// truncated (no rounding to milliseconds since .NET Core 3.0).
func timeSpanInterval(value, scale float64) TimeSpan {
	if math.IsNaN(value) {
		panic(NewArgumentException("TimeSpan does not accept floating point Not-a-Number values."))
	}
	ticks := value * scale
	if ticks > math.MaxInt64 || ticks < math.MinInt64 {
		panic(NewOverflowException(msgTimeSpanTooLong))
	}
	if ticks == math.MaxInt64 {
		return TimeSpanMaxValue()
	}
	return TimeSpan{int64(ticks)}
}

// TimeSpanFromDays is TimeSpan.FromDays(double).
func TimeSpanFromDays(value float64) TimeSpan { return timeSpanInterval(value, float64(TicksPerDay)) }

// TimeSpanFromHours is TimeSpan.FromHours(double).
func TimeSpanFromHours(value float64) TimeSpan {
	return timeSpanInterval(value, float64(TicksPerHour))
}

// TimeSpanFromMinutes is TimeSpan.FromMinutes(double).
func TimeSpanFromMinutes(value float64) TimeSpan {
	return timeSpanInterval(value, float64(TicksPerMinute))
}

// TimeSpanFromSeconds is TimeSpan.FromSeconds(double).
func TimeSpanFromSeconds(value float64) TimeSpan {
	return timeSpanInterval(value, float64(TicksPerSecond))
}

// TimeSpanFromMilliseconds is TimeSpan.FromMilliseconds(double).
func TimeSpanFromMilliseconds(value float64) TimeSpan {
	return timeSpanInterval(value, float64(TicksPerMillisecond))
}

// TimeSpanFromDuration converts a Go duration (for runtime code that
// measures with package time).
func TimeSpanFromDuration(d time.Duration) TimeSpan { return TimeSpan{int64(d / 100)} }

// ToGoDuration converts to a Go duration (for runtime code that sleeps or
// sets deadlines).
func (t TimeSpan) ToGoDuration() time.Duration { return time.Duration(t.ticks) * 100 }

// Ticks is TimeSpan.Ticks.
func (t TimeSpan) Ticks() int64 { return t.ticks }

// Days is TimeSpan.Days.
func (t TimeSpan) Days() int32 { return int32(t.ticks / TicksPerDay) }

// Hours is TimeSpan.Hours (-23..23).
func (t TimeSpan) Hours() int32 { return int32(t.ticks / TicksPerHour % 24) }

// Minutes is TimeSpan.Minutes.
func (t TimeSpan) Minutes() int32 { return int32(t.ticks / TicksPerMinute % 60) }

// Seconds is TimeSpan.Seconds.
func (t TimeSpan) Seconds() int32 { return int32(t.ticks / TicksPerSecond % 60) }

// Milliseconds is TimeSpan.Milliseconds.
func (t TimeSpan) Milliseconds() int32 { return int32(t.ticks / TicksPerMillisecond % 1000) }

// TotalDays is TimeSpan.TotalDays.
func (t TimeSpan) TotalDays() float64 { return float64(t.ticks) / float64(TicksPerDay) }

// TotalHours is TimeSpan.TotalHours.
func (t TimeSpan) TotalHours() float64 { return float64(t.ticks) / float64(TicksPerHour) }

// TotalMinutes is TimeSpan.TotalMinutes.
func (t TimeSpan) TotalMinutes() float64 { return float64(t.ticks) / float64(TicksPerMinute) }

// TotalSeconds is TimeSpan.TotalSeconds.
func (t TimeSpan) TotalSeconds() float64 { return float64(t.ticks) / float64(TicksPerSecond) }

// TotalMilliseconds is TimeSpan.TotalMilliseconds.
func (t TimeSpan) TotalMilliseconds() float64 {
	return float64(t.ticks) / float64(TicksPerMillisecond)
}

// Add is TimeSpan.Add and `a + b`; overflow throws OverflowException.
func (t TimeSpan) Add(other TimeSpan) TimeSpan {
	r := t.ticks + other.ticks
	if (t.ticks >= 0) == (other.ticks >= 0) && (r >= 0) != (t.ticks >= 0) {
		panic(NewOverflowException(msgTimeSpanTooLong))
	}
	return TimeSpan{r}
}

// Subtract is TimeSpan.Subtract and `a - b`.
func (t TimeSpan) Subtract(other TimeSpan) TimeSpan {
	r := t.ticks - other.ticks
	if (t.ticks >= 0) != (other.ticks >= 0) && (r >= 0) != (t.ticks >= 0) {
		panic(NewOverflowException(msgTimeSpanTooLong))
	}
	return TimeSpan{r}
}

// Negate is TimeSpan.Negate and unary minus.
func (t TimeSpan) Negate() TimeSpan {
	if t.ticks == math.MinInt64 {
		panic(NewOverflowException("Negating the minimum value of a twos complement number is invalid."))
	}
	return TimeSpan{-t.ticks}
}

// Duration is TimeSpan.Duration(): the absolute value.
func (t TimeSpan) Duration() TimeSpan {
	if t.ticks < 0 {
		return t.Negate()
	}
	return t
}

// Multiply is TimeSpan.Multiply and `t * factor`.
func (t TimeSpan) Multiply(factor float64) TimeSpan {
	if math.IsNaN(factor) {
		panic(NewArgumentExceptionParam("TimeSpan does not accept floating point Not-a-Number values.", "factor"))
	}
	return timeSpanInterval(math.Round(float64(t.ticks)*factor), 1)
}

// Divide is TimeSpan.Divide and `t / divisor`.
func (t TimeSpan) Divide(divisor float64) TimeSpan {
	if math.IsNaN(divisor) {
		panic(NewArgumentExceptionParam("TimeSpan does not accept floating point Not-a-Number values.", "divisor"))
	}
	return timeSpanInterval(math.Round(float64(t.ticks)/divisor), 1)
}

// CompareTo is TimeSpan.CompareTo: -1, 0 or 1.
func (t TimeSpan) CompareTo(other TimeSpan) int32 {
	switch {
	case t.ticks < other.ticks:
		return -1
	case t.ticks > other.ticks:
		return 1
	}
	return 0
}

// Equals is TimeSpan.Equals and `==`.
func (t TimeSpan) Equals(other TimeSpan) bool { return t.ticks == other.ticks }

// GetHashCode is TimeSpan.GetHashCode.
func (t TimeSpan) GetHashCode() int32 { return int32(t.ticks) ^ int32(t.ticks>>32) }

// ToString is TimeSpan.ToString(): the constant format "c",
// "[-][d.]hh:mm:ss[.fffffff]".
func (t TimeSpan) ToString() string { return t.ToStringFormat("c") }

// String makes TimeSpan print like ToString in Go formatting.
func (t TimeSpan) String() string { return t.ToString() }

func pad(n int64, width int) string {
	s := strconv.FormatInt(n, 10)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

// ToStringFormat is TimeSpan.ToString(format): the standard formats "c"
// (also "t", "T"), "g" ("[-][d:]h:mm:ss[.FFFFFFF]") and "G"
// ("[-]d:hh:mm:ss.fffffff"), and custom formats built from d, h, m, s,
// f, F, quoted literals and '\' escapes. Anything else throws
// FormatException "Input string was not in a correct format.".
func (t TimeSpan) ToStringFormat(format string) string {
	ticks := t.ticks
	neg := ticks < 0
	// MinValue cannot be negated; work with the magnitude as uint64.
	mag := uint64(ticks)
	if neg {
		mag = -mag
	}
	days := int64(mag / uint64(TicksPerDay))
	rem := int64(mag % uint64(TicksPerDay))
	hours := rem / TicksPerHour
	minutes := rem / TicksPerMinute % 60
	seconds := rem / TicksPerSecond % 60
	frac := rem % TicksPerSecond
	sign := ""
	if neg {
		sign = "-"
	}
	switch format {
	case "", "c", "t", "T":
		var sb strings.Builder
		sb.WriteString(sign)
		if days != 0 {
			sb.WriteString(strconv.FormatInt(days, 10))
			sb.WriteByte('.')
		}
		sb.WriteString(pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2))
		if frac != 0 {
			sb.WriteString("." + pad(frac, 7))
		}
		return sb.String()
	case "g":
		var sb strings.Builder
		sb.WriteString(sign)
		if days != 0 {
			sb.WriteString(strconv.FormatInt(days, 10))
			sb.WriteByte(':')
		}
		sb.WriteString(strconv.FormatInt(hours, 10) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2))
		if frac != 0 {
			sb.WriteString("." + strings.TrimRight(pad(frac, 7), "0"))
		}
		return sb.String()
	case "G":
		return sign + strconv.FormatInt(days, 10) + ":" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(frac, 7)
	}
	return formatTimeSpanCustom(format, days, hours, minutes, seconds, frac)
}

// formatTimeSpanCustom implements TimeSpan's custom format strings.
func formatTimeSpanCustom(format string, days, hours, minutes, seconds, frac int64) string {
	bad := func() { panic(NewFormatException(msgFormatInvalid)) }
	var sb strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		switch c {
		case 'd':
			if n > 8 {
				bad()
			}
			sb.WriteString(pad(days, n))
		case 'h':
			if n > 2 {
				bad()
			}
			sb.WriteString(pad(hours, n))
		case 'm':
			if n > 2 {
				bad()
			}
			sb.WriteString(pad(minutes, n))
		case 's':
			if n > 2 {
				bad()
			}
			sb.WriteString(pad(seconds, n))
		case 'f':
			if n > 7 {
				bad()
			}
			sb.WriteString(pad(frac, 7)[:n])
		case 'F':
			if n > 7 {
				bad()
			}
			sb.WriteString(strings.TrimRight(pad(frac, 7)[:n], "0"))
		case '\'', '"', '\\', '%':
			n = formatLiteral(&sb, format, i, bad)
		default:
			bad()
		}
		i += n
	}
	return sb.String()
}

// repeatCount counts how many times format[i] repeats from i.
func repeatCount(format string, i int) int {
	n := 1
	for i+n < len(format) && format[i+n] == format[i] {
		n++
	}
	return n
}

// TimeSpanParse is TimeSpan.Parse for the invariant forms
// "[-][d.]hh:mm[:ss[.fffffff]]" and "[-]d" (days); other text throws
// FormatException "String 'x' was not recognized as a valid TimeSpan.".
func TimeSpanParse(s string) TimeSpan {
	var t TimeSpan
	if !TimeSpanTryParse(s, &t) {
		panic(NewFormatException("String '" + s + "' was not recognized as a valid TimeSpan."))
	}
	return t
}

// TimeSpanTryParse is TimeSpan.TryParse(string, out TimeSpan).
func TimeSpanTryParse(s string, result *TimeSpan) bool {
	*result = TimeSpan{}
	str := strings.TrimSpace(s)
	neg := strings.HasPrefix(str, "-")
	if neg {
		str = str[1:]
	}
	num := func(p string, max int64) (int64, bool) {
		if p == "" || len(p) > 10 {
			return 0, false
		}
		n, err := strconv.ParseInt(p, 10, 64)
		if err != nil || n < 0 || n > max {
			return 0, false
		}
		return n, true
	}
	var days, h, m, sec, frac int64
	var ok bool
	if !strings.Contains(str, ":") {
		if days, ok = num(str, 10675199); !ok {
			return false
		}
	} else {
		dayPart, timePart, hasDays := strings.Cut(str, ".")
		if hasDays && strings.Contains(dayPart, ":") {
			// No days: the '.' starts the fraction.
			timePart, hasDays = str, false
		}
		if hasDays {
			if days, ok = num(dayPart, 10675199); !ok {
				return false
			}
		} else {
			timePart = str
		}
		timePart, fracPart, hasFrac := strings.Cut(timePart, ".")
		parts := strings.Split(timePart, ":")
		if len(parts) < 2 || len(parts) > 3 {
			return false
		}
		if h, ok = num(parts[0], 23); !ok {
			return false
		}
		if m, ok = num(parts[1], 59); !ok {
			return false
		}
		if len(parts) == 3 {
			if sec, ok = num(parts[2], 59); !ok {
				return false
			}
		} else if hasFrac {
			return false
		}
		if hasFrac {
			if fracPart == "" || len(fracPart) > 7 {
				return false
			}
			f, ok := num(fracPart, 9999999)
			if !ok {
				return false
			}
			frac = f * int64(math.Pow10(7-len(fracPart)))
		}
	}
	ticks := days*TicksPerDay + h*TicksPerHour + m*TicksPerMinute + sec*TicksPerSecond + frac
	if neg {
		ticks = -ticks
	}
	*result = TimeSpan{ticks}
	return true
}

// formatLiteral handles the parts DateTime and TimeSpan custom formats
// share, at format[i]: a quoted string ('...' or "..."), a backslash escape,
// and the '%' that makes a one-letter format custom ("%d"). It writes the
// literal text to sb and returns how many format characters it used; a
// malformed part calls bad, which throws FormatException.
func formatLiteral(sb *strings.Builder, format string, i int, bad func()) int {
	switch c := format[i]; c {
	case '\'', '"':
		end := strings.IndexByte(format[i+1:], c)
		if end < 0 {
			bad()
		}
		sb.WriteString(format[i+1 : i+1+end])
		return end + 2
	case '\\':
		if i+1 >= len(format) {
			bad()
		}
		sb.WriteByte(format[i+1])
		return 2
	default: // '%'
		if i+1 >= len(format) || format[i+1] == '%' {
			bad()
		}
		return 1
	}
}
