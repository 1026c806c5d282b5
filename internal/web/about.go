package web

import (
	"net/http"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// aboutView is what the about page fills in: the desk's names and the
// fixed words it uses.
type aboutView struct {
	Site         string
	Desk         string
	Leans        []string
	NoOutlook    string
	OutlookAbove string
	Method       []string // paragraphs
}

// about serves GET /about: what the desk is and how it works.
func (s *server) about(w http.ResponseWriter, r *http.Request) {
	v := aboutView{Site: s.opt.SiteName, Desk: s.opt.Desk, NoOutlook: news.NoOutlook, OutlookAbove: news.OutlookAbove, Method: paragraphs(s.opt.RatingMethod)}
	for _, l := range news.Leans {
		v.Leans = append(v.Leans, l.Label())
	}
	l := layout{
		Title:       "About",
		Current:     "about",
		Description: "How " + s.opt.SiteName + " reads outlets across the spectrum and writes one sourced, neutral page per story.",
		Main:        v,
	}
	if s.base != "" {
		l.Canonical = s.abs("/about")
	}
	s.render(w, r, "about", l)
}

// paragraphs splits plain text with light Markdown into paragraphs: a
// blank line or a list item starts a new one, the lines of each are
// joined, "**" emphasis marks are dropped, and so is a "#" heading line,
// since the page has its own.
func paragraphs(text string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			flush()
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "):
			flush()
			cur = append(cur, strings.ReplaceAll(line[2:], "**", ""))
		default:
			cur = append(cur, strings.ReplaceAll(line, "**", ""))
		}
	}
	flush()
	return out
}
