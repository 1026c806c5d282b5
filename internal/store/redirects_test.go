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
// leads nowhere while the target is unpublished, and ends when the old ID
// is a story again.
func TestMergedStoriesRedirect(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Left)
		var ids []int64
		for i := range 6 {
			id, _, err := s.SaveArticle(ctx, article(o, fmt.Sprint("http://ledger.test/", i), fmt.Sprint("report number ", i), t0.Add(time.Duration(i)*time.Hour)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
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
		// b unpublished: nothing to lead to
		save(story("b", false, ids...))
		if got := movedTo("c"); got != "" {
			t.Errorf("c leads to unpublished %q", got)
		}
		// c is a story again: its redirect ends, a's stays with b
		save(story("b", true, ids[:3]...), story("c", true, ids[3:]...))
		if got, got2 := movedTo("c"), movedTo("a"); got != "" || got2 != "b" {
			t.Errorf("after c came back: c leads to %q, a to %q; want none and b", got, got2)
		}
	})
}
