package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/riverqueue/river/rivertype"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/jobs"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/write"
)

// retryAtOnce tries a failed job again at once, so that a test sees a job
// through all its attempts.
type retryAtOnce struct{}

func (retryAtOnce) NextRetry(*rivertype.JobRow) time.Time { return time.Now().Add(time.Millisecond) }

// workedQueue works the jobs of one feed into db: the feed lists a page
// that is read and one that always answers 500. It returns the failing
// page's address.
func workedQueue(t *testing.T, db string) string {
	t.Helper()
	ctx := context.Background()
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Tarrow Gazette</title><link>%[1]s/</link>
<item><title>The pier closes</title><link>%[1]s/a1</link><guid>a1</guid></item>
<item><title>The ferry is late</title><link>%[1]s/gone</link><guid>gone</guid></item></channel></rss>`, srv.URL)
	})
	mux.HandleFunc("/a1", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `<html><head><title>The pier closes</title></head><body><article><h1>The pier closes</h1>`+
			strings.Repeat(`<p>The council of Dunmere voted on Monday to close the east pier for repairs after divers found rot in nine of its piles.</p>`, 6)+
			`</article></body></html>`)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := &pipeline.Pipeline{Store: st, Client: fetch.New(fetch.Options{AllowPrivate: true, IgnoreRobots: true, HostRate: -1, Retries: -1})}
	q, err := jobs.Open(ctx, db, jobs.Config{Pipeline: p, Schedule: pipeline.DefaultSchedule, Workers: 2, RebuildDelay: -1, HostSpacing: -1, RetryPolicy: retryAtOnce{},
		Writing: pipeline.Writing{Writer: write.Writer{Desk: "Tarrow desk"}, Cluster: cluster.DefaultOptions()}})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.EnqueueFeeds(ctx, []string{srv.URL + "/feed.xml"}); err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		left, err := q.List(ctx, append(slices.Clone(jobs.Waiting), "running"), 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := q.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	return srv.URL + "/gone"
}

// runJobs runs one command line in process, with an empty environment,
// and fails the test unless it exits with wantCode; it returns what the
// command wrote to stdout and stderr.
func runJobs(t *testing.T, wantCode int, args ...string) (string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	if code := m.Run(context.Background(), args); code != wantCode {
		t.Fatalf("unbiased %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, wantCode, stdout.String(), stderr.String())
	}
	return stdout.String(), stderr.String()
}

// 'jobs list' shows each job's state, kind, attempts, time and last
// error, keeps the failed ones, filters by --state and refuses a state
// that is none.
func TestJobsList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "desk.db")
	gone := workedQueue(t, db)
	run := func(wantCode int, args ...string) (string, string) {
		t.Helper()
		return runJobs(t, wantCode, args...)
	}

	out, _ := run(0, "jobs", "list", "--db", db)
	for _, want := range []string{"STATE", "KIND", "ATTEMPTS", "LAST ERROR", "completed", "fetch_feed", "rebuild_stories"} {
		if !strings.Contains(out, want) {
			t.Errorf("jobs list has no %q:\n%s", want, out)
		}
	}
	out, _ = run(0, "jobs", "list", "--db", db, "--state", "failed")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("jobs list --state failed: want the header and one job:\n%s", out)
	}
	for _, want := range []string{"discarded", "read_article", "5/5", "ended ", gone, "500"} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("failed job's row has no %q: %s", want, lines[1])
		}
	}
	out, _ = run(0, "jobs", "list", "--db", db, "--state", "retryable,available")
	if strings.TrimSpace(out) != "no jobs" {
		t.Errorf("jobs list --state retryable,available: %q, want no jobs", out)
	}
	out, _ = run(0, "jobs", "list", "--db", db, "--state", "failed", "--format", "json")
	var doc struct {
		Jobs []struct {
			Kind, State, Subject string
			LastError            string `json:"last_error"`
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Jobs) != 1 || doc.Jobs[0].Subject != gone || !strings.Contains(doc.Jobs[0].LastError, "500") {
		t.Errorf("jobs list --format json: %v %+v\n%s", err, doc, out)
	}

	_, stderr := run(2, "jobs", "list", "--db", db, "--state", "stuck")
	if !strings.Contains(stderr, `unknown --state "stuck"`) || !strings.Contains(stderr, "discarded") {
		t.Errorf("jobs list --state stuck: %q", stderr)
	}
	run(2, "jobs", "list", "--db", db, "--limit", "0")
	run(2, "jobs", "lsit", "--db", db)
	_, stderr = run(1, "jobs", "list", "--db", filepath.Join(t.TempDir(), "missing.db"))
	if !strings.Contains(stderr, "no such database") {
		t.Errorf("jobs list on a missing database: %q", stderr)
	}
}

// 'jobs retry' puts a failed job back in the queue and 'jobs delete'
// deletes one; both refuse, changing nothing, ids that name no job or a
// job that has not failed, and words that are no ids.
func TestJobsRetryAndDelete(t *testing.T) {
	run := func(wantCode int, args ...string) (string, string) {
		t.Helper()
		return runJobs(t, wantCode, args...)
	}
	type row struct {
		ID          int64
		State, Kind string
		Attempt     int
		MaxAttempts int `json:"max_attempts"`
		Subject     string
	}
	list := func(db string) map[int64]row {
		t.Helper()
		out, _ := run(0, "jobs", "list", "--db", db, "--format", "json")
		var doc struct{ Jobs []row }
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("jobs list --format json: %v\n%s", err, out)
		}
		by := map[int64]row{}
		for _, j := range doc.Jobs {
			by[j.ID] = j
		}
		return by
	}
	// failedAndDone returns the id of the one failed job and of a
	// completed one.
	failedAndDone := func(jobs map[int64]row) (failed, done string) {
		t.Helper()
		for id, j := range jobs {
			switch j.State {
			case "discarded":
				failed = fmt.Sprint(id)
			case "completed":
				done = fmt.Sprint(id)
			}
		}
		if failed == "" || done == "" {
			t.Fatalf("want a failed and a completed job: %+v", jobs)
		}
		return failed, done
	}

	for _, op := range []string{"retry", "delete"} {
		t.Run(op, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "desk.db")
			gone := workedQueue(t, db)
			before := list(db)
			failed, done := failedAndDone(before)

			_, stderr := run(1, "jobs", op, "--db", db, failed, "999999", done)
			for _, want := range []string{"job 999999: no such job", "job " + done + " is completed, not failed", "nothing done"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("jobs %s of a missing and a completed job: %q, want it to say %q", op, stderr, want)
				}
			}
			if diff := cmp.Diff(before, list(db)); diff != "" {
				t.Errorf("jobs after a refused %s (-before +after):\n%s", op, diff)
			}
			_, stderr = run(2, "jobs", op, "--db", db, "seven")
			if !strings.Contains(stderr, `"seven" is not a job id`) {
				t.Errorf("jobs %s seven: %q", op, stderr)
			}
			run(2, "jobs", op, "--db", db)

			out, _ := run(0, "jobs", op, "--db", db, failed)
			if !strings.Contains(out, "1 jobs") {
				t.Errorf("jobs %s: %q", op, out)
			}
			after := list(db)
			var id int64
			fmt.Sscan(failed, &id)
			j, ok := after[id]
			switch {
			case op == "delete" && ok:
				t.Errorf("job %d after delete: %+v, want it gone", id, j)
			case op == "delete" && len(after) != len(before)-1:
				t.Errorf("%d jobs after deleting one of %d", len(after), len(before))
			case op == "retry" && (j.State != "available" || j.Subject != gone || j.Attempt != 5 || j.MaxAttempts != 6):
				t.Errorf("job %d after retry: %+v, want available for a sixth attempt at %s", id, j, gone)
			}
			_, stderr = run(1, "jobs", op, "--db", db, failed)
			if op == "retry" && !strings.Contains(stderr, "is available, not failed") ||
				op == "delete" && !strings.Contains(stderr, "no such job") {
				t.Errorf("jobs %s twice: %q", op, stderr)
			}
		})
	}
}
