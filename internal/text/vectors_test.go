package text

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestFitIDF(t *testing.T) {
	docs := [][]string{
		{"fire", "harbour", "fire"},
		{"budget", "harbour"},
		{"strike", "rail", "harbour"},
	}
	x := FitIDF(docs)
	reversed := FitIDF([][]string{docs[2], docs[1], docs[0]})
	if diff := cmp.Diff(x.terms, reversed.terms); diff != "" {
		t.Errorf("term IDs depend on the order of docs (-forward +reversed):\n%s", diff)
	}
	tests := []struct {
		term string
		df   int
		want float64
	}{
		{"harbour", 3, 1},                // in every doc: ln(4/4) + 1
		{"fire", 1, math.Log(4.0/2) + 1}, // repeats within a doc count once
		{"rail", 1, math.Log(4.0/2) + 1},
		{"unseen", 0, math.Log(4.0/1) + 1}, // never fitted
	}
	for _, tt := range tests {
		if got := x.DocFreq(tt.term); got != tt.df {
			t.Errorf("DocFreq(%q) = %d, want %d", tt.term, got, tt.df)
		}
		if got := x.Weight(tt.term); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Weight(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
	if x.Docs() != 3 || x.Len() != 5 {
		t.Errorf("Docs, Len = %d, %d; want 3, 5", x.Docs(), x.Len())
	}
	for id := range int32(x.Len()) {
		if got, ok := x.ID(x.Term(id)); !ok || got != id {
			t.Errorf("ID(Term(%d)) = %d, %v", id, got, ok)
		}
	}
}

func TestIDFVector(t *testing.T) {
	x := FitIDF([][]string{{"fire", "harbour"}, {"budget", "harbour"}})
	fire, _ := x.ID("fire")
	harbour, _ := x.ID("harbour")
	wf, wh := 2*x.Weight("fire"), 1*x.Weight("harbour")
	norm := math.Hypot(wf, wh)
	tests := []struct {
		name string
		tf   map[string]float64
		want Vector
	}{
		{"weights are tf times idf, unit length, sorted by ID",
			map[string]float64{"harbour": 1, "fire": 2},
			Vector{Terms: []int32{fire, harbour}, Weights: []float64{wf / norm, wh / norm}}},
		{"unfitted terms and zero frequencies are left out",
			map[string]float64{"fire": 3, "storm": 4, "harbour": 0},
			Vector{Terms: []int32{fire}, Weights: []float64{1}}},
		{"nothing left gives the empty vector",
			map[string]float64{"storm": 1},
			Vector{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.Vector(tt.tf)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Vector (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVectorDot(t *testing.T) {
	a := Vector{Terms: []int32{1, 3, 5}, Weights: []float64{0.5, 0.5, 0.5}}
	b := Vector{Terms: []int32{0, 3, 5, 9}, Weights: []float64{1, 2, 4, 8}}
	tests := []struct {
		name string
		u, v Vector
		want float64
	}{
		{"shared terms only", a, b, 0.5*2 + 0.5*4},
		{"symmetric", b, a, 0.5*2 + 0.5*4},
		{"with itself", a, a, 0.75},
		{"with empty", a, Vector{}, 0},
	}
	for _, tt := range tests {
		if got := tt.u.Dot(tt.v); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: Dot = %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := a.Norm(); math.Abs(got-math.Sqrt(0.75)) > 1e-12 {
		t.Errorf("Norm = %v, want %v", got, math.Sqrt(0.75))
	}
}

func TestSublinearTF(t *testing.T) {
	got := SublinearTF([]string{"vote", "vote", "vote", "budget"})
	want := map[string]float64{"vote": 1 + math.Log(3), "budget": 1}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("SublinearTF (-want +got):\n%s", diff)
	}
}
