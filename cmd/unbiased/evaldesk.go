package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/eval"
	"github.com/theunbiasedpost/unbiased/internal/fetch"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// evalDeskHelp explains what eval desk does, after its usage line.
const evalDeskHelp = `[--out DIR] [--leans rotate|unrated|given] [--words N] [--half even|odd] [--contrast S] FILE.jsonl

Reads a summary set (as eval summary does) end to end. Every document is
served on loopback as an article page of one of a pool of invented
outlets, listed in its outlet's RSS feed; the desk ingests the feeds and
pages into a temporary store, clusters the reports into stories and writes
its pages. A document without a title gets its first sentence, cut to
about 12 words at a word boundary and followed by an ellipsis, as its
headline. A report is usable when it is ` + eval.DeskUsable + `.
Prints one JSON line last: events, stories and pages, the pages whose
stories mix events ("pages_mixed") and those whose sentences do
("pages_mixed_text"), the events told on two or more pages
("events_split_published"), refusals by reason, B-cubed scores of
the stories against the events, and the ROUGE of each event's page
against its reference summary, and of its headline against the
summary's title when the set gives one ("headline_r1"). Before it, on
standard error, one line for each feed or page that failed, each
document that gave no usable report (UNUSABLE), each event with two
or more usable reports that no published story is mostly made of
(UNPUBLISHED), with where its reports went: a refused story and why, or
a story mostly of another event, each published story whose reports
come from two or more events (MIXED), with how many of each, and each
event whose usable reports are on two or more published stories
(SPLIT), with those stories.`

func (m Main) evalDesk(ctx context.Context, args []string) error {
	c := newCommand("eval desk", evalDeskHelp, m.Stderr, "none")
	out := c.fs.String("out", "", "keep each published page as DIR/<story>/page.md and page.json, beside sources.json (DIR must be empty or absent)")
	leansFlag := c.fs.String("leans", "rotate", "outlets' leans: rotate (left, lean left, center, lean right, right in turn), unrated, or given (each document at an outlet of its own lean)")
	words := c.fs.Int("words", eval.DefaultSummaryWords, "cut every page's text to this many words before ROUGE")
	half := c.fs.String("half", "", "read only the even- or odd-numbered clusters (from 0, in file order)")
	copt := cluster.DefaultOptions()
	contrast := c.fs.Float64("contrast", copt.Contrast, "group the reports as eval cluster --contrast does (0: off)")
	cfg, err := c.parse(args, m.Getenv)
	if err != nil {
		return err
	}
	leans, err := eval.ParseLeans(*leansFlag)
	if err != nil {
		return usagef("eval desk: --leans: %v", err)
	}
	if len(c.args) != 1 {
		return usagef("eval desk: want exactly one JSON Lines file")
	}
	if *words < 1 {
		return usagef("eval desk: --words must be at least 1 (got %d)", *words)
	}
	if *contrast < 0 || *contrast > 1 {
		return usagef("eval desk: --contrast must be in [0, 1] (got %v)", *contrast)
	}
	copt.Contrast = *contrast
	if *out != "" {
		if err := emptyOrAbsent(*out); err != nil {
			return usagef("eval desk: --out: %v", err)
		}
	}
	clusters, err := readSet("eval desk", c.args[0], "no clusters", eval.ReadSummaryClusters)
	if err != nil {
		return err
	}
	if clusters, err = eval.Half(clusters, *half); err != nil {
		return usagef("eval desk: --half: %v", err)
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	rep, err := eval.RunDesk(ctx, clusters, eval.DeskOptions{Leans: leans, Words: *words, Clock: m.Now, Cluster: &copt,
		NewPipeline: func(st *store.Store, o fetch.Options) *pipeline.Pipeline { return newPipeline(ctx, st, cfg, o, log) }})
	if err != nil {
		return fmt.Errorf("eval desk: %w", err)
	}
	for _, p := range rep.Problems {
		m.printDeskProblem(p)
	}
	if *out != "" {
		if err := writeDeskPages(*out, rep.Published, cfg); err != nil {
			return fmt.Errorf("eval desk: --out: %w", err)
		}
	}
	return printJSON(m.Stdout, deskLine(rep, leans, *words))
}

// printDeskProblem prints one failed feed or document on one line.
func (m Main) printDeskProblem(p eval.DeskProblem) {
	switch p.Kind {
	case "feed":
		fmt.Fprintf(m.Stderr, "FEED %s: %s\n", p.URL, oneLine(p.Err.Error()))
	case "article":
		fmt.Fprintf(m.Stderr, "ARTICLE %s document %d (%s): %s\n", p.Event, p.Doc, p.URL, oneLine(p.Err.Error()))
	case "page":
		fmt.Fprintf(m.Stderr, "PAGE %s: %s\n", p.Story, oneLine(p.Err.Error()))
	case "unpublished":
		fmt.Fprintf(m.Stderr, "UNPUBLISHED %s: %s\n", p.Event, oneLine(p.Err.Error()))
	case "split":
		fmt.Fprintf(m.Stderr, "SPLIT %s: %s\n", p.Event, oneLine(p.Err.Error()))
	case "mixed":
		fmt.Fprintf(m.Stderr, "MIXED %s: %s\n", p.Story, oneLine(p.Err.Error()))
	default:
		fmt.Fprintf(m.Stderr, "UNUSABLE %s document %d (%s): %s\n", p.Event, p.Doc, p.URL, oneLine(p.Err.Error()))
	}
}

// deskLine is the JSON line eval desk prints last.
func deskLine(rep eval.DeskReport, leans eval.Leans, words int) any {
	s := rep.Cluster
	var headlineR1 *float64 // only when the set gives its summaries' titles
	if rep.HeadlineRouge.N > 0 {
		v := round(rep.HeadlineRouge.R1, 2)
		headlineR1 = &v
	}
	return struct {
		Events            int            `json:"events"`
		Documents         int            `json:"documents"`
		Usable            string         `json:"usable"`
		Reports           int            `json:"reports"`
		EventsPublishable int            `json:"events_publishable"`
		EventsPublished   int            `json:"events_published"`
		EventsSplit       int            `json:"events_split"`
		SplitPublished    int            `json:"events_split_published"`
		Stories           int            `json:"stories"`
		Pages             int            `json:"pages"`
		PagesMixed        int            `json:"pages_mixed"`
		PagesMixedText    int            `json:"pages_mixed_text"`
		PagesFurniture    int            `json:"pages_furniture"`
		BCubedP           float64        `json:"bcubed_p"`
		BCubedR           float64        `json:"bcubed_r"`
		BCubedF1          float64        `json:"bcubed_f1"`
		PairF1            float64        `json:"pair_f1"`
		Leans             eval.Leans     `json:"leans"`
		Words             int            `json:"words"`
		R1                float64        `json:"r1"`
		R2                float64        `json:"r2"`
		RL                float64        `json:"rl"`
		HeadlineR1        *float64       `json:"headline_r1,omitempty"`
		Refused           map[string]int `json:"refused"`
		Problems          int            `json:"problems"`
		TextRecall        float64        `json:"text_recall"`
		Furniture         map[string]int `json:"furniture"`
		DocsPerSec        float64        `json:"docs_per_sec"`
	}{rep.Events, rep.Documents, eval.DeskUsable, rep.Reports, rep.EventsPublishable, rep.EventsPublished, rep.EventsSplit, rep.EventsSplitPublished,
		rep.Stories, rep.Pages, rep.PagesMixed, rep.PagesMixedText, rep.PagesFurniture, round(s.BCubedP, 4), round(s.BCubedR, 4), round(s.BCubedF1, 4), round(s.PairF1, 4),
		leans, words, round(rep.Rouge.R1, 2), round(rep.Rouge.R2, 2), round(rep.Rouge.RL, 2), headlineR1, rep.Refused, len(rep.Problems),
		round(rep.TextRecall, 4), rep.Furniture, round(rep.DocsPerSec, 1)}
}

// emptyOrAbsent refuses a directory that holds anything, and a path
// that is not a directory: --out never overwrites or mixes runs.
func emptyOrAbsent(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) > 0:
		return fmt.Errorf("%s is not empty", dir)
	}
	return nil
}

// writeDeskPages writes each published page as DIR/<story>/page.md and
// page.json, beside sources.json, its reports.
func writeDeskPages(dir string, pages []eval.DeskPage, cfg config.Config) error {
	for _, p := range pages {
		sub := filepath.Join(dir, p.Page.StoryID)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(sub, "page.md"), []byte(markdown(p.Page, cfg)), 0o644); err != nil {
			return err
		}
		if err := writeJSONFile(filepath.Join(sub, "page.json"), p.Page); err != nil {
			return err
		}
		if err := writeJSONFile(filepath.Join(sub, "sources.json"), p.Sources); err != nil {
			return err
		}
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	return writeFile(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	})
}
