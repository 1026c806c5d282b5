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

	"github.com/theunbiasedpost/unbiased/internal/store"
)

// oneReport serves on loopback a feed of one item and its article page.
func oneReport(t *testing.T, title, paragraph string) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>%[1]s/</link><description>d</description>
<item><title>%[2]s</title><link>%[1]s/a1</link><guid>a1</guid></item></channel></rss>`, srv.URL, title)
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `<html><head><title>%[1]s</title></head><body><article><h1>%[1]s</h1>%[2]s</article></body></html>`,
			title, strings.Repeat("<p>"+paragraph+"</p>", 6))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// An editor merges two stories into one and splits them again; each
// decision is recorded with who made it, shows at once, and outlasts a
// re-clustering from scratch.
func TestStoriesMergeAndSplit(t *testing.T) {
	pier := oneReport(t, "The pier closes", "The Dunmere council voted on Monday to close the east pier for repairs after divers found rot in nine of its piles.")
	levy := oneReport(t, "Tarrow school levy passes", "Voters in Tarrow approved a school levy by a narrow margin on Tuesday, with turnout well above the last election.")
	db := filepath.Join(t.TempDir(), "desk.db")
	ctx := context.Background()
	run := func(args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
		if code := m.Run(ctx, args); code != 0 {
			t.Fatalf("%q: exit %d\n%s%s", args, code, stdout.String(), stderr.String())
		}
		return stdout.String()
	}
	stories := func() map[string][]int64 {
		t.Helper()
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		assigned, err := st.StoryAssignments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][]int64{}
		for art, id := range assigned {
			out[id] = append(out[id], art)
		}
		return out
	}
	run("ingest", "--db", db, "--allow-private", pier.URL+"/feed.xml", levy.URL+"/feed.xml")
	before := stories()
	if len(before) != 2 {
		t.Fatalf("stories after ingest: %v, want two (the test needs two events)", before)
	}
	var ids []string
	for id := range before {
		ids = append(ids, id)
	}
	out := run("stories", "merge", "--db", db, "--by", "Lena Marsh", ids[0], ids[1])
	if after := stories(); len(after) != 1 || !strings.Contains(out, "one story now") {
		t.Fatalf("after merge: %v\n%s", after, out)
	}
	run("stories", "recluster", "--db", db)
	merged := stories()
	if len(merged) != 1 {
		t.Fatalf("a re-clustering undid the merge: %v", merged)
	}
	var story string
	var arts []int64
	for id, a := range merged {
		story, arts = id, a
	}
	list := run("stories", "reports", "--db", db, story)
	if !strings.Contains(list, "The pier closes") || !strings.Contains(list, "Tarrow school levy passes") {
		t.Errorf("stories reports:\n%s", list)
	}
	out = run("stories", "split", "--db", db, "--by", "Ilse Brandt", "--note", "two events", story, fmt.Sprint(arts[0]))
	if after := stories(); len(after) != 2 || !strings.Contains(out, "1 reports taken out") {
		t.Fatalf("after split: %v\n%s", after, out)
	}
	run("stories", "recluster", "--db", db)
	if after := stories(); len(after) != 2 {
		t.Errorf("a re-clustering undid the split: %v", after)
	}
	dec := run("stories", "decisions", "--db", db)
	if !strings.Contains(dec, "Lena Marsh") || !strings.Contains(dec, "together") || !strings.Contains(dec, "Ilse Brandt") || !strings.Contains(dec, "apart from") || !strings.Contains(dec, "two events") {
		t.Errorf("stories decisions:\n%s", dec)
	}
	var stderr bytes.Buffer
	m := Main{Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"stories", "split", "--db", db, story, "999999"}); code != 1 || !strings.Contains(stderr.String(), `has no report "999999"`) {
		t.Errorf("split by an unknown report: exit %d, %s", code, stderr.String())
	}
	stderr.Reset()
	if code := m.Run(ctx, []string{"stories", "merge", "--db", db, story, story}); code != 2 || !strings.Contains(stderr.String(), "two different story IDs") {
		t.Errorf("merge of a story with itself: exit %d, %s", code, stderr.String())
	}
	stderr.Reset()
	if code := m.Run(ctx, []string{"stories", "merge", "--db", db, story, "nope"}); code != 1 || !strings.Contains(stderr.String(), `no story "nope"`) {
		t.Errorf("merge with an unknown story: exit %d, %s", code, stderr.String())
	}
}
