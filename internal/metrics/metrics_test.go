package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
)

func TestErrorClass(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("feed: %w", &fetch.StatusError{URL: "http://a.test/", Code: 404}), "status_4xx"},
		{&fetch.StatusError{URL: "http://a.test/", Code: 503}, "status_5xx"},
		{fmt.Errorf("get: %w", fetch.ErrDisallowed), "robots"},
		{fetch.ErrTooLarge, "too_large"},
		{fetch.ErrTooSlow, "too_slow"},
		{fetch.ErrTooManyRedirects, "redirects"},
		{fetch.ErrPrivateAddress, "refused"},
		{&net.DNSError{Err: "no such host", Name: "nowhere.test", IsNotFound: true}, "dns"},
		{fmt.Errorf("get: %w", context.DeadlineExceeded), "timeout"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, "connection"},
		{fmt.Errorf("extract: %w", extract.ErrNoContent), "no_report"},
		{fmt.Errorf("extract: %w", extract.ErrSiteNotice), "no_report"},
		{errors.New("store: disk full"), "other"},
	}
	for _, tt := range tests {
		if got := ErrorClass(tt.err); got != tt.want {
			t.Errorf("ErrorClass(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestDeskCounts(t *testing.T) {
	d := New()
	d.FetchFailed(&fetch.StatusError{Code: 404})
	d.FetchFailed(&fetch.StatusError{Code: 410})
	d.FetchFailed(nil)
	d.FeedChecked("read")
	d.ArticleStored()
	d.ArticleStored()
	d.Rebuilt(4, map[string]int{"too_few_outlets": 2}, 1500*time.Millisecond)
	for _, c := range []struct {
		got, want float64
		what      string
	}{
		{testutil.ToFloat64(d.fetchErrors.WithLabelValues("status_4xx")), 2, "4xx errors"},
		{testutil.ToFloat64(d.feedChecks.WithLabelValues("read")), 1, "feeds read"},
		{testutil.ToFloat64(d.articles), 2, "articles stored"},
		{testutil.ToFloat64(d.stories.WithLabelValues("published")), 4, "stories published"},
		{testutil.ToFloat64(d.stories.WithLabelValues("refused_too_few_outlets")), 2, "stories refused"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	rec := httptest.NewRecorder()
	d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{`unbiased_fetch_errors_total{class="status_4xx"} 2`, "unbiased_articles_stored_total 2", "unbiased_rebuild_seconds_count 1", "go_goroutines"} {
		if !strings.Contains(body, want) {
			t.Errorf("the scrape lacks %q", want)
		}
	}
}

func TestNilDeskRecordsNothing(t *testing.T) {
	var d *Desk
	d.FetchFailed(errors.New("x"))
	d.FeedChecked("read")
	d.ArticleStored()
	d.Rebuilt(1, nil, time.Second)
	rec := httptest.NewRecorder()
	d.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 404 {
		t.Errorf("a nil desk's handler answered %d, want 404", rec.Code)
	}
}
