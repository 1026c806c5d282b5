package write

import (
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// The pier story is invented for the rules of the writer's voice: four
// outlets report the Dunmere council closing its east pier. The wire
// report opens with a dateline; the left and right reports add their
// own judgements, one of them in words the lexicon does not know.
var pierNow = time.Date(2026, 6, 3, 18, 0, 0, 0, time.UTC)

func pierArticle(id int64, slug, name string, lean news.Lean, hours int, title, body string) news.ArticleRef {
	return news.ArticleRef{
		Article: news.Article{
			ID: id, OutletID: id, URL: "https://" + slug + ".example/pier", Title: title, Text: body,
			Published: pierNow.Add(time.Duration(hours-24) * time.Hour), Language: "en",
		},
		Outlet: news.Outlet{ID: id, Slug: slug, Name: name, Rating: news.Rating{Lean: lean, Rater: "Test Panel"}},
	}
}

func pierStory() []news.ArticleRef {
	return []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0,
			"Dunmere council shuts east pier after divers find rotten piles",
			"DUNMERE (Lowland Press) — The Dunmere town council voted 7-2 on Monday to close the east pier for repairs after divers found rot in nine of its wooden piles.\n\n"+
				"The pier carries about 4,000 walkers a day in summer.\n\n"+
				"The pier was built in 1911 and was last rebuilt in 1987.\n\n"+
				"Repairs are expected to cost $2.4 million, according to the council's engineers.\n\n"+
				"Harbour master Ilse Brandt said the ferry would move to the west quay from Wednesday.\n\n"+
				"The council finally approved $300,000 for a new survey of the harbour wall."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1,
			"Council closes rotting east pier as repair bill reaches $2.4 million",
			"The Dunmere council voted 7-2 on Monday to shut the east pier after divers found rot in nine of its wooden piles.\n\n"+
				"For years the council let the east pier crumble while it polished the marina for yacht owners.\n\n"+
				"The pier carries about 4,000 walkers a day, and the repairs will cost $2.4 million.\n\n"+
				"The pier, built in 1911, was last rebuilt in 1987 with money from the harbour trust.\n\n"+
				"Harbour master Ilse Brandt said the rot had spread to the main deck."),
		pierArticle(3, "coastal-standard", "Coastal Standard", news.Right, 2,
			"Dunmere pier closure leaves ferry riders only weeks to find another way",
			"Divers found rot in nine of the east pier's wooden piles, and the Dunmere council voted 7-2 on Monday to close it for repairs, leaving ferry riders only weeks to adjust.\n\n"+
				"The repairs will cost $2.4 million, a bill that lands on local taxpayers.\n\n"+
				"The closure is the latest example of the council putting pet projects ahead of upkeep.\n\n"+
				"Councillor Pavel Orr said he would ask for an audit of harbour spending next month."),
		pierArticle(4, "harbour-gazette", "Harbour Gazette", news.LeanRight, 3,
			"East pier closed after divers find rot",
			"The east pier in Dunmere was closed on Monday after divers found rot in nine of its wooden piles, and the council voted 7-2 for repairs.\n\n"+
				"The pier carries about 4,000 walkers a day in summer.\n\n"+
				"Built in 1911, the pier was last rebuilt in 1987.\n\n"+
				"Harbour master Ilse Brandt said the ferry would move to the west quay from Wednesday.\n\n"+
				"Brandt said the pier should have been inspected years ago."),
	}
}

// find returns the index of the analysed sentence that starts with
// prefix in the report of outlet id.
func find(t *testing.T, a analyze.Analysis, id int64, prefix string) int {
	t.Helper()
	for i, s := range a.Sentences {
		if a.Reports[s.Report].ID == id && strings.HasPrefix(pageText(s.Text), prefix) {
			return i
		}
	}
	t.Fatalf("no sentence of report %d starts %q", id, prefix)
	return -1
}

// TestOwnVoice holds facts to the voice rule: a sentence that judges is
// not published, one that independent outlets state stands in the
// page's voice, and one that a single outlet states is attributed to
// it, whatever its lean.
func TestOwnVoice(t *testing.T) {
	a := analyze.Analyze(pierStory())
	d := newDraft(a, DefaultMaxWordsPerSource)
	tests := []struct {
		name       string
		id         int64
		prefix     string
		usable     bool
		attributed bool
	}{
		{"left outlet alone, judging", 2, "For years the council let", false, false},
		{"right outlet alone, judging", 3, "The closure is the latest example", false, false},
		{"center report, corroborated", 1, "The pier carries about 4,000 walkers", true, false},
		{"center report, judging", 1, "The council finally approved", false, false},
		{"left outlet, corroborated", 2, "The Dunmere council voted 7-2", true, false},
		{"left outlet alone, with a speaker", 2, "Harbour master Ilse Brandt said the rot", true, true},
		{"right outlet, judging though corroborated", 3, "Divers found rot in nine", false, false},
		{"center report, a guess with its speaker", 1, "Repairs are expected to cost", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := find(t, a, tt.id, tt.prefix)
			s := a.Sentences[i]
			text, ok := d.usable(i, asFact)
			if ok != tt.usable {
				t.Fatalf("usable(%q) = %v, want %v (speaker %q, evaluative %q)", s.Text, ok, tt.usable, s.Speaker, s.Evaluative)
			}
			if !ok {
				return
			}
			got := d.sentence(i, text, d.cites(i, text, d.claimMates(i)...))
			if attributed := got.AttributedTo != ""; attributed != tt.attributed {
				t.Errorf("%q published as %+v; attributed %v, want %v", s.Text, got, attributed, tt.attributed)
			}
			if _, ok := news.Unattributed(got); got.AttributedTo != "" && (got.AttributedTo != a.Reports[s.Report].Outlet.Name || !ok) {
				t.Errorf("attributed sentence %q does not name its outlet first", got.Text)
			}
		})
	}
}

// TestPierPage writes the pier story and checks the rules of the page
// that the story was made to test.
func TestPierPage(t *testing.T) {
	arts := pierStory()
	a := analyze.Analyze(arts)
	p, err := Writer{}.Write("pier", a, pierNow)
	if err != nil {
		t.Fatal(err)
	}
	if probs := Verify(p, arts); len(probs) > 0 {
		t.Fatalf("Verify: %v", probs)
	}
	// The lead says what happened: a report's opening sentence, which
	// here every outlet states, so it stands in the page's voice.
	if len(p.Lead) != 1 || p.Lead[0].AttributedTo != "" || len(p.Lead[0].Cites) < 3 {
		t.Fatalf("lead = %+v, want one sentence that three or more outlets state", p.Lead)
	}
	opening := false
	for _, r := range a.Reports {
		first, _, _ := strings.Cut(r.Text, "\n")
		opening = opening || pageText(first) == p.Lead[0].Text
	}
	if !opening {
		t.Errorf("lead %q is no report's opening sentence", p.Lead[0].Text)
	}
	for _, h := range p.Highlights {
		if ev := analyze.Evaluative(h.Text); len(ev) > 0 {
			t.Errorf("highlight %q judges: %q", h.Text, ev)
		}
	}
	ForEachSentence(p, func(where string, s news.Sentence) {
		for _, bad := range []string{"For years the council", "latest example", "only weeks", "finally"} {
			if strings.Contains(strings.ToLower(s.Text), strings.ToLower(bad)) {
				t.Errorf("%s states an outlet's judgement as fact: %q", where, s.Text)
			}
		}
	})
	for _, s := range p.Outlook.Sentences {
		if !analyze.IsOutlook(s.Text) || strings.Contains(s.Text, "should") {
			t.Errorf("outlook %q is not a forward-looking attributed statement", s.Text)
		}
	}
}
