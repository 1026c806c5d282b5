package write

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// sources lists every report of the story in publication order, numbered
// as the page cites them. A copy names the report it copies.
func sources(a analyze.Analysis) []news.Source {
	out := make([]news.Source, 0, len(a.Reports))
	for _, r := range a.Reports {
		lean := analyze.LeanOf(r.Outlet)
		url := r.CanonicalURL
		if url == "" {
			url = r.URL
		}
		out = append(out, news.Source{
			Ref:        r.Ref,
			ArticleID:  r.ID,
			Outlet:     outletName(r),
			OutletSlug: r.Outlet.Slug,
			Lean:       lean,
			LeanLabel:  lean.Label(),
			Rater:      r.Outlet.Rating.Rater,
			Title:      r.Title,
			URL:        url,
			Published:  r.Published.UTC(),
			CopyOf:     r.CopyOfRef,
		})
	}
	return out
}

// byline credits the desk with the number of reports and of distinct
// outlets the page was written from.
func byline(desk string, a analyze.Analysis) news.Byline {
	outlets := map[int64]bool{}
	for _, r := range a.Reports {
		outlets[outletID(r)] = true
	}
	return news.Byline{Desk: desk, Articles: len(a.Reports), Outlets: len(outlets)}
}

// outletName is the name a report's outlet goes by on the page: its name,
// or its slug when it has none.
func outletName(r analyze.Report) string {
	if n := strings.TrimSpace(r.Outlet.Name); n != "" {
		return n
	}
	if r.Outlet.Slug != "" {
		return r.Outlet.Slug
	}
	return "an unnamed outlet"
}
