package bias

import (
	"context"
	"fmt"
	"math/bits"
	"runtime"
	"sync"
)

// Folds assigns each sentence to one of k folds, stratified by label:
// the sentences of each label are shuffled (by seed) and dealt out in
// turn, biased first, the deal carrying on across labels. So every fold
// holds the same number of each label give or take one, and the folds'
// sizes differ by one at most. The same labels, k and seed always give
// the same folds. Each label needs at least k sentences.
func Folds(biased []bool, k int, seed uint64) ([]int, error) {
	if k < 2 {
		return nil, fmt.Errorf("want at least 2 folds (got %d)", k)
	}
	var pos, neg []int
	for i, b := range biased {
		if b {
			pos = append(pos, i)
		} else {
			neg = append(neg, i)
		}
	}
	if len(pos) < k || len(neg) < k {
		return nil, fmt.Errorf("%d folds need at least %d sentences of each label (got %d biased, %d not)", k, k, len(pos), len(neg))
	}
	r := splitMix{seed}
	r.shuffle(pos)
	r.shuffle(neg)
	fold := make([]int, len(biased))
	for n, i := range append(pos, neg...) {
		fold[i] = n % k
	}
	return fold, nil
}

// splitMix is the SplitMix64 generator: small, fixed, and the same on
// every platform and Go release, so fold assignments never drift.
type splitMix struct{ state uint64 }

func (r *splitMix) next() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// below returns a uniform integer in [0, n), by Lemire's multiply and
// reject.
func (r *splitMix) below(n uint64) uint64 {
	hi, lo := bits.Mul64(r.next(), n)
	if lo < n {
		floor := -n % n
		for lo < floor {
			hi, lo = bits.Mul64(r.next(), n)
		}
	}
	return hi
}

// shuffle is Fisher–Yates.
func (r *splitMix) shuffle(xs []int) {
	for i := len(xs) - 1; i > 0; i-- {
		j := int(r.below(uint64(i + 1)))
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// eachFold runs fn for folds 0 to k-1, up to GOMAXPROCS at a time, and
// returns the first error in fold order, or the context's. The first
// failure cancels the context the others see. fn must write only what
// belongs to its own fold, so that the result does not depend on how
// many run at once.
func eachFold(ctx context.Context, k int, fn func(ctx context.Context, f int) error) error {
	errs := make([]error, k)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for f := range k {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			if err := fn(ctx, f); err != nil {
				errs[f] = err
				cancel()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// CrossValidate predicts every sentence once, with a model trained (by
// Train, with cfg) on the other folds only: the vocabulary, document
// frequencies and weights of each fold's model never see the sentences
// it predicts. Folds come from Folds(biased, k, seed). Folds are trained
// in parallel, up to GOMAXPROCS at a time; the result does not depend on
// how many run at once.
func CrossValidate(ctx context.Context, texts []string, biased []bool, k int, seed uint64, cfg Config) ([]Prediction, error) {
	if len(texts) != len(biased) {
		return nil, fmt.Errorf("cross-validate: %d texts but %d labels", len(texts), len(biased))
	}
	fold, err := Folds(biased, k, seed)
	if err != nil {
		return nil, fmt.Errorf("cross-validate: %w", err)
	}
	preds := make([]Prediction, len(texts))
	err = eachFold(ctx, k, func(ctx context.Context, f int) error {
		var trainT []string
		var trainY []bool
		for i, t := range texts {
			if fold[i] != f {
				trainT, trainY = append(trainT, t), append(trainY, biased[i])
			}
		}
		m, err := Train(ctx, trainT, trainY, cfg)
		if err != nil {
			return fmt.Errorf("fold %d: %w", f+1, err)
		}
		for i, t := range texts {
			if fold[i] == f {
				preds[i] = m.Predict(t)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cross-validate: %w", err)
	}
	return preds, nil
}
