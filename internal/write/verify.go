package write

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// Problem is one reason a page sentence is not supported.
type Problem struct {
	Where  string // the sentence's place: "highlights[0]", "sections[1][0][2]", ...
	Text   string // the sentence
	Ref    int    // the citation at fault; 0 when the problem is the sentence's own
	Reason string
}

func (p Problem) String() string {
	if p.Ref != 0 {
		return fmt.Sprintf("%s [%d]: %s: %q", p.Where, p.Ref, p.Reason, p.Text)
	}
	return fmt.Sprintf("%s: %s: %q", p.Where, p.Reason, p.Text)
}

// Thresholds of support for a cite that is not the primary one.
const (
	// supportOverlap is the share of the page sentence's content stems
	// that one sentence of the cited report must hold.
	supportOverlap = 0.5
)

// Verify checks every sentence of a page (highlights, lead, sections and
// outlook) against the stored text of the reports it cites, and returns
// what fails; nil means every sentence is supported. arts are the story's
// articles; page sources are matched to them by ArticleID, or by URL when
// the page came back from JSON without IDs.
//
// A sentence passes when it has at least one cite and every cite names a
// known source; its first (primary) cite is not paywalled and its stored
// text contains the sentence (after text.Normalize; a capital first
// letter may stand for a connective the writer trimmed); every other cite
// has a sentence holding at least half of the page sentence's content
// stems, and every number of the page sentence somewhere in its text;
// every quotation in the sentence is an exact substring of a cited
// report; and no loaded word stands outside quotation marks.
//
// The pipeline calls Verify before it publishes; Write runs the same
// checks while drafting, so a page it returns always passes.
func Verify(p news.Page, arts []news.ArticleRef) []Problem {
	return newVerifier(p.Sources, arts).page(p)
}

func (v *verifier) page(p news.Page) []Problem {
	var out []Problem
	forEachSentence(p, func(where string, s news.Sentence) {
		out = append(out, v.check(where, s)...)
	})
	return out
}

// forEachSentence visits every cited sentence of a page in reading order.
func forEachSentence(p news.Page, f func(where string, s news.Sentence)) {
	for i, s := range p.Highlights {
		f(fmt.Sprintf("highlights[%d]", i), s)
	}
	for i, s := range p.Lead {
		f(fmt.Sprintf("lead[%d]", i), s)
	}
	for si, sec := range p.Sections {
		for pi, para := range sec.Paragraphs {
			for i, s := range para {
				f(fmt.Sprintf("sections[%d][%d][%d]", si, pi, i), s)
			}
		}
	}
	for i, s := range p.Outlook.Sentences {
		f(fmt.Sprintf("outlook[%d]", i), s)
	}
}

type verifier struct {
	byRef map[int]*report
}

func newVerifier(sources []news.Source, arts []news.ArticleRef) *verifier {
	byID := map[int64]int{}
	byURL := map[string]int{}
	for i, a := range arts {
		if a.ID != 0 {
			byID[a.ID] = i
		}
		byURL[a.URL] = i
		if a.CanonicalURL != "" {
			byURL[a.CanonicalURL] = i
		}
	}
	v := &verifier{byRef: map[int]*report{}}
	for _, s := range sources {
		i, ok := byID[s.ArticleID]
		if !ok || s.ArticleID == 0 {
			i, ok = byURL[s.URL]
		}
		if ok {
			v.byRef[s.Ref] = newReport(arts[i])
		}
	}
	return v
}

func (v *verifier) check(where string, s news.Sentence) []Problem {
	var out []Problem
	bad := func(ref int, format string, args ...any) {
		out = append(out, Problem{Where: where, Text: s.Text, Ref: ref, Reason: fmt.Sprintf(format, args...)})
	}
	if len(s.Cites) == 0 {
		bad(0, "no citation")
		return out
	}
	for _, w := range analyze.Loaded(s.Text) {
		bad(0, "loaded word %q outside quotation marks", w)
	}
	var cited []*report
	for k, ref := range s.Cites {
		r := v.byRef[ref]
		if r == nil {
			bad(ref, "cites no known source")
			continue
		}
		cited = append(cited, r)
		switch {
		case k > 0:
			if why := r.supports(s.Text); why != "" {
				bad(ref, "cited report does not support it: %s", why)
			}
		case r.paywalled:
			bad(ref, "primary source is paywalled")
		case !r.containsVerbatim(s.Text):
			bad(ref, "not found in the text of its primary source")
		}
	}
	for _, q := range quotations(s.Text) {
		found := false
		for _, r := range cited {
			found = found || strings.Contains(r.norm, q)
		}
		if !found {
			bad(0, "quotation %q is not in any cited report", q)
		}
	}
	return out
}

// report is an article's stored text, indexed for support checks.
type report struct {
	norm      string          // normalised text
	sentences [][]string      // content stems of each sentence, sorted, unique
	numbers   map[string]bool // every number the text states
	paywalled bool
}

func newReport(a news.ArticleRef) *report {
	r := &report{norm: text.Normalize(a.Text), numbers: map[string]bool{}, paywalled: a.Paywalled}
	for _, para := range text.Paragraphs(a.Text) {
		for _, s := range text.Sentences(para) {
			r.sentences = append(r.sentences, stemSet(s))
		}
	}
	for _, n := range analyze.Numbers(r.norm) {
		r.numbers[n] = true
	}
	return r
}

// reportFromAnalysis indexes a report from its analysed sentences, which
// split and stem the same stored text the same way newReport does.
func reportFromAnalysis(a analyze.Analysis, r analyze.Report) *report {
	out := &report{norm: text.Normalize(r.Text), numbers: map[string]bool{}, paywalled: r.Paywalled}
	for _, i := range r.Sentences {
		out.sentences = append(out.sentences, a.Sentences[i].Stems)
	}
	for _, n := range analyze.Numbers(out.norm) {
		out.numbers[n] = true
	}
	return out
}

// supports returns "" when the report backs the sentence, and the reason
// it does not otherwise.
func (r *report) supports(sentence string) string {
	return r.supportsStems(stemSet(sentence), analyze.Numbers(sentence))
}

// supportsStems is supports for a sentence already reduced to its
// content stems and numbers.
func (r *report) supportsStems(want, numbers []string) string {
	for _, n := range numbers {
		if !r.numbers[n] {
			return fmt.Sprintf("number %s not in the report", n)
		}
	}
	if len(want) == 0 {
		return "sentence has no content words"
	}
	if best := r.bestOverlap(want); float64(best) < supportOverlap*float64(len(want)) {
		return fmt.Sprintf("best sentence shares %d of %d content words", best, len(want))
	}
	return ""
}

// bestOverlap is the most stems of want that one sentence of the report
// holds.
func (r *report) bestOverlap(want []string) int {
	best := 0
	for _, got := range r.sentences {
		best = max(best, text.SharedSorted(want, got))
	}
	return best
}

// containsVerbatim reports whether the report holds the sentence word for
// word. A sentence whose leading connective was trimmed ("But the
// council..." published as "The council...") matches when the report has
// the connective followed by the sentence with its first letter lowered.
func (r *report) containsVerbatim(sentence string) bool {
	n := text.Normalize(sentence)
	if n == "" {
		return false
	}
	if strings.Contains(r.norm, n) {
		return true
	}
	first, size := utf8.DecodeRuneInString(n)
	lowered := string(unicode.ToLower(first)) + n[size:]
	if lowered == n {
		return false
	}
	for _, c := range connectives {
		if strings.Contains(r.norm, c+" "+lowered) {
			return true
		}
	}
	return false
}

// quotations returns the spans of a sentence inside double quotation
// marks, normalised.
func quotations(s string) []string {
	parts := strings.Split(text.Normalize(s), `"`)
	var out []string
	for i := 1; i < len(parts)-1; i += 2 {
		if q := strings.TrimSpace(parts[i]); q != "" {
			out = append(out, q)
		}
	}
	return out
}

func stemSet(s string) []string {
	return text.UniqueSorted(text.ContentWords(text.Normalize(s)))
}
