package cluster

import (
	"cmp"
	"container/heap"
	"slices"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// streamRegroupMax is the most reports that are clustered again when a
// report joins a story (see regroup): the work is their pairs. A story
// past this size has met most of its event's reports, and the event's
// own words hold it together. 48 gave the same groups on the two
// evaluation sets, at about twice the work on BenchmarkIncremental's.
const streamRegroupMax = 24

// streamNear is the least average similarity with a joining report, as a
// fraction of Options.Threshold, at which an open story is among those
// clustered again with it (see regroup). Fitted on the even-numbered
// events of the NeuS reports and of the clustering set (without its
// boilerplate), streamed as `eval cluster --incremental` streams them:
// of 0, 0.5, 0.75 and 1 (the joined story alone), 0.5 had the best mean
// B-cubed F1 (0.955, against 0.952, 0.954 and 0.949).
const streamNear = 0.5

// neighbours returns the stories that regroup clusters again once d has
// joined st: st, then the other candidates whose average similarity with
// d reaches level, most alike first, as long as all their reports number
// streamRegroupMax or fewer. avg holds each candidate's similarity.
func neighbours(st *story, cands []*story, avg []float64, level float64) []*story {
	type near struct {
		st  *story
		avg float64
	}
	var ns []near
	for k, o := range cands {
		if o != st && avg[k] >= level {
			ns = append(ns, near{o, avg[k]})
		}
	}
	slices.SortStableFunc(ns, func(a, b near) int { return cmp.Compare(b.avg, a.avg) })
	out := []*story{st}
	n := len(st.units)
	for _, o := range ns {
		if n+len(o.st.units) > streamRegroupMax {
			break
		}
		n += len(o.st.units)
		out = append(out, o.st)
	}
	return out
}

// regroup clusters the reports of the stories in region again, as
// Cluster would cluster them alone (average link under
// Options.Threshold, Cohesion, TitleNames and Contrast, with the current word
// weights), and when the groups differ from the stories, makes each
// group a story. It returns the stories that changed, for mergeInto, or
// the first of region alone when none did. A report joins the story it is most
// like when it comes; the first report of an event whose own story has
// not begun may join the story of a look-alike event (another decision
// of the same council) and stay there, as every later report of its own
// event finds it less alike than the rest. Clustered again with the
// report that joined, the reports of both stories part as Cluster,
// seeing them all at once, would part them.
//
// A report that falls alone goes back to the group that holds most of
// the rest of its story, when its average similarity with that group
// still reaches Options.Lone: a Stream joined it there by the threshold
// or the lone rule, and moving it alone would only start a story of one.
// Below Options.Lone the group has left it behind: most often it is the
// report a story began with, which the first report of another event
// joined for want of its own, and the reports of that event that came
// next joined them both. It stays alone, as Cluster would leave it,
// rather than mix the other event's story. The level was fitted on the
// even-numbered events of the NeuS reports and of the clustering set
// (without its boilerplate), streamed as `eval cluster --incremental`
// streams them: of none (always back), 0.1, 0.12, 0.13, Options.Lone's
// 0.15, 0.17 and the threshold, 0.15 had the best mean B-cubed F1 (0.957
// against 0.955 with none). On the odd-numbered events it moved NeuS
// from 0.944 to 0.945 and the clustering set from 0.933 to 0.929; with
// `eval desk` forced to stream, pages mixing events went from 15 to 13 of
// 141 (NeuS) and from 9 to 6 of 105 (Multi-News).
// Docs an editor put together stay together, and a regrouping that
// would put one of an editor's Apart docs with one of its From docs is
// not made (see Forbid). Each story's ID goes to a group that holds its
// reports, the strongest claims first: a group holding all of a story's
// reports claims its ID first, the older story first, so that of two
// stories that merge the older keeps its ID, as in mergeInto; then the
// group holding most of a story's reports, the older story first on a
// tie. A story whose ID no group takes is merged away, and a group
// without an ID is a new story, named by its earliest report.
func (s *Stream) regroup(region []*story) []*story {
	var ms []*member
	var from []int // each member's story, by place in region
	for k, st := range region {
		for _, m := range st.units {
			ms = append(ms, m)
			from = append(from, k)
		}
	}
	n := len(ms)
	if n < 3 || n > streamRegroupMax {
		return region[:1]
	}
	size := 0
	for _, m := range ms {
		size += len(m.terms)
	}
	s.regroupWeights = slices.Grow(s.regroupWeights[:0], size)
	weights := s.regroupWeights[:size]
	vecs := make([]vector, n)
	us := make([]unit, n)
	members := make([]int, n)
	es := make([][]edge, n)
	for i, m := range ms {
		vecs[i] = s.weigh(m, weights)
		weights = weights[len(m.terms):]
		us[i] = unit{lang: region[from[i]].lang, heads: m.heads, marks: m.marks, titleFigs: m.titleFigs}
		members[i] = i
		for j := range i {
			if sim := dot(vecs[i], vecs[j]); sim >= s.opt.Threshold {
				es[i] = append(es[i], edge{int32(j), sim})
			}
		}
	}
	s.sums.reset()
	x := &index{us: us, vecs: vecs, z: n, sums: &s.sums, amount: s.amount}
	parts, _ := averageLink(x, members, es, s.opt)
	parts = backHome(parts, from, func(u int, g []int) bool {
		var sum float64
		for _, v := range g {
			sum += dot(vecs[u], vecs[v])
		}
		return sum >= s.opt.Lone*float64(len(g))
	})
	parts = s.together(parts, ms)
	for _, p := range parts {
		slices.Sort(p)
	}
	slices.SortFunc(parts, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	if samePartition(parts, from) || s.breaksApart(parts, ms) {
		return region[:1]
	}
	owner := s.claim(parts, from, region)
	for k, o := range owner {
		ps := make([]*member, len(parts[k]))
		vs := make([]vector, len(parts[k]))
		for i, u := range parts[k] {
			ps[i], vs[i] = ms[u], vecs[u]
		}
		if o == nil {
			first := slices.MinFunc(ps, func(a, b *member) int {
				if c := a.first.Compare(b.first); c != 0 {
					return c
				}
				return cmp.Compare(a.docs[0], b.docs[0])
			})
			o = s.newStory(s.freshID(Doc{ID: first.docs[0], Key: first.key}))
			o.lang = region[from[parts[k][0]]].lang
			owner[k] = o
		}
		s.fill(o, ps, vs)
	}
	return owner
}

// claim gives each group of parts the story of region that holds most of
// its reports, by the rules in regroup's comment, and retires the
// stories that no group took. A group with no story is nil.
func (s *Stream) claim(parts [][]int, from []int, region []*story) []*story {
	type hold struct {
		part, story, n int
		whole          bool
	}
	var holds []hold
	for p, us := range parts {
		count := make([]int, len(region))
		for _, u := range us {
			count[from[u]]++
		}
		for k, c := range count {
			if c > 0 {
				holds = append(holds, hold{p, k, c, c == len(region[k].units)})
			}
		}
	}
	slices.SortStableFunc(holds, func(a, b hold) int {
		if a.whole != b.whole {
			if a.whole {
				return -1
			}
			return 1
		}
		if !a.whole {
			if c := cmp.Compare(b.n, a.n); c != 0 {
				return c
			}
		}
		if older(region[a.story], region[b.story]) {
			return -1
		}
		if older(region[b.story], region[a.story]) {
			return 1
		}
		return 0
	})
	owner := make([]*story, len(parts))
	taken := make([]bool, len(region))
	for _, h := range holds {
		if owner[h.part] == nil && !taken[h.story] {
			owner[h.part], taken[h.story] = region[h.story], true
		}
	}
	for k, st := range region {
		if !taken[k] {
			s.unindex(st)
			delete(s.dirty, st.seq)
			s.removed = append(s.removed, st.id)
		}
	}
	return owner
}

// backHome puts each group of one back into the group that holds most of
// the rest of its story (from gives each report's story) when near says
// it is still near that group; a report that was alone in its story
// stays alone. Groups come back without the emptied ones.
func backHome(parts [][]int, from []int, near func(u int, g []int) bool) [][]int {
	of := make([]int, len(from))
	for g, p := range parts {
		for _, u := range p {
			of[u] = g
		}
	}
	for _, p := range parts {
		if len(p) != 1 {
			continue
		}
		u := p[0]
		count := make([]int, len(parts))
		for v := range from {
			if v != u && from[v] == from[u] {
				count[of[v]]++
			}
		}
		best := -1
		for g, c := range count {
			if c > 0 && (best < 0 || c > count[best]) {
				best = g
			}
		}
		if best >= 0 && near(u, parts[best]) {
			of[u] = best
		}
	}
	out := make([][]int, len(parts))
	for u, g := range of {
		out[g] = append(out[g], u)
	}
	return slices.DeleteFunc(out, func(p []int) bool { return len(p) == 0 })
}

// samePartition reports whether the groups are the stories as they were.
func samePartition(parts [][]int, from []int) bool {
	seen := map[int]bool{}
	for _, p := range parts {
		k := from[p[0]]
		if seen[k] {
			return false
		}
		seen[k] = true
		for _, u := range p[1:] {
			if from[u] != k {
				return false
			}
		}
	}
	return true
}

// together joins the groups that hold docs of one editor's Together
// decision (see Forbid), and returns the groups.
func (s *Stream) together(parts [][]int, ms []*member) [][]int {
	if len(s.kept) == 0 || len(parts) < 2 {
		return parts
	}
	of := map[int64]int{} // doc -> its group
	for k, p := range parts {
		for _, u := range p {
			for _, id := range ms[u].docs {
				of[id] = k
			}
		}
	}
	links := make([][]edge, len(parts)) // groups joined by a decision
	for _, d := range s.kept {
		first := -1
		for _, id := range d.Together {
			if k, ok := of[id]; ok && first < 0 {
				first = k
			} else if ok && k != first {
				links[k] = append(links[k], edge{j: int32(first)})
			}
		}
	}
	comps, _ := components(links)
	out := make([][]int, len(comps))
	for c, ks := range comps {
		for _, k := range ks {
			out[c] = append(out[c], parts[k]...)
		}
	}
	return out
}

// breaksApart reports whether a group holds a doc of an editor's Apart
// decision and one of its From docs.
func (s *Stream) breaksApart(parts [][]int, ms []*member) bool {
	for _, d := range s.apart {
		for _, p := range parts {
			var apart, from bool
			for _, u := range p {
				for _, id := range ms[u].docs {
					apart = apart || slices.Contains(d.Apart, id)
					from = from || slices.Contains(d.From, id)
				}
			}
			if apart && from {
				return true
			}
		}
	}
	return false
}

// fill makes ms the reports of st: its docs, summed vector, title names,
// times, and place in the index and the quiet queue. vs are the members'
// vectors under the current frequencies.
func (s *Stream) fill(st *story, ms []*member, vs []vector) {
	st.units, st.docs = ms, nil
	st.sum, st.gen, st.marks = vector{}, s.gen, tally{}
	st.first, st.last = ms[0].first, ms[0].last
	for k, m := range ms {
		st.sum = addVectors(st.sum, vs[k])
		if k == 0 {
			st.heads = m.heads
		} else {
			st.heads = text.IntersectSorted(st.heads, m.heads)
		}
		st.marks.add(m.marks)
		st.first, st.last = earliest(st.first, m.first), latest(st.last, m.last)
		st.docs = append(st.docs, m.docs...)
		for _, id := range m.docs {
			s.byDoc[id] = st
		}
	}
	s.open[st.seq] = st
	s.byID[st.id] = st
	if s.quiet > 0 && !st.last.IsZero() {
		heap.Push(&s.quietQ, closing{last: st.last, seq: st.seq})
	}
	s.dirty[st.seq] = st
	s.reindex(st)
}
