package analyze

import (
	"sort"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// coverage counts the story's independent outlets by lean: an outlet with
// two independent reports counts once, a copy counts for the outlet that
// published first. ByLean lists all six leans in news.Leans order;
// Percent sums to 100 whenever Total is positive (largest remainders get
// the rounding). The lean counted is the outlet's rating.
func coverage(rs []Report) news.Coverage {
	counts := map[news.Lean]int{}
	seen := map[int64]bool{}
	for _, r := range rs {
		k := outletKey(r)
		if !r.Independent || seen[k] {
			continue
		}
		seen[k] = true
		counts[LeanOf(r.Outlet)]++
	}
	c := news.Coverage{}
	for _, l := range news.Leans {
		c.ByLean = append(c.ByLean, news.LeanCount{Lean: l, Label: l.Label(), Count: counts[l]})
		c.Total += counts[l]
	}
	percentages(c.ByLean, c.Total)
	c.BlindSpot = news.BlindSpotOf(counts)
	if c.BlindSpot != news.SideNone {
		c.BlindSpotLabel = "Blind spot: nearly all coverage came from outlets on the " + lowerSide(c.BlindSpot)
	}
	return c
}

// LeanOf is the outlet's rated lean: Unrated when the rating is missing
// or is not one of news.Leans.
func LeanOf(o news.Outlet) news.Lean {
	if _, err := news.ParseLean(string(o.Rating.Lean)); err != nil || o.Rating.Lean == "" {
		return news.Unrated
	}
	return o.Rating.Lean
}

func lowerSide(s news.Side) string {
	switch s {
	case news.SideLeft:
		return "left"
	case news.SideRight:
		return "right"
	}
	return "center"
}

// percentages fills Percent by the largest-remainder method, so that the
// bar's segments add up to exactly 100.
func percentages(lc []news.LeanCount, total int) {
	if total == 0 {
		return
	}
	type rem struct{ i, r int }
	var rems []rem
	sum := 0
	for i := range lc {
		lc[i].Percent = lc[i].Count * 100 / total
		sum += lc[i].Percent
		rems = append(rems, rem{i, lc[i].Count * 100 % total})
	}
	sort.SliceStable(rems, func(x, y int) bool { return rems[x].r > rems[y].r })
	for k := 0; sum < 100; k++ {
		lc[rems[k].i].Percent++
		sum++
	}
}
