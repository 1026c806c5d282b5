package bias

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

func labels(pos, neg int) []bool {
	out := make([]bool, 0, pos+neg)
	for i := range pos + neg {
		// interleave, so that order says nothing of the label
		out = append(out, i%3 == 0 && pos > 0 || neg == 0)
		if out[i] {
			pos--
		} else {
			neg--
		}
	}
	return out
}

func TestFoldsStratified(t *testing.T) {
	for _, tc := range []struct{ pos, neg, k int }{{30, 70, 5}, {23, 41, 4}, {5, 5, 5}, {7, 100, 2}, {1253, 1318, 5}} {
		t.Run(fmt.Sprintf("%d-%d-k%d", tc.pos, tc.neg, tc.k), func(t *testing.T) {
			y := labels(tc.pos, tc.neg)
			fold, err := Folds(y, tc.k, 1)
			if err != nil {
				t.Fatal(err)
			}
			pos, size := make([]int, tc.k), make([]int, tc.k)
			for i, f := range fold {
				if f < 0 || f >= tc.k {
					t.Fatalf("sentence %d in fold %d", i, f)
				}
				size[f]++
				if y[i] {
					pos[f]++
				}
			}
			for f := range tc.k {
				neg := size[f] - pos[f]
				if lo, hi := tc.pos/tc.k, (tc.pos+tc.k-1)/tc.k; pos[f] < lo || pos[f] > hi {
					t.Errorf("fold %d has %d biased, want %d to %d", f, pos[f], lo, hi)
				}
				if lo, hi := tc.neg/tc.k, (tc.neg+tc.k-1)/tc.k; neg < lo || neg > hi {
					t.Errorf("fold %d has %d not biased, want %d to %d", f, neg, lo, hi)
				}
			}
			if slices.Max(size)-slices.Min(size) > 1 {
				t.Errorf("fold sizes %v differ by more than one", size)
			}
		})
	}
}

func TestFoldsSeeded(t *testing.T) {
	y := labels(40, 60)
	a, _ := Folds(y, 5, 7)
	b, _ := Folds(y, 5, 7)
	c, _ := Folds(y, 5, 8)
	if !slices.Equal(a, b) {
		t.Error("the same seed gave different folds")
	}
	if slices.Equal(a, c) {
		t.Error("seeds 7 and 8 gave the same folds")
	}
	// Pinned, so that a change of generator or deal is seen: fold
	// assignments are part of every published figure.
	small, _ := Folds([]bool{true, false, true, false, true, false, false, true, false, false}, 3, 1)
	if want := []int{0, 1, 1, 2, 0, 0, 1, 2, 0, 2}; !slices.Equal(small, want) {
		t.Errorf("Folds(seed 1) = %v, want %v", small, want)
	}
}

func TestFoldsErrors(t *testing.T) {
	if _, err := Folds(labels(10, 10), 1, 1); err == nil {
		t.Error("k = 1: no error")
	}
	if _, err := Folds(labels(3, 10), 4, 1); err == nil {
		t.Error("3 biased in 4 folds: no error")
	}
}

// TestCrossValidateFitsInsideFold: every sentence is predicted by a
// model trained on the other folds only, exactly as Train would fit it
// on them, so a word found only in a held-out sentence is unknown to the
// model that predicts it.
func TestCrossValidateFitsInsideFold(t *testing.T) {
	texts, biased := synthetic()
	texts[3] = "A zyzzyva reckless report."
	ctx := context.Background()
	const k, seed = 4, 3
	got, err := CrossValidate(ctx, texts, biased, k, seed, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	fold, _ := Folds(biased, k, seed)
	for f := range k {
		var tt []string
		var ty []bool
		for i := range texts {
			if fold[i] != f {
				tt, ty = append(tt, texts[i]), append(ty, biased[i])
			}
		}
		m, err := Train(ctx, tt, ty, DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		for i := range texts {
			if fold[i] != f {
				continue
			}
			if want := m.Predict(texts[i]); want.Score != got[i].Score || !slices.Equal(want.Words, got[i].Words) {
				t.Errorf("sentence %d: cross-validated %+v, the fold's own model %+v", i, got[i], want)
			}
			if i == 3 {
				if _, ok := m.Weight("zyzzyva"); ok {
					t.Error("the model of the fold holding out the only zyzzyva knows it")
				}
				if slices.Contains(got[i].Words, "zyzzyva") {
					t.Errorf("held-out word named: %q", got[i].Words)
				}
			}
		}
	}
}

func TestCrossValidateDeterministic(t *testing.T) {
	texts, biased := synthetic()
	a, err := CrossValidate(context.Background(), texts, biased, 5, 1, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, err := CrossValidate(context.Background(), texts, biased, 5, 1, DefaultConfig())
		if err != nil {
			t.Fatal(err)
		}
		for i := range a {
			if a[i].Score != b[i].Score || a[i].Biased != b[i].Biased || !slices.Equal(a[i].Words, b[i].Words) {
				t.Fatalf("sentence %d: %+v, then %+v", i, a[i], b[i])
			}
		}
	}
}

func TestCrossValidateErrors(t *testing.T) {
	texts, biased := synthetic()
	if _, err := CrossValidate(context.Background(), texts, biased, 1, 1, DefaultConfig()); err == nil {
		t.Error("k = 1: no error")
	}
	if _, err := CrossValidate(context.Background(), texts[:3], biased, 2, 1, DefaultConfig()); err == nil {
		t.Error("fewer texts than labels: no error")
	}
}

// skewed returns an invented set in which three sentences in four are
// labelled biased, and the loaded word that marks them is given to only
// some, while a plain sentence now and then carries one too: the kind of
// set on which a cut at one half calls nearly everything biased.
func skewed() (texts []string, biased []bool) {
	subjects := []string{"council", "mayor", "senator", "agency", "company", "union", "board", "governor", "court", "ministry"}
	loaded := []string{"reckless", "disastrous", "shameful", "outrageous"}
	objects := []string{"budget", "plan", "report", "contract", "schedule", "levy"}
	for i, s := range subjects {
		for j, o := range objects {
			n := i*len(objects) + j
			b := n%4 != 0
			switch {
			case b && n%3 != 0, !b && n%5 == 0:
				texts = append(texts, fmt.Sprintf("The %s signed the %s %s on Monday.", s, loaded[n%len(loaded)], o))
			default:
				texts = append(texts, fmt.Sprintf("The %s signed the %s on Monday.", s, o))
			}
			biased = append(biased, b)
		}
	}
	return texts, biased
}
