package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// JobCount is how many jobs of one kind are in one state.
type JobCount struct {
	Kind, State string
	N           int
}

// JobCounter counts the jobs of a queue by kind and state.
type JobCounter func(ctx context.Context) ([]JobCount, error)

// jobsTimeout bounds one count of the jobs at a scrape.
const jobsTimeout = 10 * time.Second

var jobsDesc = prometheus.NewDesc("unbiased_jobs",
	"Jobs in the job queue by kind and state (available, pending, scheduled, retryable, running, discarded, cancelled), counted in the database at each scrape: the work of every desk sharing it.",
	[]string{"kind", "state"}, nil)

// WatchJobs makes every scrape report the job queue's depth as count
// reads it then, in the database that the desks share. A count that
// fails fails the scrape with its error. Call it once.
func (d *Desk) WatchJobs(count JobCounter) {
	if d == nil {
		return
	}
	d.reg.MustRegister(jobsCollector{count})
}

type jobsCollector struct{ count JobCounter }

func (c jobsCollector) Describe(ch chan<- *prometheus.Desc) { ch <- jobsDesc }

func (c jobsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), jobsTimeout)
	defer cancel()
	counts, err := c.count(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(jobsDesc, err)
		return
	}
	for _, n := range counts {
		ch <- prometheus.MustNewConstMetric(jobsDesc, prometheus.GaugeValue, float64(n.N), n.Kind, n.State)
	}
}
