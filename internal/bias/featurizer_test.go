package bias

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCharTerms(t *testing.T) {
	tests := []struct {
		in     string
		lo, hi int
		want   []string
	}{
		{"Vote no", 2, 3, []string{" v", "vo", "ot", "te", "e ", " vo", "vot", "ote", "te ", " n", "no", "o ", " no", "no "}},
		{"a", 4, 5, []string{" a "}},
		{"ab", 3, 5, []string{" ab", "ab ", " ab "}},
		{"É!", 3, 3, []string{" é "}},
		{"", 2, 4, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, CharTerms(tt.in, tt.lo, tt.hi)); diff != "" {
			t.Errorf("CharTerms(%q, %d, %d) (-want +got):\n%s", tt.in, tt.lo, tt.hi, diff)
		}
	}
}

func TestSublinearTF(t *testing.T) {
	v := &vectorizer{ngrams: 1, sublinear: true}
	v.fit([]string{"a b", "a c", "a a"}, 1)
	x := v.transform("b a a a")
	a, b := (1+math.Log(3))*v.idf[0], v.idf[1]
	n := math.Hypot(a, b)
	if len(x.val) != 2 || math.Abs(x.val[0]-a/n) > 1e-12 || math.Abs(x.val[1]-b/n) > 1e-12 {
		t.Errorf("values %v, want [%v %v]", x.val, a/n, b/n)
	}
}

func TestNBRatios(t *testing.T) {
	rows := []vector{{[]int32{0}, []float64{1}}, {[]int32{0, 1}, []float64{1, 1}}, {[]int32{1}, []float64{2}}}
	r := nbRatios(rows, []bool{true, true, false}, 3, 1)
	// p = 1 + (2, 1, 0) = (3, 2, 1), ‖p‖₁ = 6; q = 1 + (0, 2, 0) = (1, 3, 1), ‖q‖₁ = 5.
	want := []float64{math.Log(3.0 / 6 * 5 / 1), math.Log(2.0 / 6 * 5 / 3), math.Log(1.0 / 6 * 5 / 1)}
	for j := range want {
		if math.Abs(r[j]-want[j]) > 1e-12 {
			t.Errorf("ratio %d = %v, want %v", j, r[j], want[j])
		}
	}
}

// TestFeatureBlocks: character n-grams and lexicon flags come after the
// word n-grams, each block in its own range; the model's named words are
// word n-grams only.
func TestFeatureBlocks(t *testing.T) {
	texts, biased := synthetic()
	cfg := BaselineConfig()
	cfg.CharLo, cfg.CharHi, cfg.CharMinDF, cfg.Lexicon, cfg.Sublinear = 3, 4, 1, true, true
	m, err := Train(context.Background(), texts, biased, cfg)
	if err != nil {
		t.Fatal(err)
	}
	nw, nc := len(m.feat.word.terms), len(m.feat.char.terms)
	if m.Features() != nw+nc+len(lexiconFlags) || nc == 0 {
		t.Fatalf("%d features: %d words, %d character n-grams, %d flags", m.Features(), nw, nc, len(lexiconFlags))
	}
	x := m.feat.transform("The council's disgraceful plan, we said.")
	lex := 0
	for _, j := range x.idx {
		if int(j) >= nw+nc {
			lex++
		}
	}
	// "disgraceful" is in the lexicon but not in the training sentences;
	// "we" is an opinion cue.
	if lex < 2 {
		t.Errorf("%d lexicon flags set, want at least 2", lex)
	}
	if !slices.IsSorted(x.idx) {
		t.Errorf("feature indices out of order: %v", x.idx)
	}
	p := m.Predict("A reckless and shameful decision by the school board.")
	if !p.Biased || len(p.Words) == 0 {
		t.Fatalf("loaded sentence: %+v", p)
	}
	for _, w := range p.Words {
		if _, ok := m.Weight(w); !ok || strings.HasPrefix(w, " ") {
			t.Errorf("named %q, not a word n-gram", w)
		}
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append(texts[:3], "The council's disgraceful plan, we said.") {
		if a, b := m.Predict(s), back.Predict(s); a.Score != b.Score || a.Biased != b.Biased {
			t.Errorf("%q: %+v before saving, %+v after loading", s, a, b)
		}
	}
}
