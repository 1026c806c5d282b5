package web

import (
	"net/http"
	"strconv"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// whyView is the "Why grouped" section of a story's admin page: what
// ties its reports, in the clusterer's own terms.
type whyView struct {
	// Problem is set, and the rest empty, when the desk could not
	// explain the grouping.
	Problem string
	// Similarity and Span are one sentence each: how alike the reports
	// are against the desk's threshold, and over what time.
	Similarity, Span      string
	Names, Terms, Numbers []sharedView
	Reports               []whyReport
	Decisions             []whyDecision
	Corpus                string
}

// sharedView is a name, term or number that reports share, and by how
// many: "3 reports".
type sharedView struct {
	Word, Reports string
}

func sharedViews(ws []news.SharedWord) []sharedView {
	out := make([]sharedView, len(ws))
	for i, w := range ws {
		out[i] = sharedView{Word: w.Word, Reports: news.Count(w.Reports, "report", "reports")}
	}
	return out
}

// whyReport is one report and the report of the story most like it.
type whyReport struct {
	ID            int64
	Title, Outlet string
	// Closest is the closest report's title and Similarity how alike
	// they are; Note, when set, says why there is none, or that the two
	// are one text.
	Closest    *whyReport
	Similarity string
	Note       string
}

// whyDecision is an editor's decision that names reports of the story,
// and what it does to the story.
type whyDecision struct {
	ID   int64
	Kind string // "Merge" or "Split"
	What string
	By   string
	At   whenView
	Note string
}

// similarity writes a similarity as the admin pages show it.
func similarity(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }

// whyGrouped explains story id's grouping for its admin page. A failure
// is logged and shown in the section, so that the page still serves to
// take reports out or to merge.
func (s *server) whyGrouped(r *http.Request, id string) *whyView {
	g, err := s.explain(r.Context(), s.admin.store, id)
	if err != nil {
		s.describe(r, err)
		return &whyView{Problem: "The desk could not explain this grouping just now; its log says why. The reports and the forms below still work."}
	}
	v := &whyView{Names: sharedViews(g.Names), Terms: sharedViews(g.Terms), Numbers: sharedViews(g.Numbers),
		Corpus: "Words are weighed against " + news.Count(g.Corpus, "report", "reports") + " published within " + interval(g.Window) + " of the story's."}
	if g.Window <= 0 {
		v.Corpus = "Words are weighed against all " + news.Count(g.Corpus, "report", "reports") + " the desk keeps."
	}
	threshold := similarity(g.Threshold)
	switch {
	case g.Pairs == 0:
		v.Similarity = "The story holds one text, so there is no pair of reports to compare."
	default:
		v.Similarity = "Its reports' similarity averages " + similarity(g.Average) + " over " + news.Count(g.Pairs, "pair", "pairs") +
			" of texts; the desk joins groups of reports whose average reaches " + threshold + "."
		if g.Average < g.Threshold {
			v.Similarity += " This story's is below it: an editor's decision keeps it together, or two reports that are each other's closest match, or its words weighed otherwise among the reports the desk grouped it with."
		}
	}
	span := g.Last.Sub(g.First)
	switch {
	case g.First.IsZero():
		v.Span = ""
	case len(g.Reports) == 1:
		v.Span = "Its report was published at " + g.First.In(s.opt.Location).Format(stampFormat) + "."
	case span == 0:
		v.Span = "Its reports were all published at " + g.First.In(s.opt.Location).Format(stampFormat) + "."
	default:
		v.Span = "Its reports span " + interval(span) + ", from " + g.First.In(s.opt.Location).Format(stampFormat) +
			" to " + g.Last.In(s.opt.Location).Format(stampFormat) + "."
	}
	if g.Window > 0 && !g.First.IsZero() {
		v.Span += " The desk compares reports published up to " + interval(g.Window) + " apart."
	}
	byID := map[int64]news.GroupedReport{}
	for _, rep := range g.Reports {
		byID[rep.ID] = rep
	}
	for _, rep := range g.Reports {
		row := whyReport{ID: rep.ID, Title: rep.Title, Outlet: rep.Outlet}
		switch {
		case rep.NoText:
			row.Note = "The desk keeps no text of this report."
		case rep.Copy:
			c := byID[rep.Closest]
			row.Closest, row.Note = &whyReport{ID: c.ID, Title: c.Title, Outlet: c.Outlet}, "The same text: one is a copy of the other."
		case rep.Closest != 0:
			c := byID[rep.Closest]
			row.Closest, row.Similarity = &whyReport{ID: c.ID, Title: c.Title, Outlet: c.Outlet}, similarity(rep.Similarity)
		case len(g.Reports) == 1:
			row.Note = "The only report of the story."
		default:
			row.Note = "Never compared with the others: too far apart in time, or in another language."
		}
		v.Reports = append(v.Reports, row)
	}
	for _, d := range g.Decisions {
		row := whyDecision{ID: d.ID, Kind: "Merge", What: d.Effect(), By: d.By, At: s.ago(d.At, "no date"), Note: d.Note}
		if d.Kind == news.DecisionApart {
			row.Kind = "Split"
		}
		v.Decisions = append(v.Decisions, row)
	}
	return v
}
