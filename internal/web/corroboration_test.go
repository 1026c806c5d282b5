package web

import (
	"testing"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestCorroborate counts over pages built for it, where the answer is
// known: which sentences cite the outlet, and which of them another
// outlet backs.
func TestCorroborate(t *testing.T) {
	sources := []news.Source{
		{Ref: 1, Outlet: "The Harbor Ledger"},
		{Ref: 2, Outlet: "Valley Courier"},
		{Ref: 3, Outlet: "The Harbor Ledger"},              // a second report of the same outlet
		{Ref: 4, Outlet: "Bayside Daily", CopyOf: 1},       // a copy of the Ledger's report
		{Ref: 5, Outlet: " The Harbor Ledger ", CopyOf: 2}, // the Ledger copying the Courier
		{Ref: 6, Outlet: "Metro Wire"},
	}
	page := news.Page{
		Sources: sources,
		Highlights: []news.Sentence{
			s("Backed by the Courier.", 1, 2),        // cites the Ledger, corroborated
			s("The Ledger alone.", 1),                // cites the Ledger alone
			s("Two reports, one outlet.", 1, 3),      // still the Ledger alone
			s("Not the Ledger.", 2, 6),               // does not cite it
			s("A copy is no second outlet.", 1, 4),   // alone: Bayside copied it
			s("", 1, 2),                              // no text: not shown, not counted
			s("A citation of no listed source.", 99), // counts for nothing
		},
		Lead: []news.Sentence{
			s("Its copy of the Courier backs nothing.", 5, 2), // alone: the same report
		},
		Sections: []news.Section{{Paragraphs: [][]news.Sentence{
			{s("A copy of the Ledger and another outlet.", 1, 4, 6)}, // corroborated by Metro Wire
			{s("An unlisted citation beside it.", 3, 99)},            // alone
		}}},
		Outlook: news.Outlook{Sentences: []news.Sentence{
			s("The Courier and its copy.", 5, 6), // corroborated by Metro Wire
		}},
	}
	threeOfFive := news.Page{
		Sources: []news.Source{{Ref: 1, Outlet: "The Harbor Ledger"}, {Ref: 2, Outlet: "Civic Report"}},
		Lead: []news.Sentence{
			s("One.", 1, 2), s("Two.", 2, 1), s("Three.", 1), s("Four.", 1, 2), s("Five.", 1), s("Not it.", 2),
		},
	}
	tests := []struct {
		name  string
		pages []news.Page
		want  corroboration
	}{
		{"copies and repeats", []news.Page{page}, corroboration{Pages: 1, Cited: 8, Corroborated: 3}},
		{"three of five", []news.Page{threeOfFive}, corroboration{Pages: 1, Cited: 5, Corroborated: 3}},
		{"both pages", []news.Page{page, threeOfFive}, corroboration{Pages: 2, Cited: 13, Corroborated: 6}},
		{"no pages", nil, corroboration{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corroborate("The Harbor Ledger", tt.pages); got != tt.want {
				t.Errorf("corroborate = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestCorroborationSummary(t *testing.T) {
	const ledger = "The Harbor Ledger"
	tests := []struct {
		c    corroboration
		want string
	}{
		{corroboration{Pages: 3, Cited: 5, Corroborated: 3},
			"Of 5 sentences on our pages that cite The Harbor Ledger, 3 (60%) are also reported by another outlet; the other 2 cite The Harbor Ledger alone."},
		{corroboration{Pages: 9, Cited: 42, Corroborated: 17},
			"Of 42 sentences on our pages that cite The Harbor Ledger, 17 (40%) are also reported by another outlet; the other 25 cite The Harbor Ledger alone."},
		{corroboration{Pages: 2, Cited: 3, Corroborated: 1},
			"Of 3 sentences on our pages that cite The Harbor Ledger, 1 (33%) is also reported by another outlet; the other 2 cite The Harbor Ledger alone."},
		{corroboration{Pages: 2, Cited: 300, Corroborated: 1},
			"Of 300 sentences on our pages that cite The Harbor Ledger, 1 (under 1%) is also reported by another outlet; the other 299 cite The Harbor Ledger alone."},
		{corroboration{Pages: 2, Cited: 300, Corroborated: 299},
			"Of 300 sentences on our pages that cite The Harbor Ledger, 299 (over 99%) are also reported by another outlet; the other one cites The Harbor Ledger alone."},
		{corroboration{Pages: 2, Cited: 4, Corroborated: 4},
			"Of 4 sentences on our pages that cite The Harbor Ledger, all 4 are also reported by another outlet."},
		{corroboration{Pages: 2, Cited: 4},
			"Of 4 sentences on our pages that cite The Harbor Ledger, none is also reported by another outlet: all 4 cite The Harbor Ledger alone."},
		{corroboration{Pages: 1, Cited: 1, Corroborated: 1},
			"One sentence on our pages cites The Harbor Ledger, and another outlet reports it too."},
		{corroboration{Pages: 1, Cited: 1},
			"One sentence on our pages cites The Harbor Ledger, and no other outlet reports it: it cites The Harbor Ledger alone."},
		{corroboration{Pages: 1},
			"No sentence on our pages cites The Harbor Ledger: its reports appear there only among the sources."},
		{corroboration{},
			"None of its latest reports is part of a published story yet, so no sentence on our pages cites The Harbor Ledger."},
		{corroboration{Unread: 2},
			"The pages of the stories its latest reports are part of could not be read just now, so there is nothing to count."},
	}
	for _, tt := range tests {
		if got := tt.c.Summary(ledger); got != tt.want {
			t.Errorf("%+v:\n got %q\nwant %q", tt.c, got, tt.want)
		}
	}
}

func TestCorroborationBasis(t *testing.T) {
	const copies = " A report that copies one of its reports, or that one of its reports copies, is not counted as another outlet."
	tests := []struct {
		c       corroboration
		reports int
		want    string
	}{
		{corroboration{Pages: 9}, 30, "Counted over the published pages of the 9 stories that its latest 30 reports are part of." + copies},
		{corroboration{Pages: 2, Unread: 1}, 12, "Counted over the published pages of the 2 stories that the 12 reports we have read from it are part of." + copies +
			" The page of one story could not be read just now and is left out."},
		{corroboration{Pages: 1, Unread: 3}, 1, "Counted over the published page of the one story that the one report we have read from it is part of." + copies +
			" The pages of 3 stories could not be read just now and are left out."},
		{corroboration{}, 30, ""},
	}
	for _, tt := range tests {
		if got := tt.c.Basis(tt.reports, 30); got != tt.want {
			t.Errorf("%+v over %d reports:\n got %q\nwant %q", tt.c, tt.reports, got, tt.want)
		}
	}
}
