package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) stories(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "stories", args,
		subcommand{"list", m.storiesList},
		subcommand{"show", m.storiesShow},
		subcommand{"recluster", m.storiesRecluster},
		subcommand{"reports", m.storiesReports},
		subcommand{"merge", m.storiesMerge},
		subcommand{"split", m.storiesSplit},
		subcommand{"decisions", m.storiesDecisions})
}

// storiesRecluster groups the reports of the window into stories from
// scratch and writes every story again: what a rebuild does, without the
// stories it made before, so that the result depends on the reports alone.
func (m Main) storiesRecluster(ctx context.Context, args []string) error {
	c := newCommand("stories recluster", "[--db PATH]", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("stories recluster: unexpected argument %q", c.args[0])
	}
	wr, err := writing(cfg)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	p := newPipeline(ctx, st, cfg, fetch.Options{}, log)
	wr.Fresh = true
	var finish func()
	p.WriteProgress, finish = m.progress("writing stories")
	rep, err := p.Rebuild(ctx, wr)
	finish()
	if err != nil {
		return err
	}
	if rep.Elsewhere {
		return errors.New("stories recluster: another desk is rebuilding the stories now; try again when it is done")
	}
	fmt.Fprintf(m.Stdout, "stories: %d found, %d published from %d articles, every one written again\n", rep.Stories, rep.Published, rep.Articles)
	if n := rep.RefusedTotal(); n > 0 {
		fmt.Fprintf(m.Stdout, "not published: %d (%s); 'unbiased stories list --all' says why\n", n, refusalCounts(rep.Refused))
	}
	return nil
}

func (m Main) storiesList(ctx context.Context, args []string) error {
	c := newCommand("stories list", "[--db PATH] [--limit N] [--all] [--format text|json]", m.Stderr, "db")
	limit := c.fs.Int("limit", 50, "how many stories to list")
	all := c.fs.Bool("all", false, "list unpublished stories too, each with why it has no page")
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
	if *all {
		return m.listAll(ctx, st, cfg, *limit, *format)
	}
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
		if total, _, err := st.StoryCounts(ctx); err == nil && total > 0 {
			fmt.Fprintf(m.Stderr, "no story is published yet, of %d found: 'unbiased stories list --all' says why\n", total)
		} else {
			fmt.Fprintln(m.Stderr, "no stories yet: run 'unbiased ingest' first")
		}
	}
	for _, s := range list {
		fmt.Fprintf(m.Stdout, "%s  %s  %s, %s  %s\n",
			s.ID, s.Published.In(cfg.Location()).Format("2006-01-02 15:04"), news.Count(s.Articles, "report", "reports"), news.Count(s.Outlets, "outlet", "outlets"), s.Headline)
	}
	return nil
}

// listAll lists every story, published or not, with why the unpublished
// ones have no page.
func (m Main) listAll(ctx context.Context, st *store.Store, cfg config.Config, limit int, format string) error {
	list, err := st.StoryStatuses(ctx, false, limit, 0)
	if err != nil {
		return err
	}
	if format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"stories": list})
	}
	if len(list) == 0 {
		fmt.Fprintln(m.Stderr, "no stories yet: run 'unbiased ingest' first")
	}
	for _, s := range list {
		state := "published"
		if !s.Published {
			state = "NOT PUBLISHED: " + s.Refusal
		} else if s.Reason != "" {
			state = "published (earlier page kept; the last rewrite failed: " + s.Refusal + ")"
		}
		fmt.Fprintf(m.Stdout, "%s  %s  %s, %s  %s\n    %s\n",
			s.ID, s.Latest.In(cfg.Location()).Format("2006-01-02 15:04"), news.Count(s.Articles, "report", "reports"), news.Count(s.Outlets, "outlet", "outlets"), s.Headline, state)
	}
	return nil
}

func (m Main) storiesShow(ctx context.Context, args []string) error {
	c := newCommand("stories show", "[--db PATH] [--format md|json|html] [--why] ID", m.Stderr,
		"db", "site-name", "desk", "time-zone", "date-format", "base-url")
	format := c.fs.String("format", "md", "output format: md, json or html")
	why := c.fs.Bool("why", false, "say why the story's reports are grouped together, instead of its page (as text, or json)")
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
	if *why && *format == "html" {
		return usagef("stories show: --why gives md (text) or json, not html")
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	id := c.args[0]
	if *why {
		return m.showWhy(ctx, st, cfg, id, *format)
	}
	page, err := st.Page(ctx, id)
	if errors.Is(err, news.ErrNotFound) {
		if to, merr := st.StoryMovedTo(ctx, id); merr == nil {
			fmt.Fprintf(m.Stderr, "story %s was merged into %s\n", id, to)
			page, err = st.Page(ctx, to)
		} else if status, serr := st.StoryStatus(ctx, id); serr == nil {
			return m.showUnpublished(status, *format)
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
		m.newSite(st, cfg, nil, nil, nil).ServeHTTP(rec, req)
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

// showUnpublished tells what the desk knows of a story that has no page:
// its reports and why it was not published.
func (m Main) showUnpublished(s news.StoryStatus, format string) error {
	if format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	_, err := fmt.Fprintf(m.Stdout, "Story %s is not published.\nWhy: %s\nReports: %d from %d outlets; the first: %s\n",
		s.ID, s.Refusal, s.Articles, s.Outlets, s.Headline)
	return err
}
