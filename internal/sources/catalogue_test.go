package sources

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestDefaultCatalogue(t *testing.T) {
	entries, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 60 {
		t.Errorf("%d outlets; want at least 60", len(entries))
	}
	countries := map[string]int{}
	languages := map[string]int{}
	leans := map[news.Lean]int{}
	for _, e := range entries {
		countries[e.Country]++
		languages[e.Language]++
		leans[e.Rating.Lean]++
		if len(e.Feeds) == 0 {
			t.Errorf("%s has no feed", e.Slug)
		}
		if e.Rating.Rater != "Unbiased Post editors" || e.Rating.RatedAt.IsZero() {
			t.Errorf("%s: rated by %q on %v; every shipped lean is the editors' own and dated", e.Slug, e.Rating.Rater, e.Rating.RatedAt)
		}
	}
	if len(countries) < 8 {
		t.Errorf("%d countries %v; want at least 8", len(countries), countries)
	}
	for _, lang := range []string{"de", "fr", "es"} {
		if languages[lang] == 0 {
			t.Errorf("no outlet in %q", lang)
		}
	}
	for _, l := range news.Leans {
		if l != news.Unrated && leans[l] < 4 {
			t.Errorf("%d outlets rated %s; want at least 4", leans[l], l)
		}
	}
	t.Logf("%d outlets, %d countries, leans %v", len(entries), len(countries), leans)
}

func TestDefaultReturnsAFreshCopy(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a[0].Name = "changed"
	a[0].Feeds[0] = "https://changed.example/feed"
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if b[0].Name == "changed" || b[0].Feeds[0] == "https://changed.example/feed" {
		t.Error("a change to one Default result showed in the next")
	}
}

func TestMethod(t *testing.T) {
	m := Method()
	if n := len(strings.Fields(m)); n < 250 || n > 400 {
		t.Errorf("method statement has %d words; want 250 to 400", n)
	}
	for _, want := range []string{"import-ratings", "--rater", "Unrated", "Ownership", "once a year"} {
		if !strings.Contains(m, want) {
			t.Errorf("method statement does not mention %q", want)
		}
	}
}
