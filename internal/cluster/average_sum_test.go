package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// referenceSum is a + b merged step by step, as the sum is defined.
func referenceSum(a, b text.Vector) text.Vector {
	var v text.Vector
	i, j := 0, 0
	for i < len(a.Terms) || j < len(b.Terms) {
		switch {
		case j == len(b.Terms) || i < len(a.Terms) && a.Terms[i] < b.Terms[j]:
			v.Terms, v.Weights = append(v.Terms, a.Terms[i]), append(v.Weights, a.Weights[i])
			i++
		case i == len(a.Terms) || b.Terms[j] < a.Terms[i]:
			v.Terms, v.Weights = append(v.Terms, b.Terms[j]), append(v.Weights, b.Weights[j])
			j++
		default:
			v.Terms, v.Weights = append(v.Terms, a.Terms[i]), append(v.Weights, a.Weights[i]+b.Weights[j])
			i++
			j++
		}
	}
	return v
}

// TestAddVectorsMatchesReference: addVectors and a vecArena give the
// terms and the very bits of the weights of the sum merged step by
// step, for vectors that share no term, some or all.
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
