package analyze

import (
	"math"
	"strconv"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// durations count time; reports measure different waits and delays with
// them (a queue, a detour, a survey), so they are not compared.
var durations = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "decade": true, "decades": true,
}

// scales are words that follow a number without saying what it counts.
var scales = map[string]bool{"million": true, "billion": true, "thousand": true, "bn": true, "percent": true, "per": true, "cent": true}

// quantity is a number with the thing it counts: "30,000 vehicles" is
// {30000, vehicl}; "$12 million for repairs" is {12, million repair}.
// about is true when the sentence gives the number as a round or a
// bound ("about 350 people", "more than 340", "some 1,500 pages").
type quantity struct {
	n, unit string
	about   bool
}

// quantities returns a normalised sentence's numbers with their units:
// the stem of the next content word, and for a scale word the content
// word after it as well. Years and clock times say when, not how many,
// and durations measure too many different things; they are skipped, as
// is a number whose unit cannot be read.
func quantities(n string) []quantity {
	toks := text.Tokens(n)
	var out []quantity
	for i, t := range toks {
		num, ok := countOf(t)
		if !ok || year(t) {
			continue // a year: "in 2023", but not "2,000 homes"
		}
		if i > 0 {
			if _, count := countOf(toks[i-1]); count && !year(toks[i-1]) {
				continue // "three $5,000 prizes": the second number is what each is worth
			}
		}
		from := i + 1
		if from < len(toks) {
			if _, value := countOf(toks[from]); value && !year(toks[from]) {
				from++ // the prizes that "three" counts come after their worth
			}
		}
		unit := nextContent(toks, from)
		if len(unit) < 2 || durations[unit] || strings.HasSuffix(unit, "-old") {
			continue // a clock time ("6 p.m."), an initial, a duration or an age ("68-year-old")
		}
		if scales[unit] {
			if obj := nextContent(toks, i+2); obj != "" && !scales[obj] {
				unit += " " + text.Stem(obj)
			} else {
				unit = ""
			}
		} else if unit != "" {
			unit = text.Stem(unit)
		}
		if unit != "" {
			out = append(out, quantity{num, unit, hedged(toks, i)})
		}
	}
	return out
}

// roundingWords are the words before a number that give it as a round or a
// bound, not as a count.
var roundingWords = map[string]bool{
	"about": true, "around": true, "some": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "over": true, "under": true, "than": true, "least": true, "most": true,
	"to": true, "estimated": true, "approx": true,
}

// hedged reports whether the number at toks[i] is given as a round or a
// bound: "about 350", "more than 340", "at least 17", "up to 100".
func hedged(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1]
	if w == "to" {
		return i > 1 && toks[i-2] == "up" // "up to 100", not "from 4 to 5"
	}
	return roundingWords[w]
}

// nearFigures reports whether two numbers, one of them given as a round or a
// bound, are near enough to be one figure: within one part in twenty of
// the larger ("about 350" and "more than 340", "some 1,500" and
// "1,512").
func nearFigures(a, b quantity) bool {
	if !a.about && !b.about {
		return false
	}
	x, err1 := strconv.ParseFloat(a.n, 64)
	y, err2 := strconv.ParseFloat(b.n, 64)
	if err1 != nil || err2 != nil || x <= 0 || y <= 0 {
		return false
	}
	return math.Abs(x-y) <= 0.05*math.Max(x, y)
}

// countOf returns the number a token gives, in figures or in words
// ("12", "three"), normalised; false for any other token.
func countOf(t string) (string, bool) {
	if num, ok := spelled(t); ok {
		return num, true
	}
	if !text.IsNumber(t) {
		return "", false
	}
	return normaliseNumber(t), true
}

// year reports whether a token is a year from 1900 to 2100 written in
// four figures.
func year(t string) bool {
	v, err := strconv.Atoi(t)
	return err == nil && len(t) == 4 && v >= 1900 && v <= 2100
}

// nextContent is the first token from i on that is a word, not a stop
// word; "" when a number or the end comes first.
func nextContent(toks []string, i int) string {
	for ; i < len(toks); i++ {
		switch t := toks[i]; {
		case text.IsNumber(t):
			return ""
		case !text.IsStopWord(t):
			return t
		}
	}
	return ""
}

// notTopic are stems that two sentences share without being about the
// same thing.
var notTopic = map[string]bool{"accord": true, "report": true, "state": true, "also": true}

// markDisputes flags sentences whose figures the other outlets contradict.
// Two sentences give the same quantity when they count the same unit and
// share another content word ("30,000 vehicles ... a day" and "28,000
// vehicles ... each day"). For each figure of a sentence, outlets agree
// when they state the same number for that unit and disagree when they
// state only other numbers for it; a sentence is Disputed when some
// figure has at least one outlet against it and no more for it (its own
// outlet counts for it). A disputed figure is never published as fact.
func (a *Analysis) markDisputes() {
	type entry struct {
		q       quantity
		outlet  int64
		stems   []string
		sentIdx int
	}
	var all []entry
	per := make([][]quantity, len(a.Sentences))
	for i, s := range a.Sentences {
		r := a.Reports[s.Report]
		if !r.Independent {
			continue
		}
		per[i] = quantities(text.Normalize(s.Text))
		for _, q := range per[i] {
			all = append(all, entry{q, outletKey(r), s.Stems, i})
		}
	}
	for i := range a.Sentences {
		s := &a.Sentences[i]
		own := outletKey(a.Reports[s.Report])
		for _, q := range per[i] {
			agree := map[int64]bool{own: true}
			against := map[int64]bool{}
			for _, e := range all {
				if e.outlet == own || e.q.unit != q.unit {
					continue
				}
				if e.q.n == q.n || nearFigures(e.q, q) {
					agree[e.outlet] = true
				} else if sharesTopic(s.Stems, e.stems, q) {
					against[e.outlet] = true
				}
			}
			n := 0
			for o := range against {
				if !agree[o] {
					n++
				}
			}
			if n > 0 && n >= len(agree) {
				s.Disputed = true
			}
		}
	}
}

// sharesTopic reports whether two sentences share a content stem beyond
// the unit and the numbers.
func sharesTopic(a, b []string, q quantity) bool {
	unit := map[string]bool{}
	for _, u := range strings.Fields(q.unit) {
		unit[u] = true
	}
	for _, x := range a {
		if unit[x] || notTopic[x] || text.IsNumber(x) {
			continue
		}
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
