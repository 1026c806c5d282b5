package bias

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func trained(t *testing.T) *Model {
	t.Helper()
	texts, biased := synthetic()
	m, err := Train(context.Background(), texts, biased, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trained(t)
	var first bytes.Buffer
	if err := m.Save(&first); err != nil {
		t.Fatal(err)
	}
	back, err := Load(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := back.Save(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("saving a loaded model changed the file")
	}
	for _, s := range []string{"A reckless plan.", "The board approved the schedule, officials said.", ""} {
		a, b := m.Predict(s), back.Predict(s)
		if a.Score != b.Score || a.Biased != b.Biased || strings.Join(a.Words, "|") != strings.Join(b.Words, "|") {
			t.Errorf("%q: %+v before saving, %+v after loading", s, a, b)
		}
	}
	if n, b := back.TrainedOn(); n != 40 || b != 20 {
		t.Errorf("TrainedOn = %d, %d; want 40, 20", n, b)
	}
	for _, want := range []string{`"format":"unbiased-bias-model"`, `"version":2`, `"ngrams":3`, `"class_weight":"balanced"`, `"lowercase":true`, `"labels":{"Biased":20,"Non-biased":20}`} {
		if !strings.Contains(first.String(), want) {
			t.Errorf("model file lacks %s", want)
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trained(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trained(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same sentences gave two different models")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		is       error
	}{
		{"not JSON", "PK\x03\x04 zip", ErrNotModel},
		{"empty", "", ErrNotModel},
		{"other JSON", `{"text": "a sentence", "label_bias": "Biased"}`, ErrNotModel},
		{"other version", `{"format":"unbiased-bias-model","version":3}`, ErrVersion},
		{"version 1 with a cut", `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","threshold":0.5}`, nil},
		{"version 1 sublinear", `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-sublinear-smooth-l2"}`, nil},
		{"other class weight", `{"format":"unbiased-bias-model","version":2,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","class_weight":"inverse"}`, nil},
		{"character lengths differ", `{"format":"unbiased-bias-model","version":2,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","char":{"lo":2,"hi":3,"vocabulary":["ab"],"idf":[],"weights":[1]}}`, nil},
		{"character range", `{"format":"unbiased-bias-model","version":2,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","char":{"lo":3,"hi":2}}`, nil},
		{"other lexicon flags", `{"format":"unbiased-bias-model","version":2,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","lexicon_flags":["loaded"],"lexicon_weights":[1]}`, nil},
		{"lengths differ", `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","vocabulary":["a","b"],"idf":[1],"weights":[1,2]}`, nil},
		{"a term twice", `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2","vocabulary":["a","a"],"idf":[1,1],"weights":[1,2]}`, nil},
		{"other tokens", `{"format":"unbiased-bias-model","version":1,"tokens":"whitespace","lowercase":true,"ngrams":2,"weighting":"tfidf-smooth-l2"}`, nil},
		{"bad ngrams", `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":0,"weighting":"tfidf-smooth-l2"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q is not %q", err, tt.is)
			}
		})
	}
}

// TestLoadVersion1: a file written before version 2 still loads, with
// its cut at 0, and is saved again as version 2.
func TestLoadVersion1(t *testing.T) {
	v1 := `{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":2,` +
		`"weighting":"tfidf-smooth-l2","c":1,"trained_on":4,"labels":{"Biased":2,"Non-biased":2},"bias":-0.25,` +
		`"vocabulary":["plan","reckless","reckless plan"],"idf":[1,2,2],"weights":[-0.5,1.5,0.5]}`
	m, err := Load(strings.NewReader(v1))
	if err != nil {
		t.Fatal(err)
	}
	if m.Threshold() != 0 {
		t.Errorf("cut %v, want 0", m.Threshold())
	}
	// "reckless plan": features (1, 2, 2)/3, score −0.25 + (−0.5 + 3 + 1)/3.
	p := m.Predict("Reckless plan!")
	if want := -0.25 + 3.5/3; !p.Biased || math.Abs(p.Score-want) > 1e-12 {
		t.Errorf("Predict = %+v, want biased at %v", p, want)
	}
	if m.Predict("A plan.").Biased {
		t.Error("plain sentence biased")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"version":2`) || !strings.Contains(buf.String(), `"class_weight":"none"`) {
		t.Errorf("saved again as %s", buf.String())
	}
}

func TestLoadFileNamesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(path, []byte("shopping list\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path)
	if err == nil || !strings.Contains(err.Error(), path) || !errors.Is(err, ErrNotModel) {
		t.Errorf("LoadFile(%s) error = %v, want one naming the file and ErrNotModel", path, err)
	}
	saved := filepath.Join(dir, "m.json")
	if err := trained(t).SaveFile(saved); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(saved); err != nil {
		t.Errorf("LoadFile of a saved model: %v", err)
	}
}

// FuzzLoad: no input makes Load or the loaded model panic.
func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	texts, biased := synthetic()
	m, err := Train(context.Background(), texts[:8], biased[:8], BaselineConfig())
	if err != nil {
		f.Fatal(err)
	}
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	cfg := DefaultConfig()
	cfg.CharLo, cfg.CharHi, cfg.CharMinDF, cfg.Lexicon, cfg.Sublinear = 3, 4, 1, true, true
	if m, err = Train(context.Background(), texts[:12], biased[:12], cfg); err != nil {
		f.Fatal(err)
	}
	buf.Reset()
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"unbiased-bias-model","version":1}`))
	f.Add([]byte(`{"format":"unbiased-bias-model","version":1,"tokens":"unicode-letters-digits","lowercase":true,"ngrams":3,"weighting":"tfidf-smooth-l2","vocabulary":["a"],"idf":[1],"weights":[2]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Predict("A reckless plan, officials said.")
		m.Vocabulary()
	})
}
