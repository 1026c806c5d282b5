package analyze

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestMending: a sentence that opens a quotation after its named speaker,
// or closes one before it, can stand alone with one mark added; the
// middle of a quotation, and a quotation under a pronoun, cannot.
func TestMending(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, "Harbour master Ilse Brandt said: \"The ferry will move to the west quay from Wednesday. "+
		"The crews need a month. We will not rush them,\" she said.\n\n"+
		"\"Divers worked through the night. The rot runs deeper than anyone feared,\" Paul Lowe said.\n\n"+
		"Lena Marsh said the pier \"will open. It always does.\n\n"+
		"Brandt added: \"Soon.")})
	want := map[string]Mend{
		"Harbour master Ilse Brandt said: \"The ferry will move to the west quay from Wednesday.": MendClose,
		"The crews need a month.":                                   MendNone, // the middle
		"We will not rush them,\" she said.":                        MendNone, // a pronoun names no one
		"\"Divers worked through the night.":                        MendNone, // no speaker of its own
		"The rot runs deeper than anyone feared,\" Paul Lowe said.": MendOpen,
		"Lena Marsh said the pier \"will open.":                     MendNone, // two words quoted: a fragment
		"Brandt added: \"Soon.":                                     MendNone,
	}
	got := byText(a)
	for text, m := range want {
		s, ok := got[text]
		switch {
		case !ok:
			t.Errorf("no sentence %q among %d", text, len(a.Sentences))
		case !s.InQuote:
			t.Errorf("%q: not InQuote", text)
		case s.Mend != m:
			t.Errorf("%q: Mend %v, want %v (speaker %q)", text, s.Mend, m, s.Speaker)
		case m != MendNone && len(s.Quotes) == 0:
			t.Errorf("%q: mended, but its quotation is not among its Quotes", text)
		}
	}
}

// TestNestedMarksAreNotMended: when a quotation holds another in the same
// typographic marks, which mark closes which is unclear, and a sentence
// left open by them is not mended.
func TestNestedMarksAreNotMended(t *testing.T) {
	a := Analyze([]news.ArticleRef{report(1, 1, news.Center, 0, "Ilse Brandt said “it was the board’s “first duty” to keep the ferry running.\n\n"+
		"Ilse Brandt said: “The ferry will move to the west quay from Wednesday. It stays there.”")})
	want := map[string]Mend{
		"Ilse Brandt said “it was the board’s “first duty” to keep the ferry running.": MendNone,
		"Ilse Brandt said: “The ferry will move to the west quay from Wednesday.":      MendClose,
	}
	seen := 0
	for _, s := range a.Sentences {
		if m, ok := want[s.Text]; ok {
			seen++
			if s.Mend != m {
				t.Errorf("%q: Mend %v, want %v", s.Text, s.Mend, m)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences", seen, len(want))
	}
}
