package store

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestDecisions: decisions come back as recorded, oldest first; a bad
// one is refused with the reason.
func TestDecisions(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		later := news.Decision{Kind: news.DecisionApart, Articles: []int64{3}, Others: []int64{1, 2}, By: "Ilse Brandt", At: t0.Add(time.Hour), Note: "another pier"}
		first := news.Decision{Kind: news.DecisionTogether, Articles: []int64{1, 2, 3}, By: "Lena Marsh", At: t0}
		for _, d := range []news.Decision{later, first} {
			if _, err := s.AddDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.Decisions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			got[i].ID = 0
		}
		first.Others = []int64{}
		if diff := cmp.Diff([]news.Decision{first, later}, got); diff != "" {
			t.Errorf("decisions (-want +got):\n%s", diff)
		}
		for _, bad := range []news.Decision{{Kind: "merge", Articles: []int64{1}}, {Kind: news.DecisionApart, Articles: []int64{1}}, {Kind: news.DecisionTogether}} {
			if _, err := s.AddDecision(ctx, bad); err == nil {
				t.Errorf("AddDecision(%+v) recorded it", bad)
			}
		}
	})
}

// TestArticlesBetweenAndReportTimes: ArticlesBetween keeps the reports
// published inside its bounds, both included, and StoryReports gives each
// report's time: what a story's grouping is explained from.
func TestArticlesBetweenAndReportTimes(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "tarrow-gazette", news.Center)
		var ids []int64
		for i, h := range []int{0, 24, 48, 72} {
			id, _, err := s.SaveArticle(ctx, article(o, "http://tarrow.test/"+string(rune('a'+i)), "Harbour report number "+string(rune('a'+i)), t0.Add(time.Duration(h)*time.Hour)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		got, err := s.ArticlesBetween(ctx, t0.Add(24*time.Hour), t0.Add(48*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []int64
		for _, a := range got {
			gotIDs = append(gotIDs, a.ID)
		}
		if diff := cmp.Diff(ids[1:3], gotIDs); diff != "" {
			t.Errorf("reports between (-want +got):\n%s", diff)
		}
		if err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "harbour", ArticleIDs: ids[2:], FirstSeen: t0, Updated: t0}}}); err != nil {
			t.Fatal(err)
		}
		reports, err := s.StoryReports(ctx, "harbour")
		if err != nil {
			t.Fatal(err)
		}
		if len(reports) != 2 || !reports[0].Published.Equal(t0.Add(48*time.Hour)) || !reports[1].Published.Equal(t0.Add(72*time.Hour)) {
			t.Errorf("reports %+v, want the two latest with their times", reports)
		}
	})
}
