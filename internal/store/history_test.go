package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// A story's versions come newest first, the published page numbered one
// above the newest earlier page, each with the time it was written; a
// refused rewrite adds none; past keptVersions the oldest go and the rest
// keep their numbers; a story without a published page, never published
// or merged away, has none, and one that comes back begins anew.
func TestPageHistory(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		ids := ledgerReports(t, s, 2)
		// write saves the page of story "a", written k hours after t0.
		write := func(k int, headline string) {
			t.Helper()
			at := t0.Add(time.Duration(k) * time.Hour)
			w := StoryWrite{Story: news.Story{ID: "a", ArticleIDs: ids, FirstSeen: t0, Updated: at}, Latest: t0,
				Page: &news.Page{StoryID: "a", Headline: headline, Published: t0, Updated: at}}
			if err := s.SaveStories(ctx, []StoryWrite{w}); err != nil {
				t.Fatal(err)
			}
		}
		type version struct {
			Number   int
			Headline string
			Updated  time.Time
		}
		history := func(limit int) []version {
			t.Helper()
			vs, err := s.PageHistory(ctx, "a", limit)
			if err != nil {
				t.Fatal(err)
			}
			var out []version
			for _, v := range vs {
				out = append(out, version{v.Number, v.Page.Headline, v.Page.Updated.UTC()})
			}
			return out
		}

		if _, err := s.PageHistory(ctx, "a", 0); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("versions of an unknown story: %v, want ErrNotFound", err)
		}
		write(0, "Dunmere bridge shut")
		if diff := cmp.Diff([]version{{1, "Dunmere bridge shut", t0}}, history(0)); diff != "" {
			t.Errorf("a first page (-want +got):\n%s", diff)
		}
		write(1, "Dunmere bridge shut after crack found")
		write(2, "Dunmere bridge to stay shut until May")
		want := []version{
			{3, "Dunmere bridge to stay shut until May", t0.Add(2 * time.Hour)},
			{2, "Dunmere bridge shut after crack found", t0.Add(time.Hour)},
			{1, "Dunmere bridge shut", t0},
		}
		if diff := cmp.Diff(want, history(0)); diff != "" {
			t.Errorf("three pages (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(want[:2], history(2)); diff != "" {
			t.Errorf("the latest two (-want +got):\n%s", diff)
		}

		refused := StoryWrite{Story: news.Story{ID: "a", ArticleIDs: ids, FirstSeen: t0, Updated: t0.Add(3 * time.Hour)}, Latest: t0,
			Reason: "failed_verification", Refusal: "1 sentence failed"}
		if err := s.SaveStories(ctx, []StoryWrite{refused}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, history(0)); diff != "" {
			t.Errorf("after a refused rewrite (-want +got):\n%s", diff)
		}

		for k := 4; k < 4+keptVersions; k++ {
			write(k, fmt.Sprint("Dunmere bridge, update ", k))
		}
		got := history(0)
		if len(got) != keptVersions+1 {
			t.Fatalf("%d versions, want the page and %d earlier ones", len(got), keptVersions)
		}
		last := 3 + keptVersions
		for i, v := range got {
			if n := last - i; v.Number != n {
				t.Errorf("version %d of the list is number %d, want %d", i, v.Number, n)
			}
		}
		if top := got[0]; top.Headline != fmt.Sprint("Dunmere bridge, update ", 3+keptVersions) || !top.Updated.Equal(t0.Add(time.Duration(3+keptVersions)*time.Hour)) {
			t.Errorf("the published page is listed as %+v", top)
		}
		if oldest := got[len(got)-1]; oldest.Headline != "Dunmere bridge to stay shut until May" {
			t.Errorf("the oldest kept is %q, want the third page", oldest.Headline)
		}

		// b takes every report of a, which goes, its earlier pages with
		// nothing published to be versions of.
		b := StoryWrite{Story: news.Story{ID: "b", ArticleIDs: ids, FirstSeen: t0, Updated: t0}, Latest: t0,
			Page: &news.Page{StoryID: "b", Headline: "Tarrow road reopens", Published: t0, Updated: t0}}
		if err := s.SaveStories(ctx, []StoryWrite{b}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PageHistory(ctx, "a", 0); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("versions of a story merged away: %v, want ErrNotFound", err)
		}
		// the reports go back to a: a story again, its history begins anew
		write(20, "Dunmere bridge reopens")
		if diff := cmp.Diff([]version{{1, "Dunmere bridge reopens", t0.Add(20 * time.Hour)}}, history(0)); diff != "" {
			t.Errorf("a story again after it went (-want +got):\n%s", diff)
		}
	})
}
