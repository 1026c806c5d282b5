package web

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// fakeJobs is a JobLister over fixed jobs; it records the states asked
// for.
type fakeJobs struct {
	jobs  []news.Job
	err   error
	asked [][]string
}

func (f *fakeJobs) List(_ context.Context, states []string, limit int) ([]news.Job, error) {
	f.asked = append(f.asked, states)
	var out []news.Job
	for _, j := range f.jobs {
		if slices.Contains(states, j.State) && len(out) < limit {
			out = append(out, j)
		}
	}
	return out, f.err
}

// jobRowsOf returns the text of each body row of the table under the
// heading with id, its cells joined by " | ".
func jobRowsOf(t *testing.T, doc *html.Node, id string) []string {
	t.Helper()
	region := find(doc, func(n *html.Node) bool {
		for _, a := range n.Attr {
			if a.Key == "aria-labelledby" && a.Val == id && n.Data == "div" {
				return true
			}
		}
		return false
	})
	if region == nil {
		return nil
	}
	var rows []string
	for _, tr := range findAll(find(region, tag("tbody")), tag("tr")) {
		var cells []string
		for _, c := range findAll(tr, func(n *html.Node) bool { return n.Data == "th" || n.Data == "td" }) {
			cells = append(cells, strings.Join(strings.Fields(text(c)), " "))
		}
		rows = append(rows, strings.Join(cells, " | "))
	}
	return rows
}

// The overview lists the jobs that failed for good, with their last
// error, and those waiting or running, with when they are due; a site
// without a job queue has no such section.
func TestAdminJobsSection(t *testing.T) {
	evil := `<script>alert("job")</script>`
	jobs := &fakeJobs{jobs: []news.Job{
		{ID: 41, Kind: "read_article", State: "discarded", Attempt: 5, MaxAttempts: 5, Subject: "https://tarrow.example/a/" + evil,
			LastError: `fetch "https://tarrow.example/a": 500 Internal Server Error ` + evil, At: testNow.Add(-2 * time.Hour)},
		{ID: 42, Kind: "fetch_feed", State: "retryable", Attempt: 1, MaxAttempts: 3, Subject: "https://dunmere.example/feed.xml",
			LastError: "dial tcp: connection refused", At: testNow.Add(20 * time.Minute)},
		{ID: 43, Kind: "rebuild_stories", State: "running", Attempt: 1, MaxAttempts: 3, At: testNow.Add(-3 * time.Minute)},
		{ID: 44, Kind: "fetch_feed", State: "completed", Attempt: 1, MaxAttempts: 3, Subject: "https://done.example/feed.xml", At: testNow},
	}}
	h, _ := newAdminHandler(t, newFixtureAdmin(), "", func(o *Options) { o.Jobs = jobs })
	var b browser
	resp := b.visit(t, h, "/admin")
	body := resp.Body.String()
	if resp.Code != http.StatusOK {
		t.Fatalf("GET /admin: %d", resp.Code)
	}
	if strings.Contains(body, "<script>") {
		t.Errorf("a job's text reached the page as markup")
	}
	doc := parseHTML(t, body)
	failed := jobRowsOf(t, doc, "jobs-failed")
	if len(failed) != 1 || !strings.Contains(failed[0], "read_article 41 | discarded | https://tarrow.example/a/"+evil+" | 5 of 5 | 2 h ago") ||
		!strings.Contains(failed[0], "500 Internal Server Error") || !strings.Contains(failed[0], evil) {
		t.Errorf("failed jobs: %q", failed)
	}
	waiting := jobRowsOf(t, doc, "jobs-waiting")
	if len(waiting) != 2 || !strings.Contains(waiting[0], "fetch_feed 42 | retryable | https://dunmere.example/feed.xml | 1 of 3 | in 20 min") || !strings.Contains(waiting[0], "in 20 min") ||
		!strings.Contains(waiting[0], "connection refused") || !strings.Contains(waiting[1], "rebuild_stories 43 | running | None | 1 of 3 | 3 min ago") || !strings.Contains(waiting[1], "3 min ago") {
		t.Errorf("waiting jobs: %q", waiting)
	}
	if strings.Contains(body, "done.example") {
		t.Errorf("a completed job is listed")
	}

	// An empty queue says so.
	jobs.jobs = nil
	doc = parseHTML(t, b.visit(t, h, "/admin").Body.String())
	for _, want := range []string{"No job has failed.", "No job is waiting."} {
		if !strings.Contains(text(doc), want) {
			t.Errorf("empty queue: no %q", want)
		}
	}

	// A queue that cannot be read is an error, not an empty list.
	jobs.err = errors.New("no such table: river_job")
	if code := b.visit(t, h, "/admin").Code; code != http.StatusInternalServerError {
		t.Errorf("GET /admin with the queue failing: %d, want 500", code)
	}

	// Without a queue there is no section.
	plain, _ := newAdminHandler(t, newFixtureAdmin(), "", nil)
	if strings.Contains(b.visit(t, plain, "/admin").Body.String(), `id="jobs"`) {
		t.Errorf("a site without a job queue shows a jobs section")
	}
}
