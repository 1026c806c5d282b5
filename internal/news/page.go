package news

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Page is one written story, in the anatomy of DESIGN.md. It is what the
// writer produces, what the store keeps, what the web renders and what
// the API returns. It carries no article text beyond the short passages
// the writer chose.
type Page struct {
	StoryID   string    `json:"id"`
	Headline  string    `json:"headline"`
	Language  string    `json:"language"`
	Published time.Time `json:"published"` // first report's time, UTC
	Updated   time.Time `json:"updated"`   // time of this rewrite, UTC

	LeadImage  *Image     `json:"lead_image,omitempty"`
	Byline     Byline     `json:"byline"`
	Highlights []Sentence `json:"highlights"`
	Lead       []Sentence `json:"lead"`
	Sections   []Section  `json:"sections"`
	Outlook    Outlook    `json:"outlook"`
	Coverage   Coverage   `json:"coverage"`
	Framing    []Framing  `json:"framing"`
	Sources    []Source   `json:"sources"`
}

// Image is a lead image, credited to the outlet it came from. URL is the
// source's address; the desk serves its own copy under LocalPath when it
// has fetched one, and leaves the image out otherwise.
type Image struct {
	URL       string `json:"source_url"`
	LocalPath string `json:"url,omitempty"`
	Caption   string `json:"caption"`
	Credit    string `json:"credit"`
	SourceRef int    `json:"source"`
}

// Byline says who wrote the page: the desk, from how many reports.
type Byline struct {
	Desk     string `json:"desk"`
	Articles int    `json:"articles"`
	Outlets  int    `json:"outlets"`
}

// Sentence is one published sentence and the reports that support it.
// Every sentence on a page has at least one citation.
//
// A sentence stands in the desk's own voice only when independent
// outlets state its claim; it then cites two or more outlets. A claim
// that one outlet makes alone is attributed to it: AttributedTo names the
// outlet, and Text reads "According to <outlet>, <the outlet's words>",
// or, when those already say "according to" someone, "<the words>,
// <outlet> reported." (see Unattributed).
type Sentence struct {
	Text         string `json:"text"`
	Cites        []int  `json:"cites"` // Source.Ref values
	AttributedTo string `json:"attributed_to,omitempty"`
}

// ImageFrom is the caption of a lead image that its report's title
// cannot caption: whose report it illustrates.
func ImageFrom(outlet string) string { return "An image from " + outlet + "'s report" }

// Attribution is how a sentence attributed to an outlet begins.
func Attribution(outlet string) string { return "According to " + outlet + ", " }

// Commented is how a sentence attributed to an outlet begins when the
// outlet's report is commentary rather than news (an editorial, an
// essay, a letter): what it says is its view, not what it found.
func Commented(outlet string) string { return "In a commentary, " + outlet + " wrote that " }

// CommentedAfter is how a sentence of an outlet's commentary ends when
// it does not open with Commented: "The pier was never safe, The Ledger
// wrote in a commentary."
func CommentedAfter(outlet string) string { return ", " + outlet + " wrote in a commentary." }

// ReportedBy is how a sentence attributed to an outlet ends when its own
// words already say "according to" someone: "According to the mayor, the
// work starts in May, The Ledger reported."
func ReportedBy(outlet string) string { return ", " + outlet + " reported." }

// ReportedCiting is how a sentence attributed to an outlet ends when its
// own words close with the source the outlet gives ("..., according to
// the harbour police"): "The pier closed, The Ledger reported, citing
// the harbour police." Unattributed gives the outlet's words back as they
// were.
func ReportedCiting(outlet, source string) string {
	return ", " + outlet + " reported, citing " + source + "."
}

// AccordingAfter is how a sentence attributed to an outlet ends when its
// own words close with the report they rest on ("..., the Ledger
// reported."): "The pier closed, the Ledger reported, according to The
// Courier." Its opening then stays the outlet's own.
func AccordingAfter(outlet string) string { return ", according to " + outlet + "." }

// Unattributed returns the outlet's own words of a sentence: its text
// without the attribution, in any of its forms (Attribution, Commented,
// CommentedAfter, ReportedBy, AccordingAfter, ReportedCiting), when it
// is attributed. It reports false when an attributed sentence carries no
// attribution to its outlet.
func Unattributed(s Sentence) (string, bool) {
	if s.AttributedTo == "" {
		return s.Text, true
	}
	if rest, ok := strings.CutPrefix(s.Text, Attribution(s.AttributedTo)); ok {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(s.Text, Commented(s.AttributedTo)); ok {
		return rest, true
	}
	if head, ok := strings.CutSuffix(s.Text, ReportedBy(s.AttributedTo)); ok {
		return head + ".", true
	}
	if head, ok := strings.CutSuffix(s.Text, CommentedAfter(s.AttributedTo)); ok {
		return head + ".", true
	}
	if head, ok := strings.CutSuffix(s.Text, AccordingAfter(s.AttributedTo)); ok {
		return head + ".", true
	}
	citing := ", " + s.AttributedTo + " reported, citing "
	if i := strings.LastIndex(s.Text, citing); i > 0 && strings.HasSuffix(s.Text, ".") {
		return s.Text[:i] + ", according to " + s.Text[i+len(citing):], true
	}
	return "", false
}

// Section is a titled sub-topic of the story.
type Section struct {
	Anchor     string       `json:"anchor"`
	Title      string       `json:"title"`
	Paragraphs [][]Sentence `json:"paragraphs"`
}

// Outlook is WHAT THIS MIGHT MEAN: attributed forward-looking statements,
// or, when the reports hold none, the fixed line in None.
type Outlook struct {
	Sentences []Sentence `json:"sentences"`
	None      string     `json:"none,omitempty"`
}

// NoHighlights is the line shown in place of highlights when a story is
// told so briefly that its lead is all the reports support.
const NoHighlights = "No highlights yet: so far the reports support the lead below and little more."

// NoOutlook is the line shown when no report looks ahead. Nothing is
// invented in its place.
const NoOutlook = "None of the reports we read looks ahead: they make no forward-looking statement that we could attribute, so we offer none."

// OutlookAbove is the line shown in place of an outlook when what the
// reports say of what comes next is already told above it (a plan, a
// schedule, an expectation in the highlights or the sections), and they
// say nothing more of it: the page does not claim that no report looks
// ahead, nor repeat a sentence.
const OutlookAbove = "What the reports say of what comes next is told above; we add no outlook of our own."

// Blind-spot rule of the design: at least this share of the rated
// outlets on one side, with at least blindSpotMin rated outlets.
const (
	blindSpotShare = 0.8
	blindSpotMin   = 3
)

// BlindSpotOf returns the side that has at least 80% of the rated outlets
// of a story, counted by lean, when at least three are rated; SideNone
// otherwise. Center is never a blind spot: the design defines it for left
// and right only.
func BlindSpotOf(counts map[Lean]int) Side {
	left := counts[Left] + counts[LeanLeft]
	right := counts[Right] + counts[LeanRight]
	rated := left + right + counts[Center]
	if rated < blindSpotMin {
		return SideNone
	}
	switch {
	case float64(left) >= blindSpotShare*float64(rated):
		return SideLeft
	case float64(right) >= blindSpotShare*float64(rated):
		return SideRight
	}
	return SideNone
}

// BlindSide is the side that covered a story nearly alone (BlindSpotOf
// its counts), as a stored page tells it: BlindSpot itself is not kept.
func (c Coverage) BlindSide() Side {
	counts := map[Lean]int{}
	for _, lc := range c.ByLean {
		counts[lc.Lean] += lc.Count
	}
	return BlindSpotOf(counts)
}

// Coverage counts the story's independent reports by lean.
type Coverage struct {
	ByLean    []LeanCount `json:"by_lean"`
	Total     int         `json:"total"`
	BlindSpot Side        `json:"-"`
	// BlindSpotLabel is empty unless the story is a blind spot, e.g.
	// "Blind spot: covered almost only by outlets on the right".
	BlindSpotLabel string `json:"blind_spot,omitempty"`
}

// LeanCount is one bar segment of the coverage bar.
type LeanCount struct {
	Lean    Lean   `json:"lean"`
	Label   string `json:"label"`
	Count   int    `json:"count"`
	Percent int    `json:"percent"`
}

// Framing is how one side covered the story: the words it used that the
// other sides did not, and loaded words spotted in its reports.
type Framing struct {
	Side        string   `json:"side"`
	Outlets     []string `json:"outlets"`
	Terms       []string `json:"terms"`
	LoadedWords []string `json:"loaded_words"`
}

// SideHeading is how a page heads one side of its framing: the side
// ("Left") when its outlets share the side's own lean or the page does
// not list their leans, and otherwise the leans its outlets have, in
// spectrum order ("Left and Lean Left", "Lean Right"), so that the
// heading agrees with the page's coverage by lean.
func (p Page) SideHeading(f Framing) string {
	in := map[string]bool{}
	for _, o := range f.Outlets {
		in[o] = true
	}
	has := map[Lean]bool{}
	for _, s := range p.Sources {
		if in[s.Outlet] && s.Lean != "" && s.Lean != Unrated {
			has[s.Lean] = true
		}
	}
	var labels []string
	for _, l := range Leans {
		if has[l] {
			labels = append(labels, l.Label())
		}
	}
	if len(labels) == 0 || len(labels) == 1 && labels[0] == f.Side {
		return f.Side
	}
	if len(labels) == 1 {
		return labels[0]
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " and " + labels[len(labels)-1]
}

// FramingNote is what the page says under "How each side covered it"
// when it shows no side's framing: that no outlet that reported the
// story has a lean rating, that outlets of one side alone reported it,
// or that the sides' reports did not differ enough in their wording.
// "" when the page shows some side's framing.
func (p Page) FramingNote() string {
	if len(p.Framing) > 0 {
		return ""
	}
	sides := map[Side]bool{}
	for _, s := range p.Sources {
		if sd := s.Lean.Side(); s.CopyOf == 0 && sd != SideNone {
			sides[sd] = true
		}
	}
	switch len(sides) {
	case 0:
		return "None of the outlets that reported this story has a lean rating, so there are no sides to compare."
	case 1:
		return "Only outlets on one side of the spectrum reported this story, so there is no other side's wording to compare theirs with."
	}
	return "The reports did not differ enough in their wording to set one side's framing apart from another's."
}

// Source is one report the page used, numbered for citations.
type Source struct {
	Ref       int    `json:"ref"` // 1-based, as shown in citations
	ArticleID int64  `json:"-"`
	Outlet    string `json:"outlet"`
	// OutletSlug is the outlet's short name, which its page on the site
	// is found by; empty on pages written before it was kept.
	OutletSlug string    `json:"outlet_slug,omitempty"`
	Lean       Lean      `json:"lean"`
	LeanLabel  string    `json:"lean_label"`
	Rater      string    `json:"rated_by"`
	Title      string    `json:"title"`
	URL        string    `json:"url"`
	Published  time.Time `json:"published"`
	CopyOf     int       `json:"copy_of,omitempty"` // Ref of the original when syndicated
}

// Tally writes counts as "b 3, a 1, c 1": each key by name with its
// count, the largest count first and equal counts in the keys' order.
func Tally[K cmp.Ordered](counts map[K]int, name func(K) string) string {
	keys := make([]K, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", name(k), counts[k])
	}
	return strings.Join(parts, ", ")
}

// Count writes n with the noun in the number it takes: "1 report", "3
// reports".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
