package write

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// maxHeadline is the design's "at most about 100 characters": a
// headline cut to a phrase may reach 110.
const maxHeadline = 110

// teasers hold back the news to win a click; a neutral headline states it.
var teasers = []string{
	"here's why", "here is why", "here's what", "here is what", "here's how", "here is how",
	"you won't believe", "you will not believe", "what you need to know", "what we know",
	"everything you need", "this is why", "the reason why", "will shock",
	"you need to", "live updates", "live:", "watch:", "must see", "must-see", "what happened next",
	"what it means", "why it matters", "in pictures",
}

// edgeTeasers hold back the news only at a title's edge, where they
// label it ("The truth about ferry fares", "Find out ...", "Ferry fares,
// explained"); inside a clause they are plain words ("inspectors told
// the truth about the repairs", "the minister explained the plan",
// "divers tried to find out why").
var edgeTeasers = []string{"the truth about", "find out", "explained"}

// teaser reports whether a lower-case title holds back its news to win
// a click (see teasers and edgeTeasers).
func teaser(low string) bool {
	for _, tz := range teasers {
		if strings.Contains(low, tz) {
			return true
		}
	}
	// the title's edges, and those of what a label before a colon heads
	edges := []string{strings.Trim(low, " .,;:")}
	if before, after, ok := strings.Cut(edges[0], ":"); ok {
		edges = append(edges, strings.TrimSpace(before), strings.TrimSpace(after))
	}
	for _, edge := range edges {
		for _, tz := range edgeTeasers {
			if strings.HasPrefix(edge, tz+" ") || strings.HasSuffix(edge, " "+tz) || edge == tz {
				return true
			}
		}
	}
	return false
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
// ("BREAKING:", "Watch:", or any one or two words); not all capitals; no
// opening quotation longer than a name ("“I was able to get off the
// road,” said ..."): a headline tells the news in the desk's words.
func Neutral(title string) bool {
	t := text.Normalize(title)
	if t == "" || utf8.RuneCountInString(t) > maxHeadline || strings.ContainsAny(t, "?!") {
		return false
	}
	if quoted, _, ok := strings.Cut(strings.TrimPrefix(t, `"`), `"`); strings.HasPrefix(t, `"`) && ok && len(strings.Fields(quoted)) > maxNameQuote {
		return false
	}
	if len(analyze.LoadedAnywhere(t)) > 0 {
		return false
	}
	low := strings.ToLower(t)
	if teaser(low) {
		return false
	}
	if listicle.MatchString(low) {
		return false
	}
	if label, _, ok := strings.Cut(t, ":"); ok && (len(strings.Fields(label)) <= 2 || label == strings.ToUpper(label)) {
		return false
	}
	if shoutsWords(t) {
		return false
	}
	upper, letters := capitals(t)
	return letters > 0 && upper < letters*3/4
}

// shoutsWords reports whether a title writes two words in a row in
// capitals, each of four letters or more ("Market hits RECORD HIGH"):
// someone's emphasis, which a headline in the desk's voice does not
// repeat. Acronyms are short and seldom come in pairs.
func shoutsWords(t string) bool {
	run := 0
	for _, w := range strings.Fields(t) {
		core := strings.Trim(w, `,.;:!?()"'`)
		letters := 0
		for _, r := range core {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 4 && core == strings.ToUpper(core) {
			run++
			if run >= 2 {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// headline writes the page's headline from the story's main claim: the
// sentences that best say what happened, as the lead is chosen (score and
// an early place in its report, see Params.Lede), are cut to their main
// clause (see headlineFrom), and the first that is neutral (see Neutral),
// that the trained judge, when there is one, does not call biased, and
// that two or more independent outlets state is the headline; failing
// that, the first that is neutral, with the outlet that states it
// ("..., The Ledger reports"), since a claim one outlet makes alone is
// never the desk's own. No outlet's title is taken: each is one outlet's
// choice of words and emphasis. With none, the headline is cut from the
// lead, attributed as the lead is.
//
// No form cuts away the year that dates its clause well before the
// story's time (see hidesPast): "Lowe lost the seat in 2009 and may
// lose it again" does not head the page as "Lowe lost the seat".
func (d *draft) headline(cands []candidate, lead []news.Sentence) string {
	var order []candidate
	for _, c := range cands {
		if d.opener(c) {
			c.score = d.ledeScore(c)
			order = append(order, c)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return order[x].score > order[y].score })
	titles := map[string]bool{}
	for _, r := range d.a.Reports {
		own := trimOutlet(r.Title, r.Outlet)
		titles[titleKey(r.Title)] = true
		titles[titleKey(own)] = true
		// "Lowe wins the harbour seat. Here is what comes next": its
		// first sentence is a title too
		for _, t := range text.Sentences(own) {
			titles[titleKey(t)] = true
		}
	}
	// a headline is the desk's own voice
	cands, order = d.withoutSlant(cands), d.withoutSlant(order)
	titled := append(cands, d.withoutSlant(d.slanted())...)
	// A sentence that tells how things stand (see tellsState) heads the
	// page only when none tells what happened, and still before a
	// fragment of the lead: the titles choose first among those that
	// tell what happened, then the lead's kind of sentence, then any
	// other; then the same again with such sentences let in.
	for _, states := range []bool{false, true} {
		if h := d.titledHeadline(titled, titles, states); h != "" {
			return h
		}
		// The lead's kind of sentence first, then any other: a headline
		// cut from a later fact beats a fragment of the lead.
		for _, pass := range [][]candidate{order, cands} {
			if h := d.headlineOf(pass, titles, states); h != "" {
				return h
			}
		}
	}
	if len(lead) > 0 {
		body, _ := unattributed(lead[0])
		body = analyze.DropSellingModifiers(body)
		leans := d.backReference(body, nil) != ""
		for _, h := range headlineForms(body) {
			if a := reports(h, lead[0].AttributedTo); d.neutral(a) && !leans && len(d.stemsOf(h)) >= minHeadlineStems && !d.pronounAlone(h) && !existential.MatchString(h) && !opensOnTime(h) && !tollAlone(h) {
				return a
			}
		}
		// The first headline that cut gives from a sentence that could
		// have opened the page, in their order, attributed unless two
		// outlets state the sentence.
		others := func(cut func(s, outlet string) string) string {
			for _, c := range order {
				if d.attributedOnly(c.i) || !d.tellsAlone(c.text) || comparesBack(c.text) {
					continue
				}
				outlet := ""
				if len(c.cites) < 2 || !d.agreedOn(c.text) {
					outlet = outletName(d.a.Reports[d.a.Sentences[c.i].Report])
				}
				if h := cut(c.text, outlet); h != "" && len(analyze.ContestedIn(d.a.Contested, h)) == 0 && !titles[titleKey(h)] && (d.biased == nil || !d.biased(h)) && !definiteBack(h) && !d.pronounAlone(h) && !unsaidDocument(withoutReports(h)) && !existential.MatchString(h) && !tollAlone(withoutReports(h)) {
					return h
				}
			}
			return ""
		}
		long := func(s, outlet string) string { return longForm(s, outlet, longHeadline) }
		// A whole clause somewhat too long reads better than a fragment;
		// it is neutral in all but its length. Then a cut at a phrase
		// that leaves a whole main clause. The lead's first each time.
		for _, cut := range []func(s, outlet string) string{long, phraseCut} {
			if h := cut(body, lead[0].AttributedTo); h != "" && !leans && !unsaidDocument(withoutReports(h)) && !existential.MatchString(h) && !tollAlone(withoutReports(h)) {
				return h
			}
			if h := others(cut); h != "" {
				return h
			}
		}
		// The lead's whole clause, however long, tells the news; a
		// fragment cut from it at a word may not. So does the whole
		// clause of a sentence that could have opened the page.
		// A cut of the lead that leaves its main clause whole still
		// comes first.
		lastLong := func(s, outlet string) string { return longForm(s, outlet, lastResortHeadline) }
		if h := lastLong(body, lead[0].AttributedTo); h != "" && !definiteBack(h) {
			return h
		}
		cut := lastResortCut(body, lead[0].AttributedTo)
		core := strings.TrimSuffix(cut, ", "+lead[0].AttributedTo+" reports")
		if tollAlone(core) {
			// the toll without its event: the clause that tells the
			// event ("... when a gunman fired on a crowd") heads the
			// page instead
			for _, sc := range subordinateClauses(body) {
				if h := longForm(sc, lead[0].AttributedTo, longHeadline); h != "" && !d.pronounAlone(withoutReports(h)) && !definiteBack(h) {
					return h
				}
			}
		}
		if completeCut(core, body) && !pronounSubject(core) && !definiteBack(core) {
			return cut
		}
		if h := others(lastLong); h != "" {
			return h
		}
		return cut
	}
	return ""
}

// headlineOf returns the first headline that the candidates give, in
// their order: the longest form of a sentence that two outlets state,
// in the desk's own voice; failing that, the longest form of the first
// that has one, with its outlet's name. A sentence that tells how things
// stand (see tellsState) gives none unless states is true. "" when none
// gives one.
func (d *draft) headlineOf(cands []candidate, titles map[string]bool, states bool) string {
	var first string
	for _, c := range cands {
		if d.attributedOnly(c.i) || !d.tellsAlone(c.text) || d.unresolved(c.text) || comparesBack(c.text) || standing(c.text) || !states && tellsState(c.text) {
			continue // a headline is read first: nothing before it says which or what "it" is, and it tells the news
		}
		agreed := d.formsAgreed(c)
		for _, h := range headlineForms(c.text) {
			if !d.mayHead(h, titles) || d.hidesPast(c.text, h) {
				continue
			}
			if agreed(h) && !d.namesLeftBare(h) && !hearsayLeftOut(c.text, h) {
				return h
			}
			if a := reports(h, outletName(d.a.Reports[d.a.Sentences[c.i].Report])); first == "" && utf8.RuneCountInString(a) <= maxHeadline && !d.namesLeftBare(a) {
				first = a
			}
		}
	}
	return first
}

// hidesPast reports whether the headline form h of sentence t ends where
// t goes on to date what it said, within its next few words, to a year
// two or more before the story's latest (see staleYears): "Lowe lost
// the seat | in 2009 and may lose it again" as "Lowe lost the seat" reads
// as the news. A form that leaves out an aside with its year ("The
// programme, which began in 2019, has paid ...") keeps its clause's
// time and hides nothing.
func (d *draft) hidesPast(t, h string) bool {
	body := strings.TrimSuffix(withoutReports(h), ".")
	words, tw := strings.Fields(body), strings.Fields(t)
	if len(words) == 0 || len(words) >= len(tw) {
		return false
	}
	// the form is t up to a word: find where it ends in t
	last := words[len(words)-1]
	for k := len(words) - 1; k < len(tw); k++ {
		if strings.TrimRight(tw[k], ",;:") != last {
			continue
		}
		tail := strings.Join(tw[k+1:min(len(tw), k+1+pastWindow)], " ")
		for _, y := range years(tail) {
			if y <= d.latestYear-2 {
				return true
			}
		}
		return false
	}
	return false
}

// pastWindow is how many words after a headline's cut may hold the year
// that dates its clause: "in 2009", "on May 4, 2009", "during the ten
// years from 1989", "during the "long frost" winter of 1739-40". Of the
// two eval desk page sets' headlines, 6 words let one tell a past
// century's event in the present; 8 change only that one.
const pastWindow = 8

// hearsayLeftOut reports whether sentence t gives what it says as what
// unnamed or interested sources say ("according to new reports",
// "state-run media has reported", "people familiar with the talks
// said") and its headline form h leaves that out: such a claim is never
// the desk's own, however many outlets repeat it, so the headline gives
// it as its outlet's.
func hearsayLeftOut(t, h string) bool {
	loc := hearsay.FindStringIndex(t)
	return loc != nil && !strings.Contains(strings.ToLower(h), strings.ToLower(t[loc[0]:loc[1]]))
}

// hearsay matches an attribution to unnamed or interested sources.
var hearsay = regexp.MustCompile(`(?i)\baccording to (?:(?:new|recent|several|multiple|media|news|press|local|unconfirmed) )*reports\b|\b(?:state-run|state-controlled|state|official) (?:media|television|TV|news agency|broadcaster)\b|\b(?:unnamed|anonymous) (?:sources?|officials?)\b|\b(?:sources?|people|persons?|officials?) (?:familiar with|close to|briefed on|with knowledge of)\b|\b(?:media|news|press) reports? (?:said|say|says|indicated|suggested)\b`)

// withoutSlant returns the candidates, each without the contested
// stance labels its text can leave out (see analyze.DropLabels) and
// without the words that sell a plain noun (see
// analyze.DropSellingModifiers): a headline is the desk's own voice.
func (d *draft) withoutSlant(cs []candidate) []candidate {
	out := make([]candidate, len(cs))
	for k, c := range cs {
		if len(d.a.Contested) > 0 {
			c.text = analyze.DropLabels(c.text, d.a.Contested)
		}
		c.text = analyze.DropSellingModifiers(c.text)
		out[k] = c
	}
	return out
}

// neutral reports whether h may head the page as far as its words go:
// it is Neutral, and calls nothing by a stance that not both sides
// ascribe to it (see analyze.Contested), even attributed.
func (d *draft) neutral(h string) bool {
	return Neutral(h) && len(analyze.ContestedIn(d.a.Contested, h)) == 0
}

// mayHead reports whether h, a form that a sentence may take as the
// headline (see headlineForms), passes what every headline drawn from
// the page's candidates must: it is neutral (see draft.neutral) and the
// trained judge, when there is one, does not call it biased; it is no
// outlet's title (titles, by titleKey); it holds minHeadlineStems
// content words; and read first, it tells the news rather than what came
// before it (see analyze.BackInMainClause), says who it tells of (see
// pronounAlone), names with "the" nothing that only its report said
// before (see definiteBack: "prompting the judge's ruling"), leaves out
// no document's content (see unsaidDocument) and opens on no time alone
// (see opensOnTime) and on no time months or years back ("Two years ago,
// ...", see analyze.OpensOnPast): that is background.
func (d *draft) mayHead(h string, titles map[string]bool) bool {
	return d.neutral(h) && !titles[titleKey(h)] && len(d.stemsOf(h)) >= minHeadlineStems && !analyze.BackInMainClause(h) && !opensOnHedge(h) &&
		!d.pronounAlone(h) && !unsaidDocument(h) && !definiteBack(h) && !existential.MatchString(h) && !opensOnTime(h) &&
		!analyze.OpensOnPast(h) && !tollAlone(h) && (d.biased == nil || !d.biased(h))
}

// opensOnHedge reports whether h opens on a word that hedges all it says
// ("Maybe the delay is the point", "Perhaps the board will ..."): that
// is a writer's musing, and a headline states what happened.
func opensOnHedge(h string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(h, `"'“‘(`), " ")
	switch strings.ToLower(strings.TrimRight(first, ",")) {
	case "maybe", "perhaps", "possibly", "probably", "arguably":
		return true
	}
	return false
}

// tollAlone reports whether a headline only counts the dead or the hurt
// ("At least 40 people died and more than 300 were hurt"), with neither
// where nor what killed them: the toll is news only with its event, and
// a form that cut the event away ("... when a gunman fired on a
// crowd") does not head the page.
func tollAlone(h string) bool {
	if !tollClause.MatchString(h) {
		return false
	}
	words := strings.Fields(tollMany.ReplaceAllString(tollQuantifier.ReplaceAllString(h, ""), "$1"))
	for k, w := range words {
		core := strings.Trim(w, `,.;:"'“”‘’()`)
		if k > 0 && isCapitalised(core) || tollPlaceOrCause[strings.ToLower(core)] {
			return false // a name, or a phrase of place, time or cause
		}
	}
	return true
}

// tollQuantifier matches the words that bound a count ("at least 40").
var tollQuantifier = regexp.MustCompile(`(?i)\b(?:at least|more than|nearly|about|almost|some|over|up to) `)

// tollMany matches a count in words with its "of" ("dozens of"), which
// tells no cause.
var tollMany = regexp.MustCompile(`(?i)\b(dozens|scores|hundreds|thousands) of\b`)

// tollClause matches a clause that opens on a number of people and says
// they died or were hurt.
var tollClause = regexp.MustCompile(`^(?:` + tollQuantifier.String() + `)?(?:[0-9][0-9,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands))(?: [a-z-]+){0,2} (?:(?:have|has|had) )?(?:(?:been|were|was) )?(?:died|dead|killed|hurt|injured|wounded)\b`)

// tollPlaceOrCause are words that give a toll its place or its cause.
var tollPlaceOrCause = map[string]bool{"in": true, "at": true, "near": true, "on": true, "from": true, "after": true,
	"when": true, "as": true, "during": true, "by": true, "of": true, "while": true, "since": true}

// opensOnTime reports whether a headline opens with a phrase that only
// tells when ("Wednesday, Lowe said ...", "On Monday, the board ..."):
// the page's date line tells that, and the form without it says the
// news first (see withoutOpening); or with a span of time counted from
// another event (see timedAgainst).
func opensOnTime(h string) bool {
	if timedAgainst.MatchString(h) {
		return true
	}
	words := strings.Fields(h)
	if len(words) > 1 && analyze.OpensPhrase(strings.ToLower(words[0])) {
		words = words[1:]
	}
	return timeOnly(words)
}

// timedAgainst matches a form that opens on a span of time counted from
// another event ("The day after the mayor spoke ...", "Hours before the
// vote ..."): the phrase that times the news, whose main clause the form
// has left out.
var timedAgainst = regexp.MustCompile(`^(?i:(?:the|a|one|two|three|four|five|several|just|only|mere|barely) )*(?i:day|days|week|weeks|month|months|year|years|night|nights|morning|evening|afternoon|hour|hours|minute|minutes|moment|moments|weekend) (?:after|before|since)\b`)

// existential matches a sentence whose main clause says that something
// exists or holds ("There are 800,000 pilots in Kell", "Unlike the
// ferry, there is more doubt about the pier"): a state of things, which
// heads no page; the news is what someone did.
var existential = regexp.MustCompile(`^(?:[^,]*, )?[Tt]here (?:is|are|was|were|has been|have been|remains|remain)\b`)

// tellsAlone reports whether a sentence may give the headline at all: it
// refers back to nothing that a headline, read first, cannot say (see
// backReference), and it is no refusal to comment (see noComment).
func (d *draft) tellsAlone(t string) bool {
	return d.backReference(t, nil) == "" && !noComment.MatchString(t)
}

// withoutReports is a headline without the ", X reports" that
// attributes it.
func withoutReports(h string) string {
	if i := strings.LastIndex(h, ", "); i >= 0 && strings.HasSuffix(h, " reports") {
		return h[:i]
	}
	return h
}

// lastResortCut is headlineCut of the lead's body, unless that cut
// leaves no main verb where the words it cut off hold one ("A booklet
// published as part of the campaign | copies ..."): then the whole
// clause, however long, which says what happened.
func lastResortCut(body, outlet string) string {
	cut := headlineCut(body, outlet)
	core, base := strings.TrimSuffix(cut, ", "+outlet+" reports"), cutBase(body)
	if rest, ok := strings.CutPrefix(base, core); ok && onlyParticiples(core) && hasVerb(firstClause(rest)) {
		if h := longForm(body, outlet, math.MaxInt); h != "" {
			return h
		}
	}
	return cut
}

// onlyParticiples reports whether every verb of h may be a participle
// that describes a noun: a past form followed by a preposition ("A
// leaflet published as part of ..."), with no auxiliary.
func onlyParticiples(h string) bool {
	words := strings.Fields(text.Normalize(h))
	quoted := quotedWords(words, 1) // words in quotation marks ("the "Safe Quay" campaign") are no verb of the clause
	for k, w := range words {
		if quoted[k] {
			continue
		}
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:`))
		if auxiliaries[low] || beForms[low] {
			return false
		}
		if pastForm(low) {
			next := ""
			if k+1 < len(words) {
				next = strings.ToLower(words[k+1])
			}
			if !phraseWords[next] && next != "as" && next != "by" && next != "to" {
				return false
			}
		}
	}
	return true
}

// firstClause is s up to its first comma.
func firstClause(s string) string {
	s, _, _ = strings.Cut(s, ",")
	return s
}

// longForm is the shortest whole-clause headline of at most limit
// characters, outlet included, that s gives with no loaded
// word, no question or exclamation and more than a toll (see
// tollAlone), attributed to outlet; "" when there is none.
func longForm(s, outlet string, limit int) string {
	forms := headlineFormsWithin(s, limit-reportsLen(outlet))
	for k := len(forms) - 1; k >= 0; k-- {
		if h := forms[k]; len(analyze.LoadedAnywhere(h)) == 0 && !strings.ContainsAny(h, "?!") && len(stemSet(h)) >= minHeadlineStems && !tollAlone(h) {
			return reports(h, outlet)
		}
	}
	return ""
}

// withoutSaid drops the attribution at the end of a headline's sentence
// (", officials said"), when enough words stay before it.
func withoutSaid(s string) string {
	if loc := saidTail.FindStringSubmatchIndex(s); loc != nil && len(strings.Fields(s[:loc[0]])) >= minHeadlineWords {
		// "... is "close to done," the minister said": the quotation
		// closes after its comma, and stays closed without it
		return s[:loc[0]] + s[max(loc[2], 0):max(loc[3], 0)]
	}
	return s
}

// reportsLen is how many characters reports adds for outlet.
func reportsLen(outlet string) int {
	if outlet == "" {
		return 0
	}
	return utf8.RuneCountInString(reports("x", outlet)) - 1
}

// reports attributes a headline to the outlet that alone states it:
// "Ferry service cut to two crossings a day, The Ledger reports". An
// empty outlet leaves the headline as it is. The caller sees that the
// whole fits (see maxHeadline); only the last resort, a headline cut
// from the lead at a phrase, is shortened here to make room.
func reports(h, outlet string) string {
	if outlet == "" || h == "" {
		return h
	}
	return h + ", " + outlet + " reports"
}

// argues returns headline h, which ends by naming the one outlet that
// states it ("..., The Ledger reports"), as that outlet's argument
// ("..., The Ledger argues") when each of the outlet's reports in the
// story is commentary (see analyze.Report.Commentary): an editorial
// reports nothing.
func (d *draft) argues(h string) string {
	for _, r := range d.a.Reports {
		if !r.Commentary {
			continue
		}
		name := outletName(r)
		if head, ok := strings.CutSuffix(h, ", "+name+" reports"); ok && d.commentaryOf(name) {
			return head + ", " + name + " argues"
		}
	}
	return h
}

// commentaryOf reports whether the outlet named name has reports in the
// story and all of them are commentary.
func (d *draft) commentaryOf(name string) bool {
	found := false
	for _, r := range d.a.Reports {
		if outletName(r) != name {
			continue
		}
		if !r.Commentary {
			return false
		}
		found = true
	}
	return found
}

// slanted returns, as candidates of the headline alone, the opening
// sentences of reports (the first two), no guess at what may come, that
// the page may not carry only for their outlet's slant: a loaded or
// judging word that no cut of the body leaves out. A headline may take
// a form of such a sentence that leaves the slant out ("Protesters
// stormed the harbour board's offices" of a sentence that goes on to
// call the storming something): never the whole sentence, and only a form as
// long as a sentence of the page (minWords) that passes what every
// headline passes (see Neutral) and what a sentence of the page does
// (see standsAlone), leaves no part of its clause behind (see
// completeCut) and says which thing it tells of (see bareSubject and
// backReference; see slantLeftOut).
func (d *draft) slanted() []candidate {
	var out []candidate
	for i, s := range d.a.Sentences {
		r := d.a.Reports[s.Report]
		if !r.Independent || !r.Quotable || s.InQuote || s.Opinion || s.Personal || s.Index > 1 || d.attributedOnly(i) {
			continue // a report's opening tells its news; a guess heads no page so
		}
		switch d.refusal(i, asFact) {
		case "loaded word", "judges in its own voice":
			out = append(out, candidate{i: i, text: d.printed(i), cites: []int{r.Ref}, slanted: true})
		}
	}
	return out
}

// slantLeftOut reports whether h, a form of the slanted candidate c, may
// head the page (see draft.slanted).
func (d *draft) slantLeftOut(h string, c candidate) bool {
	return h != c.text && len(strings.Fields(h)) >= minWords && len(analyze.Evaluative(h)) == 0 && d.standsAlone(h+".") == "" &&
		completeCut(h, c.text) && !bareSubject(h) && d.backReference(h+".", nil) == ""
}

// titledHeadline is the headline that says what the outlets' titles
// say, in the words of a report's sentence: of every form that a
// headline may take (see headlineForms) of every sentence that may head
// the page, the one whose words best match the titles' words, each
// title word weighed by how many outlets' titles use it (see
// titleMatch). A form that one outlet alone states is attributed to it,
// and so is every form of a sentence that the page only reports as its
// outlet's (see attributedOnly). The forms include the clause of time or
// cause inside a sentence (see subordinateClauses).
// A form whose subject is bare ("The law was written ...", see
// bareSubject) heads the page only when no other form within
// maxHeadline matches a title word; a form that only its outlet's name
// takes past maxHeadline, up to longHeadline, only when neither does.
// The titles only choose: no title is copied, and no form is one
// outlet's title word for word. A sentence that tells how things stand
// (see tellsState) gives no form unless states is true. "" when fewer
// than two independent outlets give a title, or no form matches any
// title word.
func (d *draft) titledHeadline(cands []candidate, titles map[string]bool, states bool) string {
	weights := d.titleWeights()
	if len(weights) == 0 {
		return ""
	}
	// the best form within maxHeadline, and the best that its outlet's
	// name takes beyond it, up to longHeadline
	best, bestScore := "", 0.0
	long, longScore := "", 0.0
	vague, bareScore := "", 0.0 // the best form whose subject is bare (see bareSubject)
	for _, c := range cands {
		if !d.tellsAlone(c.text) || d.unresolved(c.text) || !states && tellsState(c.text) {
			continue
		}
		// a claim the page only reports as its outlet's (a disputed
		// figure, a guess at what may come) heads it as the outlet's too
		only := d.attributedOnly(c.i)
		outlet := outletName(d.a.Reports[d.a.Sentences[c.i].Report])
		forms := headlineForms(c.text)
		if h := phraseCut(c.text, ""); h != "" && completeCut(h, c.text) {
			forms = append(forms, h)
			// without the titles before the name that opens it, it may
			// leave room for the outlet's name (see withoutTitle)
			if t := withoutTitle(h); t != "" {
				forms = append(forms, t)
			}
		}
		// a cut that leaves room for the outlet's name, for a form that
		// one outlet states alone and that is too long with it
		if h := strings.TrimSuffix(phraseCut(c.text, outlet), ", "+outlet+" reports"); h != "" && completeCut(h, c.text) {
			forms = append(forms, h)
		}
		// the clause of time or cause inside it, which may be the news
		// that the titles tell ("... after Lena Marsh conceded the race")
		forms = append(forms, subordinateClauses(c.text)...)
		agreed := d.formsAgreed(c)
		attributed := func(h string) string {
			if only && !d.quotedWordsLeftOut(c.i, h) || !agreed(h) || hearsayLeftOut(c.text, h) {
				return reports(h, outlet)
			}
			return h
		}
		// each form that may head the page, as it would show: with its
		// outlet's name when it needs one (see reports)
		type shown struct{ form, h string }
		var named, nameless []shown
		for _, f := range forms {
			// only a whole form that leaves its outlet's slant out, and
			// says what it tells of
			if c.slanted && !d.slantLeftOut(f, c) || standing(f) || !d.mayHead(f, titles) || d.hidesPast(c.text, f) {
				continue
			}
			if h := attributed(f); utf8.RuneCountInString(h) <= longHeadline {
				if leavesNamesOut(c.text, f) {
					nameless = append(nameless, shown{f, h})
				} else {
					named = append(named, shown{f, h})
				}
			}
		}
		// a form that leaves out every name its sentence gives (see
		// leavesNamesOut) yields to one that names what the news is
		// about, which takes the room of the shorter one it stands in
		// for
		room := maxHeadline
		if len(named) == 0 {
			named = nameless
		} else if slices.ContainsFunc(nameless, func(f shown) bool { return utf8.RuneCountInString(f.h) <= maxHeadline }) {
			room = longHeadline
		}
		for _, sf := range named {
			stems := d.stemsOf(sf.form)
			score := titleMatch(stems, weights)
			bare := bareSubject(sf.form)
			if score <= min(bestScore, longScore) && (!bare || score <= bareScore) {
				continue
			}
			h := sf.h
			n := utf8.RuneCountInString(h)
			if bare {
				// "The law was written ...": only when no form that
				// says which heads the page within maxHeadline
				if n <= maxHeadline && score > bareScore && !d.namesLeftBare(h) {
					vague, bareScore = h, score
				}
				continue
			}
			if n > longHeadline || n > room && score <= longScore || n <= room && score <= bestScore {
				continue
			}
			if d.namesLeftBare(h) {
				continue // no room to name in full someone it calls by surname
			}
			if n > room {
				long, longScore = h, score
			} else {
				best, bestScore = h, score
			}
		}
	}
	// a form that is a whole clause only with its outlet's name past
	// maxHeadline heads the page when no shorter one tells what the
	// titles tell: the fallbacks would head it with a sentence that the
	// titles do not tell, or with the lead's whole clause
	switch {
	case best != "":
		return best
	case vague != "":
		return vague
	}
	return long
}

// definition matches a sentence that says what something is ("The
// harbour levy is a charge the council adds to ...", "HLV is a
// designation given to ..."): background that explains the news, not
// the news a headline tells. "The council is a step closer to ..." is
// news.
// founding matches a sentence that tells when something began ("The
// harbour board was founded in 1921"): background too.
var founding = regexp.MustCompile(`(?i)\b(was|were) (first )?(founded|established|built|born|created|formed|settled|incorporated|constructed|discovered) (in|on) (the )?\d{3,4}s?\b`)

// quotedWordsLeftOut reports whether h, a headline form of sentence i,
// is attributed only for words the page quotes as its outlet's (see
// draft.quoteLoaded) or for a contested stance label (see
// attributedOnly) and leaves them all out: what is left two outlets
// may state, as of any other sentence. A guess or a disputed figure
// stays its outlet's whatever the form.
func (d *draft) quotedWordsLeftOut(i int, h string) bool {
	s := d.a.Sentences[i]
	if !d.outletWords[i] && !d.labelled(s.Text) || s.Speculative && s.Speaker == "" || s.Disputed {
		return false
	}
	return len(analyze.Loaded(h)) == 0 && len(analyze.ContestedIn(d.a.Contested, h)) == 0 && (!d.outletWords[i] || !strings.ContainsAny(h, `"“”`))
}

// standing reports whether a sentence tells what something is, who
// makes or runs it, or when it began (see definition, ownership,
// founding and portrait) rather than what happened.
func standing(t string) bool {
	return definition.MatchString(t) || founding.MatchString(t) || describes(t) || portrays(t)
}

// tellsState reports whether the main clause of t tells how things
// stand rather than what happened: its verb, right after its subject
// and any aside, is a present "is", "are" or "remains", denied or not,
// that no participle, "-ing" form, "to", "now" or "no longer" follows
// ("Kell United is in the middle of a ten-year lease", "Marsh remains
// fond of the old quay"), a present "does not" ("The board does not
// publish its minutes"), a present perfect with "always" or "long"
// ("Lowe has always gone for the long view"), or a denied one ("Tarrow
// hasn't been discussed much as a contender"). Reports say such things
// to explain their news; a headline tells the news, and a state heads
// the page only when no sentence tells what happened.
func tellsState(t string) bool {
	words := strings.Fields(text.Normalize(t))
	if len(words) < 3 {
		return false
	}
	low := func(j int) string { return strings.ToLower(strings.Trim(words[j], `"'“”‘’(),;:.`)) }
	start := 0
	if first := low(0); first == "according" || analyze.OpensPhrase(first) || analyze.OpensClause(first) || leadIns[first] {
		// the main clause starts after the opening's comma
		for start < len(words) && !strings.HasSuffix(words[start], ",") {
			start++
		}
		start++
	}
	aside := -1 // the word whose comma closes an aside after the subject ("Lena Marsh, 62, is ...")
	for k := start + 1; k < len(words)-1; k++ {
		if strings.ContainsAny(words[k-1], ";:") {
			return false
		}
		if strings.HasSuffix(words[k-1], ",") && k-1 != aside {
			if aside >= 0 {
				return false // a second clause before the verb
			}
			// the aside runs to its closing comma; the verb follows it
			for k < len(words)-1 && !strings.HasSuffix(words[k], ",") {
				k++
			}
			aside = k
			continue
		}
		verb, next := low(k), low(k+1)
		switch verb {
		case "is", "are", "remains", "remain":
			if next == "not" && k+2 < len(words) {
				next = low(k + 2) // "is not holding back" tells of now; "is not her lawyer" how things stand
			}
			if strings.HasSuffix(next, "ly") && next != "only" && k+2 < len(words) {
				next = low(k + 2) // "is permanently closing" tells of now; "is likely to" of what comes
			}
			return !(next == "now" || next == "to" || strings.HasSuffix(next, "ing") || finiteWord(next) || next == "being" ||
				next == "no" && k+2 < len(words) && low(k+2) == "longer")
		case "does", "do":
			return next == "not"
		case "doesn't", "don't", "hasn't", "haven't":
			return true
		case "has", "have":
			return next == "always" || next == "long"
		}
		// a verb of its own first: the subject's clause tells something
		// else ("Lowe said the pier is unsafe")
		if !isCapitalised(words[k]) && (finiteWord(verb) || speechVerb(verb) || verb == "that" || verb == "who" || verb == "which") {
			return false
		}
	}
	return false
}

// portrays reports whether the main clause of t is a portrait (see
// portrait): the words before "is" are its subject, with no verb of
// their own ("The board said it is one of the firms that ..." is what
// the board said).
func portrays(t string) bool {
	m := portrait.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’()`))
		if finiteWord(low) || beForms[low] || speechVerb(low) || saysWords[low] || low == "that" {
			return false
		}
	}
	return true
}

// portrait matches a sentence that says, in the present, what kind of
// person or thing its subject is, with a clause that says which ("Lena
// Marsh is a 33-year-old diver and harbour pilot who has worked in
// Tarrow for years", "Kell is one of 10 towns that ...") or what it is
// known for ("Marsh is best known for her rescue of ..."): who someone
// is, which the body's background tells, not what happened.
var portrait = regexp.MustCompile(`^([^,]{1,60}?) (?:is|are) (?:(?:a|an|one of) [^,;]{1,80}? (?:who|that|which|whose|where)\b|(?:best |widely |perhaps best )?known (?:for|as)\b)`)

// describes reports whether the main clause of t tells who makes, owns or
// runs its subject, or where it is (see ownership); a relative clause
// that does ("The line, which is owned by ..., cut ...") is an aside of
// other news.
func describes(t string) bool {
	loc := ownership.FindStringIndex(t)
	if loc == nil {
		return false
	}
	head := " " + strings.ToLower(t[:loc[1]]) + " "
	for _, rel := range []string{" who ", " which ", " that ", " whose "} {
		if strings.Contains(head, rel) {
			return false
		}
	}
	return true
}

// ownership matches a sentence that tells, in the present, who makes,
// owns or runs something or where it is ("The film is directed by ...",
// "The ferry line is owned by ..."): a standing description, not news.
var ownership = regexp.MustCompile(`(?i)^.{0,80}?\b(is|are) (directed|written|produced|owned|run|operated|based|located|headquartered|published) (by|in)\b`)

var definition = regexp.MustCompile(`^(The |A |An )?[^ ,]+( [^ ,]+){0,3} (is|are) (a|an) ([\p{L}-]+ ){1,3}(that|which|who|the|for|of|used|given|designed|made|where|in|during|dedicated)\b`)

// titleWeights are the words of the independent outlets' titles, each
// weighed by how many outlets' titles use it; none when fewer than two
// outlets give a title.
func (d *draft) titleWeights() map[string]float64 {
	if d.titleCache != nil {
		return d.titleCache
	}
	weights := map[string]float64{}
	seen := map[int64]bool{}
	for ri, r := range d.a.Reports {
		t := trimOutlet(r.Title, r.Outlet)
		if !r.Independent || t == "" || seen[d.outlets[ri]] {
			continue
		}
		seen[d.outlets[ri]] = true
		for _, st := range d.stemsOf(t) {
			weights[st]++
		}
	}
	if len(seen) < 2 {
		weights = map[string]float64{}
	}
	d.titleCache = weights
	return weights
}

// titleMatch is the F1 of a form's stems against the titles' words:
// precision is the share of its stems that some title uses, recall the
// share of the titles' word weight (outlets using each word) it holds.
func titleMatch(stems []string, weights map[string]float64) float64 {
	if len(stems) == 0 {
		return 0
	}
	var total, held float64
	hits := 0
	for _, w := range weights {
		total += w
	}
	for _, st := range stems {
		if w, ok := weights[st]; ok {
			hits++
			held += w
		}
	}
	if hits == 0 || total == 0 {
		return 0
	}
	p, r := float64(hits)/float64(len(stems)), held/total
	return 2 * p * r / (p + r)
}

// agreedOn reports whether two or more independent outlets state the
// claim of a headline: by the support check of Verify, and saying of the
// people it names what it says (see report.saysOf), as a cite must, or
// in their own title (see report.titleSays). A report that names the
// same first lady in a sentence about a booklet does not back "her
// spokeswoman castigated the press".
func (d *draft) agreedOn(h string) bool {
	c := d.claimOf(h)
	return d.agreedOnClaim(c, d.predicate(h, c))
}

// agreedOnClaim is agreedOn for the claim c of a headline and its
// predicate pred.
func (d *draft) agreedOnClaim(c claim, pred []string) bool {
	return d.twoOutlets(func(ri int) bool {
		return d.reports[ri].supports(c) == "" && d.reports[ri].saysOf(c, pred) || d.reports[ri].titleSays(c, pred)
	})
}

// twoOutlets reports whether the independent reports for which ok holds
// come from two or more outlets.
func (d *draft) twoOutlets(ok func(ri int) bool) bool {
	outlets := map[int64]bool{}
	for ri, r := range d.a.Reports {
		if r.Independent && !outlets[d.outlets[ri]] && ok(ri) {
			outlets[d.outlets[ri]] = true
		}
	}
	return len(outlets) >= 2
}

// formsAgreed returns what tells whether two or more independent outlets
// state h, a headline form of candidate c: they state h itself (see
// agreedOn), or
// c stands in the desk's own voice and they back c while saying what h
// says of the people it names. A form is a part of its sentence, and
// outlets that tell the sentence's fact in their own words may share
// fewer than half of the part's words ("rescinded a rule that would
// have turned away foreign boats" for "dropped its plan to bar foreign
// trawlers"); they must still hold some of what h says happened, so a
// form that keeps only what one outlet adds ("resigned", of a sentence
// whose backers tell only the vote that followed) stays its outlet's.
// On NeuS (`unbiased eval desk --leans given`) it let two headlines
// stand without an outlet's name, one of them the story's news where a
// side fact had headed the page. Which reports back c whole is found
// once, when a form first asks.
func (d *draft) formsAgreed(c candidate) func(h string) bool {
	var whole claim
	var backers map[int]bool // nil until asked for; empty when c is not the desk's
	return func(h string) bool {
		hc := d.claimOf(h)
		pred := d.predicate(h, hc)
		if d.agreedOnClaim(hc, pred) {
			return true
		}
		if backers == nil {
			backers = map[int]bool{}
			if d.deskVoice(c) {
				whole = d.claimOf(c.text)
				for ri, r := range d.a.Reports {
					if slices.Contains(c.cites, r.Ref) && d.reports[ri].supports(whole) == "" {
						backers[ri] = true
					}
				}
			}
		}
		if len(backers) == 0 {
			return false
		}
		return d.twoOutlets(func(ri int) bool { return backers[ri] && d.reports[ri].saysOf(whole, pred) })
	}
}

// claimOf is newClaim(t) with the surname that opens t, when it is
// one of the story's people: newClaim alone cannot tell "Marsh said
// ..." from "Officials said ...", and a report that does not name her
// does not say what she said.
func (d *draft) claimOf(t string) claim {
	c := newClaim(t)
	names := d.namesOf(text.Normalize(t))
	if len(names) == 0 || !strings.HasPrefix(strings.TrimLeft(text.Normalize(t), `"'(`), names[0]) {
		return c
	}
	if first := text.Unpossessive(names[0]); d.people[first] && !strings.Contains(first, " ") {
		c.names = append(c.names, name{last: strings.ToLower(first), phrase: strings.ToLower(first)})
	}
	return c
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

// lowQuote reports whether s opens with a quotation whose first letter
// is in lower case: a headline cannot raise it without misquoting.
func lowQuote(s string) bool {
	t := strings.TrimLeft(s, `"'“‘`)
	if t == s {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// titleKey is a title's words in lower case, for telling whether a
// headline is some outlet's title.
func titleKey(t string) string { return strings.Join(text.Tokens(text.Normalize(t)), " ") }

// pronounAlone reports whether a headline calls someone "him" or "her"
// without naming them: an object pronoun stands for someone other than
// its clause's subject, so a headline that names only one person before
// it ("Lowe hired her in 2006") leaves the reader asking whom. "her" before
// a noun is a possessive ("her husband") and means whoever is named. A
// headline's first word counts as a name only when the story never
// writes it in lower case ("Harbour master Lena Marsh met her").
func (d *draft) pronounAlone(h string) bool {
	words := strings.Fields(h)
	names, inName := 0, false
	for k, raw := range words {
		w := strings.Trim(raw, `"'“”‘’(),;:.`)
		low := strings.ToLower(w)
		object := low == "him" || low == "her" && (k == len(words)-1 || strings.ContainsAny(raw, ",;:") || pronounEnd(words[k+1]))
		// a subject after an aside ("..., Lowe says, she made the
		// rules") may be anyone the report named before
		afterAside := (low == "he" || low == "she") && k > 0 && strings.HasSuffix(words[k-1], ",")
		if (object || afterAside) && k > 0 {
			return names < 2
		}
		capital := isCapitalised(w) && !(k == 0 && (articles[low] || d.lower[low]))
		if capital && !inName {
			names++
		}
		inName = capital && !strings.ContainsAny(raw, ",;:")
	}
	return false
}

// pronounEnd reports whether the word after "her" shows it to be an
// object, not a possessive: a preposition, a conjunction, "to" or a
// figure.
func pronounEnd(next string) bool {
	low := strings.ToLower(strings.Trim(next, `"'“‘(`))
	return phraseWords[low] || low == "and" || low == "to" || low == "as" || low == "about" || strings.ContainsAny(low, "0123456789")
}

// deskVoice reports whether candidate c stands in the desk's own voice
// (see ownVoice).
func (d *draft) deskVoice(c candidate) bool {
	u, ok := d.unlabelled(c.text)
	return ok && d.ownVoice(c.i, u, c.cites)
}
