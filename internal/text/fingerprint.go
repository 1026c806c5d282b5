package text

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
)

// ContentHash is the hex SHA-256 of the text's normalised, lower-cased
// tokens, so that the same report served with different white space or
// quote marks hashes equal.
func ContentHash(s string) string {
	h, _ := Fingerprint(s)
	return h
}

// SimHash is a 64-bit fingerprint of the text's word 3-shingles. Texts that
// share most of their wording are a few bits apart (see Hamming); a
// syndicated copy with a changed headline or a trailing credit line stays
// within NearDuplicateBits of its original. Unrelated texts differ in about
// 32 bits, with a spread of about 4, so 6 leaves a wide margin.
func SimHash(s string) uint64 {
	_, fp := Fingerprint(s)
	return fp
}

// Fingerprint returns both ContentHash and SimHash of s, reading its
// tokens once.
func Fingerprint(s string) (contentHash string, sim uint64) {
	toks := Tokens(s)
	sha := sha256.New()
	for i, t := range toks {
		if i > 0 {
			sha.Write(space)
		}
		sha.Write([]byte(t))
	}
	return hex.EncodeToString(sha.Sum(nil)), simHash(toks)
}

var space = []byte{' '}

// FNV-1a, 64 bits (hash/fnv), written out so that a shingle is hashed
// from its tokens without joining them into a new string.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// shingleHash is the FNV-1a hash of the tokens joined by single spaces.
func shingleHash(toks []string) uint64 {
	h := uint64(fnvOffset)
	for i, t := range toks {
		if i > 0 {
			h = fnvAdd(h, " ")
		}
		h = fnvAdd(h, t)
	}
	return h
}

func simHash(toks []string) uint64 {
	if len(toks) == 0 {
		return 0
	}
	// ones[i] counts the shingles whose hash has bit i set; the bit is
	// set in the fingerprint when more than half of them do.
	var ones [64]int
	n := 0
	add := func(x uint64) {
		for i := range 64 {
			ones[i] += int(x >> uint(i) & 1)
		}
		n++
	}
	if len(toks) < 3 {
		add(shingleHash(toks))
	}
	for i := 0; i+3 <= len(toks); i++ {
		add(shingleHash(toks[i : i+3]))
	}
	var out uint64
	for i := range 64 {
		if 2*ones[i] > n {
			out |= 1 << uint(i)
		}
	}
	return out
}

// Hamming counts the bits in which two fingerprints differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// NearDuplicateBits is the largest Hamming distance between the SimHashes
// of two texts that the desk treats as copies of one report.
const NearDuplicateBits = 6

// SimHashBands is how many pieces SimHashPieces cuts a fingerprint into:
// one more than NearDuplicateBits, so that two fingerprints at most
// NearDuplicateBits apart agree on at least one whole piece (each differing
// bit spoils at most one piece).
const SimHashBands = NearDuplicateBits + 1

// SimHashPieces cuts fp into SimHashBands runs of adjacent bits and
// returns each as a key that also says which piece it is: a store that
// indexes these keys finds every near-duplicate candidate of a fingerprint
// by looking up its own keys, instead of comparing it with every other.
func SimHashPieces(fp uint64) [SimHashBands]int64 {
	var out [SimHashBands]int64
	shift := 0
	for b := range SimHashBands {
		width := 64 / SimHashBands
		if b < 64%SimHashBands {
			width++
		}
		piece := (fp >> uint(shift)) & (1<<uint(width) - 1)
		out[b] = int64(b)<<32 | int64(piece)
		shift += width
	}
	return out
}
