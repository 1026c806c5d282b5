package analyze

import "sort"

// claims groups the sentences that state one fact in several independent
// outlets. Each claim is a star: a central sentence and, for every other
// outlet, its best match, so that every member was compared with the
// first one rather than chained through a third. Sentences that state the
// fact in more outlets seed claims first; a sentence joins one claim at
// most. Claims come out best supported first.
func claims(ss []Sentence, rs []Report) []Claim {
	order := make([]int, 0, len(ss))
	for i, s := range ss {
		if len(s.Matches) > 0 {
			order = append(order, i)
		}
	}
	sum := func(i int) float64 {
		var t float64
		for _, x := range ss[i].Similar {
			t += x
		}
		return t
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := &ss[order[x]], &ss[order[y]]
		if len(a.Matches) != len(b.Matches) {
			return len(a.Matches) > len(b.Matches)
		}
		if sa, sb := sum(order[x]), sum(order[y]); sa != sb {
			return sa > sb
		}
		return order[x] < order[y]
	})
	taken := make([]bool, len(ss))
	var out []Claim
	for _, i := range order {
		if taken[i] {
			continue
		}
		members := []int{i}
		outlets := map[int64]bool{outletKey(rs[ss[i].Report]): true}
		for _, j := range ss[i].Matches {
			k := outletKey(rs[ss[j].Report])
			if taken[j] || outlets[k] {
				continue
			}
			members = append(members, j)
			outlets[k] = true
		}
		if len(members) < 2 {
			continue
		}
		for _, j := range members {
			taken[j] = true
		}
		out = append(out, Claim{Members: members, Outlets: len(outlets)})
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].Outlets > out[y].Outlets })
	return out
}
