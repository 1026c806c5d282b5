// Package metrics keeps the desk's operating figures for Prometheus:
// fetch errors by class, feed checks by result, reports stored, the
// ingest queue's depth, the job queue's depth and its failed attempts,
// stories written and how long rebuilds take.
//
// Every method is safe on a nil *Desk, which records nothing, so that
// code paths that run without metrics (the CLI's one-off commands, tests)
// need no checks.
package metrics

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/theunbiasedpost/unbiased/internal/extract"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
)

// Desk is one process's figures, on a registry of its own.
type Desk struct {
	reg            *prometheus.Registry
	fetchErrors    *prometheus.CounterVec
	feedChecks     *prometheus.CounterVec
	articles       prometheus.Counter
	stories        *prometheus.CounterVec
	rebuildSeconds prometheus.Histogram
	jobFailures    *prometheus.CounterVec
}

// New returns a Desk with every figure at zero, and the Go runtime's and
// the process's own figures beside them.
func New() *Desk {
	d := &Desk{
		reg: prometheus.NewRegistry(),
		fetchErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unbiased_fetch_errors_total",
			Help: "Feeds and pages that could not be read, by class of error (see ErrorClass).",
		}, []string{"class"}),
		feedChecks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unbiased_feed_checks_total",
			Help: "Feed checks by result: read, not_modified, failed, or deferred to the next poll.",
		}, []string{"result"}),
		articles: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "unbiased_articles_stored_total",
			Help: "Reports stored for the first time.",
		}),
		stories: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unbiased_stories_written_total",
			Help: "Stories written by rebuilds, by result: published, or refused with its reason.",
		}, []string{"result"}),
		rebuildSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "unbiased_rebuild_seconds",
			Help:    "How long a rebuild of the stories took.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 14), // 50 ms to about 7 minutes
		}),
		jobFailures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "unbiased_job_failures_total",
			Help: "Failed attempts of jobs by kind and by what follows: retry (tried again later), discarded (the last attempt failed), or cancelled (ended at once, as the failure would recur).",
		}, []string{"kind", "result"}),
	}
	d.reg.MustRegister(d.fetchErrors, d.feedChecks, d.articles, d.stories, d.rebuildSeconds, d.jobFailures,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return d
}

// Handler serves the figures in Prometheus' text format.
func (d *Desk) Handler() http.Handler {
	if d == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(d.reg, promhttp.HandlerOpts{})
}

// FetchFailed counts one feed or page that could not be read.
func (d *Desk) FetchFailed(err error) {
	if d == nil || err == nil {
		return
	}
	d.fetchErrors.WithLabelValues(ErrorClass(err)).Inc()
}

// FeedChecked counts one check of a feed with its result.
func (d *Desk) FeedChecked(result string) {
	if d == nil {
		return
	}
	d.feedChecks.WithLabelValues(result).Inc()
}

// ArticleStored counts one report stored for the first time.
func (d *Desk) ArticleStored() {
	if d == nil {
		return
	}
	d.articles.Inc()
}

// Rebuilt records one rebuild: the stories it published, those it
// refused by reason, and how long it took.
func (d *Desk) Rebuilt(published int, refused map[string]int, took time.Duration) {
	if d == nil {
		return
	}
	d.stories.WithLabelValues("published").Add(float64(published))
	for reason, n := range refused {
		d.stories.WithLabelValues("refused_" + reason).Add(float64(n))
	}
	d.rebuildSeconds.Observe(took.Seconds())
}

// JobFailed counts one failed attempt of a job of kind, with what
// follows it: "retry", "discarded" or "cancelled".
func (d *Desk) JobFailed(kind, result string) {
	if d == nil {
		return
	}
	d.jobFailures.WithLabelValues(kind, result).Inc()
}

// ErrorClass names the kind of a fetch error, for the operator: robots
// (a robots.txt rule or an unreachable robots.txt), status_4xx and
// status_5xx, too_large, too_slow, redirects, refused (a private address
// or a scheme the desk does not fetch), dns, timeout, connection,
// no_report (a page with no text, or with only the site's notice to its
// reader: extract.ErrNoContent, extract.ErrSiteNotice), or other (a page
// that could not be decoded, say).
func ErrorClass(err error) string {
	var status *fetch.StatusError
	var dnsErr *net.DNSError
	var opErr *net.OpError
	switch {
	case errors.Is(err, fetch.ErrDisallowed), errors.Is(err, fetch.ErrRobotsUnreachable):
		return "robots"
	case errors.As(err, &status) && status.Code >= 500:
		return "status_5xx"
	case errors.As(err, &status):
		return "status_4xx"
	case errors.Is(err, fetch.ErrTooLarge):
		return "too_large"
	case errors.Is(err, fetch.ErrTooSlow):
		return "too_slow"
	case errors.Is(err, fetch.ErrTooManyRedirects):
		return "redirects"
	case errors.Is(err, fetch.ErrPrivateAddress), errors.Is(err, fetch.ErrUnsupportedScheme):
		return "refused"
	case errors.As(err, &dnsErr):
		return "dns"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timeout"
	case errors.As(err, &opErr):
		return "connection"
	case errors.Is(err, extract.ErrNoContent), errors.Is(err, extract.ErrSiteNotice):
		return "no_report"
	}
	return "other"
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
