package write

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// When the highlights took every sentence that can open the page, the
// one that moves down to become the lead is the highlight after the
// first that best opens a page, not the last one listed.
func TestLeadTakesTheBestOpeningHighlight(t *testing.T) {
	d := newDraft(analyze.Analyze(pierStory()), DefaultMaxWordsPerSource)
	d.params = DefaultParams
	var openers []candidate
	for _, c := range d.candidates() {
		if d.opener(c) {
			openers = append(openers, c)
		}
	}
	if len(openers) < 3 {
		t.Fatalf("the story has %d sentences that can open a page, want 3 or more", len(openers))
	}
	// the best-scored opener first, then the rest with the weakest
	// opening before the strongest, so the last listed is not the best
	first, rest := openers[0], openers[1:]
	best, worst := 0, 0
	for k, c := range rest {
		if d.ledeScore(c) > d.ledeScore(rest[best]) {
			best = k
		}
		if d.ledeScore(c) < d.ledeScore(rest[worst]) {
			worst = k
		}
	}
	if d.ledeScore(rest[best]) == d.ledeScore(rest[worst]) {
		t.Fatal("every opener scores the same as an opening")
	}
	hs := []candidate{first, rest[best], rest[worst]}
	want := rest[best].text
	lead := d.lead(nil, &hs)
	if len(lead) != 1 || lead[0].text != want {
		t.Fatalf("lead = %v, want the highlight %q", lead, want)
	}
	if len(hs) != 2 || hs[0].text != first.text || hs[1].text != rest[worst].text {
		t.Errorf("highlights left = %v, want the first and the weaker opener", hs)
	}
}
