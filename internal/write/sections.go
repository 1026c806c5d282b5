package write

import (
	"slices"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Section limits of the design, and how much of the story they carry.
const (
	maxSections         = 5
	maxSectionSentences = 16
)

// unit is one or more sentences of one report that go on the page
// together: a sentence, or a quote that names its speaker by surname
// with the sentence before it that introduces the speaker in full.
type unit struct {
	members []candidate
}

func (u unit) text() string {
	var ts []string
	for _, m := range u.members {
		ts = append(ts, m.text)
	}
	return strings.Join(ts, " ")
}

// group is a section in the making.
type group struct {
	title     string
	units     []unit
	rel       float64
	reactions bool
}

// sections writes the body: the usable facts not yet on the page, chosen
// by how central and how widely reported they are, spread across
// outlets, then grouped by sub-topic. Direct quotes with a named speaker
// form their own section (see the rule below), first when someone the
// page has named before speaks there (see speaksAgain): what the people
// at the centre of the news said is part of the news, where the words of
// others are reactions to it, which close the body. The other facts are
// grouped by sub-topic (see topics). Topic sections come in the order
// their material appears in the reports, and each section's units
// follow their place in their reports, so the body reads from the event
// to its context.
func (d *draft) sections(cands []candidate, headline string) []news.Section {
	var quotes, facts []unit
	for _, u := range d.chooseBody(cands, headline) {
		if d.hasQuote(u) {
			quotes = append(quotes, u)
		} else {
			facts = append(facts, u)
		}
	}
	// Quotes make their own section when there are two, when one quote
	// would otherwise leave a body of a single section, or when the body
	// holds nothing else: a lone quote is what someone said, not a
	// sub-topic named after a place it mentions.
	if len(quotes) == 0 || len(quotes) == 1 && len(facts) == 1 {
		facts = append(facts, quotes...)
		quotes = nil
	}
	limit := maxSections
	if len(quotes) > 0 {
		limit--
	}

	// The quotes open the body when someone the page has named before
	// them speaks there, and close it otherwise.
	var told map[string]bool
	if len(quotes) > 0 {
		told = d.told(headline)
	}
	central := len(quotes) > 0 && d.speaksAgain(quotes, told)
	var taken []string
	if central {
		// "What was said" straight after "What Lowe said" would head
		// the accounts as if they were the quotes again
		taken = append(taken, "What was said")
	}
	groups := d.topics(facts, headline, limit, taken...)
	if len(quotes) > 0 {
		d.byReadingOrder(quotes)
		if !central {
			told = nil // no one comes first
		}
		groups = append(groups, group{title: d.reactionsTitle(quotes, told), units: quotes, reactions: true})
	}
	for gi := range groups {
		g := &groups[gi]
		d.byReadingOrder(g.units)
		n := 0
		for _, u := range g.units {
			for _, m := range u.members {
				g.rel += d.a.Sentences[m.i].Rel
				n++
			}
		}
		g.rel /= float64(n)
	}
	// The quotes first or last, as central says; the topics in the order
	// their material appears in the reports.
	sort.SliceStable(groups, func(x, y int) bool {
		if rx, ry := groups[x].reactions, groups[y].reactions; rx != ry {
			return rx == central
		}
		return groups[x].rel < groups[y].rel
	})

	groups = mergeUnnamed(groups)

	out := []news.Section{}
	anchors := map[string]bool{}
	for _, g := range groups {
		units := d.introduceFirst(g.units)
		if len(units) == 0 {
			continue
		}
		sec := news.Section{Title: g.title, Anchor: anchor(g.title, anchors), Paragraphs: [][]news.Sentence{}}
		var sents []news.Sentence
		for _, u := range units {
			for _, m := range u.members {
				sents = append(sents, d.place(m.i, m.text, m.cites))
			}
		}
		for _, n := range paragraphSizes(len(sents)) {
			sec.Paragraphs = append(sec.Paragraphs, sents[:n])
			sents = sents[n:]
		}
		out = append(out, sec)
	}
	return out
}

// speaksAgain reports whether a quotation of units has a speaker whom
// told (see draft.told: the headline and the texts placed so far, the
// highlights and the lead) names: someone at the centre of the news,
// whose own words belong near its telling. Quotations of people the page
// names nowhere before are reactions to the news, which close the body.
func (d *draft) speaksAgain(units []unit, told map[string]bool) bool {
	for _, u := range units {
		for _, m := range u.members {
			sp := d.a.Sentences[m.i].Speaker
			if sp == "" {
				continue
			}
			f := strings.Fields(sp)
			if last := f[len(f)-1]; isCapitalised(last) && told[last] {
				return true
			}
		}
	}
	return false
}

// told returns the words of the headline and of the texts placed so far
// (the highlights and the lead), as the names a reader has met.
func (d *draft) told(headline string) map[string]bool {
	named := map[string]bool{}
	for _, t := range append([]string{headline}, d.texts...) {
		for _, w := range strings.Fields(t) {
			named[text.Unpossessive(strings.Trim(w, `,.;:!?()"'“”‘’`))] = true
		}
	}
	return named
}

// mergeUnnamed joins a group that no phrase names to the one before it
// when that one is unnamed too (see roleTitle): "More details" followed
// by "Other details" is one section of miscellany under two headings,
// which tell a reader nothing apart. The units keep their order, so the
// page says the same in the same order; a joined group stays within
// maxSectionSentences.
func mergeUnnamed(groups []group) []group {
	var out []group
	for _, g := range groups {
		if k := len(out) - 1; k >= 0 && g.title == otherDetails && out[k].title == moreDetails && sentencesIn(out[k].units)+sentencesIn(g.units) <= maxSectionSentences {
			out[k].units = append(out[k].units, g.units...)
			continue
		}
		out = append(out, g)
	}
	return out
}

// sentencesIn counts the sentences of units.
func sentencesIn(units []unit) int {
	n := 0
	for _, u := range units {
		n += len(u.members)
	}
	return n
}

// introduceFirst orders a section's units so that a person named by
// surname alone comes after the sentence that names them in full: a unit
// whose speaker is not yet introduced, on the page or earlier in the
// section, moves to just after the unit that introduces them, or is left
// out when nothing in the section does.
func (d *draft) introduceFirst(units []unit) []unit {
	var out []unit
	var seen []string
	pending := append([]unit(nil), units...)
	for len(pending) > 0 {
		moved := false
		for k, u := range pending {
			if d.unitIntroduced(u, seen) {
				out = append(out, u)
				seen = append(seen, u.text())
				pending = append(pending[:k], pending[k+1:]...)
				moved = true
				break
			}
		}
		if !moved {
			break // the rest name people nobody introduces
		}
	}
	return out
}

func (d *draft) unitIntroduced(u unit, seen []string) bool {
	var before []string
	before = append(before, seen...)
	for _, m := range u.members {
		if sp := d.unintroduced(m.i, m.text, before); sp != "" {
			return false
		}
		before = append(before, m.text)
	}
	return true
}

// byReadingOrder sorts units by their place in their reports.
func (d *draft) byReadingOrder(units []unit) {
	sort.SliceStable(units, func(x, y int) bool {
		a, b := units[x].members[0].i, units[y].members[0].i
		if ra, rb := d.a.Sentences[a].Rel, d.a.Sentences[b].Rel; ra != rb {
			return ra < rb
		}
		return a < b
	})
}

func (d *draft) hasQuote(u unit) bool {
	for _, m := range u.members {
		if s := d.a.Sentences[m.i]; len(s.Quotes) > 0 && s.Speaker != "" {
			return true
		}
	}
	return false
}

// chooseBody picks the body's units one at a time from the scored
// candidates, each time the best remaining by score less a penalty for
// words its report has already given, so that no outlet dominates; the
// per-source cap and the freshness rule (no fact twice) apply as
// everywhere. A quote whose speaker the page has not introduced comes
// with its introduction, or not at all; a sentence that refers back to
// what neither the headline nor the page says yet is left out (see
// backReference), and so is one whose context no page gives (see
// lostContext). The picks are reserved, not placed: placing happens
// when the sections are laid out.
func (d *draft) chooseBody(cands []candidate, headline string) []unit {
	var pool []candidate
	byIndex := map[int]candidate{}
	for _, c := range cands {
		if !d.fresh(c.i, c.text) && !d.freshVoice(c.i, c.text) {
			continue
		}
		byIndex[c.i] = c // a speaker's introduction, whatever it leans on
		if !lostContext(c.text) {
			pool = append(pool, c)
		}
	}
	var out []unit
	var reservedTexts []string
	var reservedCands []candidate
	taken := map[int]bool{}
	words := map[int]int{} // reserved words by report index
	count := 0
	for count < maxSectionSentences {
		var best unit
		var bestScore float64
		for _, c := range pool {
			if taken[c.i] {
				continue
			}
			if d.leansBack(c.text, slices.Concat([]string{headline}, d.texts, reservedTexts)) {
				continue
			}
			u := unit{members: []candidate{c}}
			if sp := d.unintroduced(c.i, c.text, reservedTexts); sp != "" {
				j := d.introFor(c.i, sp)
				intro, ok := byIndex[j]
				if j < 0 || !ok || taken[j] {
					continue
				}
				u.members = []candidate{intro, c}
			}
			r := d.a.Sentences[c.i].Report
			n := 0
			for _, m := range u.members {
				n += len(strings.Fields(m.text))
			}
			if d.used[r]+words[r]+n > d.cap || count+len(u.members) > maxSectionSentences || d.clashesAny(u, reservedCands) {
				continue
			}
			eff := c.score - float64(d.used[r]+words[r])/float64(d.cap)
			if best.members == nil || eff > bestScore {
				best, bestScore = u, eff
			}
		}
		if best.members == nil {
			break
		}
		for k := range best.members {
			m := &best.members[k]
			taken[m.i] = true
			words[d.a.Sentences[m.i].Report] += len(strings.Fields(m.text))
			reservedTexts = append(reservedTexts, m.text)
			reservedCands = append(reservedCands, *m)
			count++
		}
		out = append(out, best)
	}
	return out
}

// clashesAny reports whether a member of u states the same fact as, or
// nearly repeats, a reserved sentence or another member.
func (d *draft) clashesAny(u unit, reserved []candidate) bool {
	for k, m := range u.members {
		if d.clashes(m, reserved) || d.clashes(m, u.members[:k]) {
			return true
		}
	}
	return false
}

// clashes reports whether c states the same fact as, or nearly repeats,
// one of the given sentences.
func (d *draft) clashes(c candidate, others []candidate) bool {
	st := d.stemsOf(c.text)
	for _, o := range others {
		for _, m := range d.a.Sentences[o.i].Matches {
			if m == c.i {
				return true
			}
		}
		for _, m := range d.a.Sentences[c.i].Matches {
			if m == o.i {
				return true
			}
		}
		if sharesFigure(d.a.Sentences[c.i], d.a.Sentences[o.i]) {
			return true
		}
		ot := d.stemsOf(o.text)
		if short := min(len(st), len(ot)); short > 0 && float64(text.SharedSorted(st, ot)) >= 0.6*float64(short) {
			return true
		}
	}
	return d.mostlySaidBy(st, others)
}

// mostlySaidBy is mostlySaid against the given sentences instead of the
// page.
func (d *draft) mostlySaidBy(st []string, others []candidate) bool {
	saved := d.stems
	d.stems = nil
	for _, o := range others {
		d.stems = append(d.stems, d.stemsOf(o.text))
	}
	said := d.mostlySaid(st)
	d.stems = saved
	return said
}

// paragraphSizes splits n sentences into paragraphs of two to four, as
// even as possible: 5 is 3+2, 7 is 4+3, 9 is 3+3+3.
func paragraphSizes(n int) []int {
	if n == 0 {
		return nil
	}
	p := (n + 3) / 4
	out := make([]int, p)
	for i := range out {
		out[i] = n / p
		if i < n%p {
			out[i]++
		}
	}
	return out
}
