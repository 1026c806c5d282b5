package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/theunbiasedpost/unbiased/internal/feed"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/sources"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) sources(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "sources", args,
		subcommand{"list", m.sourcesList},
		subcommand{"add", m.sourcesAdd},
		subcommand{"remove", m.sourcesRemove},
		subcommand{"import", m.sourcesImport},
		subcommand{"import-ratings", m.sourcesImportRatings})
}

func (m Main) sourcesList(ctx context.Context, args []string) error {
	c := newCommand("sources list", "[--db PATH] [--format text|json]", m.Stderr, "db")
	format := c.fs.String("format", "text", "output format: text or json")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usagef("sources list: unknown format %q (want text or json)", *format)
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
	feeds, err := st.Feeds(ctx)
	if err != nil {
		return err
	}
	count := map[int64]int{}
	for _, f := range feeds {
		count[f.OutletID]++
	}
	if *format == "json" {
		type row struct {
			Slug, Name, Homepage, Country, Language string
			Lean                                    news.Lean
			RatedBy                                 string `json:"rated_by"`
			Feeds                                   int
		}
		rows := []row{}
		for _, o := range outlets {
			rows = append(rows, row{o.Slug, o.Name, o.Homepage, o.Country, o.Language, o.Rating.Lean, o.Rating.Rater, count[o.ID]})
		}
		return json.NewEncoder(m.Stdout).Encode(map[string]any{"sources": rows})
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SLUG\tNAME\tLEAN\tRATED BY\tCOUNTRY\tFEEDS")
	for _, o := range outlets {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\n", o.Slug, o.Name, o.Rating.Lean.Label(), dash(o.Rating.Rater), dash(o.Country), count[o.ID])
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (m Main) sourcesAdd(ctx context.Context, args []string) error {
	c := newCommand("sources add", "[--db PATH] [--name NAME] [--lean LEAN --rater NAME] [--country CC] [--language LL] [--allow-private] HOMEPAGE|FEED-URL", m.Stderr, "db", "user-agent", "contact")
	name := c.fs.String("name", "", "the outlet's name (default: the feed's title)")
	leanFlag := c.fs.String("lean", "unrated", "lean: left, lean_left, center, lean_right, right or unrated")
	rater := c.fs.String("rater", "", "who rated the lean (required with --lean other than unrated)")
	country := c.fs.String("country", "", "two-letter country code")
	language := c.fs.String("language", "", "two-letter language code")
	private := c.fs.Bool("allow-private", false, "this source is self-hosted on a private address")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("sources add: want one homepage or feed URL")
	}
	lean, err := news.ParseLean(*leanFlag)
	if err != nil {
		return usagef("sources add: %v", err)
	}
	if lean != news.Unrated && *rater == "" {
		return usagef("sources add: --lean %s needs --rater (who made that judgment)", lean)
	}
	u, err := url.Parse(c.args[0])
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return usagef("sources add: %q is not an http or https URL", c.args[0])
	}
	cfg.AllowPrivate = cfg.AllowPrivate || *private
	client := newClient(cfg, fetch.Options{})
	feeds, title, err := discoverFeeds(ctx, client, c.args[0])
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	if *name == "" {
		*name = title
	}
	o, err := pipeline.OutletFor(ctx, st, c.args[0], *name, *language)
	if err != nil {
		return err
	}
	if *name != "" {
		o.Name = *name
	}
	if *country != "" {
		o.Country = strings.ToUpper(*country)
	}
	if *language != "" {
		o.Language = strings.ToLower(*language)
	}
	o.AllowPrivate = *private
	o.Rating = news.Rating{Lean: lean, Rater: *rater, RatedAt: m.Now().UTC()}
	if _, err := st.UpsertOutlet(ctx, o); err != nil {
		return err
	}
	for _, f := range feeds {
		if _, err := st.AddFeed(ctx, news.Feed{OutletID: o.ID, URL: f}); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "added %s: %s\n", o.Slug, f)
	}
	return nil
}

// discoverFeeds returns the feeds of a URL: the URL itself when it is a
// feed, else the feeds its page links to with rel=alternate.
func discoverFeeds(ctx context.Context, client *fetch.Client, raw string) ([]string, string, error) {
	resp, err := client.Get(ctx, fetch.Request{URL: raw})
	if err != nil {
		return nil, "", fmt.Errorf("discover feeds: %w", err)
	}
	body, err := fetch.ToUTF8(resp.Body, resp.ContentType)
	if err != nil {
		return nil, "", fmt.Errorf("discover feeds: %s: %w", raw, err)
	}
	if parsed, err := feed.Parse(body, resp.URL); err == nil {
		return []string{resp.URL}, parsed.Title, nil
	}
	found := feed.Discover(body, resp.URL)
	if len(found) == 0 {
		return nil, "", fmt.Errorf("discover feeds: %s is not a feed and links to none", raw)
	}
	return found, "", nil
}

func (m Main) sourcesRemove(ctx context.Context, args []string) error {
	c := newCommand("sources remove", "[--db PATH] SLUG", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("sources remove: want one outlet slug")
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.RemoveOutlet(ctx, c.args[0])
}

func (m Main) sourcesImport(ctx context.Context, args []string) error {
	c := newCommand("sources import", "[--db PATH] [CATALOGUE.toml]", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	var entries []sources.Entry
	switch len(c.args) {
	case 0:
		entries, err = sources.Default()
	case 1:
		var data []byte
		if data, err = os.ReadFile(c.args[0]); err == nil {
			entries, err = sources.Parse(data)
		}
	default:
		return usagef("sources import: want at most one catalogue file")
	}
	if err != nil {
		return fmt.Errorf("sources import: %w", err)
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	update, finish := m.progress("importing outlets")
	feeds, err := importEntries(ctx, st, entries, update)
	finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "imported %d outlets with %d feeds\n", len(entries), feeds)
	return nil
}

// importEntries records a catalogue's outlets, their ratings and their
// feeds, calling update (when not nil) after each outlet, and returns
// how many feeds it added.
func importEntries(ctx context.Context, st *store.Store, entries []sources.Entry, update func(done, total int)) (int, error) {
	feeds := 0
	for i, e := range entries {
		id, err := st.UpsertOutlet(ctx, e.Outlet)
		if err != nil {
			return feeds, err
		}
		if e.Rating.Rater != "" {
			if err := st.SetRating(ctx, id, e.Rating); err != nil {
				return feeds, err
			}
		}
		for _, f := range e.Feeds {
			if _, err := st.AddFeed(ctx, news.Feed{OutletID: id, URL: f}); err != nil {
				return feeds, err
			}
			feeds++
		}
		if update != nil {
			update(i+1, len(entries))
		}
	}
	return feeds, nil
}

func (m Main) sourcesImportRatings(ctx context.Context, args []string) error {
	c := newCommand("sources import-ratings", "--rater NAME [--db PATH] FILE.csv", m.Stderr, "db")
	rater := c.fs.String("rater", "", "who made the ratings in the file (shown on every page)")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*rater) == "" {
		return usagef("sources import-ratings: --rater is required")
	}
	if len(c.args) != 1 {
		return usagef("sources import-ratings: want one CSV file (name,domain,lean)")
	}
	f, err := os.Open(c.args[0])
	if err != nil {
		return fmt.Errorf("sources import-ratings: %w", err)
	}
	defer f.Close()
	rows, perr := sources.ParseRatings(f)
	if perr != nil && len(rows) == 0 {
		return fmt.Errorf("sources import-ratings: %w", perr)
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
	now := m.Now().UTC()
	matched := 0
	for _, r := range rows {
		hit := false
		for _, o := range outlets {
			if sources.MatchDomain(o.Homepage, r.Domain) || (r.Domain == "" && strings.EqualFold(o.Name, r.Name)) {
				if err := st.SetRating(ctx, o.ID, news.Rating{Lean: r.Lean, Rater: *rater, RatedAt: now}); err != nil {
					return err
				}
				hit = true
			}
		}
		if hit {
			matched++
		} else {
			fmt.Fprintf(m.Stderr, "no outlet matches %s (%s)\n", r.Name, r.Domain)
		}
	}
	fmt.Fprintf(m.Stdout, "rated %d of %d rows as %q\n", matched, len(rows), *rater)
	if perr != nil {
		return fmt.Errorf("sources import-ratings: some rows were skipped: %w", perr)
	}
	return nil
}
