package cluster

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// cut returns the groups of n units left by the joinings at or above th,
// each ascending, in the order of their first units.
func cut(n int, joins []joining, th float64) [][]int {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for _, j := range joins {
		if j.avg >= th {
			if a, b := find(j.a), find(j.b); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	at := map[int]int{}
	var out [][]int
	for i := range n {
		r := find(i)
		if _, ok := at[r]; !ok {
			at[r] = len(out)
			out = append(out, nil)
		}
		out[at[r]] = append(out[at[r]], i)
	}
	return out
}

// randomUnits returns n units in time order (the first few with no time)
// with random sparse unit vectors over a small vocabulary, so that many
// pairs overlap, and a mix of languages.
func randomUnits(rng *rand.Rand, n int) ([]unit, []text.Vector) {
	us := make([]unit, n)
	vecs := make([]text.Vector, n)
	start := at(1, 0, 0)
	for i := range us {
		us[i] = unit{docs: []int{i}, rep: i, lang: []string{"", "en", "en", "en", "fr"}[rng.IntN(5)]}
		if i >= 3 {
			us[i].time = start.Add(time.Duration(i) * 4 * time.Hour)
		}
		terms := map[int32]bool{}
		for len(terms) < 6 {
			terms[int32(rng.IntN(25))] = true
		}
		var v text.Vector
		for t := range terms {
			v.Terms = append(v.Terms, t)
		}
		slices.Sort(v.Terms)
		for range v.Terms {
			v.Weights = append(v.Weights, rng.Float64()+0.01)
		}
		norm := v.Norm()
		for k := range v.Weights {
			v.Weights[k] /= norm
		}
		vecs[i] = v
	}
	return us, vecs
}

// naiveAverageLink is average link by definition: every round computes
// the average similarity of every pair of groups from scratch.
func naiveAverageLink(us []unit, vecs []text.Vector, opt Options) [][]int {
	sim := func(i, j int) float64 {
		ti, tj := us[i].time, us[j].time
		if !ti.IsZero() && !tj.IsZero() && opt.Window > 0 && (ti.Sub(tj) > opt.Window || tj.Sub(ti) > opt.Window) {
			return 0
		}
		if !compatible(us[i].lang, us[j].lang) {
			return 0
		}
		return vecs[i].Dot(vecs[j])
	}
	lang := func(g []int) string {
		for _, i := range g {
			if us[i].lang != "" {
				return us[i].lang
			}
		}
		return ""
	}
	var groups [][]int
	for i := range us {
		groups = append(groups, []int{i})
	}
	for {
		ba, bb, best := -1, -1, 0.0
		for a := range groups {
			for b := a + 1; b < len(groups); b++ {
				if !compatible(lang(groups[a]), lang(groups[b])) {
					continue
				}
				var s float64
				for _, i := range groups[a] {
					for _, j := range groups[b] {
						s += sim(i, j)
					}
				}
				if avg := s / float64(len(groups[a])*len(groups[b])); avg > 0 && avg >= opt.Threshold && (ba < 0 || avg > best) {
					ba, bb, best = a, b, avg
				}
			}
		}
		if ba < 0 {
			break
		}
		groups[ba] = append(groups[ba], groups[bb]...)
		slices.Sort(groups[ba])
		groups = slices.Delete(groups, bb, bb+1)
	}
	return groups
}

func normalized(groups [][]int) [][]int {
	out := make([][]int, len(groups))
	for i, g := range groups {
		out[i] = slices.Sorted(slices.Values(g))
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// TestLinkMatchesNaive checks that the indexed, component-wise average
// link gives the same groups as the definition, with windows, unknown
// times and languages in play.
func TestLinkMatchesNaive(t *testing.T) {
	for seed := range uint64(6) {
		for _, th := range []float64{0.15, 0.3, 0.45} {
			rng := rand.New(rand.NewPCG(seed, 7))
			us, vecs := randomUnits(rng, 40)
			opt := Options{Threshold: th, Window: 36 * time.Hour, Workers: 2}
			want := normalized(naiveAverageLink(us, vecs, opt))
			got := normalized(link(us, vecs, opt))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("seed %d, threshold %.2f (-naive +link):\n%s", seed, th, diff)
			}
		}
	}
}

// TestSweepMatchesRuns checks the claim that lets one run serve many
// thresholds: a run's merges at or above a threshold are that
// threshold's run.
func TestSweepMatchesRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	us, vecs := randomUnits(rng, 60)
	opt := Options{Threshold: 0.05, Window: 48 * time.Hour}
	_, joins := linkMerges(us, vecs, opt)
	for _, th := range steps(0.05, 0.6, 0.05) {
		opt.Threshold = th
		if diff := cmp.Diff(normalized(link(us, vecs, opt)), normalized(cut(len(us), joins, th))); diff != "" {
			t.Errorf("threshold %.2f (-run +sweep):\n%s", th, diff)
		}
	}
}
