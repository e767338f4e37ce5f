// Tests of the hash and random-number classes. Known-answer vectors are
// FIPS 180's "abc" examples; internal/consolediff/testdata/crypto.cs checks
// a PKCE program against Mono.

package cryptography

import (
	"encoding/hex"
	"testing"
)

func TestKnownAnswers(t *testing.T) {
	if got := hex.EncodeToString(SHA256HashData([]byte("abc"))); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("SHA256(abc) = %s", got)
	}
	if got := hex.EncodeToString(SHA1HashData([]byte("abc"))); got != "a9993e364706816aba3e25717850c26c9cd0d89d" {
		t.Errorf("SHA1(abc) = %s", got)
	}
	if got := MD5Create().HashSize(); got != 128 {
		t.Errorf("MD5 HashSize = %d", got)
	}
}

func TestHashBeforeComputeIsNull(t *testing.T) {
	h := SHA256Create()
	if h.Hash() != nil {
		t.Fatal("Hash before ComputeHash is not null")
	}
	h.ComputeHash([]byte("x"))
	first := h.Hash()
	first[0] ^= 0xff
	if h.Hash()[0] == first[0] {
		t.Fatal("Hash returned the internal buffer, not a copy")
	}
}

func TestGetInt32Range(t *testing.T) {
	seen := map[int32]bool{}
	for i := 0; i < 2000; i++ {
		v := RandomNumberGeneratorGetInt32Range(-2, 3)
		if v < -2 || v >= 3 {
			t.Fatalf("GetInt32(-2, 3) = %d", v)
		}
		seen[v] = true
	}
	if len(seen) != 5 {
		t.Fatalf("2000 draws hit %d of 5 values", len(seen))
	}
}
