package bias

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
)

// The model file format; see the package comment. Load reads version 1
// files (written before version 2 existed) as well as version 2.
const (
	FormatName         = "unbiased-bias-model"
	FormatVersion      = 2
	tokenRule          = "unicode-letters-digits"
	weighting          = "tfidf-smooth-l2"
	weightingSublinear = "tfidf-sublinear-smooth-l2"
	classWeightNone    = "none"
	classWeightBalance = "balanced"
)

// ErrNotModel is returned by Load for input that is not a model file.
var ErrNotModel = errors.New("not an unbiased bias model")

// ErrVersion is returned by Load for a model file of a version this
// build does not read.
var ErrVersion = errors.New("unsupported model version")

type modelFile struct {
	Format     string         `json:"format"`
	Version    int            `json:"version"`
	Tokens     string         `json:"tokens"`
	Lowercase  bool           `json:"lowercase"`
	NGrams     int            `json:"ngrams"`
	Weighting  string         `json:"weighting"`
	C          float64        `json:"c"`
	TrainedOn  int            `json:"trained_on"`
	Labels     map[string]int `json:"labels"`
	Bias       float64        `json:"bias"`
	Vocabulary []string       `json:"vocabulary"`
	IDF        []float64      `json:"idf"`
	Weights    []float64      `json:"weights"`
	// Version 2.
	Threshold   float64    `json:"threshold"`
	ClassWeight string     `json:"class_weight,omitempty"`
	NBScaled    bool       `json:"nb_scaled,omitempty"`
	Char        *charBlock `json:"char,omitempty"`
	Lexicon     []string   `json:"lexicon_flags,omitempty"`
	LexWeights  []float64  `json:"lexicon_weights,omitempty"`
}

// charBlock is the character n-gram block of a version 2 file.
type charBlock struct {
	Lo         int       `json:"lo"`
	Hi         int       `json:"hi"`
	Vocabulary []string  `json:"vocabulary"`
	IDF        []float64 `json:"idf"`
	Weights    []float64 `json:"weights"`
}

// lexiconFlagNames name the lexicon features, in order, in the file.
var lexiconFlagNames = []string{"loaded-own-voice", "loaded-anywhere", "evaluative", "opinion-cues"}

// Label names as they appear in the data and in the model file.
const (
	LabelBiased    = "Biased"
	LabelNonBiased = "Non-biased"
)

// Save writes m as one JSON object, in the current version. Numbers are
// written so that Load reads back exactly the same model.
func (m *Model) Save(w io.Writer) error {
	word := m.feat.word
	nw := len(word.terms)
	f := modelFile{
		Format: FormatName, Version: FormatVersion,
		Tokens: tokenRule, Lowercase: true, NGrams: word.ngrams, Weighting: weighting,
		C: m.c, TrainedOn: m.trainedOn,
		Labels: map[string]int{LabelBiased: m.biased, LabelNonBiased: m.trainedOn - m.biased},
		Bias:   m.bias, Vocabulary: word.terms, IDF: word.idf, Weights: m.weights[:nw],
		Threshold: m.threshold, ClassWeight: classWeightNone, NBScaled: m.nb,
	}
	if word.sublinear {
		f.Weighting = weightingSublinear
	}
	if m.balanced {
		f.ClassWeight = classWeightBalance
	}
	off := nw
	if ch := m.feat.char; ch != nil {
		f.Char = &charBlock{Lo: ch.charLo, Hi: ch.charHi, Vocabulary: ch.terms, IDF: ch.idf, Weights: m.weights[off : off+len(ch.terms)]}
		off += len(ch.terms)
	}
	if m.feat.lexicon {
		f.Lexicon, f.LexWeights = lexiconFlagNames, m.weights[off:]
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return err
	}
	return bw.Flush()
}

// SaveFile writes m to path.
func (m *Model) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("write model %s: %w", path, err)
	}
	return f.Close()
}

// Load reads a model written by Save, of version 1 or 2. Input that is
// not such a model is ErrNotModel; a model of another version is
// ErrVersion; a model whose parts do not fit together is an error saying
// which.
func Load(r io.Reader) (*Model, error) {
	var f modelFile
	dec := json.NewDecoder(bufio.NewReader(r))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotModel, err)
	}
	if f.Format != FormatName {
		return nil, fmt.Errorf("%w (format %q, want %q)", ErrNotModel, f.Format, FormatName)
	}
	if f.Version != 1 && f.Version != FormatVersion {
		return nil, fmt.Errorf("%w %d (this build reads versions 1 and %d)", ErrVersion, f.Version, FormatVersion)
	}
	if f.Version == 1 && (f.Threshold != 0 || f.ClassWeight != "" || f.NBScaled || f.Char != nil || f.Lexicon != nil) {
		return nil, errors.New("bad model: version 1 has no threshold, class weight, ratios, character or lexicon features")
	}
	switch {
	case f.Tokens != tokenRule:
		return nil, fmt.Errorf("bad model: tokens %q, want %q", f.Tokens, tokenRule)
	case !f.Lowercase:
		return nil, errors.New("bad model: lowercase must be true")
	case f.Weighting != weighting && (f.Version == 1 || f.Weighting != weightingSublinear):
		return nil, fmt.Errorf("bad model: weighting %q, want %q or %q", f.Weighting, weighting, weightingSublinear)
	case f.NGrams < 1 || f.NGrams > maxNGrams:
		return nil, fmt.Errorf("bad model: ngrams %d, want 1 to %d", f.NGrams, maxNGrams)
	case len(f.IDF) != len(f.Vocabulary) || len(f.Weights) != len(f.Vocabulary):
		return nil, fmt.Errorf("bad model: %d terms, %d idf values, %d weights", len(f.Vocabulary), len(f.IDF), len(f.Weights))
	case f.ClassWeight != "" && f.ClassWeight != classWeightNone && f.ClassWeight != classWeightBalance:
		return nil, fmt.Errorf("bad model: class_weight %q, want %q or %q", f.ClassWeight, classWeightNone, classWeightBalance)
	case math.IsNaN(f.Threshold) || math.IsInf(f.Threshold, 0):
		return nil, errors.New("bad model: threshold is not a finite number")
	}
	sub := f.Weighting == weightingSublinear
	feat := &featurizer{word: &vectorizer{ngrams: f.NGrams, sublinear: sub}}
	feat.word.setVocabulary(f.Vocabulary, f.IDF)
	if len(feat.word.index) != len(f.Vocabulary) {
		return nil, errors.New("bad model: a term is in the vocabulary twice")
	}
	weights := slices.Clone(f.Weights)
	if ch := f.Char; ch != nil {
		switch {
		case ch.Lo < 1 || ch.Lo > ch.Hi || ch.Hi > maxCharNGrams:
			return nil, fmt.Errorf("bad model: character n-grams %d to %d, want 1 to at most %d", ch.Lo, ch.Hi, maxCharNGrams)
		case len(ch.IDF) != len(ch.Vocabulary) || len(ch.Weights) != len(ch.Vocabulary):
			return nil, fmt.Errorf("bad model: %d character terms, %d idf values, %d weights", len(ch.Vocabulary), len(ch.IDF), len(ch.Weights))
		}
		feat.char = &vectorizer{charLo: ch.Lo, charHi: ch.Hi, sublinear: sub}
		feat.char.setVocabulary(ch.Vocabulary, ch.IDF)
		if len(feat.char.index) != len(ch.Vocabulary) {
			return nil, errors.New("bad model: a character term is in the vocabulary twice")
		}
		weights = append(weights, ch.Weights...)
	}
	if f.Lexicon != nil {
		if !slices.Equal(f.Lexicon, lexiconFlagNames) || len(f.LexWeights) != len(f.Lexicon) {
			return nil, fmt.Errorf("bad model: lexicon flags %q with %d weights, want %q with one weight each", f.Lexicon, len(f.LexWeights), lexiconFlagNames)
		}
		feat.lexicon = true
		weights = append(weights, f.LexWeights...)
	}
	return &Model{feat: feat, weights: weights, bias: f.Bias, threshold: f.Threshold, c: f.C,
		balanced: f.ClassWeight == classWeightBalance, nb: f.NBScaled,
		trainedOn: f.TrainedOn, biased: f.Labels[LabelBiased]}, nil
}

// LoadFile reads the model at path; every error names the file.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, nil
}
