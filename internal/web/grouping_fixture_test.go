package web

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// StoryGrouping gives the grouping the fixture holds for story id, or
// fails with f.groupingErr, or with f.err.
func (f *fakeAdmin) StoryGrouping(_ context.Context, id string) (news.Grouping, error) {
	if f.err != nil {
		return news.Grouping{}, f.err
	}
	if f.groupingErr != nil {
		return news.Grouping{}, f.groupingErr
	}
	g, ok := f.groupings[id]
	if !ok {
		return news.Grouping{}, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	return g, nil
}

// groupingReader is the fixture reader that also explains groupings:
// those of groupings, whether the story is published or not.
type groupingReader struct {
	*fakeReader
	groupings map[string]news.Grouping
}

func (g groupingReader) StoryGrouping(_ context.Context, id string) (news.Grouping, error) {
	if err := g.fail[id]; err != nil {
		return news.Grouping{}, err
	}
	gr, ok := g.groupings[id]
	if !ok {
		return news.Grouping{}, fmt.Errorf("story %q: %w", id, news.ErrNotFound)
	}
	return gr, nil
}

func newGroupingReader() groupingReader {
	return groupingReader{newFixtureReader(), fixtureGroupings()}
}

// A secret that the public API must not give: what an editor wrote of
// a decision, and who made it.
const (
	editorNote = "private-note-5c1e: the two barrier reports are one event"
	editorName = "Ilse Brandt"
)

// fixtureGroupings are the groupings of the reader's fixtures: the river
// barrier's two reports, which an editor also kept together, and a
// story that has no page.
func fixtureGroupings() map[string]news.Grouping {
	first := testNow.Add(-30 * time.Hour)
	report := func(id int64, outlet, title string, at time.Time) news.StoryReport {
		slug := strings.ToLower(strings.ReplaceAll(outlet, " ", ""))
		return news.StoryReport{ID: id, Outlet: outlet, Title: title, URL: "https://" + slug + ".example/barrier", Published: at}
	}
	return map[string]news.Grouping{
		"river-barrier": {
			StoryID: "river-barrier", Threshold: 0.2, Window: 96 * time.Hour, Average: 0.38, Pairs: 1, Corpus: 40,
			First: first, Last: first.Add(5 * time.Hour),
			Reports: []news.GroupedReport{
				{StoryReport: report(311, "Valley Courier", "Dunmere flood barrier rises", first), Closest: 312, Similarity: 0.38, Compared: true},
				{StoryReport: report(312, "Metro Wire", "Barrier holds back the Dunmere river", first.Add(5*time.Hour)), Closest: 311, Similarity: 0.38, Compared: true},
			},
			Names:   []news.SharedWord{{Word: "Dunmere", Reports: 2}},
			Terms:   []news.SharedWord{{Word: "barrier", Reports: 2}, {Word: "flood", Reports: 2}},
			Numbers: []news.SharedWord{{Word: "4,200", Reports: 2}},
			Decisions: []news.GroupingDecision{{
				Decision: news.Decision{ID: 4, Kind: news.DecisionTogether, Articles: []int64{311, 312}, By: editorName, At: first.Add(6 * time.Hour), Note: editorNote},
				Together: []int64{311, 312},
			}},
		},
		"draft-story": {StoryID: "draft-story", Threshold: 0.2, Window: 96 * time.Hour,
			Reports: []news.GroupedReport{{StoryReport: report(401, "Metro Wire", "A draft", first)}}},
	}
}

// adminGroupings are the groupings of the admin fixture's stories: the
// pier story, whose third report is about something else, and the ferry
// story of one report, which an editor split off from two others.
func adminGroupings(f *fakeAdmin) map[string]news.Grouping {
	at := testNow.Add(-7 * time.Hour)
	pier := f.reports[pierStory]
	for i := range pier {
		pier[i].Published = at.Add(time.Duration(i) * 2 * time.Hour)
	}
	return map[string]news.Grouping{
		pierStory: {
			StoryID: pierStory, Threshold: 0.2, Window: 96 * time.Hour, Average: 0.19, Pairs: 3, Corpus: 57,
			First: pier[0].Published, Last: pier[2].Published,
			Reports: []news.GroupedReport{
				{StoryReport: pier[0], Closest: 102, Similarity: 0.52, Compared: true},
				{StoryReport: pier[1], Closest: 101, Similarity: 0.52, Compared: true},
				{StoryReport: pier[2], Closest: 101, Similarity: 0.04, Compared: true},
			},
			Names:   []news.SharedWord{{Word: "Dunmere", Reports: 2}, {Word: "Tarrow", Reports: 2}},
			Terms:   []news.SharedWord{{Word: "pier", Reports: 2}, {Word: "repairs", Reports: 2}},
			Numbers: []news.SharedWord{{Word: "1.8", Reports: 2}},
		},
		ferryStory: {
			StoryID: ferryStory, Threshold: 0.2, Window: 96 * time.Hour, Corpus: 12,
			First: at, Last: at,
			Reports:   []news.GroupedReport{{StoryReport: f.reports[ferryStory][0]}},
			Decisions: []news.GroupingDecision{{Decision: f.decisions[1], Taken: []int64{88}}},
		},
	}
}
