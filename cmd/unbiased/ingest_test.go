package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/store"
)

// pierNews serves on loopback a feed of one item, /feed.xml, and the
// item's article page, until the test ends.
func pierNews(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier News</title><link>%[1]s/</link><description>d</description>
<item><title>The pier closes</title><link>%[1]s/a1</link><guid>a1</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `<html><head><title>The pier closes</title></head><body><article><h1>The pier closes</h1>`+
			strings.Repeat(`<p>The council voted on Monday to close the east pier for repairs after divers found rot in nine of its piles.</p>`, 6)+
			`</article></body></html>`)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// After an ingest, 'feeds list' says the feed is checked next after the
// check that just read it, not before.
func TestIngestSchedulesTheFeedsItRead(t *testing.T) {
	srv := pierNews(t)

	db := filepath.Join(t.TempDir(), "desk.db")
	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	ctx := context.Background()
	if code := m.Run(ctx, []string{"ingest", "--db", db, "--allow-private", "--no-write", srv.URL + "/feed.xml"}); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	stdout.Reset()
	if code := m.Run(ctx, []string{"feeds", "list", "--db", db}); code != 0 {
		t.Fatalf("feeds list: exit %d\n%s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("feeds list:\n%s", stdout.String())
	}
	f := strings.Fields(lines[1]) // STATE FEED LAST(date time) FAILURES NEXT(date time) ...
	if len(f) < 7 || f[0] != "ok" {
		t.Fatalf("feeds list row %q", lines[1])
	}
	last, err1 := time.Parse("2006-01-02 15:04", f[2]+" "+f[3])
	next, err2 := time.Parse("2006-01-02 15:04", f[5]+" "+f[6])
	if err1 != nil || err2 != nil {
		t.Fatalf("feeds list row %q: %v %v", lines[1], err1, err2)
	}
	if !next.After(last) {
		t.Errorf("next check %v is not after the last success %v:\n%s", next, last, stdout.String())
	}
}

// While another desk on the same database is rebuilding the stories,
// ingest stores what it read and says it leaves the stories to that desk.
func TestIngestLeavesTheStoriesToTheRebuildingDesk(t *testing.T) {
	srv := pierNews(t)
	db := filepath.Join(t.TempDir(), "desk.db")
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	lock, ok, err := st.TryLock(ctx, "rebuild")
	if err != nil || !ok {
		t.Fatalf("take the rebuild lock: %v, %v", ok, err)
	}
	defer lock.Unlock()
	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"ingest", "--db", db, "--allow-private", srv.URL + "/feed.xml"}); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if want := "stories: left to the desk that is rebuilding them now"; !strings.Contains(stdout.String(), want) {
		t.Errorf("ingest said:\n%s\nwant %q", stdout.String(), want)
	}
	if total, _, _ := st.ArticleCounts(ctx); total != 1 {
		t.Errorf("ingest stored %d articles; want the feed's one", total)
	}
}

// stories recluster groups the stored reports from scratch and writes
// every story again.
func TestStoriesRecluster(t *testing.T) {
	srv := pierNews(t)
	db := filepath.Join(t.TempDir(), "desk.db")
	ctx := context.Background()
	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"ingest", "--db", db, "--allow-private", srv.URL + "/feed.xml"}); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	stdout.Reset()
	if code := m.Run(ctx, []string{"stories", "recluster", "--db", db}); code != 0 {
		t.Fatalf("stories recluster: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if want := "stories: 1 found, 0 published from 1 articles, every one written again"; !strings.Contains(stdout.String(), want) {
		t.Errorf("stories recluster said:\n%s\nwant %q", stdout.String(), want)
	}
	if code := m.Run(ctx, []string{"stories", "recluster", "--db", db, "extra"}); code != 2 {
		t.Errorf("stories recluster with an argument: exit %d, want 2", code)
	}
}
