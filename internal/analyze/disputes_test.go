package analyze

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []quantity
	}{
		{"The storm cut power to about 2,000 homes.", []quantity{{"2000", "home", true}}},
		{"About 30,000 vehicles cross the bridge each day.", []quantity{{"30000", "vehicl", true}}},
		{"The council will consider $12 million for repairs.", []quantity{{"12", "million repair", false}}},
		{"The budget fell from $4.1 million to $2.6 million.", nil},
		{"The bridge opened in 1968 and closed at 6 p.m. on Sunday.", nil},
		{"Engineers need three weeks.", nil},
		{"Cracks in two steel supports.", []quantity{{"2", "steel", false}}},
		// a count and what each is worth: the count counts the prizes
		{"The board will award up to three $5,000 prizes.", []quantity{{"3", "prize", true}}},
		{"The board will award up to three prizes.", []quantity{{"3", "prize", true}}},
		{"In 2019 30,000 homes lost power.", []quantity{{"30000", "home", false}}},
		{"About 350 people were inside.", []quantity{{"350", "peopl", true}}},
		{"Prices rose from 4 to 5 percent.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, quantities(text.Normalize(tt.in)), cmp.AllowUnexported(quantity{})); diff != "" {
			t.Errorf("quantities(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestAgeIsNoFigure: "68-year-old" tells an age, not a count.
func TestAgeIsNoFigure(t *testing.T) {
	s := newSentence("The 68-year-old harbour master counted 12 boats.", false)
	if len(s.Figures) != 1 || s.Figures[0] != "12 boat" {
		t.Errorf("Figures = %q, want only the boats", s.Figures)
	}
}

// TestWorthIsNoCount: an outlet that gives what each prize is worth
// ("three $5,000 prizes") does not dispute one that counts the prizes
// ("three prizes"); one that counts other prizes does.
func TestWorthIsNoCount(t *testing.T) {
	disputed := func(other string) bool {
		a := Analyze([]news.ArticleRef{
			report(1, 1, news.Center, 0, "The harbour board will award up to three prizes for the best pier designs."),
			report(2, 2, news.Left, 1, other),
		})
		return a.Sentences[sentenceStarting(t, a, "The harbour board will award")].Disputed
	}
	if disputed("The harbour board said it would award up to three $5,000 prizes for pier designs.") {
		t.Error("three prizes disputed by three $5,000 prizes")
	}
	if !disputed("The harbour board said it would award up to five prizes for pier designs.") {
		t.Error("three prizes not disputed by five prizes")
	}
}

// TestRoundFiguresAgree: "about 350 people" and "more than 340 people"
// are one figure told as a round and a bound; 350 and 340 told as counts
// are two.
func TestRoundFiguresAgree(t *testing.T) {
	disputed := func(first, other string) bool {
		a := Analyze([]news.ArticleRef{
			report(1, 1, news.Center, 0, first),
			report(2, 2, news.Left, 1, other),
		})
		return a.Sentences[sentenceStarting(t, a, first[:12])].Disputed
	}
	if disputed("About 350 people were inside the Tarrow chapel when the roof fell.", "More than 340 people were inside the chapel in Tarrow when its roof fell.") {
		t.Error("about 350 disputed by more than 340")
	}
	if !disputed("Exactly 350 people were inside the Tarrow chapel when the roof fell.", "Exactly 340 people were inside the chapel in Tarrow when its roof fell.") {
		t.Error("350 not disputed by 340")
	}
}
