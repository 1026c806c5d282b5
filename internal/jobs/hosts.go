package jobs

import (
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// hostWait is how long a job whose host is busy waits before a worker
// takes it again.
const hostWait = time.Second

// hosts counts the jobs this desk runs against each host. River hands
// jobs out in the order they came, so the hundreds of pages of one feed
// would otherwise take every worker, each waiting its turn at that host's
// politeness (one request a second or so; see fetch.Options), while the
// pages of other hosts wait. As Ingest's in-process queue does, a desk
// runs one job per host at a time; a job of a busy host is put back
// (river.JobSnooze, which costs it no attempt) and the worker takes the
// next. Desks sharing a database each keep their own count.
type hosts struct {
	mu   sync.Mutex
	busy map[string]bool
}

// take claims host for a job and returns the func that gives it back,
// or false when a job of this desk holds it. A job without a host (a
// feed read from a file) always runs.
func (h *hosts) take(host string) (func(), bool) {
	if host == "" {
		return func() {}, true
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.busy[host] {
		return nil, false
	}
	if h.busy == nil {
		h.busy = map[string]bool{}
	}
	h.busy[host] = true
	return func() {
		h.mu.Lock()
		delete(h.busy, host)
		h.mu.Unlock()
	}, true
}

// withHost runs work unless a job of this desk holds the host of link,
// in which case it puts job back for hostWait.
func (q *Queue) withHost(job *rivertype.JobRow, link string, work func() error) error {
	host := hostOf(link)
	release, ok := q.hosts.take(host)
	if !ok {
		q.cfg.Log.Debug("host busy: job put back", "job", job.ID, "kind", job.Kind, "host", host)
		return river.JobSnooze(hostWait)
	}
	defer release()
	return work()
}

// hostOf is the lower-case host name of a URL, or "" for a file.
func hostOf(link string) string {
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}
