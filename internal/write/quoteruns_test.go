package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// quayStory is an invented flood of the Dunmere quay, told by two
// outlets; the first quotes its harbour master in a quotation of three
// sentences, then in one that a paragraph break leaves open, then in
// one too long to tell whole.
func quayStory() []news.ArticleRef {
	return []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Quay floods in Dunmere",
			"The Dunmere quay flooded on Monday night after a storm surge, the harbour board said.\n\n"+
				"Harbour master Ilse Brandt said the quay would stay shut until its ramp was rebuilt.\n\n"+
				"\"The water rose a metre in an hour. Nobody on the quay had seen anything like it. We will not reopen it before the ramp is safe,\" Brandt said.\n\n"+
				"Brandt told the board: \"The west slip can take the ferries for a week.\n\n"+
				"The pilots have agreed to it.\"\n\n"+
				"\"The surge came over the wall at the north end where the stones have been loose for years and nobody had the money to fix them. "+
				"It took the railings, the ticket booth, two lamp posts, a bench and most of the ramp with it long before the harbour pumps could even start. "+
				"We were lucky that no ferry was tied up there,\" Brandt said."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Storm surge floods Dunmere quay",
			"A storm surge flooded the Dunmere quay on Monday night, the harbour board said.\n\n"+
				"Ferries will use the west slip until Friday, the board said."),
	}
}

// wholeQuotation is the three-sentence quotation of quayStory as the
// page tells it, under Brandt's name.
const wholeQuotation = `"The water rose a metre in an hour. Nobody on the quay had seen anything like it. We will not reopen it before the ramp is safe," Brandt said`

// verifiedPage writes the page of refs and fails the test unless it
// passes Verify.
func verifiedPage(t *testing.T, refs []news.ArticleRef) news.Page {
	t.Helper()
	p, err := Writer{}.Write("quay", analyze.Analyze(refs), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if problems := Verify(p, refs); len(problems) > 0 {
		t.Fatalf("page fails verification: %v", problems)
	}
	return p
}

// TestQuotationToldWhole: a quotation that runs over three sentences of
// a paragraph stands on the page whole, with its speaker, and its last
// sentence does not stand again apart from it; a quotation that a
// paragraph's end leaves open, or one longer than maxRunWords, is not
// joined. The page passes Verify.
func TestQuotationToldWhole(t *testing.T) {
	refs := quayStory()
	p := verifiedPage(t, refs)
	found, last := 0, 0
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, wholeQuotation) {
			found++
		}
		if strings.Contains(s.Text, "We will not reopen it") {
			last++
		}
		if strings.Contains(s.Text, "for a week. The pilots") || strings.Contains(s.Text, "It took the railings") {
			t.Errorf("%s: a quotation that may not be told whole stands joined: %q", where, s.Text)
		}
	})
	if found != 1 || last != 1 {
		t.Errorf("the three-sentence quotation stands whole %d times and its last sentence %d times, want once each", found, last)
		ForEachSentence(p, func(where string, s news.Sentence) { t.Logf("%s: %s", where, s.Text) })
	}
}

// TestQuoteRuns: the runs found among a report's sentences.
func TestQuoteRuns(t *testing.T) {
	a := analyze.Analyze(quayStory())
	d := newDraft(a, DefaultMaxWordsPerSource)
	runs := d.quoteRuns(a.Reports[0].Sentences)
	if len(runs) != 1 {
		for _, r := range runs {
			t.Logf("run %v: %q ... %q", r, a.Sentences[r[0]].Text, a.Sentences[r[len(r)-1]].Text)
		}
		t.Fatalf("%d runs, want 1 (the three sentences of one paragraph)", len(runs))
	}
	if got := a.Sentences[runs[0][0]].Text; !strings.HasPrefix(got, `"The water rose`) || len(runs[0]) != 3 {
		t.Errorf("run %v opens %q, want the three sentences from \"The water rose\"", runs[0], got)
	}
}

// TestQuotationToldWholeUnderName: a quotation of three sentences that
// its report gives to "she" stands whole under the name of the person
// the sentence before it names, and the page passes Verify, which finds
// the report's "she" for the name.
func TestQuotationToldWholeUnderName(t *testing.T) {
	refs := quayStory()
	refs[0].Article.Text = "The Dunmere quay flooded on Monday night after a storm surge, the harbour board said.\n\n" +
		"Harbour master Ilse Brandt said the quay would stay shut until its ramp was rebuilt.\n\n" +
		"\"The water rose a metre in an hour. Nobody on the quay had seen anything like it. We will not reopen it before the ramp is safe,\" she said.\n\n" +
		"Brandt has run the harbour since 2019."
	p := verifiedPage(t, refs)
	found := false
	ForEachSentence(p, func(where string, s news.Sentence) { found = found || strings.Contains(s.Text, wholeQuotation) })
	if !found {
		t.Errorf("the quotation does not stand whole under Brandt's name")
		ForEachSentence(p, func(where string, s news.Sentence) { t.Logf("%s: %s", where, s.Text) })
	}
}
