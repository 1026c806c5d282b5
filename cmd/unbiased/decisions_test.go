package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/news"
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

// runOK runs the command line args and returns what it printed, failing
// the test when it exits with an error.
func runOK(t *testing.T, ctx context.Context, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, args); code != 0 {
		t.Fatalf("%q: exit %d\n%s%s", args, code, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// twoEvents is a new database into which the desk has read one report of
// each of two events: a pier closed in Dunmere and a school levy passed
// in Tarrow.
func twoEvents(t *testing.T, ctx context.Context) string {
	t.Helper()
	pier := oneReport(t, "The pier closes", "The Dunmere council voted on Monday to close the east pier for repairs after divers found rot in nine of its piles.")
	levy := oneReport(t, "Tarrow school levy passes", "Voters in Tarrow approved a school levy by a narrow margin on Tuesday, with turnout well above the last election.")
	db := filepath.Join(t.TempDir(), "desk.db")
	runOK(t, ctx, "ingest", "--db", db, "--allow-private", pier.URL+"/feed.xml", levy.URL+"/feed.xml")
	return db
}

// storiesIn maps each story in st to its reports.
func storiesIn(t *testing.T, ctx context.Context, st *store.Store) map[string][]int64 {
	t.Helper()
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

// An editor merges two stories into one and splits them again; each
// decision is recorded with who made it, shows at once, and outlasts a
// re-clustering from scratch.
func TestStoriesMergeAndSplit(t *testing.T) {
	ctx := context.Background()
	db := twoEvents(t, ctx)
	run := func(args ...string) string {
		t.Helper()
		return runOK(t, ctx, args...)
	}
	stories := func() map[string][]int64 {
		t.Helper()
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		return storiesIn(t, ctx, st)
	}
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
	if after := stories(); len(after) != 2 || !strings.Contains(out, "1 report taken out") {
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

// An editor merges and splits stories from the admin pages: the desk's
// admin records each decision with who sent it and why, rebuilds the
// stories at once, and sends the browser to the story it made.
func TestAdminGrouping(t *testing.T) {
	ctx := context.Background()
	db := twoEvents(t, ctx)
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stories := func() map[string][]int64 {
		t.Helper()
		return storiesIn(t, ctx, st)
	}
	// The reports were read at the wall clock's time, and a rebuild reads
	// those of the 14 days before its own.
	m := Main{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }, Now: time.Now}
	var ids []string
	for id := range stories() {
		ids = append(ids, id)
	}
	if len(ids) != 2 {
		t.Fatalf("stories after ingest: %v, want two", ids)
	}
	cfg := config.Default()
	cfg.DB, cfg.AdminToken = db, "cmd-test-admin-token-0123456789abcdef"

	// A script merges on the reader's site with the token.
	site := m.newSite(st, cfg, nil, nil, nil)
	form := url.Values{"stories": {ids[0] + " " + ids[1]}, "note": {"one harbour story"}}
	req := httptest.NewRequest(http.MethodPost, "http://news.example.org/admin/stories/merge", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Authorization", "Bearer "+cfg.AdminToken)
	rec := httptest.NewRecorder()
	site.ServeHTTP(rec, req)
	merged := stories()
	if rec.Code != http.StatusSeeOther || len(merged) != 1 {
		t.Fatalf("POST merge: %d, stories %v\n%s", rec.Code, merged, rec.Body.String())
	}
	var story string
	for id := range merged {
		story = id
	}
	if want := "/admin/stories/" + story + "?done=merged"; rec.Header().Get("Location") != want {
		t.Errorf("merge went to %q, want %q", rec.Header().Get("Location"), want)
	}

	// A browser on this machine splits one report out through the admin
	// listener, with the form's CSRF token.
	admin := m.newAdminSite(st, cfg, nil, nil)
	req = httptest.NewRequest(http.MethodGet, "http://localhost:8081/admin/stories/"+story, nil)
	req.RemoteAddr = "127.0.0.1:50000"
	rec = httptest.NewRecorder()
	admin.ServeHTTP(rec, req)
	page := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(page, "The pier closes") || !strings.Contains(page, "Tarrow school levy passes") {
		t.Fatalf("GET the merged story: %d\n%s", rec.Code, page)
	}
	// Its Why grouped section, made from the store by the desk's own
	// clusterer, names the merge that holds the two events together.
	if !strings.Contains(page, `<h2 id="why">Why grouped</h2>`) || !strings.Contains(page, "Merge No. 1") || !strings.Contains(page, ": keeps reports ") {
		t.Errorf("the merged story's page does not say the merge holds it together:\n%s", page)
	}
	token := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page)
	if token == nil {
		t.Fatal("the story page has no CSRF token")
	}
	report := fmt.Sprint(merged[story][0])
	form = url.Values{"csrf": {token[1]}, "report": {report}}
	req = httptest.NewRequest(http.MethodPost, "http://localhost:8081/admin/stories/"+story+"/split", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = "127.0.0.1:50000"
	for _, c := range rec.Result().Cookies() {
		req.AddCookie(c)
	}
	rec = httptest.NewRecorder()
	admin.ServeHTTP(rec, req)
	split := stories()
	if rec.Code != http.StatusSeeOther || len(split) != 2 || !strings.Contains(rec.Header().Get("Location"), "?done=split&from=") {
		t.Fatalf("POST split: %d to %q, stories %v\n%s", rec.Code, rec.Header().Get("Location"), split, rec.Body.String())
	}

	ds, err := st.Decisions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || ds[0].Kind != news.DecisionTogether || ds[0].By != "admin with the token" || ds[0].Note != "one harbour story" ||
		ds[1].Kind != news.DecisionApart || ds[1].By != "admin on this machine" || fmt.Sprint(ds[1].Articles) != "["+report+"]" {
		t.Errorf("decisions: %+v", ds)
	}
}

// stories show --why says why a story's reports are one story, from the
// store and with the desk's own clusterer: two reports of one event
// share its names and numbers; a report an editor split off shows the
// split.
func TestStoriesShowWhy(t *testing.T) {
	ctx := context.Background()
	pier := oneReport(t, "The pier closes", "The Dunmere council voted on Monday to close the east pier for repairs after divers found rot in 42 of its piles.")
	pier2 := oneReport(t, "Rot closes Dunmere pier", "Divers found rot in 42 piles of the east pier, and the Dunmere council voted on Monday to close it for repairs.")
	levy := oneReport(t, "Tarrow school levy passes", "Voters in Tarrow approved a school levy by a narrow margin on Tuesday, with turnout well above the last election.")
	db := filepath.Join(t.TempDir(), "desk.db")
	runOK(t, ctx, "ingest", "--db", db, "--allow-private", pier.URL+"/feed.xml", pier2.URL+"/feed.xml", levy.URL+"/feed.xml")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	groups := storiesIn(t, ctx, st)
	st.Close()
	var pierStory, levyStory string
	for id, arts := range groups {
		switch len(arts) {
		case 2:
			pierStory = id
		case 1:
			levyStory = id
		}
	}
	if len(groups) != 2 || pierStory == "" || levyStory == "" {
		t.Fatalf("stories after ingest: %v, want the two pier reports together and the levy apart", groups)
	}

	out := runOK(t, ctx, "stories", "show", "--db", db, "--why", pierStory)
	for _, want := range []string{"Why story " + pierStory + " is grouped", "Names shared: ", "Dunmere (2)", "Numbers shared: 42 (2)",
		"Decisions: none names these reports"} {
		if !strings.Contains(out, want) {
			t.Errorf("stories show --why %s lacks %q:\n%s", pierStory, want, out)
		}
	}
	if !regexp.MustCompile(`Similarity: averages 0\.\d\d over 1 pairs`).MatchString(out) || !regexp.MustCompile(`closest \d+ at 0\.\d\d`).MatchString(out) {
		t.Errorf("stories show --why %s gives no similarity:\n%s", pierStory, out)
	}

	// An editor puts the levy with the pier, then takes it out again.
	runOK(t, ctx, "stories", "merge", "--db", db, "--by", "Lena Marsh", pierStory, levyStory)
	st, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var merged string
	var levyReport int64
	for id := range storiesIn(t, ctx, st) {
		merged = id
	}
	reports, err := st.StoryReports(ctx, merged)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range reports {
		if r.Title == "Tarrow school levy passes" {
			levyReport = r.ID
		}
	}
	runOK(t, ctx, "stories", "split", "--db", db, "--by", "Ilse Brandt", "--note", "another town", merged, fmt.Sprint(levyReport))
	st, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	var alone string
	for id, arts := range storiesIn(t, ctx, st) {
		if len(arts) == 1 {
			alone = id
		}
	}
	st.Close()
	out = runOK(t, ctx, "stories", "show", "--db", db, "--why", alone)
	want := "split 2 by Ilse Brandt at "
	if !strings.Contains(out, want) || !strings.Contains(out, fmt.Sprintf("took report %d out of the story of reports", levyReport)) ||
		!strings.Contains(out, "(why: another town)") || !strings.Contains(out, "Similarity: one text") {
		t.Errorf("stories show --why %s does not show the split:\n%s", alone, out)
	}
	var g news.Grouping
	if err := json.Unmarshal([]byte(runOK(t, ctx, "stories", "show", "--db", db, "--why", "--format", "json", alone)), &g); err != nil ||
		len(g.Reports) != 1 || len(g.Decisions) != 2 || g.Decisions[1].Taken[0] != levyReport {
		t.Errorf("stories show --why --format json: %+v, %v", g, err)
	}

	var stderr bytes.Buffer
	m := Main{Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(ctx, []string{"stories", "show", "--db", db, "--why", "nope"}); code != 1 || !strings.Contains(stderr.String(), `stories show: no story "nope"`) {
		t.Errorf("stories show --why nope: exit %d, %s", code, stderr.String())
	}
	stderr.Reset()
	if code := m.Run(ctx, []string{"stories", "show", "--db", db, "--why", "--format", "html", alone}); code != 2 || !strings.Contains(stderr.String(), "--why gives md (text) or json, not html") {
		t.Errorf("stories show --why --format html: exit %d, %s", code, stderr.String())
	}
}
