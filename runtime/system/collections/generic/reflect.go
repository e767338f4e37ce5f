// Construction hooks for code that knows a collection only through
// reflection (the Newtonsoft.Json deserializer builds dictionaries of the
// type a program declares).

package generic

// NewEmpty returns a new, empty dictionary of d's type; d may be nil. It is
// not a .NET member: a zero Dictionary is unusable, and reflection cannot
// call the generic NewDictionary.
func (*Dictionary[K, V]) NewEmpty() any { return NewDictionary[K, V]() }
