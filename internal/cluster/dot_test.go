package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomVector returns a vector of n distinct terms below vocab, with
// positive weights.
func randomVector(r *rand.Rand, n, vocab int) vector {
	seen := map[int32]bool{}
	for len(seen) < n {
		seen[int32(r.IntN(vocab))] = true
	}
	v := vector{Terms: slices.Sorted(func(yield func(int32) bool) {
		for t := range seen {
			if !yield(t) {
				return
			}
		}
	})}
	for range v.Terms {
		v.Weights = append(v.Weights, r.Float64()+0.01)
	}
	return v
}

func TestDotIsVectorDot(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vs := []vector{{}}
	for range 40 {
		vs = append(vs, randomVector(r, 1+r.IntN(300), 2000))
	}
	for _, a := range vs {
		for _, b := range vs {
			if got, want := dot(a, b), a.Dot(b); got != want {
				t.Fatalf("dot = %v, Dot = %v", got, want)
			}
		}
	}
}

func BenchmarkDot(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var vs []vector
	for range 64 {
		vs = append(vs, randomVector(r, 150+r.IntN(200), 3000))
	}
	var s float64
	for b.Loop() {
		for i := range vs {
			for j := range i {
				s += dot(vs[i], vs[j])
			}
		}
	}
	_ = s
}
