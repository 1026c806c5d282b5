package web

import (
	"context"
	"errors"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// maxNewSentences is how many added sentences the "What's New" box
// shows; it counts the others, which the page shows below it anyway.
const maxNewSentences = 3

// whatsNewView is the story page's "What's New" box: when the page was
// last written, and what that added to the version before it.
type whatsNewView struct {
	Updated timeView
	// Outlets are the outlets whose reports were added, each once, in
	// the order of the sources.
	Outlets []newOutletView
	// Sentences are the first maxNewSentences added sentences, cited as
	// everywhere on the page; More counts the rest in words ("2 more new
	// sentences"), or is empty.
	Sentences []sentenceView
	More      string
	// Versions is the address of the page of the story's versions, and
	// VersionsAPI of the same list in the API; both empty in a static
	// copy, which has neither.
	Versions, VersionsAPI string
}

// newOutletView is an outlet in the box's list of new reports.
type newOutletView struct {
	Sep    string // what comes before it in the list: "", ", " or " and "
	Ref    int    // its first added report in the sources
	Outlet string
}

// whatsNew returns the box for page p, given the version of the page
// before it; nil when there is none, or when p has no time of writing to
// show.
func (s *server) whatsNew(p news.Page, before *news.Page, outlets map[int]string) *whatsNewView {
	if before == nil || p.Updated.IsZero() {
		return nil
	}
	c := changeFrom(*before, p)
	v := &whatsNewView{Updated: s.at(p.Updated, stampFormat)}
	if !s.opt.Static {
		v.Versions, v.VersionsAPI = storyVersionsPath(p.StoryID), versionsPath(p.StoryID)
	}
	named := map[string]bool{}
	for _, src := range c.Sources {
		if src.Outlet != "" && !named[src.Outlet] {
			named[src.Outlet] = true
			v.Outlets = append(v.Outlets, newOutletView{Ref: src.Ref, Outlet: src.Outlet})
		}
	}
	for i := 1; i < len(v.Outlets); i++ {
		v.Outlets[i].Sep = ", "
		if i == len(v.Outlets)-1 {
			v.Outlets[i].Sep = " and "
		}
	}
	more := 0
	for _, sen := range c.Sentences {
		sv, ok := citedSentence(sen, outlets)
		if !ok {
			continue // the page leaves it out too: it cites no listed source
		}
		if len(v.Sentences) == maxNewSentences {
			more++
			continue
		}
		v.Sentences = append(v.Sentences, sv)
	}
	if more > 0 {
		v.More = news.Count(more, "more new sentence", "more new sentences")
	}
	return v
}

// storyPages returns a story's published page and, when the reader
// keeps versions and the story has an earlier one, the page before it,
// both from one read so that they belong together. When the versions
// cannot be read the page is read alone: a broken earlier page must not
// take the current one down.
func (s *server) storyPages(ctx context.Context, id string) (news.Page, *news.Page, error) {
	if s.history != nil {
		versions, err := s.history.PageHistory(ctx, id, 2)
		switch {
		case err == nil && len(versions) > 1:
			return versions[0].Page, &versions[1].Page, nil
		case err == nil && len(versions) == 1:
			return versions[0].Page, nil, nil
		case err != nil && !errors.Is(err, news.ErrNotFound):
			s.log.Warn("web: story versions unreadable; the page is shown without them", "story", id, "err", err)
		}
	}
	p, err := s.reader.Page(ctx, id)
	return p, nil, err
}
