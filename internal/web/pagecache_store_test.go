package web

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// TestKeptPagesFollowTheStore runs the site over the SQLite store, whose
// page and site versions decide when a kept page is stale. Every kept
// address (the story page, the front page, the three feeds and the
// API's list) is served as kept until recheckAfter has passed, and then
// as the store has it: a rewritten headline shows, under a new ETag, to
// which the old one no longer answers 304; and a story merged into
// another leaves every list, its address leading to the story that took
// its reports.
func TestKeptPagesFollowTheStore(t *testing.T) {
	ctx := context.Background()
	clock := func() time.Time { return testNow }
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "desk.db"), store.WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	outlet, err := st.UpsertOutlet(ctx, news.Outlet{Slug: "harbor-ledger", Name: "Harbor Ledger", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		t.Fatal(err)
	}
	report := func(n int) int64 {
		t.Helper()
		u := fmt.Sprintf("http://harbor-ledger.example/%d", n)
		id, _, err := st.SaveArticle(ctx, news.Article{OutletID: outlet, URL: u, CanonicalURL: u, Text: fmt.Sprint("report ", n),
			Published: testNow.Add(-time.Hour), ContentHash: fmt.Sprint("h", n), Fingerprint: uint64(n) << 40})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	riverReport, faresReport := report(1), report(2)
	river, fares := riverBarrierPage(), transitFaresPage()
	save := func(updated time.Time, signature string, p news.Page, reports ...int64) store.StoryWrite {
		return store.StoryWrite{Story: news.Story{ID: p.StoryID, ArticleIDs: reports, FirstSeen: p.Published, Updated: updated},
			Latest: p.Published, Page: &p, Signature: signature}
	}
	if err := st.SaveStories(ctx, []store.StoryWrite{save(testNow, "1", river, riverReport), save(testNow, "1", fares, faresReport)}); err != nil {
		t.Fatal(err)
	}

	now := testNow
	h, _ := newTestHandler(t, st, func(o *Options) { o.Now = func() time.Time { return now } })
	addresses := []string{"/stories/river-barrier", "/", atomPath, rssPath, jsonPath, "/api/stories"}
	first := map[string]string{}
	etags := map[string]string{}
	for _, a := range addresses {
		rec := get(t, h, a)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), river.Headline) {
			t.Fatalf("GET %s: %d, without the headline %q", a, rec.Code, river.Headline)
		}
		first[a], etags[a] = rec.Body.String(), rec.Header().Get("ETag")
	}

	const rewritten = "Harbor City council delays the Eastbank flood barrier"
	river.Headline = rewritten
	if err := st.SaveStories(ctx, []store.StoryWrite{save(testNow.Add(time.Minute), "2", river, riverReport)}); err != nil {
		t.Fatal(err)
	}
	for _, a := range addresses {
		if got := get(t, h, a).Body.String(); got != first[a] {
			t.Errorf("GET %s within %v of its check: not the kept page", a, recheckAfter)
		}
	}
	now = now.Add(2 * recheckAfter)
	for _, a := range addresses {
		rec := get(t, h, a)
		if body := rec.Body.String(); !strings.Contains(body, rewritten) || strings.Contains(body, riverBarrierPage().Headline) {
			t.Errorf("GET %s after the story was rewritten: not the rewritten headline", a)
		}
		if etag := rec.Header().Get("ETag"); etag == "" || etag == etags[a] {
			t.Errorf("GET %s: ETag %q after the story was rewritten, before %q", a, etag, etags[a])
		}
		if old := request(t, h, http.MethodGet, a, map[string]string{"If-None-Match": etags[a]}); old.Code != http.StatusOK || old.Body.String() != rec.Body.String() {
			t.Errorf("GET %s with the ETag from before the rewrite: %d; want 200 and the new page", a, old.Code)
		}
		if cur := request(t, h, http.MethodGet, a, map[string]string{"If-None-Match": rec.Header().Get("ETag")}); cur.Code != http.StatusNotModified || cur.Body.Len() != 0 {
			t.Errorf("GET %s with its current ETag: %d and %d bytes; want 304 and none", a, cur.Code, cur.Body.Len())
		}
	}

	// The fares story's report joins the river story, and the fares
	// story, left with none, goes.
	if got := get(t, h, "/stories/transit-fares"); got.Code != http.StatusOK {
		t.Fatalf("GET /stories/transit-fares before the merge: %d", got.Code)
	}
	if err := st.SaveStories(ctx, []store.StoryWrite{save(testNow.Add(2*time.Minute), "3", river, riverReport, faresReport)}); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * recheckAfter)
	for _, a := range addresses[1:] {
		if body := get(t, h, a).Body.String(); strings.Contains(body, fares.Headline) || !strings.Contains(body, rewritten) {
			t.Errorf("GET %s after the merge: still lists %q, or lost %q", a, fares.Headline, rewritten)
		}
	}
	if got := get(t, h, "/stories/transit-fares"); got.Code != http.StatusMovedPermanently || got.Header().Get("Location") != "/stories/river-barrier" {
		t.Errorf("GET /stories/transit-fares after the merge: %d to %q; want 301 to the river story", got.Code, got.Header().Get("Location"))
	}
}
