package write

import (
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

// lead writes the opening paragraph: the sentence that best says what
// happened, who, where and when. Candidates are the first three
// sentences of each independent report, where reporters put exactly
// that; they are ranked by how many outlets state the same fact, how
// central the sentence is to the story, and whether it names a time and
// actors. The lead may restate a highlight's fact in another outlet's
// fuller words (never a near-duplicate of it), as a news page does. A
// short first sentence is followed by the next sentence of the same
// report when that one can stand on the page too.
func (d *draft) lead() []news.Sentence {
	var cands []candidate
	for i, s := range d.a.Sentences {
		if s.Index > 2 {
			continue
		}
		t, ok := d.usable(i, asFact)
		if !ok || !d.admissible(i, t, true) {
			continue
		}
		score := float64(len(s.Matches)) + 3*s.Centrality - float64(s.Index)
		if !d.fresh(i, t) {
			score -= 0.25 // restates a highlight: allowed, not preferred
		}
		if hasWhen(t) {
			score += 0.5
		}
		score += 0.2 * float64(min(len(text.Names(t)), 3))
		cands = append(cands, candidate{i: i, text: t, score: score})
	}
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
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

func hasWhen(t string) bool {
	for _, w := range text.Tokens(t) {
		if whenWords[w] {
			return true
		}
	}
	return false
}
