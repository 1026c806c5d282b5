package cluster

import (
	"container/heap"
	"slices"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// averageLink clusters one component: members are ascending unit indexes
// and es[i] the strong pairs of member i with earlier members, by place.
// It merges, again and again, the two groups with the highest average
// similarity over all their pairs (pairs never linked count as zero)
// while that average reaches the threshold; ties go to the pair of groups
// whose first units come first. Two groups whose languages differ never
// merge, and two groups of two or more units merge only when they are
// cohesive enough (see Options.Cohesion), by their words and by their
// titles (Options.TitleCohesion).
//
// A group tracks the sum of similarities to each group it shares a strong
// pair with, and to no other: a pair of groups without one averages below
// the threshold. When a merge brings a new neighbour, the sum to it is
// computed afresh, from the groups' summed vectors when all their pairs
// fall inside the window (the sum of dot products is the dot product of
// the sums) and pair by pair otherwise.
func averageLink(x *index, members []int, es [][]edge, opt Options) ([][]int, []joining) {
	g := make([]group, len(members))
	for i, u := range members {
		g[i] = group{members: []int{u}, lang: x.us[u].lang, sum: x.vecs[u], nbr: map[int32]float64{}}
		g[i].marks.add(x.us[u].marks)
		if t := x.us[u].title; len(t.Terms) > 0 {
			g[i].titles, g[i].titled = t, 1
		}
		if t := x.us[u].time; !t.IsZero() {
			g[i].first, g[i].last = t, t
		}
	}
	// the amounts' term IDs (see isAmount and figuresApart), gathered
	// when a report whose headline gives one first asks, unless the
	// index tells them
	var figures map[int32]bool
	figure := x.amount
	if figure == nil {
		figure = func(t int32) bool {
			if figures == nil {
				figures = map[int32]bool{}
				for _, u := range members {
					for _, f := range x.us[u].figs {
						figures[f] = true
					}
				}
			}
			return figures[t]
		}
	}
	// a report alone and a group
	loneApart := func(lone, g *group) bool {
		return len(lone.members) == 1 && len(x.us[lone.members[0]].titleFigs) > 0 &&
			figuresApart(x.us[lone.members[0]].titleFigs, lone.sum, &g.marks, g.sum, opt.Contrast, figure)
	}
	h := &heapOf[merge]{}
	for i, row := range es {
		for _, e := range row {
			g[i].nbr[e.j] = e.s
			g[e.j].nbr[int32(i)] = e.s
			h.items = append(h.items, merge{avg: e.s, a: e.j, b: int32(i)})
		}
	}
	heap.Init(h)
	var joins []joining
	for h.Len() > 0 {
		m := heap.Pop(h).(merge)
		ga, gb := &g[m.a], &g[m.b]
		if ga.dead || gb.dead || ga.version != m.va || gb.version != m.vb {
			continue // stale: one side has grown since
		}
		if !compatible(ga.lang, gb.lang) {
			continue // a known language never becomes unknown, so this pair stays apart
		}
		if m.avg < opt.Cohesion*min(ga.cohesion(), gb.cohesion()) {
			continue // apart until one side changes, which computes a fresh average
		}
		if opt.TitleNames && (x.namesApart(ga, gb) || x.namesApart(gb, ga)) {
			continue // apart until one side changes
		}
		if opt.TitleCohesion > 0 && titlesApart(ga, gb, opt.TitleCohesion) {
			continue // apart until one side changes
		}
		if opt.Contrast > 0 && (contrasted(&ga.marks, &gb.marks, ga.sum, gb.sum, opt.Contrast) || loneApart(ga, gb) || loneApart(gb, ga)) {
			continue // apart until one side changes
		}
		joins = append(joins, joining{members[m.a], members[m.b], m.avg})
		lang := ga.lang
		if lang == "" {
			lang = gb.lang
		}
		// b joins a, which keeps the lower index: the group's first unit.
		nbr := make(map[int32]float64, len(ga.nbr)+len(gb.nbr))
		update := func(c int32) {
			gc := &g[c]
			if _, done := nbr[c]; done || c == m.a || c == m.b {
				return
			}
			delete(gc.nbr, m.a)
			delete(gc.nbr, m.b)
			if !compatible(lang, gc.lang) {
				return
			}
			sa, ok := ga.nbr[c]
			if !ok {
				sa = x.pairSum(ga, gc)
			}
			sb, ok := gb.nbr[c]
			if !ok {
				sb = x.pairSum(gb, gc)
			}
			nbr[c] = sa + sb
			gc.nbr[m.a] = sa + sb
		}
		for c := range ga.nbr {
			update(c)
		}
		for c := range gb.nbr {
			update(c)
		}
		ga.within += gb.within + m.avg*float64(len(ga.members)*len(gb.members))
		ga.members = append(ga.members, gb.members...)
		ga.lang = lang
		ga.sum = x.addSums(ga.sum, gb.sum)
		ga.titles = addVectors(ga.titles, gb.titles)
		ga.titled += gb.titled
		ga.marks.merge(&gb.marks)
		ga.first, ga.last = earliest(ga.first, gb.first), latest(ga.last, gb.last)
		ga.nbr = nbr
		ga.version++
		*gb = group{dead: true}
		for c, s := range nbr {
			gc := &g[c]
			// A candidate below the threshold can never be taken: its
			// average changes only through a merge of one of its sides,
			// which computes a fresh one.
			if avg := s / float64(len(ga.members)*len(gc.members)); avg >= opt.Threshold {
				p := merge{avg: avg, a: m.a, b: c, va: ga.version, vb: gc.version}
				if c < m.a {
					p = merge{avg: avg, a: c, b: m.a, va: gc.version, vb: ga.version}
				}
				heap.Push(h, p)
			}
		}
	}
	var out [][]int
	for i := range g {
		if !g[i].dead {
			out = append(out, g[i].members)
		}
	}
	return out, joins
}

// namesApart reports whether a, of two or more units each with a
// title, and b, of two or more units, are two events by their titles
// (see Options.TitleNames): some word of a name is in every title of a
// and in no unit of b.
func (x *index) namesApart(a, b *group) bool {
	if len(a.members) < 2 || len(b.members) < 2 {
		return false
	}
	common := x.us[a.members[0]].heads
	for _, u := range a.members[1:] {
		if len(common) == 0 {
			return false
		}
		common = text.IntersectSorted(common, x.us[u].heads)
	}
	for _, t := range common {
		mentioned := false
		for _, u := range b.members {
			if _, found := slices.BinarySearch(x.vecs[u].Terms, t); found {
				mentioned = true
				break
			}
		}
		if !mentioned {
			return true
		}
	}
	return false
}

// group is a cluster during averageLink.
type group struct {
	members     []int // unit indexes
	lang        string
	sum         text.Vector       // the sum of the members' vectors
	first, last time.Time         // the members' earliest and latest known times
	nbr         map[int32]float64 // for each group sharing a strong pair: the sum of similarities over all pairs
	within      float64           // the sum of similarities over all pairs of members
	version     uint32
	dead        bool
	titles      text.Vector // the sum of the members' title vectors
	titled      int         // members with a title
	marks       tally       // the members' marks (see Options.Contrast)
}

// titlesApart reports whether a and b, each with two or more titled
// units, are two events by their titles (see Options.TitleCohesion): the
// average similarity of their titles across is below level times the
// lower of the two groups' averages within.
func titlesApart(a, b *group, level float64) bool {
	if a.titled < 2 || b.titled < 2 {
		return false
	}
	across := a.titles.Dot(b.titles) / float64(a.titled*b.titled)
	return across < level*min(a.titleCohesion(), b.titleCohesion())
}

// titleCohesion is the average similarity of the titles of the group's
// titled members, over their pairs: |titles|² counts each title with
// itself once and each pair twice.
func (g *group) titleCohesion() float64 {
	n := g.titled
	if n < 2 {
		return 0
	}
	var sq float64
	for _, w := range g.titles.Weights {
		sq += w * w
	}
	return (sq - float64(n)) / 2 / float64(pairs(n))
}

// cohesion is the group's average similarity over all pairs of its
// members; 0 for a group of one, which asks nothing of a merge.
func (g *group) cohesion() float64 {
	if n := len(g.members); n > 1 {
		return g.within / float64(pairs(n))
	}
	return 0
}

// pairSum returns the sum of similarities over all pairs across a and b,
// which must have compatible languages.
func (x *index) pairSum(a, b *group) float64 {
	first, last := earliest(a.first, b.first), latest(a.last, b.last)
	if x.window <= 0 || first.IsZero() || last.Sub(first) <= x.window {
		return dot(a.sum, b.sum)
	}
	var s float64
	for _, i := range a.members {
		for _, j := range b.members {
			if x.linked(i, j) {
				s += x.vecs[i].Dot(x.vecs[j])
			}
		}
	}
	return s
}

// addVectors returns a + b.
func addVectors(a, b text.Vector) text.Vector {
	n := len(a.Terms) + len(b.Terms)
	return appendSum(text.Vector{Terms: make([]int32, 0, n), Weights: make([]float64, 0, n)}, a, b)
}

// appendSum appends the terms and weights of a + b to those of v, and
// returns v.
func appendSum(v, a, b text.Vector) text.Vector {
	i, j := 0, 0
	for i < len(a.Terms) || j < len(b.Terms) {
		switch {
		case j == len(b.Terms) || i < len(a.Terms) && a.Terms[i] < b.Terms[j]:
			v.Terms, v.Weights = append(v.Terms, a.Terms[i]), append(v.Weights, a.Weights[i])
			i++
		case i == len(a.Terms) || b.Terms[j] < a.Terms[i]:
			v.Terms, v.Weights = append(v.Terms, b.Terms[j]), append(v.Weights, b.Weights[j])
			j++
		default:
			v.Terms, v.Weights = append(v.Terms, a.Terms[i]), append(v.Weights, a.Weights[i]+b.Weights[j])
			i++
			j++
		}
	}
	return v
}

// addSums returns a + b, two groups' summed vectors: in x.sums when x
// has one.
func (x *index) addSums(a, b text.Vector) text.Vector {
	if x.sums == nil {
		return addVectors(a, b)
	}
	return x.sums.add(a, b)
}

// vecArena holds vectors one after another in space that is used again
// once they are no longer needed (see reset), so that the vectors made
// in great numbers and dropped soon after, such as the sums of groups
// while averageLink merges them, are not allocated one by one.
type vecArena struct {
	terms   []int32
	weights []float64
}

// add returns a + b, as addVectors does, held in the arena until its
// next reset.
func (r *vecArena) add(a, b text.Vector) text.Vector {
	n := len(a.Terms) + len(b.Terms)
	if cap(r.terms)-len(r.terms) < n {
		// The vectors already held stay in the space they are in.
		size := max(n, 2*cap(r.terms))
		r.terms, r.weights = make([]int32, 0, size), make([]float64, 0, size)
	}
	at := len(r.terms)
	v := appendSum(text.Vector{Terms: r.terms[at : at : at+n], Weights: r.weights[at : at : at+n]}, a, b)
	r.terms, r.weights = r.terms[:at+len(v.Terms)], r.weights[:at+len(v.Weights)]
	return v
}

// reset makes the arena's space free again: the vectors it holds must
// no longer be used.
func (r *vecArena) reset() {
	r.terms, r.weights = r.terms[:0], r.weights[:0]
}

// earliest and latest compare known times; the zero time means unknown.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// merge is a candidate merge of groups a < b, valid while both are at the
// versions it was computed for.
type merge struct {
	avg    float64
	a, b   int32
	va, vb uint32
}

// before orders merges for the heap: the highest average first, ties by
// (a, b): a total order, so the merges happen in the same sequence
// however the heap was filled.
func (x merge) before(y merge) bool {
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	if x.a != y.a {
		return x.a < y.a
	}
	return x.b < y.b
}

// heapOf is a container/heap of items that order themselves (see
// merge.before and closing.before).
type heapOf[T interface{ before(T) bool }] struct{ items []T }

func (h *heapOf[T]) Len() int           { return len(h.items) }
func (h *heapOf[T]) Less(i, j int) bool { return h.items[i].before(h.items[j]) }
func (h *heapOf[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *heapOf[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *heapOf[T]) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
