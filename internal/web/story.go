package web

import (
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// redirectMerged answers a story that was not found with a permanent
// redirect to the address that path gives for the story it merged into,
// when there is one, and reports whether it did.
func (s *server) redirectMerged(w http.ResponseWriter, r *http.Request, path func(id string) string, id string, err error) bool {
	if !errors.Is(err, news.ErrNotFound) {
		return false
	}
	to, err := s.reader.StoryMovedTo(r.Context(), id)
	if err != nil {
		if !errors.Is(err, news.ErrNotFound) {
			s.log.Error("web: story redirect", "story", id, "err", err)
		}
		return false
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.Redirect(w, r, s.abs(path(to)), http.StatusMovedPermanently)
	return true
}

// story serves GET /stories/{id}: one story's page.
//
// With a Reader that is a Versioner, a rendered page is kept and served
// again for as long as the story's page is the same (see pageCache);
// its version must change too when the version before the page does,
// since a HistoryReader's page says what it added to that one.
func (s *server) story(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	version, served := s.serveKeptStory(w, r, storyKey(id), id)
	if served {
		return
	}
	p, before, err := s.storyPages(r.Context(), id)
	if err != nil {
		if s.redirectMerged(w, r, storyPath, id, err) {
			return
		}
		if errors.Is(err, news.ErrNotFound) {
			err = failure(codeNotFound, "We have no story at this address. It may have been merged into another story, or never published.", err)
		}
		s.htmlError(w, r, err)
		return
	}
	if p.StoryID == "" {
		p.StoryID = id
	}
	v := s.storyView(p, before)
	if v.dropped > 0 {
		s.log.Warn("web: sentences without a listed source left out", "story", p.StoryID, "sentences", v.dropped)
	}
	var lead []string
	for _, sen := range v.Lead {
		lead = append(lead, sen.Text)
	}
	l := layout{
		Title:       p.Headline,
		Lang:        pageLang(p.Language),
		Description: clip(strings.Join(lead, " "), 200),
		OGType:      "article",
		Main:        v,
	}
	if s.base != "" {
		l.Canonical = s.abs(storyPath(p.StoryID))
		if v.Image != nil {
			l.OGImage = s.abs(v.Image.Src)
		}
	}
	l.StructuredData = s.newsArticle(p, l)
	// The page changes when its story is rewritten, which is when the
	// page says it was updated.
	s.renderKept(w, r, "story", l, storyKey(id), version, p.Updated)
}

// newsArticle describes a story page as a schema.org NewsArticle: its
// headline, dates, language, who wrote it, and the reports it is based
// on. Links are absolute only when the site knows its base URL.
func (s *server) newsArticle(p news.Page, l layout) map[string]any {
	name := p.Byline.Desk
	if name == "" {
		name = s.opt.Desk
	}
	desk := map[string]any{"@type": "Organization", "name": name}
	ld := map[string]any{
		"@context":    "https://schema.org",
		"@type":       "NewsArticle",
		"headline":    clip(p.Headline, 110),
		"inLanguage":  l.Lang,
		"author":      desk,
		"publisher":   map[string]any{"@type": "Organization", "name": s.opt.SiteName},
		"description": l.Description,
	}
	if !p.Published.IsZero() {
		ld["datePublished"] = p.Published.UTC().Format(time.RFC3339)
	}
	if !p.Updated.IsZero() {
		ld["dateModified"] = p.Updated.UTC().Format(time.RFC3339)
	}
	var based []string
	for _, src := range p.Sources {
		if u := safeLink(src.URL); u != "" {
			based = append(based, u)
		}
	}
	if len(based) > 0 {
		ld["isBasedOn"] = based
	}
	if l.Canonical != "" {
		ld["url"] = l.Canonical
		ld["mainEntityOfPage"] = l.Canonical
	}
	if l.OGImage != "" {
		ld["image"] = []string{l.OGImage}
	}
	return ld
}

var langPattern = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// pageLang returns the page's language tag, or "en" when it has none or
// an invalid one.
func pageLang(tag string) string {
	if langPattern.MatchString(tag) {
		return tag
	}
	return "en"
}

// storyPath is news.StoryPath with the id escaped for use in a link.
func storyPath(id string) string { return news.StoryPath(url.PathEscape(id)) }
