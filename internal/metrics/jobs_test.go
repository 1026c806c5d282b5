package metrics

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A scrape reports the jobs as the counter reads them at that moment,
// and fails with the counter's error when it cannot read them.
func TestWatchJobs(t *testing.T) {
	var fail error
	n := 0
	d := New()
	d.WatchJobs(func(context.Context) ([]JobCount, error) {
		n++
		return []JobCount{{Kind: "read_article", State: "available", N: n}}, fail
	})
	scrape := func() (int, string) {
		rec := httptest.NewRecorder()
		d.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		return rec.Code, rec.Body.String()
	}
	for _, want := range []string{`unbiased_jobs{kind="read_article",state="available"} 1`, `unbiased_jobs{kind="read_article",state="available"} 2`} {
		if code, body := scrape(); code != http.StatusOK || !strings.Contains(body, want+"\n") {
			t.Errorf("scrape: %d, want %s in:\n%.2000s", code, want, body)
		}
	}
	fail = errors.New("count jobs: database is locked")
	if code, body := scrape(); code != http.StatusInternalServerError || !strings.Contains(body, fail.Error()) {
		t.Errorf("scrape with a failing count: %d, want 500 naming %q:\n%.2000s", code, fail, body)
	}
}
