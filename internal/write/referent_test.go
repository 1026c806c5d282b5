package write

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestSpeakerForPronoun: a quotation that its report gives to "she",
// having named her in the sentence before, is published under her name,
// and the verifier finds it in the report; a name the report does not
// give for that pronoun is not found.
func TestSpeakerForPronoun(t *testing.T) {
	body := "Harbour master Ilse Brandt said the west quay would stay shut until May.\n\n" +
		"\"The rot runs deeper than anyone feared,\" she said.\n\n" +
		"The divers found rot in every pile, she said.\n\n" +
		"Paul Lowe, who runs the ferry, said the crossings would go on."
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", body)
	d := newDraft(analyze.Analyze([]news.ArticleRef{art}), DefaultMaxWordsPerSource)
	const want = "\"The rot runs deeper than anyone feared,\" Brandt said."
	found := false
	for i, s := range d.a.Sentences {
		if s.Text != "\"The rot runs deeper than anyone feared,\" she said." {
			continue
		}
		found = true
		if got, why := d.judge(i, asFact); got != want {
			t.Errorf("judge = %q (%s), want %q", got, why, want)
		}
	}
	if !found {
		t.Fatal("the quotation is not among the report's sentences")
	}
	r := newReport(art, "Lowland Press", false)
	for s, ok := range map[string]bool{
		want: true,
		"\"The rot runs deeper than anyone feared,\" Ilse Brandt said.": true,
		"\"The rot runs deeper than anyone feared,\" Lowe said.":        false, // named in the report, but not before the quotation
		"\"The rot runs deeper than anyone feared,\" Marsh said.":       false,
		"\"The rot runs deeper than anyone feared,\" Brandt warned.":    false,
		// after a sentence that speaks as "she" too, and with its first
		// letter lowered after an attribution
		"the divers found rot in every pile, Brandt said.": true,
		"the divers found rot in every pile, Lowe said.":   false,
	} {
		if got := r.containsVerbatim(s) || r.containsSpokenAs(s) != ""; got != ok {
			t.Errorf("report holds %q: %v, want %v", s, got, ok)
		}
	}
}
