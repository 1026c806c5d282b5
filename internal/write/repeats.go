package write

import (
	"strconv"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Thresholds of restating: a sentence restates a published one when
// their shared content stems reach restateShare of the shorter's (and
// at least restateMin), when they share a figure and restateMin other
// stems ("ordered households to reduce water use by 12 percent" after
// "voted to require households ... to cut water use by 12 percent"), or
// a distinctive figure when half of its stems are on the page already
// ("Residents packed the hall for three hours, and 48 of them spoke"
// after "48 residents addressed the board" and "the meeting lasted more
// than three hours").
const (
	restateShare = 0.5
	restateMin   = 3
)

// restates reports whether a sentence with these stems and numbers says
// again what a published sentence says, in other words. No sentence on
// the page restates a highlight or the lead; only the lead, placed with
// admissible's sameFact, may restate a highlight in fuller words.
func (d *draft) restates(st, nums []string) bool {
	onPage := 0 // stems that some published sentence has
	for _, x := range st {
		for _, p := range d.stems {
			if contains(p, x) {
				onPage++
				break
			}
		}
	}
	for k, p := range d.stems {
		n := text.SharedSorted(st, p)
		if n >= restateMin && float64(n) >= restateShare*float64(min(len(st), len(p))) {
			return true
		}
		shared, distinctive := sharedFigures(nums, d.nums[k])
		if shared > 0 && n-shared >= restateMin || distinctive && float64(onPage) >= restateShare*float64(len(st)) {
			return true
		}
	}
	return false
}

// sharedFigures counts the numbers two sentences share that identify a
// fact (not 1 or 2, which count anything), and says whether one of them
// is distinctive: a decimal, or 13 or more and not a year, which two
// sentences rarely share unless they state one fact.
func sharedFigures(a, b []string) (int, bool) {
	n, distinctive := 0, false
	for _, x := range a {
		if x == "1" || x == "2" {
			continue
		}
		for _, y := range b {
			if x == y {
				n++
				v, err := strconv.ParseFloat(x, 64)
				distinctive = distinctive || err == nil && (strings.Contains(x, ".") || v >= 13 && (v < 1900 || v > 2100))
				break
			}
		}
	}
	return n, distinctive
}

// sharesFigure reports whether two sentences give the same figure for
// the same thing ("2,300 homes"): a page states a figure once.
func sharesFigure(a, b analyze.Sentence) bool {
	for _, x := range a.Figures {
		for _, y := range b.Figures {
			if x == y {
				return true
			}
		}
	}
	return false
}

// mostlySaid reports whether most of what a sentence says is already in
// one published sentence: the shared stems carry at least half of the
// sentence's weight, each stem weighted by its rarity in the story, so
// that words every report uses ("bridge") count little and the words
// that make a fact ("58-year-old", "survey", "three weeks") count much.
// It catches two outlets' wordings of one fact that the analysis did not
// pair.
func (d *draft) mostlySaid(st []string) bool {
	var total float64
	for _, x := range st {
		total += d.idf(x)
	}
	if total == 0 {
		return false
	}
	for _, p := range d.stems {
		var shared float64
		for _, x := range st {
			if contains(p, x) {
				shared += d.idf(x)
			}
		}
		if shared >= 0.5*total {
			return true
		}
	}
	return false
}
