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

// The store keeps the versions the site lists.
var _ HistoryReader = (*store.Store)(nil)

// reportText begins the text of every report stored by dunmereStore: no
// answer of the site may hold it.
const reportText = "Full text of a Dunmere report"

// dunmereStore returns a SQLite store holding one report for each source
// of the Dunmere footbridge story's latest version, and save, which
// saves a version of that story's page (see dunmereVersions) as written
// at its Updated time, with the reports that it lists.
func dunmereStore(t *testing.T) (*store.Store, func(p news.Page)) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "desk.db"), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	reports := map[string]int64{}
	for i, src := range dunmereVersions()[0].Sources {
		outlet, err := st.UpsertOutlet(ctx, news.Outlet{Slug: strings.ToLower(strings.ReplaceAll(src.Outlet, " ", "-")), Name: src.Outlet, Rating: news.Rating{Lean: src.Lean}})
		if err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("%s, number %d.", reportText, i)
		id, _, err := st.SaveArticle(ctx, news.Article{OutletID: outlet, URL: src.URL, CanonicalURL: src.URL, Title: src.Title, Text: text,
			Published: src.Published, ContentHash: fmt.Sprint("h", i), Fingerprint: uint64(i+1) << 40})
		if err != nil {
			t.Fatal(err)
		}
		reports[src.URL] = id
	}
	save := func(p news.Page) {
		t.Helper()
		var members []int64
		for _, src := range p.Sources {
			members = append(members, reports[src.URL])
		}
		w := store.StoryWrite{Story: news.Story{ID: p.StoryID, ArticleIDs: members, FirstSeen: p.Published, Updated: p.Updated},
			Latest: p.Updated, Page: &p, Signature: p.Updated.String()}
		if err := st.SaveStories(ctx, []store.StoryWrite{w}); err != nil {
			t.Fatal(err)
		}
	}
	return st, save
}

// TestVersionsOverTheStore: over the SQLite store, the API lists each
// rewrite of a story as a version, with what it added, and never the
// text of a report.
func TestVersionsOverTheStore(t *testing.T) {
	st, save := dunmereStore(t)
	pages := dunmereVersions()
	save(pages[2])
	save(pages[1])
	h, _ := newTestHandler(t, st, nil)

	rec := get(t, h, "/api/stories/dunmere-bridge/versions")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET versions: %d %s", rec.Code, rec.Body)
	}
	if strings.Contains(rec.Body.String(), reportText) {
		t.Errorf("the versions hold a report's text: %s", rec.Body)
	}
	var got versionList
	decodeJSON(t, rec, &got)
	if len(got.Versions) != 2 {
		t.Fatalf("%d versions, want 2: %s", len(got.Versions), rec.Body)
	}
	latest, first := got.Versions[0], got.Versions[1]
	if latest.Version != 2 || !latest.Updated.Equal(pages[1].Updated) || latest.Headline != pages[1].Headline || latest.Sources != 3 {
		t.Errorf("latest version %+v, want number 2 of %v, %q, with 3 sources", latest, pages[1].Updated, pages[1].Headline)
	}
	if latest.Added == nil || len(latest.Added.Sources) != 1 || latest.Added.Sources[0].Outlet != "Northfold Herald" {
		t.Errorf("latest version added %+v, want the Northfold Herald's report", latest.Added)
	}
	if first.Version != 1 || !first.Updated.Equal(pages[2].Updated) || first.Added != nil {
		t.Errorf("first version %+v, want number 1 of %v, with nothing to compare with", first, pages[2].Updated)
	}
}

// TestWhatsNewFollowsTheStore: over the SQLite store, a kept story page
// gains its "What's New" box once the story is rewritten, and shows what
// the next rewrite added once that is saved, even one written at the
// same time from the same reports, which leaves the page's time and
// signature as they were.
func TestWhatsNewFollowsTheStore(t *testing.T) {
	st, save := dunmereStore(t)
	pages := dunmereVersions()
	now := testNow
	h, _ := newTestHandler(t, st, func(o *Options) { o.Now = func() time.Time { return now } })
	box := func() string {
		t.Helper()
		now = now.Add(2 * recheckAfter)
		rec := get(t, h, "/stories/dunmere-bridge")
		if strings.Contains(rec.Body.String(), reportText) {
			t.Errorf("the story page holds a report's text")
		}
		if b := whatsNewBox(parseHTML(t, rec.Body.String())); b != nil {
			return text(find(b, tag("p")))
		}
		return ""
	}

	save(pages[2])
	if got := box(); got != "" {
		t.Errorf("a What's New box on a story's first page: %q", got)
	}
	save(pages[1])
	if got, want := box(), "Updated 16:30, 21/02/2026, with new reports from Northfold Herald."; got != want {
		t.Errorf("after a rewrite the box says %q, want %q", got, want)
	}
	sameTime := pages[0]
	sameTime.Updated = pages[1].Updated
	save(sameTime)
	if got, want := box(), "Updated 16:30, 21/02/2026, with new reports from Eastwick Radio."; got != want {
		t.Errorf("after a rewrite at the same time the box says %q, want %q", got, want)
	}
}
