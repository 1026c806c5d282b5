package analyze

import (
	"sort"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// Analysis is what the writer needs to know about one story.
type Analysis struct {
	// Reports are every article of the story, oldest first. Reports[i]
	// has Ref i+1, the number the page cites it by.
	Reports []Report
	// Sentences are the sentences of every report that has text, in
	// report order and then reading order.
	Sentences []Sentence
	// Claims are facts stated by at least two independent outlets,
	// best supported first.
	Claims []Claim
	// Coverage counts independent outlets by lean.
	Coverage news.Coverage
	// Framing says, for each side that covered the story, which words it
	// used that the other sides did not and which loaded words it used.
	Framing []news.Framing
	// Outlook indexes the independent Sentences that look ahead in their
	// main clause: those that say who is looking (Sentence.Outlook, see
	// IsOutlook) and those whose report alone does (Sentence.Ahead).
	Outlook []int
	// Quotes are the direct quotes of the independent reports.
	Quotes []Quote
	// Outlets is the number of distinct outlets among the independent
	// reports: the count that decides whether a story may be published.
	Outlets int
	// Language is the reports' language ("en" when none is given).
	Language string
	// Contested are the stance labels ("anti-harbour") that the desk
	// may not use in its own voice, sorted (see Contested).
	Contested []string
}

// Report is one article as the analysis sees it.
type Report struct {
	news.ArticleRef
	// Ref is the report's 1-based number in publication order.
	Ref int
	// CopyOfRef is the Ref of the report this one copies (explicitly, by
	// CopyOf, or as a near-duplicate of an earlier report); 0 otherwise.
	CopyOfRef int
	// Independent is true for the report that counts for a group of
	// copies: the first published one that has text. A copy counts once,
	// for the outlet that published first.
	Independent bool
	// Quotable is true when the report's words may appear on a page: it
	// has text, extracted without error, and is not behind a paywall.
	Quotable bool
	// Wire is true for a wire report: its text opens with a dateline
	// that names an agency ("(Lowland Press) —"), or more than one
	// outlet carried it.
	Wire bool
	// Centrality is the cosine between the report's words and the words
	// of the story's other independent reports; the most central report
	// is the one most representative of the story.
	Centrality float64
	// Sentences index Analysis.Sentences.
	Sentences []int
	// Commentary is true for a report that argues rather than reports:
	// its address or title files it as opinion ("/opinion/",
	// "Editorial: ..."), or a long text judges in its own words
	// throughout and speaks for itself (see markCommentary).
	Commentary bool
}

// Claim is one fact that several independent outlets state. Members
// index Analysis.Sentences, one sentence per outlet; the first is the
// sentence the others were matched to.
type Claim struct {
	Members []int
	Outlets int
}

// Analyze studies one story's reports. It accepts any order and any
// number of reports; reports without text still appear in Reports (they
// are listed as sources) but contribute no sentences.
func Analyze(arts []news.ArticleRef) Analysis {
	var a Analysis
	a.Reports = orderReports(arts)
	markCopies(a.Reports)
	markWire(a.Reports)
	a.Language = language(a.Reports)
	limit := sentenceLimit(a.Reports)
	for ri := range a.Reports {
		a.addSentences(ri, limit)
		a.resolvePeople(ri)
	}
	markCommentary(a.Reports, a.Sentences)
	st := newStats(a.Sentences, a.Reports)
	a.centrality(st)
	a.match(st)
	a.markDisputes()
	a.Claims = claims(a.Sentences, a.Reports)
	a.Outlets = independentOutlets(a.Reports)
	a.Coverage = coverage(a.Reports)
	a.Framing = framing(a.Reports, a.Sentences)
	a.Contested = contestedLabels(a.Reports)
	for i, s := range a.Sentences {
		if (s.Outlook || s.Ahead) && a.Reports[s.Report].Independent {
			a.Outlook = append(a.Outlook, i)
		}
		if a.Reports[s.Report].Independent && a.Reports[s.Report].Quotable {
			a.Quotes = append(a.Quotes, quotesOf(i, s, a.Reports[s.Report].Text)...)
		}
	}
	return a
}

// Budgets of the analysis: reports put what matters first, and comparing
// every sentence of a story with every other costs the square of their
// number, so a report gives at most maxReportSentences sentences from its
// top, and a story about maxStorySentences in all (but never fewer than
// minReportSentences a report).
const (
	maxReportSentences = 150
	maxStorySentences  = 900
	minReportSentences = 5
)

// sentenceLimit is how many sentences each report of a story gives.
func sentenceLimit(rs []Report) int {
	withText := 0
	for _, r := range rs {
		if r.Text != "" {
			withText++
		}
	}
	if withText == 0 {
		return maxReportSentences
	}
	return max(minReportSentences, min(maxReportSentences, maxStorySentences/withText))
}

// When is the time that orders a report: its publication time, or the
// time it was first seen when it has none. It is also the day that the
// report's "yesterday" and "tonight" count from (see DatedDays).
func When(r news.ArticleRef) time.Time {
	if r.Published.IsZero() {
		return r.FirstSeen
	}
	return r.Published
}

// orderReports sorts the reports by publication time, breaking ties by
// ID and URL so that any input order gives the same numbering.
func orderReports(arts []news.ArticleRef) []Report {
	rs := make([]Report, len(arts))
	for i, art := range arts {
		rs[i] = Report{ArticleRef: art}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		ti, tj := When(rs[i].ArticleRef), When(rs[j].ArticleRef)
		if !ti.Equal(tj) {
			return ti.Before(tj)
		}
		if rs[i].ID != rs[j].ID {
			return rs[i].ID < rs[j].ID
		}
		return rs[i].URL < rs[j].URL
	})
	for i := range rs {
		rs[i].Ref = i + 1
		rs[i].Quotable = rs[i].Text != "" && rs[i].Error == "" && !rs[i].Paywalled
	}
	return rs
}

// independentOutlets counts the distinct outlets of independent reports.
func independentOutlets(rs []Report) int {
	seen := map[int64]bool{}
	for _, r := range rs {
		if r.Independent {
			seen[outletKey(r)] = true
		}
	}
	return len(seen)
}

// outletKey identifies an outlet; fixtures without outlet IDs fall back
// to a key derived from the slug.
func outletKey(r Report) int64 {
	if r.Outlet.ID != 0 {
		return r.Outlet.ID
	}
	var h int64 = 1469598103
	for _, c := range r.Outlet.Slug + "\x00" + r.Outlet.Name {
		h = h*1099511 + int64(c)
	}
	if h > 0 {
		h = -h
	}
	return h
}

func language(rs []Report) string {
	counts := map[string]int{}
	for _, r := range rs {
		if r.Language != "" {
			counts[r.Language]++
		}
	}
	best, n := "en", 0
	for _, l := range sortedKeys(counts) {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
