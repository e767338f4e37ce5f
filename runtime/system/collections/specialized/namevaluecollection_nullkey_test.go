// Test that "" finds the null key when no real "" key exists (spec item 56:
// "?flag" gives a null key whose value programs read back by that key).

package specialized

import "testing"

func TestItem56_EmptyNameFindsNullKey(t *testing.T) {
	c := NewNameValueCollection()
	c.Add("a", "1")
	c.AddNullKey("flag")
	keys := c.AllKeys()
	if len(keys) != 2 || !c.KeyIsNull(1) {
		t.Fatalf("keys %q: want the null key second", keys)
	}
	if got := c.Get(keys[1]); got != "flag" {
		t.Errorf("Get(%q) = %q, want the null key's value", keys[1], got)
	}
	c.Add("", "empty")
	if got := c.Get(""); got != "empty" {
		t.Errorf("a real \"\" key wins: got %q", got)
	}
	if got := c.GetNullKey(); got != "flag" {
		t.Errorf("GetNullKey = %q", got)
	}
}
