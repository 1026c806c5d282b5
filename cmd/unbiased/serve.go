package main

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/jobs"
	"github.com/theunbiasedpost/unbiased/internal/metrics"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) serve(ctx context.Context, args []string) error {
	c := newCommand("serve", "[--db PATH] [--addr HOST:PORT] [--base-url URL] [--role all|web|worker] [--allow-private] [FEED...]", m.Stderr)
	every := c.fs.Duration("tick", time.Minute, "how often to look for feeds that are due (each feed's own interval adapts between 5m and 6h)")
	role := c.fs.String("role", "all", "all: serve the site and read feeds; web: serve the site only; worker: read feeds and write stories only (with --admin-addr, its admin pages and metrics answer there)")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if *every < time.Second {
		return usagef("serve: --tick must be at least 1s")
	}
	switch *role {
	case "all", "web", "worker":
	default:
		return usagef("serve: --role must be all, web or worker, not %q", *role)
	}
	if *role == "web" && len(c.args) > 0 {
		return usagef("serve: --role web reads no feeds: give the feeds to a worker (or to --role all)")
	}
	wr, err := writing(cfg)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	met := metrics.New()
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	// Every role opens the job queue, which brings River's tables up to
	// date: a worker works its jobs, and the admin pages of every role
	// list them.
	var p *pipeline.Pipeline
	qcfg := jobs.Config{Log: log}
	if *role != "web" {
		p = newPipeline(ctx, st, cfg, fetch.Options{}, log)
		p.Metrics = met
		qcfg = jobs.Config{Pipeline: p, Writing: wr, Schedule: pipeline.DefaultSchedule, Workers: p.Workers,
			RescueAfter: cfg.JobRescueAfterFor(), RebuildDelay: cfg.RebuildDelayFor(), Log: log}
	}
	q, err := jobs.Open(ctx, cfg.DB, qcfg)
	if err != nil {
		return err
	}
	defer q.Close()
	met.WatchJobs(q.Depth)
	var site []served
	switch *role {
	case "worker":
		site, err = m.openAdmin(st, cfg, met, q)
	default:
		site, err = m.openSite(st, cfg, storeReady(st), met, q)
	}
	if err != nil {
		return err
	}
	defer closeAll(site)

	// The feeds are read until serving ends, and the store is closed only
	// after the reading has stopped.
	work, stop := context.WithCancel(ctx)
	defer stop()
	var reading sync.WaitGroup
	if p != nil {
		if len(c.args) == 0 {
			if feeds, err := st.Feeds(ctx); err == nil && len(feeds) == 0 {
				fmt.Fprintf(m.Stderr, "unbiased: %s follows no feeds yet: run 'unbiased sources import' for the shipped catalogue, 'unbiased sources add URL' for one outlet, or give feed URLs to serve\n", store.Redacted(cfg.DB))
			}
		}
		if err := q.Start(work); err != nil {
			return err
		}
		reading.Add(1)
		go func() {
			defer reading.Done()
			m.follow(work, p, q, c.args, wr, *every, cfg.KeepTextFor(), log)
			// The jobs under way finish (or, after jobs.StopTimeout,
			// are cancelled and left queued for the next desk).
			if err := q.Stop(context.Background()); err != nil {
				log.Error("stop the job queue", "err", err)
			}
		}()
	}
	defer reading.Wait() // after stop: deferred calls run last first
	defer stop()

	if *role == "worker" {
		fmt.Fprintf(m.Stdout, "%s: reading feeds and writing stories (no site served)\n", cfg.SiteName)
		if m.Ready != nil {
			m.Ready("")
		}
		if len(site) == 0 {
			<-ctx.Done()
			return nil
		}
		return serveUntilDone(ctx, site...)
	}
	url := siteURL(site[0].ln)
	fmt.Fprintf(m.Stdout, "serving %s on %s\n", cfg.SiteName, url)
	if m.Ready != nil {
		m.Ready(url)
	}
	return serveUntilDone(ctx, site...)
}

// follow queues a check of the feeds given on the command line (which
// adds them to the store) and of the stored feeds that are due, then of
// the stored feeds as they fall due, until ctx ends; the queue's workers,
// in this desk or another on the same database, do the checks.
func (m Main) follow(ctx context.Context, p *pipeline.Pipeline, q *jobs.Queue, sources []string, w pipeline.Writing, tick, keepText time.Duration, log *slog.Logger) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		n, err := p.Dispatch(ctx, q, w, sources...)
		sources = nil
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			log.Error("queue the feeds that are due", "err", err)
		case n > 0:
			log.Info("queued feed checks", "feeds", n)
		}
		if n, err := dropOldText(ctx, p.Store, keepText, m.Now()); err != nil && ctx.Err() == nil {
			log.Error("drop old report text", "err", err)
		} else if n > 0 {
			log.Info("dropped the text of old reports", "reports", n, "first_seen_before", m.Now().Add(-keepText).UTC().Format(time.RFC3339))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
