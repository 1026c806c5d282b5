package bias

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// The model file format; see the package comment.
const (
	FormatName    = "unbiased-bias-model"
	FormatVersion = 1
	tokenRule     = "unicode-letters-digits"
	weighting     = "tfidf-smooth-l2"
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
}

// Label names as they appear in the data and in the model file.
const (
	LabelBiased    = "Biased"
	LabelNonBiased = "Non-biased"
)

// Save writes m as one JSON object. Numbers are written so that Load
// reads back exactly the same model.
func (m *Model) Save(w io.Writer) error {
	f := modelFile{
		Format: FormatName, Version: FormatVersion,
		Tokens: tokenRule, Lowercase: true, NGrams: m.vec.ngrams, Weighting: weighting,
		C: m.c, TrainedOn: m.trainedOn,
		Labels: map[string]int{LabelBiased: m.biased, LabelNonBiased: m.trainedOn - m.biased},
		Bias:   m.bias, Vocabulary: m.vec.terms, IDF: m.vec.idf, Weights: m.weights,
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

// Load reads a model written by Save. Input that is not such a model is
// ErrNotModel; a model of another version is ErrVersion; a model whose
// parts do not fit together is an error saying which.
func Load(r io.Reader) (*Model, error) {
	var f modelFile
	dec := json.NewDecoder(bufio.NewReader(r))
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotModel, err)
	}
	if f.Format != FormatName {
		return nil, fmt.Errorf("%w (format %q, want %q)", ErrNotModel, f.Format, FormatName)
	}
	if f.Version != FormatVersion {
		return nil, fmt.Errorf("%w %d (this build reads version %d)", ErrVersion, f.Version, FormatVersion)
	}
	switch {
	case f.Tokens != tokenRule:
		return nil, fmt.Errorf("bad model: tokens %q, want %q", f.Tokens, tokenRule)
	case !f.Lowercase:
		return nil, errors.New("bad model: lowercase must be true")
	case f.Weighting != weighting:
		return nil, fmt.Errorf("bad model: weighting %q, want %q", f.Weighting, weighting)
	case f.NGrams < 1 || f.NGrams > maxNGrams:
		return nil, fmt.Errorf("bad model: ngrams %d, want 1 to %d", f.NGrams, maxNGrams)
	case len(f.IDF) != len(f.Vocabulary) || len(f.Weights) != len(f.Vocabulary):
		return nil, fmt.Errorf("bad model: %d terms, %d idf values, %d weights", len(f.Vocabulary), len(f.IDF), len(f.Weights))
	}
	vec := newVectorizer(f.NGrams, f.Vocabulary, f.IDF)
	if len(vec.index) != len(f.Vocabulary) {
		return nil, errors.New("bad model: a term is in the vocabulary twice")
	}
	biased := f.Labels[LabelBiased]
	return &Model{vec: vec, weights: f.Weights, bias: f.Bias, c: f.C, trainedOn: f.TrainedOn, biased: biased}, nil
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
