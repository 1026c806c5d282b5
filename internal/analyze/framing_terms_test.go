package analyze

import (
	"strings"
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

func TestFramingWorthy(t *testing.T) {
	names := nameParts([]string{"The think tank Grey Harbour said so."})
	tests := []struct {
		surface string
		want    bool
	}{
		{"emergency exits", true},
		{"union bosses", true},
		{"orchards", true},
		{"Tollgate Pier", true},
		{"ago", false},
		{"roughly", false},
		{"every", false},
		{"percent", false},
		{"wanted", false},  // a past form reads as a verb
		{"funded", false},  // likewise
		{"quickly", false}, // an adverb
		{"family", true},   // a noun in -ly
		{"members voted", false},
		{"we're", false},
		{"don't think", false},
		{"groups face", false},
		{"keep costs", false},  // a weak word in a pair
		{"Harbour", false},     // a piece of "Grey Harbour"
		{"seven hulls", false}, // a count spelled out
		{"reckless", false},    // already among the loaded words
		{"long overdue", false},
		{"divers found", false},  // a past form without -ed
		{"really costly", false}, // an intensifier opens no term
		{"largely peaceful", true},
		{"year-old freelance", false}, // the age's word, its number gone
		{"asking", false},             // a common verb
		{"affect", false},
		{"situation", false},  // any story's word
		{"kilometers", false}, // a unit says how much, not how
		{"minutes", false},
		{"Gov", false},               // a title's abbreviation
		{"interim government", true}, // though a pair may hold one
	}
	for _, tt := range tests {
		if got := framingWorthy(tt.surface, names); got != tt.want {
			t.Errorf("framingWorthy(%q) = %v, want %v", tt.surface, got, tt.want)
		}
	}
}

// TestFramingDropsWeakTerms writes two sides that differ in weak words
// and in one real term: only the real term, and the evaluative phrase as
// a loaded word, may show.
func TestFramingDropsWeakTerms(t *testing.T) {
	left := "The Dunmere levy rises by 4 percent, long overdue for tenant unions. Tenant unions asked for it years ago and wanted it every year.\n\n" +
		"Tenant unions said the levy was roughly what they asked for, years ago."
	right := "The Dunmere levy rises by 4 percent for landlords. Landlords said the levy hits small landlords.\n\n" +
		"Small landlords said they would pass costs to renters."
	a := Analyze([]news.ArticleRef{
		report(1, 1, news.Left, 0, left),
		report(2, 2, news.Right, 1, right),
	})
	var l, r news.Framing
	for _, f := range a.Framing {
		switch f.Side {
		case "Left":
			l = f
		case "Right":
			r = f
		}
	}
	for _, f := range []news.Framing{l, r} {
		for _, term := range f.Terms {
			switch term {
			case "ago", "every", "wanted", "roughly", "asked", "percent", "years":
				t.Errorf("%s framing shows the weak term %q (terms %q)", f.Side, term, f.Terms)
			}
		}
	}
	if !contains(l.Terms, "tenant unions") || !contains(r.Terms, "landlords") && !contains(r.Terms, "small landlords") {
		t.Errorf("terms: left %q, right %q; want tenant unions and landlords", l.Terms, r.Terms)
	}
	if !contains(l.LoadedWords, "long overdue") {
		t.Errorf("left loaded words %q lack the evaluative %q", l.LoadedWords, "long overdue")
	}
}

// TestTitleAsProse: a title in title case gives terms as prose would:
// its words are not names unless the report writes them capitalised
// inside a sentence; a quotation mark is no part of a term.
func TestTitleAsProse(t *testing.T) {
	body := []string{"The harbour loan official quit on Monday after the Tarrow Harbour Board raised its fees."}
	got := titleAsProse("Loan Official Quits As Tarrow Harbour Board Raises Fees", body)
	if want := "Loan official quits as Tarrow Harbour Board raises fees"; got != want {
		t.Errorf("titleAsProse = %q, want %q", got, want)
	}
	if got := titleAsProse("Loan official quits as fees rise", body); got != "Loan official quits as fees rise" {
		t.Errorf("a title in sentence case changed: %q", got)
	}
	for _, term := range Terms("Ferry crews called the protest 'largely peaceful' on the quay.") {
		if term.Surface != strings.Trim(term.Surface, "'") {
			t.Errorf("term %q keeps a quotation mark", term.Surface)
		}
	}
}

// TestFramingHeadlineQuotes: words a headline quotes in single marks
// are the speaker's, as words in double marks are; the outlet's own
// verb is its own.
func TestFramingHeadlineQuotes(t *testing.T) {
	r := report(2, 2, news.Right, 1, fireC)
	r.Title = "Weiss blasted depot plan, calls it 'reckless' and 'disgusting'"
	a := Analyze([]news.ArticleRef{report(1, 1, news.Left, 0, fireA), r})
	for _, f := range a.Framing {
		if f.Side != "Right" {
			continue
		}
		if contains(f.LoadedWords, "reckless") || contains(f.LoadedWords, "disgusting") {
			t.Errorf("right loaded words %q hold what the headline quotes", f.LoadedWords)
		}
		if !contains(f.LoadedWords, "blasted") {
			t.Errorf("right loaded words %q lack the outlet's own %q", f.LoadedWords, "blasted")
		}
		return
	}
	t.Fatalf("no right framing in %+v", a.Framing)
}

func TestHeadlineQuotes(t *testing.T) {
	for in, want := range map[string]string{
		"Marsh calls pier plan 'reckless'":         `Marsh calls pier plan "reckless"`,
		"Lowe: 'we don't need it', board told":     `Lowe: "we don't need it", board told`,
		"The members' vote on Marsh's 'plan'":      `The members' vote on Marsh's "plan"`,
		"Dunmere's pier closes":                    "Dunmere's pier closes",
		"Pier shut in '90s, members' records show": "Pier shut in '90s, members' records show",
	} {
		if got := headlineQuotes(in); got != want {
			t.Errorf("headlineQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTermsLongName: a name of three words or more is one term, and no
// pair inside it is one ("Tarrow Times" of "The New Tarrow Times").
func TestTermsLongName(t *testing.T) {
	var got []string
	for _, term := range Terms("A spokesman told The New Tarrow Times that the Dunmere Harbour Board would meet. New rules apply, Lena Marsh said.") {
		got = append(got, term.Surface)
	}
	for _, want := range []string{"New Tarrow Times", "Dunmere Harbour Board", "Lena Marsh", "rules"} {
		if !contains(got, want) {
			t.Errorf("Terms gave %q, want %q among them", got, want)
		}
	}
	for _, not := range []string{"Tarrow Times", "Harbour Board", "Times", "Board", "New rules"} {
		if contains(got, not) {
			t.Errorf("Terms gave %q, want no %q", got, not)
		}
	}
}
