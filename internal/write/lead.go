package write

import (
	"math"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// when words tell the reader when something happened.
var whenWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "overnight": true,
	"morning": true, "evening": true, "night": true, "week": true, "month": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// Length of a lead sentence, in words: long enough to say what happened,
// who, where and when, short enough to read in one breath.
const (
	minLeadWords = 15
	maxLeadWords = 45
)

// lead writes the opening paragraph: the sentence that best says what
// happened, who, where and when. Reporters put exactly that first, so the
// candidates are the first sentence of each independent report (the
// second counts, for a report that opens with a scene, at a cost). A
// candidate must stand alone: between minLeadWords and maxLeadWords
// words, no direct quote, and no "it", "they" or "them" that points to a
// sentence the page does not show (see unresolved). It must name the main
// event: at least two of the words the reports' titles share (keyStems).
// Candidates are ranked by how central their report is to the story,
// then how central the sentence is, how many key words it holds, whether
// its report is plain (center, unrated or wire), how many outlets state
// it, and whether it names a time and actors.
//
// The lead is chosen before the highlights (reserveLead) and may restate
// a highlight's fact in another outlet's words (never a near-duplicate
// of it), as a news page does. When no first sentence qualifies, the
// rules relax to the first three sentences and ten words, so that a
// story the reports tell only briefly still gets a lead. A short lead is followed by the next sentence of the same
// report when that one can stand on the page too.
func (d *draft) lead() []news.Sentence {
	cands := d.rankLeads()
	if len(cands) == 0 {
		return nil
	}
	c := cands[0]
	out := []news.Sentence{d.place(c.i, c.text, d.cites(c.i, c.text))}
	if len(strings.Fields(c.text)) < 25 {
		r := d.a.Reports[d.a.Sentences[c.i].Report]
		for _, j := range r.Sentences {
			if d.a.Sentences[j].Index != d.a.Sentences[c.i].Index+1 {
				continue
			}
			if t, ok := d.usable(j, asFact); ok && d.admissible(j, t, false) {
				out = append(out, d.place(j, t, d.cites(j, t)))
			}
		}
	}
	return out
}

// reserveLead chooses the lead before the highlights are written, so
// that the best opening sentence is kept for the lead: the highlights
// then state its fact only in a plain report's other words, or leave it
// to the lead (see highlightText).
func (d *draft) reserveLead() {
	d.leadPick, d.leadMates = -1, nil
	if cands := d.rankLeads(); len(cands) > 0 {
		d.leadPick = cands[0].i
		d.leadMates = uniqueSortedInts(d.claimMates(d.leadPick))
	}
}

// dropReservation forgets the lead kept by reserveLead.
func (d *draft) dropReservation() { d.leadPick, d.leadMates = -1, nil }

// rankLeads returns the lead candidates, best first: the reserved one
// when it is still admissible, then the others by score.
func (d *draft) rankLeads() []candidate {
	key := d.keyStems()
	cands := d.leadCandidates(key, false)
	if len(cands) == 0 {
		cands = d.leadCandidates(key, true)
	}
	sort.SliceStable(cands, func(x, y int) bool {
		return cands[x].i == d.leadPick && cands[y].i != d.leadPick
	})
	return cands
}

// leadCandidates scores the sentences that may open the page, best
// first; relaxed widens the rules for a story with no good first
// sentence.
func (d *draft) leadCandidates(key map[string]bool, relaxed bool) []candidate {
	maxIndex, minWords, minKey := 1, minLeadWords, min(2, len(key))
	if relaxed {
		maxIndex, minWords, minKey = 2, minWords-5, min(1, len(key))
	}
	var cands []candidate
	for i, s := range d.a.Sentences {
		if s.Index > maxIndex || len(s.Quotes) > 0 {
			continue
		}
		t, ok := d.usable(i, asLead)
		if !ok || !d.admissible(i, t, true) {
			continue
		}
		n := len(strings.Fields(t))
		if n < minWords || n > maxLeadWords || unresolved(t) {
			continue
		}
		hits := 0
		for _, st := range d.stemsOf(t) {
			if key[st] {
				hits++
			}
		}
		if hits < minKey {
			continue
		}
		r := d.a.Reports[s.Report]
		score := 4*r.Centrality + 2*s.Centrality - 1.5*float64(s.Index)
		score += 1.5 * float64(hits) / math.Max(1, float64(len(key)))
		score += 0.3 * float64(min(len(d.cites(i, t)), 4))
		if r.Neutral {
			score += 0.5
		}
		if !d.fresh(i, t) {
			score -= 0.25 // restates a highlight: allowed, not preferred
		}
		if hasWhen(t) {
			score += 0.5
		}
		score += 0.2 * float64(min(len(d.namesOf(t)), 3))
		cands = append(cands, candidate{i: i, text: t, score: score})
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	return cands
}

// keyStems are the words of the main event: the content stems that the
// titles of at least two independent outlets use (at least two fifths of
// them when there are many), or, when fewer than three stems pass, the
// five stems the titles use most.
func (d *draft) keyStems() map[string]bool {
	count := map[string]int{}
	titles := 0
	seenOutlet := map[int64]bool{}
	for ri, r := range d.a.Reports {
		if !r.Independent || r.Title == "" || seenOutlet[d.outlets[ri]] {
			continue
		}
		seenOutlet[d.outlets[ri]] = true
		titles++
		for _, st := range d.stemsOf(r.Title) {
			count[st]++
		}
	}
	need := max(2, (2*titles+4)/5)
	key := map[string]bool{}
	for st, c := range count {
		if c >= need {
			key[st] = true
		}
	}
	if len(key) >= 3 {
		return key
	}
	ranked := sortedKeys(count)
	sort.SliceStable(ranked, func(x, y int) bool { return count[ranked[x]] > count[ranked[y]] })
	for _, st := range ranked[:min(5, len(ranked))] {
		key[st] = true
	}
	return key
}

// unresolved reports whether a sentence leans on one before it: "it",
// "they" or "them" outside quotation marks in the sentence's first
// clause, where nothing the sentence says can be what it stands for ("The
// Assembly passed it 40-22"; but "Fenlow Bank said it would close 12
// branches" and
// "..., sending the bill to the governor, who said he will sign it"
// resolve within the sentence), or "this" or "these" standing for a
// thing rather than before one, or "that" or "those" doing so where a
// clause starts ("For a typical home, that amounts to $96 a year"). A
// lead opens the page, so nothing before it can resolve them; a highlight
// stands in a list, where the one before it is no antecedent either.
func unresolved(t string) bool {
	words := strings.Fields(text.Normalize(t))
	inside, opened := false, false
	for k, w := range words {
		core := strings.ToLower(strings.Trim(w, `,.;:!?()"'`))
		if !inside {
			switch core {
			case "it", "they", "them":
				if !opened {
					return true
				}
			case "this", "these":
				if k+1 >= len(words) || strings.ContainsAny(w, ",.;:") || pronounFollowers[strings.ToLower(strings.Trim(words[k+1], `,.;:!?()"'`))] {
					return true
				}
			case "that", "those":
				// only where a clause starts: elsewhere "that" joins
				// ("said that", "a plan that will")
				start := k == 0 || strings.ContainsAny(words[k-1], ",;:")
				if start && k+1 < len(words) && pronounFollowers[strings.ToLower(strings.Trim(words[k+1], `,.;:!?()"'`))] {
					return true
				}
			}
			opened = opened || clauseOpener(w)
		}
		if strings.Count(w, `"`)%2 == 1 {
			inside = !inside
		}
	}
	return false
}

// clauseOpener reports whether w ends a clause or opens a new one, after
// which a pronoun may stand for something the sentence has named: a
// comma, a speech verb ("said it"), a conjunction or a subordinator.
func clauseOpener(w string) bool {
	if strings.ContainsAny(w, ",;:") {
		return true
	}
	switch strings.ToLower(strings.Trim(w, `"'`)) {
	case "said", "says", "say", "told", "announced", "added", "warned", "and", "but", "after",
		"because", "when", "while", "since", "before", "until", "as", "that", "so", "where", "if",
		"who", "which":
		return true
	}
	return false
}

// pronounFollowers are verbs that follow a demonstrative when it stands
// alone as a subject ("this is", "that amounts to").
var pronounFollowers = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "will": true,
	"would": true, "could": true, "means": true, "meant": true, "comes": true, "came": true,
	"may": true, "might": true, "can": true, "should": true, "does": true, "did": true,
	"amounts": true, "amounted": true, "adds": true, "added": true, "marks": true, "marked": true,
	"brings": true, "brought": true, "leaves": true, "puts": true, "makes": true, "made": true,
	"represents": true, "equals": true, "follows": true, "followed": true,
}

func hasWhen(t string) bool {
	for _, w := range text.Tokens(t) {
		if whenWords[w] {
			return true
		}
	}
	return false
}
