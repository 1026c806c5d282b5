package eval

import (
	"math"
	"testing"
)

func TestScorePage(t *testing.T) {
	type pr struct {
		v  float64
		ok bool
	}
	tests := []struct {
		name        string
		truth, pred string
		p, r        pr
		exact       bool
	}{
		{"same tokens", "one two three four five", "one, two; three four five.", pr{1, true}, pr{1, true}, true},
		{"case counts", "one two three four five", "One two three four five", pr{0.5, true}, pr{0.5, true}, false},
		{"empty prediction", "one two three four five", "", pr{0, false}, pr{0, true}, false},
		{"both empty", "", "...", pr{1, true}, pr{1, true}, true},
		{"empty truth", "", "noise noise", pr{0, true}, pr{0, false}, false},
		{"partial", "a b c d e f g h", "a b c d e f x y z w", pr{3.0 / 7, true}, pr{3.0 / 5, true}, false},
		{"short texts", "Hello, world!", "Hello world", pr{1, true}, pr{1, true}, true},
		{"repeats count", "a b c d a b c d", "a b c d", pr{1, true}, pr{1.0 / 5, true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScorePage(tt.truth, tt.pred)
			if v, ok := s.Precision(); ok != tt.p.ok || math.Abs(v-tt.p.v) > 1e-12 {
				t.Errorf("precision = %v, %v; want %v, %v", v, ok, tt.p.v, tt.p.ok)
			}
			if v, ok := s.Recall(); ok != tt.r.ok || math.Abs(v-tt.r.v) > 1e-12 {
				t.Errorf("recall = %v, %v; want %v, %v", v, ok, tt.r.v, tt.r.ok)
			}
			if s.Exact != tt.exact {
				t.Errorf("exact = %v, want %v", s.Exact, tt.exact)
			}
			if sum := s.TP + s.FP + s.FN; sum != 0 && math.Abs(sum-1) > 1e-12 {
				t.Errorf("tp+fp+fn = %v, want 1 (normalised)", sum)
			}
		})
	}
}

// TestScoreExtraction checks the summary against figures printed by the
// benchmark's reference scorer on the same hand-made inputs.
func TestScoreExtraction(t *testing.T) {
	truth := map[string]string{
		"perfect":     "one two three four five",
		"empty_pred":  "one two three four five",
		"both_empty":  "",
		"empty_truth": "",
		"partial":     "a b c d e f g h",
		"short":       "Hello, world!",
		"missing":     "alpha beta gamma delta",
	}
	pred := map[string]string{
		"perfect":     "one, two; three four five.",
		"empty_pred":  "",
		"both_empty":  "...",
		"empty_truth": "noise noise",
		"partial":     "a b c d e f x y z w",
		"short":       "Hello world",
		"extra":       "ignored",
	}
	tests := []struct {
		name        string
		truth, pred map[string]string
		want        ExtractScore
	}{
		// score_extract.py: {"pages": 7, "missing": 1, "f1": 0.64, "p": 0.6857, "r": 0.6, "acc": 0.4286}
		{"mixed", truth, pred, ExtractScore{Pages: 7, Missing: 1, F1: 0.64, P: 24.0 / 35, R: 0.6, Acc: 3.0 / 7}},
		{"no prediction at all", map[string]string{"a": "one two"}, nil, ExtractScore{Pages: 1, Missing: 1}},
		{"nothing to score", nil, pred, ExtractScore{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScoreExtraction(tt.truth, tt.pred)
			if got.Pages != tt.want.Pages || got.Missing != tt.want.Missing {
				t.Errorf("pages, missing = %d, %d; want %d, %d", got.Pages, got.Missing, tt.want.Pages, tt.want.Missing)
			}
			for _, f := range []struct {
				name      string
				got, want float64
			}{{"f1", got.F1, tt.want.F1}, {"p", got.P, tt.want.P}, {"r", got.R, tt.want.R}, {"acc", got.Acc, tt.want.Acc}} {
				if math.Abs(f.got-f.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
				}
			}
		})
	}
}
