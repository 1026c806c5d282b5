package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/jobs"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

func (m Main) jobs(ctx context.Context, args []string) error {
	return runSubcommand(ctx, "jobs", args, subcommand{"list", m.jobsList},
		subcommand{"retry", func(ctx context.Context, args []string) error {
			return m.jobsChange(ctx, "retry", "put back in the queue", args, (*jobs.Queue).Retry)
		}},
		subcommand{"delete", func(ctx context.Context, args []string) error {
			return m.jobsChange(ctx, "delete", "deleted", args, (*jobs.Queue).Delete)
		}})
}

// jobsChange retries or deletes the failed jobs named by their ids
// (jobs.Queue.Retry, Delete): all of them, or none when one is no job or
// has not failed.
func (m Main) jobsChange(ctx context.Context, op, done string, args []string, change func(*jobs.Queue, context.Context, []int64) error) error {
	c := newCommand("jobs "+op, "[--db PATH] ID...", m.Stderr, "db")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) == 0 {
		return usagef("jobs %s: want the ids of failed jobs (see 'unbiased jobs list --state failed')", op)
	}
	var ids []int64
	for _, a := range c.args {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id < 1 {
			return usagef("jobs %s: %q is not a job id (a whole number, as 'unbiased jobs list' shows)", op, a)
		}
		ids = append(ids, id)
	}
	q, err := openQueue(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	if err := change(q, ctx, ids); err != nil {
		return err
	}
	_, err = fmt.Fprintf(m.Stdout, "%d jobs %s\n", len(ids), done)
	return err
}

// jobsList prints the jobs of the desk's queue, the newest first.
func (m Main) jobsList(ctx context.Context, args []string) error {
	c := newCommand("jobs list", "[--db PATH] [--state STATE[,STATE...]] [--limit N] [--format text|json]", m.Stderr, "db")
	state := c.fs.String("state", "", "only jobs in these states, comma-separated: "+strings.Join(jobs.States, ", ")+" (failed: discarded or cancelled)")
	limit := c.fs.Int("limit", 100, "at most this many jobs")
	format := c.fs.String("format", "text", "output format: text or json")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	if len(c.args) > 0 {
		return usagef("jobs list: unexpected argument %q", c.args[0])
	}
	if *format != "text" && *format != "json" {
		return usagef("jobs list: unknown format %q (want text or json)", *format)
	}
	if *limit < 1 {
		return usagef("jobs list: --limit must be at least 1, not %d", *limit)
	}
	var states []string
	if *state != "" {
		for _, s := range strings.Split(*state, ",") {
			s = strings.TrimSpace(s)
			if !slices.Contains(jobs.States, s) {
				return usagef("jobs list: unknown --state %q (want %s)", s, strings.Join(jobs.States, ", "))
			}
			states = append(states, s)
		}
	}
	q, err := openQueue(ctx, cfg)
	if err != nil {
		return err
	}
	defer q.Close()
	list, err := q.List(ctx, states, *limit)
	if err != nil {
		return err
	}
	if *format == "json" {
		type row struct {
			ID          int64     `json:"id"`
			State       string    `json:"state"`
			Kind        string    `json:"kind"`
			Attempt     int       `json:"attempt"`
			MaxAttempts int       `json:"max_attempts"`
			At          time.Time `json:"at"`
			Subject     string    `json:"subject"`
			LastError   string    `json:"last_error"`
		}
		rows := []row{}
		for _, j := range list {
			rows = append(rows, row{j.ID, j.State, j.Kind, j.Attempt, j.MaxAttempts, j.At, j.Subject, j.LastError})
		}
		return json.NewEncoder(m.Stdout).Encode(map[string]any{"jobs": rows})
	}
	if len(list) == 0 {
		_, err := fmt.Fprintln(m.Stdout, "no jobs")
		return err
	}
	loc := cfg.Location()
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tKIND\tATTEMPTS\tWHEN\tSUBJECT\tLAST ERROR")
	for _, j := range list {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%s %s\t%s\t%s\n", j.ID, j.State, j.Kind, j.Attempt, j.MaxAttempts,
			jobWhen(j), j.At.In(loc).Format("2006-01-02 15:04:05"), dash(j.Subject), dash(truncate(j.LastError, 80)))
	}
	return tw.Flush()
}

// openQueue opens the job queue of an existing desk, to list or change
// jobs, not to work them.
func openQueue(ctx context.Context, cfg config.Config) (*jobs.Queue, error) {
	st, err := openExisting(ctx, cfg)
	if err != nil {
		return nil, err
	}
	st.Close()
	return jobs.Open(ctx, cfg.DB, jobs.Config{})
}

// jobWhen says what a job's time is, by its state (see news.Job.At).
func jobWhen(j news.Job) string {
	switch j.State {
	case "running":
		return "started"
	case "completed", "discarded", "cancelled":
		return "ended"
	}
	return "due"
}
