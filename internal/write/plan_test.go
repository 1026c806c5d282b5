package write

import (
	"math"
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestStaleYears: a sentence that only names years well before the
// latest one the story names tells its background, and scores less by
// the Stale weight; one that names a recent year, or none, does not.
func TestStaleYears(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Pilot freed after new trial is granted",
			"Lena Marsh walked free from the Dunmere jail on Wednesday after a court granted her a new trial in 2031.\n\n"+
				"In June 2014, a fire broke out on the ferry Marsh piloted, and two crew members died.\n\n"+
				"Marsh was sentenced to 40 years in 2015.\n\n"+
				"Her lawyers took up the case in 2029."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Ferry pilot walks free",
			"A ferry pilot jailed for a fire on her boat walked free on Wednesday, her lawyers said.\n\n"+
				"The fire broke out in June 2014 and two crew members died."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"In June 2014, a fire broke out on the ferry Marsh piloted.", true},
		{"Marsh was sentenced to 40 years in 2015.", true},
		{"Her lawyers took up the case in 2029.", true},
		{"The fire of 2014 led to a new trial in 2031.", false},
		{"Her lawyers took up the case in 2030.", false},
		{"Lena Marsh walked free on Wednesday.", false},
		{"About 2,000 people met her at the quay.", false},
		{"Lena Marsh, jailed since 2015, walked free on Wednesday.", false},
		{"Lena Marsh, jailed since June 2015 for the fire of 2014, walked free.", true},
		// a day of the week tells the story's own days, whatever past
		// the sentence goes on to
		{"Divers confirmed on Wednesday that the fire of 2014 began in the engine room.", false},
		{"Lena Marsh, who lost the seat in 2009, said Monday she would run again.", false},
		{"Today the quay looks as it did in 2009.", false},
		// years before 1900, where a word of time or a month shows them
		{"The quay was first built in 1711 by ferrymen from Tarrow.", true},
		{"The harbour froze over in the winter of 1739-40.", true},
		{"A storm sank the first ferry on March 3, 1788.", true},
		{"The town grew between 1851 and 1859.", true},
		{"The pier carries 1500 walkers a day in summer.", false},
		{"The ferry leaves before 1400 GMT.", false},
		{"Crews tipped in 1200 tonnes of gravel.", false},
	} {
		if got := d.staleYears(tt.s); got != tt.want {
			t.Errorf("staleYears(%q) = %v, want %v (latest year %d)", tt.s, got, tt.want, d.latestYear)
		}
	}
	if DefaultParams.Stale <= 0 {
		t.Fatalf("DefaultParams.Stale = %v: the background is not marked down", DefaultParams.Stale)
	}
	key := d.keyStems()
	found := false
	for i, s := range d.a.Sentences {
		if s.Report != 0 || s.Index != 1 {
			continue
		}
		found = true
		with := d.score(i, s.Text, []int{1}, key)
		d.params.Stale = 0
		without := d.score(i, s.Text, []int{1}, key)
		d.params = DefaultParams
		if math.Abs(without-with-DefaultParams.Stale) > 1e-9 {
			t.Errorf("the background sentence %q scores %v with Stale and %v without", s.Text, with, without)
		}
	}
	if !found {
		t.Fatal("no background sentence in the story")
	}
	if p, err := ParseParams("stale=2"); err != nil || p.Stale != 2 {
		t.Errorf(`ParseParams("stale=2") = %+v, %v`, p, err)
	}
}

// A page whose news is a highlight further down does not open on the
// background: when the best sentence left for the lead only names years
// well before the story's, the freshest highlight that can open the page
// moves down to become the lead, and the highlights are filled again.
func TestLeadPrefersNewsToBackground(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Pilot freed after new trial is granted",
			"Lena Marsh walked free from the Dunmere jail on Wednesday after a court granted her a new trial in 2031.\n\n"+
				"Marsh thanked the lawyers who took up her case and said she would return to the harbour.\n\n"+
				"The harbour trust said it would review the records of the ferry service."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Ferry pilot walks free",
			"In June 2014, a fire broke out on the ferry that Lena Marsh piloted in Dunmere, and two crew members died.\n\n"+
				"The Dunmere court ordered a new trial after experts rejected the fire tests used at the first trial.\n\n"+
				"Prosecutors have not said whether they will try Lena Marsh again."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	find := func(prefix string) candidate {
		t.Helper()
		for _, c := range cands {
			if strings.HasPrefix(d.a.Sentences[c.i].Text, prefix) {
				return c
			}
		}
		var all []string
		for _, c := range cands {
			all = append(all, c.text)
		}
		t.Fatalf("no candidate opens with %q: %q", prefix, all)
		return candidate{}
	}
	fresh, background, first := find("Lena Marsh walked free"), find("In June 2014"), find("The Dunmere court ordered")
	if !d.staleYears(background.text) || d.staleYears(fresh.text) {
		t.Fatalf("staleYears: background %v, news %v", d.staleYears(background.text), d.staleYears(fresh.text))
	}
	if d.ledeScore(background) <= d.ledeScore(fresh)-2 {
		t.Fatalf("the background's lede score %v is no rival to the news's %v", d.ledeScore(background), d.ledeScore(fresh))
	}
	for _, c := range []candidate{first, fresh} {
		d.place(c.i, c.text, c.cites)
	}
	hs := []candidate{first, fresh}
	lead := d.lead(cands, &hs)
	if len(lead) != 1 || lead[0].i != fresh.i {
		t.Fatalf("lead = %+v, want the news %q", lead, fresh.text)
	}
	for _, h := range hs {
		if h.i == fresh.i {
			t.Errorf("the lead's sentence is still a highlight: %q", h.text)
		}
	}
	if len(hs) < 2 || hs[0].i != first.i {
		t.Errorf("highlights = %+v, want the first kept and the list filled again", hs)
	}
}

// A lead may tell a highlight's news again in fuller words, never in
// other words alone: a sentence that restates the first highlight and
// adds next to nothing to it does not open the page below it, and a
// fuller one does.
func TestLeadAddsToTheHighlight(t *testing.T) {
	arts := []news.ArticleRef{
		pierArticle(1, "lowland-press", "Lowland Press", news.Center, 0, "Marsh puts forward bill to shut east pier",
			"Councillor Lena Marsh put forward a bill on Thursday to shut the east pier.\n\n"+
				"The harbour board meets in June."),
		pierArticle(2, "dunmere-voice", "Dunmere Voice", news.Left, 1, "Pier closure bill proposed",
			"Councillor Lena Marsh proposed a bill on Thursday to close the east pier.\n\n"+
				"The ferry runs twice a day."),
		pierArticle(3, "tarrow-ledger", "Tarrow Ledger", news.Right, 2, "Marsh bill would stop walkers on east pier",
			"Repairs could take a year.\n\n"+
				"Councillor Lena Marsh put forward a bill that would stop walkers and anglers from using the east pier until divers have checked its piles."),
	}
	d := newDraft(analyze.Analyze(arts), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	cands := d.candidates()
	var first, other, fuller candidate
	for _, c := range cands {
		switch {
		case strings.HasPrefix(c.text, "Councillor Lena Marsh put forward a bill on Thursday"):
			first = c
		case strings.HasPrefix(c.text, "Councillor Lena Marsh proposed a bill"):
			other = c
		case strings.HasPrefix(c.text, "Councillor Lena Marsh put forward a bill that would"):
			fuller = c
		}
	}
	if first.text == "" || other.text == "" || fuller.text == "" {
		t.Fatalf("candidates %+v lack one of the three tellings", cands)
	}
	if d.addsNothing(d.stemsOf(other.text)) {
		t.Fatal("addsNothing before anything is placed")
	}
	d.place(first.i, first.text, first.cites)
	if !d.addsNothing(d.stemsOf(other.text)) || d.addsNothing(d.stemsOf(fuller.text)) {
		t.Fatalf("addsNothing: other words %v, fuller words %v; want true, false", d.addsNothing(d.stemsOf(other.text)), d.addsNothing(d.stemsOf(fuller.text)))
	}
	// a lawmaker's party and state add nothing to the news
	if party := "Councillor Lena Marsh (D-Tarr.) proposed a bill on Thursday to close the east pier."; !d.addsNothing(d.stemsOf(party)) {
		t.Errorf("addsNothing(%q) = false, want true", party)
	}
	hs := []candidate{first}
	lead := d.lead([]candidate{other, fuller}, &hs)
	if len(lead) != 1 || lead[0].i != fuller.i {
		t.Errorf("lead = %+v, want the fuller telling %q", lead, fuller.text)
	}
}
