package write

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestOutlookMeetsNamedPeople: the outlook is read after everything the
// page places, so a person whom a placed sentence calls by surname, and
// whom namesInFull will name in full there, is known by the time the
// outlook quotes them by surname.
func TestOutlookMeetsNamedPeople(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
			"Harbour master Lena Marsh has run the port of Dunmere since 2029.\n\n"+
				"Marsh closed the east pier on Monday after divers found rot in nine of its piles."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier shut in Dunmere",
			"The east pier in Dunmere was shut on Monday.\n\n"+
				"Ms. Marsh said the ferry would move to the west quay from Wednesday until the summer."),
	}
	d := cutDraft(arts)
	closed := -1
	for i, s := range d.a.Sentences {
		if strings.HasPrefix(s.Text, "Marsh closed") {
			closed = i
		}
	}
	if closed < 0 {
		t.Fatal("no sentence tells that Marsh closed the pier")
	}
	t.Logf("placed: %v", d.place(closed, d.a.Sentences[closed].Text, []int{1}))
	if d.introduced("Marsh", nil) {
		t.Fatalf("the placed sentence names Marsh in full already; the test needs it not to")
	}
	found := false
	for _, s := range d.outlook().Sentences {
		found = found || strings.Contains(s.Text, "west quay")
	}
	if !found {
		t.Errorf("the outlook leaves out Ms. Marsh's word on the ferry, though the page names her in full before it")
	}
	// and on the page as written, whoever the outlook names by surname
	// is named in full above it
	p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	above := ""
	ForEachSentence(p, func(where string, s news.Sentence) {
		if !strings.HasPrefix(where, "outlook") {
			above += s.Text + "\n"
		}
	})
	for _, s := range p.Outlook.Sentences {
		if strings.Contains(s.Text, "Marsh") && !strings.Contains(above, "Lena Marsh") {
			t.Errorf("outlook %q names Marsh, whom nothing above it names in full:\n%s", s.Text, above)
		}
	}
}

// TestNoOutlookLineIsTrue: a page whose reports look ahead only in what
// it already tells above (a schedule both outlets report, in the
// highlights) does not say that no report looks ahead; a page whose
// reports tell only what happened does.
func TestNoOutlookLineIsTrue(t *testing.T) {
	story := func(extra string) []news.ArticleRef {
		return []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
				"The Dunmere council closed the east pier on Monday after divers found rot in nine of its wooden piles.\n\n"+
					"The pier carried about 4,000 walkers a day in the summer months."+extra),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier shut in Dunmere",
				"The Dunmere council shut the east pier on Monday after divers found rot in nine of its wooden piles.\n\n"+
					"The pier carried about 4,000 walkers a day during the summer."+extra),
		}
	}
	for _, tc := range []struct {
		extra, want string
	}{
		{"", news.NoOutlook},
		{"\n\nThe ferry to Tarrow will leave from the west quay from Wednesday.", news.OutlookAbove},
	} {
		arts := story(tc.extra)
		p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Outlook.Sentences) > 0 {
			t.Fatalf("the story has an outlook %q; the test needs none", p.Outlook.Sentences[0].Text)
		}
		if p.Outlook.None != tc.want {
			var above []string
			ForEachSentence(p, func(_ string, s news.Sentence) { above = append(above, s.Text) })
			t.Errorf("with %q the page says %q in place of an outlook, want %q; the page: %q", tc.extra, p.Outlook.None, tc.want, above)
		}
	}
}

// TestOutlookStandsAlone: an outlook line is read alone at the page's
// end, so one that leans on a sentence before it in its report ("... a
// captain believes that will take until May") is left out, while one that
// says what it expects stays.
func TestOutlookStandsAlone(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
			"Harbour master Lena Marsh closed the east pier in Dunmere on Monday after divers found rot in nine of its piles.\n\n"+
				"Ferry crews want the pier rebuilt before the summer crossings.\n\n"+
				"Paul Lowe, who captains the rowing club, believes that will take until May."),
		pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier shut in Dunmere",
			"The east pier in Dunmere was shut on Monday after divers found rot.\n\n"+
				"Harbour master Lena Marsh said the ferry would move to the west quay from Wednesday until the summer."),
	}
	d := cutDraft(arts)
	var got []string
	for _, s := range d.outlook().Sentences {
		got = append(got, s.Text)
	}
	all := strings.Join(got, "\n")
	if strings.Contains(all, "believes that will") {
		t.Errorf("the outlook holds a line that leans on the sentence before it:\n%s", all)
	}
	if !strings.Contains(all, "west quay") {
		t.Errorf("the outlook leaves out what the harbour master expects:\n%s", all)
	}
}

// TestOutlookGivesReportsOwnForecast: a report that looks ahead in its
// own voice ("Repairs are expected to take ..."), naming no one who
// says so, gives WHAT THIS MIGHT MEAN a line attributed to its outlet;
// a report that tells what used to happen with "would" gives none.
func TestOutlookGivesReportsOwnForecast(t *testing.T) {
	story := func(extra string) []news.ArticleRef {
		return []news.ArticleRef{
			pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Dunmere closes east pier",
				"The Dunmere council closed the east pier on Monday after divers found rot in nine of its wooden piles.\n\n"+
					"The pier carried about 4,000 walkers a day in the summer months.\n\n"+extra),
			pierArticle(2, "coastal-standard", "Coastal Standard", news.Right, 1, "East pier shut in Dunmere",
				"The Dunmere council shut the east pier on Monday after divers found rot in nine of its wooden piles.\n\n"+
					"The pier carried about 4,000 walkers a day during the summer."),
		}
	}
	for _, tc := range []struct {
		extra, want string
	}{
		{"Repairs are expected to take about three months and to cost the town 2 million pounds.", "epairs are expected to take"},
		{"Repairs would take about three months and cost the town 2 million pounds each time.", ""},
	} {
		arts := story(tc.extra)
		p, err := Writer{}.Write("pier", analyze.Analyze(arts), arts[0].Article.Published)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range p.Outlook.Sentences {
			got = append(got, s.Text)
			if s.AttributedTo != "Lowland Press" {
				t.Errorf("outlook %q is not attributed to its outlet (%q)", s.Text, s.AttributedTo)
			}
		}
		joined := strings.Join(got, "\n")
		switch {
		case tc.want != "" && !strings.Contains(joined, tc.want):
			t.Errorf("with %q the outlook is %q, want a line with %q", tc.extra, got, tc.want)
		case tc.want == "" && len(got) > 0:
			t.Errorf("with %q the outlook is %q, want none", tc.extra, got)
		}
	}
}
