package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred map[string]string
		want       Scores
	}{
		{
			name: "perfect",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "y"},
			want: Scores{Docs: 3, GoldClusters: 2, PredClusters: 2, PairP: 1, PairR: 1, PairF1: 1, BCubedP: 1, BCubedR: 1, BCubedF1: 1},
		},
		{
			// Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}. Pairs: gold 4,
			// predicted 4, shared 2 (ab, de). B-cubed precision per doc:
			// 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
			name: "one doc in the wrong group",
			gold: map[string]string{"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"},
			pred: map[string]string{"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"},
			want: Scores{Docs: 5, GoldClusters: 2, PredClusters: 2, PairP: 0.5, PairR: 0.5, PairF1: 0.5,
				BCubedP: 11.0 / 15, BCubedR: 11.0 / 15, BCubedF1: 11.0 / 15},
		},
		{
			name: "all apart: nothing wrongly joined, nothing found",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "y", "c": "z"},
			want: Scores{Docs: 3, GoldClusters: 2, PredClusters: 3, PairP: 1, PairR: 0, PairF1: 0,
				BCubedP: 1, BCubedR: (0.5 + 0.5 + 1) / 3, BCubedF1: 2 * (2.0 / 3) / (1 + 2.0/3)},
		},
		{
			name: "all together",
			gold: map[string]string{"a": "1", "b": "1", "c": "2", "d": "3"},
			pred: map[string]string{"a": "x", "b": "x", "c": "x", "d": "x"},
			want: Scores{Docs: 4, GoldClusters: 3, PredClusters: 1, PairP: 1.0 / 6, PairR: 1, PairF1: 2 * (1.0 / 6) / (1 + 1.0/6),
				BCubedP: (0.5 + 0.5 + 0.25 + 0.25) / 4, BCubedR: 1, BCubedF1: 2 * 0.375 / 1.375},
		},
		{
			name: "docs missing from pred are counted, extra ones ignored",
			gold: map[string]string{"a": "1", "b": "1", "c": "2"},
			pred: map[string]string{"a": "x", "b": "x", "z": "x"},
			want: Scores{Docs: 2, Missing: 1, GoldClusters: 1, PredClusters: 1, PairP: 1, PairR: 1, PairF1: 1, BCubedP: 1, BCubedR: 1, BCubedF1: 1},
		},
		{
			name: "nothing to score",
			gold: map[string]string{"a": "1"},
			pred: map[string]string{},
			want: Scores{Missing: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Score(tt.gold, tt.pred), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}
