package write

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// A speaker's words often run over two or three sentences of a report:
// `"The rot runs deep. We will close the quay," Brandt said.` Read one
// at a time, the first has no speaker and the last leans on the first;
// told whole, they are what the speaker said, word for word and with
// the speaker's name. The writer takes such a quotation as one sentence
// of the page (see useQuoteRuns), which the body's quotes section may
// carry.

// Limits of a quotation told whole.
const (
	// maxRunWords is the most words of a quotation told whole, its
	// speaker's name and verb included: a short passage, as every
	// sentence the page takes from a report is. It is a choice, not a
	// fit: on the even-numbered clusters of the two summary sets
	// (`unbiased eval fit --rounds 0`) 45, 60 and 80 scored the same.
	maxRunWords = 60
	// maxRunSentences is the most sentences it runs over.
	maxRunSentences = 3
)

// useQuoteRuns puts in place of the sentence that opens each quotation
// running over two or more sentences of one paragraph the whole
// quotation (see quoteRuns), when it names its speaker outside the
// quotation marks, or gives it to "he" or "she" whom the sentence before
// the quotation names (the name then stands for the pronoun), and may
// be published as a sentence of its own (see judge, where it may run to
// maxRunWords words). The sentences it takes in may then not stand on
// the page apart from it: a sentence that closes the quotation could
// otherwise stand mended (see analyze.Mend) and tell its end twice.
func (d *draft) useQuoteRuns() {
	for _, r := range d.a.Reports {
		for _, run := range d.quoteRuns(r.Sentences) {
			first := run[0]
			parts := make([]string, len(run))
			for k, i := range run {
				parts[k] = strings.TrimSpace(d.a.Sentences[i].Text)
			}
			joined := strings.Join(parts, " ")
			if last := d.a.Sentences[run[len(run)-1]]; last.Pronoun != "" {
				// `... the quay," she said.`: she is the person the
				// sentence before the quotation names (see
				// analyze.Sentence.Called)
				named, ok := analyze.SpeakerNamed(joined, last.Called)
				if !ok {
					continue
				}
				joined = named
			}
			whole := analyze.Reworded(d.a.Sentences[first], joined)
			if whole.Speaker == "" || whole.InQuote || len(whole.Quotes) == 0 {
				continue
			}
			was := d.a.Sentences[first]
			d.a.Sentences[first] = whole
			if d.runs == nil {
				d.runs = map[int]bool{}
			}
			d.runs[first] = true
			t, why := d.judge(first, asFact)
			if why != "" {
				d.a.Sentences[first] = was
				delete(d.runs, first)
				continue
			}
			d.usableCache[[2]int{first, int(asFact)}] = verdict{t, ""}
			delete(d.usableCache, [2]int{first, int(asOutlook)})
			for _, i := range run[1:] {
				for _, k := range []kind{asFact, asOutlook} {
					d.usableCache[[2]int{i, int(k)}] = verdict{"", "told whole in the quotation it belongs to"}
				}
			}
		}
	}
	d.textIndex = nil
}

// quoteRuns returns the quotations that run over two to maxRunSentences
// sentences of one paragraph among a report's sentences (indexes into
// the analysis, in report order), each as the indexes of its sentences:
// the first opens a quotation that it leaves open, the last closes it,
// and those between open and close none. A quotation of more sentences
// or words, or one that a paragraph's end leaves open, is none.
func (d *draft) quoteRuns(sentences []int) [][]int {
	var out [][]int
	var run []int
	open, words, para := false, 0, -1
	for _, i := range sentences {
		s := d.a.Sentences[i]
		if s.Para != para {
			open, run, para = false, nil, s.Para
		}
		odd := analyze.OpensQuotation(s.Text)
		if !open && !odd {
			continue
		}
		if !open {
			open, run, words = true, []int{i}, s.Words
			continue
		}
		run, words = append(run, i), words+s.Words
		if odd {
			if len(run) <= maxRunSentences && words <= maxRunWords {
				out = append(out, run)
			}
			open, run = false, nil
		}
	}
	return out
}
