package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestCommentaryIsTheOutletsView: the sentences of a report filed as
// opinion appear on the page only as its outlet's view ("In a
// commentary, X wrote that ...", "..., X wrote in a commentary."),
// never in the desk's voice nor as what the outlet reported, and the
// page still passes verification.
func TestCommentaryIsTheOutletsView(t *testing.T) {
	column := pierArticle(9, "tarrow-ledger", "Tarrow Ledger", news.Right, 3, "Opinion | The pier deserved better",
		"The east pier in Dunmere was closed on Monday after divers found rot in its wooden piles.\n\n"+
			"The council waited a decade before it sent the divers down.\n\n"+
			"The harbour trust paid for the last rebuilding in 1987 and has paid for nothing since.\n\n"+
			"The ferry will move to the west quay from Wednesday, the harbour master said.")
	arts := append(pierStory(), column)
	a := analyze.Analyze(arts)
	ref := 0
	for _, r := range a.Reports {
		if r.ID == column.ID {
			ref = r.Ref
		}
	}
	p, err := Writer{}.Write("pier", a, pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("Verify: %v", probs)
	}
	seen := 0
	walkSentences(&p, func(where string, s *news.Sentence) {
		if s.AttributedTo == "Tarrow Ledger" {
			seen++
			if !strings.HasPrefix(s.Text, news.Commented("Tarrow Ledger")) && !strings.HasSuffix(s.Text, news.CommentedAfter("Tarrow Ledger")) {
				t.Errorf("%s: %q, want it told as the Tarrow Ledger's commentary", where, s.Text)
			}
		}
		if s.AttributedTo == "" && len(s.Cites) > 0 && s.Cites[0] == ref {
			t.Errorf("%s: %q stands in the desk's voice on the commentary's word", where, s.Text)
		}
	})
	if seen == 0 {
		t.Fatal("no sentence of the commentary on the page: the story no longer tests the rule")
	}
}

// TestArgues: a headline that names the one outlet stating it says that
// outlet argues when all its reports are commentary, and reports
// otherwise.
func TestArgues(t *testing.T) {
	column := pierArticle(9, "tarrow-ledger", "Tarrow Ledger", news.Right, 3, "Opinion | The pier deserved better",
		"The council let the pier decay for a decade.")
	d := newDraft(analyze.Analyze(append(pierStory(), column)), DefaultMaxWordsPerSource)
	for h, want := range map[string]string{
		"Council let the pier decay, Tarrow Ledger reports":  "Council let the pier decay, Tarrow Ledger argues",
		"Council shuts the east pier, Lowland Press reports": "Council shuts the east pier, Lowland Press reports",
		"Council shuts the east pier":                        "Council shuts the east pier",
	} {
		if got := d.argues(h); got != want {
			t.Errorf("argues(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestCommentaryOpensOnlyWithoutNews: a sentence of commentary may open
// the page (the lead, a headline's sentence) only when the story has no
// report of news; beside news, the outlet's view is not the news.
func TestCommentaryOpensOnlyWithoutNews(t *testing.T) {
	const view = "The Dunmere council closed the east pier on Monday after a decade in which it sent no diver down."
	column := pierArticle(9, "tarrow-ledger", "Tarrow Ledger", news.Right, 3, "Opinion | The pier deserved better", view)
	ofColumn := func(d *draft) candidate {
		for i, s := range d.a.Sentences {
			if s.Text == view {
				return candidate{i: i, text: view}
			}
		}
		t.Fatal("the commentary's sentence is not among the story's")
		return candidate{}
	}
	d := newDraft(analyze.Analyze(append(pierStory(), column)), DefaultMaxWordsPerSource)
	if c := ofColumn(d); d.opener(c) {
		t.Errorf("beside news, the commentary's %q may open the page", view)
	}
	second := pierArticle(10, "kell-review", "Kell Review", news.Left, 4, "Opinion | A pier left to rot",
		"The east pier of Dunmere rotted for a decade while the council looked away.")
	only := newDraft(analyze.Analyze([]news.ArticleRef{column, second}), DefaultMaxWordsPerSource)
	if !only.a.Reports[0].Commentary || !only.a.Reports[1].Commentary {
		t.Fatal("the opinion pieces are not taken for commentary: the story no longer tests the rule")
	}
	if c := ofColumn(only); !only.opener(c) {
		t.Errorf("in a story of commentary alone, %q may not open the page", view)
	}
}
