package write

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// maxHeadline is the design's "at most about 100 characters".
const maxHeadline = 100

// teasers hold back the news to win a click; a neutral headline states it.
var teasers = []string{
	"here's why", "here is why", "here's what", "here is what", "here's how", "here is how",
	"you won't believe", "you will not believe", "what you need to know", "what we know",
	"everything you need", "this is why", "the reason why", "find out", "will shock",
	"you need to", "live updates", "live:", "watch:", "must see", "must-see", "what happened next",
	"the truth about", "explained", "what it means", "why it matters", "in pictures",
}

var listicle = regexp.MustCompile(`^\d+ (things|ways|reasons|facts|takeaways)\b`)

// outletSeparators divide a title from the outlet name some sites append.
var outletSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · "}

// trimOutlet removes a trailing outlet name (" | The Harbor Ledger",
// " - Bayside Courier") from a title. Only the outlet's own name is
// removed, so a title whose last clause follows a dash keeps it.
func trimOutlet(title string, o news.Outlet) string {
	title = strings.TrimSpace(title)
	names := []string{o.Name, strings.TrimPrefix(o.Name, "The "), o.Slug}
	for _, sep := range outletSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(title[i+len(sep):])
		for _, n := range names {
			if n != "" && strings.EqualFold(tail, n) {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// Neutral reports whether a title may be the page's headline: at most
// about 100 characters; no loaded word, even inside quotation marks (a
// headline's quote reads as the page's own voice); no question or
// exclamation mark; no teaser ("Here's why"); no label before a colon
// ("BREAKING:", "Watch:", or any one or two words); not all capitals.
func Neutral(title string) bool {
	t := text.Normalize(title)
	if t == "" || utf8.RuneCountInString(t) > maxHeadline || strings.ContainsAny(t, "?!") {
		return false
	}
	if len(analyze.LoadedAnywhere(t)) > 0 {
		return false
	}
	low := strings.ToLower(t)
	for _, tz := range teasers {
		if strings.Contains(low, tz) {
			return false
		}
	}
	if listicle.MatchString(low) {
		return false
	}
	if label, _, ok := strings.Cut(t, ":"); ok && (len(strings.Fields(label)) <= 2 || label == strings.ToUpper(label)) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper < letters*3/4
}

// headline is the most central report title that is neutral and whose
// numbers at least two independent outlets state (a title's figure that
// only one outlet gives may be the one that is wrong). Paywalled reports
// are skipped: their words are not ours to show. The writer's trained
// judge, when there is one, reads the whole title: quotation marks in a
// headline do not make its words someone else's. When no title passes,
// the headline is built from the first highlight, or the lead.
func (d *draft) headline(highlights, lead []news.Sentence) string {
	order := d.byCentrality()
	for _, ri := range order {
		r := d.a.Reports[ri]
		if r.Paywalled || r.Title == "" {
			continue
		}
		t := text.Normalize(trimOutlet(r.Title, r.Outlet))
		if Neutral(t) && d.corroboratedNumbers(t) && (d.biased == nil || !d.biased(t)) {
			return t
		}
	}
	for _, ss := range [][]news.Sentence{highlights, lead} {
		if len(ss) > 0 {
			body, _ := unattributed(ss[0])
			return headlineFrom(body)
		}
	}
	return ""
}

// byCentrality lists report indexes, most central first.
func (d *draft) byCentrality() []int {
	order := make([]int, len(d.a.Reports))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		a, b := d.a.Reports[order[x]], d.a.Reports[order[y]]
		if a.Independent != b.Independent {
			return a.Independent
		}
		return a.Centrality > b.Centrality
	})
	return order
}

func (d *draft) corroboratedNumbers(t string) bool {
	for _, n := range analyze.Numbers(t) {
		outlets := map[int64]bool{}
		for ri, r := range d.a.Reports {
			if r.Independent && d.reports[ri].states(n) {
				outlets[d.outlets[ri]] = true
			}
		}
		if len(outlets) < min(2, d.a.Outlets) {
			return false
		}
	}
	return true
}

// headlineFrom shortens a sentence into a headline: no final full stop,
// and cut at a comma, or failing that a word, to fit 100 characters.
func headlineFrom(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if utf8.RuneCountInString(s) <= maxHeadline {
		return s
	}
	cut := s[:maxHeadline]
	if i := strings.LastIndex(cut, ", "); i > 40 {
		return cut[:i]
	}
	if i := strings.LastIndex(cut, " "); i > 0 {
		return cut[:i]
	}
	return cut
}

// leadImage is the image of the most central report that has one and
// is not paywalled, credited to its outlet. Its caption is that report's
// title when the title is neutral, the headline otherwise. LocalPath is
// left for the pipeline, which stores the image.
func (d *draft) leadImage(headline string) *news.Image {
	for _, ri := range d.byCentrality() {
		r := d.a.Reports[ri]
		if r.ImageURL == "" || r.Paywalled {
			continue
		}
		caption := text.Normalize(trimOutlet(r.Title, r.Outlet))
		if !Neutral(caption) {
			caption = headline
		}
		return &news.Image{URL: r.ImageURL, Caption: caption, Credit: r.Outlet.Name, SourceRef: r.Ref}
	}
	return nil
}
