package web

import (
	"context"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// ReportSearcher is what a Reader may also offer for the search of the
// outlets' reports (/search?in=reports and /api/search?in=reports).
// Without it the site searches its stories alone: the search form offers
// no choice, and in=reports answers 404.
type ReportSearcher interface {
	// SearchReports returns the reports that hold every word of query,
	// best match first, each with a snippet of its text around the words
	// and never more of it, and nothing of a paywalled report's text; a
	// query without words matches none.
	SearchReports(ctx context.Context, query string, limit, offset int) ([]news.ReportMatch, error)
}

// reportResult is one report in the results of a search.
type reportResult struct {
	Title         []markedText
	Lang          string // the language tag of its title, when not the page's
	URL           string // "" when the report's address is not http(s)
	Outlet        string
	OutletURL     string      // the outlet's page on the site; "" when the site has none
	Lean          *ratingView // nil when the outlet is not rated
	Published     timeView
	Snippet       []markedText
	Paywalled     bool
	StoryURL      string // "" when the report is part of no published story
	StoryHeadline string
}

// markedText is a piece of a title or a snippet: a word searched for
// when Mark, else the text between such words.
type markedText struct {
	Text string
	Mark bool
}

// findReports fills v with a page of the reports that match v.Query.
func (s *server) findReports(r *http.Request, v *searchView) error {
	list, err := s.reports.SearchReports(r.Context(), v.Query, searchPageSize+1, v.Offset)
	if err != nil {
		return err
	}
	for _, m := range onePage(list, v) {
		m = shownMatch(m)
		res := reportResult{
			Title:     markedPieces(m.Title, m.TitleMarks),
			URL:       safeLink(m.URL),
			Outlet:    outletName(m.Outlet),
			Published: s.at(m.Published, stampFormat),
			Snippet:   markedPieces(m.Snippet.Text, m.Snippet.Marks),
			Paywalled: m.Paywalled,
		}
		if strings.TrimSpace(m.Title) == "" {
			res.Title = []markedText{{Text: "Untitled report"}}
		}
		if tag := pageLang(m.Outlet.Language); tag != "en" {
			res.Lang = tag
		}
		if s.outlets != nil && m.Outlet.Slug != "" {
			res.OutletURL = outletPath(m.Outlet.Slug)
		}
		if rating := s.ratingView(m.Outlet.Rating); rating.Class != string(news.Unrated) {
			res.Lean = &rating
		}
		if m.StoryID != "" {
			res.StoryURL, res.StoryHeadline = storyPath(m.StoryID), m.StoryHeadline
			if strings.TrimSpace(res.StoryHeadline) == "" {
				res.StoryHeadline = "Untitled story"
			}
		}
		v.Reports = append(v.Reports, res)
	}
	v.Heading = resultsHeading(len(v.Reports), v.Offset, v.Next != "", "report", "reports", v.Query)
	return nil
}

// shownMatch is m as a reader may see it, whatever the reader gave: no
// snippet of a paywalled report, and no snippet longer than
// news.MaxSnippetRunes, cut short with "…" if need be.
func shownMatch(m news.ReportMatch) news.ReportMatch {
	if m.Paywalled {
		m.Snippet = news.Snippet{}
		return m
	}
	text := m.Snippet.Text
	if utf8.RuneCountInString(text) <= news.MaxSnippetRunes {
		return m
	}
	cut := len(text)
	n := 0
	for i := range text {
		if n == news.MaxSnippetRunes-1 {
			cut = i
			break
		}
		n++
	}
	marks := m.Snippet.Marks
	m.Snippet = news.Snippet{Text: text[:cut] + "…"}
	for _, mk := range marks {
		if mk.End <= cut {
			m.Snippet.Marks = append(m.Snippet.Marks, mk)
		}
	}
	return m
}

// markedPieces cuts s into the pieces between and at marks. Marks out of
// order, out of s, or that split a character are ignored.
func markedPieces(s string, marks []news.Span) []markedText {
	var out []markedText
	at := 0
	for _, m := range marks {
		if m.Start < at || m.End <= m.Start || m.End > len(s) || !utf8.ValidString(s[m.Start:m.End]) ||
			!utf8.RuneStart(s[m.Start]) || (m.End < len(s) && !utf8.RuneStart(s[m.End])) {
			continue
		}
		if m.Start > at {
			out = append(out, markedText{Text: s[at:m.Start]})
		}
		out = append(out, markedText{Text: s[m.Start:m.End], Mark: true})
		at = m.End
	}
	if at < len(s) {
		out = append(out, markedText{Text: s[at:]})
	}
	return out
}

// reportSearchList is the body of GET /api/search?in=reports.
type reportSearchList struct {
	Query   string       `json:"query"`
	Reports []reportJSON `json:"reports"`
}

// reportJSON is one report found, as the API gives it. Marks count
// Unicode code points, not bytes, so that any language can use them.
type reportJSON struct {
	Title      string      `json:"title"`
	TitleMarks []markJSON  `json:"title_marks"`
	URL        string      `json:"url"`
	Published  time.Time   `json:"published"`
	Outlet     outletJSON  `json:"outlet"`
	Snippet    snippetJSON `json:"snippet"`
	Paywalled  bool        `json:"paywalled"`
	Story      *storyRef   `json:"story,omitempty"`
}

// outletJSON is the outlet of a report found, as the API gives it.
type outletJSON struct {
	Name string    `json:"name"`
	Slug string    `json:"slug"`
	Lean news.Lean `json:"lean,omitempty"` // left out when unrated
	URL  string    `json:"url,omitempty"`  // its page on the site, when there is one
}

// snippetJSON is a report's snippet, as the API gives it: the text,
// and where the words searched for are in it.
type snippetJSON struct {
	Text  string     `json:"text"`
	Marks []markJSON `json:"marks"`
}

// markJSON is a word searched for, at the code points [Start, End).
type markJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// storyRef is the published story a report found is part of, as the
// API gives it.
type storyRef struct {
	ID       string `json:"id"`
	Headline string `json:"headline"`
	URL      string `json:"url"`
}

// apiSearchReports answers GET /api/search?in=reports once the query and
// paging are read.
func (s *server) apiSearchReports(w http.ResponseWriter, r *http.Request, q string, limit, offset int) {
	list, err := s.reports.SearchReports(r.Context(), q, limit, offset)
	if err != nil {
		s.jsonError(w, r, err)
		return
	}
	if len(list) > limit {
		list = list[:limit]
	}
	out := reportSearchList{Query: q, Reports: make([]reportJSON, 0, len(list))}
	for _, m := range list {
		m = shownMatch(m)
		j := reportJSON{
			Title:      m.Title,
			TitleMarks: markOffsets(m.Title, m.TitleMarks),
			URL:        safeLink(m.URL),
			Published:  m.Published.UTC(),
			Outlet:     outletJSON{Name: outletName(m.Outlet), Slug: m.Outlet.Slug},
			Snippet:    snippetJSON{Text: m.Snippet.Text, Marks: markOffsets(m.Snippet.Text, m.Snippet.Marks)},
			Paywalled:  m.Paywalled,
		}
		if l := news.Lean(leanClass(m.Outlet.Rating.Lean)); l != news.Unrated {
			j.Outlet.Lean = l
		}
		if s.outlets != nil && m.Outlet.Slug != "" {
			j.Outlet.URL = s.abs(outletPath(m.Outlet.Slug))
		}
		if m.StoryID != "" {
			j.Story = &storyRef{ID: m.StoryID, Headline: m.StoryHeadline, URL: s.abs(storyPath(m.StoryID))}
		}
		out.Reports = append(out.Reports, j)
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.writeJSON(w, r, http.StatusOK, out)
}

// markOffsets gives the marks that markedPieces keeps in code points;
// an empty list, never null, when there are none.
func markOffsets(s string, marks []news.Span) []markJSON {
	out := []markJSON{}
	n := 0
	for _, p := range markedPieces(s, marks) {
		size := utf8.RuneCountInString(p.Text)
		if p.Mark {
			out = append(out, markJSON{Start: n, End: n + size})
		}
		n += size
	}
	return out
}
