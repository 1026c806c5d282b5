package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// eachStore runs body once on a new SQLite store and once on a new
// PostgreSQL store (in a schema of its own, see testenv.PostgresSchema),
// as the subtests "sqlite" and "postgres". The postgres one skips, with
// the reason logged, when no server is given.
func eachStore(t *testing.T, body func(t *testing.T, s *Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		body(t, openTest(t, filepath.Join(t.TempDir(), "desk.db")))
	})
	t.Run("postgres", func(t *testing.T) {
		t.Parallel()
		body(t, openTest(t, testenv.PostgresSchema(t)))
	})
}

// eachDSN is eachStore for tests that open the store themselves: body
// gets a DSN of an empty database of each kind.
func eachDSN(t *testing.T, body func(t *testing.T, dsn string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		body(t, filepath.Join(t.TempDir(), "desk.db"))
	})
	t.Run("postgres", func(t *testing.T) {
		t.Parallel()
		body(t, testenv.PostgresSchema(t))
	})
}

func openTest(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn, WithClock(func() time.Time { return t0 }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustOutlet(t *testing.T, s *Store, slug string, lean news.Lean) int64 {
	t.Helper()
	id, err := s.UpsertOutlet(context.Background(), news.Outlet{Slug: slug, Name: "The " + slug, Rating: news.Rating{Lean: lean, Rater: "tests", RatedAt: t0}})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func article(outlet int64, url, body string, published time.Time) news.Article {
	return news.Article{
		OutletID: outlet, URL: url, CanonicalURL: url, Title: "T " + url, Text: body,
		Published: published, ContentHash: text.ContentHash(body), Fingerprint: text.SimHash(body),
	}
}

func TestOpenTwiceMigratesOnce(t *testing.T) {
	eachDSN(t, func(t *testing.T, dsn string) {
		for i := 0; i < 2; i++ {
			s, err := Open(context.Background(), dsn)
			if err != nil {
				t.Fatalf("open %d: %v", i, err)
			}
			s.Close()
		}
	})
}

// A PostgreSQL URL is never taken for a file name, and its password is
// kept out of the error.
func TestOpenPostgresUnreachable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, dsn := range []string{"postgres://desk:hunter2@127.0.0.1:1/x?connect_timeout=2", "postgresql://desk:hunter2@127.0.0.1:1/x?connect_timeout=2"} {
		s, err := Open(ctx, dsn)
		if err == nil {
			s.Close()
			t.Fatalf("Open(%s) succeeded with nothing listening", dsn)
		}
		if strings.Contains(err.Error(), "hunter2") || !strings.Contains(err.Error(), "127.0.0.1:1") {
			t.Errorf("Open(%s): %v; want the address without the password", dsn, err)
		}
	}
	if _, err := os.Stat("postgres:"); err == nil {
		t.Error("a file named postgres: was created")
	}
}

func TestOutletsAndFeeds(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		id := mustOutlet(t, s, "ledger", news.LeanLeft)
		if again := mustOutlet(t, s, "ledger", news.Center); again != id {
			t.Fatalf("upsert gave a new id %d, want %d", again, id)
		}
		o, err := s.OutletBySlug(ctx, "ledger")
		if err != nil {
			t.Fatal(err)
		}
		if o.Rating.Lean != news.Center || o.Rating.Rater != "tests" || !o.Rating.RatedAt.Equal(t0) {
			t.Errorf("outlet rating = %+v", o.Rating)
		}
		if _, err := s.OutletBySlug(ctx, "nope"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("missing outlet: err = %v, want ErrNotFound", err)
		}
		fid, err := s.AddFeed(ctx, news.Feed{OutletID: id, URL: "http://ledger.test/feed"})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.RecordFeedError(ctx, fid, "status 503"); err != nil {
			t.Fatal(err)
		}
		if err := s.RecordFeedError(ctx, fid, "status 503"); err != nil {
			t.Fatal(err)
		}
		f, err := s.FeedByURL(ctx, "http://ledger.test/feed")
		if err != nil {
			t.Fatal(err)
		}
		if f.Failures != 2 || f.LastError != "status 503" || !f.LastSuccessAt.IsZero() {
			t.Errorf("after two errors: %+v", f)
		}
		if err := s.RecordFeedSuccess(ctx, fid, "Ledger", `"v1"`, "Sun, 01 Mar 2026 09:00:00 GMT", 2); err != nil {
			t.Fatal(err)
		}
		f, _ = s.FeedByURL(ctx, "http://ledger.test/feed")
		want := news.Feed{ID: fid, OutletID: id, URL: "http://ledger.test/feed", Title: "Ledger", ETag: `"v1"`,
			LastModified: "Sun, 01 Mar 2026 09:00:00 GMT", LastCheckedAt: t0, LastSuccessAt: t0,
			CreatedAt: t0, NextCheckAt: t0, Interval: 15 * time.Minute, LastNewAt: t0}
		if diff := cmp.Diff(want, f); diff != "" {
			t.Errorf("after success (-want +got):\n%s", diff)
		}
	})
}

func TestSaveArticleIsIdempotent(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Left)
		a := article(o, "http://ledger.test/a", "The council voted to close the north bridge for repairs.", t0)
		id1, created1, err := s.SaveArticle(ctx, a)
		if err != nil || !created1 {
			t.Fatalf("first save: id %d created %v err %v", id1, created1, err)
		}
		id2, created2, err := s.SaveArticle(ctx, a)
		if err != nil || created2 || id2 != id1 {
			t.Fatalf("second save: id %d created %v err %v; want id %d, not created", id2, created2, err, id1)
		}
		// same text under another URL of the same outlet is the same article
		b := a
		b.URL, b.CanonicalURL = "http://ledger.test/a?amp", "http://ledger.test/amp/a"
		id3, created3, err := s.SaveArticle(ctx, b)
		if err != nil || created3 || id3 != id1 {
			t.Fatalf("same hash save: id %d created %v err %v", id3, created3, err)
		}
		total, failed, _ := s.ArticleCounts(ctx)
		if total != 1 || failed != 0 {
			t.Errorf("counts = %d, %d; want 1, 0", total, failed)
		}
		ok, _ := s.HasArticle(ctx, "http://ledger.test/a", "http://ledger.test/a")
		if !ok {
			t.Error("HasArticle = false for a stored article")
		}
		// The feed's link may differ from the canonical address the
		// page declares: the article is known by either.
		if ok, _ := s.HasArticle(ctx, "http://ledger.test/a?edition=rss", "http://ledger.test/a"); !ok {
			t.Error("HasArticle = false for a stored article's feed link")
		}
	})
}

// TestArticleImageRoundTrip: the image and the page's caption for it
// come back as stored.
func TestArticleImageRoundTrip(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Left)
		a := article(o, "http://ledger.test/pier", "The council voted to close the east pier for the winter.", t0)
		a.ImageURL, a.ImageCaption = "http://ledger.test/img/pier.jpg", "Divers inspect the east pier at low tide"
		if _, _, err := s.SaveArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		refs, err := s.Articles(ctx, t0.Add(-time.Hour))
		if err != nil || len(refs) != 1 {
			t.Fatalf("Articles = %d, %v", len(refs), err)
		}
		if got := refs[0].Article; got.ImageURL != a.ImageURL || got.ImageCaption != a.ImageCaption {
			t.Errorf("image %q captioned %q, want %q captioned %q", got.ImageURL, got.ImageCaption, a.ImageURL, a.ImageCaption)
		}
	})
}

func TestFailedArticleIsRetried(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Left)
		failed := news.Article{OutletID: o, URL: "http://ledger.test/b", Published: t0, Error: "extract: no content"}
		if _, _, err := s.SaveArticle(ctx, failed); err != nil {
			t.Fatal(err)
		}
		if ok, _ := s.HasArticle(ctx, "http://ledger.test/b", "http://ledger.test/b"); ok {
			t.Error("HasArticle = true for a failed article; it would never be retried")
		}
		good := article(o, "http://ledger.test/b", "Now the page extracts fine and has its text.", t0)
		if _, created, err := s.SaveArticle(ctx, good); err != nil || !created {
			t.Fatalf("retry: created %v err %v", created, err)
		}
		total, nfailed, _ := s.ArticleCounts(ctx)
		if total != 1 || nfailed != 0 {
			t.Errorf("counts = %d, %d; want 1, 0", total, nfailed)
		}
	})
}

func TestSyndicatedCopiesPointAtTheFirstPublished(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		wire := "Meridian Wire reports that the harbor authority closed the north bridge on Tuesday after inspectors found cracks in two steel supports."
		a, b, c := mustOutlet(t, s, "a", news.Left), mustOutlet(t, s, "b", news.Right), mustOutlet(t, s, "c", news.Center)
		// the later copy arrives first
		idB, _, err := s.SaveArticle(ctx, article(b, "http://b.test/x", wire, t0.Add(time.Hour)))
		if err != nil {
			t.Fatal(err)
		}
		idA, _, err := s.SaveArticle(ctx, article(a, "http://a.test/x", wire, t0))
		if err != nil {
			t.Fatal(err)
		}
		idC, _, err := s.SaveArticle(ctx, article(c, "http://c.test/x", wire, t0.Add(2*time.Hour)))
		if err != nil {
			t.Fatal(err)
		}
		refs, err := s.Articles(ctx, t0.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64]int64{}
		for _, r := range refs {
			got[r.ID] = r.CopyOf
		}
		want := map[int64]int64{idA: 0, idB: idA, idC: idA}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("copy_of (-want +got):\n%s", diff)
		}
	})
}

func TestStoriesSaveListAndMove(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Left)
		var ids []int64
		for i, body := range []string{"one report of the bridge", "second report of the bridge", "a report about a levy"} {
			id, _, err := s.SaveArticle(ctx, article(o, "http://ledger.test/"+string(rune('a'+i)), body, t0.Add(time.Duration(i)*time.Hour)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		page := &news.Page{StoryID: "bridge", Headline: "Bridge closes", Published: t0, Updated: t0,
			Byline: news.Byline{Articles: 2, Outlets: 2}, Lead: []news.Sentence{{Text: "It closed.", Cites: []int{1}}}}
		err := s.SaveStories(ctx, []StoryWrite{
			{Story: news.Story{ID: "bridge", ArticleIDs: ids[:2], FirstSeen: t0, Updated: t0}, Latest: t0.Add(time.Hour), Page: page},
			{Story: news.Story{ID: "levy", ArticleIDs: ids[2:], FirstSeen: t0, Updated: t0}, Latest: t0.Add(2 * time.Hour)},
		})
		if err != nil {
			t.Fatal(err)
		}
		list, err := s.ListStories(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 1 || list[0].ID != "bridge" || list[0].URL != "/stories/bridge" || list[0].Lead != "It closed." {
			t.Fatalf("ListStories = %+v; want only the published bridge story", list)
		}
		if _, err := s.Page(ctx, "levy"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("unpublished story page: err = %v, want ErrNotFound", err)
		}
		got, err := s.Page(ctx, "bridge")
		if err != nil || got.Headline != "Bridge closes" {
			t.Fatalf("Page = %+v, %v", got, err)
		}
		// a later run moves the levy article into the bridge story: the levy story goes
		err = s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "bridge", ArticleIDs: ids, FirstSeen: t0, Updated: t0}, Latest: t0, Page: page}})
		if err != nil {
			t.Fatal(err)
		}
		assign, _ := s.StoryAssignments(ctx)
		want := map[int64]string{ids[0]: "bridge", ids[1]: "bridge", ids[2]: "bridge"}
		if diff := cmp.Diff(want, assign); diff != "" {
			t.Errorf("assignments (-want +got):\n%s", diff)
		}
		total, published, _ := s.StoryCounts(ctx)
		if total != 1 || published != 1 {
			t.Errorf("story counts = %d, %d; want 1, 1", total, published)
		}
	})
}

func TestImages(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		if err := s.SaveImage(ctx, "k1", "http://x.test/i.jpg", "image/jpeg", []byte{0xff, 0xd8}); err != nil {
			t.Fatal(err)
		}
		ct, data, err := s.Image(ctx, "k1")
		if err != nil || ct != "image/jpeg" || len(data) != 2 {
			t.Errorf("Image = %q, %v, %v", ct, data, err)
		}
		if _, _, err := s.Image(ctx, "k2"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("missing image: %v", err)
		}
	})
}

func TestFeedScheduleAndHold(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Center)
		a, _ := s.AddFeed(ctx, news.Feed{OutletID: o, URL: "http://a.test/feed"})
		b, _ := s.AddFeed(ctx, news.Feed{OutletID: o, URL: "http://b.test/feed"})
		due := func(at time.Time) []string {
			t.Helper()
			fs, err := s.DueFeeds(ctx, at, 10)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, f := range fs {
				out = append(out, f.URL)
			}
			return out
		}
		if got := due(t0); len(got) != 2 {
			t.Fatalf("new feeds due: %v; want both", got)
		}
		if err := s.ScheduleFeed(ctx, a, t0.Add(time.Hour), 30*time.Minute, false); err != nil {
			t.Fatal(err)
		}
		if err := s.ScheduleFeed(ctx, b, t0.Add(24*time.Hour), 15*time.Minute, true); err != nil {
			t.Fatal(err)
		}
		if got := due(t0.Add(2 * time.Hour)); !cmp.Equal(got, []string{"http://a.test/feed"}) {
			t.Errorf("due after 2h: %v; want only a", got)
		}
		if got := due(t0.Add(25 * time.Hour)); len(got) != 2 {
			t.Errorf("due after 25h: %v; a failing feed is still probed daily", got)
		}
		if err := s.HoldFeed(ctx, "http://a.test/feed", true); err != nil {
			t.Fatal(err)
		}
		if err := s.ScheduleFeed(ctx, a, t0, time.Minute, false); err != nil {
			t.Fatal(err)
		}
		if got := due(t0.Add(48 * time.Hour)); !cmp.Equal(got, []string{"http://b.test/feed"}) {
			t.Errorf("a held feed is due: %v", got)
		}
		f, _ := s.FeedByURL(ctx, "http://a.test/feed")
		if !f.Held || f.Paused {
			t.Errorf("held feed state: held %v paused %v", f.Held, f.Paused)
		}
		if err := s.HoldFeed(ctx, "http://a.test/feed", false); err != nil {
			t.Fatal(err)
		}
		if got := due(t0.Add(48 * time.Hour)); len(got) != 2 {
			t.Errorf("released feed not due: %v", got)
		}
		if err := s.HoldFeed(ctx, "http://nope.test/", true); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("hold unknown feed: %v", err)
		}
	})
}

// Workers claiming at once get each due feed once between them; a claim
// holds a feed until its lease passes.
func TestClaimDueFeeds(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		o := mustOutlet(t, s, "ledger", news.Center)
		const feeds = 40
		for i := range feeds {
			if _, err := s.AddFeed(ctx, news.Feed{OutletID: o, URL: fmt.Sprintf("http://f%d.test/feed", i)}); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		claimed := map[string]int{}
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					fs, err := s.ClaimDueFeeds(ctx, t0, 3, time.Hour)
					if err != nil {
						t.Error(err)
						return
					}
					if len(fs) == 0 {
						return
					}
					mu.Lock()
					for _, f := range fs {
						claimed[f.URL]++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if len(claimed) != feeds {
			t.Errorf("%d of %d feeds claimed", len(claimed), feeds)
		}
		for u, n := range claimed {
			if n != 1 {
				t.Errorf("%s claimed %d times", u, n)
			}
		}
		if fs, err := s.ClaimDueFeeds(ctx, t0.Add(59*time.Minute), 100, time.Hour); err != nil || len(fs) != 0 {
			t.Errorf("within the lease: %d feeds claimed again (%v)", len(fs), err)
		}
		if fs, err := s.ClaimDueFeeds(ctx, t0.Add(time.Hour), 100, time.Hour); err != nil || len(fs) != feeds {
			t.Errorf("after the lease: %d feeds claimed (%v), want %d", len(fs), err, feeds)
		}
	})
}

// bridgeReport stores the one report of the bridge story that several
// tests write pages for, and returns its ID.
func bridgeReport(t *testing.T, s *Store) int64 {
	t.Helper()
	o := mustOutlet(t, s, "ledger", news.Left)
	id, _, err := s.SaveArticle(context.Background(), article(o, "http://ledger.test/a", "one report of the bridge", t0))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// bridgePage is the bridge story's page as those tests write it.
func bridgePage() *news.Page {
	return &news.Page{StoryID: "bridge", Headline: "Bridge closes", Published: t0, Updated: t0,
		Byline: news.Byline{Articles: 1, Outlets: 1}, Lead: []news.Sentence{{Text: "It closed.", Cites: []int{1}}}}
}

// TestOneStoryFailsAlone: a story that cannot be saved (here it names an
// article the store does not have) is undone alone; the others of the
// run are saved, and the error names it.
func TestOneStoryFailsAlone(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		id := bridgeReport(t, s)
		page := bridgePage()
		broken := &news.Page{StoryID: "ghost", Headline: "Ghost story", Published: t0, Updated: t0,
			Lead: []news.Sentence{{Text: "Nothing.", Cites: []int{1}}}}
		err := s.SaveStories(ctx, []StoryWrite{
			{Story: news.Story{ID: "ghost", ArticleIDs: []int64{id + 1000}, FirstSeen: t0, Updated: t0}, Latest: t0, Page: broken},
			{Story: news.Story{ID: "bridge", ArticleIDs: []int64{id}, FirstSeen: t0, Updated: t0}, Latest: t0, Page: page},
		})
		var failed *FailedStories
		if !errors.As(err, &failed) || len(failed.IDs) != 1 || failed.IDs[0] != "ghost" || failed.Saved != 1 {
			t.Fatalf("SaveStories err = %v; want the ghost story alone to fail", err)
		}
		if got, err := s.Page(ctx, "bridge"); err != nil || got.Headline != "Bridge closes" {
			t.Errorf("the bridge story was held back: %+v, %v", got, err)
		}
		if _, err := s.Page(ctx, "ghost"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("the failed story was saved in part: err = %v", err)
		}
	})
}

// TestListStoriesFromSummaries: a list gives each page's summary as the
// page itself would, whether it reads the summary kept beside the page
// or, for a page saved before summaries were kept, the page.
func TestListStoriesFromSummaries(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		id := bridgeReport(t, s)
		page := &news.Page{StoryID: "bridge", Headline: "Bridge closes", Published: t0, Updated: t0.Add(time.Hour),
			Byline:    news.Byline{Articles: 3, Outlets: 2},
			Lead:      []news.Sentence{{Text: "The bridge closed.", Cites: []int{1}}},
			LeadImage: &news.Image{URL: "http://ledger.test/bridge.jpg", LocalPath: "/images/k1", Caption: "The bridge", Credit: "The Ledger", SourceRef: 1},
			Coverage: news.Coverage{ByLean: []news.LeanCount{{Lean: news.Left, Label: "Left", Count: 2, Percent: 67}, {Lean: news.Right, Label: "Right", Count: 1, Percent: 33}},
				Total: 3, BlindSpotLabel: "Blind spot: covered almost only by outlets on the left"}}
		err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "bridge", ArticleIDs: []int64{id}, FirstSeen: t0, Updated: t0}, Latest: t0, Page: page}})
		if err != nil {
			t.Fatal(err)
		}
		want := []news.StorySummary{page.Summary()}
		got, err := s.ListStories(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("from the kept summary (-want +got):\n%s", diff)
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE stories SET summary = ''`); err != nil {
			t.Fatal(err)
		}
		got, err = s.ListStories(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("from the page (-want +got):\n%s", diff)
		}
	})
}

// TestPageVersion: a story's page version changes whenever its page is
// written again, and a story without a published page has none.
func TestPageVersion(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		id := bridgeReport(t, s)
		write := func(updated time.Time, sig string, page *news.Page) {
			t.Helper()
			err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "bridge", ArticleIDs: []int64{id}, FirstSeen: t0, Updated: updated}, Latest: t0, Page: page, Signature: sig}})
			if err != nil {
				t.Fatal(err)
			}
		}
		if _, err := s.PageVersion(ctx, "bridge"); !errors.Is(err, news.ErrNotFound) {
			t.Errorf("version of a story not written: err = %v", err)
		}
		page := bridgePage()
		write(t0, "a", page)
		v1, err := s.PageVersion(ctx, "bridge")
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := s.PageVersion(ctx, "bridge"); again != v1 {
			t.Errorf("the version moved with nothing written: %q then %q", v1, again)
		}
		write(t0.Add(time.Hour), "b", page)
		v2, _ := s.PageVersion(ctx, "bridge")
		if v2 == v1 {
			t.Errorf("the version stayed %q after the page was written again", v1)
		}
		// A rewrite at the same time from the same reports still gives a
		// new page, and makes the one it replaced an earlier version.
		reworded := *page
		reworded.Headline = "Tarrow bridge stays shut"
		write(t0.Add(time.Hour), "b", &reworded)
		if v3, _ := s.PageVersion(ctx, "bridge"); v3 == v2 {
			t.Errorf("the version stayed %q after a rewrite with the same time and signature", v2)
		}
	})
}

// TestSiteVersion: the site's version changes when a page is published or
// written again, and not otherwise.
func TestSiteVersion(t *testing.T) {
	ctx := context.Background()
	eachStore(t, func(t *testing.T, s *Store) {
		id := bridgeReport(t, s)
		version := func() string {
			t.Helper()
			v, err := s.SiteVersion(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		empty := version()
		page := bridgePage()
		write := func(updated time.Time) {
			t.Helper()
			if err := s.SaveStories(ctx, []StoryWrite{{Story: news.Story{ID: "bridge", ArticleIDs: []int64{id}, FirstSeen: t0, Updated: updated}, Latest: t0, Page: page}}); err != nil {
				t.Fatal(err)
			}
		}
		write(t0)
		one := version()
		if one == empty {
			t.Errorf("the version stayed %q when a page was published", one)
		}
		if again := version(); again != one {
			t.Errorf("the version moved with nothing written: %q then %q", one, again)
		}
		write(t0.Add(time.Hour))
		if v := version(); v == one {
			t.Errorf("the version stayed %q when the page was written again", v)
		}
	})
}
