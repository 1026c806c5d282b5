package eval

import (
	"math"
	"reflect"
	"testing"
)

func rougeClose(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestRouge(t *testing.T) {
	tests := []struct {
		name     string
		ref, sum string
		want     RougeScores
	}{
		{
			// Unigrams: the×2, cat, on, mat shared (5 of 6 each side).
			// Bigrams: the-cat, on-the, the-mat (3 of 5 each side).
			// LCS: the cat on the mat (5).
			name: "one word changed",
			ref:  "The cat sat on the mat.",
			sum:  "the cat lay on the mat",
			want: RougeScores{R1: 5.0 / 6, R2: 3.0 / 5, RL: 5.0 / 6},
		},
		{
			name: "identical",
			ref:  "Rain fell all night",
			sum:  "rain, fell; all night!",
			want: RougeScores{R1: 1, R2: 1, RL: 1},
		},
		{
			// Overlap clipped to the summary's one "the": P 1, R 1/3,
			// F1 1/2. The summary has no bigram.
			name: "clipped counts",
			ref:  "the the the",
			sum:  "the",
			want: RougeScores{R1: 0.5, R2: 0, RL: 0.5},
		},
		{
			// Tokens u s officials 2024 against us officials: one
			// shared unigram, P 1/2, R 1/4, F1 1/3.
			name: "punctuation splits tokens",
			ref:  "U.S. Officials, 2024!",
			sum:  "US officials",
			want: RougeScores{R1: 1.0 / 3, R2: 0, RL: 1.0 / 3},
		},
		{
			// LCS of a b c d against d c b a is 1 although all four
			// unigrams are shared.
			name: "order matters for L",
			ref:  "a b c d",
			sum:  "d c b a",
			want: RougeScores{R1: 1, R2: 0, RL: 0.25},
		},
		{name: "no overlap", ref: "alpha beta", sum: "gamma delta"},
		{name: "empty summary", ref: "alpha beta", sum: ""},
		{name: "empty reference", ref: "", sum: "alpha beta"},
		{name: "both empty"},
		{name: "no tokens", ref: "— …", sum: "— …"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Rouge(tt.ref, tt.sum)
			if !rougeClose(got.R1, tt.want.R1) || !rougeClose(got.R2, tt.want.R2) || !rougeClose(got.RL, tt.want.RL) {
				t.Errorf("Rouge(%q, %q) = %+v, want %+v", tt.ref, tt.sum, got, tt.want)
			}
			// F1 is symmetric in its two arguments.
			if back := Rouge(tt.sum, tt.ref); !rougeClose(back.R1, got.R1) || !rougeClose(back.R2, got.R2) || !rougeClose(back.RL, got.RL) {
				t.Errorf("Rouge not symmetric: %+v and %+v", got, back)
			}
		})
	}
}

func TestRougeTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, World 42x!", []string{"hello", "world", "42x"}},
		{"don't stop", []string{"don", "t", "stop"}},
		{"café naïve", []string{"caf", "na", "ve"}},
		// Python lower-cases U+0130 to "i" and a combining dot, which
		// ends the token; the Kelvin sign becomes a plain "k".
		{"AİSTANBUL", []string{"ai", "stanbul"}},
		{"\u212aELVIN", []string{"kelvin"}},
		{"x_y", []string{"x", "y"}},
	}
	for _, tt := range tests {
		if got := rougeTokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("rougeTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRougeLCS(t *testing.T) {
	w := func(s string) []string { return rougeWords(s) }
	tests := []struct {
		a, b string
		want int
	}{
		{"a b c d e", "a c e", 3},
		{"a c e", "a b c d e", 3},
		{"a b c", "c b a", 1},
		{"a b a b", "b a b a", 3},
		{"a b", "", 0},
		{"", "a b", 0},
		{"x y z", "x y z", 3},
		{"a x b y c", "p a q b r c", 3},
	}
	for _, tt := range tests {
		if got := rougeLCS(w(tt.a), w(tt.b)); got != tt.want {
			t.Errorf("rougeLCS(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestCutWords(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"  a\tb\n c  d ", 2, "a b"},
		{"  a\tb\n c  d ", 4, "a b c d"},
		{"  a\tb\n c  d ", 10, "a b c d"},
		{"  a\tb\n c  d ", 0, "a b c d"},
		{"  a\tb\n c  d ", -1, "a b c d"},
		{"", 3, ""},
		// Python's str.split also splits at NBSP, the em space and the
		// ASCII separators U+001C–U+001F.
		{"a\u00a0b\u2003c\x1cd", 3, "a b c"},
	}
	for _, tt := range tests {
		if got := CutWords(tt.in, tt.n); got != tt.want {
			t.Errorf("CutWords(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestMeanRouge(t *testing.T) {
	gold := map[string]string{"a": "the cat sat", "b": "dogs bark"}
	pred := map[string]string{"a": "The cat sat.", "c": "unrelated"}

	got := MeanRouge(gold, pred, 0)
	want := RougeMean{N: 2, Missing: 1, R1: 50, R2: 50, RL: 50}
	if got.N != want.N || got.Missing != want.Missing || !rougeClose(got.R1, want.R1) || !rougeClose(got.R2, want.R2) || !rougeClose(got.RL, want.RL) {
		t.Errorf("no cut: got %+v, want %+v", got, want)
	}

	// Cut to "The cat": R1 P 1 R 2/3 → 0.8; R2 P 1 R 1/2 → 2/3; RL 0.8.
	got = MeanRouge(gold, pred, 2)
	want = RougeMean{N: 2, Missing: 1, R1: 40, R2: 100.0 / 3, RL: 40}
	if got.N != want.N || got.Missing != want.Missing || !rougeClose(got.R1, want.R1) || !rougeClose(got.R2, want.R2) || !rougeClose(got.RL, want.RL) {
		t.Errorf("cut to 2: got %+v, want %+v", got, want)
	}

	if got := MeanRouge(nil, pred, 0); got != (RougeMean{}) {
		t.Errorf("empty gold: got %+v, want zero", got)
	}
}
