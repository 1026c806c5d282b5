package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// testDesk is a desk file with one outlet and some reports of it, for
// the commands that read stories.
type testDesk struct {
	path     string
	at       time.Time
	st       *store.Store
	articles []int64
}

func newTestDesk(t *testing.T, reports int) *testDesk {
	t.Helper()
	ctx := context.Background()
	d := &testDesk{path: filepath.Join(t.TempDir(), "desk.db"), at: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	st, err := store.Open(ctx, d.path, store.WithClock(func() time.Time { return d.at }))
	if err != nil {
		t.Fatal(err)
	}
	d.st = st
	t.Cleanup(func() { st.Close() })
	o, err := st.UpsertOutlet(ctx, news.Outlet{Slug: "ledger", Name: "The Ledger", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range reports {
		u := fmt.Sprintf("http://ledger.test/%d", i+1)
		id, _, err := st.SaveArticle(ctx, news.Article{OutletID: o, URL: u, Text: "report at " + u, Published: d.at})
		if err != nil {
			t.Fatal(err)
		}
		d.articles = append(d.articles, id)
	}
	return d
}

// story is a published story of the given reports.
func (d *testDesk) story(id, headline string, members ...int64) store.StoryWrite {
	return store.StoryWrite{Story: news.Story{ID: id, ArticleIDs: members, FirstSeen: d.at, Updated: d.at}, Latest: d.at,
		Page: &news.Page{StoryID: id, Headline: headline, Published: d.at, Updated: d.at,
			Lead: []news.Sentence{{Text: headline + ".", Cites: []int{1}}}}}
}

func (d *testDesk) save(t *testing.T, stories ...store.StoryWrite) {
	t.Helper()
	if err := d.st.SaveStories(context.Background(), stories); err != nil {
		t.Fatal(err)
	}
}

// stories show on the ID of a story that merged into another shows that
// story and says so.
func TestStoriesShowFollowsAMerge(t *testing.T) {
	ctx := context.Background()
	d := newTestDesk(t, 2)
	ids := d.articles
	d.save(t, d.story("early", "Headline of early", ids[0]), d.story("main", "Headline of main", ids[1]))
	d.save(t, d.story("main", "Headline of main", ids...))
	path := d.path

	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"stories", "show", "--db", path, "--format", "json", "early"}); code != 0 {
		t.Fatalf("stories show: exit %d\n%s", code, stderr.String())
	}
	var page news.Page
	if err := json.Unmarshal(stdout.Bytes(), &page); err != nil {
		t.Fatal(err)
	}
	if page.StoryID != "main" || !strings.Contains(stderr.String(), "story early was merged into main") {
		t.Errorf("showed %q with stderr %q; want main, and the merge named", page.StoryID, stderr.String())
	}
	stdout.Reset()
	if code := m.Run(ctx, []string{"stories", "show", "--db", path, "never-was"}); code == 0 {
		t.Errorf("stories show never-was: exit 0; printed %q", stdout.String())
	}
}

// stories list --all shows unpublished stories with why; stories show on
// one says why instead of "not found"; plain stories list says where to
// look when nothing is published.
func TestStoriesListAllSaysWhy(t *testing.T) {
	ctx := context.Background()
	d := newTestDesk(t, 2)
	refused := store.StoryWrite{Story: news.Story{ID: "lone", ArticleIDs: d.articles[:1], FirstSeen: d.at, Updated: d.at}, Latest: d.at,
		Reason: "too_few_outlets", Refusal: "1 report from 1 independent outlet; at least 2 from 2 are needed"}
	d.save(t, refused)
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
		return m.Run(ctx, append(args, "--db", d.path)), stdout.String(), stderr.String()
	}
	if code, out, errs := run("stories", "list"); code != 0 || out != "" || !strings.Contains(errs, "no story is published yet, of 1 found: 'unbiased stories list --all' says why") {
		t.Errorf("stories list: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs := run("stories", "list", "--all")
	if code != 0 || !strings.Contains(out, "lone  2026-03-01 09:00  1 report, 1 outlet") || !strings.Contains(out, "NOT PUBLISHED: 1 report from 1 independent outlet") {
		t.Errorf("stories list --all: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = run("stories", "show", "lone")
	if code != 0 || !strings.Contains(out, "Story lone is not published.\nWhy: 1 report from 1 independent outlet") {
		t.Errorf("stories show lone: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, _ = run("stories", "show", "--format", "json", "lone")
	var st news.StoryStatus
	if err := json.Unmarshal([]byte(out), &st); code != 0 || err != nil || st.Reason != "too_few_outlets" || st.Published {
		t.Errorf("stories show --format json lone: exit %d, %+v, %v", code, st, err)
	}
	if code, _, errs := run("stories", "show", "nope"); code != 1 || !strings.Contains(errs, `story "nope": not found`) {
		t.Errorf("stories show nope: exit %d, stderr %q", code, errs)
	}
}
