package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/demo"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) demo(ctx context.Context, args []string) error {
	c := newCommand("demo", "[--addr HOST:PORT] [--db PATH]", m.Stderr,
		"addr", "admin-addr", "admin-token", "site-name", "desk", "time-zone", "date-format", "base-url", "bias-model", "story-quiet")
	dbPath := c.fs.String("db", "", "database file (default: a temporary file, removed on exit)")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	wr, err := writing(cfg)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("demo: unexpected argument %q", c.args[0])
	}
	start := m.Now()
	if *dbPath == "" {
		dir, err := os.MkdirTemp("", "unbiased-demo-")
		if err != nil {
			return fmt.Errorf("demo: temporary database: %w", err)
		}
		defer os.RemoveAll(dir)
		*dbPath = filepath.Join(dir, "demo.db")
	}
	cfg.DB = *dbPath

	feeds := demo.NewServer(m.Now)
	if err := feeds.Start(); err != nil {
		return fmt.Errorf("demo: start feed server: %w", err)
	}
	defer feeds.Close()

	st, err := store.Open(ctx, cfg.DB, store.WithClock(m.Now))
	if err != nil {
		return err
	}
	defer st.Close()
	site, err := m.openSite(st, cfg, storeReady(st), nil, nil)
	if err != nil {
		return err
	}
	defer closeAll(site)

	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	urls, err := registerDemoOutlets(ctx, st, m.Now())
	if err != nil {
		return err
	}
	// Only the demo's own host names pass: the dialer maps them to the
	// loopback feed server, and every other host meets the usual guard.
	// The feed server is our own, on loopback, so it is not rate limited.
	opts := fetch.Options{Dial: feeds.DialContext, AllowHost: demo.IsDemoHost, HostRate: -1}
	p := newPipeline(ctx, st, cfg, opts, log)
	p.Now = m.Now
	fmt.Fprintf(m.Stderr, "demo: reading %d outlets' feeds from the demo feed server at %s\n", len(urls), feeds.Addr())
	reports, err := p.Ingest(ctx, urls)
	if err != nil {
		return fmt.Errorf("demo: ingest: %w", err)
	}
	articles, failed := 0, 0
	for _, r := range reports {
		if r.Err != nil {
			fmt.Fprintf(m.Stderr, "demo: feed %s failed: %s\n", r.Source, oneLine(r.Err.Error()))
		}
		articles += r.New + r.Known
		failed += len(r.Failed)
		for _, f := range r.Failed {
			fmt.Fprintf(m.Stderr, "demo: article %s failed: %s\n", f.URL, oneLine(f.Err.Error()))
		}
	}
	rep, err := p.Rebuild(ctx, wr)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "demo: %d articles (%d failed), %d stories, %d published, in %s\n",
		articles, failed, rep.Stories, rep.Published, m.Now().Sub(start).Round(time.Millisecond))
	url := siteURL(site[0].ln)
	fmt.Fprintf(m.Stdout, "The Unbiased Post demo is at %s (Ctrl-C to stop)\n", url)
	if m.Ready != nil {
		m.Ready(url)
	}
	return serveUntilDone(ctx, site...)
}

// registerDemoOutlets stores the demo outlets with their leans and feeds,
// and returns the feed URLs.
func registerDemoOutlets(ctx context.Context, st *store.Store, now time.Time) ([]string, error) {
	var urls []string
	for _, o := range demo.Outlets() {
		id, err := st.UpsertOutlet(ctx, o.Outlet(now))
		if err != nil {
			return nil, err
		}
		if _, err := st.AddFeed(ctx, news.Feed{OutletID: id, URL: o.FeedURL, Title: o.Name}); err != nil {
			return nil, err
		}
		urls = append(urls, o.FeedURL)
	}
	return urls, nil
}
