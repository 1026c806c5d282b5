package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// storyVersionsPath is the address of the page that lists a story's
// versions.
func storyVersionsPath(id string) string { return storyPath(id) + "/versions" }

// versionsView is the page of a story's versions.
type versionsView struct {
	Headline string // the published page's
	StoryURL string
	API      string // the same list as JSON; "" in a static copy
	Versions []versionView
}

// versionView is one version of a story's page, as a reader sees it:
// when it was written, under what headline, from how many reports, and
// what it added to the version before it.
type versionView struct {
	Number   int
	Current  bool
	Updated  *timeView // nil when the version has no time of writing
	Headline string
	Sources  string // "from 3 reports"
	Added    *versionAdded
}

// storyVersions serves GET /stories/{id}/versions: every version of a
// story's page that the desk keeps, the published one first, each with
// what it added to the one before, as /api/stories/{id}/versions lists
// them. It is rendered afresh each time, as that list is: retention may
// drop the oldest versions, which changes no version of the page.
func (s *server) storyVersions(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	versions, err := s.history.PageHistory(r.Context(), id, 0)
	if err == nil && len(versions) == 0 {
		err = news.ErrNotFound
	}
	if err != nil {
		if s.redirectMerged(w, r, storyVersionsPath, id, err) {
			return
		}
		if errors.Is(err, news.ErrNotFound) {
			err = failure(codeNotFound, "We have no story at this address, so no versions of it. It may have been merged into another story, or never published.", err)
		}
		s.htmlError(w, r, err)
		return
	}
	current := versions[0].Page
	v := versionsView{Headline: current.Headline, StoryURL: storyPath(id)}
	if strings.TrimSpace(v.Headline) == "" {
		v.Headline = "Untitled story"
	}
	if !s.opt.Static {
		v.API = versionsPath(id)
	}
	for i, pv := range versions {
		vv := versionView{Number: pv.Number, Current: i == 0, Headline: pv.Page.Headline,
			Sources: news.Count(len(pv.Page.Sources), "report", "reports"), Added: addedBy(versions, i)}
		if !pv.Page.Updated.IsZero() {
			t := s.at(pv.Page.Updated, stampFormat)
			vv.Updated = &t
		}
		if vv.Added != nil {
			// The page links only addresses a reader may follow.
			for k := range vv.Added.Sources {
				vv.Added.Sources[k].URL = safeLink(vv.Added.Sources[k].URL)
			}
		}
		v.Versions = append(v.Versions, vv)
	}
	l := layout{
		Title:       "Versions of " + v.Headline,
		Lang:        pageLang(current.Language),
		Description: clip("Every version of “"+v.Headline+"” that the desk keeps, and what each added to the one before.", 200),
		// the story page is what search engines should show
		Robots: "noindex, follow",
		Main:   v,
	}
	if s.base != "" {
		l.Canonical = s.abs(storyVersionsPath(id))
	}
	s.render(w, r, "versions", l)
}
