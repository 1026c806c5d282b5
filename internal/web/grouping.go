package web

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// GroupingReader is what a Reader may also offer so that the API can say
// why a story's reports are one story, at /api/stories/{id}/grouping.
// Without it that address answers 404. The admin's story page asks the
// same of Admin.
type GroupingReader interface {
	// StoryGrouping explains how story id's reports were grouped, for a
	// story published or not; an error wrapping news.ErrNotFound when
	// there is no such story.
	StoryGrouping(ctx context.Context, id string) (news.Grouping, error)
}

// groupingPath is the address of a story's grouping in the API.
func groupingPath(id string) string { return apiStoryPath(id) + "/grouping" }

// groupingDoc is the body of GET /api/stories/{id}/grouping. Reports are
// numbered from 1 in the order listed, and named by that number
// elsewhere in the document; the desk's own report IDs, and what an
// editor wrote of a decision or who made it, stay on the admin pages.
type groupingDoc struct {
	ID          string           `json:"id"`
	URL         string           `json:"url"`
	First       time.Time        `json:"first"`
	Last        time.Time        `json:"last"`
	WindowHours float64          `json:"window_hours"`
	Threshold   float64          `json:"threshold"`
	Average     float64          `json:"average"`
	Pairs       int              `json:"pairs"`
	Corpus      int              `json:"corpus"`
	Reports     []groupingReport `json:"reports"`
	Names       []sharedDoc      `json:"names"`
	Terms       []sharedDoc      `json:"terms"`
	Numbers     []sharedDoc      `json:"numbers"`
	Decisions   []decisionDoc    `json:"decisions"`
}

type groupingReport struct {
	Ref        int       `json:"ref"`
	Outlet     string    `json:"outlet"`
	Title      string    `json:"title"`
	URL        string    `json:"url"`
	Published  time.Time `json:"published"`
	Closest    *int      `json:"closest,omitempty"`
	Similarity float64   `json:"similarity"`
	Copy       bool      `json:"copy"`
	Compared   bool      `json:"compared"`
	NoText     bool      `json:"no_text"`
}

type sharedDoc struct {
	Word    string `json:"word"`
	Reports int    `json:"reports"`
}

type decisionDoc struct {
	Kind     string    `json:"kind"` // "merge" or "split"
	At       time.Time `json:"at"`
	Together []int     `json:"together"`
	Taken    []int     `json:"taken"`
	Left     []int     `json:"left"`
}

// newGroupingDoc is g as the API gives it, for the story's page at url.
func newGroupingDoc(g news.Grouping, url string) groupingDoc {
	d := groupingDoc{ID: g.StoryID, URL: url, First: g.First, Last: g.Last, WindowHours: g.Window.Hours(),
		Threshold: g.Threshold, Average: g.Average, Pairs: g.Pairs, Corpus: g.Corpus,
		Reports: make([]groupingReport, 0, len(g.Reports)), Names: sharedDocs(g.Names), Terms: sharedDocs(g.Terms),
		Numbers: sharedDocs(g.Numbers), Decisions: make([]decisionDoc, 0, len(g.Decisions))}
	ref := make(map[int64]int, len(g.Reports))
	for i, rep := range g.Reports {
		ref[rep.ID] = i + 1
	}
	refs := func(ids []int64) []int {
		out := make([]int, 0, len(ids))
		for _, id := range ids {
			if n, ok := ref[id]; ok {
				out = append(out, n)
			}
		}
		return out
	}
	for i, rep := range g.Reports {
		gr := groupingReport{Ref: i + 1, Outlet: rep.Outlet, Title: rep.Title, URL: rep.URL, Published: rep.Published,
			Similarity: rep.Similarity, Copy: rep.Copy, Compared: rep.Compared, NoText: rep.NoText}
		if n, ok := ref[rep.Closest]; ok && rep.Closest != 0 {
			gr.Closest = &n
		}
		d.Reports = append(d.Reports, gr)
	}
	for _, gd := range g.Decisions {
		kind := "merge"
		if gd.Kind == news.DecisionApart {
			kind = "split"
		}
		d.Decisions = append(d.Decisions, decisionDoc{Kind: kind, At: gd.At, Together: refs(gd.Together), Taken: refs(gd.Taken), Left: refs(gd.Left)})
	}
	return d
}

func sharedDocs(ws []news.SharedWord) []sharedDoc {
	out := make([]sharedDoc, len(ws))
	for i, w := range ws {
		out[i] = sharedDoc{Word: w.Word, Reports: w.Reports}
	}
	return out
}

// apiGrouping serves GET /api/stories/{id}/grouping: why a published
// story's reports are one story. A story merged into another leads to
// that story's grouping, as GET /api/stories/{id} leads to its page.
//
// Explaining reads every report published around the story, so with a
// Reader that is a Versioner the answer is kept until the story's page
// changes, and explanations are made one at a time (see explain).
func (s *server) apiGrouping(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	key := "api grouping " + id
	version, served := s.serveKeptStory(w, r, key, id)
	if served {
		return
	}
	if version == "" {
		// Without a version, nothing said the story is published: only
		// a published story's grouping is public, as only its page is.
		if _, err := s.reader.Page(r.Context(), id); err != nil {
			s.apiStoryFailed(w, r, groupingPath, id, err)
			return
		}
	}
	g, err := s.explain(r.Context(), s.grouping, id)
	if err != nil {
		s.apiStoryFailed(w, r, groupingPath, id, err)
		return
	}
	body, err := json.Marshal(newGroupingDoc(g, s.abs(storyPath(id))))
	if err != nil {
		s.jsonError(w, r, failure(codeInternal, "could not encode the response", err))
		return
	}
	s.serveMade(w, r, key, version, append(body, '\n'), apiList)
}

// explain asks gr to explain story id's grouping, one explanation at a
// time across the site: each reads and weighs every report published
// around its story, and a burst of requests for many stories would
// otherwise take every core from the desk.
func (s *server) explain(ctx context.Context, gr GroupingReader, id string) (news.Grouping, error) {
	select {
	case s.explaining <- struct{}{}:
		defer func() { <-s.explaining }()
	case <-ctx.Done():
		return news.Grouping{}, failure(codeUnavailable, "The desk is busy explaining other stories. Please try again.", ctx.Err())
	}
	return gr.StoryGrouping(ctx, id)
}
