package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) serve(ctx context.Context, args []string) error {
	c := newCommand("serve", "[--db PATH] [--addr HOST:PORT] [--base-url URL] [--allow-private] [FEED...]", m.Stderr)
	every := c.fs.Duration("interval", 15*time.Minute, "how often to check the feeds")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if *every < time.Minute {
		return usagef("serve: --interval must be at least 1m")
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := listen(cfg.Addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	p := newPipeline(st, newClient(cfg, fetch.Options{}), log)

	poll := func() {
		sources := append([]string(nil), c.args...)
		feeds, err := st.Feeds(ctx)
		if err != nil {
			log.Error("list feeds", "err", err)
		}
		for _, f := range feeds {
			if !strings.HasPrefix(f.URL, "file:") && !contains(sources, f.URL) {
				sources = append(sources, f.URL)
			}
		}
		if len(sources) == 0 {
			log.Info("no feeds to check: pass feed URLs to serve or ingest them")
			return
		}
		reports, err := p.Ingest(ctx, sources)
		if err != nil {
			return
		}
		for _, r := range reports {
			if r.Err != nil {
				log.Warn("feed failed", "feed", r.Source, "err", r.Err)
			}
		}
		rep, err := p.Rebuild(ctx, writing(cfg))
		if err != nil {
			log.Error("write stories", "err", err)
			return
		}
		log.Info("checked feeds", "feeds", len(sources), "stories", rep.Stories, "published", rep.Published)
	}
	go func() {
		t := time.NewTicker(*every)
		defer t.Stop()
		for {
			poll()
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	url := siteURL(ln)
	fmt.Fprintf(m.Stdout, "serving %s on %s\n", cfg.SiteName, url)
	if m.Ready != nil {
		m.Ready(url)
	}
	return serveUntilDone(ctx, ln, newSite(st, cfg, storeReady(st)))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
