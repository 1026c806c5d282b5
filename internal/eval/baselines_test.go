package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestSummarySentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "abbreviation before a capital splits",
			in:   "The talks were led by the U.S. Officials from both sides said little. The U.S. officials met on Monday in the capital.",
			want: []string{
				"The talks were led by the U.S.",
				"Officials from both sides said little.",
				"The U.S. officials met on Monday in the capital.",
			},
		},
		{
			name: "opening quotes start a sentence",
			in:   `He said it was over. "We are done here," she said. “It is over now,” he added.`,
			want: []string{
				"He said it was over.",
				`"We are done here," she said.`,
				"“It is over now,” he added.",
			},
		},
		{
			name: "closing quote keeps the sentence open",
			in:   `He said "it is over." Then he left the room quickly.`,
			want: []string{`He said "it is over." Then he left the room quickly.`},
		},
		{
			name: "short sentences dropped",
			in:   "Yes. No. This one has five words.",
			want: []string{"This one has five words."},
		},
		{
			name: "no split before lower case or digits",
			in:   "It rose at 5 p.m. on Friday and fell again. It cost 3. 5 dollars more than last year.",
			want: []string{
				"It rose at 5 p.m. on Friday and fell again.",
				"It cost 3. 5 dollars more than last year.",
			},
		},
		{
			name: "question and exclamation marks",
			in:   "Is this the end of it? Nobody knows the answer yet! Maybe we will see soon.",
			want: []string{"Is this the end of it?", "Nobody knows the answer yet!", "Maybe we will see soon."},
		},
		{
			name: "white space collapsed",
			in:   "  Line one has\n\nfive words here.\tNext line has five words. It was very late at night.\u00a0Everyone went home after that.\x1cAnd then\x1cthe day ended quietly.  ",
			want: []string{
				"Line one has five words here.",
				"Next line has five words.",
				"It was very late at night.",
				"Everyone went home after that.",
				"And then the day ended quietly.",
			},
		},
		{name: "no full stop", in: "a headline without any full stop at all", want: []string{"a headline without any full stop at all"}},
		{name: "empty", in: " \n ", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SummarySentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SummarySentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// Six-word sentences for the lead tests.
const (
	trA1 = "Alpha one sentence is here now."
	trA2 = "Alpha two sentence is here now."
	trA3 = "Alpha three sentence is here now."
	trB1 = "Beta one sentence is here now."
	trB2 = "Beta two sentence is here now."
)

func TestLeadSummary(t *testing.T) {
	docs := []string{trA1 + " " + trA2 + " " + trA3, "Too short. " + trB1 + "\n" + trB2}
	join := func(ss ...string) string { return strings.Join(ss, " ") }
	tests := []struct {
		words int
		want  string
	}{
		{100, join(trA1, trB1, trA2, trB2, trA3)}, // round robin, all of it
		{12, join(trA1, trB1)},                    // exactly the budget
		{13, join(trA1, trB1, trA2)},              // the last sentence crosses it
		{1, trA1},
		{0, ""},
		{-5, ""},
	}
	for _, tt := range tests {
		if got := LeadSummary(docs, tt.words); got != tt.want {
			t.Errorf("LeadSummary(words=%d)\n got %q\nwant %q", tt.words, got, tt.want)
		}
	}
	if got := LeadSummary(nil, 100); got != "" {
		t.Errorf("no documents: got %q", got)
	}
	if got := LeadSummary([]string{"", "Too short."}, 100); got != "" {
		t.Errorf("no sentences: got %q", got)
	}
}

// Seven-word sentences for the TextRank tests. A, B and C share no
// token; X shares "flood waters" with Y and "the old mill bridge" with Z,
// while Y and Z share nothing.
const (
	trSentA = "Rain fell across the northern valley overnight."
	trSentB = "Farmers welcomed water after months of drought."
	trSentC = "Schools reopened with new teachers this week."
	trSentX = "Flood waters reached the old mill bridge."
	trSentY = "Flood waters closed every road near town."
	trSentZ = "Engineers inspected the old mill bridge today."
)

func TestTextRankSummary(t *testing.T) {
	join := func(ss ...string) string { return strings.Join(ss, " ") }
	// A appears twice: the two copies are each other's only neighbour
	// and rank first (the earlier one first); the second copy is
	// skipped as redundant; B and C, isolated, tie and keep their order.
	dup := []string{trSentA + " " + trSentB, trSentA + " " + trSentC}
	// X is the hub of Y - X - Z and ranks first, then Z (the closer
	// neighbour), then Y. The output keeps document order Y, Z, X.
	hub := []string{trSentY, trSentZ, trSentX}
	tests := []struct {
		name  string
		docs  []string
		words int
		want  string
	}{
		{"dup top only", dup, 6, trSentA},
		{"dup budget 0 takes the top sentence", dup, 0, trSentA},
		{"dup skips the copy", dup, 8, join(trSentA, trSentB)},
		{"dup all", dup, 100, join(trSentA, trSentB, trSentC)},
		{"hub top", hub, 1, trSentX},
		{"hub two", hub, 14, join(trSentZ, trSentX)},
		{"hub all", hub, 15, join(trSentY, trSentZ, trSentX)},
		{"no documents", nil, 100, ""},
		{"no sentences", []string{"Too short.", ""}, 100, ""},
		{"one sentence", []string{trSentA}, 100, trSentA},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TextRankSummary(tt.docs, tt.words); got != tt.want {
				t.Errorf("TextRankSummary(words=%d)\n got %q\nwant %q", tt.words, got, tt.want)
			}
		})
	}
}

func TestTextRankSummaryDeterministic(t *testing.T) {
	docs := []string{
		trSentA + " " + trSentX + " " + trSentB,
		trSentY + " " + trSentA + " " + trSentZ,
		trSentC + " " + trSentX + " The valley rain closed the old road overnight.",
	}
	first := TextRankSummary(docs, 20)
	if first == "" {
		t.Fatal("empty summary")
	}
	for range 20 {
		if got := TextRankSummary(docs, 20); got != first {
			t.Fatalf("summary changed between runs:\n%q\n%q", first, got)
		}
	}
}

func TestTFIDF(t *testing.T) {
	vecs := trTFIDF([]string{"b a b", "a c", "a"})
	// "a" is in all three sentences: idf ln(4/4) = 0. "b" (twice, one
	// sentence) weighs (1+ln 2)·ln 2, "c" ln 2; each vector has norm 1
	// or is all zeros. Terms are in order of first occurrence.
	if !reflect.DeepEqual(vecs[0].terms, []int{0, 1}) || !reflect.DeepEqual(vecs[1].terms, []int{1, 2}) {
		t.Fatalf("terms %v %v", vecs[0].terms, vecs[1].terms)
	}
	if w := vecs[0].weight; w[0] != 1 || w[1] != 0 {
		t.Errorf("sentence 0 weights %v, want [1 0]", w)
	}
	if w := vecs[2].weight; w[0] != 0 {
		t.Errorf("sentence 2 weights %v, want [0]", w)
	}
	if c := trCos(vecs[0], vecs[1]); c != 0 {
		t.Errorf("cos(0, 1) = %v, want 0", c)
	}
	if c := trCos(vecs[1], vecs[1]); math.Abs(c-1) > 1e-15 {
		t.Errorf("cos(1, 1) = %v, want 1", c)
	}
}

func TestTrLog(t *testing.T) {
	// Correctly rounded values, as C's log gives them; Go's math.Log
	// is one unit in the last place below for the first two.
	tests := []struct{ x, want float64 }{
		{3, 0x1.193ea7aad030bp+0},
		{4.0 / 3, 0x1.269621134db91p-2},
		{1, 0},
		{2, math.Ln2},
		{10, math.Ln10},
		{0.5, -math.Ln2},
	}
	for _, tt := range tests {
		if got := trLog(tt.x); got != tt.want {
			t.Errorf("trLog(%v) = %x, want %x", tt.x, got, tt.want)
		}
	}
	for i := 1; i <= 2000; i++ {
		x := float64(i) / 7
		got, approx := trLog(x), math.Log(x)
		if math.Abs(got-approx) > 2*math.Abs(math.Nextafter(approx, math.Inf(1))-approx) {
			t.Fatalf("trLog(%v) = %v, far from math.Log's %v", x, got, approx)
		}
	}
}
