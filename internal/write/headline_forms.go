package write

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// The shorter wordings of a sentence that may head a page (see
// headlineForms), and the grammar that tells where a sentence may be cut
// and still say what it said, which the judging of sentences, the
// furniture checks and agreedForms read too.

// completeCut reports whether a headline cut at a phrase from sentence
// s still says something whole:
//   - the cut falls before a phrase, not at a comma, which may part the
//     words of one noun phrase ("150 million rapid, low-cost tests"),
//     and not before where something went ("poured $8 million into",
//     "moved to"; see wantsPlace),
//     who did what a passive tells ("will be honoured by"), what a
//     sum is ("$2 million in repairs"), or the rest of a phrase joined
//     by "or" ("in duplicate or improper grants");
//   - its last word is no adjective ("rapid", "easier"), no adverb that
//     leans on what follows ("even"), no verb that wants an object
//     ("Lowe defended") and no participle after a noun ("the claims
//     directed");
//   - a clause it opens with "that" has a verb ("confirmed that Lena
//     Marsh" has none);
//   - it holds a verb that surely is one (see pastOrAux).
func completeCut(h, s string) bool {
	// h is cut from cutBase(s), its first letter raised
	base := cutBase(s)
	_, size := utf8.DecodeRuneInString(h)
	i := strings.Index(base, h[size:])
	if i < 0 {
		return false
	}
	return wholeCut(h, base[i+len(h)-size:])
}

// regionAside matches the region set off by commas after a place's name:
// ", Kestov,", ", North Tarrow,", ", Ore.,", ", D.C.,".
var regionAside = regexp.MustCompile(`^, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+)?|(?:[A-Z]\.){2}),`)

// wholeCut is completeCut for a cut h and the words rest that it leaves
// out.
func wholeCut(h, rest string) bool {
	if m := regionAside.FindString(rest); m != "" && isCapitalised(text.LastWord(h)) {
		// the region of the place h ends on ("... downtown Dunmere,
		// Kestov, on Saturday ..."): when a phrase follows it, the cut
		// is whole if one before that phrase would be
		if next := strings.Fields(rest[len(m):]); len(next) > 0 && phraseWords[next[0]] && next[0] != "or" && next[0] != "but" {
			return wholeCut(h, rest[len(m):])
		}
	}
	if strings.HasPrefix(rest, ",") {
		// a comma may close an aside that h opened, or an item of a
		// list; before "which" it opens a clause that adds to a clause
		// that is whole ("... sold the old ferry to Kell Boatworks,
		// which will refit it"), and so does ", and" before a clause
		// of its own, whose subject is a pronoun ("Lowe quit the
		// board, and he told them why"). One in "who" is left: it
		// often says who the person named just before it is
		low := strings.ToLower(rest)
		adds := strings.HasPrefix(low, ", which ")
		for _, p := range []string{"he", "she", "they", "it", "we"} {
			adds = adds || strings.HasPrefix(low, ", and "+p+" ")
		}
		return !strings.Contains(h, ",") && adds && hasVerb(h) && !wantsMore(strings.Fields(h))
	}
	words := strings.Fields(h)
	last := strings.ToLower(strings.Trim(words[len(words)-1], `"'“”‘’(),;:.`))
	// the phrase cut off completes the verb: where something went
	// ("poured $800 million into"), or who did what the passive tells
	// ("will be honoured by")
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	switch next = strings.ToLower(next); {
	case next == "into" || next == "onto":
		return false
	case (next == "to" || next == "toward" || next == "towards") && wantsPlace(words):
		return false
	case next == "by" && (irregularPast[last] || strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "en")):
		return false
	case (next == "in" || next == "of" || next == "for") && amount(last):
		return false // "$27.6 million in duplicate rebates": what the sum is
	case next == "or":
		return false // "in duplicate or improper rebates": one phrase
	case (next == "in" || next == "on") && last == "foot" && len(words) > 1 && strings.EqualFold(words[len(words)-2], "set"):
		return false // "the first to set foot | in Tarrow": where is the news
	}
	if adjectiveEnd(last) || strings.HasSuffix(last, "ier") && !ierNouns[last] || objectVerbs[last] || hangingWords[last] || dangles[last] || superlativeAt(words, len(words)-1) {
		return false
	}
	if participleAfterNoun(words) || cutsComplement(words, rest) || partsSecondSubject(h, rest) || leavesModifier(words, rest) || reasonLeftOut(words, rest) {
		return false
	}
	low := " " + strings.ToLower(h) + " "
	if i := strings.LastIndex(low, " that "); i >= 0 && (!hasVerb(low[i+6:]) || copulaLeftOut(rest)) {
		return false
	}
	return pastOrAux(h)
}

// copulaLeftOut reports whether the words a cut leaves out open with a
// phrase and go on, before any comma or clause of their own, to the
// "is" or "are" of the clause that the cut's "that" opened: "said that
// new reports saying his aides met the envoy | during the campaign are
// false" has lost its verb, "are".
func copulaLeftOut(rest string) bool {
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) == 0 || !phraseWords[strings.Trim(ws[0], `"'“‘(`)] {
		return false
	}
	for _, w := range ws {
		core := strings.Trim(w, `"'“”‘’(),;:.`)
		switch {
		case opensInnerClause[core] || subordinators[core]:
			return false // a clause of its own, with its own verb
		case core == "is" || core == "are" || core == "was" || core == "were":
			return true
		}
		if strings.ContainsAny(w, ",;:—–") {
			return false
		}
	}
	return false
}

// nounComplements are nouns with the preposition that opens what they
// are of, for, in or about, which a cut before it leaves out: "full
// confidence | in the secretary", "a ban | on imports", "access | to
// the files".
var nounComplements = map[string]bool{}

func init() {
	for _, p := range []string{
		"confidence in", "trust in", "faith in", "belief in", "interest in", "stake in", "role in", "say in",
		"support for", "respect for", "responsibility for", "credit for", "need for", "demand for", "calls for", "call for",
		"access to", "threat to", "opposition to", "commitment to", "response to", "exposure to", "resistance to", "end to",
		"ban on", "limit on", "limits on", "cap on", "crackdown on", "attack on", "attacks on", "impact on", "effect on",
		"pressure on", "focus on", "stance on", "position on", "views on",
		"ties with", "talks with", "contact with", "relationship with", "dispute with",
	} {
		nounComplements[p] = true
	}
}

// subordinators open a clause of time, cause or condition, which holds a
// verb of its own.
var subordinators = map[string]bool{
	"after": true, "before": true, "because": true, "while": true, "when": true, "if": true,
	"as": true, "since": true, "although": true, "though": true, "unless": true, "until": true,
}

// sharedObject reports whether a cut, whose words are head, ends on a
// past form that shares its object with a past form after "and" or "or"
// in rest: "Divers inspected | and repaired the piles".
func sharedObject(head, rest []string) bool {
	if len(head) == 0 || len(rest) < 2 {
		return false
	}
	conj := strings.ToLower(rest[0])
	last := strings.ToLower(strings.Trim(head[len(head)-1], `"'“”‘’()`))
	return (conj == "and" || conj == "or") && pastForm(last) && pastForm(strings.ToLower(strings.Trim(rest[1], `"'“”‘’(),;:.`)))
}

// leavesModifier reports whether a cut ends on a noun phrase that says
// only that there was something ("a plan", "detailed guidance") and
// leaves out the words after it that say which or what: a participle
// ("a scheme | giving ferry passes to ..."), a participle and its
// preposition ("a measure | meant to ..."), a clause without a
// comma ("a rule | that bars ..."), or what it is about ("detailed
// guidance | on how to ..."); or an infinitive's object ("to entice |
// buyers"); or, after a past form, a second one that shares its object
// ("shouted | and attacked the mayor").
func leavesModifier(words []string, rest string) bool {
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) < 2 {
		return false
	}
	next, after := strings.Trim(ws[0], `"'“‘(`), strings.Trim(ws[1], `"'“”‘’(),;:.`)
	if strings.ContainsAny(ws[0], ",;:") {
		return false
	}
	if n := len(words); n >= 2 && strings.EqualFold(words[n-2], "to") && bareVerb(words[n-1]) && !strings.ContainsAny(words[n-1], `"'“”‘’()`) &&
		!phraseWords[next] && !timeWords[next] && !opensInnerClause[next] && next != "and" && !analyze.CalendarWord(next) && unicode.IsLower([]rune(next)[0]) {
		return true // "to entice | people": the verb without its object
	}
	if (next == "on" || next == "about" || next == "over") && askWords[after] {
		return true // "instructions | on how to ...": on what?
	}
	if sharedObject(words, ws) {
		return true // "Lowe shouted | and attacked the mayor": the two share their object
	}
	if !indefiniteEnd(words) {
		return false
	}
	switch {
	case next == "that" || next == "which" || next == "who":
		return true
	case len(next) > 5 && strings.HasSuffix(next, "ing") && !notParticiples[next]:
		return true // "a scheme | giving passes"
	case (strings.HasSuffix(next, "ed") || irregularPast[next]) && modifierPrepositions[after]:
		return true // "a measure | meant to", "a bill | backed by"
	}
	return false
}

// pastForm reports whether w is a past form: in -ed, or an irregular one.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]
}

// cutRest returns the words that the form f, a cut at the start of one
// of bases, leaves out; false when f starts none of them or is whole.
func cutRest(f string, bases []string) (string, bool) {
	for _, b := range bases {
		if rest, ok := strings.CutPrefix(b, f); ok && rest != "" {
			return rest, true
		}
	}
	return "", false
}

// reasonLeftOut reports whether a cut of the given words, which leaves
// out rest, ends inside what someone said and leaves out how they said
// it happened: "Lowe has said that he hit the pier | by accident". What
// is left is not what they said: the manner was their claim.
func reasonLeftOut(words []string, rest string) bool {
	if !reportedReason.MatchString(strings.TrimSpace(strings.ToLower(rest))) {
		return false
	}
	for k, w := range words[:len(words)-1] {
		if w = strings.ToLower(strings.Trim(w, `,;:"“”`)); (speechVerb(w) || saysWords[w]) && k+2 < len(words) {
			return true
		}
	}
	return false
}

// reportedReason matches the opening of a phrase that says how or from
// what motive something was done: "in self-defence", "by mistake", "out
// of fear".
var reportedReason = regexp.MustCompile(`^(?:in self[- ]?defen[cs]e|by (?:accident|mistake)|in error|accidentally|unintentionally|inadvertently|out of (?:fear|concern)|for fear)\b`)

// askWords open what a question asks: "on how", "about whether".
var askWords = map[string]bool{
	"how": true, "what": true, "whether": true, "why": true, "which": true, "who": true,
}

// modifierPrepositions follow a participle that says which thing a
// noun names: "meant to", "aimed at", "backed by", "known as".
var modifierPrepositions = map[string]bool{
	"to": true, "at": true, "by": true, "as": true, "for": true, "against": true, "with": true,
}

// notParticiples end in -ing and open a phrase of time or of what is
// included, or are nouns.
var notParticiples = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`during including following according regarding concerning pending
		excluding morning evening nothing anything something everything building meeting hearing briefing
		ruling funding wedding spending`) {
		notParticiples[w] = true
	}
}

// indefiniteEnd reports whether words end on the object of a verb that
// "a" or "an" opens ("scrapped a scheme"): at most three words after it,
// all lower-case and no preposition, and no preposition before it. A
// count ("unveiled six measures") says more than that there was one.
func indefiniteEnd(words []string) bool {
	n := len(words)
	for k := n - 2; k >= max(1, n-4); k-- {
		w := strings.ToLower(words[k])
		if w != "a" && w != "an" {
			continue
		}
		if phraseWords[strings.ToLower(words[k-1])] || strings.ToLower(words[k-1]) == "of" || strings.ContainsAny(words[k-1], ",;:") {
			return false
		}
		for _, x := range words[k+1:] {
			if x != strings.ToLower(x) || phraseWords[x] || strings.ContainsAny(x, ",;:") {
				return false
			}
		}
		return true
	}
	return false
}

// ierNouns end like a comparative ("easier", "riskier") and are nouns:
// a cut may end on them.
var ierNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`pier piers tier soldier frontier cashier courier barrier premier dossier
		carrier supplier financier glacier atelier brigadier chandelier`) {
		ierNouns[w] = true
	}
}

// partsSecondSubject reports whether a cut ends on the subject of a
// second clause that "and" opens, whose verb the cut leaves out: "...
// ordered residents to stay home and the Tarrow board | on Friday told
// ...". The words after the last "and" hold no verb, and the words cut
// off open with a phrase of place or time that a verb follows.
func partsSecondSubject(h, rest string) bool {
	i := strings.LastIndex(h, " and ")
	if i < 0 || hasVerb(h[i+len(" and "):]) {
		return false
	}
	words := strings.Fields(firstClause(rest))
	if len(words) < 2 || !phraseWords[strings.ToLower(words[0])] || opensInnerClause[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1:min(len(words), 5)] {
		if finiteWord(strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))) {
			return true
		}
	}
	return false
}

// cutsComplement reports whether a cut that keeps words and leaves out
// rest parts words that belong together:
//   - a verb in "be" and a participle from the phrase it wants ("is being
//     credited | with a record shot", "are working | on a paper", "was
//     sentenced | to 13 years"), unless that phrase only tells when ("was
//     closed | on Monday");
//   - the halves of a compound preposition ("is wanted in connection |
//     with", "as part | of", "in response | to");
//   - a verb of asking, its object and what was asked ("are asking the
//     court | for instructions"), or a verb of telling and what was told
//     ("will tell the conference | in Florida that ...");
//   - a verb of saying and what was said, when the words after the verb
//     hold no verb ("an official says the death rate | in ...").
func cutsComplement(words []string, rest string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	low := func(k int) string { return strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`)) }
	restWords := strings.Fields(strings.ToLower(rest))
	if len(restWords) == 0 {
		return false
	}
	next := strings.Trim(restWords[0], `"'“‘(`)
	after := ""
	if len(restWords) > 1 {
		after = strings.Trim(restWords[1], `"'“”‘’(),;:.`)
	}
	if completesVerb(words, next) {
		return true
	}
	last, prev := low(n-1), low(n-2)
	verbForm := len(last) > 4 && (strings.HasSuffix(last, "ing") || strings.HasSuffix(last, "ed")) || irregularPast[last]
	if verbForm && (beForms[prev] || auxiliaries[prev]) && complementWords[next] &&
		!analyze.CalendarWord(after) && !timeWords[after] && !strings.ContainsAny(after, "0123456789") {
		return true
	}
	if (prev == "in" || prev == "on" || prev == "as" || prev == "with") && (next == "with" || next == "to" || next == "of") {
		return true
	}
	if next == "from" && leaveVerbs[last] {
		return true // "plans to withdraw | from the treaty": withdraw from what?
	}
	if nounComplements[last+" "+next] && !analyze.CalendarWord(after) && !timeWords[after] && !strings.ContainsAny(after, "0123456789") {
		return true // "had full confidence | in the secretary": confidence in whom?
	}
	if usesAs(words, rest) {
		return true // "plans on using his speech | at the rally as a show of force": using it as what?
	}
	if wantsPhrase(prev, last, next, after) {
		return true // "asked the court to consider its restrictions | on ...": restrictions on what?
	}
	if superlativeBounds[next] && superlativeEnd(words) {
		return true // "the largest rescue | in 11 years": the largest since when?
	}
	if last == "yet" && superlativeEnd(words[:n-1]) && yetComplements[next] && !analyze.CalendarWord(after) && !timeWords[after] {
		return true // "his sharpest criticism yet | at the board", "the clearest sign yet | that ...": of what?
	}
	for k := max(0, n-6); k < n; k++ {
		stem := verbStem(low(k))
		if askVerbs[stem] && (next == "to" || next == "for") {
			return true // "are asking the court | for instructions"
		}
		if askVerbs[stem] && (strings.HasSuffix(low(k), "ed") || k > 0 && (auxiliaries[low(k-1)] || low(k-1) == "to")) && infinitiveIn(restWords) {
			return true // "called for the vote | on the nominee to be delayed": the cut turns the call around
		}
		if barVerbs[low(k)] && next == "from" {
			return true // "blocked President Lowe | from ending the levy": blocked from what?
		}
		if tellVerbs[stem] && !hasVerb(strings.Join(words[k+1:], " ")) {
			return true // "will tell the conference | in Florida this week he is ...": told what?
		}
	}
	for k := n - 1; k >= 0; k-- {
		if saysWords[low(k)] {
			// a verb that surely is one: "record numbers of delays"
			// would pass for a noun and a verb in -s
			return k < n-1 && !pastOrAux(strings.Join(words[k+1:], " "))
		}
	}
	return false
}

// infinitiveIn reports whether words, up to their first comma, hold an
// infinitive ("to be delayed", "to reopen"): what someone was asked or
// called on to do.
func infinitiveIn(words []string) bool {
	for k, w := range words {
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		if w == "to" && k+1 < len(words) && (strings.Trim(words[k+1], ",;:.") == "be" || bareVerb(words[k+1])) {
			return true
		}
	}
	return false
}

// usesAs reports whether a verb of using among the last words kept
// wants an "as" or an infinitive of purpose that the words cut off hold
// before their first comma ("using the hall | on Monday as a shelter",
// "will use her address | on the quay to call for new piles").
func usesAs(words []string, rest string) bool {
	used := false
	for _, w := range words[max(0, len(words)-5):] {
		switch strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`)) {
		case "use", "uses", "used", "using":
			used = true
		}
	}
	if !used {
		return false
	}
	clause, _, _ := strings.Cut(rest, ",")
	ws := strings.Fields(strings.ToLower(clause))
	return slices.Contains(ws, "as") || infinitiveIn(ws)
}

// wantsPhrase reports whether the noun last wants the phrase that next
// opens (after is the word after next) to say what it is about: a limit
// on something ("the restrictions | on pilots", "a pause | on
// payments"), what time or money went on ("wasting their time | on the
// bill"), what is backed ("his support | for the bill"), a change in
// something ("a rise | in fares"), a stake in something ("from
// investing | in the firm") or an aim ("its efforts | to reunite
// families"). Without it the headline names a thing and not what the
// news says of it. After an auxiliary, "to" or a pronoun (prev)
// the word is a verb ("fares will rise | in May"), which may do without
// the phrase.
func wantsPhrase(prev, last, next, after string) bool {
	if auxiliaries[prev] || prev == "to" || subjectPronoun(prev) {
		return false // "prices will rise | in May": a verb, which may do without it
	}
	one := strings.TrimSuffix(last, "s")
	switch next {
	case "on", "against":
		if next == "on" && spentNouns[last] && !analyze.CalendarWord(after) && !timeWords[after] {
			return true // "stop wasting their time | on the bill": on what?
		}
		return limitNouns[last] || limitNouns[one]
	case "in":
		return changeNouns[last] || changeNouns[one]
	case "to":
		return (aimNouns[last] || aimNouns[one]) && bareVerb(after)
	case "for":
		return backingNouns[last]
	}
	return false
}

// superlativeBounds open the phrase that bounds a superlative: "the
// largest rescue in 11 years", "the highest fares since 2009", "the first
// of its kind", "the worst storm on record".
var superlativeBounds = map[string]bool{"in": true, "since": true, "of": true, "on": true, "ever": true, "among": true, "this": true, "for": true}

// yetComplements open what a noun that "yet" bounds is of, at or about:
// "the clearest sign yet | that the pier will close", "her strongest
// attack yet | on the board", "its biggest fine yet | for a ferry line".
// Cut before it, the headline names a superlative and not what it is of.
var yetComplements = map[string]bool{"that": true, "of": true, "at": true, "on": true, "against": true, "to": true, "for": true, "over": true}

// superlativeEnd reports whether words end on a noun phrase that a
// superlative opens, up to three words after it: "the largest
// single-day rescue", "the most costly storm", "its worst month".
func superlativeEnd(words []string) bool {
	for k := len(words) - 1; k >= 1 && k >= len(words)-4; k-- {
		if superlativeAt(words, k) {
			return true
		}
	}
	return false
}

// superlativeAt reports whether words[k] is a superlative after a
// determiner: "the largest", "its most", "their worst".
func superlativeAt(words []string, k int) bool {
	if k < 1 {
		return false
	}
	w := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))
	switch strings.ToLower(words[k-1]) {
	case "the", "its", "their", "his", "her":
	default:
		return false
	}
	return w == "most" || w == "least" || w == "best" || w == "worst" || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlatives[w]
}

// notSuperlatives end in -est and are no superlative.
var notSuperlatives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`interest protest arrest request forest contest suggest honest modest
		digest invest harvest manifest conquest inquest unrest priest behest attest detest infest
		midwest southwest northwest interests protests arrests requests forests contests`) {
		notSuperlatives[w] = true
	}
}

// backingNouns want what is backed or asked for ("expressed his support
// | for the bill").
var backingNouns = map[string]bool{"support": true, "backing": true, "funding": true, "demand": true, "demands": true, "praise": true}

// spentNouns are what is spent or wasted, which wants what it is spent
// on ("wasting its time | on the levy").
var spentNouns = map[string]bool{"time": true, "money": true, "energy": true, "resources": true}

// limitNouns want what they limit, ban or weigh on ("on" or "against").
// changeNouns want what changed or what one takes part in ("in"); aimNouns
// want what was aimed at (an infinitive).
var limitNouns, changeNouns, aimNouns = map[string]bool{}, map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`restriction limit limitation ban pause moratorium freeze cap tax tariff
		sanction crackdown curb embargo levy duty penalty fine charge ceiling lid hold veto block`) {
		limitNouns[w] = true
	}
	for _, w := range strings.Fields(`rise increase jump surge spike drop fall decline decrease dip slump cut
		reduction growth change shift investing investment invest stake participation interference
		involvement`) {
		changeNouns[w] = true
	}
	for _, w := range strings.Fields(`effort attempt bid plan push move decision request proposal promise pledge
		vow call campaign drive failure refusal willingness intention threat order deal agreement`) {
		aimNouns[w] = true
	}
}

// leaveVerbs want what is left: "withdraw from the treaty", "resigned
// from the board".
var leaveVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`withdraw withdraws withdrew withdrawn withdrawing resign resigns
		resigned resigning exit exits exited exiting secede secedes seceded seceding`) {
		leaveVerbs[w] = true
	}
}

// barVerbs want someone and what they are kept from: "blocked the
// council | from closing the pier".
var barVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`block blocks blocked blocking bar bars barred barring ban bans banned
		banning prevent prevents prevented preventing stop stops stopped stopping keep keeps kept keeping
		prohibit prohibits prohibited prohibiting exclude excludes excluded excluding`) {
		barVerbs[w] = true
	}
}

// verbStem is a verb in lower case stripped of "-ing", then "-ed", then
// "-s", as askVerbs and tellVerbs list them: "asking" is "ask", "warned"
// "warn", "tells" "tell".
func verbStem(low string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(low, "ing"), "ed"), "s")
}

// askVerbs, stripped of "-ing", "-ed" or "-s", want someone and what
// they are to do: "asked residents | to stay indoors", "asking the court
// | for instructions".
var askVerbs = map[string]bool{
	"ask": true, "urg": true, "urge": true, "call": true, "forc": true, "force": true, "allow": true,
	"encourag": true, "encourage": true, "order": true, "want": true, "push": true, "press": true,
	"invit": true, "invite": true, "requir": true, "require": true, "petition": true, "begg": true, "beg": true,
}

// tellVerbs, stripped as askVerbs are, want someone and what they are
// told: "will tell the conference | that ...", "warned residents | to
// ...", "notified the captain | through her union that ...".
var tellVerbs = map[string]bool{"tell": true, "told": true, "warn": true, "remind": true, "assur": true, "assure": true, "inform": true,
	"notifi": true, "notify": true, "advis": true, "advise": true}

// complementWords open the phrase that a passive or progressive verb
// often wants: "credited with", "working on", "sentenced to".
var complementWords = map[string]bool{
	"with": true, "on": true, "for": true, "about": true, "of": true, "as": true, "to": true,
	"against": true,
}

// saysWords tell that someone said what follows them.
var saysWords = map[string]bool{"says": true, "said": true, "say": true, "announced": true, "believes": true, "reported": true}

// wantsPlace reports whether the words end on what wants the place it
// goes to after it: a verb ("moved", "will go", "going") or a sum ("rose
// by $2 million" ... "to"). After its object a verb has what it needs:
// "is sending 150 million tests" may end before "to the states".
func wantsPlace(words []string) bool {
	last := strings.ToLower(strings.Trim(words[len(words)-1], `"'“”‘’(),;:.`))
	prev := ""
	if len(words) > 1 {
		prev = strings.ToLower(words[len(words)-2])
	}
	return finiteWord(last) || beForms[last] || amount(last) || strings.HasSuffix(last, "ing") || auxiliaries[prev] || prev == "to"
}

// casualtyEnd reports whether a cut ends on who died or was hurt
// ("Three crew members died | when the ferry capsized off Kell"): what
// befell them is the news, in the words the cut would leave out.
func casualtyEnd(h string) bool {
	switch strings.ToLower(strings.Trim(text.LastWord(h), `"'”’),;:.`)) {
	case "died", "dead", "killed", "hurt", "injured", "wounded", "missing":
		return true
	}
	return false
}

// unboundPeople reports whether the words end on a noun for people
// that no count or word before it bounds ("closer searches of people |
// in the holding cells", "help for those | in need"): which people,
// the phrase a cut would leave out says. "12 people", "thousands of people" and
// "many people" are bounded, and may lose where they were.
func unboundPeople(words []string) bool {
	n := len(words)
	last := strings.ToLower(strings.Trim(words[n-1], `,;:"'”’`))
	if n >= 2 && someOne[last] {
		// "worked with a woman | from a strict family": which woman,
		// the phrase a cut would leave out says
		article := strings.ToLower(strings.Trim(words[n-2], `"'“‘`))
		return article == "a" || article == "an"
	}
	if !anyone[last] && last != "those" {
		return false
	}
	for j := n - 2; j >= max(0, n-3); j-- {
		w := strings.ToLower(strings.Trim(words[j], `,;:"'“‘`))
		if amount(w) || numberWords[w] || quantityNouns[w] {
			return false
		}
	}
	return true
}

// someOne are the nouns for one person whom "a" or "an" before them
// leaves unnamed.
var someOne = map[string]bool{
	"man": true, "woman": true, "person": true, "boy": true, "girl": true, "child": true,
	"teenager": true, "teen": true, "resident": true, "driver": true, "student": true,
}

// quantityNouns count people in round numbers: "thousands of people".
var quantityNouns = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "scores": true,
	"dozen": true, "more": true, "most": true, "some": true, "all": true, "other": true,
}

// participleAfterNoun reports whether the words end on a participle
// after a noun ("allegations directed", "newsprint imported", "DNA
// found"): it describes the noun, and what it says would follow.
func participleAfterNoun(words []string) bool {
	if len(words) < 2 {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], `"'“”‘’(),;:.`))
	if !pastForm(last) {
		return false
	}
	prev := strings.Trim(words[len(words)-2], `"'“”‘’(),;:.`)
	if lowPrev := strings.ToLower(prev); amount(lowPrev) || counted[lowPrev] {
		return false // "and 400 more hurt", "dozens injured": how many, and what befell them
	}
	r, _ := utf8.DecodeRuneInString(prev)
	// a day is no subject of its own: "spent 14 hours Thursday locked"
	// goes on to say where
	return (!unicode.IsUpper(r) || acronym(prev) || analyze.CalendarWord(strings.ToLower(prev))) && !auxiliaries[strings.ToLower(prev)] && !beForms[strings.ToLower(prev)]
}

// counted are the words that stand for a number of people: "400 more
// hurt", "dozens injured", "others wounded".
var counted = map[string]bool{"more": true, "others": true, "dozens": true, "hundreds": true, "thousands": true, "many": true, "several": true, "scores": true}

// bareSubject reports whether a headline's subject is "The" and a single
// common noun before its verb ("The law was written ...", "The decision
// means ...", "The mayor caught ..."): which law, whose decision, the
// headline does not say, and it is read before anything that would.
// "The number of ...", "The Harbour Board ..." and "The harbour levy
// ..." say more.
func bareSubject(h string) bool {
	words := strings.Fields(h)
	if len(words) < 3 || words[0] != "The" || !isLowerWord(words[1]) {
		return false
	}
	verb := strings.ToLower(strings.Trim(words[2], `,.;:"'“”`))
	return finiteWord(verb) || beForms[verb] || speechVerb(verb) || presentVerbs[verb]
}

// presentVerbs are verbs in -s that headlines tell the news with, which
// a word in -s after a noun ("The novel coronavirus") need not be.
var presentVerbs = map[string]bool{
	"means": true, "shows": true, "reveals": true, "suggests": true, "remains": true, "faces": true,
	"plans": true, "wants": true, "seeks": true, "calls": true, "makes": true, "takes": true,
}

// amount reports whether a word ends a sum or a count: a number
// ("3,400", "$96") or a word that scales one ("million", "percent").
func amount(w string) bool {
	switch w {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "per cent":
		return true
	}
	return strings.ContainsAny(w, "0123456789")
}

// finiteWord reports whether a lower-case word is surely a verb: an
// auxiliary, an irregular past form or a word in -ed.
func finiteWord(low string) bool {
	return auxiliaries[low] || irregularPast[low] || len(low) > 4 && strings.HasSuffix(low, "ed") && !compoundAdjective(low)
}

// compoundAdjective reports whether a word in -ed is a compound
// participle ("well-regarded", "state-owned", "Tarrow-based"), which
// describes a noun, rather than a verb with a prefix ("re-elected",
// "co-founded").
func compoundAdjective(low string) bool {
	k := strings.LastIndex(low, "-")
	if k < 0 {
		return false
	}
	switch low[:k] {
	case "re", "co", "pre", "de", "un", "mis", "over", "out", "under", "cross", "double", "fast":
		return false
	}
	return true
}

// pastOrAux reports whether a cut holds a verb that surely is one: an
// auxiliary ("has", "will"), a past form in -ed or an irregular one. A
// word in -s may be a plural ("forces") and one in -ing a participle
// ("a sniper working alongside"), which leave a cut without a verb.
func pastOrAux(h string) bool {
	words := strings.Fields(h)
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		if k > 0 && degreeWords[strings.ToLower(words[k-1])] && !auxiliaries[low] && !irregularPast[low] {
			continue // "one of the most trusted aides": an adjective of degree
		}
		if finiteWord(low) || beForms[low] || afterPronoun(words, k) {
			return true
		}
	}
	return false
}

// degreeWords grade the adjective after them: a word in -ed after one
// ("most trusted", "highly regarded") describes a noun, and is no verb.
var degreeWords = map[string]bool{"most": true, "more": true, "less": true, "least": true, "very": true,
	"highly": true, "widely": true, "best": true, "better": true, "so": true, "too": true}

// personPronouns are the subject pronouns after which a plain word in
// lower case is the verb ("they plan to ...", "we expect ..."): none
// of them is followed by a noun.
var personPronouns = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true}

// afterPronoun reports whether words[k] is a verb because a subject
// pronoun comes just before it ("they | plan"). An adverb ("they
// quietly ...") or a function word ("they all") is not.
func afterPronoun(words []string, k int) bool {
	if k == 0 || !personPronouns[strings.ToLower(words[k-1])] {
		return false
	}
	w := strings.Trim(words[k], `"'“”‘’(),;:.`)
	if w == "" || strings.ContainsAny(w, "'’-0123456789") || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return !text.IsStopWord(w) && !strings.HasSuffix(w, "ly")
}

// hangingWords are adverbs that lean on the words after them ("surged
// in recent weeks even").
var hangingWords = map[string]bool{"even": true, "just": true, "only": true, "also": true, "still": true, "again": true}

// objectVerbs are past forms that a headline does not end on: each wants
// what it was done to ("defended his decision", "accused the council of").
var objectVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`defended accused announced confirmed criticized criticised praised
		blamed urged asked named appointed signed approved rejected blocked ordered charged sued slammed
		warned told called said gave made took sent unveiled released revealed issued launched introduced
		proposed backed opposed denied admitted cited questioned challenged condemned welcomed
		shouted yelled insisted argued claimed noted added stressed wrote tweeted posted explained`) {
		objectVerbs[w] = true
	}
}

// Where a headline's sentence is cut, besides its main clause's end (see
// analyze.Cuts): before a clause of time or cause that follows the main
// one without a comma ("... after divers found rot"), before a second
// verb of the same subject ("... and suffered ..."), and before the
// attribution at its end (", officials said", ", figures from the board
// showed"; not ", the audit found", whose finder the finding needs).
var (
	andVerb        = regexp.MustCompile(` and ([a-z]+) `)
	clauseCut      = regexp.MustCompile(` (after|before|because|while|amid|despite|following|since|although|though) `)
	nameApposition = regexp.MustCompile(`^((?:[A-Z][\p{L}'’.-]+ ){0,3}[A-Z][\p{L}'’.-]+(?: and (?:[A-Z][\p{L}'’.-]+ ){0,2}[A-Z][\p{L}'’.-]+)?), [^,]{2,120}, ([a-z])`)
	relatives      = map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "where": true, "that": true}
	midAside       = regexp.MustCompile(` (— [^—]+ —|-- [^-]+ --|– [^–]+ –|\([^()]*\))`)
	saidTail       = regexp.MustCompile(`,(["”])? (the )?[\p{L}’'. -]{0,60} (said|says|told [\p{L} ]+|reported|announced|showed|shows|show)( (on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( morning| afternoon| evening| night)?| (yesterday|today|last week|this week))?\.?$`)
	onWeekday      = regexp.MustCompile(` (on |late |early |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( morning| afternoon| evening| night)?\b|( on )((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}(?:st|nd|rd|th)?)\b`)
)

// dropWeekday takes "on Monday" ("Monday", "late Monday", "last
// Monday"; "on Nov. 12" between the subject and its verb) out of a
// headline, as headlines do, unless the main verb
// follows it, which the phrase parts from the participle before it ("an
// audit released on Monday found ..." must not become "an audit released
// found ...") or from a verb before it ("an order on Monday intended to
// ..." keeps the cut before "on Monday"). Between the subject and its
// verb it goes: "The board on Monday endorsed ..." is "The board
// endorsed ...". A bare day after a capitalised word ("Super Tuesday")
// or before "'s" stays.
func dropWeekday(s string) string {
	var b strings.Builder
	from := 0
	for _, loc := range onWeekday.FindAllStringSubmatchIndex(s, -1) {
		if r, _ := utf8.DecodeRuneInString(s[loc[1]:]); r == '\'' || r == '’' {
			continue // "Monday's vote"
		}
		bare := loc[2] < 0 && loc[8] < 0 // the day alone, with no "on" before it
		next, _, _ := strings.Cut(strings.TrimSpace(s[loc[1]:]), " ")
		next = strings.ToLower(strings.Trim(next, `,;:.`))
		before := strings.Fields(s[:loc[0]])
		if bare && len(before) > 0 && isCapitalised(strings.Trim(before[len(before)-1], `"'“‘(`)) {
			continue // "Super Tuesday", "Lowe Tuesday said": part of a name, or a name before it
		}
		if bare && len(before) > 0 && phraseWords[strings.ToLower(before[len(before)-1])] || len(before) > 0 && boundWords[strings.ToLower(before[len(before)-1])] {
			continue // "from Wednesday", "until Friday": the day ends a phrase that would be left open
		}
		if finiteWord(next) && (len(before) == 0 || participleLike(strings.ToLower(before[len(before)-1])) || pastOrAux(s[:loc[0]])) {
			continue
		}
		if loc[8] >= 0 && !finiteWord(next) {
			continue // a date goes only between the subject and its verb: "a hearing on April 22" is when it will be
		}
		if bare && len(before) > 0 && spendVerbs[strings.ToLower(before[len(before)-1])] {
			continue // "spent Sunday clearing ...": the day is what was spent
		}
		b.WriteString(s[from:loc[0]])
		from = loc[1]
	}
	b.WriteString(s[from:])
	return b.String()
}

// spendVerbs take a stretch of time as their object: "spent Sunday".
var spendVerbs = map[string]bool{"spent": true, "spend": true, "spends": true, "spending": true}

// boundWords open a phrase of time that a day completes: "until
// Friday", and "next Wednesday", which without its day would say "next"
// alone.
var boundWords = map[string]bool{"from": true, "until": true, "till": true, "by": true, "through": true, "since": true, "before": true, "after": true,
	"next": true, "this": true, "coming": true}

// participleLike reports whether a word may be a participle: a past
// form, regular or not, or a word in -en ("taken", "given").
func participleLike(w string) bool {
	w = strings.Trim(w, `,;:"'`)
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularPast[w]
}

// holdsRelative reports whether s has a relative pronoun ("who",
// "which", "that").
func holdsRelative(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if relatives[w] {
			return true
		}
	}
	return false
}

// irregularPast are common past forms that do not end in -ed, and the
// short ones that do (finiteWord counts those in -ed of five letters or
// more): a word after "and" that is one of them starts a second verb
// phrase. "said" is irregularBase's only other.
var irregularPast = map[string]bool{}

// irregularBase gives the plain form of each of irregularPast and of
// "said".
var irregularBase = map[string]string{"said": "say"}

func init() {
	pairs := strings.Fields(`
		won win  lost lose  met meet  made make  took take  gave give  went go  came come  left leave  held hold
		found find  sent send  set set  put put  cut cut  hit hit  led lead  paid pay  sold sell  bought buy
		brought bring  built build  began begin  ran run  fell fall  rose rise  shot shoot  struck strike
		fought fight  broke break  chose choose  drew draw  slid slide  sank sink  quit quit  beat beat  let let
		read read  told tell  became become  bore bear  dealt deal  dug dig  fled flee  froze freeze  hung hang
		lit light  lent lend  rang ring  sang sing  swung swing  woke wake  withdrew withdraw  upheld uphold
		overtook overtake  forgave forgive  forbade forbid  sprang spring  stung sting  shrank shrink  spun spin
		drove drive  flew fly  grew grow  hid hide  kept keep  knew know  laid lay  meant mean  rode ride  saw see
		sought seek  shook shake  shut shut  spoke speak  spent spend  stood stand  stole steal  stuck stick
		swore swear  swept sweep  taught teach  tore tear  threw throw  wore wear  wrote write  caught catch
		felt feel  heard hear  thought think  ate eat  bit bite  blew blow  bled bleed  fed feed  forgot forget
		slept sleep  wept weep  hurt hurt  died die`)
	for k := 0; k+1 < len(pairs); k += 2 {
		irregularPast[pairs[k]] = true
		irregularBase[pairs[k]] = pairs[k+1]
	}
}

// verbAfterCut reports whether a headline cut to head would lose its
// main verb: head's only verb may be a participle that describes the
// subject ("Two hikers jailed in Tarrow"), every past form in it being
// followed by a preposition, and the words cut off hold an auxiliary
// before their first comma ("since 2029 were freed"), which is where the
// main clause's verb goes on. So would a clause that "how", "what",
// "why" or "whether" opens in head with no verb yet ("... realise how
// broken the process | for choosing pilots now is").
func verbAfterCut(head, rest string) bool {
	words := strings.Fields(head)
	if openQuestion(words) && auxiliaryBefore(rest) {
		return true
	}
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:`))
		switch {
		case auxiliaries[low], irregularPast[low]:
			return false
		case len(low) > 4 && strings.HasSuffix(low, "ed"):
			if k == len(words)-1 || !phraseWords[strings.ToLower(words[k+1])] && strings.ToLower(words[k+1]) != "by" {
				return false
			}
			if k+2 < len(words) && strings.EqualFold(words[k+1], "on") && weekday(words[k+2]) {
				return false // "vowed on Monday to ...": when, not a participle's phrase
			}
		}
	}
	// "to his will", "the will of": a noun after a determiner
	return auxiliaryBefore(rest)
}

// openQuestion reports whether the last "how", "what", "why" or
// "whether" of words opens a clause that holds no verb in the words
// after it (see hasVerb).
func openQuestion(words []string) bool {
	for k := len(words) - 1; k >= 0; k-- {
		switch strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:`)) {
		case "how", "what", "why", "whether":
			return k+1 < len(words) && !hasVerb(strings.Join(words[k+1:], " "))
		}
	}
	return false
}

// auxiliaryBefore reports whether the words of rest before its first
// comma hold an auxiliary that no article or possessive makes a noun
// ("to his will").
func auxiliaryBefore(rest string) bool {
	rest, _, _ = strings.Cut(rest, ",")
	restWords := strings.Fields(rest)
	for k, w := range restWords {
		if auxiliaries[strings.ToLower(strings.Trim(w, `"'“”‘’()`))] && (k == 0 || !nounBefore(restWords[k-1])) {
			return true
		}
	}
	return false
}

// nounBefore reports whether w makes the word after it a noun: a
// possessive or an article ("his will", "the will").
func nounBefore(w string) bool {
	low := strings.ToLower(strings.Trim(w, `"'“”‘’()`))
	return possessives[low] || low == "the" || low == "a" || strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "’s")
}

// timeWords end a phrase such as "a day after" or "shortly before", which
// is no clause to cut before.
var timeWords = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true,
	"years": true, "hour": true, "hours": true, "minutes": true, "shortly": true, "soon": true, "just": true,
	"long": true, "moments": true, "night": true, "morning": true,
}

// minHeadlineWords is the fewest words a cut leaves in a headline.
const minHeadlineWords = 5

// minHeadlineStems is the fewest content words of a headline matched to
// the titles: "A man is being held" says too little of what happened.
const minHeadlineStems = 3

// headlineFrom makes a headline of a sentence, as a sub-editor shortens
// a lede: the attribution at its end goes, the steps of squeezes shorten
// it (an opening phrase, a day before the verb, an apposition go; what
// someone said is told in the present), then the sentence is cut to
// its main clause, as the writer cuts sentences (analyze.Cuts), or
// before a clause of time or cause that follows it ("... after divers
// found rot"); the longest of those that fits in about 100 characters,
// once "on Monday" and a leading "The" go, is the headline. It ends
// without a full stop and opens with a capital. It returns "" when no
// cut fits, or when the sentence opens with a subordinate clause, whose
// main clause a cut cannot find: a headline is never a fragment.
func headlineFrom(s string) string {
	if forms := headlineForms(s); len(forms) > 0 {
		return forms[0]
	}
	return ""
}

// withoutAlso drops the "also" of a headline: it refers to what the
// report said before, which a headline does not show ("Lowe also said
// ..." is "Lowe said ...", "officials also said that ..." is "officials
// said that ...").
func withoutAlso(h string) string {
	return strings.Replace(h, " also ", " ", 1)
}

// headlineForms returns every headline that headlineFrom may cut from s,
// longest first.
func headlineForms(s string) []string { return headlineFormsWithin(s, maxHeadline) }

// longHeadline is the most characters of a headline, its outlet
// included, that is a whole clause when no shorter one can be cut (see
// draft.headline).
const longHeadline = 140

// lastResortHeadline is the most characters of the lead's whole clause
// as a headline, when nothing shorter that says the news can be cut.
const lastResortHeadline = 200

// headlineFormsWithin is headlineForms for headlines of at most limit
// characters.
func headlineFormsWithin(s string, limit int) []string {
	s = withoutSaid(dropStop(s))
	if f := strings.Fields(s); len(f) == 0 || analyze.OpensClause(f[0]) {
		return nil
	}
	var bases []string
	for _, v := range squeezes(s) {
		bases = append(bases, withoutAsides(v)...)
	}
	var forms []string
	for _, s := range bases {
		forms = append(forms, s)
		forms = append(forms, tailCuts(s)...)
		// a cut may end on who said it ("Lowe will stand again,
		// officials said | , as the party ..."): without that, it is a
		// form too, as the sentence is when it ends there
		for _, c := range analyze.Cuts(analyze.Sentence{Text: s + "."}) {
			f := dropStop(c.Text)
			forms = append(forms, f)
			if w := withoutSaid(f); w != f {
				forms = append(forms, w)
			}
		}
		for _, loc := range clauseCut.FindAllStringIndex(s, -1) {
			before := strings.Fields(s[:loc[0]])
			// a comma before the cut may open an aside that the cut
			// would leave open ("Lowe, who has been a judge since ...");
			// a participle after a noun wants the clause that tells
			// when or why ("the fares raised | since the merger")
			if len(before) >= minHeadlineWords && !timeWords[strings.ToLower(before[len(before)-1])] && !strings.Contains(s[:loc[0]], ",") && !verbAfterCut(s[:loc[0]], s[loc[1]:]) && !completesVerb(before, strings.TrimSpace(s[loc[0]:loc[1]])) && !participleAfterNoun(before) {
				forms = append(forms, s[:loc[0]])
			}
		}
		// So does a phrase of purpose: "Crews closed the quay and the
		// bridges to try to keep the crowds apart" is "Crews closed the
		// quay and the bridges". Commas before it may belong to a list;
		// one after it would close an aside that the cut leaves open.
		for _, loc := range purposeCut.FindAllStringIndex(s, -1) {
			before, rest := s[:loc[0]], s[loc[1]:]
			words := strings.Fields(before)
			if last := strings.ToLower(words[len(words)-1]); beForms[last] || auxiliaries[last] || strings.HasSuffix(last, "ly") {
				continue // "The levy was largely | meant to ...": the purpose is the predicate
			}
			if len(words) >= minHeadlineWords && !strings.ContainsAny(rest, ",;") && pastOrAux(before) && !innerRelative(before) && !verbAfterCut(before, rest) {
				forms = append(forms, before)
			}
		}
		// So does a relative clause in "who" that tells what the people
		// it names did before, and runs to the end of a clause whose
		// verb comes before it: "The board has halted the dismissal of
		// pilots who trained under the old scheme" is "The board has
		// halted the dismissal of pilots". Which pilots is lost, not
		// what the board did; the titles choose among the forms (see
		// titledHeadline). A clause that limits what is done ("...
		// flag relatives who should not own a gun") stays, and so does
		// one inside what someone said ("ruled that migrants who ...
		// cannot stay"), and so does one after a word that names nobody
		// without it ("permits to people who ...": which people is all
		// there is to say of them).
		for _, loc := range relativeWho.FindAllStringIndex(s, -1) {
			before, rest := s[:loc[0]], s[loc[1]:]
			words := strings.Fields(before)
			last := strings.ToLower(words[len(words)-1])
			if len(words) >= minHeadlineWords && !strings.ContainsAny(before, ",;") && !strings.ContainsAny(rest, ",;") && pastOrAux(before) &&
				!speechVerb(last) && !reportingVerbs[last] && !text.IsStopWord(last) && !anyone[last] && !verbAfterCut(before, rest) &&
				!strings.Contains(" "+strings.ToLower(before)+" ", " that ") && tellsPast(rest) {
				forms = append(forms, before)
			}
		}
		// So does a relative clause in "that" or "which" that tells what
		// the thing before it did or does, when the main clause has its
		// verb before it: "Crews cleared a landslide that had blocked
		// the coast road" is "Crews cleared a landslide". After a word
		// that "that" completes ("found that", "claims that") the clause
		// is what the words before it say, and after a thing that the
		// clause alone says which it is ("an order that would ...",
		// "changes that led to ...") it says what the news is: both stay.
		for _, loc := range relativeThat.FindAllStringIndex(s, -1) {
			before, rest := s[:loc[0]], s[loc[1]:]
			words := strings.Fields(before)
			last := strings.ToLower(strings.Trim(words[len(words)-1], `"'“”‘’()`))
			first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(rest)), " ")
			if len(words) >= minHeadlineWords && !strings.ContainsAny(before, ",;:") && pastOrAux(before) && !innerRelative(before) &&
				!text.IsStopWord(last) && !anyone[last] && !contentThat(last) && !kindNoun(last) && !verbAfterCut(before, rest) &&
				(auxiliaries[first] || tellsPast(rest)) {
				forms = append(forms, before)
			}
		}
		// So does a condition on what a plan or an order would do, when
		// the main clause tells what became of the plan: "The board
		// dropped its plan to close the pier if the repairs ran late" is
		// "The board dropped its plan to close the pier". A condition on
		// the main clause itself ("The board will close the pier if
		// ...") stays.
		for _, loc := range conditionCut.FindAllStringIndex(s, -1) {
			before := s[:loc[0]]
			if len(strings.Fields(before)) >= minHeadlineWords && !strings.ContainsAny(before, ";:") && pastOrAux(before) && plannedAct.MatchString(before) {
				forms = append(forms, before)
			}
		}
		// So does a participle that describes the noun before it, with
		// what it governs: "The mayor blocked the release of a memo
		// rebutting the board's claims" is "The mayor blocked the
		// release of a memo".
		if t := beforeParticiple(s); t != "" {
			forms = append(forms, t)
		}
		// A relative clause without commas goes when the main clause
		// goes on after it with an auxiliary: "clinics which serve rural
		// towns will no longer ..." is "clinics will no longer ...".
		if t := withoutRelative(s); t != "" {
			forms = append(forms, t)
		}
		// So does a closing apposition that sums the clause up: "Dunmere
		// has voted to close the pier, a decision sure to ..." is "Dunmere
		// has voted to close the pier".
		for _, loc := range summingUp.FindAllStringIndex(s, -1) {
			before, after := s[:loc[0]], strings.Fields(s[loc[1]:])
			if len(strings.Fields(before)) >= minHeadlineWords && !strings.Contains(before, ",") && pastOrAux(before) && !holdsRelative(before) && !listGoesOn(after) {
				forms = append(forms, before)
			}
		}
		// So does the second of two clauses: "The economy added 128,000
		// jobs and the jobless rate rose to 3.6 percent" is "The economy
		// added 128,000 jobs".
		forms = append(forms, firstClauses(s)...)
		// The second of two things a subject did goes too: "Lowe was hit
		// by glass and suffered cuts to his eye" is "Lowe was hit by
		// glass". The words before it must tell the first: in "Harbour
		// offices and related sites make up ...", "related" is no verb.
		for _, loc := range andVerb.FindAllStringSubmatchIndex(s, -1) {
			verb := s[loc[2]:loc[3]]
			if !strings.HasSuffix(verb, "ed") && !irregularPast[verb] {
				continue
			}
			// inside a relative clause the verbs are the clause's, and
			// the main verb comes after them
			before := s[:loc[0]]
			if len(strings.Fields(before)) >= minHeadlineWords && !strings.Contains(before, ",") && !holdsRelative(before) && !announcesNext(before) && pastOrAux(before) {
				forms = append(forms, before)
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for k, f := range forms {
		if rest, ok := cutRest(f, bases); ok && k > 0 {
			if leavesModifier(strings.Fields(f), rest) {
				continue // "Lowe scrapped a scheme": which scheme, the cut left out
			}
			if reasonLeftOut(strings.Fields(f), rest) {
				continue // "Lowe has said he hit the pier": he said he hit it by accident
			}
		}
		f = quotedStop(strings.TrimSpace(dropWeekday(f)))
		if addsLittle(f) {
			continue
		}
		f = withoutAlso(f)
		f = strings.TrimRight(withoutThe(f), " ,;:")
		if f == "" || seen[f] || !analyze.Balanced(f) || strings.HasSuffix(f, "—") || strings.HasSuffix(f, "-") || analyze.OpeningAlone(f) {
			continue
		}
		if words := strings.Fields(f); k > 0 && (dangles[strings.ToLower(words[len(words)-1])] || wantsMore(words)) {
			continue // "Lowe argued in part that": a cut at a comma inside what follows
		}
		if lowQuote(f) {
			continue // "“only a handful” of ...": raising its letter would misquote
		}
		if thatWithoutVerb(f) {
			continue // "Lowe argued that record numbers of ferries in Kell": the cut took the clause's verb
		}
		if k > 0 && unsaidDocument(f) {
			continue // "The mayor signed an executive order": which order, saying what, the cut left out
		}
		if pronounSubject(f) {
			continue // "In a rare move for the board, it asked ...": a headline has nothing before it for "it"
		}
		if k > 0 && casualtyEnd(f) && !strings.HasSuffix(dropStop(s), text.LastWord(f)) {
			continue // "Three people died": how, the cut left out
		}
		if openingSpeaker.MatchString(f) {
			continue // "Lowe says, the pier ...": the aside of "Often, Lowe says, the pier ..." left at the front
		}
		if definiteBack(f) {
			continue // "Lowe is due to speak at the event": which event, a headline cannot say
		}
		if k > 0 && verbOnlyInRelative(f) {
			continue // "A pilot who has been held since 1996": the cut took the main verb
		}
		if utf8.RuneCountInString(f) <= limit && (k == 0 || len(strings.Fields(f)) >= minHeadlineWords && hasVerb(f)) {
			seen[f] = true
			out = append(out, headingFrom(f))
		}
	}
	sort.SliceStable(out, func(x, y int) bool { return len(out[x]) > len(out[y]) })
	return out
}

// verbOnlyInRelative reports whether the only verb of a cut sentence is
// that of a relative clause about its subject: "A pilot who has been
// held since 1996" of "A pilot who has been held since 1996, walked
// free on Monday" says who and not what happened. The subject is at
// most four words with no verb among them; the clause's verb is the
// word after its pronoun with the verbs, participles and adverbs that
// follow it ("has been held", "was later freed"), and no surely finite
// word (see finiteWord) comes after those.
// "The council that runs the pier voted ..." has its main verb.
func verbOnlyInRelative(f string) bool {
	words := strings.Fields(strings.ToLower(f))
	r := -1
	for k, w := range words[:min(len(words), 5)] {
		w = strings.Trim(w, `"'“”‘’(),;:`)
		if relatives[w] && w != "where" {
			r = k
			break
		}
		if finiteWord(w) || speechVerb(w) || reportingVerbs[w] {
			return false
		}
	}
	if r < 1 || r+1 >= len(words) {
		return false
	}
	k := r + 2 // the clause's verb is words[r+1]
	for k < len(words) {
		w := strings.Trim(words[k], `"'“”‘’(),;:`)
		if !finiteWord(w) && !beForms[w] && !participleLike(w) && !strings.HasSuffix(w, "ly") {
			break
		}
		k++
	}
	for _, w := range words[k:] {
		if finiteWord(strings.Trim(w, `"'“”‘’(),;:`)) {
			return false
		}
	}
	return true
}

// openingSpeaker matches a form that opens on a speaker set off by a
// comma ("Lowe says, ...", "The mayor added, ..."), which is left when
// the phrase before such an aside goes.
var openingSpeaker = regexp.MustCompile(`^(?:[\p{L}'’.-]+ ){1,4}(?:says|said|adds|added|notes|noted|argues|argued|explains|explained|insists|insisted),`)

// definiteBack reports whether f, after its first word, names with
// "the" something that its report said before (see backReferences: "at
// the event", "the results of the study"), with no defining words after
// it and no word of its stem earlier in f. A headline is read first:
// nothing before it says which. openingReference judges its first
// words.
func definiteBack(f string) bool {
	words := strings.Fields(f)
	for k := 1; k+1 < len(words); k++ {
		if !strings.EqualFold(words[k], "the") {
			continue
		}
		low := listedForm(strings.ToLower(text.Unpossessive(strings.Trim(words[k+1], `,.;:"'“”‘’()`))))
		if !backReferences[low] {
			continue
		}
		if k+2 < len(words) {
			next := strings.Trim(words[k+2], `"'“”‘’()`)
			if definers[strings.ToLower(next)] || isCapitalised(next) {
				continue // "the study of ...", "the judge Lena Marsh"
			}
		}
		if strings.Contains(strings.ToLower(strings.Join(words[:k], " ")), low) {
			continue // "A study found ... the study": said before it
		}
		return true
	}
	return false
}

// unsaidDocument reports whether f ends on a document, an act or a
// programme named only by its kind, after "a", "an" or a possessive
// ("signed an executive order", "issued a statement", "delivered a
// short statement", "voted to end a program"): what it says or
// does is the news, and a headline that ends there has left it out.
func unsaidDocument(f string) bool {
	words := strings.Fields(strings.ToLower(f))
	n := len(words)
	if n < 2 || !documentNouns[strings.Trim(words[n-1], `"'“”‘’(),;:.`)] {
		return false
	}
	for k := n - 2; k >= max(1, n-4); k-- {
		switch words[k] {
		case "a", "an", "his", "her", "their", "its":
			return issueVerbs[words[k-1]]
		}
		if !plainModifiers[words[k]] {
			return false // "a sweeping ferry fares bill", "a salvage-rights letter": its kind says what it is about
		}
	}
	return false
}

// plainModifiers tell of a document or an act only how or when it came,
// not what it is about: "an executive order", "her first written
// statement".
var plainModifiers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`executive new first second final brief short long lengthy written formal
		informal official joint public televised rare surprise major emergency temporary interim special`) {
		plainModifiers[w] = true
	}
}

// documentNouns name a document or an act by its kind; issueVerbs put
// one out ("signed an order"). "Blocked the release of a memo" tells its
// news without what the memo says.
var documentNouns, issueVerbs = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`order statement bill law letter memo report proposal plan rule decision
		ruling resolution directive measure declaration program programme policy initiative scheme
		remarks address speech`) {
		documentNouns[w] = true
	}
	for _, w := range strings.Fields(`sign signs signed signing issue issues issued issuing file files filed
		filing send sends sent sending write writes wrote writing publish publishes published publishing
		unveil unveils unveiled unveiling introduce introduces introduced introducing draft drafts drafted
		submit submits submitted release releases released releasing scrap scraps scrapped scrapping
		end ends ended ending cancel cancels canceled cancelled launch launches launched create creates
		created approve approves approved pass passes passed propose proposes proposed announce announces
		announced give gives gave given giving deliver delivers delivered make makes made revoke revokes
		revoked rescind rescinds rescinded`) {
		issueVerbs[w] = true
	}
}

// pronounSubject reports whether the main clause of f, after an opening
// phrase or clause and its comma, has a pronoun for subject.
func pronounSubject(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || !analyze.OpensPhrase(strings.ToLower(words[0])) && !analyze.OpensClause(words[0]) {
		return false
	}
	for k, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ",") {
			return subjectPronoun(strings.ToLower(words[k+1]))
		}
	}
	return false
}

// subjectPronoun reports whether w, in lower case, is a pronoun that may
// be a clause's subject: one of subjectPronouns, "he" or "she".
func subjectPronoun(w string) bool { return subjectPronouns[w] || w == "he" || w == "she" }

// addsLittle reports whether f ends two words or fewer after "also":
// "Lena Marsh will also be barred" adds one more to what the sentence
// before told, and without it says barred from what.
func addsLittle(f string) bool {
	i := strings.LastIndex(" "+f+" ", " also ")
	return i >= 0 && len(strings.Fields(f[min(len(f), i+len("also ")):])) <= 2
}

// thatWithoutVerb reports whether the clause that "that" opens after a
// verb of saying or thinking ("argued that ...", "said that ...") has no
// verb of its own in f.
func thatWithoutVerb(f string) bool {
	words := strings.Fields(text.Normalize(f))
	for k := len(words) - 2; k > 0; k-- {
		if strings.ToLower(words[k]) != "that" {
			continue
		}
		prev := strings.ToLower(strings.Trim(words[k-1], `,"'“”`))
		if !speechVerb(prev) && !reportingVerbs[prev] && !saysWords[prev] {
			return false
		}
		return !clauseVerb(words[k+1:])
	}
	return false
}

// tellsPast reports whether rest opens on a past form: "enlisted under
// ...", "were recruited ...", "came to ...".
func tellsPast(rest string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(rest)), " ")
	return first == "were" || first == "was" || first == "had" || pastForm(first)
}

// conditionCut matches where a condition opens; plannedAct, a plan or
// an order and what it would do ("its plan to close", "an order that
// would bar").
var (
	conditionCut = regexp.MustCompile(` (if|unless) `)
	plannedAct   = regexp.MustCompile(`(?i)\b(proposal|plan|order|rule|policy|bill|measure|directive|threat|move|bid)s? (to [a-z]+|that would [a-z]+)\b`)
)

// relativeThat matches where a relative clause about a thing opens.
var relativeThat = regexp.MustCompile(` (that|which) `)

// contentThat reports whether "that" after this word opens what the
// word says rather than a relative clause: after a verb or a participle
// ("found that", "an audit finding that") or a noun of saying or knowing
// ("claims that", "fears that").
func contentThat(low string) bool {
	return strings.HasSuffix(low, "ing") || strings.HasSuffix(low, "ed") || irregularPast[low] || finiteWord(low) || speechVerb(low) ||
		reportingVerbs[low] || contentNouns[strings.TrimSuffix(low, "s")]
}

// contentNouns are nouns, in the singular, that "that" completes with
// what they hold: "the news that ...", "allegations that ...".
var contentNouns = map[string]bool{}

// kindNouns name a thing by its kind alone, which a clause after them
// says which it is: "an order that ...", "a study that ...", "changes
// that ...".
var kindNouns = map[string]bool{}

func init() {
	// "report" and "statement" are documentNouns, which kindNoun asks of
	// the same word
	for _, w := range strings.Fields(`claim fear news evidence suggestion allegation warning finding
		concern sign belief hope idea fact assurance notice assertion charge accusation rumor
		rumour word promise indication proof argument view possibility theory message`) {
		contentNouns[w] = true
	}
	for _, w := range strings.Fields(`change study research survey analysis move step effort program programme
		policy legislation regulation guideline deal agreement system process approach thing something
		issue problem matter case document paper record action item provision`) {
		kindNouns[w] = true
	}
}

// kindNoun reports whether a word, singular or plural, names a thing by
// its kind alone (kindNouns, documentNouns).
func kindNoun(low string) bool {
	for _, w := range []string{low, strings.TrimSuffix(low, "s"), strings.TrimSuffix(low, "es")} {
		if kindNouns[w] || documentNouns[w] {
			return true
		}
	}
	return false
}

// relativeWho matches where a relative clause about people opens.
var relativeWho = regexp.MustCompile(` (who|whom) `)

// anyone are the words for people that say nothing of who they are: a
// clause after one is what names them.
var anyone = map[string]bool{
	"people": true, "persons": true, "individuals": true, "someone": true, "somebody": true,
	"anyone": true, "anybody": true, "everyone": true, "everybody": true, "others": true,
}

// purposeCut matches where a phrase that says what the clause was done
// for, or in what respect, opens, or where a participle of purpose after
// a noun does ("unveiled new rules | meant to curb ...").
var purposeCut = regexp.MustCompile(` (to try to|in an effort to|in a bid to|in order to|so as to|when it comes to|intended to|designed to|meant to|aimed at) `)

// restrictiveWhich matches a relative clause with "which" that holds no
// punctuation, up to the auxiliary with which the main clause goes on.
var restrictiveWhich = regexp.MustCompile(`([\p{L}-]+) which ([^,;:—–()"“”]{3,90}?) (will|would|can|could|must|should|may|might|is|are|was|were|has|have|had) `)

// withoutRelative is s without its first relative clause in "which" that
// sits between a noun and the auxiliary of the main clause, or "" when
// it has none. The word before "which" must be no verb or stop word
// ("did not say which towns would ..." asks a question), and the clause
// two words or more: "clinics which now will ..." is not one.
func withoutRelative(s string) string {
	m := restrictiveWhich.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	prev := strings.ToLower(s[m[2]:m[3]])
	if clause := strings.Fields(s[m[4]:m[5]]); finiteWord(prev) || speechVerb(prev) || beForms[prev] || text.IsStopWord(prev) || len(clause) < 2 || len(clause) > 12 {
		return ""
	}
	return s[:m[3]] + s[m[5]:]
}

// beforeParticiple is s cut before the first word in -ing that follows
// a noun in lower case and describes it ("a memo | rebutting ..."), when
// the words before hold a verb that surely is one and nothing that
// opens a clause or an aside; "" when there is no such cut. A word in
// -ing after a verb ("was rebutting"), a name or a stop word is the
// verb, or part of a name, and nouns in -ing ("hearing", "funding") and
// prepositions ("including") are none.
func beforeParticiple(s string) string {
	words := strings.Fields(s)
	for k := minHeadlineWords; k < len(words)-1; k++ {
		w := strings.ToLower(words[k])
		if !strings.HasSuffix(w, "ing") || len(w) < 6 || notParticiple[w] {
			continue
		}
		prev := words[k-1]
		low := strings.ToLower(prev)
		if strings.ContainsAny(prev, `,;:"'“”‘’()`) || isCapitalised(prev) || text.IsStopWord(low) || finiteWord(low) || beForms[low] ||
			strings.HasSuffix(low, "ly") || strings.HasSuffix(low, "ing") || wantsNoun[low] || !nounPhraseEnd(words[:k]) {
			return ""
		}
		head := words[:k]
		if h := strings.Join(head, " "); !pastOrAux(h) || opensClause(head) || strings.Contains(h, ",") || clauseCut.MatchString(h) {
			return ""
		}
		return strings.Join(head, " ")
	}
	return ""
}

// nounPhraseEnd reports whether the last of the words ends a noun phrase
// that a determiner opens within four words ("a classified memo"), with
// no "to" between: after "to impose" or "faces" a word in -ing is an
// adjective ("sweeping", "growing") before the noun it describes.
func nounPhraseEnd(words []string) bool {
	for j := len(words) - 2; j >= max(0, len(words)-5); j-- {
		switch low := strings.ToLower(words[j]); {
		case low == "to" || strings.ContainsAny(words[j], ",;:"):
			return false
		case phraseOpeners[low]:
			return true
		}
	}
	return false
}

// phraseOpeners open a noun phrase.
var phraseOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "these": true, "those": true, "our": true, "two": true, "three": true, "several": true, "some": true}

// wantsNoun are words that a noun must follow ("the last | surviving
// member"): a word in -ing after them is an adjective.
var wantsNoun = map[string]bool{"last": true, "first": true, "only": true, "next": true, "other": true, "same": true,
	"few": true, "many": true, "most": true, "second": true, "third": true}

// notParticiple are words in -ing that are nouns or prepositions rather
// than participles describing the noun before them.
var notParticiple = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`during according following including regarding concerning something anything
		nothing everything morning evening building buildings meeting hearing funding spending training housing
		ruling wedding ceiling earnings savings shooting bombing killing warning briefing opening offering
		setting finding standing ranking polling voting lending pricing fighting`) {
		notParticiple[w] = true
	}
}

// opensClause reports whether the words hold one that opens a clause of
// its own (see opensInnerClause), which a cut after them would leave
// without its end.
func opensClause(words []string) bool {
	for _, w := range words {
		if opensInnerClause[strings.ToLower(strings.Trim(w, `"'“‘(`))] {
			return true
		}
	}
	return false
}

// innerRelative reports whether s holds a relative word other than the
// "that" which opens what someone said ("told the council that it
// wants ..."): a cut after it may leave the main verb behind.
func innerRelative(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for k, w := range words {
		if relatives[w] && !(w == "that" && reportsThat(words[:k])) {
			return true
		}
	}
	return false
}

// summingUp matches where an apposition that sums up the clause before
// it opens: ", a decision ...", ", an increase of ...".
var summingUp = regexp.MustCompile(`, (a|an) `)

// listGoesOn reports whether the words after ", a" are one item of a
// list ("a book, a pen and a ruler"): "and" or a comma within three
// words.
func listGoesOn(after []string) bool {
	for k, w := range after[:min(len(after), 3)] {
		if strings.ContainsAny(w, ",;") || k > 0 && (w == "and" || w == "or") {
			return true
		}
	}
	return false
}

// andClause matches where a second clause, with a subject of its own,
// joins the first: "... and the jobless rate rose ...".
var andClause = regexp.MustCompile(`,? and (the|a|an|his|her|its|their|[A-Z][\p{L}'’.-]+) `)

// announcesNext reports whether words end on a verb with only its
// particle ("have stepped forward", "spoke out", "stepped in"): the verb
// announces what its subject did next ("... and called for a delay"),
// which is the news, so no cut may end there.
func announcesNext(words string) bool {
	switch strings.ToLower(strings.Trim(text.LastWord(words), `"'”’),;:.`)) {
	case "forward", "out", "up", "ahead", "together", "in", "back":
		return true
	}
	return false
}

// firstClauses returns s cut before each second clause that "and" joins
// to a whole first one: the words after "and" hold a verb that surely is
// one within a few words (a subject and its verb, not "and the seizure
// of ..."), the first clause has a verb of its own and opens no clause
// that the cut would leave open, and "and" does not join two capitalised
// words, as it does inside a name. A first clause whose last verb is one
// of saying has no clause of its own after it: in "The governor says all
// 12 crew and their skipper have been found", "and" joins the subject of
// what she says, and "The governor says all 12 crew" says nothing.
func firstClauses(s string) []string {
	var out []string
	for _, loc := range andClause.FindAllStringIndex(s, -1) {
		before, after := s[:loc[0]], strings.Fields(s[loc[1]:])
		if len(strings.Fields(before)) < minHeadlineWords || !pastOrAux(before) || holdsRelative(before) || !analyze.Balanced(before) || saysWhat(lastVerb(before)) {
			continue
		}
		if len(after) > 0 && isCapitalised(text.LastWord(before)) && isCapitalised(strings.Trim(after[0], `"'“‘(`)) {
			continue // "the Harbour and Pier Act would ...": "and" inside a name
		}
		for k, w := range after[:min(len(after), 4)] {
			low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
			if k > 0 && (finiteWord(low) || beForms[low]) {
				out = append(out, before)
				break
			}
			if strings.ContainsAny(w, ",;:") {
				break
			}
		}
	}
	return out
}

// saysWhat reports whether a verb is one of saying that what was said
// may follow without "that" ("says all 12 crew ..."); "added", which
// also adds things ("added 128,000 jobs"), is left out.
func saysWhat(v string) bool { return speechVerb(v) && v != "added" }

// lastVerb is the last word of s, in lower case, that surely is a verb
// (see finiteWord), or "" when none is.
func lastVerb(s string) string {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= 0; k-- {
		if low := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`)); finiteWord(low) || beForms[low] {
			return low
		}
	}
	return ""
}

// withoutMidAsides is s without what it sets between dashes or in
// parentheses; a comma that followed an aside closes up to the word
// before it ("Lena Marsh (D-Tarrow), who ..." is "Lena Marsh, who ...").
// Dashes that close an opening phrase leave a comma in its place
// ("After the storm — the worst in years — crews cleared the quay" is
// "After the storm, crews cleared the quay").
func withoutMidAsides(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range midAside.FindAllStringIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		if closesOpening(s[:m[0]], s[m[0]:m[1]], s[m[1]:]) {
			b.WriteString(",")
		}
		b.WriteString(" ")
		last = m[1]
	}
	b.WriteString(s[last:])
	return strings.ReplaceAll(strings.Join(strings.Fields(b.String()), " "), " ,", ",")
}

// closesOpening reports whether aside, set between dashes after the
// words before, closes the phrase a sentence opens with ("After the
// storm", "Unlike last year"), so that the clause after it begins with
// its subject ("crews cleared ..."), not its verb, as it would after an
// aside inside the clause ("In May the council — its members divided —
// voted ...").
func closesOpening(before, aside, after string) bool {
	if strings.HasPrefix(strings.TrimSpace(aside), "(") || strings.HasSuffix(strings.TrimSpace(before), ",") {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(before), " ")
	first = strings.ToLower(first)
	if !analyze.OpensPhrase(first) && !analyze.OpensClause(first) && first != "unlike" {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(after), " ")
	r, _ := utf8.DecodeRuneInString(next)
	low := strings.ToLower(next)
	return unicode.IsLetter(r) && !finiteWord(low) && !beForms[low] && !phraseWords[low] && !joinWords[low] && !strings.HasSuffix(low, ",")
}

// joinWords tie the words after an aside to those before it ("the cost
// — $2 million — and the delays"), which no comma may part.
var joinWords = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "of": true}

// withoutAsides returns s, then s without what it says aside. An aside
// between dashes or in parentheses goes as a whole: "A bar owner charged
// in the shooting — less than a week after ... — has died" is "A bar
// owner charged in the shooting has died". So does the apposition after
// a name that opens the sentence: "Jake Lowe, the owner of a harbour
// bar, has died" is "Jake Lowe has died". Words between the commas that
// hold a verb outside a relative clause are no apposition: "Divers, crews
// and pilots have endured storms, floods and ..." is a list that the
// sentence goes on with.
func withoutAsides(s string) []string {
	bases := []string{s}
	if t := withoutMidAsides(s); t != s && analyze.Balanced(t) {
		bases = append(bases, t)
	}
	for _, b := range bases {
		m := nameApposition.FindStringSubmatchIndex(b)
		if m == nil {
			continue
		}
		next, _, _ := strings.Cut(b[m[4]:], " ")
		aside := strings.Fields(strings.Trim(b[m[3]:m[4]], ", "))
		relative := false
		for k, w := range aside {
			if relatives[strings.ToLower(w)] {
				aside, relative = aside[:k], true // a relative clause has verbs of its own
				break
			}
		}
		if pastOrAux(strings.Join(aside, " ")) {
			continue // "Seafarers, truck drivers and airline workers have endured ...,": a list and its verb, no apposition
		}
		if low := strings.ToLower(next); strings.HasSuffix(next, ",") && !hangingWords[strings.TrimSuffix(low, ",")] ||
			relative && !finiteWord(low) && !auxiliaries[low] && !beForms[low] && !hangingWords[low] {
			continue // "Lowe Jr., who was hurt in his chest, hip and elbow, was ...": the comma closed an item of a list, not the clause
		}
		if t := b[:m[3]] + " " + b[m[4]:]; !relatives[next] && predicateOpener(next) && analyze.Balanced(t) {
			bases = append(bases, t)
		}
	}
	for _, b := range bases {
		if t := withoutParticipleAside(b); t != "" {
			bases = append(bases, t)
			break
		}
	}
	return bases
}

// participleAside matches a subject, a phrase that a participle opens
// between commas, and the word after it: "Several crashes, involving as
// many as 100 cars, shut down the motorway".
var participleAside = regexp.MustCompile(`^([A-Z][^,]{2,80}), ([a-z][\p{L}'’-]*(?:ing|ed) [^,]{2,160}), ([a-z][\p{L}'’-]*) `)

// withoutParticipleAside returns s without the participle phrase set
// off by commas between its subject and its verb ("The crews, working
// through the night, cleared the quay" is "The crews cleared the
// quay"), or "" when s has none: the words before the phrase must hold
// no verb and open no phrase of their own ("In Tarrow, facing ..."), and
// a word that surely is a verb must follow it.
func withoutParticipleAside(s string) string {
	m := participleAside.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	subject, next := s[m[2]:m[3]], s[m[6]:m[7]]
	first, _, _ := strings.Cut(strings.ToLower(subject), " ")
	if pastOrAux(subject) || analyze.OpensPhrase(first) || analyze.OpensClause(first) || !finiteWord(next) && !beForms[next] {
		return ""
	}
	t := subject + " " + s[m[6]:]
	if !analyze.Balanced(t) {
		return ""
	}
	return t
}

// predicateOpener reports whether a word may open what a sentence says
// of its subject after an apposition ("Lowe, the owner of a bar, has
// died"): an auxiliary, an adverb ("also"), or no stop word ("a", "of"). Words between
// commas after a name that a verb follows ("Lowe, Marsh and Brandt
// voted ..., a move that ...") are a list, not an apposition.
func predicateOpener(w string) bool {
	low := strings.ToLower(w)
	return auxiliaries[low] || beForms[low] || hangingWords[low] || !text.IsStopWord(low)
}

// abbreviation matches a word that ends with the full stop of an
// abbreviation of initials: "U.S.", "a.m.".
var abbreviation = regexp.MustCompile(`(^|[^\pL.])(\pL\.){2,}$`)

// dropStop removes the full stop that ends a sentence, but not one that
// ends an abbreviation ("7 a.m.", "the U.S.").
func dropStop(s string) string {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) > 0 && abbreviation.MatchString(f[len(f)-1]) {
		return s
	}
	return strings.TrimSuffix(s, ".")
}

// quotedStop drops the full stop that closes a headline inside its
// closing quotation mark: `... was "appropriate."` is `... was
// "appropriate"`, since a headline ends without one. So goes the comma
// or semicolon of a clause the form was cut from: `... after the
// harbour's “safety stop,” and the queue grew` is `... after the
// harbour's “safety stop”`.
func quotedStop(s string) string {
	for _, p := range []string{".", ",", ";"} {
		for _, q := range []string{`"`, "”", "'", "’"} {
			if t, ok := strings.CutSuffix(s, p+q); ok {
				return t + q
			}
		}
	}
	return s
}

// headlineCut is the last resort for a headline when no sentence gives
// one (see headlineFrom): the sentence without its attribution, cut at
// the last phrase that fits, never on a word that leaves it hanging; with
// room for the outlet when one alone states it.
func headlineCut(s string, outlet string) string {
	s = cutBase(s)
	if t := withoutParticipleAside(s); t != "" {
		s = t // a cut inside the aside would leave it open
	}
	room := maxHeadline - reportsLen(outlet)
	if utf8.RuneCountInString(s) > room {
		// a phrase somewhat too long reads better than words cut
		// anywhere ("... denied an explosive")
		long := longHeadline - reportsLen(outlet)
		if heads := phraseHeads(s, room); len(heads) > 0 {
			s = heads[len(heads)-1]
		} else if heads := phraseHeads(s, long); len(heads) > 0 {
			s = heads[0]
		} else if head := ofCut(s, long); head != "" && ofCut(s, room) == "" {
			s = head
		} else if short := trimDangling(trimOpenClause(trimDangling(shorten(s, room)))); wholeCut(short, strings.TrimPrefix(s, short)) {
			s = short
		} else if head := butCut(s, lastResortHeadline-reportsLen(outlet)); head != "" {
			return reports(headingFrom(head), outlet) // a whole clause, which no trimming may shorten
		} else if heads := phraseHeads(s, lastResortHeadline-reportsLen(outlet)); len(heads) > 0 {
			// words cut anywhere that leave a verb without what
			// completes it ("pressed the firm to speed up its plans")
			// say less than a long phrase that keeps it
			s = heads[0]
		} else {
			s = short
		}
	}
	s = trimDangling(trimOpenClause(trimDangling(s)))
	return reports(headingFrom(s), outlet)
}

// butCut is the longest head of s of at most limit characters that ends
// before "but" and a second verb of the same subject ("Lowe has decided
// to close the pier | but will give the crews a month"): the first of
// the two things the subject does is a whole clause. "" when there is
// none.
func butCut(s string, limit int) string {
	best := ""
	for _, loc := range butVerb.FindAllStringSubmatchIndex(s, -1) {
		head, verb := s[:loc[0]], strings.ToLower(s[loc[2]:loc[3]])
		if utf8.RuneCountInString(head) > limit || !(auxiliaries[verb] || finiteWord(verb) || presentVerbs[verb]) {
			continue
		}
		if len(strings.Fields(head)) >= minHeadlineWords && hasVerb(head) && analyze.Balanced(head) && !strings.ContainsAny(head, ",;:") {
			best = head
		}
	}
	return best
}

// butVerb matches "but" and the word after it.
var butVerb = regexp.MustCompile(` but ([a-z]+) `)

// trimOpenClause ends a shortened headline before the last clause it
// opens when the shortening left that clause without its verb ("... hurt
// when a 64-year-old gunman"), so long as enough words stay.
func trimOpenClause(s string) string {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= minHeadlineWords; k-- {
		if opensInnerClause[strings.ToLower(strings.Trim(words[k], `"'“‘(,`))] {
			if hasVerb(strings.Join(words[k+1:], " ")) {
				return s
			}
			return strings.TrimRight(strings.Join(words[:k], " "), " ,;:")
		}
	}
	return s
}

// cutBase is a sentence as headline cuts read it: without its full stop,
// the attribution at its end, "on Monday" and a leading "The" before a
// name (see withoutThe).
func cutBase(s string) string {
	s = withoutSaid(quotedStop(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))))
	if t := withoutMidAsides(s); t != s && analyze.Balanced(t) {
		s = t // "Lena Marsh (D-Tarrow)": an aside is the first thing a headline drops
	}
	return strings.TrimRight(withoutThe(strings.TrimSpace(dropWeekday(s))), " ,;:")
}

// sideClauseGoesOn reports whether the side clause that opens a
// sentence goes on past its first comma, with "and", "or" or "but"
// ("When the crews had left the quay, and the pilots stood on the pier,
// the crowd ..."): the main clause then starts at a later comma.
func sideClauseGoesOn(words []string) bool {
	for k, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ",") {
			switch strings.ToLower(words[k+1]) {
			case "and", "or", "but":
				return true
			}
			return false
		}
	}
	return false
}

// phraseCut cuts a sentence too long for a headline before a phrase
// that its main clause can do without ("... a council seat on Monday
// night after ...": "... a council seat"), attributed to outlet when one
// is given. The cut keeps at least minHeadlineWords words, is not the
// opening phrase alone, and comes before any comma other than the one
// that closes an opening phrase and before any word that opens a
// clause (see opensInnerClause), so it never ends inside an aside or a
// clause that needs its end. "" when no such cut fits, or when the
// sentence opens on a side clause that goes on past its first comma
// (see sideClauseGoesOn), whose end no cut can find.
func phraseCut(s string, outlet string) string {
	s = cutBase(s)
	room := maxHeadline - reportsLen(outlet)
	words := strings.Fields(s)
	if len(words) == 0 || analyze.OpensClause(words[0]) && sideClauseGoesOn(words) {
		return ""
	}
	stop, atComma := len(words), false // the first word that a cut may not pass
	opening := analyze.OpeningAlone(strings.Trim(words[0], ","))
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“‘(),;:`))
		if k > 0 && opensInnerClause[low] && !(low == "that" && reportsThat(words[max(0, k-2):k])) {
			stop = k
			break
		}
		if strings.ContainsAny(w, ",;:—–()") && k < len(words)-1 {
			if opening && strings.HasSuffix(w, ",") {
				opening = false // the comma that closes the opening phrase
				continue
			}
			stop, atComma = k, strings.HasSuffix(w, ",")
			break
		}
	}
	best := ""
	for k := minHeadlineWords; k <= stop+1 && k <= len(words); k++ {
		// a phrase has words after its preposition: "get their geek
		// on." ends on a particle, not a phrase
		if k <= stop && (k >= len(words)-1 || !phraseWords[strings.ToLower(words[k])] && !toRecipient(words, k) || particle(words[k], words[k+1]) || insideName(words, k) || limitingContrast(words, k) || bound(words, k) || keptPhrase(words, k)) || k == stop+1 && !atComma {
			continue
		}
		head := strings.TrimRight(strings.Join(words[:k], " "), " ,;:")
		last := strings.ToLower(strings.Trim(words[k-1], ",;:"))
		if utf8.RuneCountInString(head) > room || dangles[last] || phraseWords[last] || timeWords[last] || last == "right" || wantsMore(words[:k]) || analyze.OpeningAlone(head) || !analyze.Balanced(head) || !hasVerb(head) || verbAfterCut(head, strings.Join(words[k:], " ")) || participleAfterNoun(words[:k]) || unboundPeople(words[:k]) || casualtyEnd(head) || cutsComplement(words[:k], strings.Join(words[k:], " ")) || leavesModifier(words[:k], strings.Join(words[k:], " ")) || partsSecondSubject(head, strings.Join(words[k:], " ")) || thatWithoutVerb(head) || verbOnlyInRelative(head) {
			continue
		}

		best = head
	}
	if best == "" {
		return ""
	}
	return reports(headingFrom(best), outlet)
}

// keptPhrase reports whether the phrase that words[k] opens belongs to
// what comes before it, so that no cut may go before it: a preposition
// left at the end of a clause, which another preposition follows ("the
// cabins the crews sleep in | at the depot"), or a fixed phrase that
// says how or in what state rather than where or when ("switched at
// birth", "held at gunpoint", "put on hold").
func keptPhrase(words []string, k int) bool {
	if k+1 >= len(words) {
		return false
	}
	low := strings.ToLower(strings.Trim(words[k], `"'“‘(`))
	next := strings.ToLower(strings.Trim(words[k+1], `"'“”‘’(),;:.`))
	if phraseWords[low] && low != "or" && low != "but" {
		switch next {
		case "at", "on", "in", "during":
			return true // "for over 20 years", "from across the bay" are one phrase each
		}
	}
	if low == "on" && k > 0 && topicNouns[strings.ToLower(strings.Trim(words[k-1], `"'“”‘’(),;:`))] &&
		!analyze.CalendarWord(next) && !timeWords[next] && !strings.ContainsAny(next, "0123456789") {
		return true // "a statement | on the closure": what it was about
	}
	return fixedPhrases[low+" "+next]
}

// topicNouns name something said, decided or imposed, which "on" follows
// to say what it is about ("a vote on the bill", "tariffs on steel"), not
// where or when.
var topicNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`statement statements remarks comments speech address testimony report
		reports study survey vote votes hearing hearings talks debate ban bans tariff tariffs sanction sanctions
		restrictions limits crackdown probe investigation inquiry views stance position decision ruling
		order bill law rule rules policy deal agreement compromise guidance briefing
		update focus emphasis`) {
		topicNouns[w] = true
	}
}

// fixedPhrases say how something was done or in what state someone is,
// not where or when: without them a clause says something else.
var fixedPhrases = map[string]bool{}

func init() {
	for _, p := range []string{"at birth", "at random", "at risk", "at stake", "at large", "at odds",
		"at gunpoint", "at knifepoint", "on hold", "on trial", "in charge", "in custody", "on board",
		"in person", "in half", "by hand", "on purpose", "in absentia", "in vain", "in tears",
		"on fire", "in flames", "in ruins", "on strike", "in limbo", "on leave", "in power", "in office"} {
		fixedPhrases[p] = true
	}
}

// bound reports whether words[k] opens "at least" or "at most", which
// counts what follows it ("left | at least 40 boats sunk"): no phrase
// that a cut may leave out.
func bound(words []string, k int) bool {
	if !strings.EqualFold(words[k], "at") || k+1 >= len(words) {
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], ",;:"))
	return next == "least" || next == "most"
}

// limitingContrast reports whether words[k] opens a contrast that
// limits what comes before it ("featured ceremony | but not much
// celebration", "won | but only narrowly"): without it the headline
// says more than the report does.
func limitingContrast(words []string, k int) bool {
	low := strings.ToLower(words[k])
	if low != "but" && low != "yet" || k+1 >= len(words) {
		return false
	}
	return limiters[strings.ToLower(strings.Trim(words[k+1], `,;:"'“‘`))]
}

// limiters open what a limiting contrast keeps of a claim.
var limiters = map[string]bool{"not": true, "no": true, "little": true, "few": true, "only": true,
	"never": true, "without": true, "barely": true, "hardly": true, "less": true, "fewer": true}

// toRecipient reports whether words[k] is a "to" that names whom
// something was given, after a verb of giving that has its object
// ("sending 150 million tests | to governors", "gave the prize | to
// the crew"): the recipient may go from a headline, as a place may.
// "To" before a verb ("to distribute") or after a verb of motion
// ("moved to") is no such phrase.
func toRecipient(words []string, k int) bool {
	if strings.ToLower(words[k]) != "to" || k+1 >= len(words) || k < 3 {
		return false
	}
	next := strings.Trim(words[k+1], `"'“‘(`)
	low := strings.ToLower(next)
	if !(recipientOpeners[low] || isCapitalised(next) || len(low) > 3 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss")) {
		return false
	}
	for j := k - 2; j >= max(0, k-8); j-- {
		if giveVerbs[strings.ToLower(strings.Trim(words[j], `,;:"'`))] {
			return true
		}
	}
	return false
}

// completesVerb reports whether next, a preposition after the words of
// head, completes the verb just before it rather than opening a phrase
// the clause can do without: after an infinitive ("vowed not to vote |
// for the nominees", "is due to speak | at the rally") or, for "before",
// after a word of appearing in front of someone ("made his first
// appearance | before the committee"), where it names an audience, not
// a time; "with" after a verb of beginning or ending ("the story begins
// | with the war"); "after" after a verb of naming ("a hall named | after
// the ferrymen"); and any preposition after a passive that wants its
// purpose or role ("can be used | for", "is seen | as").
func completesVerb(head []string, next string) bool {
	n := len(head)
	if n < 2 || !phraseWords[strings.ToLower(next)] {
		return false
	}
	last := strings.ToLower(head[n-1])
	if strings.ToLower(head[n-2]) == "to" && bareVerb(head[n-1]) {
		return true
	}
	switch strings.Trim(last, ",;:") {
	case "begin", "begins", "began", "begun", "start", "starts", "started", "end", "ends", "ended":
		return strings.ToLower(next) == "with"
	case "named", "renamed", "modeled", "modelled", "patterned":
		return strings.ToLower(next) == "after" // "a hall named | after the ferrymen": named after whom?
	case "used", "designed", "intended", "meant", "aimed", "known", "seen", "regarded", "viewed", "described", "considered", "wanted":
		// "ultrasound can be used | for eavesdropping": used for what?
		// "Lowe is wanted | in connection with ...": wanted for what?
		return beForms[strings.ToLower(head[n-2])] || auxiliaries[strings.ToLower(head[n-2])]
	}
	if n >= 3 && judgedAs[strings.ToLower(head[n-2])] && (beForms[strings.ToLower(head[n-3])] || n >= 4 && beForms[strings.ToLower(head[n-4])]) {
		return true // "is often considered poor | for ...": poor for what?
	}
	return strings.ToLower(next) == "before" && appearing[strings.Trim(last, ",;:")]
}

// judgedAs are participles that take what something is judged to be:
// "considered poor", "deemed unsafe".
var judgedAs = map[string]bool{"considered": true, "deemed": true, "regarded": true, "seen": true, "thought": true}

// bareVerb reports whether a word after "to" may be a verb: no stop
// word, name, number or word with a noun's ending ("resorted to
// cannibalism", "moved to Tarrow", "rose to 40 percent").
func bareVerb(w string) bool {
	if w == "" || strings.ContainsAny(w, ",;:0123456789") || isCapitalised(w) {
		return false
	}
	low := strings.ToLower(w)
	if text.IsStopWord(low) {
		return false
	}
	for _, end := range []string{"ism", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "hood", "s"} {
		if strings.HasSuffix(low, end) {
			return false
		}
	}
	return true
}

// appearing are words of coming in front of an audience, which
// "before" follows to name it.
var appearing = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`appear appears appeared appearing appearance appearances testify testifies
		testified testifying testimony brought summoned hauled pleaded argued`) {
		appearing[w] = true
	}
}

// recipientOpeners open the noun phrase of whom something went to.
var recipientOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "all": true, "every": true, "each": true, "some": true, "local": true, "state": true}

// giveVerbs hand something to someone.
var giveVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`send sends sent sending give gives gave given giving distribute distributes
		distributed distributing deliver delivers delivered delivering ship ships shipped shipping provide
		provides provided providing offer offers offered offering sell sells sold selling pay pays paid
		paying award awards awarded awarding grant grants granted granting donate donates donated donating
		supply supplies supplied supplying lend lends lent lending hand hands handed handing`) {
		giveVerbs[w] = true
	}
}

// insideName reports whether words[k], "for", "of" or "on", joins the
// capitalised words of one name ("the Deferred Action for Childhood
// Arrivals", "the Committee on Foreign Relations"), where no cut may
// fall.
func insideName(words []string, k int) bool {
	return k >= 2 && k+1 < len(words) && splitsName(words[k-1], words[k], words[k+1])
}

// splitsName reports whether a cut at sep, between the words before and
// after, would split a name: sep is "for", "of" or "on", the words on
// either side are capitalised, and the one after is no day or month
// ("Lowe on Tuesday" is a time).
func splitsName(before, sep, after string) bool {
	switch sep {
	case "for", "of", "on":
	default:
		return false
	}
	before, after = strings.Trim(before, `"'“”‘’()`), strings.Trim(after, `"'“”‘’(),;:.`)
	if before == "" || after == "" || strings.ContainsAny(before, ",;:") {
		return false
	}
	b, _ := utf8.DecodeRuneInString(before)
	a, _ := utf8.DecodeRuneInString(after)
	return unicode.IsUpper(b) && unicode.IsUpper(a) && !analyze.CalendarWord(strings.ToLower(after))
}

// withoutThe drops a leading "The" before a name, as headlines do
// ("Harbour Board votes ..."), and keeps it before a common noun, which
// would otherwise read as a title or lose its sense ("The deputy mayor
// and the harbour master are under fire", not "Deputy mayor and ..."),
// or before a day or a month, which is no name of what it tells of ("The
// Friday signing of the pier deal ...").
func withoutThe(s string) string {
	rest, ok := strings.CutPrefix(s, "The ")
	if !ok {
		return s
	}
	first, _, _ := strings.Cut(rest, " ")
	if analyze.CalendarWord(strings.ToLower(strings.Trim(first, `"'“‘,`))) {
		return s
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, `"'“‘`)); unicode.IsUpper(r) {
		return rest
	}
	return s
}

// particle reports whether word, before next, ends a verb ("get their
// geek on after ...") rather than opening a phrase: a comma, or a word
// that opens a clause or a phrase, follows it.
func particle(word, next string) bool {
	low := strings.ToLower(strings.Trim(next, `"'“‘(`))
	return strings.HasSuffix(word, ",") || opensInnerClause[low] || phraseWords[low]
}

// reportsThat reports whether "that" after these words opens what
// someone said ("said Friday that ..."), which a headline may keep.
func reportsThat(before []string) bool {
	for _, w := range before {
		switch strings.ToLower(strings.Trim(w, ",")) {
		case "said", "says", "told", "announced", "reported", "warned", "added", "wrote", "argued", "claimed", "found", "showed", "shows", "believes", "confirmed", "insisted":
			return true
		}
	}
	return false
}

// hasVerb reports whether a headline seems to hold a verb: an auxiliary,
// a past form ("closed", "won") or a present one in -s after a word in
// lower case or a name ("The council closes", "Lowe resigns"), so that
// a noun phrase alone ("Ramos's dream of a new pier") is no headline.
func hasVerb(h string) bool {
	words := strings.Fields(h)
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		switch {
		case finiteWord(low) || afterPronoun(words, k):
			return true
		case k > 0 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.ContainsAny(w, "'’") && len(low) > 3 &&
			!unicode.IsUpper([]rune(w)[0]) && !text.IsStopWord(strings.ToLower(words[k-1])) && !possessiveWord(words[k-1]):
			return true
		}
	}
	return false
}

// possessiveWord reports whether a word is a possessive ("President's"),
// after which a word in -s is a noun ("President's plans"), not a verb.
func possessiveWord(w string) bool {
	return text.IsPossessive(strings.Trim(w, `"'“”‘(),;:.`))
}

// auxiliaries are verbs that make a clause of the words around them.
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "should": true, "does": true, "did": true, "do": true, "says": true, "said": true,
}

// phraseWords open a phrase that a headline's main clause can do
// without: a place, a time, a cause, an alternative or a contrast.
var phraseWords = map[string]bool{
	"in": true, "at": true, "on": true, "for": true, "from": true, "with": true, "by": true,
	"across": true, "over": true, "during": true, "near": true, "into": true, "under": true,
	"through": true, "after": true, "before": true, "amid": true, "following": true, "since": true,
	"or": true, "but": true,
}

// opensInnerClause are words that open a clause inside a sentence, which
// a headline cut must not leave without its end.
var opensInnerClause = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true,
	"where": true, "while": true, "unless": true, "because": true, "although": true,
	"though": true, "if": true, "whether": true, "until": true, "as": true,
}

// phraseEnd matches where a phrase of a long headline may end: before a
// preposition or a comma.
var phraseEnd = regexp.MustCompile(`(,? (in|at|on|for|from|with|by|across|over|during|near|into|under|through) |, )`)

// shorten cuts a headline to limit characters: before the last
// preposition or comma that keeps minHeadlineWords words, or before a
// participle that opens a phrase, or before "of", or failing that at the
// last word, dropping words it would end on.
func shorten(s string, limit int) string {
	if heads := phraseHeads(s, limit); len(heads) > 0 {
		return heads[len(heads)-1]
	}
	// before a participle that opens a phrase: "forces launched
	// airstrikes targeting sites ..." is "forces launched airstrikes"
	words := strings.Fields(s)
	for k := minHeadlineWords; k < len(words); k++ {
		w, prev := words[k], strings.ToLower(words[k-1])
		if len(w) > 5 && strings.HasSuffix(w, "ing") && w == strings.ToLower(w) && !auxiliaries[prev] && !beForms[prev] && !dangles[prev] {
			head := strings.TrimRight(strings.Join(words[:k], " "), " ,;:")
			if utf8.RuneCountInString(head) <= limit && hasVerb(head) && !participleAfterNoun(words[:k]) {
				return head
			}
		}
	}
	if head := ofCut(s, limit); head != "" {
		return head
	}
	cut := s
	if r := []rune(s); len(r) > limit {
		cut = string(r[:limit])
	}
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return trimDangling(cut)
}

// phraseHeads are the heads of s, shortest first, of at most limit
// characters that end before a preposition or a comma, not inside a name
// (see splitsName), and keep a verb and minHeadlineWords words.
func phraseHeads(s string, limit int) []string {
	var out []string
	for _, loc := range phraseEnd.FindAllStringIndex(s, -1) {
		head, rest := s[:loc[0]], strings.Fields(s[loc[1]:])
		if !phraseHead(head, limit) || len(rest) > 0 && splitsName(text.LastWord(head), strings.TrimSpace(s[loc[0]:loc[1]]), rest[0]) ||
			cutsComplement(strings.Fields(head), strings.TrimSpace(s[loc[0]:])) || leavesModifier(strings.Fields(head), s[loc[0]:]) ||
			openQuestion(strings.Fields(head)) && auxiliaryBefore(s[loc[0]:]) {
			continue
		}
		out = append(out, strings.TrimRight(head, " ,;:"))
	}
	return out
}

// ofCut is the longest head of s of at most limit characters that ends
// before "of" and what it governs ("vowed to protect the integrity | of
// the harbour board from ..."), keeps a verb and minHeadlineWords words,
// and leaves no complement cut and no word hanging; "" when there is none.
func ofCut(s string, limit int) string {
	words := strings.Fields(s)
	for k := len(words) - 1; k >= minHeadlineWords; k-- {
		if strings.ToLower(words[k]) != "of" {
			continue
		}
		head := strings.TrimRight(strings.Join(words[:k], " "), " ,;:")
		last := strings.ToLower(strings.Trim(words[k-1], `"'“”‘’(),;:.`))
		if utf8.RuneCountInString(head) <= limit && hasVerb(head) && !dangles[last] && !amount(last) && !strings.ContainsAny(words[k-1], ",;:") &&
			!analyze.OpeningAlone(head) && analyze.Balanced(head) && !cutsComplement(words[:k], strings.Join(words[k:], " ")) {
			return head
		}
	}
	return ""
}

func phraseHead(head string, limit int) bool {
	return utf8.RuneCountInString(head) <= limit && len(strings.Fields(head)) >= minHeadlineWords && !analyze.OpeningAlone(head) && hasVerb(head) && !participleAfterNoun(strings.Fields(head)) && !thatWithoutVerb(head) && !wantsMore(strings.Fields(head)) && !verbOnlyInRelative(head)
}

// wantsMore reports whether words end on a verb of intent right after
// its subject's name ("Lena Marsh plans", "Lowe hopes"): what is
// planned or hoped is cut off; or on a reaction that someone drew
// ("Lowe won praise", "The plan drew criticism"): what it was for is.
func wantsMore(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	low := func(w string) string { return strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`)) }
	last, prev := low(words[n-1]), low(words[n-2])
	return intentVerbs[last] && isCapitalised(strings.Trim(words[n-2], `"'“”‘’(),;:.`)) || reactionNouns[last] && reactionVerbs[prev]
}

// reactionNouns are what people's words or deeds draw, and reactionVerbs
// how they draw it.
var reactionNouns, reactionVerbs = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`praise criticism backlash scrutiny attention applause condemnation
		outrage ridicule flak rebuke`) {
		reactionNouns[w] = true
	}
	for _, w := range strings.Fields(`won wins drew draws drawn drawing faced faces facing sparked sparks
		received receives earned earns attracted attracts prompted prompts`) {
		reactionVerbs[w] = true
	}
}

// intentVerbs say what someone means to do, and want it said.
var intentVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`plans wants hopes intends aims seeks vows pledges promises expects tries
		needs refuses threatens prepares offers agrees decides`) {
		intentVerbs[w] = true
	}
}

// trimDangling drops the words a headline must not end on (see dangles),
// keeping at least minHeadlineWords.
func trimDangling(s string) string {
	words := strings.Fields(s)
	for len(words) > minHeadlineWords && dangles[strings.ToLower(strings.Trim(words[len(words)-1], ","))] {
		words = words[:len(words)-1]
	}
	return strings.TrimRight(strings.Join(words, " "), " ,;:")
}

// dangles are words a cut headline must not end on.
var dangles = map[string]bool{
	"and": true, "or": true, "but": true, "of": true, "the": true, "a": true, "an": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true, "its": true,
	"their": true, "his": true, "her": true, "that": true, "than": true, "as": true, "was": true,
	"were": true, "is": true, "are": true, "be": true, "been": true, "how": true, "what": true,
	"who": true, "whether": true, "could": true, "would": true, "will": true, "not": true, "into": true,
	"says": true, "said": true, "say": true, "has": true, "have": true, "had": true,
	"some": true, "many": true, "most": true, "several": true, "few": true, "each": true, "every": true, "any": true,
	"until": true, "after": true, "before": true, "since": true, "about": true, "over": true, "against": true,
	// what needs the when or the what that a cut would leave out: "will
	// become effective | on July 1", "is due | on Monday", "is scheduled
	// | for Tuesday", "is poised | for a record"
	"effective": true, "due": true, "scheduled": true, "slated": true, "poised": true,
}

// subordinateClauses returns the clauses that "after", "when" or
// "because" open inside s, each a headline form of its own: "Tarrowites
// won the seat after Lena Marsh conceded the race" holds "Lena Marsh
// conceded the race". A clause must name its subject (no pronoun, no
// participle: "after losing the vote" has none) and hold a verb that
// surely is one; it ends at the sentence's end or at its next comma.
// The words before it must hold the sentence's own verb: in "The crowds
// on the quay after the festival may have spread the fever", "after"
// opens a phrase of the subject, and the verb after it is the crowds'.
func subordinateClauses(s string) []string {
	var out []string
	for _, loc := range subordinate.FindAllStringIndex(s, -1) {
		if verbAfterCut(s[:loc[0]], s[loc[1]:]) {
			continue
		}
		clause := dropStop(s[loc[1]:])
		if k := strings.IndexAny(clause, ",;:"); k >= 0 {
			clause = clause[:k]
		}
		words := strings.Fields(clause)
		if len(words) < minHeadlineWords {
			continue
		}
		if !namedSubject(words) || !analyze.Balanced(clause) {
			continue
		}
		out = append(out, headingFrom(strings.TrimRight(withoutThe(clause), " ,;:")))
	}
	return out
}

// subordinate matches where a clause of time or cause opens inside a
// sentence.
var subordinate = regexp.MustCompile(`,? (after|when|because) `)

// namedSubject reports whether a clause opens on its subject and its
// verb: it opens on a name, an article or a number; a verb that surely
// is one follows the first word, not as an article's adjective ("an
// attempted attack") nor as a participle before "by", with no relative
// word before it ("chatter that she was ..." is a noun and what it
// holds); and no pronoun stands anywhere in it, for someone the clause
// alone may not name.
func namedSubject(words []string) bool {
	first := strings.Trim(words[0], `"'“‘(`)
	if !isCapitalised(first) && !articles[first] && !amount(first) {
		return false // "because of a ban imposed by ...": a phrase, no subject
	}
	verb := -1
	for k, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.`))
		if personal(low) || subjectPronouns[low] || objectPronouns[low] {
			return false
		}
		passive := k+1 < len(words) && words[k+1] == "by" // "a ban imposed by": a participle
		if verb < 0 && k > 0 && (finiteWord(low) || beForms[low]) && !articles[strings.ToLower(words[k-1])] && !passive {
			verb = k
		}
		if verb < 0 && relatives[low] {
			return false
		}
	}
	return verb > 0 && !strings.HasSuffix(strings.ToLower(words[0]), "ing")
}

// objectPronouns stand for someone or something named before the clause.
var objectPronouns = map[string]bool{"them": true, "its": true, "their": true, "theirs": true, "themselves": true, "itself": true, "us": true, "our": true}

// subjectPronouns stand for a subject that a clause alone does not name.
var subjectPronouns = map[string]bool{"it": true, "they": true, "we": true, "i": true, "you": true, "this": true, "that": true, "these": true, "those": true, "there": true}

// leavesNamesOut reports whether headline form h of sentence t names
// nothing (no capitalised word past its first, other than a day or a
// month) while t names something in the words h leaves out:
// "Regulators opened a probe into a series of fires | in Kell Motors
// cars" tells of no car, and "Prosecutors will seek the death penalty |
// for a Dunmere student" of no one. The headline says who or what the
// news is about.
func leavesNamesOut(t, h string) bool {
	if len(names(h)) > 0 {
		return false
	}
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(h)) {
		in[text.Unpossessive(strings.Trim(w, `,.;:!?"'“”‘’()`))] = true
	}
	left := false
	for _, n := range names(t) {
		if in[n] {
			return false // the name that opens the headline
		}
		left = true
	}
	return left
}

// names returns the capitalised words of s past its first, in lower
// case, other than the names of days and months.
func names(s string) []string {
	var out []string
	for k, raw := range strings.Fields(s) {
		w := strings.Trim(raw, `,.;:!?"'“”‘’()`)
		if k == 0 || !isCapitalised(w) {
			continue
		}
		low := strings.ToLower(text.Unpossessive(w))
		if _, month := monthNames[low]; month || analyze.CalendarWord(low) {
			continue // "Jan.", "Friday"
		}
		out = append(out, low)
	}
	return out
}
