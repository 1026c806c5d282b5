package cluster

import (
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// index finds the units similar to a unit without comparing every pair.
// It is an inverted index: a unit only meets the units that share a term
// with it, and the work is the sum, over terms, of the squared number of
// units that use them. Postings are in unit order, which is time order,
// so the units inside the window are a range of each list, found by
// binary search.
type index struct {
	us     []unit
	vecs   []text.Vector
	window time.Duration
	post   [][]posting // by term ID: the units that have the term, ascending
	z      int         // units [0, z) have no time and are compared with all
	lo     []int       // for a unit with a time: the first unit inside its window
	// sums, when not nil, holds the sums of groups that averageLink
	// makes (see addSums)
	sums *vecArena
	// amount, when not nil, tells which terms are amounts (see
	// isAmount); when nil, averageLink gathers them from the units' figs
	amount func(int32) bool
}

type posting struct {
	j int32
	w float64
}

func newIndex(us []unit, vecs []text.Vector, window time.Duration) *index {
	var terms int32
	for _, v := range vecs {
		if n := len(v.Terms); n > 0 {
			terms = max(terms, v.Terms[n-1]+1)
		}
	}
	x := &index{us: us, vecs: vecs, window: window, post: make([][]posting, terms), lo: make([]int, len(us))}
	for i, v := range vecs {
		for k, t := range v.Terms {
			x.post[t] = append(x.post[t], posting{int32(i), v.Weights[k]})
		}
	}
	x.z = sort.Search(len(us), func(i int) bool { return !us[i].time.IsZero() })
	for i := x.z; i < len(us); i++ {
		x.lo[i] = x.z
		if window > 0 {
			from := us[i].time.Add(-window)
			x.lo[i] = x.z + sort.Search(i-x.z, func(k int) bool { return !us[x.z+k].time.Before(from) })
		}
	}
	return x
}

// scratch is one goroutine's working space for scan: a dense
// accumulator, all zero between calls.
type scratch struct{ acc []float64 }

func (x *index) scratch() *scratch { return &scratch{acc: make([]float64, len(x.us))} }

// scan calls emit, in ascending order of j, for every earlier unit j that
// shares a term with unit i, lies inside its window and has a compatible
// language, with their similarity. Each similarity is summed in the order
// of unit i's terms, so it comes out the same bits on every run.
func (x *index) scan(i int, sc *scratch, emit func(j int32, s float64)) {
	v := x.vecs[i]
	// Units [0, z) have no time; the rest of the window is [lo, i).
	zEnd, lo := min(x.z, i), i
	if i >= x.z {
		lo = x.lo[i]
	}
	for k, t := range v.Terms {
		ps, w := x.post[t], v.Weights[k]
		sc.add(ps, 0, zEnd, w)
		sc.add(ps, lo, i, w)
	}
	lang := x.us[i].lang
	for _, r := range [2][2]int{{0, zEnd}, {lo, i}} {
		// The window holds about as many units as share a word with i
		// (everyday words see to that), so a dense pass over it is as
		// cheap as keeping a list of the units touched, and comes sorted.
		for j := r[0]; j < r[1]; j++ {
			if s := sc.acc[j]; s != 0 {
				if compatible(lang, x.us[j].lang) {
					emit(int32(j), s)
				}
				sc.acc[j] = 0
			}
		}
	}
}

// add accumulates w times the weights of the postings of units in
// [from, to).
func (sc *scratch) add(ps []posting, from, to int, w float64) {
	if from >= to {
		return
	}
	a, b := 0, len(ps) // binary search for the first posting at or after from
	for a < b {
		if m := int(uint(a+b) >> 1); int(ps[m].j) < from {
			a = m + 1
		} else {
			b = m
		}
	}
	for _, p := range ps[a:] {
		if int(p.j) >= to {
			break
		}
		sc.acc[p.j] += w * p.w
	}
}

// linked reports whether units i and j may be compared at all: published
// within the window of each other (or at an unknown time) and in
// compatible languages: the pairs scan visits, given a shared term.
func (x *index) linked(i, j int) bool {
	if i < j {
		i, j = j, i
	}
	inWindow := j < x.z || i < x.z || j >= x.lo[i]
	return inWindow && compatible(x.us[i].lang, x.us[j].lang)
}

// parallel calls the function made by mk for every index below n, from
// up to workers goroutines (GOMAXPROCS when workers is zero); each
// goroutine gets its own function, so it may keep scratch space.
func parallel(n, workers int, mk func() func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		if n > 0 {
			f := mk()
			for i := 0; i < n; i++ {
				f(i)
			}
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := mk()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
