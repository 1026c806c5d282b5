package analyze

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// speechVerbs attribute a statement to whoever stands next to them.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"adds": true, "noted": true, "notes": true, "argued": true, "argues": true, "warned": true,
	"warns": true, "predicted": true, "predicts": true, "expects": true, "expect": true,
	"stated": true, "explained": true, "explains": true, "announced": true, "announces": true,
	"insisted": true, "insists": true, "cautioned": true, "suggested": true, "suggests": true,
	"estimated": true, "estimates": true, "wrote": true, "writes": true, "confirmed": true,
	"confirms": true, "acknowledged": true, "conceded": true, "replied": true, "responded": true,
	"recalled": true, "asked": true, "asks": true, "believes": true, "believe": true, "projected": true,
	"projects": true, "pledged": true, "promised": true, "vowed": true, "plans": true,
	"intends": true, "aims": true, "hopes": true, "hope": true, "claimed": true, "claims": true,
	"forecasts": true, "expected": true, "countered": true, "urged": true, "called": true, "calls": true,
	"warn": true, "note": true, "argue": true, "insist": true, "claim": true, "predict": true,
	"estimate": true, "suggest": true, "cautions": true, "caution": true,
	"show": true, "shows": true, "showed": true,
	"tweeted": true, "tweets": true, "testified": true, "testifies": true, "stressed": true,
	"stresses": true, "emphasized": true, "emphasised": true, "reiterated": true, "remarked": true,
}

// stanceVerbs report what someone did with words: defended a budget,
// threatened a walkout, welcomed a ruling. A sentence built on one
// reports a position and names who holds it, as a speech verb does.
var stanceVerbs = []string{
	"defended", "defends", "framed", "frames", "threatened", "threatens", "welcomed", "welcomes",
	"criticised", "criticized", "criticises", "criticizes", "praised", "praises", "accused",
	"accuses", "described", "describes", "dismissed", "dismisses", "questioned", "demanded",
	"demands", "denied", "denies", "thanked", "blamed", "blames",
}

func init() {
	for _, v := range stanceVerbs {
		speechVerbs[v] = true
	}
}

// IsSpeechVerb reports whether a lower-case word is a verb by which a
// sentence gives what someone said ("said", "told", "added", "warned").
func IsSpeechVerb(low string) bool { return speechVerbs[low] }

// inverted verbs may follow their speaker after a quote or a comma:
// `"...," said Halvorsen`.
var inverted = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "noted": true, "wrote": true,
	"explained": true, "asked": true, "warned": true, "insisted": true, "argued": true,
	"countered": true, "replied": true, "tweeted": true, "asks": true, "writes": true, "tells": true,
	"explains": true, "notes": true, "recalls": true,
}

// sources are nouns that name who is speaking without a proper name:
// "officials said", "according to the audit".
var sources = map[string]bool{}

// IsSourceNoun reports whether a lower-case word is a common noun for who
// states something ("officials", "scientists", "reports"): a role, not a
// name, even where a sentence opens with it.
func IsSourceNoun(low string) bool {
	return sources[low] || sources[strings.TrimSuffix(low, "s")]
}

func init() {
	for _, w := range strings.Fields(`official officials spokesperson spokesman spokeswoman
		spokespeople authority authorities police engineer engineers analyst analysts economist
		economists expert experts resident residents critic critics supporter supporters opponent
		opponents lawmaker lawmakers councillor councillors councilor councilors council ministry
		department agency company firm union statement report audit survey study researcher
		researchers scientist scientists doctor doctors organiser organisers organizer organizers
		prosecutor prosecutors lawyer lawyers attorney attorneys investigator investigators
		inspector inspectors owner owners operator operators leader leaders group board commission
		committee office government administration mayor governor minister director chief manager
		president chair chairman chairwoman executive treasurer auditor auditors commissioner
		regulator regulators trustee trustees teacher teachers parent parents worker workers staff
		employees shopkeepers drivers commuters campaigners activists advocates sources observers
		forecasters planners historians witnesses representatives members spokespersons officers
		members filing documents records court judge judges panel figures data military
		estimates count tally source`) {
		sources[w] = true
	}
}

// unnamedPerson reports whether words[j] is a noun for a person that
// "a" or "an" introduces, with a word at most between them: "a nurse
// wrote", "said a neighbour", "an angry neighbour told". Such a person is
// the speaker, unnamed; "the driver said" speaks of someone the report
// may have named, whom the page would leave unnamed.
func unnamedPerson(words []string, j int) bool {
	lw := strings.ToLower(trimPunct(words[j]))
	if !personNouns[lw] || lw == "who" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		switch strings.ToLower(words[k]) {
		case "a", "an":
			return true
		}
		if endsClause(words[k]) || isCap(words[k]) {
			return false
		}
	}
	return false
}

// pronouns as a speaker leave the sentence unattributed: the reader of
// one extracted sentence cannot tell who "he" is.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// Speaker returns who a sentence attributes its statement to: a name
// ("Ines Halvorsen", "the Harbor Authority") or a source ("officials",
// "the audit"), found next to a speech verb ("said", "told", "warned",
// "expects", ...), after one in the passive ("was welcomed by
// campaigners") or after "according to", outside quotation marks. It
// returns "" when the sentence attributes nothing, or only to a pronoun.
func Speaker(sentence string) string {
	return speaker(text.Normalize(sentence), false)
}

// speaker is Speaker on a normalised sentence; open says whether the
// sentence starts inside a quotation. A day or a month is no one: "...,
// according to lab results released Thursday" gives no speaker.
func speaker(n string, open bool) string {
	sp := speakerOf(n, open)
	for _, w := range strings.Fields(sp) {
		if !calendar[strings.ToLower(trimPunct(w))] {
			return sp
		}
	}
	return ""
}

// speakerOf is speaker, a day or a month included.
func speakerOf(n string, open bool) string {
	words := strings.Fields(outsideQuotes(n, open))
	reported := false // a verb of speech before opened what was said with "that"
	for i, w := range words {
		lw := strings.ToLower(trimPunct(w))
		if lw == "according" && i+1 < len(words) && strings.ToLower(trimPunct(words[i+1])) == "to" {
			if sp := speakerAfter(words, i+2); sp != "" {
				return sp
			}
			continue
		}
		if lw == "saying" && trimPunct(w) == lw {
			if sp := sayingSpeaker(words, i); sp != "" {
				return sp
			}
			continue
		}
		if !speechVerbs[lw] || trimPunct(w) != lw {
			continue // "Says" at a sentence start, or "Plans" as a noun
		}
		if pronounBefore(words, i) {
			if sp := namingSubject(words, i); sp != "" {
				return sp
			}
			// `"...," he said, according to the Ledger`: the speaker is
			// "he", whom the sentence before may name (see
			// resolveSpeaker); the outlet after "according to" only
			// carried the words
			return ""
		}
		prev := ""
		if i > 0 {
			prev = words[i-1]
		}
		if reported && !inClosingAttribution(words, i) {
			continue
		}
		before := speakerBefore(words, i)
		// "..., says Lena Marsh": after a comma, a verb of speech whose
		// speaker follows it is that speaker's, though a name closes
		// the clause before the comma ("... in New Tarrow, says
		// Marsh"); a name that an aside sets off before the verb
		// ("Lena Marsh, the harbour master, said ...") is its speaker
		if inverted[lw] && (prev == "\x00" || strings.HasSuffix(prev, ",")) && (before == "" || closesClause(before, prev)) {
			if sp, end := speakerAfterAt(words, i+1); sp != "" && !predicateFollows(words, end) {
				return sp
			}
		}
		if before != "" {
			return before
		}
		// the passive: "The result was welcomed by campaigners"
		if beForms[strings.ToLower(prev)] && i+1 < len(words) && strings.ToLower(words[i+1]) == "by" {
			if sp := speakerAfter(words, i+2); sp != "" {
				return sp
			}
		}
		if reportsClause(words, i) {
			// "The harbour master told police that Lowe told her to
			// close the pier": the verbs after "that" are what the
			// unnamed speaker reported; only an attribution set off by
			// a comma ("..., the board said.") or "according to" names
			// the sentence's speaker
			reported = true
		}
	}
	return ""
}

// opensSentence reports whether words[k] is a small word ("But",
// "Some") that opens the sentence or what follows a quotation, and so is
// capitalised for that, not as part of a name: "New" inside a sentence
// is a name's.
func opensSentence(words []string, k int) bool {
	return (k == 0 || words[k-1] == "\x00") && text.IsStopWord(strings.ToLower(trimPunct(words[k])))
}

// inClosingAttribution reports whether the verb at words[i] stands in a clause
// that a comma sets off within maxClosing words before it: "..., the
// official said", "..., said Lena Marsh".
func inClosingAttribution(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxClosing; j-- {
		if words[j] == "\x00" {
			return true // a quotation's place: `"...," the board said`
		}
		if strings.HasSuffix(strings.TrimRight(words[j], `"'”’`), ",") {
			return true // `..., the board said`, `..."," the board said`
		}
	}
	return false
}

// maxClosing is the most words between the comma that opens a closing
// attribution and its verb: "..., the study in the journal of the
// Tarrow harbour trust said".
const maxClosing = 12

// reportsClause reports whether the verb of speech at words[i] opens
// what was said with "that", right after it or after its listener ("told
// police that"): a verb of speech in that clause is someone else's words
// as the speaker reported them.
func reportsClause(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		if words[k] == "\x00" || strings.ContainsAny(words[k-1], ",;:") {
			return false
		}
		if strings.ToLower(words[k]) == "that" {
			return true
		}
	}
	return false
}

// roleThenName reads, after a name that ends at words[end] and no
// comma, a role of one to three words in lower case and the name of the
// person who holds it ("Tarrow police Detective Lena Marsh", "Tarrow
// council leader Paul Lowe"): the name before is where they serve, and
// the person is the speaker. It returns the person's name and the index
// of its last word; -1 when words[end+1:] is no such role and name.
func roleThenName(words []string, end int) (string, int) {
	if endsClause(words[end]) {
		return "", -1
	}
	k := end + 1
	role := false
	for k < len(words) && k <= end+3 && !isCap(words[k]) {
		lw := strings.ToLower(trimPunct(words[k]))
		if text.IsStopWord(lw) || words[k] != trimPunct(words[k]) {
			return "", -1
		}
		role = roles[lw] || sources[lw] || personNouns[lw]
		k++
	}
	if !role || k >= len(words) || !isCap(words[k]) || pronouns[strings.ToLower(trimPunct(words[k]))] {
		return "", -1
	}
	last := k
	for last+1 < len(words) && !endsClause(words[last]) && isCap(words[last+1]) {
		last++
	}
	return strings.Join(trimAll(words[k:last+1]), " "), last
}

// clauseAside reports whether words open a clause of time, cause or
// condition ("when the storm hit, ..."), which sets off no aside of the
// name before it: "Lena Marsh, who ..., said" is Marsh's, "... near
// Tarrow, when the storm hit, said Lena Marsh" is not Tarrow's.
func clauseAside(words []string) bool {
	if len(words) == 0 {
		return false
	}
	lw := strings.ToLower(trimPunct(words[0]))
	return subordinators[lw] && !relatives[lw] && lw != "whose"
}

// closesClause reports whether the speaker that speakerBefore read,
// before, is the name that ends the word prev, the one right before the
// verb, with the comma after it: the end of a clause, not a speaker set
// off by an aside.
func closesClause(before, prev string) bool {
	return strings.HasSuffix(prev, ",") && text.LastWord(before) == trimPunct(prev)
}

// sayingSpeaker reads who speaks through "saying" at words[i]. Quoted
// speech that another carried: "Lowe was quoted as saying", "Lowe is
// quoted by the Ledger as saying" and "the Ledger quoted Lowe as saying"
// give Lowe, never the carrier. Otherwise the participle goes back to
// the subject that opens the sentence, after a comma or a statement:
// "Mayor Lena Marsh addressed the crowd, saying ...", "The board issued
// a statement saying ...". A pronoun or a subject that does not open the
// sentence ("By May, Marsh endorsed Lowe saying ...") gives "".
func sayingSpeaker(words []string, i int) string {
	if i < 2 {
		return ""
	}
	if strings.ToLower(words[i-1]) == "as" {
		return quotedAsSpeaker(words, i-1)
	}
	prev := words[i-1]
	if !strings.HasSuffix(prev, ",") && strings.ToLower(prev) != "statement" {
		return ""
	}
	// the subject's verb, in the past ("Lena Marsh addressed", "The
	// harbour board issued", "Lowe began"): the speaker is the subject
	// before it, which opens the sentence
	for v := 1; v < i-1 && v <= maxSubject; v++ {
		w := words[v-1]
		if w == "\x00" || strings.ContainsAny(w[len(w)-1:], ",;:!?)") {
			return "" // an opening phrase or a clause before the subject's verb
		}
		if isCap(words[v]) || !pastForm(strings.ToLower(trimPunct(words[v]))) {
			continue
		}
		if sp, k := speakerBeforeAt(words, v); sp != "" && onlyTitles(words[:k]) {
			return sp
		}
		return ""
	}
	return ""
}

// maxSubject is the most words of a subject before its verb that
// sayingSpeaker reads.
const maxSubject = 8

// onlyTitles reports whether words, which stand before a speaker's name
// at a sentence's start, are an opening conjunction and article ("The",
// "But the") and titles ("Mr", "Sen.", "U.S.") only: "Veteran crooner" or
// "A New" before a name say that the name is not the whole subject.
func onlyTitles(words []string) bool {
	for k, w := range words {
		low := strings.ToLower(trimPunct(w))
		switch {
		case k < 2 && (determiners[low] || low == "but" || low == "and" || low == "so" || low == "yet"):
		case text.EndsOnTitle(w) || isCap(w) && strings.HasSuffix(w, "."):
		case low == "mr" || low == "mrs" || low == "ms" || low == "dr":
		default:
			return false
		}
	}
	return true
}

// quotedAsSpeaker reads the speaker of "quoted ... as saying" whose "as"
// is words[a]: the name between "quoted" and "as", or the subject of "was
// quoted" when none stands there.
func quotedAsSpeaker(words []string, a int) string {
	q := -1
	for k := a - 1; k >= 0 && k >= a-8; k-- {
		if words[k] == "\x00" {
			return ""
		}
		if strings.ToLower(words[k]) == "quoted" {
			q = k
			break
		}
	}
	if q < 1 {
		return ""
	}
	if q+1 < a && strings.ToLower(words[q+1]) != "by" {
		// "the Ledger quoted Lowe as saying"
		if sp, k := speakerBeforeAt(words, a); sp != "" && k > q && onlyTitles(words[q+1:k]) {
			return sp
		}
		return ""
	}
	j := q
	if j > 0 && beForms[strings.ToLower(words[j-1])] {
		j--
	}
	if j == q {
		return "" // "quoted as saying" with no "was" before it
	}
	return speakerBefore(words, j)
}

// pronounBefore reports whether the verb of speech words[i] has "he"
// or "she" for its subject, right before it or before its auxiliaries
// ("she has said", "he also told").
func pronounBefore(words []string, i int) bool {
	j := i - 1
	for j >= 0 && isAuxiliary(words[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	w := strings.ToLower(words[j])
	return w == "he" || w == "she"
}

// namingSubject returns the subject that opens the sentence when the
// verb at words[i] names something in a relative clause of its own, by
// "he" or "she": "Lena Marsh closed the pier after what she called "a
// season of rot"", "Tarrow's governor signed an order that he called
// "overdue"". The pronoun of such a clause is the subject's; the name
// must open the sentence, so that an opening phrase ("After Lowe left,
// ...") gives no one. "" otherwise.
func namingSubject(words []string, i int) string {
	if lw := strings.ToLower(words[i]); lw != "called" && lw != "calls" || i < 2 {
		return ""
	}
	switch strings.ToLower(words[i-2]) {
	case "what", "that", "which":
	default:
		return ""
	}
	if !isCap(words[0]) {
		return ""
	}
	sp, end := speakerAfterAt(words, 0)
	if sp == "" || end >= i-2 || endsClause(words[end]) || possessive(words[end]) {
		return "" // "Tarrow's harbour master": the subject goes on past the name
	}
	// one person: a name, or a person's role in the singular
	// ("Tarrow's governor"), not a source such as "Officials" nor a
	// word alone that may be a plural ("Residents")
	last := strings.ToLower(text.Unpossessive(trimPunct(words[end])))
	if IsSourceNoun(last) && !personNouns[last] || end == 0 && strings.HasSuffix(last, "s") {
		return ""
	}
	return sp
}

// speakerBefore reads the speaker that ends just before words[i]:
// a run of capitalised words, or a source noun with its modifier.
func speakerBefore(words []string, i int) string {
	sp, _ := speakerBeforeAt(words, i)
	return sp
}

// partyTag matches a legislator's party and state in parentheses:
// "(R-Ky.)", "(D-N.Y.)", "(I-Vt)".
var partyTag = regexp.MustCompile(`^\([RDI]-[A-Za-z. ]{1,12}\),?$`)

// speakerBeforeAt is speakerBefore that also returns the index of the
// speaker's first word; -1 when there is no speaker.
func speakerBeforeAt(words []string, i int) (string, int) {
	j := i - 1
	// "Halvorsen also said", "officials have said"
	for j >= 0 && isAuxiliary(words[j]) {
		j--
	}
	// "Sen. Lena Marsh (D-Tarrow) said": the party and state are no name
	if j > 0 && partyTag.MatchString(words[j]) {
		j--
	}
	// "Halvorsen on Tuesday said": a day or month between speaker and verb
	for j > 0 && calendar[strings.ToLower(trimPunct(words[j]))] {
		j--
		if j > 0 && timePrepositions[strings.ToLower(words[j])] {
			j--
		}
	}
	// "Priya Anand, the authority's chief engineer, said": skip the
	// apposition back to the comma that opens it.
	if j > 0 && strings.HasSuffix(words[j], ",") {
		for k := j - 1; k >= 0 && k >= j-14; k-- {
			if words[k] == "\x00" {
				break
			}
			if strings.HasSuffix(words[k], ",") {
				if sources[strings.ToLower(trimPunct(words[k]))] && allCap(words[k+1:j+1]) {
					// "A board spokesman, Paul Lowe, said": the aside
					// is the speaker's name
					return strings.Join(trimAll(words[k+1:j+1]), " "), k + 1
				}
				if clauseAside(words[k+1:]) {
					break // "..., near Tarrow, when the storm hit, said Lena Marsh": no aside of a name
				}
				if isCap(words[k]) && !calendar[strings.ToLower(trimPunct(words[k]))] || sources[strings.ToLower(trimPunct(words[k]))] {
					j = k // not "... landed on Wednesday, Ines from Dunmere, told ..."
				}
				break
			}
		}
	}
	if j < 0 || words[j] == "\x00" || strings.HasSuffix(words[j], ",") && !isCap(words[j]) || possessive(words[j]) {
		return "", -1 // after a possessive, the verb is a noun: "Lowe's plans", "the agency's estimates"
	}
	if isCap(words[j]) && !pronouns[strings.ToLower(trimPunct(words[j]))] {
		k := j
		for k > 0 && (isCap(words[k-1]) || isConnectorWord(words[k-1]) && k > 1 && isCap(words[k-2])) && !endsClause(words[k-1]) {
			k--
		}
		if k > 0 && sourcePhrasePreps[strings.ToLower(words[k-1])] {
			// "Priya Anand, the chief engineer at Tarrow told ...": the
			// name after the preposition is where the speaker works,
			// and the speaker is the one the aside describes
			if sp, a := appositionOpener(words, k-1); a >= 0 {
				return sp, a
			}
		}
		for k <= j && text.IsStopWord(strings.ToLower(trimPunct(words[k]))) {
			k++ // "The Harbor Authority" is "Harbor Authority"
		}
		if k > j {
			return "", -1
		}
		return strings.Join(trimAll(words[k:j+1]), " "), k
	}
	lw := strings.ToLower(trimPunct(words[j]))
	if sources[lw] || unnamedPerson(words, j) {
		if sp, k := ownedSource(words, j); k >= 0 {
			return sp, k
		}
		if k := openingModifiers(words, j); k >= 0 {
			return strings.Join(trimAll(words[k:j+1]), " "), k
		}
		k := j
		if k > 0 && !endsClause(words[k-1]) && !text.IsStopWord(strings.ToLower(trimPunct(words[k-1]))) {
			k--
			// a name of more words ("the South Tarrow police"); a word
			// that opens the sentence ("But", "Some") is capitalised for
			// it, and only a capitalised small word inside it ("New") is
			// part of the name
			for k > 0 && isCap(words[k]) && isCap(words[k-1]) && !endsClause(words[k-1]) && !determiners[strings.ToLower(words[k-1])] && !opensSentence(words, k-1) {
				k--
			}
		}
		return strings.Join(trimAll(words[k:j+1]), " "), k
	}
	return describedSource(words, j)
}

// appositionOpener finds the name that opens an aside running up to
// words[end] whose closing comma the report left out: "Priya Anand, the
// authority's chief engineer at Tarrow" gives "Priya Anand". The name is
// a run of capitals that starts the sentence, a quotation's close or a
// clause, and ends in the aside's comma within maxAside words; the aside
// holds no other comma. It returns -1 for none.
func appositionOpener(words []string, end int) (string, int) {
	for c := end - 1; c > 0 && c >= end-maxAside; c-- {
		w := words[c]
		if w == "\x00" || strings.ContainsAny(w[len(w)-1:], ";:!?") {
			return "", -1 // a full stop inside a sentence ends an abbreviation ("U.S.")
		}
		if !strings.HasSuffix(w, ",") {
			continue
		}
		if !isCap(w) {
			return "", -1 // a comma inside the aside: a list, not one aside
		}
		k := c
		for k > 0 && isCap(words[k-1]) && !endsClause(words[k-1]) {
			k--
		}
		if k > 0 && words[k-1] != "\x00" && !endsClause(words[k-1]) || pronouns[strings.ToLower(trimPunct(words[k]))] || sources[strings.ToLower(trimPunct(words[c]))] {
			return "", -1
		}
		if text.IsStopWord(strings.ToLower(trimPunct(words[k]))) {
			return "", -1 // "In Dunmere, officials at ...": an opening phrase, no name
		}
		return strings.Join(trimAll(words[k:c+1]), " "), k
	}
	return "", -1
}

// maxAside is the most words of an aside between a speaker's name and
// the verb of speech.
const maxAside = 16

// describedSource reads a source noun that a short phrase ending at
// words[j] describes: "a lawyer for the family said", "officials at the
// scene said", where the word before the verb is no speaker of its own.
// The source must head its noun phrase (after an article, a possessive,
// a comma or the sentence's start, with one modifier at most), so that
// "a neighbour who saw reporters at the house said" gives no speaker
// here. It returns the source as speakerBeforeAt does, or -1 for none.
func describedSource(words []string, j int) (string, int) {
	for p := j - 1; p >= 1 && p >= j-4; p-- {
		if words[p] == "\x00" || endsClause(words[p]) {
			return "", -1
		}
		if !sourcePhrasePreps[words[p]] {
			continue
		}
		s := p - 1
		if endsClause(words[s]) || !sources[strings.ToLower(trimPunct(words[s]))] {
			return "", -1
		}
		// what may stand before a noun phrase's head: its start, an
		// article or a possessive
		before := func(b int) bool {
			return b < 0 || words[b] == "\x00" || endsClause(words[b]) || possessive(words[b]) || determiners[strings.ToLower(words[b])]
		}
		b := s - 1
		if !before(b) && !text.IsStopWord(strings.ToLower(words[b])) {
			b-- // one modifier: "a family lawyer for"
		}
		if !before(b) {
			return "", -1
		}
		k := s
		if b < s-1 {
			k = s - 1
		}
		return strings.Join(trimAll(words[k:s+1]), " "), k
	}
	return "", -1
}

// sourcePhrasePreps open the phrase that says whose a source is or where
// it speaks from: "a lawyer for the family", "officials at the scene".
var sourcePhrasePreps = map[string]bool{"for": true, "with": true, "at": true, "from": true, "of": true, "representing": true}

// ownedSource reads a source noun at words[j] that a titled body owns,
// "the State Harbour Master's office": the speaker is the office of
// that title, named whole, where its last word alone ("Master office")
// names nothing. Only a run of capitals after "the" is such a title; a
// place owns without it ("Tarrow's council"). It returns -1 for none.
func ownedSource(words []string, j int) (string, int) {
	o := j - 1
	if o < 1 || !possessive(words[o]) || !isCap(words[o]) || endsClause(words[o]) {
		return "", -1
	}
	k := o
	for k > 0 && isCap(words[k-1]) && !endsClause(words[k-1]) && !possessive(words[k-1]) {
		k--
	}
	if k == 0 || strings.ToLower(words[k-1]) != "the" {
		for k < o && opensSentence(words, k) {
			k++ // "But South Tarrow's police": "But" opens the sentence
		}
	}
	owner := strings.Join(trimAll(words[k:o+1]), " ")
	if k == 0 || strings.ToLower(words[k-1]) != "the" {
		// a place owns without it: "South Tarrow's police", whose last
		// word alone ("Tarrow police") is another place's
		return owner + "'s " + trimPunct(words[j]), k
	}
	return "the " + owner + "'s " + trimPunct(words[j]), k - 1
}

// openingModifiers returns where the words before a source noun at
// words[j] begin when a determiner that opens the sentence heads them,
// so that they all describe the source: "The special forces group says"
// is the special forces group. Two or three plain lower-case words at
// most; -1 otherwise (a source after anything else keeps one modifier:
// "After the vote city officials said" is city officials).
func openingModifiers(words []string, j int) int {
	if j < 3 || j > 4 || !determiners[strings.ToLower(words[0])] {
		return -1
	}
	for k := 1; k < j; k++ {
		w := words[k]
		if isCap(w) || endsClause(w) || possessive(w) || text.IsStopWord(strings.ToLower(trimPunct(w))) {
			return -1
		}
	}
	return 1
}

// determiners open a noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true}

// timePrepositions open a time ("on Tuesday", "last March").
var timePrepositions = map[string]bool{"on": true, "in": true, "last": true, "this": true, "next": true, "early": true, "late": true}

// speakerAfter reads the speaker that starts at words[i]: a name
// ("Mayor Ines Halvorsen"), possibly after a role ("depot manager Carla
// Weiss" gives "Carla Weiss"), or a source without a name ("the
// spokesperson", "city engineers").
func speakerAfter(words []string, i int) string {
	sp, _ := speakerAfterAt(words, i)
	return sp
}

// speakerAfterAt is speakerAfter that also returns the index of the
// speaker's last word; -1 when there is no speaker.
func speakerAfterAt(words []string, i int) (string, int) {
	if i >= len(words) || words[i] == "\x00" {
		return "", -1
	}
	start := i
	source := -1            // last word of a source noun phrase, if any
	title := [2]int{-1, -1} // the words of a title quoted inside the phrase
scan:
	for k := i; k < len(words) && k < i+6 && words[k] != "\x00"; k++ {
		w := trimPunct(words[k])
		lw := strings.ToLower(w)
		if k > i && title[0] < 0 && strings.IndexAny(words[k], `'"‘“`) == 0 {
			// a title quoted inside the phrase ("the 'Harbour Lights'
			// singer") names a work, not who spoke: its words describe
			// the noun after them, and the speaker is that noun
			title[0] = k
			for k < len(words)-1 && !endsOnQuoteMark(words[k]) {
				k++
			}
			title[1] = k
			continue
		}
		switch {
		case text.EndsOnTitle(words[k]) && k+1 < len(words) && isCap(words[k+1]):
			continue // "said Dr. Lena Marsh": the name follows its title
		case isCap(words[k]) && !pronouns[lw] && !text.IsStopWord(lw):
			end := k
			for end+1 < len(words) && !endsClause(words[end]) && (isCap(words[end+1]) || isConnectorWord(words[end+1]) && end+2 < len(words) && isCap(words[end+2])) {
				end++
			}
			if named, last := roleThenName(words, end); last >= 0 {
				return named, last // "said Tarrow police Detective Lena Marsh": Marsh, of Tarrow's police
			}
			// a name that says whose sources they are: "according to
			// Tarrow police", "said South Tarrow's harbour officials"
			name, owned := end, end
			for j := end + 1; j < len(words) && j <= end+2 && !endsClause(words[j-1]); j++ {
				if lj := strings.ToLower(trimPunct(words[j])); sources[lj] {
					owned = j
				} else if isCap(words[j]) || text.IsStopWord(lj) {
					break
				}
			}
			if owned > name && owned+1 < len(words) && !endsClause(words[owned]) {
				// "the Harbor Authority's council minutes": the noun
				// was a modifier of the one after it
				if next := strings.ToLower(trimPunct(words[owned+1])); !isCap(words[owned+1]) && !text.IsStopWord(next) && !speechVerbs[next] {
					owned = name
				}
			}
			sp := strings.Join(trimAll(words[k:name+1]), " ")
			if owned > name {
				if possessive(words[name]) {
					sp += "'s"
				}
				sp += " " + strings.Join(trimAll(words[name+1:owned+1]), " ")
			}
			return sp, owned
		case sources[lw] || unnamedPerson(words, k) || title[0] >= 0 && personNouns[lw]:
			// after a quoted title, a noun for a person too: "the
			// 'Harbour Lights' singer" is the singer
			source = k
		case k == i && (lw == "the" || lw == "a" || lw == "an"):
			// a determiner opens the phrase
		case source < 0 && !text.IsStopWord(lw):
			// a modifier before the source: "city engineers"
		default:
			break scan
		}
		if endsClause(words[k]) {
			break
		}
	}
	if source >= 0 {
		phrase := words[start : source+1]
		if title[0] >= 0 {
			phrase = append(slices.Clone(words[start:title[0]]), words[title[1]+1:source+1]...)
		}
		return strings.Join(trimAll(phrase), " "), source
	}
	return "", -1
}

// allCap reports whether there are two to four words, each capitalised
// and none a pronoun: a name in full. One word ("the company, Tarrow,
// said") may be a body's short name, which the source noun before it
// describes better.
func allCap(ws []string) bool {
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isCap(w) || pronouns[strings.ToLower(trimPunct(w))] {
			return false
		}
	}
	return true
}

// predicateFollows reports whether a verb follows the name that ends at
// words[end], so that the name is the subject of what was said rather
// than who said it: in "..., said Tarrow was ready to talk" Tarrow is
// no speaker, as it is in "..., said Tarrow." or "..., said Tarrow on
// Monday".
func predicateFollows(words []string, end int) bool {
	if end+1 >= len(words) || endsClause(words[end]) {
		return false
	}
	next := strings.ToLower(trimPunct(words[end+1]))
	switch next {
	case "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does":
		return true
	}
	return beForms[next]
}

func isAuxiliary(w string) bool {
	switch strings.ToLower(w) {
	case "also", "has", "have", "had", "previously", "later", "then", "again", "repeatedly", "publicly", "separately":
		return true
	}
	return false
}

// endsOnQuoteMark reports whether w's last character is a quotation
// mark, single or double, straight or curly.
func endsOnQuoteMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(`'"’”`, r)
}

func isCap(w string) bool {
	w = trimPunct(w)
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

func isConnectorWord(w string) bool {
	switch w {
	case "of", "for", "de", "van", "von":
		return true
	}
	return false
}

func endsClause(w string) bool {
	return strings.ContainsAny(w[len(w)-1:], ",.;:!?)")
}

// possessive reports whether a word, its punctuation aside, ends in a
// possessive: "mayor's", "officials'".
func possessive(w string) bool { return text.IsPossessive(strings.Trim(w, ",.;:!?()[]\"")) }

func trimPunct(w string) string {
	w = strings.Trim(w, ",.;:!?()[]\"")
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
}

func trimAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = trimPunct(w)
	}
	return out
}
