// System.Version: a four-part version number with .NET's parsing,
// comparison and formatting rules.

package system

import "strings"

// Version is System.Version. Build and Revision are -1 when the version was
// created without them, as in .NET; ToString prints only the parts that are set.
type Version struct {
	major, minor, build, revision int32
}

const msgVersionNegative = "Version's parameters must be greater than or equal to zero."

func checkVersionPart(v int32, name string) {
	if v < 0 {
		panic(NewArgumentOutOfRangeExceptionMessage(name, msgVersionNegative))
	}
}

// NewVersion is `new Version(major, minor)`. A negative part throws
// ArgumentOutOfRangeException, as in .NET.
func NewVersion(major, minor int32) *Version {
	checkVersionPart(major, "major")
	checkVersionPart(minor, "minor")
	return &Version{major, minor, -1, -1}
}

// NewVersion3 is `new Version(major, minor, build)`.
func NewVersion3(major, minor, build int32) *Version {
	checkVersionPart(major, "major")
	checkVersionPart(minor, "minor")
	checkVersionPart(build, "build")
	return &Version{major, minor, build, -1}
}

// NewVersion4 is `new Version(major, minor, build, revision)`.
func NewVersion4(major, minor, build, revision int32) *Version {
	checkVersionPart(major, "major")
	checkVersionPart(minor, "minor")
	checkVersionPart(build, "build")
	checkVersionPart(revision, "revision")
	return &Version{major, minor, build, revision}
}

// NewVersionString is `new Version(string)`; it parses as VersionParse does.
func NewVersionString(s string) *Version { return VersionParse(s) }

// VersionParse is Version.Parse(string): two to four dot-separated
// non-negative integers. Wrong part count throws ArgumentException
// "Version string portion was too short or too long. (Parameter 'input')";
// a non-number throws FormatException and a too-large number
// OverflowException (the texts of int.Parse); a negative part throws
// ArgumentOutOfRangeException.
func VersionParse(s string) *Version {
	v, err := parseVersion(s)
	if err != nil {
		panic(err)
	}
	return v
}

// VersionTryParse is Version.TryParse(string, out Version).
func VersionTryParse(s string, result **Version) bool {
	v, err := parseVersion(s)
	if err != nil {
		*result = nil
		return false
	}
	*result = v
	return true
}

func parseVersion(s string) (*Version, Exception) {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 4 {
		return nil, NewArgumentExceptionParam("Version string portion was too short or too long.", "input")
	}
	nums := [4]int32{-1, -1, -1, -1}
	for i, p := range parts {
		// .NET parses each part with int.Parse(NumberStyles.Integer):
		// surrounding white space and a sign are allowed.
		n, err := parseInt32Exception(p)
		if err != nil {
			return nil, err.exception()
		}
		if n < 0 {
			return nil, NewArgumentOutOfRangeExceptionMessage("input", msgVersionNegative)
		}
		nums[i] = n
	}
	return &Version{nums[0], nums[1], nums[2], nums[3]}, nil
}

// Major is Version.Major.
func (v *Version) Major() int32 { return v.major }

// Minor is Version.Minor.
func (v *Version) Minor() int32 { return v.minor }

// Build is Version.Build; -1 when not set.
func (v *Version) Build() int32 { return v.build }

// Revision is Version.Revision; -1 when not set.
func (v *Version) Revision() int32 { return v.revision }

// MajorRevision is Version.MajorRevision (the high 16 bits of Revision).
func (v *Version) MajorRevision() int16 { return int16(v.revision >> 16) }

// MinorRevision is Version.MinorRevision (the low 16 bits of Revision).
func (v *Version) MinorRevision() int16 { return int16(v.revision & 0xFFFF) }

// ToString is Version.ToString(): "major.minor[.build[.revision]]".
func (v *Version) ToString() string {
	n := 2
	if v.build >= 0 {
		n = 3
		if v.revision >= 0 {
			n = 4
		}
	}
	return v.ToStringN(int32(n))
}

// ToStringN is Version.ToString(fieldCount). A count outside 0..4, or one
// larger than the number of parts set, throws ArgumentException as .NET does.
func (v *Version) ToStringN(fieldCount int32) string {
	max := int32(2)
	if v.build >= 0 {
		max = 3
		if v.revision >= 0 {
			max = 4
		}
	}
	if fieldCount < 0 || fieldCount > 4 {
		panic(NewArgumentExceptionParam("Argument must be between 0 and 4.", "fieldCount"))
	}
	if fieldCount > max {
		panic(NewArgumentExceptionParam("Argument must be between 0 and "+ObjectToString(max)+".", "fieldCount"))
	}
	all := [4]int32{v.major, v.minor, v.build, v.revision}
	var sb strings.Builder
	for i := int32(0); i < fieldCount; i++ {
		if i > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(ObjectToString(all[i]))
	}
	return sb.String()
}

// String makes Version print like ToString in Go formatting.
func (v *Version) String() string { return v.ToString() }

// Equals is Version.Equals(Version): all four parts equal (an unset part
// equals only an unset part). A nil other is not equal.
func (v *Version) Equals(other *Version) bool {
	if other == nil {
		return false
	}
	return *v == *other
}

// CompareTo is Version.CompareTo(Version): -1, 0 or 1, comparing parts in
// order; an unset part (-1) sorts before 0. Any version is greater than nil.
func (v *Version) CompareTo(other *Version) int32 {
	if other == nil {
		return 1
	}
	a := [4]int32{v.major, v.minor, v.build, v.revision}
	b := [4]int32{other.major, other.minor, other.build, other.revision}
	for i := range a {
		if a[i] != b[i] {
			if a[i] > b[i] {
				return 1
			}
			return -1
		}
	}
	return 0
}

// GetHashCode is Version.GetHashCode, computed as .NET does.
func (v *Version) GetHashCode() int32 {
	h := int32(0)
	h |= (v.major & 0x0000000F) << 28
	h |= (v.minor & 0x000000FF) << 20
	h |= (v.build & 0x000000FF) << 12
	h |= v.revision & 0x00000FFF
	return h
}

// VersionEquals is the `==` operator on Version (both nil are equal).
func VersionEquals(a, b *Version) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Equals(b)
}

// VersionLess is the `<` operator on Version (nil is less than any version).
func VersionLess(a, b *Version) bool {
	if a == nil {
		return b != nil
	}
	return a.CompareTo(b) < 0
}
