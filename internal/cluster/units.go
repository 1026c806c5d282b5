package cluster

import (
	"cmp"
	"github.com/theunbiasedpost/unbiased/internal/text"
	"slices"
	"time"
)

// unit is an original report together with its syndicated copies: the
// thing that is compared and clustered. Copies ride along with their
// original, so that a wire story printed by ten outlets weighs as one
// report in every average and in the IDF.
type unit struct {
	docs   []int     // indexes into the sorted docs, ascending
	rep    int       // the doc whose words stand for the unit: its earliest original
	time   time.Time // rep's publication time
	lang   string    // the unit's known language, or "" when none is known
	notice bool      // its text recurs as a notice does (see recurs): it links with nothing
	// heads are the term IDs, ascending, of the words of the names that
	// its title gives (see features.heads)
	heads []int32
	// title is the unit-length TF-IDF vector of its title's words, empty
	// when it has no title (see Options.TitleCohesion)
	title text.Vector
	// marks are the term IDs, ascending, of what its report puts
	// forward: its title's words and its figures (see
	// Options.Contrast)
	marks []int32
	// titleFigs and figs are the term IDs, ascending, of the amounts its
	// title gives and of all its amounts (see isAmount and figuresApart);
	// a Stream's regroup leaves figs empty and tells amounts itself
	titleFigs, figs []int32
}

// makeUnits joins each copy to its original (following chains of copies)
// unless that would put two languages together, and marks the units
// whose text recurs as a notice does (see recurs). docs must be sorted by
// compareDocs; the units come back in the order of their representatives,
// which is therefore time order.
func makeUnits(docs []Doc, window time.Duration) []unit {
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
		u.notice = recurs(docs, u.docs, window)
		units[i] = *u
	}
	slices.SortFunc(units, func(a, b unit) int { return cmp.Compare(a.rep, b.rep) })
	return units
}

// noticeDays is the fewest days on which copies of one text must appear
// for the text to be a notice (see recurs).
const noticeDays = 4

// recurs reports whether the docs of one unit, an original and its
// copies, are a notice rather than a report: the same text published on
// noticeDays or more different days (UTC). A syndicated report is
// reprinted within a day or two of its wire story, with a late reprint
// now and then; a text that turns up day after day under other
// headlines is a site's banner, an archive's note or a paywall's message
// that reached the text, and is news of nothing. Such a text may recur
// for weeks, but four days of it within one window are as plain a sign.
// Without a window, or with a doc of unknown time, no text is a notice.
func recurs(docs []Doc, members []int, window time.Duration) bool {
	if window <= 0 || len(members) < noticeDays {
		return false
	}
	days := map[string]bool{}
	for _, i := range members {
		t := docs[i].Published
		if t.IsZero() {
			return false
		}
		days[t.UTC().Format(time.DateOnly)] = true
	}
	return len(days) >= noticeDays
}
