package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/config"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/pipeline"
	"github.com/theunbiasedpost/unbiased/internal/store"
)

// showWhy is 'stories show --why': why story id's reports are one story,
// as text (format md) or as JSON. A story merged into another is
// followed, as 'stories show' follows it.
func (m Main) showWhy(ctx context.Context, st *store.Store, cfg config.Config, id, format string) error {
	if _, err := st.StoryStatus(ctx, id); errors.Is(err, news.ErrNotFound) {
		if to, merr := st.StoryMovedTo(ctx, id); merr == nil {
			fmt.Fprintf(m.Stderr, "story %s was merged into %s\n", id, to)
			id = to
		}
	}
	g, err := pipeline.Grouping(ctx, st, id, clusterOptions())
	if err != nil {
		return refused("stories show", err, id)
	}
	if format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(g)
	}
	return writeWhy(m.Stdout, g, cfg.Location())
}

// writeWhy writes g as the short text block of 'stories show --why'.
func writeWhy(w io.Writer, g news.Grouping, loc *time.Location) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Why story %s is grouped\n", g.StoryID)
	if g.Pairs == 0 {
		b.WriteString("Similarity: one text, no pair to compare\n")
	} else {
		fmt.Fprintf(&b, "Similarity: averages %.2f over %d pairs of texts (the desk joins groups of reports from %.2f)\n", g.Average, g.Pairs, g.Threshold)
	}
	stamp := func(t time.Time) string { return t.In(loc).Format("2006-01-02 15:04") }
	fmt.Fprintf(&b, "Span: %s, %s to %s", span(g.Last.Sub(g.First)), stamp(g.First), stamp(g.Last))
	if g.Window > 0 {
		fmt.Fprintf(&b, " (the desk compares reports up to %s apart)", span(g.Window))
	}
	b.WriteString("\n")
	for _, l := range []struct {
		name  string
		words []news.SharedWord
	}{{"Names shared", g.Names}, {"Terms shared", g.Terms}, {"Numbers shared", g.Numbers}} {
		ws := make([]string, len(l.words))
		for i, sw := range l.words {
			ws[i] = sw.Word + " (" + strconv.Itoa(sw.Reports) + ")"
		}
		if len(ws) == 0 {
			ws = []string{"none"}
		}
		fmt.Fprintf(&b, "%s: %s\n", l.name, strings.Join(ws, ", "))
	}
	b.WriteString("Reports, each with the closest other report of the story:\n")
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	for _, r := range g.Reports {
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\n", r.ID, r.Outlet, r.Title, closestText(r, len(g.Reports)))
	}
	tw.Flush()
	if len(g.Decisions) == 0 {
		b.WriteString("Decisions: none names these reports; the grouping is the desk's own\n")
	} else {
		b.WriteString("Decisions naming these reports, applied oldest first (a later one overrides an earlier):\n")
	}
	for _, d := range g.Decisions {
		kind := "merge"
		if d.Kind == news.DecisionApart {
			kind = "split"
		}
		fmt.Fprintf(&b, "  %s %d by %s at %s: %s", kind, d.ID, orNotGiven(d.By), stamp(d.At), d.Effect())
		if d.Note != "" {
			fmt.Fprintf(&b, " (why: %s)", d.Note)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Words weighed against %d reports published around the story\n", g.Corpus)
	_, err := io.WriteString(w, b.String())
	return err
}

// closestText says which report of the story, of n, is most like r,
// and how alike they are, or why there is none.
func closestText(r news.GroupedReport, n int) string {
	switch {
	case r.NoText:
		return "no text kept"
	case n == 1:
		return "the only report"
	case r.Copy:
		return fmt.Sprintf("same text as %d (a copy)", r.Closest)
	case r.Closest != 0:
		return fmt.Sprintf("closest %d at %.2f", r.Closest, r.Similarity)
	}
	return "compared with none: too far apart in time, or in another language"
}

// span writes a duration in days, hours and minutes: "1d 6h", "45m".
func span(d time.Duration) string {
	d = d.Round(time.Minute)
	days, hours, mins := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	var parts []string
	if days > 0 {
		parts = append(parts, strconv.Itoa(days)+"d")
	}
	if hours > 0 {
		parts = append(parts, strconv.Itoa(hours)+"h")
	}
	if mins > 0 || len(parts) == 0 {
		parts = append(parts, strconv.Itoa(mins)+"m")
	}
	return strings.Join(parts, " ")
}

func orNotGiven(s string) string {
	if s == "" {
		return "(not given)"
	}
	return s
}
