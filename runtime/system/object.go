// Object-level helpers: .NET's ToString for any value a translated program holds.

package system

import (
	"fmt"
	"strconv"
)

// Stringer is a value with .NET's ToString(); translated classes that
// override ToString implement it.
type Stringer interface{ ToString() string }

// ObjectToString is `x.ToString()` / string concatenation of any value, with
// .NET's rules: null is "", bool is "True"/"False", numbers print invariant
// (culture-neutral) digits, char prints its character.
func ObjectToString(x any) string {
	switch v := x.(type) {
	case nil:
		return ""
	case string:
		return v
	case Stringer:
		return v.ToString()
	case bool:
		if v {
			return "True"
		}
		return "False"
	case Char:
		return string(rune(v))
	case float64:
		return formatDouble(v)
	case float32:
		return formatDouble(float64(v))
	case int:
		return strconv.Itoa(v)
	case int8, int16, int32, int64, uint8, uint16, uint32, uint64:
		return fmt.Sprint(v)
	case error:
		return v.Error()
	}
	return fmt.Sprint(x)
}

// Char is a C# char: one UTF-16 code unit.
type Char uint16

func formatDouble(f float64) string {
	// .NET Core 3.0+ prints the shortest round-trippable form ("R").
	s := strconv.FormatFloat(f, 'G', -1, 64)
	return s
}
