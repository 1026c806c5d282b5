package bias

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// Config is how a model is fitted. The zero value is not usable; start
// from DefaultConfig.
type Config struct {
	// NGrams is the longest word n-gram used as a feature (2: unigrams
	// and bigrams).
	NGrams int
	// MinDF keeps only the terms found in at least this many training
	// sentences.
	MinDF int
	// C is the inverse strength of the L2 penalty, as in scikit-learn's
	// LogisticRegression: larger C, weaker penalty.
	C float64
}

// DefaultConfig is the documented baseline: word unigrams and bigrams,
// every term seen in training kept, C = 1 (scikit-learn's default, fixed
// in advance and not tuned on any evaluation data).
func DefaultConfig() Config { return Config{NGrams: 2, MinDF: 1, C: 1} }

func (c Config) check() error {
	switch {
	case c.NGrams < 1 || c.NGrams > maxNGrams:
		return fmt.Errorf("n-grams must be 1 to %d (got %d)", maxNGrams, c.NGrams)
	case c.MinDF < 1:
		return fmt.Errorf("minimum document frequency must be at least 1 (got %d)", c.MinDF)
	case !(c.C > 0):
		return fmt.Errorf("C must be positive (got %g)", c.C)
	}
	return nil
}

const maxNGrams = 5

// Model is a fitted loaded-language model: TF-IDF word n-grams and a
// logistic regression over them. It is read-only once made, so it may be
// used from several goroutines.
type Model struct {
	vec       *vectorizer
	weights   []float64 // one per vocabulary term
	bias      float64
	c         float64
	trainedOn int
	biased    int // of trainedOn
}

// ErrOneClass is returned by Train when the sentences are all biased or
// all not: there is nothing to tell apart.
var ErrOneClass = errors.New("need sentences of both labels")

// Train fits a model on texts, with biased[i] the label of texts[i]. The
// vocabulary, document frequencies and weights come from these sentences
// only. The same input and config always give the same model.
func Train(ctx context.Context, texts []string, biased []bool, cfg Config) (*Model, error) {
	if len(texts) != len(biased) {
		return nil, fmt.Errorf("train: %d texts but %d labels", len(texts), len(biased))
	}
	if err := cfg.check(); err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	pos := 0
	for _, b := range biased {
		if b {
			pos++
		}
	}
	if pos == 0 || pos == len(biased) {
		return nil, fmt.Errorf("train: %w (got %d biased of %d)", ErrOneClass, pos, len(biased))
	}
	vec := fitVectorizer(texts, cfg.NGrams, cfg.MinDF)
	p := &logistic{rows: make([]vector, len(texts)), y: make([]float64, len(texts)), dim: len(vec.terms), c: cfg.C}
	for i, t := range texts {
		p.rows[i] = vec.transform(t)
		p.y[i] = -1
		if biased[i] {
			p.y[i] = 1
		}
	}
	theta, _, err := p.minimise(ctx)
	if err != nil {
		return nil, fmt.Errorf("train: %w", err)
	}
	return &Model{vec: vec, weights: theta[:p.dim], bias: theta[p.dim], c: cfg.C,
		trainedOn: len(texts), biased: pos}, nil
}

// Prediction is what a model says of one sentence.
type Prediction struct {
	// Biased is true when the model gives the sentence a probability of
	// being biased above one half (Score > 0).
	Biased bool
	// Score is the log-odds of "biased".
	Score float64
	// Words are the sentence's terms (words or bigrams) that push it
	// most towards biased: up to MaxWords of those with a positive
	// contribution (feature value times weight), largest first. Empty
	// unless Biased.
	Words []string
}

// MaxWords is the most terms a Prediction names.
const MaxWords = 3

// Predict scores one sentence.
func (m *Model) Predict(text string) Prediction {
	x := m.vec.transform(text)
	type contribution struct {
		term int32
		v    float64
	}
	score := m.bias
	var pos []contribution
	for k, j := range x.idx {
		v := x.val[k] * m.weights[j]
		score += v
		if v > 0 {
			pos = append(pos, contribution{j, v})
		}
	}
	p := Prediction{Biased: score > 0, Score: score, Words: []string{}}
	if !p.Biased {
		return p
	}
	// Largest first; equal contributions in vocabulary (alphabetical)
	// order, which is the order x.idx came in.
	slices.SortStableFunc(pos, func(a, b contribution) int {
		switch {
		case a.v > b.v:
			return -1
		case a.v < b.v:
			return 1
		}
		return 0
	})
	for _, c := range pos[:min(len(pos), MaxWords)] {
		p.Words = append(p.Words, m.vec.terms[c.term])
	}
	return p
}

// Vocabulary is the number of terms the model knows.
func (m *Model) Vocabulary() int { return len(m.vec.terms) }

// TrainedOn returns how many sentences the model was fitted on and how
// many of them were labelled biased.
func (m *Model) TrainedOn() (sentences, biased int) { return m.trainedOn, m.biased }

// Weight returns the weight of term (a word, or words joined by one
// space) and whether the model knows it.
func (m *Model) Weight(term string) (float64, bool) {
	j, ok := m.vec.index[term]
	if !ok {
		return 0, false
	}
	return m.weights[j], true
}
