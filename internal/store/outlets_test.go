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

// TestOutletStories: an outlet's stories are the published ones that one
// of its reports is part of, each once, latest first.
func TestOutletStories(t *testing.T) {
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
		vote := save(article(ledger, "http://ledger.test/vote", "The council voted to fund the Eastbank barrier on Saturday.", t0))
		vote2 := save(article(ledger, "http://ledger.test/vote-2", "The Eastbank barrier vote passed by two votes.", t0.Add(10*time.Minute)))
		levy := save(article(ledger, "http://ledger.test/levy", "A levy for the harbor walls goes to a vote in May.", t0.Add(time.Hour)))
		market := save(article(courier, "http://courier.test/market", "The night market on Quay Street opens again on Friday.", t0.Add(2*time.Hour)))
		other := save(article(courier, "http://courier.test/vote", "Council members approved money for a flood barrier in Eastbank.", t0.Add(30*time.Minute)))
		hidden := save(article(ledger, "http://ledger.test/quay", "Quay Street closes for repairs.", t0.Add(3*time.Hour)))
		page := func(id, headline string) *news.Page {
			return &news.Page{StoryID: id, Headline: headline, Published: t0, Updated: t0,
				Lead: []news.Sentence{{Text: headline + ".", Cites: []int{1}}}}
		}
		err := s.SaveStories(ctx, []StoryWrite{
			{Story: news.Story{ID: "barrier", ArticleIDs: []int64{vote, vote2, other}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(30 * time.Minute), Page: page("barrier", "Council funds Eastbank barrier")},
			{Story: news.Story{ID: "levy", ArticleIDs: []int64{levy}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(time.Hour), Page: page("levy", "Harbor levy goes to a vote")},
			{Story: news.Story{ID: "market", ArticleIDs: []int64{market}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(2 * time.Hour), Page: page("market", "Night market opens again")},
			{Story: news.Story{ID: "quay", ArticleIDs: []int64{hidden}, FirstSeen: t0, Updated: t0}, Latest: t0.Add(3 * time.Hour),
				Reason: "outlets", Refusal: "Only one outlet has reported it."},
		})
		if err != nil {
			t.Fatal(err)
		}
		ids := func(list []news.StorySummary) []string {
			var out []string
			for _, st := range list {
				out = append(out, st.ID)
			}
			return out
		}
		for _, tt := range []struct {
			slug  string
			limit int
			want  []string
		}{
			{"ledger", 10, []string{"levy", "barrier"}},
			{"ledger", 1, []string{"levy"}},
			{"courier", 10, []string{"market", "barrier"}},
			{"ledger", 0, nil},
		} {
			o, got, err := s.OutletStories(ctx, tt.slug, tt.limit)
			if err != nil {
				t.Fatalf("%s, limit %d: %v", tt.slug, tt.limit, err)
			}
			if o.Slug != tt.slug {
				t.Errorf("%s: outlet %+v", tt.slug, o)
			}
			if diff := cmp.Diff(tt.want, ids(got)); diff != "" {
				t.Errorf("%s, limit %d: stories (-want +got):\n%s", tt.slug, tt.limit, diff)
			}
		}
		if _, _, err := s.OutletStories(ctx, "no-such-outlet", 10); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("unknown slug: err = %v, want news.ErrNotFound", err)
		}
	})
}
