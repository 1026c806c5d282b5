package web

import (
	"context"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// historyReader is the fixture reader with kept versions: for each story,
// its earlier pages, newest first, numbered up to the published page.
type historyReader struct {
	*fakeReader
	earlier map[string][]news.Page
}

func (h *historyReader) PageHistory(ctx context.Context, id string, limit int) ([]news.PageVersion, error) {
	p, err := h.Page(ctx, id)
	if err != nil {
		return nil, err
	}
	old := h.earlier[id]
	out := []news.PageVersion{{Number: len(old) + 1, Page: p}}
	for i, e := range old {
		out = append(out, news.PageVersion{Number: len(old) - i, Page: e})
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// newHistoryReader is the fixture reader with two more stories: the
// Dunmere footbridge, written three times, and a copy of its latest page
// whose only earlier version had another headline.
func newHistoryReader() *historyReader {
	fr := newFixtureReader()
	pages := dunmereVersions()
	fr.pages["dunmere-bridge"] = pages[0]
	reworded := pages[0]
	reworded.StoryID = "dunmere-reworded"
	fr.pages["dunmere-reworded"] = reworded
	before := reworded
	before.Headline = "Dunmere footbridge shut until May"
	before.Updated = reworded.Updated.Add(-time.Hour)
	fr.moved = map[string]string{"dunmere-ferry": "dunmere-bridge"}
	return &historyReader{fakeReader: fr, earlier: map[string][]news.Page{
		"dunmere-bridge":   pages[1:],
		"dunmere-reworded": {before},
	}}
}

// Sources of the Dunmere footbridge story.
var (
	dunmerePost    = news.Source{Outlet: "Dunmere Post", Lean: news.Center, LeanLabel: "Center", Title: "Footbridge closed after crack found", URL: "https://dunmerepost.example/bridge-closed"}
	tarrowCourier  = news.Source{Outlet: "Tarrow Courier", Lean: news.LeanLeft, LeanLabel: "Lean Left", Title: "Dunmere footbridge shut", URL: "https://tarrowcourier.example/news/footbridge"}
	northfold      = news.Source{Outlet: "Northfold Herald", Lean: news.LeanRight, LeanLabel: "Lean Right", Title: "Ferry to replace Dunmere footbridge", URL: "https://northfoldherald.example/2026/02/21/ferry"}
	eastwickReopen = news.Source{Outlet: "Eastwick Radio", Lean: news.Center, LeanLabel: "Center", Title: "Footbridge to reopen in May, says council", URL: "https://eastwickradio.example/a/101"}
	eastwickCost   = news.Source{Outlet: "Eastwick Radio", Lean: news.Center, LeanLabel: "Center", Title: "Bridge repairs to cost 2 million crowns", URL: "https://eastwickradio.example/a/102"}
)

// Sentences of the Dunmere footbridge story, as each version cites them.
const (
	senClosed    = "The Dunmere footbridge closed on Monday after engineers found a crack in its main span."
	senEngineers = "Engineers closed the footbridge between Dunmere and Tarrow on Monday morning."
	senMarsh     = "Lena Marsh, the town engineer, said repairs could take weeks."
	senFerry     = "A ferry will run between Dunmere and Tarrow while the footbridge is shut."
	senMay       = "According to Eastwick Radio, the footbridge will reopen in May."
	senCost      = "Repairs are expected to cost 2 million crowns."
	senLowe      = "The footbridge between Dunmere and Tarrow will stay shut until May, council leader Paul Lowe said on Tuesday."
	senBrandt    = "Ilse Brandt, who runs the ferry, said it would carry up to 40 people a crossing."
)

// dunmereVersions returns the three versions of the Dunmere footbridge
// story, newest first. The second adds a report and one sentence, and
// moves one from a section into the highlights; the third renumbers the
// sources, adds two reports of one outlet and four sentences.
func dunmereVersions() []news.Page {
	published := time.Date(2026, 2, 21, 8, 0, 0, 0, time.UTC)
	ref := func(src news.Source, n int) news.Source {
		src.Ref = n
		src.Published = published
		return src
	}
	page := func(headline string, updated time.Time, sources ...news.Source) news.Page {
		return news.Page{
			StoryID: "dunmere-bridge", Headline: headline, Language: "en", Published: published, Updated: updated,
			Byline:  news.Byline{Desk: "The Unbiased Post desk", Articles: len(sources), Outlets: len(sources)},
			Outlook: news.Outlook{None: news.NoOutlook},
			Coverage: news.Coverage{Total: len(sources), ByLean: []news.LeanCount{
				{Lean: news.LeanLeft, Label: "Lean Left", Count: 1, Percent: 50},
				{Lean: news.Center, Label: "Center", Count: 1, Percent: 50},
			}},
			Sources: sources,
		}
	}
	section := func(sentences ...news.Sentence) []news.Section {
		return []news.Section{{Anchor: "repairs", Title: "Repairs", Paragraphs: [][]news.Sentence{sentences}}}
	}

	v1 := page("Dunmere footbridge closed after crack found", published, ref(dunmerePost, 1), ref(tarrowCourier, 2))
	v1.Highlights = []news.Sentence{s(senClosed, 1, 2)}
	v1.Lead = []news.Sentence{s(senEngineers, 1, 2)}
	v1.Sections = section(s(senMarsh, 1))

	v2 := page("Ferry to run while Dunmere footbridge is shut", published.Add(7*time.Hour+30*time.Minute),
		ref(dunmerePost, 1), ref(tarrowCourier, 2), ref(northfold, 3))
	v2.Highlights = []news.Sentence{s(senClosed, 1, 2), s(senMarsh, 1), s(senFerry, 3)}
	v2.Lead = []news.Sentence{s(senEngineers, 1, 2)}
	v2.Sections = section(s(senEngineers, 1, 2))

	v3 := page("Dunmere footbridge to stay shut until May", time.Date(2026, 2, 22, 9, 15, 0, 0, time.UTC),
		ref(northfold, 1), ref(dunmerePost, 2), ref(tarrowCourier, 3), ref(eastwickReopen, 4), ref(eastwickCost, 5))
	v3.Highlights = []news.Sentence{
		{Text: senMay, Cites: []int{4}, AttributedTo: "Eastwick Radio"},
		s(senClosed, 2, 3), s(senFerry, 1), s(senCost, 1, 5),
	}
	v3.Lead = []news.Sentence{s(senLowe, 2, 4), s(senBrandt, 1, 5)}
	v3.Sections = section(s(senMarsh, 2), s(senEngineers, 2, 3))
	return []news.Page{v3, v2, v1}
}
