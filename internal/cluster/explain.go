package cluster

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Explanation says why the docs of one group are together, in the
// clusterer's own terms: the similarities that average link compares
// with Options.Threshold, the names, words and numbers that make them,
// and the editors' decisions that name the group's docs.
type Explanation struct {
	// Docs are the group's docs in the order the clusterer reads them
	// (by time, then ID), each with the other doc most like it.
	Docs []DocTie
	// Average is the mean similarity over the pairs of the group's
	// distinct texts (a copy and its original are one text), a pair
	// that may not be compared counting zero: what average link asks to
	// reach Options.Threshold. Pairs is how many pairs; zero when the
	// group holds one text.
	Average float64
	Pairs   int
	// Names, Terms and Numbers are what two texts of the group or more
	// share, most telling first (see Explain); at most ExplainTop each.
	Names, Terms, Numbers []Shared
	// First and Last are the earliest and latest known times of the
	// group's docs; zero when no time is known.
	First, Last time.Time
	// Decisions are the editors' decisions that name a doc of the group,
	// in the order of Options.Decisions.
	Decisions []DecisionTie
}

// DocTie is one doc of a group and the doc of the group most like it.
type DocTie struct {
	ID int64
	// Closest is the other doc of the group with the highest similarity
	// to this one (on a tie, the earliest); zero when there is none.
	Closest    int64
	Similarity float64
	// Copy says that Closest is the same text, printed again: the
	// clusterer compares the two as one, and Similarity is 1.
	Copy bool
	// Compared is false when no other doc of the group may be compared
	// with this one: each is too far from it in time or in another
	// language, so the clusterer counts their similarity as zero.
	Compared bool
	// Missing says that the doc was not among the docs given, so
	// nothing is known of its words.
	Missing bool
}

// Shared is a word that texts of a group share.
type Shared struct {
	Word string // as the group's docs most often write it
	Docs int    // how many of the group's docs have it
}

// DecisionTie is an editor's decision that names docs of a group.
type DecisionTie struct {
	Index int // in Options.Decisions
	// Together are the group's docs that a Together decision keeps in
	// one group.
	Together []int64
	// Taken are the group's docs that an Apart decision took out of the
	// group of its From docs; Left are the group's docs among From, the
	// ones the taken docs left.
	Taken, Left []int64
}

// ExplainTop is the most names, terms and numbers an Explanation lists.
const ExplainTop = 12

// Explain says why the docs whose IDs are members are one group. It
// reads them as Cluster reads them, with the same features: docs are the
// reports whose word weights (IDF) are fitted together, which must hold
// the members and should hold the reports they were clustered with (the
// IDF of a word depends on all of them); a member missing from docs is
// listed as Missing. opt is what Cluster ran with.
//
// Similarity is Cluster's: the blend of word and name cosines that
// Options.NameWeight sets, zero for two docs that may not be compared
// (further apart than Options.Window, or in two languages). Terms are
// the stems that add most to the similarities between the group's
// texts, numbers apart in Numbers, each shown as the docs most often
// write it; Names are the words of names (see Options.NameWeight)
// ranked by how much their overlap adds in the same way, and a word
// listed as a name is not listed again as a term. Only pairs that may be
// compared count.
func Explain(docs []Doc, members []int64, opt Options) Explanation {
	var ex Explanation
	if len(members) == 0 {
		return ex
	}
	p := prepare(docs, opt)
	at := make(map[int64]int, len(p.docs))
	for i, d := range p.docs {
		at[d.ID] = i
	}
	unitOf := make([]int, len(p.docs))
	for u, un := range p.units {
		for _, i := range un.docs {
			unitOf[i] = u
		}
	}
	// The group's docs in the clusterer's order, and its units (texts),
	// ascending, which is time order.
	var in []int
	var missing []int64
	for _, id := range members {
		if i, ok := at[id]; ok {
			in = append(in, i)
		} else {
			missing = append(missing, id)
		}
	}
	slices.Sort(in)
	in = slices.Compact(in)
	var us []int
	for _, i := range in {
		us = append(us, unitOf[i])
	}
	slices.Sort(us)
	us = slices.Compact(us)
	place := make(map[int]int, len(us)) // unit -> its place in us
	sub := make([]unit, len(us))
	vecs := make([]text.Vector, len(us))
	all := p.feats.combine(opt.NameWeight)
	for k, u := range us {
		place[u], sub[k], vecs[k] = k, p.units[u], all[u]
	}
	x := newIndex(sub, vecs, opt.Window)
	sim := func(a, b int) float64 {
		if !x.linked(a, b) {
			return 0
		}
		return vecs[a].Dot(vecs[b])
	}

	for _, i := range in {
		ex.Docs = append(ex.Docs, closest(p.docs, in, i, unitOf, place, x, sim))
		if t := p.docs[i].Published; !t.IsZero() {
			ex.First, ex.Last = earliest(ex.First, t), latest(ex.Last, t)
		}
	}
	for _, id := range missing {
		ex.Docs = append(ex.Docs, DocTie{ID: id, Missing: true})
	}
	var total float64
	for a := range us {
		for b := a + 1; b < len(us); b++ {
			total += sim(a, b)
			ex.Pairs++
		}
	}
	if ex.Pairs > 0 {
		ex.Average = total / float64(ex.Pairs)
	}

	names := surfaceNames(p.docs, in)
	ex.Names = shared(p.docs, in, us, unitOf, x, func(u int) text.Vector { return p.feats.names[u] },
		func(id int32) string {
			w := p.feats.nameIDF.Term(id)
			if s, ok := names[w]; ok {
				return s
			}
			return w
		}, func(string) bool { return true })
	asName := map[string]bool{}
	for _, n := range ex.Names {
		asName[strings.ToLower(n.Word)] = true
	}
	stems := surfaceStems(p.docs, in)
	word := func(id int32) string {
		st := p.feats.wordIDF.Term(id)
		if s, ok := stems[st]; ok {
			return s
		}
		return st
	}
	words := func(u int) text.Vector { return p.feats.words[u] }
	ex.Terms = shared(p.docs, in, us, unitOf, x, words, word, func(w string) bool { return !text.IsNumber(w) && !asName[w] })
	ex.Numbers = shared(p.docs, in, us, unitOf, x, words, word, text.IsNumber)
	ex.Decisions = decisionTies(opt.Decisions, members)
	return ex
}

// closest finds the doc of the group most like doc i: a copy of the
// same text first, else the doc of the highest similarity, the earliest
// on a tie. in are the group's docs and place maps their units to the
// places that x and sim know them by.
func closest(docs []Doc, in []int, i int, unitOf []int, place map[int]int, x *index, sim func(a, b int) float64) DocTie {
	t := DocTie{ID: docs[i].ID}
	a := place[unitOf[i]]
	best := -1.0
	for _, j := range in {
		if j == i {
			continue
		}
		b := place[unitOf[j]]
		if a == b {
			if !t.Copy {
				t.Closest, t.Similarity, t.Copy, t.Compared = docs[j].ID, 1, true, true
			}
			continue
		}
		if t.Copy || !x.linked(a, b) {
			continue
		}
		t.Compared = true
		if s := sim(a, b); s > best {
			best, t.Closest, t.Similarity = s, docs[j].ID, s
		}
	}
	return t
}

// shared lists the terms of vec that two of the group's texts or more
// hold, ranked by what they add to the dot products of the pairs of
// texts that may be compared (then by how many docs hold them, then by
// word), at most ExplainTop of those that keep accepts. us are the
// group's units, and x knows them by their places in us.
func shared(docs []Doc, in, us, unitOf []int, x *index, vec func(u int) text.Vector, word func(int32) string, keep func(string) bool) []Shared {
	add := map[int32]float64{}
	for a := range us {
		for b := a + 1; b < len(us); b++ {
			if !x.linked(a, b) {
				continue
			}
			va, vb := vec(us[a]), vec(us[b])
			for k, t := range va.Terms {
				if j, ok := slices.BinarySearch(vb.Terms, t); ok {
					add[t] += va.Weights[k] * vb.Weights[j]
				}
			}
		}
	}
	type scored struct {
		Shared
		add float64
	}
	var out []scored
	for t, s := range add {
		w := word(t)
		if s <= 0 || !keep(w) {
			continue
		}
		n := 0
		for _, i := range in {
			if _, ok := slices.BinarySearch(vec(unitOf[i]).Terms, t); ok {
				n++
			}
		}
		out = append(out, scored{Shared{Word: w, Docs: n}, s})
	}
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(b.add, a.add); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Docs, a.Docs); c != 0 {
			return c
		}
		return cmp.Compare(a.Word, b.Word)
	})
	res := make([]Shared, 0, min(len(out), ExplainTop))
	for _, s := range out[:min(len(out), ExplainTop)] {
		res = append(res, s.Shared)
	}
	return res
}

// surfaceStems maps each stem of the docs in to the word that they most
// often write for it (on a tie, the first in sorted order).
func surfaceStems(docs []Doc, in []int) map[string]string {
	return surfaceForms(docs, in, func(s string, add func(key, form string)) {
		for _, tok := range text.Tokens(s) {
			for _, st := range text.ContentWords(tok) {
				add(st, tok)
			}
		}
	})
}

// surfaceNames maps each lower-cased word of the names of the docs in
// to the form they most often write it in.
func surfaceNames(docs []Doc, in []int) map[string]string {
	return surfaceForms(docs, in, func(s string, add func(key, form string)) {
		for _, name := range text.Names(s) {
			for _, w := range strings.Fields(name) {
				add(strings.ToLower(w), w)
			}
		}
	})
}

// surfaceForms reads the title and text of the docs in with read, which
// adds each form a key takes, and maps each key to its commonest form.
func surfaceForms(docs []Doc, in []int, read func(s string, add func(key, form string))) map[string]string {
	counts := map[string]map[string]int{}
	add := func(key, form string) {
		if counts[key] == nil {
			counts[key] = map[string]int{}
		}
		counts[key][form]++
	}
	for _, i := range in {
		read(docs[i].Title, add)
		read(docs[i].Text, add)
	}
	return mostCommon(counts)
}

func mostCommon(counts map[string]map[string]int) map[string]string {
	out := make(map[string]string, len(counts))
	for k, forms := range counts {
		best, n := "", 0
		for f, c := range forms {
			if c > n || c == n && f < best {
				best, n = f, c
			}
		}
		out[k] = best
	}
	return out
}

// decisionTies returns the decisions of ds that name one of members.
func decisionTies(ds []Decision, members []int64) []DecisionTie {
	of := func(ids []int64) []int64 {
		var out []int64
		for _, id := range ids {
			if slices.Contains(members, id) && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		return out
	}
	var out []DecisionTie
	for k, d := range ds {
		t := DecisionTie{Index: k, Together: of(d.Together)}
		if len(d.Apart) > 0 {
			t.Taken, t.Left = of(d.Apart), of(d.From)
		}
		if len(t.Together)+len(t.Taken)+len(t.Left) > 0 {
			out = append(out, t)
		}
	}
	return out
}
