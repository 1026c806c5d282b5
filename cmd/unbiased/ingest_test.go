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

// With --keep-text, ingest empties the stored text of the reports first
// seen longer ago than that, and says so; without it, text stays.
func TestIngestDropsOldText(t *testing.T) {
	srv := pierNews(t)
	db := filepath.Join(t.TempDir(), "desk.db")
	ctx := context.Background()
	run := func(now time.Time, args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, Now: func() time.Time { return now }}
		if code := m.Run(ctx, append([]string{"ingest", "--db", db, "--allow-private", "--no-write"}, append(args, srv.URL+"/feed.xml")...)); code != 0 {
			t.Fatalf("ingest %q: exit %d\n%s%s", args, code, stdout.String(), stderr.String())
		}
		return stdout.String()
	}
	withText := func() int {
		t.Helper()
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		arts, err := st.Articles(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		return len(arts)
	}
	now := time.Now()
	run(now)
	if n := withText(); n != 1 {
		t.Fatalf("%d reports with text after the first ingest, want 1", n)
	}
	if out := run(now.Add(100 * 24 * time.Hour)); strings.Contains(out, "text dropped") || withText() != 1 {
		t.Fatalf("without --keep-text the text went:\n%s", out)
	}
	out := run(now.Add(100*24*time.Hour), "--keep-text", "90d")
	if !strings.Contains(out, "text dropped: 1 report first seen more than 90d ago") {
		t.Errorf("ingest --keep-text 90d said:\n%s", out)
	}
	if n := withText(); n != 0 {
		t.Errorf("%d reports still hold their text", n)
	}
}
