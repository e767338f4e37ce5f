// System.DateTime: a date and time in 100-nanosecond ticks since
// 0001-01-01, with a Kind, .NET's arithmetic, and invariant-culture
// standard and custom format strings.

package system

import (
	"strconv"
	"strings"
	"time"
)

// DateTimeKind is System.DateTimeKind.
type DateTimeKind int32

// DateTimeKind values.
const (
	DateTimeKindUnspecified DateTimeKind = 0
	DateTimeKindUtc         DateTimeKind = 1
	DateTimeKindLocal       DateTimeKind = 2
)

// ToString is Enum.ToString(): the member name.
func (k DateTimeKind) ToString() string {
	switch k {
	case DateTimeKindUnspecified:
		return "Unspecified"
	case DateTimeKindUtc:
		return "Utc"
	case DateTimeKindLocal:
		return "Local"
	}
	return strconv.Itoa(int(k))
}

// DayOfWeek is System.DayOfWeek.
type DayOfWeek int32

// DayOfWeek values.
const (
	DayOfWeekSunday    DayOfWeek = 0
	DayOfWeekMonday    DayOfWeek = 1
	DayOfWeekTuesday   DayOfWeek = 2
	DayOfWeekWednesday DayOfWeek = 3
	DayOfWeekThursday  DayOfWeek = 4
	DayOfWeekFriday    DayOfWeek = 5
	DayOfWeekSaturday  DayOfWeek = 6
)

var (
	dayNames   = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// ToString is Enum.ToString(): the day's name.
func (d DayOfWeek) ToString() string {
	if d >= 0 && d < 7 {
		return dayNames[d]
	}
	return strconv.Itoa(int(d))
}

// DateTime is System.DateTime, a value type. Comparisons use the ticks
// only, as in .NET (Kind is ignored).
type DateTime struct {
	ticks int64
	kind  DateTimeKind
}

const (
	maxDateTimeTicks = 3155378975999999999 // 9999-12-31T23:59:59.9999999
	// unixEpochTicks is 1970-01-01T00:00:00 in DateTime ticks.
	unixEpochTicks = 621355968000000000
)

const (
	msgBadYearMonthDay = "Year, Month, and Day parameters describe an un-representable DateTime."
	msgBadHourMinSec   = "Hour, Minute, and Second parameters describe an un-representable DateTime."
	msgDateOutOfRange  = "The added or subtracted value results in an un-representable DateTime."
)

// DateTimeMinValue is DateTime.MinValue.
func DateTimeMinValue() DateTime { return DateTime{} }

// DateTimeMaxValue is DateTime.MaxValue.
func DateTimeMaxValue() DateTime { return DateTime{ticks: maxDateTimeTicks} }

// DateTimeUnixEpoch is DateTime.UnixEpoch.
func DateTimeUnixEpoch() DateTime { return DateTime{ticks: unixEpochTicks, kind: DateTimeKindUtc} }

func fromGoTime(t time.Time, kind DateTimeKind) DateTime {
	// Wall-clock fields of t, counted from 0001-01-01.
	_, off := t.Zone()
	sec := t.Unix() + int64(off)
	return DateTime{ticks: unixEpochTicks + sec*TicksPerSecond + int64(t.Nanosecond())/100, kind: kind}
}

// DateTimeNow is DateTime.Now: local time, Kind Local.
func DateTimeNow() DateTime { return fromGoTime(time.Now(), DateTimeKindLocal) }

// DateTimeUtcNow is DateTime.UtcNow: Kind Utc.
func DateTimeUtcNow() DateTime { return fromGoTime(time.Now().UTC(), DateTimeKindUtc) }

// DateTimeToday is DateTime.Today: the local date at midnight.
func DateTimeToday() DateTime { return DateTimeNow().Date() }

// DateTimeFromGoTime converts a Go time to a DateTime of the given kind,
// keeping t's wall-clock fields.
func DateTimeFromGoTime(t time.Time, kind DateTimeKind) DateTime { return fromGoTime(t, kind) }

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysToYear is the number of days from 0001-01-01 to January 1 of y.
func daysToYear(y int) int64 {
	y--
	return int64(y*365 + y/4 - y/100 + y/400)
}

func dateToTicks(y, m, d int) int64 {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		panic(NewArgumentOutOfRangeExceptionMessage("", msgBadYearMonthDay))
	}
	days := daysToYear(y)
	for i := 1; i < m; i++ {
		days += int64(daysIn(y, i))
	}
	return (days + int64(d-1)) * TicksPerDay
}

func timeToTicks(h, mi, s int) int64 {
	if h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59 {
		panic(NewArgumentOutOfRangeExceptionMessage("", msgBadHourMinSec))
	}
	return int64(h)*TicksPerHour + int64(mi)*TicksPerMinute + int64(s)*TicksPerSecond
}

// NewDateTime is `new DateTime(year, month, day)`; an impossible date
// throws ArgumentOutOfRangeException "Year, Month, and Day parameters
// describe an un-representable DateTime.".
func NewDateTime(year, month, day int32) DateTime {
	return DateTime{ticks: dateToTicks(int(year), int(month), int(day))}
}

// NewDateTimeHMS is `new DateTime(year, month, day, hour, minute, second)`.
func NewDateTimeHMS(year, month, day, hour, minute, second int32) DateTime {
	return NewDateTimeKind(year, month, day, hour, minute, second, DateTimeKindUnspecified)
}

// NewDateTimeKind is `new DateTime(year, month, day, hour, minute, second, kind)`.
func NewDateTimeKind(year, month, day, hour, minute, second int32, kind DateTimeKind) DateTime {
	return DateTime{ticks: dateToTicks(int(year), int(month), int(day)) + timeToTicks(int(hour), int(minute), int(second)), kind: kind}
}

// NewDateTimeMilliseconds is `new DateTime(year, month, day, hour, minute,
// second, millisecond[, kind])`.
func NewDateTimeMilliseconds(year, month, day, hour, minute, second, millisecond int32, kind DateTimeKind) DateTime {
	if millisecond < 0 || millisecond > 999 {
		panic(NewArgumentOutOfRangeExceptionMessage("millisecond", "Valid values are between 0 and 999, inclusive."))
	}
	d := NewDateTimeKind(year, month, day, hour, minute, second, kind)
	d.ticks += int64(millisecond) * TicksPerMillisecond
	return d
}

// NewDateTimeTicks is `new DateTime(ticks[, kind])`.
func NewDateTimeTicks(ticks int64, kind DateTimeKind) DateTime {
	if ticks < 0 || ticks > maxDateTimeTicks {
		panic(NewArgumentOutOfRangeExceptionMessage("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks."))
	}
	return DateTime{ticks: ticks, kind: kind}
}

// DateTimeIsLeapYear is DateTime.IsLeapYear.
func DateTimeIsLeapYear(year int32) bool {
	if year < 1 || year > 9999 {
		panic(NewArgumentOutOfRangeExceptionMessage("year", "Year must be between 1 and 9999."))
	}
	return isLeap(int(year))
}

// DateTimeDaysInMonth is DateTime.DaysInMonth.
func DateTimeDaysInMonth(year, month int32) int32 {
	if month < 1 || month > 12 {
		panic(NewArgumentOutOfRangeExceptionMessage("month", "Month must be between one and twelve."))
	}
	if year < 1 || year > 9999 {
		panic(NewArgumentOutOfRangeExceptionMessage("year", "Year must be between 1 and 9999."))
	}
	return int32(daysIn(int(year), int(month)))
}

// goTime returns the wall-clock fields as a UTC Go time.
func (d DateTime) goTime() time.Time {
	sec := (d.ticks - unixEpochTicks) / TicksPerSecond
	rem := (d.ticks - unixEpochTicks) % TicksPerSecond
	if rem < 0 {
		sec--
		rem += TicksPerSecond
	}
	return time.Unix(sec, rem*100).UTC()
}

// ToGoTime converts to a Go time: Utc and Unspecified values are taken as
// UTC, Local values as local time.
func (d DateTime) ToGoTime() time.Time {
	t := d.goTime()
	if d.kind == DateTimeKindLocal {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
	}
	return t
}

// Ticks is DateTime.Ticks.
func (d DateTime) Ticks() int64 { return d.ticks }

// Kind is DateTime.Kind.
func (d DateTime) Kind() DateTimeKind { return d.kind }

// Year is DateTime.Year.
func (d DateTime) Year() int32 { return int32(d.goTime().Year()) }

// Month is DateTime.Month.
func (d DateTime) Month() int32 { return int32(d.goTime().Month()) }

// Day is DateTime.Day.
func (d DateTime) Day() int32 { return int32(d.goTime().Day()) }

// Hour is DateTime.Hour.
func (d DateTime) Hour() int32 { return int32(d.ticks / TicksPerHour % 24) }

// Minute is DateTime.Minute.
func (d DateTime) Minute() int32 { return int32(d.ticks / TicksPerMinute % 60) }

// Second is DateTime.Second.
func (d DateTime) Second() int32 { return int32(d.ticks / TicksPerSecond % 60) }

// Millisecond is DateTime.Millisecond.
func (d DateTime) Millisecond() int32 { return int32(d.ticks / TicksPerMillisecond % 1000) }

// DayOfWeek is DateTime.DayOfWeek.
func (d DateTime) DayOfWeek() DayOfWeek { return DayOfWeek((d.ticks/TicksPerDay + 1) % 7) }

// DayOfYear is DateTime.DayOfYear.
func (d DateTime) DayOfYear() int32 { return int32(d.goTime().YearDay()) }

// Date is DateTime.Date: midnight of the same day, same Kind.
func (d DateTime) Date() DateTime {
	return DateTime{ticks: d.ticks - d.ticks%TicksPerDay, kind: d.kind}
}

// TimeOfDay is DateTime.TimeOfDay.
func (d DateTime) TimeOfDay() TimeSpan { return TimeSpan{d.ticks % TicksPerDay} }

func (d DateTime) addTicks(ticks int64) DateTime {
	r := d.ticks + ticks
	if (ticks > 0 && r < d.ticks) || r < 0 || r > maxDateTimeTicks {
		panic(NewArgumentOutOfRangeExceptionMessage("value", msgDateOutOfRange))
	}
	return DateTime{ticks: r, kind: d.kind}
}

// addUnits is .NET 7+'s precise DateTime.AddXxx(double): whole units plus
// the fraction converted to ticks (truncated), without the old rounding to
// milliseconds.
func (d DateTime) addUnits(value float64, ticksPerUnit int64) DateTime {
	if value != value || value > float64(maxDateTimeTicks/ticksPerUnit)+1 || value < -float64(maxDateTimeTicks/ticksPerUnit)-1 {
		panic(NewArgumentOutOfRangeExceptionMessage("value", "Value to add was out of range."))
	}
	whole := int64(value)
	frac := value - float64(whole)
	return d.addTicks(whole*ticksPerUnit + int64(frac*float64(ticksPerUnit)))
}

// AddTicks is DateTime.AddTicks.
func (d DateTime) AddTicks(value int64) DateTime { return d.addTicks(value) }

// AddMilliseconds is DateTime.AddMilliseconds.
func (d DateTime) AddMilliseconds(value float64) DateTime {
	return d.addUnits(value, TicksPerMillisecond)
}

// AddSeconds is DateTime.AddSeconds.
func (d DateTime) AddSeconds(value float64) DateTime { return d.addUnits(value, TicksPerSecond) }

// AddMinutes is DateTime.AddMinutes.
func (d DateTime) AddMinutes(value float64) DateTime { return d.addUnits(value, TicksPerMinute) }

// AddHours is DateTime.AddHours.
func (d DateTime) AddHours(value float64) DateTime { return d.addUnits(value, TicksPerHour) }

// AddDays is DateTime.AddDays.
func (d DateTime) AddDays(value float64) DateTime { return d.addUnits(value, TicksPerDay) }

// AddMonths is DateTime.AddMonths: the day is clamped to the target
// month's length (Jan 31 + 1 month = Feb 28/29).
func (d DateTime) AddMonths(months int32) DateTime {
	if months < -120000 || months > 120000 {
		panic(NewArgumentOutOfRangeExceptionMessage("months", "Months value must be between +/-120000."))
	}
	t := d.goTime()
	y, m := t.Year(), int(t.Month())-1+int(months)
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	if y < 1 || y > 9999 {
		panic(NewArgumentOutOfRangeExceptionMessage("months", "The added or subtracted value results in an un-representable DateTime."))
	}
	day := min(t.Day(), daysIn(y, m+1))
	return DateTime{ticks: dateToTicks(y, m+1, day) + d.ticks%TicksPerDay, kind: d.kind}
}

// AddYears is DateTime.AddYears (Feb 29 becomes Feb 28 in a common year).
func (d DateTime) AddYears(value int32) DateTime {
	if value < -10000 || value > 10000 {
		panic(NewArgumentOutOfRangeExceptionMessage("years", "Years value must be between +/-10000."))
	}
	return d.AddMonths(value * 12)
}

// Add is DateTime.Add(TimeSpan) and `d + t`.
func (d DateTime) Add(value TimeSpan) DateTime { return d.addTicks(value.ticks) }

// SubtractTimeSpan is DateTime.Subtract(TimeSpan) and `d - t`.
func (d DateTime) SubtractTimeSpan(value TimeSpan) DateTime { return d.addTicks(-value.ticks) }

// Subtract is DateTime.Subtract(DateTime) and `a - b`: the interval between
// the two, ignoring Kind as .NET does.
func (d DateTime) Subtract(value DateTime) TimeSpan { return TimeSpan{d.ticks - value.ticks} }

// CompareTo is DateTime.CompareTo: -1, 0 or 1 by ticks.
func (d DateTime) CompareTo(value DateTime) int32 {
	switch {
	case d.ticks < value.ticks:
		return -1
	case d.ticks > value.ticks:
		return 1
	}
	return 0
}

// Equals is DateTime.Equals and `==` (ticks only).
func (d DateTime) Equals(value DateTime) bool { return d.ticks == value.ticks }

// DateTimeCompare is DateTime.Compare(a, b).
func DateTimeCompare(a, b DateTime) int32 { return a.CompareTo(b) }

// localOffset is the local zone's UTC offset at the wall-clock time d.
func (d DateTime) localOffset() int64 {
	t := d.goTime()
	lt := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
	_, off := lt.Zone()
	return int64(off) * TicksPerSecond
}

// ToUniversalTime is DateTime.ToUniversalTime: Local and Unspecified
// values are taken as local time (as .NET does) and converted to UTC.
func (d DateTime) ToUniversalTime() DateTime {
	if d.kind == DateTimeKindUtc {
		return d
	}
	t := d.goTime()
	lt := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
	return fromGoTime(lt.UTC(), DateTimeKindUtc)
}

// ToLocalTime is DateTime.ToLocalTime: Utc and Unspecified values are
// taken as UTC and converted to local time.
func (d DateTime) ToLocalTime() DateTime {
	if d.kind == DateTimeKindLocal {
		return d
	}
	return fromGoTime(d.goTime().In(time.Local), DateTimeKindLocal)
}

// DateTimeSpecifyKind is DateTime.SpecifyKind.
func DateTimeSpecifyKind(value DateTime, kind DateTimeKind) DateTime {
	return DateTime{ticks: value.ticks, kind: kind}
}

// ToString is DateTime.ToString() with the invariant culture:
// "MM/dd/yyyy HH:mm:ss".
func (d DateTime) ToString() string { return d.ToStringFormat("G") }

// String makes DateTime print like ToString in Go formatting.
func (d DateTime) String() string { return d.ToString() }

// ToShortDateString is DateTime.ToShortDateString (invariant "MM/dd/yyyy").
func (d DateTime) ToShortDateString() string { return d.ToStringFormat("d") }

// ToShortTimeString is DateTime.ToShortTimeString (invariant "HH:mm").
func (d DateTime) ToShortTimeString() string { return d.ToStringFormat("t") }

// ToLongDateString is DateTime.ToLongDateString (invariant "dddd, dd MMMM yyyy").
func (d DateTime) ToLongDateString() string { return d.ToStringFormat("D") }

// ToLongTimeString is DateTime.ToLongTimeString (invariant "HH:mm:ss").
func (d DateTime) ToLongTimeString() string { return d.ToStringFormat("T") }

// ToUnixTimeMilliseconds is the Unix time of a UTC DateTime (helper for
// DateTimeOffset.ToUnixTimeMilliseconds on UtcNow).
func (d DateTime) ToUnixTimeMilliseconds() int64 {
	return (d.ToUniversalTime().ticks - unixEpochTicks) / TicksPerMillisecond
}

// ToUnixTimeSeconds is the Unix time in seconds of a DateTime.
func (d DateTime) ToUnixTimeSeconds() int64 {
	return (d.ToUniversalTime().ticks - unixEpochTicks) / TicksPerSecond
}

// invariant standard date/time patterns.
var standardDatePatterns = map[byte]string{
	'd': "MM/dd/yyyy",
	'D': "dddd, dd MMMM yyyy",
	'f': "dddd, dd MMMM yyyy HH:mm",
	'F': "dddd, dd MMMM yyyy HH:mm:ss",
	'g': "MM/dd/yyyy HH:mm",
	'G': "MM/dd/yyyy HH:mm:ss",
	'M': "MMMM dd",
	'm': "MMMM dd",
	'O': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'o': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'R': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	'r': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	's': "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
	't': "HH:mm",
	'T': "HH:mm:ss",
	'u': "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	'U': "dddd, dd MMMM yyyy HH:mm:ss",
	'Y': "yyyy MMMM",
	'y': "yyyy MMMM",
}

// ToStringFormat is DateTime.ToString(format) with the invariant culture.
// Standard formats: d D f F g G M O R s t T u U Y ("o" is ISO 8601 with
// seven fraction digits and the Kind's offset; "R" is RFC 1123 and, as in
// .NET, does not convert to UTC; "U" converts to UTC). Custom formats use
// d dd ddd dddd, M..MMMM, y..yyyyy, h hh H HH, m mm, s ss, f..fffffff,
// F..FFFFFFF, t tt, z zz zzz, K, g, ':' '/', quoted literals and '\'
// escapes. A bad format throws FormatException.
func (d DateTime) ToStringFormat(format string) string {
	if format == "" {
		format = "G"
	}
	if len(format) == 1 {
		p, ok := standardDatePatterns[format[0]]
		if !ok {
			panic(NewFormatException(msgFormatInvalid))
		}
		if format[0] == 'U' {
			d = d.ToUniversalTime()
		}
		format = p
	}
	return d.formatCustom(format)
}

func (d DateTime) formatCustom(format string) string {
	t := d.goTime()
	frac := d.ticks % TicksPerSecond
	bad := func() { panic(NewFormatException(msgFormatInvalid)) }
	var sb strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		n := repeatCount(format, i)
		switch c {
		case 'd':
			switch {
			case n <= 2:
				sb.WriteString(pad(int64(t.Day()), n))
			case n == 3:
				sb.WriteString(dayNames[t.Weekday()][:3])
			default:
				sb.WriteString(dayNames[t.Weekday()])
			}
		case 'M':
			switch {
			case n <= 2:
				sb.WriteString(pad(int64(t.Month()), n))
			case n == 3:
				sb.WriteString(monthNames[t.Month()-1][:3])
			default:
				sb.WriteString(monthNames[t.Month()-1])
			}
		case 'y':
			y := int64(t.Year())
			if n <= 2 {
				sb.WriteString(pad(y%100, n))
			} else {
				sb.WriteString(pad(y, n))
			}
		case 'h':
			h := int64(t.Hour() % 12)
			if h == 0 {
				h = 12
			}
			sb.WriteString(pad(h, min(n, 2)))
		case 'H':
			sb.WriteString(pad(int64(t.Hour()), min(n, 2)))
		case 'm':
			sb.WriteString(pad(int64(t.Minute()), min(n, 2)))
		case 's':
			sb.WriteString(pad(int64(t.Second()), min(n, 2)))
		case 'f', 'F':
			if n > 7 {
				bad()
			}
			digits := pad(frac, 7)[:n]
			if c == 'F' {
				digits = strings.TrimRight(digits, "0")
				if digits == "" && sb.Len() > 0 && strings.HasSuffix(sb.String(), ".") {
					// "ss.FFF" drops the separator when all digits are zero.
					s := sb.String()
					sb.Reset()
					sb.WriteString(s[:len(s)-1])
				}
			}
			sb.WriteString(digits)
		case 't':
			ampm := "AM"
			if t.Hour() >= 12 {
				ampm = "PM"
			}
			if n == 1 {
				sb.WriteString(ampm[:1])
			} else {
				sb.WriteString(ampm)
			}
		case 'z':
			off := d.offsetTicks()
			sign := byte('+')
			if off < 0 {
				sign = '-'
				off = -off
			}
			sb.WriteByte(sign)
			hours := off / TicksPerHour
			switch n {
			case 1:
				sb.WriteString(strconv.FormatInt(hours, 10))
			case 2:
				sb.WriteString(pad(hours, 2))
			default:
				sb.WriteString(pad(hours, 2) + ":" + pad(off/TicksPerMinute%60, 2))
			}
		case 'K':
			switch d.kind {
			case DateTimeKindUtc:
				sb.WriteByte('Z')
			case DateTimeKindLocal:
				off := d.localOffset()
				sign := byte('+')
				if off < 0 {
					sign = '-'
					off = -off
				}
				sb.WriteByte(sign)
				sb.WriteString(pad(off/TicksPerHour, 2) + ":" + pad(off/TicksPerMinute%60, 2))
			}
			n = 1
		case 'g':
			sb.WriteString("A.D.")
		case ':':
			sb.WriteByte(':')
			n = 1
		case '/':
			sb.WriteByte('/')
			n = 1
		case '\'', '"', '\\', '%':
			n = formatLiteral(&sb, format, i, bad)
		default:
			sb.WriteByte(c)
			n = 1
		}
		i += n
	}
	return sb.String()
}

// offsetTicks is the offset "z" prints: zero for Utc values, else the local
// zone's offset.
func (d DateTime) offsetTicks() int64 {
	if d.kind == DateTimeKindUtc {
		return 0
	}
	return d.localOffset()
}

// DateTimeParse is DateTime.Parse for the forms programs exchange: ISO 8601
// ("2024-01-02", "2024-01-02T03:04:05[.fffffff][Z|±hh:mm]", with ' ' for
// 'T'), the invariant "MM/dd/yyyy[ HH:mm[:ss]]", and RFC 1123 ("Tue, 02
// Jan 2024 03:04:05 GMT"). A "Z" or offset gives a Local result converted
// from UTC, as .NET does. Other text throws FormatException "String 'x'
// was not recognized as a valid DateTime.".
func DateTimeParse(s string) DateTime {
	var d DateTime
	if !DateTimeTryParse(s, &d) {
		panic(NewFormatException("String '" + s + "' was not recognized as a valid DateTime."))
	}
	return d
}

// DateTimeTryParse is DateTime.TryParse(string, out DateTime).
func DateTimeTryParse(s string, result *DateTime) bool {
	*result = DateTime{}
	str := strings.TrimSpace(s)
	layouts := []struct {
		layout string
		utc    bool
	}{
		{time.RFC1123, true},
		{"2006-01-02T15:04:05.9999999Z07:00", true},
		{"2006-01-02 15:04:05.9999999Z07:00", true},
		{"2006-01-02T15:04:05.9999999", false},
		{"2006-01-02 15:04:05.9999999", false},
		{"2006-01-02T15:04", false},
		{"2006-01-02 15:04", false},
		{"2006-01-02", false},
		{"01/02/2006 15:04:05", false},
		{"1/2/2006 15:04:05", false},
		{"01/02/2006 15:04", false},
		{"1/2/2006 15:04", false},
		{"01/02/2006", false},
		{"1/2/2006", false},
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, str)
		if err != nil {
			continue
		}
		if l.utc {
			*result = fromGoTime(t.In(time.Local), DateTimeKindLocal)
		} else {
			*result = fromGoTime(t, DateTimeKindUnspecified)
		}
		return true
	}
	return false
}

// DateTimeParseExact is DateTime.ParseExact(s, format, provider) for
// custom formats made of yyyy, MM, dd, HH, mm, ss, fff and literals. The
// provider is ignored: the runtime's only culture is the invariant one.
func DateTimeParseExact(s, format string, provider any) DateTime {
	layout := format
	for _, r := range [][2]string{
		{"yyyy", "2006"}, {"MM", "01"}, {"dd", "02"}, {"HH", "15"}, {"mm", "04"},
		{"ss", "05"}, {"fffffff", "0000000"}, {"fff", "000"}, {"tt", "PM"}, {"hh", "03"},
	} {
		layout = strings.ReplaceAll(layout, r[0], r[1])
	}
	layout = strings.ReplaceAll(layout, "'", "")
	t, err := time.Parse(layout, s)
	if err != nil {
		panic(NewFormatException("String '" + s + "' was not recognized as a valid DateTime."))
	}
	return fromGoTime(t, DateTimeKindUnspecified)
}
