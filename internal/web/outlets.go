package web

import (
	"context"
	"net/http"
	"net/url"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// OutletReader is what a Reader may also offer for the outlet pages:
// who the desk reads, and what each of them reported. Without it the site
// has no outlet pages: /outlets and /outlets/{slug} answer 404, and the
// site links leave the Outlets page out.
type OutletReader interface {
	// Outlets lists every outlet the desk follows, by name.
	Outlets(ctx context.Context) ([]news.Outlet, error)
	// OutletReports returns the outlet with the given slug and up to
	// limit of its latest reports, newest first, each with the published
	// story it is part of; news.ErrNotFound for an unknown slug.
	OutletReports(ctx context.Context, slug string, limit int) (news.Outlet, []news.OutletReport, error)
	// OutletStories returns the outlet with the given slug and up to
	// limit of the published stories that one of its reports is part
	// of, in the order of ListStories, for the outlet's feed;
	// news.ErrNotFound for an unknown slug.
	OutletStories(ctx context.Context, slug string, limit int) (news.Outlet, []news.StorySummary, error)
}

// outletPath is the address of an outlet's page on the site.
func outletPath(slug string) string { return "/outlets/" + url.PathEscape(slug) }

// ratingView is an outlet's lean as a reader sees it, with whose
// judgment it is and since when.
type ratingView struct {
	Label   string
	Class   string
	Rater   string
	RatedAt *timeView
}

func (s *server) ratingView(r news.Rating) ratingView {
	class := leanClass(r.Lean)
	v := ratingView{Label: news.Lean(class).Label(), Class: class, Rater: strings.TrimSpace(r.Rater)}
	if v.Rater != "" && !r.RatedAt.IsZero() {
		t := s.at(r.RatedAt, dayFormat)
		v.RatedAt = &t
	}
	return v
}

type outletsView struct {
	Count  string // "7 outlets"
	Groups []outletGroup
}

// outletGroup is the outlets of one lean.
type outletGroup struct {
	Anchor  string
	Heading string
	Outlets []outletEntry
}

type outletEntry struct {
	Name   string
	URL    string
	Rating ratingView
}

// outletIndex serves GET /outlets: every outlet the desk follows, by
// lean in spectrum order and by name within a lean, each with who rated
// it, so that a reader can see whose reports the stories are made of.
func (s *server) outletIndex(w http.ResponseWriter, r *http.Request) {
	list, err := s.outlets.Outlets(r.Context())
	if err != nil {
		s.htmlError(w, r, err)
		return
	}
	byLean := map[string][]outletEntry{}
	for _, o := range list {
		e := outletEntry{Name: outletName(o), URL: outletPath(o.Slug), Rating: s.ratingView(o.Rating)}
		byLean[e.Rating.Class] = append(byLean[e.Rating.Class], e)
	}
	v := outletsView{Count: news.Count(len(list), "outlet", "outlets")}
	for _, l := range news.Leans {
		if entries := byLean[string(l)]; len(entries) > 0 {
			v.Groups = append(v.Groups, outletGroup{
				Anchor:  strings.ReplaceAll(string(l), "_", "-"),
				Heading: l.Label(),
				Outlets: entries,
			})
		}
	}
	l := layout{
		Title:       "Outlets",
		Current:     "outlets",
		Description: "Every outlet the desk reads, by the lean a named rater gave it.",
		Main:        v,
	}
	if s.base != "" {
		l.Canonical = s.abs("/outlets")
	}
	s.render(w, r, "outlets", l)
}

// outletName is the outlet's name as its page and the story pages'
// sources show it (see write's sources): trimmed, or its slug when it
// has none.
func outletName(o news.Outlet) string {
	if n := strings.TrimSpace(o.Name); n != "" {
		return n
	}
	return o.Slug
}
