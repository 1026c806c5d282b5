package write

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestSpeakerForPronoun: a quotation that its report gives to "she",
// having named her in the sentence before, is published under her name
// (in full: the report never calls her by her surname alone), and the
// verifier finds it in the report; a name the report does not give for
// that pronoun is not found.
func TestSpeakerForPronoun(t *testing.T) {
	body := "Harbour master Ilse Brandt said the west quay would stay shut until May.\n\n" +
		"\"The rot runs deeper than anyone feared,\" she said.\n\n" +
		"The divers found rot in every pile, she said.\n\n" +
		"Paul Lowe, who runs the ferry, said the crossings would go on."
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", body)
	d := newDraft(analyze.Analyze([]news.ArticleRef{art}), DefaultMaxWordsPerSource)
	const want = "\"The rot runs deeper than anyone feared,\" Ilse Brandt said."
	judgeEach(t, d, map[string]string{"\"The rot runs deeper than anyone feared,\" she said.": want})
	r := newReport(art, "Lowland Press", false)
	holdsEach(t, r, map[string]bool{
		want: true,
		"\"The rot runs deeper than anyone feared,\" Brandt said.":   true,
		"\"The rot runs deeper than anyone feared,\" Lowe said.":     false, // named in the report, but not before the quotation
		"\"The rot runs deeper than anyone feared,\" Marsh said.":    false,
		"\"The rot runs deeper than anyone feared,\" Brandt warned.": false,
		// after a sentence that speaks as "she" too, and with its first
		// letter lowered after an attribution
		"the divers found rot in every pile, Brandt said.": true,
		"the divers found rot in every pile, Lowe said.":   false,
	})
}

// TestQuotationAloneGivenToItsSpeaker: a quotation that stands alone
// after a sentence quoting a named person is published as theirs, and
// the verifier finds it; after a sentence quoting no one, it is not.
func TestQuotationAloneGivenToItsSpeaker(t *testing.T) {
	body := "\"The rot runs deeper than anyone feared,\" harbour master Ilse Brandt said on Monday.\n\n" +
		"\"We will not open the west quay before May.\"\n\n" +
		"The ferry kept to its timetable all week.\n\n" +
		"\"Nobody wants another winter like the last.\"\n\n" +
		"Brandt said the divers had left the quay. \"They never came back to the quay after the storm.\""
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", body)
	d := newDraft(analyze.Analyze([]news.ArticleRef{art}), DefaultMaxWordsPerSource)
	want := map[string]string{
		"\"We will not open the west quay before May.\"":        "Brandt said: \"We will not open the west quay before May.\"",
		"\"Nobody wants another winter like the last.\"":        "",
		"\"They never came back to the quay after the storm.\"": "", // who they are, the sentence before says
	}
	judgeEach(t, d, want)
	r := newReport(art, "Lowland Press", false)
	holdsEach(t, r, map[string]bool{
		"Brandt said: \"We will not open the west quay before May.\"":      true,
		"Ilse Brandt said: \"We will not open the west quay before May.\"": true,
		"Lowe said: \"We will not open the west quay before May.\"":        false, // named nowhere in the report
		"Brandt said: \"Nobody wants another winter like the last.\"":      false, // not after a sentence naming her
		"Brandt said: \"We will not open the west quay.\"":                 false, // not the report's whole sentence
	})
}

// TestSubjectForPronoun: a sentence that its report opens on "She",
// right after a sentence about her, is published with her name in its
// place, and the verifier finds it in the report; a sentence whose "He"
// the sentence before does not tell is not published.
func TestSubjectForPronoun(t *testing.T) {
	body := "Harbour master Ilse Brandt closed the west quay to all boats on Monday morning.\n\n" +
		"She ordered divers to inspect every pile under the old pier.\n\n" +
		"She wants the council to pay for a new west quay.\n\n" +
		"Her divers found rot in every pile under the east quay.\n\n" +
		"On Tuesday, she reopened the north gate of the pier.\n\n" +
		"The council thanked Paul Lowe for the ferry timetable.\n\n" +
		"He kept the crossings running through the whole storm."
	art := pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "", body)
	d := newDraft(analyze.Analyze([]news.ArticleRef{art}), DefaultMaxWordsPerSource)
	const want = "Brandt ordered divers to inspect every pile under the old pier."
	judgeEach(t, d, map[string]string{
		"She ordered divers to inspect every pile under the old pier.": want,
		"She wants the council to pay for a new west quay.":            "Brandt wants the council to pay for a new west quay.",
		"Her divers found rot in every pile under the east quay.":      "Brandt's divers found rot in every pile under the east quay.",
		"On Tuesday, she reopened the north gate of the pier.":         "On Tuesday, Brandt reopened the north gate of the pier.",
		"He kept the crossings running through the whole storm.":       "",
	})
	r := newReport(art, "Lowland Press", false)
	holdsEach(t, r, map[string]bool{
		want: true,
		"Ilse Brandt ordered divers to inspect every pile under the old pier.": true,
		"Brandt's divers found rot in every pile under the east quay.":         true,
		"Lowe's divers found rot in every pile under the east quay.":           false,
		"Lowe ordered divers to inspect every pile under the old pier.":        false, // not named before the sentence
		"Brandt wants the council to pay for a new west quay.":                 true,  // named two sentences before, the one between about her
		"On Tuesday, Brandt reopened the north gate of the pier.":              true,
	})
}

// holdsEach checks, for each page sentence, whether the report holds it
// word for word or as it names a speaker or subject for a pronoun (see
// report.containsSpokenAs).
func holdsEach(t *testing.T, r *report, want map[string]bool) {
	t.Helper()
	for s, ok := range want {
		if got := r.containsVerbatim(s) || r.containsSpokenAs(s) != ""; got != ok {
			t.Errorf("report holds %q: %v, want %v", s, got, ok)
		}
	}
}
