package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) stories(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "stories", args,
		subcommand{"list", m.storiesList},
		subcommand{"show", m.storiesShow})
}

func (m Main) storiesList(ctx context.Context, args []string) error {
	c := newCommand("stories list", "[--db PATH] [--limit N] [--format text|json]", m.Stderr, "db")
	limit := c.fs.Int("limit", 50, "how many stories to list")
	format := c.fs.String("format", "text", "output format: text or json")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("stories list: unexpected argument %q", c.args[0])
	}
	if *limit < 1 {
		return usagef("stories list: --limit must be at least 1")
	}
	if *format != "text" && *format != "json" {
		return usagef("stories list: unknown format %q (want text or json)", *format)
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.ListStories(ctx, *limit, 0)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"stories": list})
	}
	if len(list) == 0 {
		fmt.Fprintln(m.Stderr, "no stories yet: run 'unbiased ingest' first")
	}
	for _, s := range list {
		fmt.Fprintf(m.Stdout, "%s  %s  %d reports, %d outlets  %s\n",
			s.ID, s.Published.In(cfg.Location()).Format("2006-01-02 15:04"), s.Articles, s.Outlets, s.Headline)
	}
	return nil
}

func (m Main) storiesShow(ctx context.Context, args []string) error {
	c := newCommand("stories show", "[--db PATH] [--format md|json|html] ID", m.Stderr,
		"db", "site-name", "desk", "time-zone", "date-format", "base-url")
	format := c.fs.String("format", "md", "output format: md, json or html")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("stories show: want exactly one story ID")
	}
	switch *format {
	case "md", "json", "html":
	default:
		return usagef("stories show: unknown format %q (want md, json or html)", *format)
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	id := c.args[0]
	page, err := st.Page(ctx, id)
	if errors.Is(err, news.ErrNotFound) {
		if to, merr := st.StoryMovedTo(ctx, id); merr == nil {
			fmt.Fprintf(m.Stderr, "story %s was merged into %s\n", id, to)
			page, err = st.Page(ctx, to)
		}
	}
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(page)
	case "html":
		rec := httptest.NewRecorder()
		req := httptest.NewRequestWithContext(ctx, http.MethodGet, news.StoryPath(page.StoryID), nil)
		newSite(st, cfg, nil).ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			return fmt.Errorf("render story %s: status %d", page.StoryID, rec.Code)
		}
		_, err := m.Stdout.Write(rec.Body.Bytes())
		return err
	}
	_, err = fmt.Fprint(m.Stdout, markdown(page, cfg))
	return err
}

// openExisting opens the store for reading commands, refusing to create
// an empty desk where the user mistyped --db: a SQLite file that does not
// exist, or a PostgreSQL database without the desk's tables.
func openExisting(ctx context.Context, cfg config.Config) (*store.Store, error) {
	has, err := store.HasDesk(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	if !has {
		name := store.Redacted(cfg.DB)
		return nil, fmt.Errorf("open store %s: no such database (run 'unbiased ingest' or 'unbiased demo --db %s' first)", name, name)
	}
	return store.Open(ctx, cfg.DB)
}
