package bias

import (
	"context"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// synthetic returns an invented labelled set: biased sentences carry one
// of a few loaded adjectives, the others a plain reporting verb, around
// the same subjects and objects.
func synthetic() (texts []string, biased []bool) {
	subjects := []string{"council", "mayor", "senator", "agency", "company", "union", "board", "governor"}
	loaded := []string{"reckless", "disastrous", "shameful", "outrageous"}
	plain := []string{"announced", "approved", "published", "reviewed"}
	objects := []string{"budget", "plan", "report", "contract", "schedule"}
	for i, s := range subjects {
		for j, o := range objects {
			if (i+j)%2 == 0 {
				texts = append(texts, fmt.Sprintf("The %s pushed a %s %s through on Monday.", s, loaded[(i+j)%len(loaded)], o))
				biased = append(biased, true)
			} else {
				texts = append(texts, fmt.Sprintf("The %s %s the %s on Monday, officials said.", s, plain[(i*j)%len(plain)], o))
				biased = append(biased, false)
			}
		}
	}
	return texts, biased
}

func TestTokensAndTerms(t *testing.T) {
	tests := []struct {
		in          string
		tokens      []string
		terms       []string
		description string
	}{
		{"The Council's “radical” plan!", []string{"the", "council", "s", "radical", "plan"},
			[]string{"the", "council", "s", "radical", "plan", "the council", "council s", "s radical", "radical plan"}, "punctuation splits"},
		{"Fare-hike: 5,000 ÉLÈVES", []string{"fare", "hike", "5", "000", "élèves"},
			[]string{"fare", "hike", "5", "000", "élèves", "fare hike", "hike 5", "5 000", "000 élèves"}, "unicode lower-cased"},
		{"  ", nil, []string{}, "empty"},
		{"word", []string{"word"}, []string{"word"}, "one word, no bigram"},
	}
	for _, tt := range tests {
		t.Run(tt.description, func(t *testing.T) {
			if diff := cmp.Diff(tt.tokens, Tokens(tt.in)); diff != "" {
				t.Errorf("Tokens(%q) (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.terms, Terms(tt.in, 2)); diff != "" {
				t.Errorf("Terms(%q, 2) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestVectorizerTFIDF(t *testing.T) {
	v := fitVectorizer([]string{"a b", "a c", "a a"}, 1, 1)
	if diff := cmp.Diff([]string{"a", "b", "c"}, v.terms); diff != "" {
		t.Fatalf("vocabulary (-want +got):\n%s", diff)
	}
	// idf = ln((1+n)/(1+df)) + 1 with n = 3.
	wantIDF := []float64{math.Log(4.0/4) + 1, math.Log(4.0/2) + 1, math.Log(4.0/2) + 1}
	for j := range wantIDF {
		if math.Abs(v.idf[j]-wantIDF[j]) > 1e-12 {
			t.Errorf("idf[%s] = %v, want %v", v.terms[j], v.idf[j], wantIDF[j])
		}
	}
	x := v.transform("b a a zzz")
	if diff := cmp.Diff([]int32{0, 1}, x.idx); diff != "" {
		t.Fatalf("indices (-want +got):\n%s", diff)
	}
	a, b := 2*wantIDF[0], wantIDF[1]
	n := math.Hypot(a, b)
	if math.Abs(x.val[0]-a/n) > 1e-12 || math.Abs(x.val[1]-b/n) > 1e-12 {
		t.Errorf("values %v, want [%v %v]", x.val, a/n, b/n)
	}
	if z := v.transform("zzz yyy"); len(z.idx) != 0 {
		t.Errorf("unknown words gave features %v", z.idx)
	}
}

// TestLogisticGradient checks the gradient against central differences.
func TestLogisticGradient(t *testing.T) {
	p := &logistic{
		rows: []vector{{[]int32{0, 2}, []float64{0.6, 0.8}}, {[]int32{1}, []float64{1}}, {[]int32{0, 1}, []float64{0.3, -0.7}}},
		y:    []float64{1, -1, 1}, sw: []float64{0.75, 1.5, 0.75}, dim: 3, c: 2.5,
	}
	theta := []float64{0.3, -1.2, 0.5, 0.1}
	g := make([]float64, 4)
	p.eval(theta, g)
	scratch := make([]float64, 4)
	for i := range theta {
		h := 1e-6
		up, down := slices.Clone(theta), slices.Clone(theta)
		up[i] += h
		down[i] -= h
		num := (p.eval(up, scratch) - p.eval(down, scratch)) / (2 * h)
		if math.Abs(num-g[i]) > 1e-6 {
			t.Errorf("∂f/∂θ%d = %v, numerically %v", i, g[i], num)
		}
	}
	x, _, err := p.minimise(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	p.eval(x, g)
	if m := maxAbs(g); m > 1e-6 {
		t.Errorf("gradient at the minimiser is %v, want about 0", m)
	}
}

func TestTrainLearnsLoadedWords(t *testing.T) {
	texts, biased := synthetic()
	m, err := Train(context.Background(), texts, biased, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range texts {
		if got := m.Predict(s).Biased; got != biased[i] {
			t.Errorf("training sentence %q: biased = %v, want %v", s, got, biased[i])
		}
	}
	// New sentences, never seen whole.
	p := m.Predict("A reckless and shameful decision by the school board.")
	if !p.Biased || p.Score <= 0 {
		t.Errorf("loaded sentence not biased: %+v", p)
	}
	if len(p.Words) == 0 || len(p.Words) > MaxWords || !slices.Contains(p.Words, "reckless") && !slices.Contains(p.Words, "shameful") {
		t.Errorf("loaded sentence names %q, want reckless or shameful among at most %d", p.Words, MaxWords)
	}
	p = m.Predict("The school board approved the plan, officials said.")
	if p.Biased || p.Score >= 0 {
		t.Errorf("plain sentence biased: %+v", p)
	}
	if p.Words == nil || len(p.Words) != 0 {
		t.Errorf("plain sentence names %#v, want an empty list", p.Words)
	}
	if w, ok := m.Weight("reckless"); !ok || w <= 0 {
		t.Errorf("weight of reckless = %v, %v; want positive", w, ok)
	}
	if w, ok := m.Weight("officials said"); !ok || w >= 0 {
		t.Errorf("weight of \"officials said\" = %v, %v; want negative", w, ok)
	}
	// The shipped setting reads three words together as well.
	if _, ok := m.Weight("monday officials said"); !ok {
		t.Error("no weight for the trigram \"monday officials said\"")
	}
}

func TestTrainErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Train(ctx, []string{"a", "b"}, []bool{true, true}, DefaultConfig()); err == nil {
		t.Error("one label: no error")
	}
	if _, err := Train(ctx, []string{"a", "b"}, []bool{true}, DefaultConfig()); err == nil {
		t.Error("texts and labels of different lengths: no error")
	}
	cfg := DefaultConfig()
	cfg.C = 0
	if _, err := Train(ctx, []string{"a", "b"}, []bool{true, false}, cfg); err == nil {
		t.Error("C = 0: no error")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	texts, biased := synthetic()
	if _, err := Train(cancelled, texts, biased, DefaultConfig()); err == nil {
		t.Error("cancelled context: no error")
	}
}

// TestTrainOnlyItsSentences: the vocabulary is the terms of the training
// sentences, nothing more; a word seen only elsewhere has no weight and
// no say.
func TestTrainOnlyItsSentences(t *testing.T) {
	texts, biased := synthetic()
	m, err := Train(context.Background(), texts, biased, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, s := range texts {
		for _, term := range Terms(s, DefaultConfig().NGrams) {
			want[term] = true
		}
	}
	if m.Vocabulary() != len(want) {
		t.Errorf("vocabulary of %d terms, the training sentences have %d", m.Vocabulary(), len(want))
	}
	if _, ok := m.Weight("zyzzyva"); ok {
		t.Error("a word never trained on has a weight")
	}
	p := m.Predict("Zyzzyva quokka!")
	if p.Score != m.bias || len(p.Words) != 0 {
		t.Errorf("unknown words moved the score: %+v, intercept %v", p, m.bias)
	}
}
