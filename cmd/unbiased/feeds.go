package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) feeds(ctx context.Context, args []string) error {
	hold := func(verb string) func(context.Context, []string) error {
		return func(ctx context.Context, args []string) error { return m.feedsHold(ctx, verb, args) }
	}
	return runSubcommand(ctx, "feeds", args,
		subcommand{"list", m.feedsList},
		subcommand{"import", m.feedsImport},
		subcommand{"export", m.feedsExport},
		subcommand{"remove", m.feedsRemove},
		subcommand{"hold", hold("hold")},
		subcommand{"release", hold("release")})
}

// feedState is a feed's health in one word.
func feedState(f news.Feed) string {
	switch {
	case f.Held:
		return "held"
	case f.Paused:
		return "paused"
	case f.Failures > 0:
		return "failing"
	case f.LastSuccessAt.IsZero():
		return "new"
	}
	return "ok"
}

func (m Main) feedsList(ctx context.Context, args []string) error {
	c := newCommand("feeds list", "[--db PATH] [--format text|json]", m.Stderr, "db")
	format := c.fs.String("format", "text", "output format: text or json")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("feeds list: unknown format %q (want text or json)", *format)
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	feeds, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	if *format == "json" {
		type row struct {
			URL         string    `json:"url"`
			OutletID    int64     `json:"outlet_id"`
			State       string    `json:"state"`
			LastSuccess time.Time `json:"last_success"`
			LastError   string    `json:"last_error"`
			Failures    int       `json:"failures"`
			NextCheck   time.Time `json:"next_check"`
			Interval    string    `json:"interval"`
		}
		rows := []row{}
		for _, f := range feeds {
			rows = append(rows, row{f.URL, f.OutletID, feedState(f), f.LastSuccessAt, f.LastError, f.Failures, f.NextCheckAt, f.Interval.String()})
		}
		return json.NewEncoder(m.Stdout).Encode(map[string]any{"feeds": rows})
	}
	loc := cfg.Location()
	when := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.In(loc).Format("2006-01-02 15:04")
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STATE\tFEED\tLAST SUCCESS\tFAILURES\tNEXT CHECK\tEVERY\tLAST ERROR")
	for _, f := range feeds {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", feedState(f), f.URL, when(f.LastSuccessAt), f.Failures,
			when(f.NextCheckAt), f.Interval, dash(truncate(f.LastError, 80)))
	}
	return tw.Flush()
}

func truncate(s string, n int) string {
	s = oneLine(s)
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func (m Main) feedsImport(ctx context.Context, args []string) error {
	c := newCommand("feeds import", "[--db PATH] [--allow-private] FILE.opml|URL", m.Stderr, "db", "allow-private", "user-agent", "contact")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("feeds import: want one OPML file or URL")
	}
	var data []byte
	if src := c.args[0]; strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
		// An OPML list from the web goes through the same rules and guard
		// as any other request.
		resp, err := newClient(cfg, fetch.Options{}).Get(ctx, fetch.Request{URL: src, Accept: "text/x-opml, application/xml;q=0.9, */*;q=0.5"})
		if err != nil {
			return fmt.Errorf("feeds import: %w", err)
		}
		data = resp.Body
	} else if data, err = os.ReadFile(src); err != nil {
		return fmt.Errorf("feeds import: %w", err)
	}
	subs, skipped, err := feed.ReadOPML(data)
	if err != nil {
		return fmt.Errorf("feeds import %s: %w", c.args[0], err)
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, s := range subs {
		home := s.HomeURL
		if home == "" {
			home = s.FeedURL
		}
		o, err := pipeline.OutletFor(ctx, st, home, s.Title, "")
		if err != nil {
			return err
		}
		if _, err := st.AddFeed(ctx, news.Feed{OutletID: o.ID, URL: s.FeedURL, Title: s.Title}); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stdout, "imported %d feeds\n", len(subs))
	for _, sk := range skipped {
		fmt.Fprintf(m.Stderr, "skipped outline %q (xmlUrl %q): %s\n", sk.Title, sk.XMLURL, sk.Reason)
	}
	if len(skipped) > 0 {
		fmt.Fprintf(m.Stdout, "skipped %d outlines that name no readable feed; see above\n", len(skipped))
	}
	return nil
}

func (m Main) feedsExport(ctx context.Context, args []string) error {
	c := newCommand("feeds export", "[--db PATH]", m.Stderr, "db", "site-name")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("feeds export: unexpected argument %q", c.args[0])
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	outlets, err := st.Outlets(ctx)
	if err != nil {
		return err
	}
	byID := map[int64]news.Outlet{}
	for _, o := range outlets {
		byID[o.ID] = o
	}
	feeds, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	var subs []feed.Subscription
	for _, f := range feeds {
		if strings.HasPrefix(f.URL, "file:") {
			continue
		}
		o := byID[f.OutletID]
		title := o.Name
		if title == "" {
			title = f.Title
		}
		subs = append(subs, feed.Subscription{Title: title, FeedURL: f.URL, HomeURL: o.Homepage, Category: o.Rating.Lean.Label()})
	}
	return feed.WriteOPML(m.Stdout, cfg.SiteName+" feeds", subs, m.Now())
}

func (m Main) feedsRemove(ctx context.Context, args []string) error {
	c := newCommand("feeds remove", "[--db PATH] URL", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("feeds remove: want one feed URL")
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.RemoveFeed(ctx, c.args[0])
}

// feedsHold stops a feed from being checked (hold) or lets it be checked
// again at once (release).
func (m Main) feedsHold(ctx context.Context, verb string, args []string) error {
	c := newCommand("feeds "+verb, "[--db PATH] URL", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("feeds %s: want one feed URL", verb)
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.HoldFeed(ctx, c.args[0], verb == "hold")
}
