package write

import (
	"math"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// quantifiers open phrases that name no particular thing, or qualify
// one by time or degree ("annual maintenance" is about maintenance).
var quantifiers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`every several various certain another whole entire annual daily
		weekly monthly yearly recent former latest previous current major minor fair full main
		total overall further extra additional`) {
		quantifiers[w] = true
	}
}

// topics groups the body's units into sub-topics and titles each one.
// Units are clustered by average link on the cosine of their stems,
// weighted by how rare each stem is in the story (a word every report
// uses says nothing about a sub-topic), merging the closest clusters
// until about one cluster per three units remains, at most limit; a
// cluster of one then joins its nearest. Every unit lands in a group. No
// group takes a title of taken.
func (d *draft) topics(units []unit, headline string, limit int, taken ...string) []group {
	if len(units) == 0 {
		return nil
	}
	head := map[string]bool{}
	for _, st := range text.ContentWords(headline) {
		head[st] = true
	}
	idf := d.stemIDF()
	vecs := make([]map[string]float64, len(units))
	for k, u := range units {
		vecs[k] = map[string]float64{}
		for _, st := range d.stemsOf(u.text()) {
			vecs[k][st] = idf(st)
		}
	}
	sim := make([][]float64, len(units))
	for x := range units {
		sim[x] = make([]float64, len(units))
		for y := range units {
			sim[x][y] = weightedCosine(vecs[x], vecs[y])
		}
	}
	clusters := make([][]int, len(units))
	for k := range units {
		clusters[k] = []int{k}
	}
	link := func(a, b []int) float64 {
		var t float64
		for _, x := range a {
			for _, y := range b {
				t += sim[x][y]
			}
		}
		return t / float64(len(a)*len(b))
	}
	merge := func(a, b int) {
		clusters[a] = append(clusters[a], clusters[b]...)
		clusters = append(clusters[:b], clusters[b+1:]...)
	}
	target := min(limit, max(1, (len(units)+1)/3))
	for len(clusters) > target {
		ba, bb, best := -1, -1, -1.0
		for a := range clusters {
			for b := a + 1; b < len(clusters); b++ {
				if l := link(clusters[a], clusters[b]); l > best {
					ba, bb, best = a, b, l
				}
			}
		}
		merge(ba, bb)
	}
	for changed := true; changed && len(clusters) > 1; {
		changed = false
		for a := range clusters {
			if len(clusters[a]) > 1 {
				continue
			}
			to, best := -1, -1.0
			for b := range clusters {
				if b != a {
					if l := link(clusters[a], clusters[b]); l > best {
						to, best = b, l
					}
				}
			}
			if to > a {
				merge(a, to)
				clusters[a], clusters[to-1] = clusters[to-1], clusters[a]
			} else {
				merge(to, a)
			}
			changed = true
			break
		}
	}
	if len(clusters) == 1 && len(units) >= 3 && limit > 1 {
		clusters = splitTwo(clusters[0], sim)
	}
	var groups []group
	for _, c := range clusters {
		sort.Ints(c)
		g := group{}
		for _, k := range c {
			g.units = append(g.units, units[k])
		}
		groups = append(groups, g)
	}
	// Title the groups in the order a reader meets them, so that the
	// first one may be "What happened" and a role goes to the earlier.
	meanRel := func(g group) float64 {
		var rel float64
		n := 0
		for _, u := range g.units {
			for _, m := range u.members {
				rel += d.a.Sentences[m.i].Rel
				n++
			}
		}
		return rel / float64(n)
	}
	sort.SliceStable(groups, func(x, y int) bool { return meanRel(groups[x]) < meanRel(groups[y]) })
	titles := map[string]bool{}
	for _, t := range taken {
		titles[t] = true
	}
	for gi := range groups {
		d.firstGroup = gi == 0
		var others []unit
		for gj, o := range groups {
			if gj != gi {
				others = append(others, o.units...)
			}
		}
		groups[gi].title = d.title(groups[gi].units, others, head, titles)
		titles[groups[gi].title] = true
	}
	return groups
}

// splitTwo divides one cluster around its two least similar units: each
// other unit joins the seed it is closer to (the first seed on a tie), so
// that a body with enough to say has two sections. A split that would
// leave a section of one unit is made only for three or four units,
// where a section of one beside the rest beats a single section.
func splitTwo(c []int, sim [][]float64) [][]int {
	a, b, low := c[0], c[1], 2.0
	for x := 0; x < len(c); x++ {
		for y := x + 1; y < len(c); y++ {
			if s := sim[c[x]][c[y]]; s < low {
				a, b, low = c[x], c[y], s
			}
		}
	}
	ga, gb := []int{a}, []int{b}
	for _, k := range c {
		switch {
		case k == a || k == b:
		case sim[k][a] >= sim[k][b]:
			ga = append(ga, k)
		default:
			gb = append(gb, k)
		}
	}
	if (len(ga) < 2 || len(gb) < 2) && len(c) > 4 {
		return [][]int{c}
	}
	return [][]int{ga, gb}
}

// stemIDF returns the inverse document frequency of a stem over the
// sentences of the story's independent reports.
func (d *draft) stemIDF() func(string) float64 {
	df := map[string]int{}
	n := 0
	for _, s := range d.a.Sentences {
		if d.a.Reports[s.Report].Independent {
			n++
			for _, st := range s.Stems {
				df[st]++
			}
		}
	}
	return func(st string) float64 { return rarity(df[st], n) }
}

// weightedCosine is the cosine of two weighted stem sets, summed in key
// order so that it gives the same bits on every run.
func weightedCosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for _, k := range sortedKeys(a) {
		na += a[k] * a[k]
		dot += a[k] * b[k]
	}
	for _, k := range sortedKeys(b) {
		nb += b[k] * b[k]
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
