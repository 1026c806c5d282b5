package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestContestedLabelAttributed: two outlets call the bills
// "anti-harbour", the outlet on the right does not; the desk states the
// signing in its own voice without the label, and a sentence that cannot
// leave it out is its outlet's.
func TestContestedLabelAttributed(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "dunmere-voice", "Dunmere Voice", news.Left, 0, "Governor signs two anti-harbour bills",
			"Governor Lena Marsh signed two anti-harbour bills into law on Monday in Dunmere.\n\n"+
				"One bill ends the harbour board's power to set mooring fees, and the other sells the east quay to a private trust.\n\n"+
				"Boat owners filed two lawsuits on Tuesday to block the anti-harbour laws, their lawyer Paul Lowe said."),
		pierArticle(2, "lowland-press", "Lowland Press", news.Center, 1, "Marsh signs harbour bills",
			"Governor Lena Marsh signed two anti-harbour bills into law on Monday in Dunmere.\n\n"+
				"The first bill ends the harbour board's power to set mooring fees.\n\n"+
				"The second bill sells the east quay to a private trust for $4 million."),
		pierArticle(3, "coastal-standard", "Coastal Standard", news.Right, 2, "Marsh signs bills to cut harbour fees",
			"Governor Lena Marsh signed two bills on Monday that cut the harbour board's mooring fees and sell the east quay.\n\n"+
				"The east quay goes to a private trust for $4 million, the governor's office said.\n\n"+
				"Harbour master Ilse Brandt said the board would challenge both laws in court."),
	}
	p, err := Writer{}.Write("harbour", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(strings.ToLower(p.Headline), "anti-harbour") {
		t.Errorf("headline %q calls the bills by one side's label", p.Headline)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if !strings.Contains(s.Text, "anti-harbour") {
			return
		}
		if s.AttributedTo == "" {
			t.Errorf("%s: %q calls the bills by one side's label in the desk's own voice", where, s.Text)
		}
	})
	// the signing two sides state stands in the desk's voice, the label
	// left out
	signed := false
	ForEachSentence(p, func(_ string, s news.Sentence) {
		signed = signed || s.AttributedTo == "" && strings.Contains(s.Text, "signed two bills into law on Monday")
	})
	if !signed {
		t.Errorf("the desk does not state the signing in its own voice:\n%s", PlainText(p))
	}
	// an outlet's own sentence keeps the outlet's words
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(s.Text, "lawsuits") && !strings.Contains(s.Text, "anti-harbour laws") {
			t.Errorf("%s: %q %v, attributed to %q, leaves out its outlet's word", where, s.Text, s.Cites, s.AttributedTo)
		}
	})
	if !strings.Contains(PlainText(p), "lawsuits") {
		t.Errorf("the page does not tell of the lawsuits:\n%s", PlainText(p))
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("Verify: %v", probs)
	}
}

// TestVerifyContestedLabel: the verifier refuses a stance label that one
// side does not use in the desk's own voice, and lets it stand
// attributed.
func TestVerifyContestedLabel(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "dunmere-voice", "Dunmere Voice", news.Left, 0, "", "Governor Lena Marsh signed two anti-harbour bills into law on Monday in Dunmere."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "", "Governor Lena Marsh signed two harbour bills into law on Monday in Dunmere."),
	}
	srcs := sources(analyze.Analyze(arts))
	own := news.Sentence{Text: "Governor Lena Marsh signed two anti-harbour bills into law on Monday in Dunmere.", Cites: []int{1, 2}}
	if probs := Verify(news.Page{Lead: []news.Sentence{own}, Sources: srcs}, arts); len(probs) == 0 {
		t.Errorf("%q in the desk's own voice passed the verifier", own.Text)
	}
	attributed := news.Sentence{Text: "Governor Lena Marsh signed two anti-harbour bills into law on Monday in Dunmere, Dunmere Voice reported.", Cites: []int{1}, AttributedTo: "Dunmere Voice"}
	if probs := Verify(news.Page{Lead: []news.Sentence{attributed}, Sources: srcs}, arts); len(probs) > 0 {
		t.Errorf("attributed: %v", probs)
	}
	// both sides use it: it is how the story is told
	arts[1].Text = "In Dunmere on Monday, Governor Lena Marsh signed two anti-harbour bills into law after a long debate."
	if probs := Verify(news.Page{Lead: []news.Sentence{own}, Sources: sources(analyze.Analyze(arts))}, arts); len(probs) > 0 {
		t.Errorf("a label both sides use: %v", probs)
	}
}

// TestPositionLabelLeftOut: reports that open on "far-right marchers"
// give the page its news without the label, rather than leave the news
// off the page for a side fact.
func TestPositionLabelLeftOut(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Marchers fill Dunmere quay",
			"Hundreds of far-right marchers and their opponents filled the Dunmere quay on Saturday, and police made 13 arrests.\n\n"+
				"Police closed two bridges to keep the groups apart."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Arrests at Dunmere quay rally",
			"Hundreds of far-right marchers and their opponents filled the Dunmere quay on Saturday, where police arrested 13 people.\n\n"+
				"The mayor thanked the police."),
	}
	publishedPlainly(t, arts, "undreds of marchers and their opponents filled the Dunmere quay")
}

// publishedPlainly writes the story of arts and checks that one of its
// sentences holds want, that none holds a loaded word and that the page
// passes verification.
func publishedPlainly(t *testing.T, arts []news.ArticleRef, want string) {
	t.Helper()
	p, err := Writer{}.Write("quay", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	ForEachSentence(p, func(where string, s news.Sentence) {
		if len(analyze.Loaded(s.Text)) > 0 {
			t.Errorf("%s %q holds a loaded word", where, s.Text)
		}
		found = found || strings.Contains(s.Text, want)
	})
	if !found {
		t.Errorf("no sentence holds %q:\n%s", want, PlainText(p))
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("the page fails verification: %v", probs)
	}
}

// TestHighlightWithoutAddingAlso: a report's news that adds to what it
// said before ("Lowe also called on the board to ...") may open the
// page or head its highlights without its "also", which leans on
// nothing there; the page passes verification. A sentence that adds in
// other words too ("another bill") keeps its "also" and stays out of
// the highlights.
func TestHighlightWithoutAddingAlso(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Lowe calls for pier repairs",
			"Mayor Paul Lowe walked the Dunmere quay on a sunny Saturday morning.\n\n"+
				"Lowe also called on the harbour board to repair the east pier before the ferry season opens in May.\n\n"+
				"Lowe also signed another order on the quay."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Mayor wants pier fixed",
			"Mayor Paul Lowe wants the east pier repaired before the ferry season.\n\n"+
				"The harbour board has not said when work could start."),
	}
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range append(append([]news.Sentence{}, p.Highlights...), p.Lead...) {
		found = found || strings.Contains(s.Text, "Lowe called on the harbour board to repair the east pier")
		if strings.Contains(s.Text, "another order") {
			t.Errorf("%q opens the page: it adds to an order the page has not named", s.Text)
		}
	}
	if !found {
		t.Errorf("neither the highlights nor the lead tell that Lowe called for the repair:\n%s", PlainText(p))
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Errorf("the page fails verification: %v", probs)
	}
	if got := withoutAdding("Lowe, the mayor, also said the pier would close."); got != "Lowe, the mayor, said the pier would close." {
		t.Errorf("withoutAdding = %q", got)
	}
}

// TestDoubtingSpeechMadePlain: a report's news told with a verb that
// doubts what someone says ("insisted that") reaches the page with the
// plain verb of speech, not off it, and the page passes verification.
func TestDoubtingSpeechMadePlain(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Lowe will not close Dunmere pier",
			"Mayor Paul Lowe insisted on Monday that the east pier of Dunmere would stay open through the winter.\n\n"+
				"Engineers found rot under the east pier last month."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "Dunmere pier to stay open",
			"Mayor Paul Lowe insisted on Monday that the east pier of Dunmere would stay open through the winter, despite the rot.\n\n"+
				"The harbour board meets on Friday."),
	}
	publishedPlainly(t, arts, "Lowe said on Monday that the east pier of Dunmere would stay open")
}

// TestRelativeDaysDated: a report's "yesterday" reaches the page as the
// day of the week it meant, counted from the day the report was written,
// and the page passes verification.
func TestRelativeDaysDated(t *testing.T) {
	arts := []news.ArticleRef{
		// written on a Tuesday
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere pier to shut for winter",
			"The Dunmere harbour board voted yesterday to close the east pier for the whole of the winter.\n\n"+
				"Engineers found rot under the east pier last month."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier closes for winter",
			"Yesterday, the Dunmere harbour board voted to close the east pier for the whole of the winter.\n\n"+
				"The harbour board meets again in March."),
	}
	publishedPlainly(t, arts, "voted on Monday to close the east pier")
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), pierNow)
	if err != nil {
		t.Fatal(err)
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		if strings.Contains(strings.ToLower(s.Text), "yesterday") {
			t.Errorf("%s %q tells the day by a report's own day", where, s.Text)
		}
	})
}
