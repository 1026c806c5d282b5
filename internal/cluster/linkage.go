package cluster

import (
	"cmp"
	"slices"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// link runs average-link clustering over the units and returns the groups
// as lists of unit indexes, in the order of their first units.
//
// It is exact, yet it never builds the full similarity matrix, which for
// a busy news day would not fit in memory. Two groups merge only when the
// average similarity over their pairs reaches the threshold, so at least
// one of those pairs reaches it too. The strong pairs, those at or above
// the threshold, are found through the inverted index; only groups joined
// by a strong pair are ever compared, and the graph of strong pairs
// splits the units into components that are clustered independently.
func link(us []unit, vecs []text.Vector, opt Options) [][]int {
	groups, _ := linkMerges(us, vecs, opt)
	return groups
}

// joining is one merge of average link: the groups whose first units are
// a and b joined at average similarity avg. Average link has no
// inversions (a merged group is never closer to a third than the two
// parts were to each other), so the merges made at a threshold are
// exactly those of a lower threshold's run whose avg reaches it: one run
// serves a whole sweep of thresholds.
type joining struct {
	a, b int
	avg  float64
}

// edge is a strong pair: the similarity s to an earlier unit j (a unit
// index, or a place in a component).
type edge struct {
	j int32
	s float64
}

// linkMerges is link that also returns its merges, component by component.
func linkMerges(us []unit, vecs []text.Vector, opt Options) ([][]int, []joining) {
	x := newIndex(us, vecs, opt.Window)
	strong := make([][]edge, len(us))
	weak := make([][]edge, len(us)) // pairs at or above opt.Lone, below the threshold
	parallel(len(us), opt.Workers, func() func(int) {
		sc := x.scratch()
		return func(i int) {
			x.scan(i, sc, func(j int32, s float64) {
				switch {
				case s >= opt.Threshold:
					strong[i] = append(strong[i], edge{j, s})
				case opt.Lone > 0 && s >= opt.Lone:
					weak[i] = append(weak[i], edge{j, s})
				}
			})
		}
	})
	comps, pos := components(strong)
	parts := make([][][]int, len(comps))
	merges := make([][]joining, len(comps))
	parallel(len(comps), opt.Workers, func() func(int) {
		return func(c int) {
			members := comps[c]
			if len(members) == 1 {
				parts[c] = [][]int{members}
				return
			}
			es := make([][]edge, len(members))
			for li, i := range members {
				for _, e := range strong[i] {
					es[li] = append(es[li], edge{pos[e.j], e.s})
				}
			}
			parts[c], merges[c] = averageLink(x, members, es, opt)
		}
	})
	var out [][]int
	var joins []joining
	for c, p := range parts {
		out = append(out, p...)
		joins = append(joins, merges[c]...)
	}
	if opt.Lone > 0 {
		out = pairLone(out, strong, weak)
	}
	return out, joins
}

// pairLone joins two units that average link left alone when each is the
// other's most similar unit (see Options.Lone): strong and weak hold, for
// each unit, its pairs with earlier units at or above the threshold and
// at or above Options.Lone. A unit whose closest match sits in a group
// stays alone. The pairs take the place of their two groups of one.
func pairLone(groups [][]int, strong, weak [][]edge) [][]int {
	type match struct {
		j int
		s float64
	}
	best := make([]match, len(strong))
	for i := range best {
		best[i] = match{-1, 0}
	}
	closer := func(i, j int, s float64) {
		// the higher similarity; on a tie the earlier unit, so that the
		// result does not depend on the order of the pairs
		if b := best[i]; s > b.s || s == b.s && b.j >= 0 && j < b.j {
			best[i] = match{j, s}
		}
	}
	for i := range strong {
		for _, es := range [2][]edge{strong[i], weak[i]} {
			for _, e := range es {
				closer(i, int(e.j), e.s)
				closer(int(e.j), i, e.s)
			}
		}
	}
	alone := map[int]bool{}
	for _, g := range groups {
		if len(g) == 1 {
			alone[g[0]] = true
		}
	}
	paired := map[int]bool{}
	var out [][]int
	for _, g := range groups {
		if len(g) != 1 {
			out = append(out, g)
			continue
		}
		i := g[0]
		j := best[i].j
		switch {
		case paired[i]:
			continue // already joined to an earlier unit
		case j >= 0 && alone[j] && best[j].j == i && !paired[j]:
			paired[i], paired[j] = true, true
			out = append(out, []int{min(i, j), max(i, j)})
		default:
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// components returns the connected components of the strong pairs (each
// ascending, in the order of their first units) and each unit's place in
// its component.
func components(strong [][]edge) ([][]int, []int32) {
	parent := make([]int, len(strong))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i, es := range strong {
		for _, e := range es {
			a, b := find(i), find(int(e.j))
			parent[max(a, b)] = min(a, b) // the root is the component's first unit
		}
	}
	var comps [][]int
	pos := make([]int32, len(strong))
	at := map[int]int{}
	for i := range strong {
		r := find(i)
		c, ok := at[r]
		if !ok {
			c = len(comps)
			at[r] = c
			comps = append(comps, nil)
		}
		pos[i] = int32(len(comps[c]))
		comps[c] = append(comps[c], i)
	}
	return comps, pos
}
