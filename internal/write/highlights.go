package write

import (
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Highlight counts of the design.
const (
	minHighlights = 3
	maxHighlights = 5
)

// candidate is a sentence the writer may publish, with its page text,
// citations and a score for ranking.
type candidate struct {
	i       int
	text    string
	cites   []int
	score   float64
	rel     float64 // mean place of the fact in the reports that state it
	outlets int     // outlets that state the fact, by the analysis
}

// highlights picks 3 to 5 facts, each one sentence. Facts that more
// independent outlets state come first, and a fact backed by a single
// outlet is taken only when fewer than three facts are corroborated.
// Each fact is published in the words of one of the outlets that state
// it: the one whose wording the most others support, then the plainest
// (a center, unrated or wire report's, see bestOf), then the one that
// has given the page the fewest words, so the page draws on many sides.
// A highlight is a neutral statement of fact: no wording that judges
// (analyze.Evaluative) is used, even when other outlets support its
// facts, and quotes are left to the sections.
func (d *draft) highlights() []news.Sentence {
	var cands []candidate
	for _, c := range d.a.Claims {
		if best, ok := d.bestOf(c.Members); ok {
			best.outlets = c.Outlets
			cands = append(cands, best)
		}
	}
	// The facts most outlets report first, and among those the ones the
	// reports put first: the inverted pyramid of the story.
	sort.SliceStable(cands, func(x, y int) bool {
		a, b := cands[x], cands[y]
		if a.outlets != b.outlets {
			return a.outlets > b.outlets
		}
		return a.rel < b.rel
	})
	var out []news.Sentence
	take := func(c candidate) {
		if len(out) < maxHighlights && d.admissible(c.i, c.text, false) {
			out = append(out, d.place(c.i, c.text, c.cites))
		}
	}
	for _, c := range cands {
		if len(c.cites) >= 2 {
			take(c)
		}
	}
	if len(out) < minHighlights {
		// Too few corroborated facts: add the most central single-source
		// facts, still cited, until there are three.
		var singles []candidate
		for i, s := range d.a.Sentences {
			if t, ok := d.highlightText(i); ok {
				singles = append(singles, candidate{i: i, text: t, cites: d.cites(i, t), score: s.Centrality - 0.3*s.Rel})
			}
		}
		sort.SliceStable(singles, func(x, y int) bool { return singles[x].score > singles[y].score })
		for _, c := range singles {
			if len(out) >= minHighlights {
				break
			}
			take(c)
		}
	}
	return out
}

// plainBonus favours a center, unrated or wire report's wording of a
// fact over a one-sided outlet's when as many outlets support both: all
// of them state the fact, and the plainest phrasing reads as the desk's.
const plainBonus = 20

// bestOf chooses which member of a claim to publish and how to cite it:
// one that may be a highlight (see highlightText), the plainest, then
// the one most outlets support, then the best length.
func (d *draft) bestOf(members []int) (candidate, bool) {
	var best candidate
	found := false
	var rel float64
	for _, m := range members {
		rel += d.a.Sentences[m].Rel
	}
	rel /= float64(len(members))
	for _, m := range members {
		t, ok := d.highlightText(m)
		if !ok || !d.fits(m, t) {
			continue
		}
		cites := d.cites(m, t, members...)
		n := len(strings.Fields(t))
		score := float64(len(cites))*10 + lengthScore(n) + d.a.Sentences[m].Centrality
		if d.a.Reports[d.a.Sentences[m].Report].Neutral {
			score += plainBonus
		}
		score -= 2 * float64(d.used[d.a.Sentences[m].Report]) / float64(d.cap)
		if !found || score > best.score {
			best = candidate{i: m, text: t, cites: cites, score: score, rel: rel}
			found = true
		}
	}
	return best, found
}

// highlightText is the page text of sentence i when it may be a
// highlight: a usable fact without a direct quote or a word that judges,
// whoever is named as saying it, that stands alone as the lead must (no
// "it" or "them" pointing outside it, see unresolved), and not the
// sentence kept for the lead.
// The fact the lead states is stated again only in a plain report's
// words: a one-sided outlet's wording of the main fact would otherwise
// open the page.
func (d *draft) highlightText(i int) (string, bool) {
	s := d.a.Sentences[i]
	if len(s.Quotes) > 0 || len(s.Evaluative) > 0 || i == d.leadPick || unresolved(pageText(s.Text)) {
		return "", false
	}
	if d.leadPick >= 0 && !d.a.Reports[s.Report].Neutral && containsInt(d.leadMates, i) {
		return "", false
	}
	return d.usable(i, asFact)
}

// lengthScore prefers sentences of 12 to 35 words: long enough to state a
// whole fact, short enough to read at a glance.
func lengthScore(n int) float64 {
	switch {
	case n >= 12 && n <= 35:
		return 1
	case n < 12:
		return 0.5
	}
	return 0
}
