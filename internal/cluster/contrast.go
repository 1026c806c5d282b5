package cluster

import (
	"encoding/binary"
	"math"
	"slices"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// tally counts what the reports of a group put forward (see
// Options.Contrast): for each mark, how many of its reports carry it.
// Reports that put forward the same marks count once: a headline and
// its figures printed again, by a second outlet or under a second
// address, are one choice of words, not two. A report without marks
// counts on its own.
type tally struct {
	sets  map[string][]int32 // the distinct sets of marks counted, by setKey
	bare  int                // reports without marks
	marks text.Vector        // for each mark, how many of the sets hold it
}

// n is the number of reports the tally counts.
func (t *tally) n() int { return t.bare + len(t.sets) }

// add counts one report's marks, ascending.
func (t *tally) add(marks []int32) {
	if len(marks) == 0 {
		t.bare++
		return
	}
	k := setKey(marks)
	if _, seen := t.sets[k]; seen {
		return
	}
	if t.sets == nil {
		t.sets = map[string][]int32{}
	}
	t.sets[k] = marks
	t.marks = addVectors(t.marks, ones(marks))
}

// merge counts the reports of o too.
func (t *tally) merge(o *tally) {
	t.bare += o.bare
	var fresh []int32 // the marks of the sets t has not counted, each set's once
	for k, marks := range o.sets {
		if _, seen := t.sets[k]; seen {
			continue
		}
		if t.sets == nil {
			t.sets = map[string][]int32{}
		}
		t.sets[k] = marks
		fresh = append(fresh, marks...)
	}
	if len(fresh) == 0 {
		return
	}
	slices.Sort(fresh)
	v := text.Vector{}
	for _, m := range fresh {
		if n := len(v.Terms); n > 0 && v.Terms[n-1] == m {
			v.Weights[n-1]++
			continue
		}
		v.Terms, v.Weights = append(v.Terms, m), append(v.Weights, 1)
	}
	t.marks = addVectors(t.marks, v)
}

// setKey is a set of marks as a map key.
func setKey(marks []int32) string {
	b := make([]byte, 0, 4*len(marks))
	for _, m := range marks {
		b = binary.LittleEndian.AppendUint32(b, uint32(m))
	}
	return string(b)
}

// ones is the vector that holds each of terms once.
func ones(terms []int32) text.Vector {
	v := text.Vector{Terms: terms, Weights: make([]float64, len(terms))}
	for k := range v.Weights {
		v.Weights[k] = 1
	}
	return v
}

// contrasted reports whether two groups are two events by what each
// puts forward (see Options.Contrast): each counts two reports or more
// and has a mark that share of them carry, two at least, that none of
// the other's reports mentions. a and b count the groups' marks; wa and
// wb hold every term of any of their reports.
func contrasted(a, b *tally, wa, wb text.Vector, share float64) bool {
	return marked(a, wb, share) && marked(b, wa, share)
}

// marked reports whether t has a mark carried by share of its reports,
// two at least, that is not among the terms of other.
func marked(t *tally, other text.Vector, share float64) bool {
	return markedOf(t, other, share, nil)
}

// markedOf is marked for the marks that keep holds, or for every mark
// when keep is nil.
func markedOf(t *tally, other text.Vector, share float64, keep func(int32) bool) bool {
	n := t.n()
	if n < 2 {
		return false
	}
	need := float64(max(2, int(math.Ceil(share*float64(n)-1e-9))))
	for k, m := range t.marks.Terms {
		if t.marks.Weights[k] < need || keep != nil && !keep(m) {
			continue
		}
		if _, found := slices.BinarySearch(other.Terms, m); !found {
			return true
		}
	}
	return false
}

// figuresApart reports whether a report tells another event than a group
// of two reports or more by its amounts (see isAmount; Options.Contrast
// asks the like of two groups): its title gives an amount (titleFigs)
// that no report of the group mentions (group, every term of the group),
// and the group puts forward an amount (figure tells which terms are
// amounts) that share of its reports carry, two at least, that the
// report (own, its terms) never mentions. "Jobless claims fall to
// 444,000" is not the story of "Jobless claims fall to 1.5 million",
// though a report of either may name every other word of the other.
func figuresApart(titleFigs []int32, own text.Vector, marks *tally, group text.Vector, share float64, figure func(int32) bool) bool {
	if marks.n() < 2 {
		return false
	}
	for _, f := range titleFigs {
		if _, found := slices.BinarySearch(group.Terms, f); !found {
			return markedOf(marks, own, share, figure)
		}
	}
	return false
}
