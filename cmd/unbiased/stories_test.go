package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// stories show on the ID of a story that merged into another shows that
// story and says so.
func TestStoriesShowFollowsAMerge(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "desk.db")
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, path, store.WithClock(func() time.Time { return at }))
	if err != nil {
		t.Fatal(err)
	}
	o, err := st.UpsertOutlet(ctx, news.Outlet{Slug: "ledger", Name: "The Ledger", Rating: news.Rating{Lean: news.Center}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, u := range []string{"http://ledger.test/1", "http://ledger.test/2"} {
		id, _, err := st.SaveArticle(ctx, news.Article{OutletID: o, URL: u, Text: "report at " + u, Published: at})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	story := func(id string, members ...int64) store.StoryWrite {
		return store.StoryWrite{Story: news.Story{ID: id, ArticleIDs: members, FirstSeen: at, Updated: at}, Latest: at,
			Page: &news.Page{StoryID: id, Headline: "Headline of " + id, Published: at, Updated: at}}
	}
	if err := st.SaveStories(ctx, []store.StoryWrite{story("early", ids[0]), story("main", ids[1])}); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveStories(ctx, []store.StoryWrite{story("main", ids...)}); err != nil {
		t.Fatal(err)
	}
	st.Close()

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
