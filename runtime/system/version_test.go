// Tests for System.Version; expected values printed by Mono 6.8
// (testdata/version_oracle.cs), with messages in .NET Core's format.

package system

import "testing"

// TestVersionParse checks Version.Parse results and exceptions.
func TestVersionParse(t *testing.T) {
	for _, tc := range []struct {
		in                string
		str               string
		parts             [4]int32
		hash              int32
		exType, exMessage string
	}{
		{in: "1.2", str: "1.2", parts: [4]int32{1, 2, -1, -1}, hash: 271581183},
		{in: "1.2.3", str: "1.2.3", parts: [4]int32{1, 2, 3, -1}, hash: 270548991},
		{in: "1.2.3.4", str: "1.2.3.4", parts: [4]int32{1, 2, 3, 4}, hash: 270544900},
		{in: " 1 . 2 ", str: "1.2", parts: [4]int32{1, 2, -1, -1}, hash: 271581183},
		{in: "+1.2", str: "1.2", parts: [4]int32{1, 2, -1, -1}, hash: 271581183},
		{in: "1", exType: "System.ArgumentException", exMessage: "Version string portion was too short or too long. (Parameter 'input')"},
		{in: "1.2.3.4.5", exType: "System.ArgumentException", exMessage: "Version string portion was too short or too long. (Parameter 'input')"},
		{in: "", exType: "System.ArgumentException", exMessage: "Version string portion was too short or too long. (Parameter 'input')"},
		{in: "1.x", exType: "System.FormatException", exMessage: "The input string 'x' was not in a correct format."},
		{in: "1.-2", exType: "System.ArgumentOutOfRangeException", exMessage: "Version's parameters must be greater than or equal to zero. (Parameter 'input')"},
		{in: "1.99999999999", exType: "System.OverflowException", exMessage: "Value was either too large or too small for an Int32."},
	} {
		var v *Version
		var ex Exception
		Try(func() { v = VersionParse(tc.in) }, Catch(func(e Exception) { ex = e }))
		if tc.exType != "" {
			if ex == nil || ex.GetType().FullName() != tc.exType || ex.Message() != tc.exMessage {
				t.Errorf("VersionParse(%q) threw %v, want %s: %s", tc.in, ex, tc.exType, tc.exMessage)
			}
			continue
		}
		if ex != nil {
			t.Errorf("VersionParse(%q) threw %v", tc.in, ex)
			continue
		}
		got := [4]int32{v.Major(), v.Minor(), v.Build(), v.Revision()}
		if v.ToString() != tc.str || got != tc.parts || v.GetHashCode() != tc.hash {
			t.Errorf("VersionParse(%q) = %s %v %d, want %s %v %d", tc.in, v.ToString(), got, v.GetHashCode(), tc.str, tc.parts, tc.hash)
		}
	}
}

// TestVersionCompare checks CompareTo, Equals and ToString(fieldCount).
func TestVersionCompare(t *testing.T) {
	if got := NewVersion(1, 2).CompareTo(NewVersion3(1, 2, 0)); got != -1 {
		t.Errorf("1.2 CompareTo 1.2.0 = %d, want -1", got)
	}
	if got := NewVersion(1, 10).CompareTo(NewVersion(1, 9)); got != 1 {
		t.Errorf("1.10 CompareTo 1.9 = %d, want 1", got)
	}
	if NewVersion(1, 2).Equals(NewVersion3(1, 2, 0)) {
		t.Error("1.2 Equals 1.2.0, want false")
	}
	if !NewVersion(1, 1).Equals(VersionParse("1.1")) {
		t.Error("1.1 not Equals 1.1")
	}
	if got := NewVersion4(1, 2, 3, 4).ToStringN(2); got != "1.2" {
		t.Errorf("ToString(2) = %q", got)
	}
	for _, tc := range []struct {
		f    func()
		want string
	}{
		{func() { NewVersion(-1, 0) }, "Version's parameters must be greater than or equal to zero. (Parameter 'major')"},
		{func() { NewVersion(1, 2).ToStringN(3) }, "Argument must be between 0 and 2. (Parameter 'fieldCount')"},
	} {
		var got string
		Try(tc.f, Catch(func(e *ArgumentException) { got = e.Message() }))
		if got != tc.want {
			t.Errorf("message %q, want %q", got, tc.want)
		}
	}
}
