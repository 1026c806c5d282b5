package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

func (m Main) ingest(ctx context.Context, args []string) error {
	c := newCommand("ingest", "[--db PATH] [--allow-private] FILE|URL...", m.Stderr,
		"db", "allow-private", "user-agent", "contact", "desk", "bias-model", "keep-text", "story-quiet")
	noWrite := c.fs.Bool("no-write", false, "only store articles; do not cluster and write stories")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	wr, err := writing(cfg)
	if err != nil {
		return err
	}
	if len(c.args) == 0 {
		return usagef("ingest: want at least one feed file or URL")
	}
	st, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	p := newPipeline(ctx, st, cfg, fetch.Options{}, log)
	var finish func()
	p.Progress, finish = m.progress("reading articles")
	reports, err := p.Ingest(ctx, c.args)
	finish()
	failures := printReports(m.Stdout, reports)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	// The feeds just read are next due as a poll of serve would set it,
	// so that 'feeds list' tells when they are checked again.
	if _, err := p.ScheduleChecked(ctx, pipeline.DefaultSchedule, reports, nil); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	if !*noWrite {
		rep, err := p.Rebuild(ctx, wr)
		if err != nil {
			return err
		}
		if rep.Elsewhere {
			fmt.Fprintln(m.Stdout, "stories: left to the desk that is rebuilding them now; it writes these articles into stories at its next rebuild")
		} else {
			fmt.Fprintf(m.Stdout, "stories: %d found, %d published from %d articles (%d written, %d unchanged)\n",
				rep.Stories, rep.Published, rep.Articles, rep.Stories-rep.Unchanged, rep.Unchanged)
		}
		if n := rep.RefusedTotal(); n > 0 {
			fmt.Fprintf(m.Stdout, "not published: %d (%s); 'unbiased stories list --all' says why\n", n, refusalCounts(rep.Refused))
		}
	}
	if n, err := dropOldText(ctx, st, cfg.KeepTextFor(), m.Now()); err != nil {
		return fmt.Errorf("ingest: %w", err)
	} else if n > 0 {
		fmt.Fprintf(m.Stdout, "text dropped: %s first seen more than %s ago (keep_text); their titles and links stay\n", news.Count(n, "report", "reports"), cfg.KeepText)
	}
	if failures == len(reports) {
		return errors.New("ingest: every feed failed")
	}
	return nil
}

// dropOldText empties the stored text of the reports first seen longer
// than keep before now, when keep is set (see config.Config.KeepText),
// and returns how many it emptied.
func dropOldText(ctx context.Context, st *store.Store, keep time.Duration, now time.Time) (int, error) {
	if keep <= 0 {
		return 0, nil
	}
	return st.DropTextBefore(ctx, now.Add(-keep))
}

// printReports writes one line per feed and one per failed article, and
// returns how many feeds failed outright.
func printReports(w io.Writer, reports []*pipeline.FeedReport) int {
	failed := 0
	for _, r := range reports {
		switch {
		case r.Err != nil:
			failed++
			fmt.Fprintf(w, "FAIL %s: %s\n", r.Source, oneLine(r.Err.Error()))
		case r.NotModified:
			fmt.Fprintf(w, "ok   %s: not modified\n", r.Source)
		case r.Skipped > 0:
			fmt.Fprintf(w, "ok   %s: %d items, %d new, %d known, %d failed; the oldest %d left for later (at most %d a check)\n",
				r.Source, r.Items, r.New, r.Known, len(r.Failed), r.Skipped, pipeline.MaxItemsPerFeed)
		default:
			fmt.Fprintf(w, "ok   %s: %d items, %d new, %d known, %d failed\n", r.Source, r.Items, r.New, r.Known, len(r.Failed))
		}
		for _, f := range r.Failed {
			fmt.Fprintf(w, "     article %s: %s\n", f.URL, oneLine(f.Err.Error()))
		}
	}
	return failed
}

// refusalCounts writes counts by reason as "too_few_outlets 3,
// no_usable_sentence 1", the most common first.
func refusalCounts(counts map[string]int) string {
	return news.Tally(counts, func(r string) string { return r })
}
