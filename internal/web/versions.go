package web

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// HistoryReader is what a Reader may also offer so that a story's
// versions can be listed at /api/stories/{id}/versions and its page can
// say what its latest rewrite added. Without it that address answers 404
// and story pages have no "What's New" box.
type HistoryReader interface {
	// PageHistory returns up to limit versions of a story's page (all of
	// them when limit < 1), newest first: the published page, then the
	// earlier ones kept, each with its number; news.ErrNotFound when the
	// story has no published page.
	PageHistory(ctx context.Context, id string, limit int) ([]news.PageVersion, error)
}

// versionsPath is the address of a story's list of versions in the API.
func versionsPath(id string) string { return apiStoryPath(id) + "/versions" }

// pageChange is what a version of a story's page added to the version
// before it.
type pageChange struct {
	// Sources are the reports it lists that the one before did not, in
	// its own order.
	Sources []news.Source
	// Sentences are its highlights and lead sentences whose text was
	// nowhere on the one before, in reading order.
	Sentences []news.Sentence
}

// changeFrom returns what page p added to the page before it. A report
// is known by its address (by outlet and title when it has none), so
// that renumbered sources are not new; a sentence by its text, so that
// one moved from a section into the highlights is not new either.
func changeFrom(before, p news.Page) pageChange {
	var c pageChange
	listed := map[string]bool{}
	for _, src := range before.Sources {
		listed[sourceKey(src)] = true
	}
	for _, src := range p.Sources {
		if k := sourceKey(src); !listed[k] {
			listed[k] = true
			c.Sources = append(c.Sources, src)
		}
	}
	said := map[string]bool{}
	for _, sen := range pageSentences(before) {
		said[sentenceKey(sen.Text)] = true
	}
	for _, sen := range slices.Concat(p.Highlights, p.Lead) {
		if k := sentenceKey(sen.Text); k != "" && !said[k] {
			said[k] = true
			c.Sentences = append(c.Sentences, sen)
		}
	}
	return c
}

// sourceKey is what tells one report from another across versions of a
// page, whose refs may differ.
func sourceKey(src news.Source) string {
	if u := strings.TrimSpace(src.URL); u != "" {
		return u
	}
	return src.Outlet + "\x00" + src.Title
}

// sentenceKey is a sentence's text with its spacing made plain.
func sentenceKey(text string) string { return strings.Join(strings.Fields(text), " ") }

// versionList is the body of GET /api/stories/{id}/versions.
type versionList struct {
	ID       string         `json:"id"`
	URL      string         `json:"url"`
	Versions []versionEntry `json:"versions"`
}

// versionEntry is one version of a story's page in the API: when it was
// written, its headline, how many reports it lists, and what it added.
type versionEntry struct {
	Version  int       `json:"version"`
	Updated  time.Time `json:"updated"`
	Headline string    `json:"headline"`
	Sources  int       `json:"sources"`
	// Added is nil for the oldest version listed, which has none before
	// it to compare with.
	Added *versionAdded `json:"added,omitempty"`
}

// versionAdded is a pageChange as the API gives it: each report's
// outlet, title and address, and each sentence's text.
type versionAdded struct {
	Sources   []addedSource `json:"sources"`
	Sentences []string      `json:"sentences"`
}

// addedSource is a report that a version added, as the API names it.
type addedSource struct {
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	URL    string `json:"url"`
}

// addedBy is what versions[i] added to the version after it in the list,
// the one before it in time; nil for the last, the oldest, which has none
// to compare with.
func addedBy(versions []news.PageVersion, i int) *versionAdded {
	if i+1 >= len(versions) {
		return nil
	}
	c := changeFrom(versions[i+1].Page, versions[i].Page)
	a := &versionAdded{Sources: []addedSource{}, Sentences: []string{}}
	for _, src := range c.Sources {
		a.Sources = append(a.Sources, addedSource{Outlet: src.Outlet, Title: src.Title, URL: src.URL})
	}
	for _, sen := range c.Sentences {
		a.Sentences = append(a.Sentences, sen.Text)
	}
	return a
}

// apiVersions serves GET /api/stories/{id}/versions: every version of a
// story's page the desk keeps, the published one first, each with what
// it added to the one before. A story merged into another leads to that
// story's list, as GET /api/stories/{id} leads to its page.
func (s *server) apiVersions(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	versions, err := s.history.PageHistory(r.Context(), id, 0)
	if err != nil {
		s.apiStoryFailed(w, r, versionsPath, id, err)
		return
	}
	out := versionList{ID: id, URL: s.abs(storyPath(id)), Versions: make([]versionEntry, 0, len(versions))}
	for i, v := range versions {
		out.Versions = append(out.Versions, versionEntry{Version: v.Number, Updated: v.Page.Updated,
			Headline: v.Page.Headline, Sources: len(v.Page.Sources), Added: addedBy(versions, i)})
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.writeJSON(w, r, http.StatusOK, out)
}
