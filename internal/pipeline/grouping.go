package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// GroupingReader is what Grouping reads: a story's reports, the reports
// published around them, and the editors' decisions.
type GroupingReader interface {
	news.StoryReporter
	ArticlesBetween(ctx context.Context, from, to time.Time) ([]news.ArticleRef, error)
	Decisions(ctx context.Context) ([]news.Decision, error)
}

// Grouping says why the reports of story id are one story, with
// cluster.Explain and the options opt that the desk clusters with. It
// returns an error wrapping news.ErrNotFound when there is no such story.
//
// A rebuild fits the words' weights on every report of its window; this
// fits them on the reports published within opt.Window before the
// story's first report and after its latest, the ones the clusterer
// could have compared them with, so its similarities are close to the
// rebuild's but not always the same to the last digit. With no window,
// every report is read.
func Grouping(ctx context.Context, r GroupingReader, id string, opt cluster.Options) (news.Grouping, error) {
	reports, err := news.ReportsOf(ctx, r, id)
	if err != nil {
		return news.Grouping{}, err
	}
	g := news.Grouping{StoryID: id, Threshold: opt.Threshold, Window: opt.Window}
	var from, to time.Time
	members := make([]int64, len(reports))
	for i, rep := range reports {
		members[i] = rep.ID
		if from.IsZero() || rep.Published.Before(from) {
			from = rep.Published
		}
		if rep.Published.After(to) {
			to = rep.Published
		}
	}
	g.First, g.Last = from, to
	if opt.Window > 0 {
		from, to = from.Add(-opt.Window), to.Add(opt.Window)
	} else {
		from, to = time.Time{}, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	arts, err := r.ArticlesBetween(ctx, from, to)
	if err != nil {
		return g, fmt.Errorf("explain the grouping of story %q: %w", id, err)
	}
	decisions, err := r.Decisions(ctx)
	if err != nil {
		return g, fmt.Errorf("explain the grouping of story %q: %w", id, err)
	}
	docs := make([]cluster.Doc, len(arts))
	for i, a := range arts {
		docs[i] = clusterDoc(a)
	}
	// Only the kinds the clusterer applies, so that an Explanation's
	// index into its decisions is one into these.
	decisions = slices.DeleteFunc(decisions, func(d news.Decision) bool {
		return d.Kind != news.DecisionTogether && d.Kind != news.DecisionApart
	})
	opt.Decisions = clusterDecisions(decisions)
	ex := cluster.Explain(docs, members, opt)
	g.Corpus = len(docs)

	byID := make(map[int64]news.StoryReport, len(reports))
	for _, rep := range reports {
		byID[rep.ID] = rep
	}
	for _, d := range ex.Docs {
		g.Reports = append(g.Reports, news.GroupedReport{StoryReport: byID[d.ID], Closest: d.Closest,
			Similarity: d.Similarity, Copy: d.Copy, Compared: d.Compared, NoText: d.Missing})
	}
	g.Average, g.Pairs = ex.Average, ex.Pairs
	g.Names, g.Terms, g.Numbers = sharedWords(ex.Names), sharedWords(ex.Terms), sharedWords(ex.Numbers)
	for _, t := range ex.Decisions {
		g.Decisions = append(g.Decisions, news.GroupingDecision{Decision: decisions[t.Index],
			Together: t.Together, Taken: t.Taken, Left: t.Left})
	}
	return g, nil
}

func sharedWords(ws []cluster.Shared) []news.SharedWord {
	out := make([]news.SharedWord, len(ws))
	for i, w := range ws {
		out[i] = news.SharedWord{Word: w.Word, Reports: w.Docs}
	}
	return out
}

// clusterDoc is a stored report as the clusterer reads it.
func clusterDoc(a news.ArticleRef) cluster.Doc {
	return cluster.Doc{ID: a.ID, Key: a.CanonicalURL, OutletID: a.OutletID, Title: a.Title,
		Text: a.Text, Published: a.Published, Language: a.Language, CopyOf: a.CopyOf}
}

// clusterDecisions are the editors' decisions as the clusterer applies
// them, in the same order.
func clusterDecisions(ds []news.Decision) []cluster.Decision {
	var out []cluster.Decision
	for _, d := range ds {
		switch d.Kind {
		case news.DecisionTogether:
			out = append(out, cluster.Decision{Together: d.Articles})
		case news.DecisionApart:
			out = append(out, cluster.Decision{Apart: d.Articles, From: d.Others})
		}
	}
	return out
}
