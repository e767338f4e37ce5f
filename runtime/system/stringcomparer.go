// System.StringComparer: the comparers programs pass to Dictionary, sort
// and search calls (StringComparer.OrdinalIgnoreCase above all).

package system

// StringComparer is System.StringComparer. Its Equals, GetHashCode and
// Compare methods fit the IEqualityComparer<string> and IComparer<string>
// interfaces of package generic structurally.
type StringComparer struct {
	ignoreCase bool
	culture    bool
}

var (
	ordinalComparer           = &StringComparer{}
	ordinalIgnoreCaseComparer = &StringComparer{ignoreCase: true}
	cultureComparer           = &StringComparer{culture: true}
	cultureIgnoreCaseComparer = &StringComparer{ignoreCase: true, culture: true}
)

// StringComparerOrdinal is StringComparer.Ordinal.
func StringComparerOrdinal() *StringComparer { return ordinalComparer }

// StringComparerOrdinalIgnoreCase is StringComparer.OrdinalIgnoreCase.
func StringComparerOrdinalIgnoreCase() *StringComparer { return ordinalIgnoreCaseComparer }

// StringComparerInvariantCulture is StringComparer.InvariantCulture
// (ordering as StringCompare).
func StringComparerInvariantCulture() *StringComparer { return cultureComparer }

// StringComparerInvariantCultureIgnoreCase is StringComparer.InvariantCultureIgnoreCase.
func StringComparerInvariantCultureIgnoreCase() *StringComparer { return cultureIgnoreCaseComparer }

// StringComparerCurrentCulture is StringComparer.CurrentCulture (the
// runtime's only culture is the invariant one).
func StringComparerCurrentCulture() *StringComparer { return cultureComparer }

// StringComparerCurrentCultureIgnoreCase is StringComparer.CurrentCultureIgnoreCase.
func StringComparerCurrentCultureIgnoreCase() *StringComparer { return cultureIgnoreCaseComparer }

// Equals is StringComparer.Equals(x, y).
func (c *StringComparer) Equals(x, y string) bool {
	if c.ignoreCase {
		return StringEqualsComparison(x, y, StringComparisonOrdinalIgnoreCase)
	}
	return x == y
}

// GetHashCode is StringComparer.GetHashCode(obj): strings equal under this
// comparer hash alike (FNV-1a over the case-folded UTF-16 code units; .NET
// randomizes string hashes per process, so no program can depend on the
// values).
func (c *StringComparer) GetHashCode(obj string) int32 {
	h := uint32(2166136261)
	for _, u := range toUTF16(obj) {
		if c.ignoreCase {
			u = foldUnit(u)
		}
		h = (h ^ uint32(u&0xFF)) * 16777619
		h = (h ^ uint32(u>>8)) * 16777619
	}
	return int32(h)
}

// Compare is StringComparer.Compare(x, y).
func (c *StringComparer) Compare(x, y string) int32 {
	switch {
	case c.culture && c.ignoreCase:
		return StringCompareIgnoreCase(x, y, true)
	case c.culture:
		return StringCompare(x, y)
	case c.ignoreCase:
		return StringCompareComparison(x, y, StringComparisonOrdinalIgnoreCase)
	}
	return StringCompareOrdinal(x, y)
}

// StringComparerFromComparison is StringComparer.FromComparison(StringComparison).
func StringComparerFromComparison(comparisonType StringComparison) *StringComparer {
	switch comparisonType {
	case StringComparisonOrdinal:
		return ordinalComparer
	case StringComparisonOrdinalIgnoreCase:
		return ordinalIgnoreCaseComparer
	case StringComparisonCurrentCulture, StringComparisonInvariantCulture:
		return cultureComparer
	case StringComparisonCurrentCultureIgnoreCase, StringComparisonInvariantCultureIgnoreCase:
		return cultureIgnoreCaseComparer
	}
	panic(NewArgumentExceptionParam("The string comparison type passed in is currently not supported.", "comparisonType"))
}
