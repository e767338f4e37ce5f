// This file implements the Table's cache of resolved member signatures.

package mapper

// sigKey names a signature: a member entry as seen from a type (an
// inherited member's type parameters are those of the type it is reached
// through).
type sigKey struct {
	e  *Entry
	ti *TypeInfo
}

// cachedSig is an entry's signature with its type parameters unbound, or
// the error resolving it. The Signature, its slices and types are shared
// by every translation using the table and are never modified.
type cachedSig struct {
	sig *Signature
	err error
}

// sigTemplate returns e's signature with its type parameters unbound,
// resolving it on first use. Parsing and resolving the C# spellings at
// every call site was 8% of the bytes allocated translating jsonrest_10x
// (mapper.(*Table).signature); the table is shared by concurrent
// translations, hence the sync.Map.
func (tb *Table) sigTemplate(e *Entry, ti *TypeInfo) (*Signature, error) {
	k := sigKey{e, ti}
	v, ok := tb.sigs.Load(k)
	if !ok {
		sig, err := tb.resolveSignature(e, ti)
		v, _ = tb.sigs.LoadOrStore(k, cachedSig{sig, err})
	}
	c := v.(cachedSig)
	return c.sig, c.err
}
