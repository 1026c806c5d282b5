package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/testenv"
)

// The desk runs on PostgreSQL when --db is a postgres:// URL: the demo
// reads its corpus through the whole pipeline into it and publishes the
// same stories as on SQLite, and the other commands read and change it.
func TestPostgresDesk(t *testing.T) {
	db := testenv.PostgresSchema(t)
	ctx := context.Background()
	run := func(wantCode int, args ...string) (string, string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
		if code := m.Run(ctx, append(args, "--db", db)); code != wantCode {
			t.Fatalf("unbiased %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, wantCode, stdout.String(), stderr.String())
		}
		return stdout.String(), stderr.String()
	}

	// a reading command does not make a desk where there is none
	_, stderr := run(1, "stories", "list")
	if !strings.Contains(stderr, "no such database (run 'unbiased ingest'") {
		t.Errorf("stories list on an empty database: %q", stderr)
	}

	// the demo, on PostgreSQL, until its site is up
	demoCtx, stop := context.WithCancel(ctx)
	var demoErr syncBuffer
	ready, done := make(chan string, 1), make(chan int, 1)
	m := Main{Stdout: io.Discard, Stderr: &demoErr, Ready: func(u string) { ready <- u }}
	go func() { done <- m.Run(demoCtx, []string{"demo", "--addr", "127.0.0.1:0", "--db", db}) }()
	var site string
	select {
	case site = <-ready:
	case code := <-done:
		stop()
		t.Fatalf("demo exited with %d: %s", code, demoErr.String())
	case <-time.After(3 * time.Minute):
		stop()
		t.Fatalf("demo not ready after 3 minutes: %s", demoErr.String())
	}
	var list struct{ Stories []news.StorySummary }
	getJSON(t, strings.TrimSuffix(site, "/")+"/api/stories?limit=200", &list)
	stop()
	if code := <-done; code != 0 {
		t.Errorf("demo stopped with %d: %s", code, demoErr.String())
	}
	onSQLite, err := demoSite()
	if err != nil {
		t.Fatal(err)
	}
	var want struct{ Stories []news.StorySummary }
	getJSON(t, onSQLite+"/api/stories?limit=200", &want)
	headlines := func(ss []news.StorySummary) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Headline)
		}
		slices.Sort(out)
		return out
	}
	if got, want := headlines(list.Stories), headlines(want.Stories); len(got) < 8 || !slices.Equal(got, want) {
		t.Errorf("demo on PostgreSQL published %d stories, on SQLite %d:\n%q\n%q", len(got), len(want), got, want)
	}

	out, _ := run(0, "stories", "list")
	if n := strings.Count(out, "\n"); n < len(list.Stories) {
		t.Errorf("stories list printed %d lines for %d stories:\n%s", n, len(list.Stories), out)
	}
	if len(list.Stories) > 0 {
		out, _ = run(0, "stories", "show", "--format", "md", list.Stories[0].ID)
		if !strings.Contains(out, list.Stories[0].Headline) {
			t.Errorf("stories show %s: no headline %q in\n%s", list.Stories[0].ID, list.Stories[0].Headline, out)
		}
	}

	// sources and feeds
	out, _ = run(0, "sources", "import")
	if !strings.HasPrefix(out, "imported ") {
		t.Errorf("sources import: %q", out)
	}
	out, _ = run(0, "sources", "list")
	if !strings.Contains(out, "Unbiased Post editors") {
		t.Errorf("sources list after import:\n%.500s", out)
	}
	dir := t.TempDir()
	opml := filepath.Join(dir, "mine.opml")
	feed := "https://self.example/feed.xml"
	if err := os.WriteFile(opml, []byte(fmt.Sprintf(`<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
<outline type="rss" text="Self" xmlUrl="%s" htmlUrl="https://self.example/"/>
</body></opml>`, feed)), 0o644); err != nil {
		t.Fatal(err)
	}
	run(0, "feeds", "import", opml)
	run(0, "feeds", "hold", feed)
	if out, _ = run(0, "feeds", "list"); !strings.Contains(out, "held") || !strings.Contains(out, feed) {
		t.Errorf("feeds list after hold:\n%.2000s", out)
	}
	run(0, "feeds", "release", feed)
	run(0, "feeds", "remove", feed)
	run(1, "feeds", "remove", feed)

	// a local feed file: the feed is read, its article refused by the guard
	rss := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(rss, []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Local Test</title><link>http://127.0.0.1:9/</link>
<item><title>A</title><link>http://127.0.0.1:9/a</link><guid>a</guid></item>
</channel></rss>`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ = run(0, "ingest", "--no-write", rss)
	if !strings.Contains(out, "1 items") || !strings.Contains(out, "refused: private address") {
		t.Errorf("ingest of a local feed:\n%s", out)
	}
}
