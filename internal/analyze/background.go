package analyze

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// BackInMainClause reports whether a sentence's own main clause tells
// what came before the news rather than the news: a past perfect ("Lowe
// had been barred from the board") or "previously" beside its verb
// ("The ferry previously ran at a loss"). Such a
// sentence explains the news; it does not open a page, nor head it. A
// past perfect inside a side clause ("Brandt said the divers had found
// rot", "Lowe conceded he had closed the pier") or a quotation is the
// news told with its own past, and does not
// count; nor does "had" of holding or of duty ("had a majority", "had
// to leave"), nor a past perfect told as of a time ("By noon the rain
// had closed the pier"), which is the news at that time.
func BackInMainClause(sentence string) bool {
	view, _ := quoteView(text.Normalize(sentence), false)
	k := 0
	if len(view) > 0 && leadingSubordinators[at(view, 0)] || at(view, 0) == "according" {
		for k < len(view) && !strings.HasSuffix(view[k], ",") {
			k++
		}
		k++ // past the comma that closes the side clause or the attribution
	}
	for j := k; j < len(view); j++ {
		lw := at(view, j)
		if j > k && (subordinators[lw] || lw == "but" || speechVerbs[lw] && lw != "called" && lw != "calls" || lw == "why" || lw == "how") {
			return false
		}
		switch {
		case backAdverbs[lw]:
			return true
		case (lw == "had" || lw == "hadn't") && !timeBefore(view[k:j]):
			n := j + 1
			for n < len(view) && (hedges[at(view, n)] || at(view, n) == "not" || backAdverbs[at(view, n)] || perfectAdverbs[at(view, n)]) {
				n++
			}
			if next := at(view, n); next == "been" || next != "to" && pastForm(next) && next != "had" || strings.HasSuffix(next, "en") && len(next) > 4 {
				return true
			}
		}
		if strings.HasSuffix(view[j], ";") {
			return false
		}
	}
	return false
}

// backAdverbs put a clause's event before the news. "Already" does not:
// "the storm has already killed 12" is the news; nor does "earlier",
// which often dates the news itself ("Earlier on Monday, ...").
var backAdverbs = map[string]bool{"previously": true}

// perfectAdverbs stand between "had" and its participle: "had just
// bought", "had already left".
var perfectAdverbs = map[string]bool{"just": true, "already": true, "recently": true, "once": true, "long": true}

// timeBefore reports whether words hold "by" or "at" before a time or a
// date: "by Monday", "at 17:30".
func timeBefore(ws []string) bool {
	for k := 0; k+1 < len(ws); k++ {
		if lw := at(ws, k); lw == "by" || lw == "at" {
			next := at(ws, k+1)
			if CalendarWord(next) || next != "" && next[0] >= '0' && next[0] <= '9' || next == "noon" || next == "midnight" || next == "dawn" || next == "then" {
				return true
			}
		}
	}
	return false
}
