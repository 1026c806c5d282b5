package cluster

import (
	"cmp"
	"slices"
	"time"
)

// unit is an original report together with its syndicated copies: the
// thing that is compared and clustered. Copies ride along with their
// original, so that a wire story printed by ten outlets weighs as one
// report in every average and in the IDF.
type unit struct {
	docs []int     // indexes into the sorted docs, ascending
	rep  int       // the doc whose words stand for the unit: its earliest original
	time time.Time // rep's publication time
	lang string    // the unit's known language, or "" when none is known
}

// makeUnits joins each copy to its original (following chains of copies)
// unless that would put two languages together. docs must be sorted by
// compareDocs; the units come back in the order of their representatives,
// which is therefore time order.
func makeUnits(docs []Doc) []unit {
	index := make(map[int64]int, len(docs))
	for i, d := range docs {
		if _, dup := index[d.ID]; !dup {
			index[d.ID] = i
		}
	}
	parent := make([]int, len(docs))
	lang := make([]string, len(docs))
	for i := range parent {
		parent[i] = i
		lang[i] = docs[i].Language
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	// joined marks docs that were attached through their own CopyOf: they
	// never stand for their unit while an unattached member exists, and
	// each set has one, since every union attaches exactly one doc.
	joined := make([]bool, len(docs))
	for i, d := range docs {
		o, ok := index[d.CopyOf]
		if d.CopyOf == 0 || !ok {
			continue
		}
		a, b := find(i), find(o)
		if a == b || !compatible(lang[a], lang[b]) {
			continue
		}
		if lang[a] == "" {
			lang[a] = lang[b]
		}
		parent[b] = a
		joined[i] = true
	}
	byRoot := map[int]*unit{}
	var out []*unit
	for i := range docs {
		r := find(i)
		u := byRoot[r]
		if u == nil {
			u = &unit{rep: -1, lang: lang[r]}
			byRoot[r] = u
			out = append(out, u)
		}
		u.docs = append(u.docs, i)
		if u.rep < 0 && !joined[i] {
			u.rep = i
		}
	}
	units := make([]unit, len(out))
	for i, u := range out {
		u.time = docs[u.rep].Published
		units[i] = *u
	}
	slices.SortFunc(units, func(a, b unit) int { return cmp.Compare(a.rep, b.rep) })
	return units
}
