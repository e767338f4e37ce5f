// System.Random: .NET's pseudo-random generator. A seeded Random
// reproduces .NET's exact sequence (the subtractive generator .NET keeps
// for seeded instances), so programs that print seeded values match.

package system

import (
	crand "crypto/rand"
	"encoding/binary"
	"math"
	"sync"
)

// Random is System.Random. Like .NET's, an instance is not meant to be
// shared between threads without locking; the runtime locks anyway so that
// misuse cannot corrupt it.
type Random struct {
	mu            sync.Mutex
	seedArray     [56]int32
	inext, inextp int
}

const (
	randomMBig  = math.MaxInt32
	randomMSeed = 161803398
)

// NewRandom is `new Random()`: seeded unpredictably.
func NewRandom() *Random {
	var b [4]byte
	_, _ = crand.Read(b[:])
	return NewRandomSeed(int32(binary.LittleEndian.Uint32(b[:]) & 0x7FFFFFFF))
}

// NewRandomSeed is `new Random(seed)`: the same sequence as .NET for the same seed.
func NewRandomSeed(seed int32) *Random {
	r := &Random{}
	subtraction := int32(randomMBig)
	if seed != math.MinInt32 {
		subtraction = seed
		if subtraction < 0 {
			subtraction = -subtraction
		}
	}
	mj := randomMSeed - subtraction
	r.seedArray[55] = mj
	mk := int32(1)
	ii := 0
	for i := 1; i < 55; i++ {
		ii += 21
		if ii >= 55 {
			ii -= 55
		}
		r.seedArray[ii] = mk
		mk = mj - mk
		if mk < 0 {
			mk += randomMBig
		}
		mj = r.seedArray[ii]
	}
	for k := 1; k < 5; k++ {
		for i := 1; i < 56; i++ {
			n := i + 30
			if n >= 55 {
				n -= 55
			}
			r.seedArray[i] -= r.seedArray[1+n]
			if r.seedArray[i] < 0 {
				r.seedArray[i] += randomMBig
			}
		}
	}
	r.inext = 0
	r.inextp = 21
	return r
}

func (r *Random) internalSample() int32 {
	locINext := r.inext + 1
	if locINext >= 56 {
		locINext = 1
	}
	locINextp := r.inextp + 1
	if locINextp >= 56 {
		locINextp = 1
	}
	ret := r.seedArray[locINext] - r.seedArray[locINextp]
	if ret == randomMBig {
		ret--
	}
	if ret < 0 {
		ret += randomMBig
	}
	r.seedArray[locINext] = ret
	r.inext = locINext
	r.inextp = locINextp
	return ret
}

func (r *Random) sample() float64 { return float64(r.internalSample()) * (1.0 / randomMBig) }

func (r *Random) sampleLargeRange() float64 {
	result := r.internalSample()
	if r.internalSample()%2 == 0 {
		result = -result
	}
	d := float64(result)
	d += math.MaxInt32 - 1
	d /= 2*float64(uint32(math.MaxInt32)) - 1
	return d
}

// Next is Random.Next(): a non-negative int below int.MaxValue.
func (r *Random) Next() int32 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.internalSample()
}

// NextMax is Random.Next(maxValue): 0 <= result < maxValue (0 when
// maxValue is 0). A negative maxValue throws ArgumentOutOfRangeException.
func (r *Random) NextMax(maxValue int32) int32 {
	if maxValue < 0 {
		panic(NewArgumentOutOfRangeExceptionValue("maxValue", maxValue, "maxValue ('"+ObjectToString(maxValue)+"') must be a non-negative value."))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return int32(r.sample() * float64(maxValue))
}

// NextRange is Random.Next(minValue, maxValue): minValue <= result <
// maxValue. minValue > maxValue throws ArgumentOutOfRangeException.
func (r *Random) NextRange(minValue, maxValue int32) int32 {
	if minValue > maxValue {
		panic(NewArgumentOutOfRangeExceptionMessage("minValue", "'minValue' cannot be greater than maxValue."))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	rng := int64(maxValue) - int64(minValue)
	if rng <= math.MaxInt32 {
		return int32(r.sample()*float64(rng)) + minValue
	}
	return int32(int64(r.sampleLargeRange()*float64(rng)) + int64(minValue))
}

// NextDouble is Random.NextDouble: 0.0 <= result < 1.0.
func (r *Random) NextDouble() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sample()
}

// NextBytes is Random.NextBytes: fills buffer with random bytes.
func (r *Random) NextBytes(buffer []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range buffer {
		buffer[i] = byte(r.internalSample())
	}
}

// NextInt64Range is Random.NextInt64(minValue, maxValue).
func (r *Random) NextInt64Range(minValue, maxValue int64) int64 {
	if minValue > maxValue {
		panic(NewArgumentOutOfRangeExceptionMessage("minValue", "'minValue' cannot be greater than maxValue."))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	span := uint64(maxValue - minValue)
	if span == 0 {
		return minValue
	}
	// Two samples give 62 random bits, enough for the ranges programs use.
	v := uint64(r.internalSample())<<31 | uint64(r.internalSample())
	return minValue + int64(v%span)
}

var sharedRandom = NewRandom()

// RandomShared is Random.Shared: a thread-safe instance.
func RandomShared() *Random { return sharedRandom }
