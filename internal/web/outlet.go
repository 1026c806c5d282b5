package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// outletReportLimit is how many of an outlet's latest reports its page
// lists, and counts corroboration over.
const outletReportLimit = 30

type outletView struct {
	Name     string
	Homepage string // an http(s) address, or "" when it has none
	HomeHost string // the homepage as its link reads
	Country  string // a name, or "" when unknown
	Language string
	Lang     string // the language tag of its reports' titles, when not the page's
	Rating   ratingView
	Reports  []reportView
	Summary  string     // the corroboration counts in words
	Basis    string     // what they were counted over
	Feeds    []feedLink // the feeds of the stories it covered
}

type reportView struct {
	Title         string
	URL           string // "" when the report's address is not http(s)
	Published     timeView
	StoryURL      string // "" when the report is part of no published story
	StoryHeadline string
}

// outlet serves GET /outlets/{slug}: one outlet, its rating, its latest
// reports with the published stories they are part of, and how often the
// sentences of those stories that cite it also cite another outlet.
func (s *server) outlet(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("slug")
	o, reports, err := s.outlets.OutletReports(r.Context(), slug, outletReportLimit)
	if err != nil {
		if errors.Is(err, news.ErrNotFound) {
			err = failure(codeNotFound, "The desk follows no outlet at this address.", err)
		}
		s.htmlError(w, r, err)
		return
	}
	name := outletName(o)

	// Each story's page is read once, however many of the reports it
	// holds. A story unpublished since the list was read loses its link;
	// a page that cannot be read is left out of the counts, and said to be.
	var pages []news.Page
	gone := map[string]bool{}
	read := map[string]bool{}
	unread := 0
	for _, rep := range reports {
		id := rep.StoryID
		if id == "" || read[id] || gone[id] {
			continue
		}
		p, err := s.reader.Page(r.Context(), id)
		switch {
		case err == nil:
			read[id] = true
			pages = append(pages, p)
		case errors.Is(err, news.ErrNotFound):
			gone[id] = true
		case r.Context().Err() != nil:
			s.htmlError(w, r, err)
			return
		default:
			read[id] = true
			unread++
			s.log.Warn("web: outlet page: story page left out of the counts", "outlet", o.Slug, "story", id, "err", err)
		}
	}

	v := outletView{
		Name:     name,
		Homepage: safeLink(o.Homepage),
		Country:  countryName(o.Country),
		Language: languageName(o.Language),
		Rating:   s.ratingView(o.Rating),
		Feeds:    s.scopeFeeds(s.outletFeedTitle(name), feedScope{outlet: o.Slug}),
	}
	if v.Homepage != "" {
		u, _ := url.Parse(v.Homepage) // safeLink keeps only addresses that parse
		v.HomeHost = strings.TrimPrefix(u.Host, "www.")
	}
	if tag := pageLang(o.Language); tag != "en" {
		v.Lang = tag
	}
	for _, rep := range reports {
		rv := reportView{Title: rep.Title, URL: safeLink(rep.URL), Published: s.at(rep.Published, stampFormat)}
		if strings.TrimSpace(rv.Title) == "" {
			rv.Title = "Untitled report"
		}
		if rep.StoryID != "" && !gone[rep.StoryID] {
			rv.StoryURL, rv.StoryHeadline = storyPath(rep.StoryID), rep.StoryHeadline
			if strings.TrimSpace(rv.StoryHeadline) == "" {
				rv.StoryHeadline = "Untitled story"
			}
		}
		v.Reports = append(v.Reports, rv)
	}
	if len(reports) > 0 {
		c := corroborate(name, pages)
		c.Unread = unread
		v.Summary = c.Summary(name)
		v.Basis = c.Basis(len(reports), outletReportLimit)
	}

	l := layout{
		Title:       name,
		Description: clip("How the desk rates "+name+", its latest reports, and how often another outlet reports what our pages take from it.", 200),
		Main:        v,
		Feeds:       v.Feeds,
	}
	if s.base != "" {
		l.Canonical = s.abs(outletPath(o.Slug))
	}
	s.render(w, r, "outlet", l)
}

// countryName is the English name of an ISO 3166-1 country code, the
// code itself when it names no country the tables know, and "" for none.
func countryName(code string) string {
	code = strings.TrimSpace(code)
	if code == "" {
		return ""
	}
	if region, err := language.ParseRegion(code); err == nil && region.IsCountry() {
		if n := display.English.Regions().Name(region); n != "" {
			return n
		}
	}
	return strings.ToUpper(code)
}

// languageName is the English name of a language tag, the tag itself
// when the tables have no name for it, and "" for none.
func languageName(tag string) string {
	tag = strings.TrimSpace(tag)
	if tag == "" {
		return ""
	}
	if t, err := language.Parse(tag); err == nil {
		if n := display.English.Languages().Name(t); n != "" && n != "Unknown language" {
			return n
		}
	}
	return tag
}
