package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// A story whose reports join other stories leads to the one that took
// most of them; a redirect follows its target when that merges in turn,
// stays while a rewrite of the target is refused (its page stays), leads
// nowhere while the target has never been published, and ends when the
// old ID is a story again.
func TestMergedStoriesRedirect(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		ids := ledgerReports(t, s, 6)
		story := func(id string, published bool, members ...int64) StoryWrite {
			w := StoryWrite{Story: news.Story{ID: id, ArticleIDs: members, FirstSeen: t0, Updated: t0}, Latest: t0}
			if published {
				w.Page = &news.Page{StoryID: id, Headline: "Story " + id, Published: t0, Updated: t0}
			}
			return w
		}
		save := func(ws ...StoryWrite) {
			t.Helper()
			if err := s.SaveStories(ctx, ws); err != nil {
				t.Fatal(err)
			}
		}
		movedTo := func(id string) string {
			t.Helper()
			to, err := s.StoryMovedTo(ctx, id)
			if errors.Is(err, news.ErrNotFound) {
				return ""
			}
			if err != nil {
				t.Fatal(err)
			}
			return to
		}
		save(story("a", true, ids[0], ids[1], ids[2]), story("b", true, ids[3]), story("c", true, ids[4], ids[5]))
		if got := movedTo("a"); got != "" {
			t.Fatalf("a live story redirects to %q", got)
		}

		// a splits: two of its reports join c, one joins b
		save(story("b", true, ids[3], ids[0]), story("c", true, ids[4], ids[5], ids[1], ids[2]))
		if got := movedTo("a"); got != "c" {
			t.Errorf("a leads to %q, want c (which took two of its three reports)", got)
		}
		// c merges into b: the redirect of a follows
		save(story("b", true, ids...))
		if got, got2 := movedTo("a"), movedTo("c"); got != "b" || got2 != "b" {
			t.Errorf("a leads to %q and c to %q; want b for both", got, got2)
		}
		// b refused on a rewrite: its page stays, and so do the redirects
		save(story("b", false, ids...))
		if got := movedTo("c"); got != "b" {
			t.Errorf("c leads to %q, want b, whose page stays after a refused rewrite", got)
		}
		// all of b's reports go to e, which was never published: nothing
		// to lead to
		save(story("e", false, ids...))
		if got, got2 := movedTo("b"), movedTo("a"); got != "" || got2 != "" {
			t.Errorf("b leads to %q and a to %q while e is unpublished; want none", got, got2)
		}
		// c is a story again: its redirect ends, a's leads to e, now published
		save(story("e", true, ids[:3]...), story("c", true, ids[3:]...))
		if got, got2 := movedTo("c"), movedTo("a"); got != "" || got2 != "e" {
			t.Errorf("after c came back: c leads to %q, a to %q; want none and e", got, got2)
		}
	})
}

// A refused rewrite keeps the story's page and records why; a new page
// keeps the one it replaces among the story's earlier pages, up to
// keptVersions of them; unpublished stories are listed with their reason.
func TestRefusalsKeepPages(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		ids := ledgerReports(t, s, 3)
		page := func(id, headline string) *news.Page {
			return &news.Page{StoryID: id, Headline: headline, Published: t0, Updated: t0}
		}
		save := func(w StoryWrite) {
			t.Helper()
			w.Latest = t0
			if err := s.SaveStories(ctx, []StoryWrite{w}); err != nil {
				t.Fatal(err)
			}
		}
		story := news.Story{ID: "a", ArticleIDs: ids[:2], FirstSeen: t0, Updated: t0}
		save(StoryWrite{Story: story, Page: page("a", "First")})
		save(StoryWrite{Story: story, Reason: "failed_verification", Refusal: "1 sentence failed"})
		got, err := s.Page(ctx, "a")
		if err != nil || got.Headline != "First" {
			t.Fatalf("after a refused rewrite: page %q, %v; want the first page kept", got.Headline, err)
		}
		st, err := s.StoryStatus(ctx, "a")
		if err != nil || !st.Published || st.Reason != "failed_verification" || st.Refusal != "1 sentence failed" || st.Articles != 2 || st.Outlets != 1 {
			t.Errorf("status %+v, %v; want published, with the refusal recorded, 2 reports from 1 outlet", st, err)
		}
		for k := range keptVersions + 2 {
			save(StoryWrite{Story: story, Page: page("a", fmt.Sprint("Version ", k+2))})
		}
		st, _ = s.StoryStatus(ctx, "a")
		if st.Reason != "" || st.Refusal != "" {
			t.Errorf("a new page left the refusal: %+v", st)
		}
		versions, err := s.PageHistory(ctx, "a", 0)
		if err != nil || len(versions) != keptVersions+1 || versions[1].Page.Headline != fmt.Sprint("Version ", keptVersions+2) {
			t.Fatalf("versions: %d, %v; want the page and %d earlier ones, the newest of those the one before the page", len(versions), err, keptVersions)
		}

		save(StoryWrite{Story: news.Story{ID: "b", ArticleIDs: ids[2:], FirstSeen: t0, Updated: t0},
			Reason: "too_few_outlets", Refusal: "1 report from 1 independent outlet"})
		list, err := s.UnpublishedStories(ctx, 10)
		if err != nil || len(list) != 1 || list[0].ID != "b" || list[0].Headline != "T http://ledger.test/2" || list[0].Reason != "too_few_outlets" {
			t.Errorf("unpublished %+v, %v; want b, titled by its report, with its reason", list, err)
		}
		all, err := s.StoryStatuses(ctx, false, 10, 0)
		if err != nil || len(all) != 2 {
			t.Errorf("all stories %+v, %v; want a and b", all, err)
		}
	})
}

// ledgerReports stores n reports of one outlet, an hour apart, and
// returns their IDs.
func ledgerReports(t *testing.T, s *Store, n int) []int64 {
	t.Helper()
	o := mustOutlet(t, s, "ledger", news.Left)
	var ids []int64
	for i := range n {
		id, _, err := s.SaveArticle(context.Background(), article(o, fmt.Sprint("http://ledger.test/", i), fmt.Sprint("report number ", i), t0.Add(time.Duration(i)*time.Hour)))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// An article stored with text and in no story is unwritten until a story
// takes it in; an old one is not looked at.
func TestHasUnwritten(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		ids := ledgerReports(t, s, 2)
		has := func(since time.Time) bool {
			t.Helper()
			ok, err := s.HasUnwritten(ctx, since)
			if err != nil {
				t.Fatal(err)
			}
			return ok
		}
		if !has(t0) {
			t.Errorf("two new reports in no story: none unwritten")
		}
		if err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "a", ArticleIDs: ids[:1], FirstSeen: t0, Updated: t0}, Latest: t0}}); err != nil {
			t.Fatal(err)
		}
		if !has(t0) || has(t0.Add(2*time.Hour)) {
			t.Errorf("after one was written: want the other unwritten, and nothing after its time")
		}
		if err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "a", ArticleIDs: ids, FirstSeen: t0, Updated: t0}, Latest: t0}}); err != nil {
			t.Fatal(err)
		}
		if has(t0) {
			t.Errorf("every report in a story, yet some unwritten")
		}
	})
}
