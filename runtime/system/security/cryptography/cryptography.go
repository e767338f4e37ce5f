// Package cryptography is the part of .NET's System.Security.Cryptography
// that HttpListener programs use: hashing (SHA256 and friends, for PKCE
// code challenges of OAuth loopback receivers and for ETags) and the
// cryptographic random number generator (for PKCE verifiers and state).
package cryptography

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"

	"github.com/cs2go/cs2go/runtime/system"
)

// HashAlgorithm is System.Security.Cryptography.HashAlgorithm: the object
// SHA256.Create(), new SHA256Managed() and the other algorithms return.
type HashAlgorithm struct {
	newHash  func() hash.Hash
	hash     []byte
	disposed bool
}

// SHA256Create is SHA256.Create() (and `new SHA256Managed()`).
func SHA256Create() *HashAlgorithm { return &HashAlgorithm{newHash: sha256.New} }

// SHA1Create is SHA1.Create().
func SHA1Create() *HashAlgorithm { return &HashAlgorithm{newHash: sha1.New} }

// SHA384Create is SHA384.Create().
func SHA384Create() *HashAlgorithm { return &HashAlgorithm{newHash: sha512.New384} }

// SHA512Create is SHA512.Create().
func SHA512Create() *HashAlgorithm { return &HashAlgorithm{newHash: sha512.New} }

// MD5Create is MD5.Create().
func MD5Create() *HashAlgorithm { return &HashAlgorithm{newHash: md5.New} }

func (h *HashAlgorithm) checkDisposed() {
	if h.disposed {
		panic(system.NewObjectDisposedException(""))
	}
}

// ComputeHash is HashAlgorithm.ComputeHash(buffer).
func (h *HashAlgorithm) ComputeHash(buffer []byte) []byte {
	if buffer == nil {
		panic(system.NewArgumentNullException("buffer"))
	}
	h.checkDisposed()
	d := h.newHash()
	d.Write(buffer)
	h.hash = d.Sum(nil)
	return append([]byte(nil), h.hash...)
}

// ComputeHashRange is HashAlgorithm.ComputeHash(buffer, offset, count).
func (h *HashAlgorithm) ComputeHashRange(buffer []byte, offset, count int32) []byte {
	if buffer == nil {
		panic(system.NewArgumentNullException("buffer"))
	}
	if offset < 0 || count < 0 || int(offset)+int(count) > len(buffer) {
		panic(system.NewArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."))
	}
	return h.ComputeHash(buffer[offset : offset+count])
}

// Hash is HashAlgorithm.Hash: a copy of the last computed value, null
// before the first ComputeHash (as in .NET Core and Mono).
func (h *HashAlgorithm) Hash() []byte {
	h.checkDisposed()
	if h.hash == nil {
		return nil
	}
	return append([]byte(nil), h.hash...)
}

// HashSize is HashAlgorithm.HashSize, in bits.
func (h *HashAlgorithm) HashSize() int32 { return int32(h.newHash().Size() * 8) }

// Dispose is HashAlgorithm.Dispose().
func (h *HashAlgorithm) Dispose() { h.disposed = true }

// SHA256HashData is SHA256.HashData(source).
func SHA256HashData(source []byte) []byte { return SHA256Create().ComputeHash(source) }

// SHA1HashData is SHA1.HashData(source).
func SHA1HashData(source []byte) []byte { return SHA1Create().ComputeHash(source) }

// SHA512HashData is SHA512.HashData(source).
func SHA512HashData(source []byte) []byte { return SHA512Create().ComputeHash(source) }

// MD5HashData is MD5.HashData(source).
func MD5HashData(source []byte) []byte { return MD5Create().ComputeHash(source) }

// RandomNumberGenerator is System.Security.Cryptography.RandomNumberGenerator
// (and RNGCryptoServiceProvider), on crypto/rand.
type RandomNumberGenerator struct{}

// RandomNumberGeneratorCreate is RandomNumberGenerator.Create() (and
// `new RNGCryptoServiceProvider()`).
func RandomNumberGeneratorCreate() *RandomNumberGenerator { return &RandomNumberGenerator{} }

// GetBytes is rng.GetBytes(data): fills data.
func (r *RandomNumberGenerator) GetBytes(data []byte) {
	if data == nil {
		panic(system.NewArgumentNullException("data"))
	}
	_, _ = rand.Read(data) // crypto/rand.Read never fails (Go 1.24+)
}

// Dispose is RandomNumberGenerator.Dispose().
func (r *RandomNumberGenerator) Dispose() {}

// RandomNumberGeneratorGetBytes is RandomNumberGenerator.GetBytes(count).
func RandomNumberGeneratorGetBytes(count int32) []byte {
	if count < 0 {
		panic(system.NewArgumentOutOfRangeException("count"))
	}
	b := make([]byte, count)
	_, _ = rand.Read(b)
	return b
}

// RandomNumberGeneratorGetInt32 is RandomNumberGenerator.GetInt32(toExclusive).
func RandomNumberGeneratorGetInt32(toExclusive int32) int32 {
	return RandomNumberGeneratorGetInt32Range(0, toExclusive)
}

// RandomNumberGeneratorGetInt32Range is RandomNumberGenerator.GetInt32(from, to).
func RandomNumberGeneratorGetInt32Range(fromInclusive, toExclusive int32) int32 {
	if fromInclusive >= toExclusive {
		panic(system.NewArgumentException("Range of random number does not contain at least one possibility."))
	}
	span := uint64(int64(toExclusive) - int64(fromInclusive))
	// Rejection sampling, as .NET does, so every value is equally likely.
	limit := ^uint64(0) - ^uint64(0)%span
	var b [8]byte
	for {
		_, _ = rand.Read(b[:])
		v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if v < limit {
			return fromInclusive + int32(v%span)
		}
	}
}

// Class descriptors for GetType() and ToString().
var (
	// CryptographicExceptionType is System.Security.Cryptography.CryptographicException.
	CryptographicExceptionType = &system.Type{Name: "CryptographicException", Namespace: "System.Security.Cryptography", Base: system.SystemExceptionType, DefaultMessage: "Error occurred during a cryptographic operation."}
)

// CryptographicException is System.Security.Cryptography.CryptographicException.
type CryptographicException struct{ system.SystemException }

// NewCryptographicException is `new CryptographicException(message)`.
func NewCryptographicException(message string) *CryptographicException {
	e := &CryptographicException{}
	e.Init(e, CryptographicExceptionType, message, nil)
	return e
}
