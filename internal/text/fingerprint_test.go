package text

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
)

// referenceSimHash is SimHash written the plain way, with hash/fnv and
// joined shingles: the fingerprints already stored were made this way,
// so the fast one must agree with it bit for bit.
func referenceSimHash(s string) uint64 {
	toks := Tokens(s)
	if len(toks) == 0 {
		return 0
	}
	var v [64]int
	add := func(shingle string) {
		h := fnv.New64a()
		h.Write([]byte(shingle))
		x := h.Sum64()
		for i := range 64 {
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
		add(strings.Join(toks[i:i+3], " "))
	}
	var out uint64
	for i := range 64 {
		if v[i] > 0 {
			out |= 1 << uint(i)
		}
	}
	return out
}

func referenceContentHash(s string) string {
	sum := sha256.Sum256([]byte(strings.Join(Tokens(s), " ")))
	return hex.EncodeToString(sum[:])
}

func TestFingerprintMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	words := strings.Fields("the council voted on Tuesday to raise taxes, “officials” said; Zürich 3,5 l'état co-op naïve ...")
	texts := []string{"", "...", "one", "two words", "exactly three words"}
	for range 200 {
		var sb strings.Builder
		for range r.IntN(60) {
			sb.WriteString(words[r.IntN(len(words))])
			sb.WriteByte(" \n\t"[r.IntN(3)])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		hash, fp := Fingerprint(s)
		if want := referenceSimHash(s); fp != want || SimHash(s) != want {
			t.Fatalf("SimHash(%q) = %x, want %x", s, fp, want)
		}
		if want := referenceContentHash(s); hash != want || ContentHash(s) != want {
			t.Fatalf("ContentHash(%q) = %s, want %s", s, hash, want)
		}
	}
}

// Any two fingerprints within NearDuplicateBits share at least one piece,
// and pieces of different bands never collide.
func TestSimHashPieces(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	shares := func(a, b uint64) bool {
		pa, pb := SimHashPieces(a), SimHashPieces(b)
		for i := range pa {
			if pa[i] == pb[i] {
				return true
			}
		}
		return false
	}
	for range 20000 {
		a := r.Uint64()
		b := a
		for range r.IntN(NearDuplicateBits + 1) {
			b ^= 1 << r.IntN(64)
		}
		if !shares(a, b) {
			t.Fatalf("%016x and %016x are %d bits apart and share no piece", a, b, Hamming(a, b))
		}
	}
	// The worst case: one differing bit in each of NearDuplicateBits bands.
	a := r.Uint64()
	b := a ^ 1 ^ 1<<10 ^ 1<<19 ^ 1<<28 ^ 1<<37 ^ 1<<46
	if Hamming(a, b) != NearDuplicateBits || !shares(a, b) {
		t.Fatalf("one bit in each of six pieces: shares none")
	}
	// Seven differing bits, one per piece, must share none: the pieces
	// cover all 64 bits without overlap.
	c := b ^ 1<<55
	if shares(a, c) {
		t.Fatalf("one bit in every piece, yet a piece is shared")
	}
	seen := map[int64]int{}
	for band, p := range SimHashPieces(^uint64(0)) {
		if other, ok := seen[p]; ok {
			t.Fatalf("bands %d and %d give the same key", other, band)
		}
		seen[p] = band
		if got := bits.OnesCount64(uint64(p & 0xffffffff)); got != 9 && got != 10 {
			t.Fatalf("band %d is %d bits wide", band, got)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var sb strings.Builder
	for sb.Len() < 5000 {
		sb.WriteString(" word")
		sb.WriteString(strings.Repeat("x", r.IntN(6)))
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Fingerprint(s)
	}
}
