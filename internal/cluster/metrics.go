package cluster

import (
	"slices"
)

// Scores compares a clustering with a gold one. Pairwise figures count
// pairs of docs put together (the "standard" clustering F1 of the
// news-stream literature; large clusters dominate it). B-cubed figures
// average, over docs, the share of a doc's predicted cluster that is in
// its gold cluster (precision) and the share of its gold cluster that is
// in its predicted one (recall); every doc weighs the same, which suits
// stories of a few reports each.
type Scores struct {
	Docs         int     `json:"docs"`          // docs in both gold and pred: the ones scored
	Missing      int     `json:"missing"`       // gold docs absent from pred
	GoldClusters int     `json:"gold_clusters"` // among the scored docs
	PredClusters int     `json:"pred_clusters"` // among the scored docs
	PairP        float64 `json:"pair_p"`
	PairR        float64 `json:"pair_r"`
	PairF1       float64 `json:"pair_f1"`
	BCubedP      float64 `json:"bcubed_p"`
	BCubedR      float64 `json:"bcubed_r"`
	BCubedF1     float64 `json:"bcubed_f1"`
}

// Score scores pred against gold; both map a doc ID to a cluster label.
// Only docs in both are scored; pred's extra docs are ignored. With no
// predicted (or gold) pairs, pairwise precision (or recall) is 1, as
// nothing was wrongly joined (or missed).
func Score(gold, pred map[string]string) Scores {
	type cell struct{ g, p string }
	gs, ps, both := map[string]int{}, map[string]int{}, map[cell]int{}
	var ids []string
	for id, g := range gold {
		p, ok := pred[id]
		if !ok {
			continue
		}
		ids = append(ids, id)
		gs[g]++
		ps[p]++
		both[cell{g, p}]++
	}
	slices.Sort(ids) // fixed summation order: the same bits on every run
	s := Scores{Docs: len(ids), Missing: len(gold) - len(ids), GoldClusters: len(gs), PredClusters: len(ps)}
	if s.Docs == 0 {
		return s
	}
	var tp, pp, gp int
	for _, n := range both {
		tp += pairs(n)
	}
	for _, n := range ps {
		pp += pairs(n)
	}
	for _, n := range gs {
		gp += pairs(n)
	}
	s.PairP, s.PairR = ratio(tp, pp), ratio(tp, gp)
	s.PairF1 = f1(s.PairP, s.PairR)
	var bp, br float64
	for _, id := range ids {
		g, p := gold[id], pred[id]
		n := float64(both[cell{g, p}])
		bp += n / float64(ps[p])
		br += n / float64(gs[g])
	}
	s.BCubedP, s.BCubedR = bp/float64(s.Docs), br/float64(s.Docs)
	s.BCubedF1 = f1(s.BCubedP, s.BCubedR)
	return s
}

func pairs(n int) int { return n * (n - 1) / 2 }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
