package text

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"strings"
)

// ContentHash is the hex SHA-256 of the text's normalised, lower-cased
// tokens, so that the same report served with different white space or
// quote marks hashes equal.
func ContentHash(s string) string {
	sum := sha256.Sum256([]byte(strings.Join(Tokens(s), " ")))
	return hex.EncodeToString(sum[:])
}

// SimHash is a 64-bit fingerprint of the text's word 3-shingles. Texts that
// share most of their wording are a few bits apart (see Hamming); a
// syndicated copy with a changed headline or a trailing credit line stays
// within NearDuplicateBits of its original. Unrelated texts differ in about 32 bits, with a spread of about 4, so 6 leaves a wide margin.
func SimHash(s string) uint64 {
	toks := Tokens(s)
	if len(toks) == 0 {
		return 0
	}
	var v [64]int
	add := func(shingle string) {
		h := fnv.New64a()
		h.Write([]byte(shingle))
		x := h.Sum64()
		for i := 0; i < 64; i++ {
			if x&(1<<uint(i)) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	if len(toks) < 3 {
		add(strings.Join(toks, " "))
	}
	for i := 0; i+3 <= len(toks); i++ {
		add(toks[i] + " " + toks[i+1] + " " + toks[i+2])
	}
	var out uint64
	for i := 0; i < 64; i++ {
		if v[i] > 0 {
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
