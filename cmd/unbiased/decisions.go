package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/store"
	"github.com/theunbiasedpost/unbiased/internal/web"
)

// storiesReports lists a story's reports with the ids that 'stories
// split' takes.
func (m Main) storiesReports(ctx context.Context, args []string) error {
	c := newCommand("stories reports", "[--db PATH] ID", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) != 1 {
		return usagef("stories reports: want exactly one story ID")
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	reports, err := news.ReportsOf(ctx, st, c.args[0])
	if err != nil {
		return refused("stories reports", err, c.args[0])
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tOUTLET\tTITLE\tURL")
	for _, r := range reports {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", r.ID, r.Outlet, r.Title, r.URL)
	}
	return tw.Flush()
}

// refused words an error of the grouping rules for the command line: a
// request the rules forbid is a usage error, and an unknown story or
// report comes with the command that lists them.
func refused(name string, err error, story string) error {
	switch {
	case errors.Is(err, news.ErrRefused):
		return usagef("%s: %v", name, err)
	case errors.Is(err, news.ErrNotFound):
		return fmt.Errorf("%s: %w ('unbiased stories list --all' lists them)", name, err)
	case errors.Is(err, news.ErrNotInStory):
		return fmt.Errorf("%s: %w ('unbiased stories reports %s' lists them)", name, err, story)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// storiesMerge records that the reports of two stories or more belong
// together, and rebuilds the stories so that it shows.
func (m Main) storiesMerge(ctx context.Context, args []string) error {
	d, err := m.decide(ctx, "stories merge", "ID ID...", args, "want two story IDs or more")
	if err != nil {
		return err
	}
	defer d.st.Close()
	c, st, cfg := d.c, d.st, d.cfg
	dec, err := news.MergeDecision(ctx, st, c.args)
	if err != nil {
		return refused("stories merge", err, "")
	}
	dec.By, dec.At, dec.Note = d.by, m.Now(), d.note
	res, err := m.applyDecision(ctx, st, cfg, dec)
	if err := applied("stories merge", res, err); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "merged %s: one story now, %s, with %d reports; the decision stands at every rebuild\n", strings.Join(c.args, ", "), res.Story, res.Reports)
	return nil
}

// storiesSplit records that some reports of a story are another story,
// and rebuilds the stories so that it shows.
func (m Main) storiesSplit(ctx context.Context, args []string) error {
	d, err := m.decide(ctx, "stories split", "ID REPORT...", args, "want a story ID and the reports to take out of it (ids or addresses, see 'unbiased stories reports ID')")
	if err != nil {
		return err
	}
	defer d.st.Close()
	c, st, cfg := d.c, d.st, d.cfg
	id := c.args[0]
	dec, err := news.SplitDecision(ctx, st, id, c.args[1:])
	if err != nil {
		return refused("stories split", err, id)
	}
	dec.By, dec.At, dec.Note = d.by, m.Now(), d.note
	res, err := m.applyDecision(ctx, st, cfg, dec)
	if err := applied("stories split", res, err); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "split %s: %s taken out, now story %s with %d; %s keeps %d; the decision stands at every rebuild\n",
		id, news.Count(len(dec.Articles), "report", "reports"), res.Story, res.Reports, res.Rest, res.RestReports)
	return nil
}

// decision is what 'stories merge' and 'stories split' read from their
// command line: the command, the settings, the open store (to close), and
// who decides and why.
type decision struct {
	c        *command
	cfg      config.Config
	st       *store.Store
	by, note string
}

// decide parses the command line of a decision (two arguments or more;
// short is the usage error otherwise) and opens the store.
func (m Main) decide(ctx context.Context, name, operands string, args []string, short string) (decision, error) {
	c := newCommand(name, "[--db PATH] [--by NAME] [--note TEXT] "+operands, m.Stderr, "db", "desk", "bias-model", "story-quiet")
	by := c.fs.String("by", "", "who decides, as recorded with the decision")
	note := c.fs.String("note", "", "why, as recorded with the decision")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return decision{}, err
	}
	if len(c.args) < 2 {
		return decision{}, usagef("%s: %s", name, short)
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return decision{}, err
	}
	return decision{c: c, cfg: cfg, st: st, by: *by, note: *note}, nil
}

// storiesDecisions lists the editors' decisions, oldest first.
func (m Main) storiesDecisions(ctx context.Context, args []string) error {
	c := newCommand("stories decisions", "[--db PATH]", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("stories decisions: unexpected argument %q", c.args[0])
	}
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	ds, err := st.Decisions(ctx)
	if err != nil {
		return fmt.Errorf("stories decisions: %w", err)
	}
	if len(ds) == 0 {
		fmt.Fprintln(m.Stdout, "no decisions yet: 'unbiased stories merge' and 'unbiased stories split' make them")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tBY\tDECISION\tNOTE")
	for _, d := range ds {
		who := d.By
		if who == "" {
			who = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.At.Format("2006-01-02 15:04"), who, d.Summary(), d.Note)
	}
	return tw.Flush()
}

// applyDecision records d and rebuilds the stories so that it shows at
// once, then finds the stories that hold its reports: 'stories merge'
// and 'stories split' decide through it, and so do the admin pages (see
// deskAdmin). The result's ID is set once d is recorded; Pending is set
// when another desk was rebuilding the stories, which leaves d to the
// next rebuild.
func (m Main) applyDecision(ctx context.Context, st *store.Store, cfg config.Config, d news.Decision) (web.Decided, error) {
	var res web.Decided
	// The writer is made first, so that a bias model that does not load
	// fails the decision before it is recorded.
	wr, err := writing(cfg)
	if err != nil {
		return res, err
	}
	if res.ID, err = st.AddDecision(ctx, d); err != nil {
		return res, err
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	p := newPipeline(ctx, st, cfg, fetch.Options{}, log)
	p.Now = m.Now
	rep, err := p.Rebuild(ctx, wr)
	if err != nil {
		return res, fmt.Errorf("the decision is recorded; rebuilding the stories failed: %w", err)
	}
	if rep.Elsewhere {
		res.Pending = true
		return res, nil
	}
	assigned, err := st.StoryAssignments(ctx)
	if err != nil {
		return res, err
	}
	if res.Story, res.Reports, err = storyOf(assigned, d.Articles[0]); err != nil {
		return res, err
	}
	if d.Kind == news.DecisionApart {
		res.Rest, res.RestReports, err = storyOf(assigned, d.Others[0])
	}
	return res, err
}

// applied words what applyDecision gave for the command line, where a
// decision left to another desk's rebuild is an error: the stories the
// command would print have not changed yet.
func applied(name string, res web.Decided, err error) error {
	switch {
	case err != nil:
		return fmt.Errorf("%s: %w", name, err)
	case res.Pending:
		return errors.New(name + ": the decision is recorded; another desk is rebuilding the stories now and applies it at its next rebuild")
	}
	return nil
}

// storyOf is the story that holds an article in assigned (article ->
// story, as the store gives it after a rebuild), and how many reports it
// has.
func storyOf(assigned map[int64]string, article int64) (string, int, error) {
	id, ok := assigned[article]
	if !ok {
		return "", 0, fmt.Errorf("report %d is in no story after the rebuild (is it older than the 14 days a rebuild reads?)", article)
	}
	n := 0
	for _, s := range assigned {
		if s == id {
			n++
		}
	}
	return id, n, nil
}
