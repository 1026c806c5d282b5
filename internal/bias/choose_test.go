package bias

import (
	"context"
	"math"
	"testing"
)

// cvMacroF1 cross-validates cfg on texts and returns the macro F1 and the
// share of sentences called biased.
func cvMacroF1(t *testing.T, texts []string, biased []bool, cfg Config) (macro, called float64) {
	t.Helper()
	preds, err := CrossValidate(context.Background(), texts, biased, 4, 1, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var tp, fp, fn, tn float64
	for i, p := range preds {
		switch {
		case p.Biased && biased[i]:
			tp++
		case p.Biased:
			fp++
		case biased[i]:
			fn++
		default:
			tn++
		}
	}
	return (f1Of(tp, fp, fn) + f1Of(tn, fn, fp)) / 2, (tp + fp) / float64(len(preds))
}

// TestDefaultCalibratedOnSkewedLabels: on a set where most sentences are
// labelled biased and the loaded word marks only some of them, the
// baseline's cut at one half calls every held-out sentence biased; the
// default, with balanced class weights and a cut chosen on inner folds
// of the training sentences, tells the plain ones apart.
func TestDefaultCalibratedOnSkewedLabels(t *testing.T) {
	texts, biased := skewed()
	base, baseCalled := cvMacroF1(t, texts, biased, BaselineConfig())
	if baseCalled != 1 {
		t.Fatalf("baseline calls %.2f of the sentences biased; the set no longer shows the problem", baseCalled)
	}
	def, defCalled := cvMacroF1(t, texts, biased, DefaultConfig())
	if defCalled >= 0.9 || def < base+0.3 {
		t.Errorf("default: macro F1 %.3f calling %.2f biased; baseline %.3f calling all", def, defCalled, base)
	}
	m, err := Train(context.Background(), texts, biased, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold() == 0 {
		t.Error("the default model kept the cut at 0")
	}
	for _, s := range []string{"The court signed the levy on Monday.", "The court signed the reckless levy on Monday."} {
		p := m.Predict(s)
		if p.Biased != (p.Score > m.Threshold()) {
			t.Errorf("%q: biased %v at score %v, cut %v", s, p.Biased, p.Score, m.Threshold())
		}
	}
}

func TestBestCut(t *testing.T) {
	tests := []struct {
		name   string
		scores []float64
		biased []bool
		cut    float64
		f1     float64
	}{
		{"separable above 0", []float64{-1, 0.5, 1, 2, 3}, []bool{false, false, false, true, true}, 1.5, 1},
		{"separable below 0", []float64{-3, -2, -1, 1}, []bool{false, true, true, true}, -2.5, 1},
		{"all one score, nearest 0 of equals", []float64{0.2, 0.2}, []bool{true, false}, -0.8, 1.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cut, f1 := bestCut(tt.scores, tt.biased)
			if math.Abs(cut-tt.cut) > 1e-12 || math.Abs(f1-tt.f1) > 1e-12 {
				t.Errorf("bestCut = %v, %v; want %v, %v", cut, f1, tt.cut, tt.f1)
			}
		})
	}
}

// TestTrainChoosesC: among candidate penalties, inner cross-validation
// rejects one so strong that, with the cut at 0, the intercept alone
// decides and every sentence of the skewed set is called biased.
func TestTrainChoosesC(t *testing.T) {
	texts, biased := skewed()
	cfg := BaselineConfig()
	cfg.Cs, cfg.InnerFolds = []float64{1e-6, 10}, 4
	m, err := Train(context.Background(), texts, biased, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if m.C() != 10 {
		t.Errorf("chose C = %v, want 10", m.C())
	}
	if m.Threshold() != 0 {
		t.Errorf("cut %v without Threshold, want 0", m.Threshold())
	}
	cfg.Cs = []float64{10, 1e-6}
	if m, err = Train(context.Background(), texts, biased, cfg); err != nil || m.C() != 10 {
		t.Errorf("candidates reversed: C = %v, %v", m.C(), err)
	}
}

// TestTrainFewSentencesPerLabel: with fewer sentences of a label than
// inner folds, the inner folds shrink to fit; with one, the defaults
// stand.
func TestTrainFewSentencesPerLabel(t *testing.T) {
	texts := []string{"A reckless plan.", "A shameful plan.", "A reckless deal.", "The plan passed.", "The deal passed.", "The levy passed."}
	m, err := Train(context.Background(), texts, []bool{true, true, true, false, false, false}, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if !m.Predict("A reckless levy.").Biased || m.Predict("The levy passed.").Biased {
		t.Errorf("three of each label: cut %v misjudges", m.Threshold())
	}
	m, err = Train(context.Background(), texts[2:4], []bool{true, false}, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold() != 0 || m.C() != DefaultConfig().C {
		t.Errorf("one of each label: cut %v, C %v; want 0 and the default C", m.Threshold(), m.C())
	}
}

func TestConfigErrors(t *testing.T) {
	texts, biased := synthetic()
	for name, change := range map[string]func(*Config){
		"char range":    func(c *Config) { c.CharLo, c.CharHi, c.CharMinDF = 4, 3, 1 },
		"char too long": func(c *Config) { c.CharLo, c.CharHi, c.CharMinDF = 2, 40, 1 },
		"char min df":   func(c *Config) { c.CharLo, c.CharHi = 2, 4 },
		"nb alpha":      func(c *Config) { c.NB = true },
		"inner folds":   func(c *Config) { c.Threshold, c.InnerFolds = true, 1 },
		"candidate C":   func(c *Config) { c.Cs, c.InnerFolds = []float64{1, -1}, 3 },
	} {
		cfg := BaselineConfig()
		change(&cfg)
		if _, err := Train(context.Background(), texts, biased, cfg); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestBalancedWeights: weighing each label's sentences by the inverse of
// its share is enough, without a chosen cut, for the skewed set's plain
// sentences to stop being called biased wholesale.
func TestBalancedWeights(t *testing.T) {
	texts, biased := skewed()
	cfg := BaselineConfig()
	cfg.Balanced = true
	macro, called := cvMacroF1(t, texts, biased, cfg)
	if called >= 0.9 || macro < 0.7 {
		t.Errorf("balanced: macro F1 %.3f calling %.2f biased", macro, called)
	}
	// The weighted loss, by hand: one biased and three plain sentences,
	// weights 4/2 and 4/6, all at score 0.
	p := &logistic{rows: make([]vector, 4), y: []float64{1, -1, -1, -1}, sw: []float64{2, 2.0 / 3, 2.0 / 3, 2.0 / 3}, dim: 1, c: 1}
	g := make([]float64, 2)
	if f, want := p.eval([]float64{0, 0}, g), 4*math.Log(2); math.Abs(f-want) > 1e-12 || math.Abs(g[1]) > 1e-12 {
		t.Errorf("loss %v, intercept gradient %v; want %v and 0", f, g[1], want)
	}
}
