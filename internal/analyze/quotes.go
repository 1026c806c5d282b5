package analyze

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Quote is a direct quote from an independent, quotable report.
type Quote struct {
	Sentence int    // index into Analysis.Sentences
	Text     string // the quoted words, normalised, without quote marks
	Speaker  string // who said it, when the sentence names them
}

// quotesOf returns the quotes of sentence i that are worth keeping: at
// least three words, and an exact substring of the report's normalised
// text. The second condition always holds for text taken from the report
// itself; it is checked so that a quote can never drift from its source.
func quotesOf(i int, s Sentence, report string) []Quote {
	var out []Quote
	norm := text.Normalize(report)
	for _, q := range s.Quotes {
		if len(strings.Fields(q)) < 3 || !strings.Contains(norm, q) {
			continue
		}
		out = append(out, Quote{Sentence: i, Text: q, Speaker: s.Speaker})
	}
	return out
}
