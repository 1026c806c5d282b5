package write

import (
	"math"
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
