package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// export writes the published stories of a desk as static files.
func TestExportWritesTheSite(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, db, store.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	o, err := st.UpsertOutlet(ctx, news.Outlet{Slug: "ledger", Name: "The Ledger", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := st.SaveArticle(ctx, news.Article{OutletID: o, URL: "http://ledger.test/1", Text: "A report.", Published: at})
	if err != nil {
		t.Fatal(err)
	}
	page := &news.Page{StoryID: "bridge", Headline: "Bridge closes for repairs", Published: at, Updated: at,
		Lead: []news.Sentence{{Text: "The bridge closed.", Cites: []int{1}}}}
	if err := st.SaveStories(ctx, []store.StoryWrite{{Story: news.Story{ID: "bridge", ArticleIDs: []int64{id}, FirstSeen: at, Updated: at}, Latest: at, Page: page}}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	site := filepath.Join(dir, "site")
	if code := m.Run(ctx, []string{"export", "--db", db, "--out", site, "--base-url", "https://news.example.org"}); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr.String())
	}
	if want := "exported 1 story, 1 front page and 0 images to " + site; !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("stdout %q, want it to start %q", stdout.String(), want)
	}
	for _, f := range []string{"index.html", "stories/bridge/index.html", "feed.atom", "about/index.html"} {
		b, err := os.ReadFile(filepath.Join(site, f))
		if err != nil {
			t.Errorf("%s: %v", f, err)
		} else if f == "stories/bridge/index.html" && !strings.Contains(string(b), "Bridge closes for repairs") {
			t.Errorf("%s does not hold the story", f)
		}
	}
}
