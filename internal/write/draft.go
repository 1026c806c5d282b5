package write

import (
	"slices"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// draft is a page being written: what is on it so far and how many words
// each report has given.
type draft struct {
	a                analyze.Analysis
	cap              int
	used             []int           // words published from each report, by index
	placed           map[int]bool    // sentences on the page
	stems            [][]string      // content stems of every published sentence
	nums             [][]string      // the numbers of every published sentence
	reports          []*report       // each report's stored text, indexed for support
	outlets          []int64         // each report's outlet, for one cite per outlet
	texts            []string        // the published sentences, in the order placed
	proper           map[string]bool // words the story capitalises mid-sentence: names
	lower            map[string]bool // words the story writes in lower case mid-sentence
	leading          map[string]bool // words the story capitalises mid-sentence after a word in lower case
	people           map[string]bool // first and last words of people's names (see peopleNames)
	idf              func(stem string) float64
	stemCache        map[string][]string // stemsOf, by text
	usableCache      map[[2]int]verdict  // usable, by sentence and kind
	firstGroup       bool                // the group being titled comes first in the body
	phraseCache      map[string][]phrase // phrasesOf, by text
	pdf              map[string]int      // phraseDF, once counted
	pdfN             int
	pOutlets         map[string]map[int64]bool // outlets using each noun phrase
	nameCache        map[string][]string       // text.Names, by text
	furnCache        map[string]bool           // furniture found, by text
	unresCache       map[string]bool           // unresolved, by text
	bareNames        bool                      // a surname the page cannot introduce may stand
	introCache       map[string]bool           // introducible, by surname
	fullCache        map[string]string         // fullName, by surname
	givenCache       map[string]string         // givenFullName, by first name
	titleCache       map[string]float64        // titleWeights, once computed
	sharedCache      map[string]bool           // sharedStems, once computed
	openingCache     map[string]bool           // openingStems, once computed
	textIndex        map[string]int            // sentenceOf, by textKey
	biased           func(string) bool         // Writer.Biased; nil for none
	params           Params
	outletWords      map[int]bool // sentences whose loaded words stand quoted, as their outlet's (see quoteLoaded)
	runs             map[int]bool // sentences that stand for a whole quotation of several (see useQuoteRuns)
	quoteOutletWords bool         // quoteLoaded may quote them (see leeway)
	late             bool         // the sentences being chosen are read after all that is placed (the outlook)
	// latestYear is the latest year the story's sentences name (see
	// staleYears); -1 when they name none.
	latestYear int
}

// namesOf is text.Names, remembered.
func (d *draft) namesOf(t string) []string { return remembered(&d.nameCache, t, text.Names) }

// isFurniture reports whether furniture finds a kind for t, remembered:
// fullName asks of every sentence for each surname it looks up.
func (d *draft) isFurniture(t string) bool {
	return remembered(&d.furnCache, t, func(t string) bool { return furniture(t) != "" })
}

// unresolved is the function unresolved, remembered: the highlights,
// the lead and the headline each ask it of the same candidates.
func (d *draft) unresolved(t string) bool { return remembered(&d.unresCache, t, unresolved) }

// remembered returns compute(key), computed once per cache: the cache
// is made on first use.
func remembered[V any](cache *map[string]V, key string, compute func(string) V) V {
	if v, ok := (*cache)[key]; ok {
		return v
	}
	if *cache == nil {
		*cache = map[string]V{}
	}
	v := compute(key)
	(*cache)[key] = v
	return v
}

// stemsOf is stemSet, remembered: the writer compares the same texts
// many times while it chooses.
func (d *draft) stemsOf(t string) []string {
	if st, ok := d.stemCache[t]; ok {
		return st
	}
	if d.stemCache == nil {
		d.stemCache = map[string][]string{}
	}
	st := stemSet(t)
	d.stemCache[t] = st
	return st
}

func newDraft(a analyze.Analysis, maxWords int) *draft {
	d := &draft{a: a, cap: maxWords, used: make([]int, len(a.Reports)), placed: map[int]bool{}}
	for _, r := range a.Reports {
		d.reports = append(d.reports, reportFromAnalysis(a, r))
		d.outlets = append(d.outlets, outletID(r))
	}
	d.proper, d.lower, d.leading = caseSets(a.Sentences)
	d.people = peopleNames(append(slices.Clip(a.Sentences), unreadLines(a)...))
	d.idf = d.stemIDF()
	d.latestYear = latestYear(a.Sentences)
	return d
}

// unreadLines returns the sentences of the reports' texts that the
// analysis did not read (a long report is read from its top, see
// analyze.Analyze), split line by line: a person whom a report names in
// full only further down is still someone a sentence read earlier may
// not call by surname alone.
func unreadLines(a analyze.Analysis) []analyze.Sentence {
	var out []analyze.Sentence
	for _, r := range a.Reports {
		read := make(map[string]bool, len(r.Sentences))
		for _, i := range r.Sentences {
			read[a.Sentences[i].Text] = true
		}
		for _, line := range strings.Split(r.Text, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			for _, t := range text.Sentences(line) {
				if !read[t] {
					out = append(out, analyze.Sentence{Text: t})
				}
			}
		}
	}
	return out
}

// cuttable are the reasons a sentence may not be published whole that
// leaving out its trailing clauses can remove (see analyze.Cuts).
var cuttable = map[string]bool{
	"loaded word": true, "judges in its own voice": true, "quote without speaker": true,
	"opinion": true, "first or second person": true, "too long": true, "not a statement": true,
	"the bias model calls it biased": true, "withholds its news": true,
}

// useCuts puts in place of every sentence that may not be published
// whole the longest of its cuts that may (analyze.Cuts): the main clause
// of "The council approved the budget on Monday, a move that critics
// called reckless", or of a sentence that a feed's excerpt broke off.
// A sentence whose loaded or judging words no such cut, and no dropping
// of modifiers, takes out gets the main clause before a closing clause
// of time or cause that no comma sets off (analyze.ClosingClauseCuts),
// when that may stand. The reports' own text, against which the page is
// verified, stays whole.
//
// The verdict on each sentence as it stays is what usable remembers, so
// that no sentence is judged as a fact twice.
func (d *draft) useCuts() {
	d.a.Sentences = slices.Clone(d.a.Sentences)
	if d.usableCache == nil {
		d.usableCache = map[[2]int]verdict{}
	}
	for i, whole := range d.a.Sentences {
		t, why := d.judge(i, asFact)
		if cuttable[why] && !signedPost(whole.Text) {
			cuts := analyze.Cuts(whole)
			if rs := d.a.Reports[whole.Report].Sentences; len(rs) > 0 && rs[len(rs)-1] == i {
				// a report's last sentence may be where its feed's
				// excerpt broke off
				cuts = append(cuts, analyze.BrokenOffCuts(whole)...)
			}
			if ct, ok := d.firstUsable(i, cuts); ok {
				t, why = ct, ""
			}
		}
		if why == "" {
			t = d.corroboratedCut(i, t)
		}
		if why == "loaded word" {
			t, why = d.withoutModifiers(i, t, why)
		}
		if (why == "loaded word" || why == "judges in its own voice") && !signedPost(whole.Text) {
			// the words the page may not say in a closing clause that
			// no comma sets off: the main clause before it
			if ct, ok := d.firstUsable(i, analyze.ClosingClauseCuts(whole)); ok {
				t, why = ct, ""
			}
		}
		if why == "loaded word" && d.quoteOutletWords {
			t, why = d.quoteLoaded(i, t, why)
		}
		d.usableCache[[2]int{i, int(asFact)}] = verdict{t, why}
	}
	d.textIndex = nil
}

// minCorroboratedCut is the least share of a sentence's words that a cut
// of it keeps to stand in the desk's voice in its place (see
// corroboratedCut). Fitted with `unbiased eval fit --rounds 0` on the
// even-numbered clusters of the two summary sets: objective 32.98
// without such cuts, 32.88 with any cut, 32.99 at 1/2, 33.00 at 0.65
// and at 0.75, 32.98 at 0.85; at 2/3 the even-numbered ones score 33.00
// and the odd-numbered ones 32.30, against 32.28 without.
const minCorroboratedCut = 2.0 / 3

// corroboratedCut returns, for sentence i, usable as t, the longest of
// its cuts (analyze.Cuts) that a second independent outlet states and t
// is not, when the cut keeps at least minCorroboratedCut of t's words,
// and puts it in the sentence's place: "The board will cut ferry fares
// by a third, despite the mayor's efforts to stop it." is one
// outlet's, where "The board will cut ferry fares by a third." two
// outlets state, which the page may say in its own voice. A sentence
// the page only ever attributes (see attributedOnly) keeps its words;
// otherwise t.
func (d *draft) corroboratedCut(i int, t string) string {
	whole := d.a.Sentences[i]
	if !d.a.Reports[whole.Report].Independent || d.attributedOnly(i) {
		return t
	}
	// the cuts long enough, longest first; most sentences have none, and
	// then the citations of the whole need not be sought
	cuts := analyze.Cuts(whole)
	least := minCorroboratedCut * float64(len(strings.Fields(t)))
	long := 0
	for long < len(cuts) && float64(len(strings.Fields(cuts[long].Text))) >= least {
		long++
	}
	if long == 0 {
		return t
	}
	mates := d.claimMates(i)
	if len(d.cites(i, t, mates...)) > 1 {
		return t
	}
	for _, c := range cuts[:long] {
		ct, ok := d.putIfUsable(i, c)
		if !ok {
			continue
		}
		if len(d.cites(i, ct, mates...)) > 1 {
			return ct
		}
		d.a.Sentences[i] = whole
	}
	return t
}

// signedPost reports whether t ends as a social media post that a page
// embeds ("... — Lena Marsh (@lenamarsh) May 4, 2024"): every word of
// it is the post's, so no cut of it is the report's own statement.
func signedPost(t string) bool {
	return embeddedPost.MatchString(t)
}

// withoutModifiers puts in place of sentence i, which no cut frees of
// its loaded words, the sentence without the position labels and the
// judging adjectives it puts before a noun (see analyze.DropModifiers)
// and without the words that sell a plain noun (see
// analyze.DropSellingModifiers), and with the plain verb of speech for
// one that doubts what someone says (see analyze.PlainSpeech), when that
// may be published: "Hundreds of far-right protesters marched" is
// "Hundreds of protesters marched", "The mayor launched a fierce attack
// on the board" is "The mayor launched an attack on the board", and
// "Lowe insisted that the pier was safe" is "Lowe said that the pier was
// safe". It returns the verdict on the sentence as it stays.
func (d *draft) withoutModifiers(i int, t, why string) (string, string) {
	whole := d.a.Sentences[i]
	u := plainWords(whole.Text)
	if u == whole.Text {
		return t, why
	}
	plain := analyze.Reworded(whole, u)
	if ut, ok := d.putIfUsable(i, plain); ok {
		return ut, ""
	}
	// what the sentence goes on to say may still keep it off the page
	// ("..., warning that the harbour will not tolerate unfair fares"):
	// its cuts may stand as the whole sentence's do
	if ct, ok := d.firstUsable(i, analyze.Cuts(plain)); ok {
		return ct, ""
	}
	return t, why
}

// firstUsable puts the first of cuts that may be published as a fact in
// place of sentence i (see putIfUsable) and returns its page text; false
// when none may.
func (d *draft) firstUsable(i int, cuts []analyze.Sentence) (string, bool) {
	for _, c := range cuts {
		if ct, ok := d.putIfUsable(i, c); ok {
			return ct, true
		}
	}
	return "", false
}

// plainWords is s without the modifiers that withoutModifiers drops,
// and with the plain verb of speech it puts in.
func plainWords(s string) string {
	return analyze.PlainSpeech(analyze.DropSellingModifiers(analyze.DropModifiers(s)))
}

// putIfUsable puts s in place of sentence i when s may be published as a
// fact, and returns its page text; otherwise sentence i stays as it was.
func (d *draft) putIfUsable(i int, s analyze.Sentence) (string, bool) {
	was := d.a.Sentences[i]
	d.a.Sentences[i] = s
	t, why := d.judge(i, asFact)
	if why != "" {
		d.a.Sentences[i] = was
		return "", false
	}
	return t, true
}

// quoteLoaded puts in place of sentence i, which no cut frees of its
// loaded words, the sentence with those words in quotation marks (see
// analyze.QuoteLoaded), when that may be published: "were “humiliated”
// when ...". The words then read as its outlet's, and the sentence is
// only ever published attributed to it (see attributedOnly). The writer
// does so only for a story that it could not write otherwise (see
// leeway): quoting lets an outlet's judgment onto the page, if as the
// outlet's. It returns the verdict on the sentence as it stays.
func (d *draft) quoteLoaded(i int, t, why string) (string, string) {
	whole := d.a.Sentences[i]
	q, ok := analyze.QuoteLoaded(whole.Text)
	if !ok {
		return t, why
	}
	qt, ok := d.putIfUsable(i, analyze.Reworded(whole, q))
	if !ok {
		return t, why
	}
	if d.outletWords == nil {
		d.outletWords = map[int]bool{}
	}
	d.outletWords[i] = true
	return qt, ""
}

func outletID(r analyze.Report) int64 {
	if r.Outlet.ID != 0 {
		return r.Outlet.ID
	}
	// fixtures and imports without IDs: the slug identifies the outlet
	var h int64
	for _, c := range r.Outlet.Slug + "/" + r.Outlet.Name {
		h = h*31 + int64(c)
	}
	return -1 - (h & 0x7fffffff)
}

// fits reports whether publishing t from sentence i keeps its report
// within the per-source word cap.
func (d *draft) fits(i int, t string) bool {
	return d.used[d.a.Sentences[i].Report]+len(strings.Fields(t)) <= d.cap
}

// fresh reports whether sentence i would add something new: it is not on
// the page, states no fact that a published sentence states (no match of
// it is placed, it matches none that is, and it gives no figure that one
// gives), and is no near-duplicate of a published sentence.
func (d *draft) fresh(i int, t string) bool {
	if d.placed[i] {
		return false
	}
	for _, j := range d.a.Sentences[i].Matches {
		if d.placed[j] {
			return false
		}
	}
	for j := range d.placed {
		for _, m := range d.a.Sentences[j].Matches {
			if m == i {
				return false
			}
		}
		if sharesFigure(d.a.Sentences[i], d.a.Sentences[j]) {
			return false
		}
	}
	return d.newWords(t)
}

// newWords reports whether t says more than the page in its words: it
// is no near-duplicate of a sentence on the page, does not mostly repeat
// the page's words, and restates none of its figures.
func (d *draft) newWords(t string) bool {
	st := d.stemsOf(t)
	return !d.nearDuplicate(st) && !d.mostlySaid(st) && !d.restates(st, analyze.Numbers(t))
}

// freshVoice reports whether sentence i, published as t, quotes its
// named speaker's own words at some length (minVoiceWords) and says
// more than the page has said: the body's quotes section may carry what
// someone said of a fact the page already states ("closed the east pier
// for the winter" and `"We spent a week under the deck, and it is not
// safe," Brandt said`), since the words are theirs and add their
// voice, but not a sentence that mostly repeats the page's words (see
// newWords, which fresh asks too).
func (d *draft) freshVoice(i int, t string) bool {
	s := d.a.Sentences[i]
	if d.placed[i] || s.Speaker == "" || !slices.ContainsFunc(s.Quotes, func(q string) bool { return len(strings.Fields(q)) >= minVoiceWords }) {
		return false
	}
	return d.newWords(t)
}

// minVoiceWords is the fewest words of a quotation that freshVoice
// takes for a speaker's own voice rather than a phrase.
const minVoiceWords = 6

// contains reports whether a sorted list holds x.
func contains(sorted []string, x string) bool {
	k := sort.SearchStrings(sorted, x)
	return k < len(sorted) && sorted[k] == x
}

// nearDuplicate reports whether a sentence with these stems repeats one
// on the page: most of the shorter one's words are in the longer.
func (d *draft) nearDuplicate(st []string) bool { return sharesWords(st, d.stems, 0.6, false) }

// sharesWords reports whether a sentence with stems st and one of others
// share at least share of the words of the shorter of the two, or with
// ofLonger of the longer.
func sharesWords(st []string, others [][]string, share float64, ofLonger bool) bool {
	for _, p := range others {
		n := min(len(st), len(p))
		if ofLonger {
			n = max(len(st), len(p))
		}
		if n > 0 && float64(text.SharedSorted(st, p)) >= share*float64(n) {
			return true
		}
	}
	return false
}

// admissible reports whether sentence i, published as t, may join the
// page now: it fits the word cap, adds something new, and a speaker it
// names by surname alone is introduced on the page (or in pending, the
// texts about to be placed with it). sameFact relaxes "new" to "not a
// near-duplicate", for the lead, which may restate a highlight in fuller
// words.
func (d *draft) admissible(i int, t string, sameFact bool, pending ...string) bool {
	if !d.fits(i, t) {
		return false
	}
	if sameFact {
		if d.placed[i] || d.repeats(d.stemsOf(t)) {
			return false
		}
	} else if !d.fresh(i, t) {
		return false
	}
	if sp := d.unintroduced(i, t, pending); sp != "" {
		return false
	}
	return d.backReference(t, slices.Concat(d.texts, pending)) == ""
}

// repeats reports whether a sentence with these stems says nearly what a
// published sentence says, in nearly the same words: most of the words
// of the longer one are in the shorter. Unlike nearDuplicate, a short
// fact inside a longer sentence is not a repeat.
func (d *draft) repeats(st []string) bool { return sharesWords(st, d.stems, 0.6, true) }

// place records sentence i as published with text t and returns it cited.
// Texts placed before the body (highlights, lead) and in the body count
// as read before what follows; the outlook, placed before the body but
// read after it, is placed with placeLate.
func (d *draft) place(i int, t string, cites []int) news.Sentence {
	d.texts = append(d.texts, t)
	return d.placeLate(i, t, cites)
}

// unplace takes sentence i, placed with text t before the body (see
// place), off the page again.
func (d *draft) unplace(i int, t string) {
	st := d.stemsOf(t)
	if k := slices.Index(d.texts, t); k >= 0 {
		d.texts = slices.Delete(d.texts, k, k+1)
	}
	for k := range d.stems {
		if slices.Equal(d.stems[k], st) {
			d.stems = slices.Delete(d.stems, k, k+1)
			d.nums = slices.Delete(d.nums, k, k+1)
			break
		}
	}
	delete(d.placed, i)
	d.used[d.a.Sentences[i].Report] -= len(strings.Fields(t))
}

// placeLate is place for text that a reader meets at the end of the
// page, so it introduces nobody to the sentences above it.
func (d *draft) placeLate(i int, t string, cites []int) news.Sentence {
	d.placed[i] = true
	d.used[d.a.Sentences[i].Report] += len(strings.Fields(t))
	d.stems = append(d.stems, d.stemsOf(t))
	d.nums = append(d.nums, analyze.Numbers(t))
	return d.sentence(i, t, cites)
}

// sentence is sentence i published as t with the given citations: in the
// desk's own voice when they name two or more outlets, and otherwise
// attributed to the outlet that wrote it; a guess at what may come is
// always attributed (see attributedOnly). In the desk's voice it leaves
// out a stance label that not both sides use (see analyze.DropLabels);
// attributed, it keeps its outlet's words.
func (d *draft) sentence(i int, t string, cites []int) news.Sentence {
	if u, ok := d.unlabelled(t); ok && d.ownVoice(i, u, cites) {
		return news.Sentence{Text: u, Cites: cites}
	}
	return d.attributed(i, t, cites)
}

// attributed is sentence i published as t, attributed to the outlet
// that wrote it, with the given citations.
func (d *draft) attributed(i int, t string, cites []int) news.Sentence {
	r := d.a.Reports[d.a.Sentences[i].Report]
	name := outletName(r)
	if r.Commentary {
		return news.Sentence{Text: d.commented(t, name), Cites: cites, AttributedTo: name}
	}
	return news.Sentence{Text: d.attribute(t, name), Cites: cites, AttributedTo: name}
}

// ownVoice reports whether sentence i, published as t with the given
// citations, stands in the desk's own voice: two or more outlets state
// it in two or more wordings, and it is no guess (see attributedOnly).
// Reports that carry it word for word, minSharedWords words or more, are
// one wording: they print one text, a wire's paragraph or a statement
// they all quote, which is one source however many outlets carry it.
// Shorter words in common ("the council voted 7-2") are how several
// reporters tell one fact.
func (d *draft) ownVoice(i int, t string, cites []int) bool {
	if len(cites) < 2 || d.attributedOnly(i) {
		return false
	}
	long := len(strings.Fields(t)) >= minSharedWords
	verbatim, other := false, 0
	for ri, r := range d.a.Reports {
		if !slices.Contains(cites, r.Ref) {
			continue
		}
		if long && d.reports[ri].containsVerbatim(t) {
			verbatim = true
		} else {
			other++
		}
	}
	if verbatim {
		other++
	}
	return other >= 2
}

// minSharedWords is the fewest words of a sentence that two reports
// print word for word only by printing one text (see ownVoice).
const minSharedWords = 12

// citeOverlap is the share of a sentence's content stems that a report
// not matched to it by the analysis must hold in one sentence and the
// one after it to be cited: stricter than Verify's bar, so that a cite
// means "this outlet states it", not merely "this outlet does not
// contradict it".
const citeOverlap = 0.6

// cites returns the citations of sentence i published as t: its own
// report first, then, one per outlet in Ref order, every other
// independent report that passes the support check of Verify (the
// claim's words, numbers and names) and either states the same fact by
// the analysis (a match, or a member of the claim given in extra) or
// holds most of the sentence's words.
func (d *draft) cites(i int, t string, extra ...int) []int {
	s := d.a.Sentences[i]
	matched := map[int]bool{}
	for _, j := range append(append([]int(nil), s.Matches...), extra...) {
		if !linkRun(d.a.Sentences[j].Text) {
			matched[d.a.Sentences[j].Report] = true
		}
	}
	c := newClaim(t)
	pred := d.predicate(t, c)
	out := []int{d.a.Reports[s.Report].Ref}
	seen := map[int64]bool{d.outlets[s.Report]: true}
	for ri, r := range d.a.Reports {
		if !r.Independent || seen[d.outlets[ri]] || d.reports[ri].supports(c) != "" || !d.reports[ri].saysOf(c, pred) {
			continue
		}
		// a negated claim by the spans that hold a negation: "divers
		// have not found rot" is not what a report says that tells
		// "divers found rot"
		if !matched[ri] && float64(d.reports[ri].bestOverlap(c.stems, c.negated)) < citeOverlap*float64(len(c.stems)) {
			continue
		}
		seen[d.outlets[ri]] = true
		out = append(out, r.Ref)
	}
	return out
}

// predicate returns the content stems of t that say what it says of
// the people and places it names: not the words of a name, nor of the
// title or role before one ("chief executive Lena Marsh", "harbour
// master Ilse Brandt"), nor words of time ("year", "Monday"), which
// reports of different facts about the same people share.
func (d *draft) predicate(t string, c claim) []string {
	n := text.Normalize(t)
	skip := map[string]bool{}
	for _, name := range d.namesOf(n) {
		for _, st := range d.stemsOf(name) {
			skip[st] = true
		}
	}
	words := strings.Fields(n)
	for k, w := range words {
		if k == 0 || !isCapitalised(strings.Trim(w, `"'“‘(`)) {
			continue
		}
		// the role before a name: "chief executive Lena Marsh"
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			low := strings.ToLower(strings.Trim(words[j], `"'“‘(,.`))
			if !roleWords[low] && !titleModifiers[low] || strings.HasSuffix(words[j], ",") {
				break
			}
			for _, st := range d.stemsOf(low) {
				skip[st] = true
			}
		}
	}
	var out []string
	for _, st := range c.stems {
		if !skip[st] && !timeStems[st] {
			out = append(out, st)
		}
	}
	return out
}

// roleWords name a role that stands before a person's name: "chief
// executive Lena Marsh", "Senator Paul Lowe".
var roleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`chief executive president vice senator sen rep representative
		minister secretary director spokesman spokeswoman spokesperson attorney general judge justice
		governor gov mayor leader chairman chairwoman chair head commissioner officer manager coach
		captain councillor councilor prosecutor ambassador adviser advisor analyst economist professor
		dr mr mrs ms chancellor premier king queen prince princess pope bishop lieutenant lt sergeant
		sgt colonel col general gen admiral commander deputy assistant founder owner editor reporter
		correspondent lawyer counsel chairperson superintendent principal master first lady`) {
		roleWords[w] = true
	}
}

// timeStems are the stems of words that tell when, which reports of
// different facts share: "last year" and "for more than a year".
var timeStems = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`year years month months week weeks day days today yesterday
		tomorrow monday tuesday wednesday thursday friday saturday sunday morning evening night
		afternoon hour hours`) {
		for _, st := range stemSet(w) {
			timeStems[st] = true
		}
	}
}
