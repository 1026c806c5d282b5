package pipeline

import (
	"context"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/cluster"
	"github.com/theunbiasedpost/unbiased/internal/news"
)

// streamState is the incremental grouping a Pipeline keeps between
// rebuilds: the open stories, and how many reports the store had in
// stories when it last agreed with them.
type streamState struct {
	mu     sync.Mutex
	stream *cluster.Stream
	held   int           // stored assignments after the last rebuild that used stream
	quiet  time.Duration // the quiet period stream runs with
}

// grouping is what one rebuild found: the stories to write, each with all
// its reports, and how many reports it read.
type grouping struct {
	groups []cluster.Group
	byID   map[int64]news.ArticleRef
	read   int
	// added is how many reports went into stories for the first time,
	// and stream the state that assigned them (nil after a batch run).
	added  int
	stream *cluster.Stream
	stored int // reports in stories before this rebuild
	quiet  time.Duration
}

// group finds the stories of the window that a rebuild considers. With
// w.Fresh, for a window of fewer than w.StreamFrom reports, or when the
// stored stories break an editor's decision (one just recorded), it
// clusters the whole window at once (cluster.Cluster).
// Otherwise it adds the reports that are in no story yet, in time order,
// to the open stories (cluster.Stream): the Stream the Pipeline kept from
// its last rebuild when the store still holds what that rebuild saved, or
// one taken up from the stored stories of the quiet period. The stories
// that changed come first, then the window's other stored stories as
// they are, whose signatures the writing loop compares.
func (p *Pipeline) group(ctx context.Context, w Writing, now time.Time) (grouping, error) {
	prev, err := p.Store.StoryAssignments(ctx)
	if err != nil {
		return grouping{}, err
	}
	decisions, err := p.Store.Decisions(ctx)
	if err != nil {
		return grouping{}, err
	}
	opt := w.Cluster
	opt.Decisions = append(opt.Decisions, clusterDecisions(decisions)...)
	all, err := p.Store.Articles(ctx, now.Add(-w.window()))
	if err != nil {
		return grouping{}, err
	}
	g := grouping{byID: make(map[int64]news.ArticleRef, len(all)), read: len(all), stored: len(prev)}
	docs := docsOf(all, g.byID)
	if w.Fresh || len(docs) < w.StreamFrom || !keeps(prev, opt.Decisions) {
		if w.Fresh {
			prev = nil
		}
		g.groups = cluster.Cluster(docs, prev, opt)
		return g, nil
	}
	st := &p.streamState
	st.mu.Lock()
	s, held, quiet := st.stream, st.held, st.quiet
	st.mu.Unlock()
	if s == nil || held != len(prev) || quiet != w.quiet() {
		s = takeUp(docs, prev, opt, w.quiet(), now)
	}
	for _, d := range docs {
		if _, ok := prev[d.ID]; !ok {
			s.Add(d)
			g.added++
		}
	}
	s.Advance(now)
	g.stream, g.quiet = s, w.quiet()
	changed, _ := s.Take()
	// Every other story of the window is written again too when its
	// signature says so (an outlet rated anew, another writer): the
	// writing loop compares it and leaves the rest as they are.
	taken := map[int64]bool{}
	var missing []int64
	for _, c := range changed {
		for _, id := range c.DocIDs {
			taken[id] = true
			if _, ok := g.byID[id]; !ok {
				missing = append(missing, id)
			}
		}
	}
	others := map[string][]int64{}
	for _, d := range docs {
		if id, ok := prev[d.ID]; ok && !taken[d.ID] {
			others[id] = append(others[id], d.ID)
		}
	}
	g.groups = changed
	for _, id := range slices.Sorted(maps.Keys(others)) {
		g.groups = append(g.groups, cluster.Group{ID: id, DocIDs: others[id]})
	}
	more, err := p.Store.ArticlesByID(ctx, missing)
	if err != nil {
		return grouping{}, err
	}
	for _, a := range more {
		g.byID[a.ID] = a
	}
	return g, nil
}

// takeUp returns a Stream holding the stored stories whose latest report
// in docs is within the quiet period of now: their reports are seeded,
// not compared. IDs of all stored stories are reserved, and the editors'
// Apart decisions recorded, so that no merge undoes one.
func takeUp(docs []cluster.Doc, prev map[int64]string, opt cluster.Options, quiet time.Duration, now time.Time) *cluster.Stream {
	s := cluster.NewStream(opt, quiet)
	s.Reserve(storyIDs(prev)...)
	for _, d := range opt.Decisions {
		s.Forbid(d)
	}
	latest := map[string]time.Time{}
	for _, d := range docs {
		if id, ok := prev[d.ID]; ok && d.Published.After(latest[id]) {
			latest[id] = d.Published
		}
	}
	for _, d := range docs {
		if id, ok := prev[d.ID]; ok && now.Sub(latest[id]) <= quiet {
			s.Seed(d, id)
		}
	}
	return s
}

// kept records, after a rebuild's stories are saved, the state that
// made them for the next rebuild; failed says some were not saved, and
// the state is dropped, to be taken up again from the store.
func (p *Pipeline) kept(g grouping, failed bool) {
	st := &p.streamState
	st.mu.Lock()
	defer st.mu.Unlock()
	st.stream, st.held, st.quiet = g.stream, g.stored+g.added, g.quiet
	if failed || g.stream == nil {
		st.stream = nil
	}
}

// keeps reports whether the stored stories hold to the editors'
// decisions, as far as their reports are in stories: the reports of a
// Together decision share one story, and no report of an Apart decision
// shares one with a report it was taken from.
func keeps(prev map[int64]string, ds []cluster.Decision) bool {
	for _, d := range ds {
		story := ""
		for _, id := range d.Together {
			if s, ok := prev[id]; ok {
				if story != "" && s != story {
					return false
				}
				story = s
			}
		}
		from := map[string]bool{}
		for _, id := range d.From {
			if s, ok := prev[id]; ok {
				from[s] = true
			}
		}
		for _, id := range d.Apart {
			if s, ok := prev[id]; ok && from[s] {
				return false
			}
		}
	}
	return true
}

func storyIDs(prev map[int64]string) []string {
	seen := map[string]bool{}
	for _, id := range prev {
		seen[id] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// docsOf turns reports into the clusterer's docs, and files each report
// in byID.
func docsOf(arts []news.ArticleRef, byID map[int64]news.ArticleRef) []cluster.Doc {
	docs := make([]cluster.Doc, 0, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
		docs = append(docs, clusterDoc(a))
	}
	return docs
}
