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
		out = pairLone(out, strong, weak, x.averager())
	}
	return out, joins
}

// pairLone joins two units that average link left alone when each is the
// other's closest story (see Options.Lone): strong and weak hold, for
// each unit, its pairs with earlier units at or above the threshold and
// at or above Options.Lone, and avg(i, g) is the average similarity of
// unit i to the units of group g. A story's closeness is its average
// over its units, as average link measures it: a unit alone whose most
// similar unit sits in a group, but which is less like that group as a
// whole than like another unit alone, may pair with that unit; a unit
// whose closest story is a group stays alone. The pairs take the place
// of their two groups of one.
func pairLone(groups [][]int, strong, weak [][]edge, avg func(i int, g []int) float64) [][]int {
	of := make([]int, len(strong)) // unit -> its group
	for g, members := range groups {
		for _, u := range members {
			of[u] = g
		}
	}
	near := make([][]int, len(strong)) // for each unit alone, the units it has a pair with
	for i := range strong {
		for _, es := range [2][]edge{strong[i], weak[i]} {
			for _, e := range es {
				j := int(e.j)
				if len(groups[of[i]]) == 1 {
					near[i] = append(near[i], j)
				}
				if len(groups[of[j]]) == 1 {
					near[j] = append(near[j], i)
				}
			}
		}
	}
	// best[i] is the group closest to unit i alone, -1 for none: the
	// highest average; on a tie the group whose first unit is earliest,
	// so that the result does not depend on the order of the pairs.
	best := make([]int, len(strong))
	seen := make([]int, len(groups)) // seen[g] == i+1 once unit i has met group g
	for i := range best {
		best[i] = -1
		var top float64
		for _, j := range near[i] {
			g := of[j]
			if seen[g] == i+1 {
				continue
			}
			seen[g] = i + 1
			s := avg(i, groups[g])
			if best[i] < 0 || s > top || s == top && groups[g][0] < groups[best[i]][0] {
				best[i], top = g, s
			}
		}
	}
	paired := map[int]bool{}
	var out [][]int
	for g, members := range groups {
		if len(members) != 1 {
			out = append(out, members)
			continue
		}
		i := members[0]
		if paired[i] {
			continue // already joined to an earlier unit
		}
		if b := best[i]; b >= 0 && len(groups[b]) == 1 {
			j := groups[b][0]
			if best[j] == g && !paired[j] {
				paired[i], paired[j] = true, true
				out = append(out, []int{min(i, j), max(i, j)})
				continue
			}
		}
		out = append(out, members)
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// averager returns avg(i, g) for pairLone: the average similarity of
// unit i to the units of group g, i not among them, pairs that may not
// be compared counting as zero. When i may be compared with every unit
// of g, that is the dot product with g's summed vector, which it keeps
// for the next unit that meets g.
func (x *index) averager() func(i int, g []int) float64 {
	sums := map[int]text.Vector{} // by a group's first unit
	return func(i int, g []int) float64 {
		if len(g) == 1 {
			if !x.linked(i, g[0]) {
				return 0
			}
			return x.vecs[i].Dot(x.vecs[g[0]])
		}
		all := true
		for _, u := range g {
			if !x.linked(i, u) {
				all = false
				break
			}
		}
		var s float64
		if all {
			sum, ok := sums[g[0]]
			if !ok {
				for _, u := range g {
					sum = addVectors(sum, x.vecs[u])
				}
				sums[g[0]] = sum
			}
			s = x.vecs[i].Dot(sum)
		} else {
			for _, u := range g {
				if x.linked(i, u) {
					s += x.vecs[i].Dot(x.vecs[u])
				}
			}
		}
		return s / float64(len(g))
	}
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
