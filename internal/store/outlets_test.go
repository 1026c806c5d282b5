package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// TestOutletReports: an outlet's reports come newest first, the later
// stored first among reports of the same time, without the ones whose
// extraction failed nor other outlets' reports, each with its story only
// when that story is published; the limit holds, and an unknown slug is
// news.ErrNotFound.
func TestOutletReports(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		ledger := mustOutlet(t, s, "ledger", news.LeanLeft)
		courier := mustOutlet(t, s, "courier", news.Center)
		save := func(a news.Article) int64 {
			t.Helper()
			id, _, err := s.SaveArticle(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		vote := article(ledger, "http://ledger.test/vote?from=feed", "The council voted to fund the Eastbank barrier on Saturday.", t0)
		vote.CanonicalURL = "http://ledger.test/vote"
		idVote := save(vote)
		save(article(ledger, "http://ledger.test/ferry", "The Dunmere ferry keeps its winter timetable until April.", t0))
		idLevy := save(article(ledger, "http://ledger.test/levy", "A levy for the harbor walls goes to a vote in May.", t0.Add(time.Hour)))
		save(article(ledger, "http://ledger.test/market", "The night market on Quay Street opens again on Friday.", t0.Add(2*time.Hour)))
		save(news.Article{OutletID: ledger, URL: "http://ledger.test/broken", Published: t0.Add(3 * time.Hour), Error: "extract: no content"})
		idOther := save(article(courier, "http://courier.test/vote", "Council members approved money for a flood barrier in Eastbank.", t0.Add(30*time.Minute)))

		page := &news.Page{StoryID: "barrier", Headline: "Council funds Eastbank barrier", Published: t0, Updated: t0,
			Lead: []news.Sentence{{Text: "The council funded the barrier.", Cites: []int{1, 2}}}}
		err := s.SaveStories(ctx, []StoryWrite{
			{Story: news.Story{ID: "barrier", ArticleIDs: []int64{idVote, idOther}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(30 * time.Minute), Page: page},
			{Story: news.Story{ID: "levy", ArticleIDs: []int64{idLevy}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(time.Hour),
				Reason: "outlets", Refusal: "Only one outlet has reported it."},
		})
		if err != nil {
			t.Fatal(err)
		}

		all := []news.OutletReport{
			{Title: "T http://ledger.test/market", URL: "http://ledger.test/market", Published: t0.Add(2 * time.Hour)},
			{Title: "T http://ledger.test/levy", URL: "http://ledger.test/levy", Published: t0.Add(time.Hour)},
			{Title: "T http://ledger.test/ferry", URL: "http://ledger.test/ferry", Published: t0},
			{Title: "T http://ledger.test/vote?from=feed", URL: "http://ledger.test/vote", Published: t0,
				StoryID: "barrier", StoryHeadline: "Council funds Eastbank barrier"},
		}
		tests := []struct {
			limit int
			want  []news.OutletReport
		}{
			{10, all},
			{2, all[:2]},
			{0, nil},
		}
		for _, tt := range tests {
			o, got, err := s.OutletReports(ctx, "ledger", tt.limit)
			if err != nil {
				t.Fatalf("limit %d: %v", tt.limit, err)
			}
			if o.ID != ledger || o.Slug != "ledger" || o.Rating.Lean != news.LeanLeft {
				t.Errorf("limit %d: outlet = %+v, want the ledger", tt.limit, o)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("limit %d: reports (-want +got):\n%s", tt.limit, diff)
			}
		}

		if _, _, err := s.OutletReports(ctx, "no-such-outlet", 10); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("unknown slug: err = %v, want news.ErrNotFound", err)
		}
		quiet := mustOutlet(t, s, "quiet", news.Unrated)
		o, got, err := s.OutletReports(ctx, "quiet", 10)
		if err != nil || o.ID != quiet || len(got) != 0 {
			t.Errorf("outlet without reports: %+v, %+v, %v; want it and no reports", o, got, err)
		}
	})
}
