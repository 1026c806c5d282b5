package eval

import (
	"fmt"
	"strings"
	"time"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// deskHostSuffix ends the host name of every outlet of the desk
// evaluation's pool: <slug>.evaldesk.test. The .test top-level domain is
// reserved, so no such name reaches a real site.
const deskHostSuffix = ".evaldesk.test"

// deskRater is who rated the pool's outlets: the evaluation itself.
const deskRater = "eval desk (invented pool)"

// deskOutlet is one invented outlet of the pool, with the invented staff
// that its pages credit.
type deskOutlet struct {
	Slug, Name, Tagline    string
	Reporter, Photographer string
	Lean                   news.Lean
}

func (o deskOutlet) host() string     { return o.Slug + deskHostSuffix }
func (o deskOutlet) homepage() string { return "http://" + o.host() + "/" }
func (o deskOutlet) feedURL() string  { return "http://" + o.host() + "/feed.xml" }

// deskOutletNames are the pool's outlets. Every name, place and person is
// invented; none is a real publisher's.
var deskOutletNames = []deskOutlet{
	{Slug: "harlow-courier", Name: "The Harlow Courier", Tagline: "News for the Harlow valley", Reporter: "Mira Okafor", Photographer: "Tom Bellweather"},
	{Slug: "brackenford-gazette", Name: "Brackenford Gazette", Tagline: "Brackenford's paper since 1887", Reporter: "Daniel Ferro", Photographer: "Ada Quenby"},
	{Slug: "quillby-register", Name: "The Quillby Register", Tagline: "Independent news and comment", Reporter: "Priya Lund", Photographer: "Saul Whitcombe"},
	{Slug: "marrowgate-post", Name: "Marrowgate Evening Post", Tagline: "Your evening paper", Reporter: "Colm Avery", Photographer: "Nell Dampier"},
	{Slug: "fenmoor-herald", Name: "Fenmoor Herald", Tagline: "Plain news, plainly told", Reporter: "Ruth Ashgrove", Photographer: "Ivo Marchetti"},
	{Slug: "calder-reach-times", Name: "The Calder Reach Times", Tagline: "Every story, every day", Reporter: "Jonah Petrakis", Photographer: "Lise Hawthorn"},
	{Slug: "westerholt-observer", Name: "Westerholt Observer", Tagline: "Watching the world from Westerholt", Reporter: "Hana Sorel", Photographer: "Gideon Pryce"},
	{Slug: "penhallow-dispatch", Name: "Penhallow Dispatch", Tagline: "Dispatches from near and far", Reporter: "Felix Obuya", Photographer: "Marta Kellaway"},
	{Slug: "ostley-bulletin", Name: "The Ostley Bulletin", Tagline: "Reported, checked, published", Reporter: "Lena Vasquez-Hart", Photographer: "Owen Trelawny"},
	{Slug: "ravensby-chronicle", Name: "Ravensby Chronicle", Tagline: "The record of the region", Reporter: "Amos Keteku", Photographer: "Beth Longridge"},
	{Slug: "tollmere-sentinel", Name: "The Tollmere Sentinel", Tagline: "On watch since the flood year", Reporter: "Nadia Ferrand", Photographer: "Rufus Claybourne"},
	{Slug: "greyhaven-tribune", Name: "Greyhaven Tribune", Tagline: "A voice for the coast", Reporter: "Oskar Lindgren-Shaw", Photographer: "Tess Moorcroft"},
	{Slug: "saltmarsh-weekly", Name: "Saltmarsh Weekly", Tagline: "News at the pace of the tide", Reporter: "Imogen Raskell", Photographer: "Kofi Adjaye-Burns"},
	{Slug: "inverlow-record", Name: "The Inverlow Record", Tagline: "Inverlow's own newspaper", Reporter: "Callum Dray", Photographer: "Yara Bellini"},
	{Slug: "kestrel-point-journal", Name: "Kestrel Point Journal", Tagline: "Sharp eyes on the news", Reporter: "Esther Wren", Photographer: "Matteo Strand"},
	{Slug: "ambersley-standard", Name: "Ambersley Standard", Tagline: "Setting the standard", Reporter: "Rohan Tillery", Photographer: "Greta Halvorsen"},
	{Slug: "corriwell-mercury", Name: "The Corriwell Mercury", Tagline: "Quick news for Corriwell", Reporter: "Signe Alcott", Photographer: "Basil Ondaatje-Reyes"},
	{Slug: "thistledown-voice", Name: "Thistledown Voice", Tagline: "Heard across the downs", Reporter: "Marcus Penrose", Photographer: "Ines Carrow"},
	{Slug: "hollin-cross-examiner", Name: "Hollin Cross Examiner", Tagline: "Asking the questions", Reporter: "Tamsin Oduya", Photographer: "Leif Harrowby"},
	{Slug: "maple-ferry-clarion", Name: "The Maple Ferry Clarion", Tagline: "Ringing out the news", Reporter: "Edwin Sayle", Photographer: "Noor Falkirk-Day"},
	{Slug: "northwick-wire", Name: "Northwick Wire", Tagline: "Fast, fair, first", Reporter: "Petra Ingolds", Photographer: "Jasper Mulgrew"},
	{Slug: "belltower-review", Name: "The Belltower Review", Tagline: "News and views on the hour", Reporter: "Ambrose Kettle", Photographer: "Dalia Fenwright"},
	{Slug: "copperbank-times", Name: "Copperbank Times-Union", Tagline: "Two papers, one newsroom", Reporter: "Wren Castellane", Photographer: "Hugo Bramwell"},
	{Slug: "ellery-harbour-post", Name: "Ellery Harbour Post", Tagline: "From the harbour to the hills", Reporter: "Silas Oyelaran", Photographer: "Freya Tunstall"},
	{Slug: "dunhallow-ledger", Name: "The Dunhallow Ledger", Tagline: "Keeping account of the news", Reporter: "Clara Mbeki-Rowe", Photographer: "Anton Greaves"},
}

// deskRatedOutlets is how many outlets of the pool have a lean under
// LeansGiven: as many of each of the five leans; the rest are unrated.
const deskRatedOutlets = 20

// deskPool is the pool of outlets with their leans under l: with
// LeansRotate, left, lean left, center, lean right and right in turn;
// with LeansUnrated, none; with LeansGiven, the same turn for the first
// deskRatedOutlets (four of each lean) and unrated for the others, so
// that every document finds outlets of its own lean.
func deskPool(l Leans) []deskOutlet {
	pool := make([]deskOutlet, len(deskOutletNames))
	for j, o := range deskOutletNames {
		o.Lean = rotation[j%len(rotation)]
		if l == LeansUnrated || (l == LeansGiven && j >= deskRatedOutlets) {
			o.Lean = news.Unrated
		}
		pool[j] = o
	}
	return pool
}

// deskDoc is one document of the set as the pool publishes it.
type deskDoc struct {
	Event, Doc int // index of the event in the set, and of the document in the event
	Outlet     int // index in the pool
	Number     int // the article's number on its outlet's site, unique in the run
	Title      string
	Published  time.Time
	Path       string // page path on the outlet's host
}

// URL is the article page's address; its host is the outlet's.
func (d deskDoc) URL(pool []deskOutlet) string { return "http://" + pool[d.Outlet].host() + d.Path }

// The documents' times: event i starts deskEventStep after event i-1,
// and its documents follow deskDocStep apart. So a set of a hundred events
// spans four to five days, neighbouring events overlap in time, and the
// clusterer must tell them apart by their words, not by their times.
// Since 7 and 60 share no factor, two documents share a time only when
// their places in their events differ by 60 or more: distinct times keep
// the order of the reports, and so the run, the same whatever order the
// ingest stores them in.
var (
	deskEpoch     = time.Date(2024, 5, 6, 6, 0, 0, 0, time.UTC)
	deskEventStep = time.Hour
	deskDocStep   = 7 * time.Minute
)

// deskPlace gives every document of clusters its outlet, time, title and
// page path. Documents' own dates are not used: real dates would keep
// events apart by time alone.
//
// The documents of one event go to distinct outlets: with LeansRotate and
// LeansUnrated, document k of event i goes to outlet (5i+k) mod n of the
// n outlets, so that under LeansRotate document k has the lean that
// `eval summary --leans rotate` gives it; with LeansGiven, each document
// goes to the next outlet of its own lean not yet used in its event. An
// event with more documents than the pool has outlets (of that lean)
// wraps around, and then one outlet files two of its reports. A document
// whose text an outlet already published for another event goes to the
// next outlet instead: an outlet's second copy of a text is not stored,
// and which copy came first would depend on the order of the ingest.
func deskPlace(clusters []SummaryCluster, pool []deskOutlet, l Leans) []deskDoc {
	all := make([]int, len(pool))
	byLean := map[news.Lean][]int{}
	for j, o := range pool {
		all[j] = j
		byLean[o.Lean] = append(byLean[o.Lean], j)
	}
	published := make([]map[string]bool, len(pool)) // outlet -> texts it publishes
	for j := range published {
		published[j] = map[string]bool{}
	}
	var out []deskDoc
	for i, c := range clusters {
		inEvent := map[int]bool{}
		used := map[news.Lean]int{}
		for k, d := range c.Documents {
			key := text.Normalize(d.Text)
			free := func(j int) bool { return !inEvent[j] && !published[j][key] }
			outlet := deskPick(all, 5*i+k, free)
			if l == LeansGiven {
				lean := d.Lean
				if len(byLean[lean]) == 0 { // none given
					lean = news.Unrated
				}
				outlet = deskPick(byLean[lean], i+used[lean], free)
				used[lean]++
			}
			inEvent[outlet], published[outlet][key] = true, true
			pub := deskEpoch.Add(time.Duration(i)*deskEventStep + time.Duration(k)*deskDocStep)
			title := deskTitle(d)
			n := len(out) + 1
			out = append(out, deskDoc{Event: i, Doc: k, Outlet: outlet, Number: n, Title: title, Published: pub,
				Path: fmt.Sprintf("/news/%s/%s-%d", pub.Format("2006/01/02"), deskSlug(title), n)})
		}
	}
	return out
}

// deskPick returns the first outlet of candidates, from place start on
// and wrapping around, that is free; when none is, the one at start.
func deskPick(candidates []int, start int, free func(int) bool) int {
	for j := range candidates {
		if c := candidates[(start+j)%len(candidates)]; free(c) {
			return c
		}
	}
	return candidates[start%len(candidates)]
}

// deskTitleWords is about the length of a headline made from a
// document's text.
const deskTitleWords = 12

// deskTitle is a document's headline: its own title when it has one;
// otherwise its first sentence, cut at a word boundary to at most
// deskTitleWords words, without its closing punctuation, and followed by
// an ellipsis. The ellipsis keeps the headline from being the exact
// opening of the body: the extractor takes a body that opens with the
// headline for a headline glued to the lead, and cuts it off, which would
// take the first words of every report without a title, as no real page
// does.
func deskTitle(d SummaryDoc) string {
	if d.Title != "" {
		return d.Title
	}
	first := ""
	for _, p := range text.Paragraphs(d.Text) {
		if s := text.Sentences(strings.Join(strings.Fields(p), " ")); len(s) > 0 {
			first = s[0]
			break
		}
	}
	words := strings.Fields(first)
	if len(words) > deskTitleWords {
		words = words[:deskTitleWords]
	}
	t := strings.TrimRight(strings.Join(words, " "), ".,;:!?-–— ")
	if t == "" {
		return "Untitled report"
	}
	return t + "…"
}

// deskSlug is the URL slug of a title: its first words, lower-case
// letters and digits joined by hyphens.
func deskSlug(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
	if len(words) > 8 {
		words = words[:8]
	}
	if len(words) == 0 {
		return "report"
	}
	return strings.Join(words, "-")
}
