package bias

import (
	"context"
	"fmt"
	"slices"
)

// innerSeed deals the inner folds. It is fixed, not drawn from the outer
// seed, so that Train's result depends only on its sentences and config.
const innerSeed = 1

// chooseSetting returns the C and the cut to fit docs with: cfg.C and 0
// unless cfg asks for a choice, else the candidate C (in cfg.Cs order,
// the first of equals) and the cut whose predictions on held-out inner
// folds of docs have the best macro F1. Every inner model is fitted on
// its inner training folds only. With fewer sentences of a label than
// cfg.InnerFolds there are as many inner folds as that label has
// sentences; with fewer than two there is no choice to make: cfg.C and 0.
func chooseSetting(ctx context.Context, docs []parsed, biased []bool, cfg Config) (c, cut float64, err error) {
	cs := cfg.Cs
	if len(cs) == 0 {
		cs = []float64{cfg.C}
	}
	if len(cs) == 1 && !cfg.Threshold {
		return cs[0], 0, nil
	}
	k := min(cfg.InnerFolds, minority(biased))
	if k < 2 {
		return cfg.C, 0, nil
	}
	fold, err := Folds(biased, k, innerSeed)
	if err != nil {
		return 0, 0, fmt.Errorf("inner folds: %w", err)
	}
	scores := make([][]float64, len(cs))
	for ci := range cs {
		scores[ci] = make([]float64, len(docs))
	}
	err = eachFold(ctx, k, func(ctx context.Context, f int) error {
		var trainD []parsed
		var trainY []bool
		for i, d := range docs {
			if fold[i] != f {
				trainD, trainY = append(trainD, d), append(trainY, biased[i])
			}
		}
		pr := prepare(trainD, trainY, cfg)
		held := map[int]vector{}
		for i, d := range docs {
			if fold[i] == f {
				held[i] = pr.feat.transformParsed(d)
			}
		}
		var theta []float64
		for ci, cv := range cs {
			// Each fit starts from the last one's solution: the
			// problem is convex, so only the time taken changes.
			m, next, err := pr.fit(ctx, cv, theta)
			if err != nil {
				return fmt.Errorf("inner fold %d: %w", f+1, err)
			}
			theta = next
			for i, x := range held {
				scores[ci][i] = m.score(x)
			}
		}
		return nil
	})
	if err != nil {
		return 0, 0, err
	}
	best := -1.0
	for ci, cv := range cs {
		t, f1 := 0.0, macroF1At(scores[ci], biased, 0)
		if cfg.Threshold {
			t, f1 = bestCut(scores[ci], biased)
		}
		if f1 > best {
			best, c, cut = f1, cv, t
		}
	}
	return c, cut, nil
}

// minority is the number of sentences of the rarer label.
func minority(biased []bool) int {
	pos := 0
	for _, b := range biased {
		if b {
			pos++
		}
	}
	return min(pos, len(biased)-pos)
}

// bestCut returns the cut with the best macro F1 when the sentences
// scoring above it are called biased, and that F1. Cuts lie halfway
// between neighbouring distinct scores (or just outside them); of equal
// cuts the one nearest 0 wins.
func bestCut(scores []float64, biased []bool) (cut, f1 float64) {
	s := slices.Clone(scores)
	slices.Sort(s)
	s = slices.Compact(s)
	cands := []float64{s[0] - 1}
	for i := 1; i < len(s); i++ {
		cands = append(cands, (s[i-1]+s[i])/2)
	}
	cands = append(cands, s[len(s)-1]+1)
	f1 = -1
	for _, t := range cands {
		v := macroF1At(scores, biased, t)
		if v > f1 || v == f1 && abs(t) < abs(cut) {
			cut, f1 = t, v
		}
	}
	return cut, f1
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// macroF1At is the mean of the two labels' F1 when the sentences scoring
// above cut are called biased.
func macroF1At(scores []float64, biased []bool, cut float64) float64 {
	var tp, fp, fn, tn float64
	for i, s := range scores {
		switch p := s > cut; {
		case p && biased[i]:
			tp++
		case p:
			fp++
		case biased[i]:
			fn++
		default:
			tn++
		}
	}
	return (f1Of(tp, fp, fn) + f1Of(tn, fn, fp)) / 2
}

func f1Of(tp, fp, fn float64) float64 {
	if tp == 0 {
		return 0
	}
	return 2 * tp / (2*tp + fp + fn)
}
