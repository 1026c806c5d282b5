package cluster

import (
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// referenceSum is a + b by term, without merging: each term's weights
// summed in a map, the terms then sorted. A term of both gets the one sum
// of its two weights, so its bits are those any merge must give.
func referenceSum(a, b text.Vector) text.Vector {
	sum := map[int32]float64{}
	for _, v := range []text.Vector{a, b} {
		for k, t := range v.Terms {
			if w, ok := sum[t]; ok {
				sum[t] = w + v.Weights[k]
			} else {
				sum[t] = v.Weights[k]
			}
		}
	}
	var out text.Vector
	out.Terms = slices.Sorted(maps.Keys(sum))
	for _, t := range out.Terms {
		out.Weights = append(out.Weights, sum[t])
	}
	return out
}

// TestAddVectorsMatchesReference: addVectors and a vecArena give the
// terms and the very bits of the weights of the sum taken term by term,
// for vectors that share no term, some or all.
func TestAddVectorsMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	random := func(n, span int) text.Vector {
		var v text.Vector
		for t := range span {
			if rng.IntN(span) < n {
				v.Terms = append(v.Terms, int32(t))
				v.Weights = append(v.Weights, rng.Float64()*float64(1+rng.IntN(3)))
			}
		}
		return v
	}
	same := func(got, want text.Vector) bool {
		if !slices.Equal(got.Terms, want.Terms) || len(got.Weights) != len(want.Weights) {
			return false
		}
		for k := range got.Weights {
			if math.Float64bits(got.Weights[k]) != math.Float64bits(want.Weights[k]) {
				return false
			}
		}
		return true
	}
	var arena vecArena
	for round := range 3000 {
		span := 1 + rng.IntN(200)
		a, b := random(rng.IntN(span+1), span), random(rng.IntN(span+1), span)
		if round%10 == 0 {
			b = text.Vector{Terms: a.Terms, Weights: slices.Clone(a.Weights)}
		}
		want := referenceSum(a, b)
		if got := addVectors(a, b); !same(got, want) {
			t.Fatalf("addVectors(%v, %v) = %v, want %v", a, b, got, want)
		}
		if round%50 == 0 {
			arena.reset()
		}
		if got := arena.add(a, b); !same(got, want) {
			t.Fatalf("vecArena.add(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}
