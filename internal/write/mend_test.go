package write

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestMendedQuotation: a sentence that opens a quotation running on past
// it, after its named speaker, is published with the quotation closed,
// and one that closes such a quotation before its speaker with the
// quotation opened; the verifier finds both in their report, and no
// mark that does not open or close a quotation of the report where one
// of its sentences starts or ends.
func TestMendedQuotation(t *testing.T) {
	body := "Harbour master Ilse Brandt said: “The ferry will move to the west quay from Wednesday. " +
		"The crews need a month to replace the piles.”\n\n" +
		"\"Divers worked through the night. The rot runs deeper than anyone feared,\" Paul Lowe said.\n\n" +
		"The council will meet again on Friday."
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", body)
	d := newDraft(analyze.Analyze([]news.ArticleRef{art}), DefaultMaxWordsPerSource)
	want := map[string]string{
		"Harbour master Ilse Brandt said: “The ferry will move to the west quay from Wednesday.": "Harbour master Ilse Brandt said: “The ferry will move to the west quay from Wednesday.”",
		"The rot runs deeper than anyone feared,\" Paul Lowe said.":                              "\"The rot runs deeper than anyone feared,\" Paul Lowe said.",
		"The crews need a month to replace the piles.”":                                          "",
		"\"Divers worked through the night.":                                                     "",
	}
	for i, got := range judgeEach(t, d, want) {
		// a quotation at length is no highlight, mended or not
		if got != "" && d.bullet(candidate{i: i, text: got, cites: []int{1}}) {
			t.Errorf("%q may be a highlight", got)
		}
	}
	r := newReport(art, "Lowland Press", false)
	for _, s := range []string{
		"Harbour master Ilse Brandt said: “The ferry will move to the west quay from Wednesday.”",
		"\"The rot runs deeper than anyone feared,\" Paul Lowe said.",
	} {
		if !r.containsVerbatim(s) {
			t.Errorf("containsVerbatim(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"\"The council will meet again on Friday.\"",                  // no quotation in the report
		"\"The rot runs deeper than feared,\" Paul Lowe said.",        // words changed inside the marks
		"Ilse Brandt said: \"The ferry will move to the west quay.\"", // cut inside the quotation
		"\"Deeper than anyone feared,\" Paul Lowe said.",              // opened inside the report's sentence
	} {
		if r.containsVerbatim(s) {
			t.Errorf("containsVerbatim(%q) = true, want false", s)
		}
	}
}

// TestLeansOnQuotation: the words that close a quotation begun in the
// sentence before stand alone only as a whole clause of their own.
func TestLeansOnQuotation(t *testing.T) {
	for in, want := range map[string]bool{
		`"The rot runs deeper than anyone feared," Paul Lowe said.`:              false,
		`"There is no reason the ferry cannot run by May," Ilse Brandt said.`:    false,
		`"He kept his word to the crews," Paul Lowe said.`:                       true,
		`"These are the worst piles on the coast," Paul Lowe said.`:              true,
		`"But not this year," Paul Lowe said.`:                                   true,
		`"Not on the east pier, but on the west quay," Paul Lowe said.`:          true,
		`"Only the divers and their crews," Paul Lowe said.`:                     true,
		`"I know the crews would not," Paul Lowe said.`:                          true,
		`"Quicker than the old ferry could ever be," Paul Lowe said.`:            true,
		`“We will reopen the pier when the divers are done,” Ilse Brandt added.`: false,
	} {
		if got := leansOnQuotation(in); got != want {
			t.Errorf("leansOnQuotation(%q) = %v, want %v", in, got, want)
		}
	}
}

// judgeEach judges, as facts, the sentences of d whose texts want holds,
// against the page text want gives each ("" for a sentence the page may
// not carry), and fails unless it finds them all. It returns what each
// judged to, by sentence.
func judgeEach(t *testing.T, d *draft, want map[string]string) map[int]string {
	t.Helper()
	out := map[int]string{}
	for i, s := range d.a.Sentences {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		got, why := d.judge(i, asFact)
		if got != w {
			t.Errorf("judge(%q) = %q (%s), want %q", s.Text, got, why, w)
		}
		out[i] = got
	}
	if len(out) != len(want) {
		t.Fatalf("found %d of the %d sentences", len(out), len(want))
	}
	return out
}
