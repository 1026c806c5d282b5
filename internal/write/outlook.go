package write

import (
	"sort"
	"strconv"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// namesPastYear reports whether t names a year before the one its
// report was published in: what it says looks ahead from a past the page
// is not about. An unknown publication time names no past.
func namesPastYear(t string, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for _, tok := range text.Tokens(t) {
		if y, err := strconv.Atoi(tok); err == nil && len(tok) == 4 && y >= 1900 && y < published.Year() {
			return true
		}
	}
	return false
}

// placeOutlook places an outlook sentence as placeLate does, attributed
// to its outlet when it names no one who looks ahead, however many
// outlets state it: the page states no forecast as fact.
func (d *draft) placeOutlook(i int, t string, cites []int) news.Sentence {
	out := d.placeLate(i, t, cites)
	if d.a.Sentences[i].Outlook || out.AttributedTo != "" {
		return out
	}
	return d.attributed(i, t, cites)
}

// maxOutlook caps WHAT THIS MIGHT MEAN.
const maxOutlook = 4

// outlook writes WHAT THIS MIGHT MEAN from the analysis's forward-looking
// sentences: never a prediction in the page's own voice, since each one
// names who looks ahead or is given as its outlet's (see placeOutlook).
// Statements that more outlets report come first; one statement is
// published once. When no report looks ahead, the fixed news.NoOutlook
// line stands alone.
func (d *draft) outlook() news.Outlook {
	var cands []candidate
	for _, i := range d.a.Outlook {
		t, ok := d.usable(i, asOutlook)
		if !ok || !analyze.Forward(t) {
			continue // looks ahead in its main clause, and in its words as published
		}
		if lostContext(t) {
			continue // read alone at the page's end: "believes that will take until May" says nothing there
		}
		s := d.a.Sentences[i]
		if namesPastYear(t, d.a.Reports[s.Report].Published) {
			continue // "in 2011, Perry vowed to ...": a promise of years ago
		}
		score := float64(len(s.Matches)) + 2*s.Centrality - float64(d.used[s.Report])/float64(d.cap)
		cands = append(cands, candidate{i: i, text: t, score: score})
	}
	sort.SliceStable(cands, func(x, y int) bool { return cands[x].score > cands[y].score })
	out := news.Outlook{Sentences: []news.Sentence{}}
	// the outlook is read last: whoever a placed sentence names, the
	// page has named before it (see introduced)
	d.late = true
	defer func() { d.late = false }()
	var outlookTexts []string // introduce people to the outlook lines after them
	for _, c := range cands {
		if len(out.Sentences) == maxOutlook {
			break
		}
		if d.admissible(c.i, c.text, false, outlookTexts...) {
			out.Sentences = append(out.Sentences, d.placeOutlook(c.i, c.text, d.cites(c.i, c.text)))
			outlookTexts = append(outlookTexts, c.text)
		}
	}
	if len(out.Sentences) == 0 {
		out.None = news.NoOutlook
	}
	return out
}
