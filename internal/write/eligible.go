package write

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// connectives may be trimmed from the start of a sentence: they tie it to
// the sentence before in its report, which the page does not show. Verify
// accepts a sentence whose report has one of these before it.
var connectives = []string{
	"But,", "And,", "But", "And", "Yet", "So,", "So", "Still,", "Meanwhile,", "However,", "However", "Also,", "Separately,",
	"Moreover,", "Furthermore,", "Indeed,", "In addition,", "Instead,", "Even so,", "Elsewhere,",
	"More important,", "More importantly,", "Most important,", "Most importantly,",
	"In fact,", "Thus,", "Therefore,", "Hence,", "As a result,", "Similarly,", "Likewise,", "Nonetheless,",
	"Nevertheless,", "Additionally,", "In short,", "First,", "Second,", "Third,", "Finally,", "Again,",
	"For instance,", "For example,", "Anyway,", "Anyhow,", "Besides,", "After all,", "Regardless,",
	"Further,", "Plus,", "What's more,", "What’s more,", "Either way,", "In any case,", "Then again,",
	// the close of a story told before ("In the end, the board ...")
	"In the end,", "When all was said and done,", "When all is said and done,", "At the end of the day,",
	// what the writer expected, which the sentence before set up
	"Sure enough,", "Of course,", "Not surprisingly,", "Unsurprisingly,", "Predictably,", "Naturally,",
}

// answers open a reply to a question the page does not show ("No,
// except for ...", "Yes, and ..."), or a speaker's turn ("Well, ...").
var answers = map[string]bool{
	"no": true, "yes": true, "well": true, "sure": true, "oh": true, "ok": true, "okay": true,
	"right": true, "absolutely": true, "exactly": true, "nope": true, "yeah": true,
}

// degreeWord reports whether s opens with a word that "So" modifies ("So
// far, ...", "So many ..."), where "So" is no connective.
func degreeWord(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(strings.Trim(w, ",")) {
	case "far", "much", "many", "few", "little", "long", "often", "too":
		return true
	}
	return false
}

// dangling first words refer to something the page does not show, or
// carry on from the sentence before ("Or ..."), so a
// sentence that starts with one cannot stand alone.
var dangling = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "their": true, "its": true, "such": true, "both": true,
	"another": true, "others": true, "then": true, "him": true, "them": true, "or": true, "nor": true,
	"it's": true, "that's": true, "there's": true, "they're": true, "he's": true, "she's": true,
	"here's": true, "these're": true, "that'll": true, "it'll": true, "they'll": true, "they've": true,
	"which": true,
}

// timeOnly reports whether the words up to the first comma only tell a
// time: a year, a date, a weekday or a month ("2004,", "last May,",
// "early 2019,", "Monday night,").
func timeOnly(words []string) bool {
	for _, w := range words {
		low := strings.ToLower(strings.TrimSuffix(w, ","))
		if !analyze.CalendarWord(low) && !analyze.MonthShort(strings.TrimSuffix(low, ".")) && !timeQualifiers[low] && !dayParts[low] && strings.Trim(low, "0123456789") != "" {
			return false
		}
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// dayParts follow a day to tell the time of it: "Monday night".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// timeQualifiers come before a year or a month to place a time in it.
var timeQualifiers = map[string]bool{"last": true, "early": true, "late": true, "mid": true, "next": true}

// demonstrativeOpening reports whether an opening phrase points back
// with a demonstrative: "Despite these setbacks, ...", "Because of that
// decision, ...", "In this case, ...", "In another instance, ...". One
// that tells the time of now ("In this year's race", "At this point")
// does not.
func demonstrativeOpening(words []string) bool {
	first := strings.ToLower(words[0])
	if !analyze.OpensPhrase(first) && !analyze.OpensClause(first) {
		return false
	}
	for k := 1; k < len(words) && k <= 3; k++ {
		w := strings.ToLower(strings.Trim(words[k], `"'“‘`))
		if !demonstratives[w] {
			if k == 1 && w == "of" {
				continue // "Because of these ..."
			}
			return false
		}
		// the noun the demonstrative points with, up to the comma that
		// ends the opening phrase
		for j := k + 1; j < len(words) && j <= k+3; j++ {
			noun := strings.ToLower(strings.Trim(words[j], `,"'”’`))
			noun = text.Unpossessive(noun)
			if nowWords[noun] {
				return false
			}
			if strings.HasSuffix(words[j], ",") {
				return true
			}
		}
		return false
	}
	return false
}

// demonstratives point back at what was said before.
var demonstratives = map[string]bool{"this": true, "these": true, "those": true, "that": true, "such": true, "another": true}

// nowWords after "this" tell the time of now, not what was said before.
var nowWords = map[string]bool{"year": true, "week": true, "month": true, "weekend": true, "season": true,
	"summer": true, "winter": true, "spring": true, "fall": true, "autumn": true, "morning": true,
	"afternoon": true, "evening": true, "century": true, "decade": true, "time": true, "point": true, "term": true}

// ordinalSubject reports whether a sentence opens on an ordinal that
// stands for a noun the sentence before gave, as its subject: "The third
// was a free kick ...", "The latter said ..." (a verb right after it),
// or one set off by a comma ("The second, a bill on farm work, ..."),
// where "The third ferry left ..." names its noun.
func ordinalSubject(words []string) bool {
	if len(words) < 3 || words[0] != "The" {
		return false
	}
	if one, ok := strings.CutSuffix(words[1], ","); ok && standIns[one] {
		return true // "The second, a bill on farm work, would ...": the second of what
	}
	if !standIns[words[1]] {
		return false
	}
	next := strings.Trim(words[2], ",")
	return auxiliaries[next] || pastForm(next)
}

// standIns are the words that stand for a noun given before them after
// "the".
var standIns = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"last": true, "latter": true, "former": true, "other": true, "others": true, "rest": true, "remainder": true}

// danglingSubject reports whether a sentence leans on the one before it
// through the subject of its main clause: an opening phrase, then a
// pronoun or demonstrative ("In 2009, they presented ...", "On Monday,
// it said ...", "In some cases, though, it ..."), an opening clause
// then a demonstrative (see demonstrativeAfterClause), or a time told
// against the sentence before ("Earlier, ...", "Two years later, ...":
// see spanBack), or a demonstrative in the opening phrase (see
// demonstrativeOpening). "It" that only holds the place of what follows
// ("On average, it was found that ...") stands.
func danglingSubject(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 {
		return false
	}
	first := strings.ToLower(words[0])
	if relativeTime[strings.TrimSuffix(first, ",")] && strings.HasSuffix(first, ",") {
		return true
	}
	if consequence[strings.Trim(first, ",")] || backTurns[first] {
		return true // "Thus the choice ..."
	}
	if second := strings.ToLower(words[1]); backTurns[first+" "+second] || len(words) > 2 && backTurns[first+" "+second+" "+strings.ToLower(words[2])] {
		return true // "In response, ...", "In turn, ..."
	}
	if spanBack(words) {
		return true
	}
	if second, ok := strings.CutSuffix(strings.ToLower(words[1]), ","); ok {
		// "Shortly afterward, ...", "Soon after, ...", "Moments later, ..."
		if relativeTime[second] || second == "after" || second == "before" {
			return true
		}
		// "Before that, ...", "Despite this, ...", "Since then, ...": a
		// preposition whose object is what the sentence before said
		if backObjects[second] && (analyze.OpensPhrase(first) || analyze.OpensClause(first)) {
			return true
		}
	}
	if demonstrativeOpening(words) || leansOnTime(t) || ordinalSubject(words) {
		return true
	}
	participle := len(first) > 4 && strings.HasSuffix(first, "ed") || len(first) > 5 && strings.HasSuffix(first, "ing")
	if analyze.OpensClause(first) && demonstrativeAfterClause(words) {
		return true
	}
	if !analyze.OpensPhrase(first) && !participle && !(analyze.OpensClause(first) && timeOnly(words[1:])) {
		// "Added together, that is ..." opens as "In all, that is ..."
		// does, and "Since 2004, it ..." as "In 2004, it ...": a
		// subordinator before a time alone opens a phrase, which names
		// nothing a pronoun after it could mean
		return false
	}
	for k := 0; k < len(words)-1 && k < maxOpening; k++ {
		if !strings.HasSuffix(words[k], ",") {
			continue
		}
		if k+2 < len(words) && setOffAdverbs[strings.ToLower(words[k+1])] {
			k++ // "In some cases, though, it ...": the subject comes after the aside
		}
		subject := strings.ToLower(strings.Trim(words[k+1], `"'“‘`))
		switch {
		case subject == "it":
			return !placeholderIt(words[k+2:])
		case subject == "it's":
			return !placeholderIt(append([]string{"is"}, words[k+2:]...))
		case subject == "he" || subject == "she" || subject == "his" || subject == "her":
			return false // selfContained looks for someone named before
		}
		return dangling[subject]
	}
	return false
}

// openFragment reports whether a sentence is an opening phrase that no
// main clause follows: it opens with "From" or "To", or with a
// participle ("Inspired by ...", "Including ...", not a name such as
// "United" that the story writes capitalised mid-sentence), and has no
// comma to close the phrase before a clause ("From Ramos to Lowe, the
// ..."). Such a line is a list item, a caption or the rest of a sentence
// the text broke up. A sentence that opens so and goes on without a comma ("From
// 2010 to 2015 fares rose by 40 percent") is lost with them.
func (d *draft) openFragment(t string) bool {
	if strings.Contains(t, ",") {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	low := strings.ToLower(strings.Trim(first, `"'“‘(`))
	switch {
	case low == "from", low == "to":
		return true
	case analyze.OpensPhrase(low) || analyze.OpensClause(low) || low == "according":
		return false
	}
	participle := len(low) > 4 && strings.HasSuffix(low, "ed") || len(low) > 5 && strings.HasSuffix(low, "ing")
	words := strings.Fields(t)
	return participle && !d.proper[low] && !describesSubject(words) && !gerundSubject(words)
}

// gerundSubject reports whether a sentence that opens with a word in
// -ing opens with its subject: an activity named by its verb ("Trading
// halted briefly ...", "Trading in harbour bonds was halted ...",
// "Having the data could help ..."), or a word in -ing before a noun
// ("Rising prices pushed ..."). The verb follows it, after the noun, a
// short phrase that a preposition opens, or, for an auxiliary or a
// modal, a few words of the activity's own with no clause of their own.
// A participle that opens a phrase with no such verb is no subject
// ("Including those hurt ...", "Leaving the quay at dawn"); a word in
// -ing before a name ("Outgoing Sen. ...") is not read here.
func gerundSubject(words []string) bool {
	if len(words) < 3 || !strings.HasSuffix(strings.ToLower(words[0]), "ing") {
		return false
	}
	if verbAt(words, 1, false) {
		return true
	}
	next := strings.ToLower(words[1])
	if !isLowerWord(strings.Trim(words[1], `"'“”‘’(),;:.`)) {
		return false // a word in -ing before a name is left to the other checks
	}
	if !text.IsStopWord(next) && verbAt(words, 2, false) {
		return true // "Rising prices pushed ...", "Neighbouring ports closed ..."
	}
	for k := 2; k < len(words) && k <= maxGerundPhrase; k++ {
		low := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))
		if relatives[low] || low == "when" {
			return false // "Including two piers that were rebuilt ...": a clause of the phrase
		}
		if auxiliaries[low] && low != "said" && low != "says" || gerundPrepositions[next] && verbAt(words, k, false) {
			return true // "Having the data could help ...", "Trading in bonds was halted ..."
		}
		if strings.ContainsAny(words[k], ",;:") {
			return false
		}
	}
	return false
}

// gerundPrepositions open the phrase that may follow an activity named
// as a subject: "Trading in ...", "Spending on ...", "Fighting near ...".
var gerundPrepositions = map[string]bool{"in": true, "on": true, "of": true, "at": true, "near": true, "across": true, "around": true,
	"between": true, "among": true, "over": true, "against": true, "with": true}

// maxGerundPhrase is the most words, the activity's own included, before
// the verb of a sentence that gerundSubject reads.
const maxGerundPhrase = 7

// describesSubject reports whether a sentence that opens with a word in
// -ed opens with its subject, the word an adjective before a plain noun
// ("Exhausted divers found ...", "Armed men stormed ..."), a verb
// following: a participle that opens a phrase takes a preposition, an
// article or a name after it ("Inspired by ...", "Called a ...").
func describesSubject(words []string) bool {
	if len(words) < 3 || !strings.HasSuffix(strings.ToLower(words[0]), "ed") {
		return false
	}
	next := strings.Trim(words[1], `"'“”‘’(),;:.`)
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) || text.IsStopWord(next) || analyze.OpensPhrase(next) || analyze.OpensClause(next) {
		return false
	}
	return clauseVerb(words[2:])
}

// namesOnly reports whether a sentence is only names, figures and the
// small words between them, with no verb: an entry of a list or a
// credit that the text set apart as a sentence ("Ilse Brandt of Tarrow,
// Harbour Court of Tarrow (Ret.)").
func namesOnly(t string) bool {
	words := strings.Fields(t)
	for k, w := range words {
		core := strings.Trim(w, `"'“”‘’(),;:.!?`)
		low := strings.ToLower(core)
		r, _ := utf8.DecodeRuneInString(core)
		switch {
		case unicode.IsLower(r) && !text.IsStopWord(low):
			return false
		case isCapitalised(core) && strings.HasSuffix(low, "s") && !finiteWord(low) && !verbs[low]:
			// "Ada Collins": a name in -s after a name, no verb
		case verbAt(words, k, true):
			return false
		}
	}
	return true
}

// brokenClause reports whether the clause a sentence ends on, opened by
// a conjunction that needs a clause ("although", "because"), has no
// verb: "..., although the mayor and her deputy." is what is left of a
// sentence the text broke off; or whether a sentence that opens on a
// phrase in -ing or -ed has no verb after it, and so no main clause.
func brokenClause(t string) bool {
	words := strings.Fields(t)
	if len(words) > 1 {
		// "Supporting research and training for forty years.": an
		// opening phrase in -ing with no clause after it
		if first := strings.Trim(words[0], `"'“‘(,`); len(first) > 5 && strings.HasSuffix(first, "ing") && !clauseVerb(words[1:]) {
			return true
		}
		// "Adopted 27-11 by the committee on Saturday, in Room 12.": a
		// participle in -ed that opens a phrase with no clause after it
		if first := strings.ToLower(strings.Trim(words[0], `"'“‘(,`)); len(first) > 4 && strings.HasSuffix(first, "ed") && !clauseVerb(words[1:]) {
			return true
		}
	}
	if glossOnly(words) {
		return true
	}
	for k := len(words) - 2; k >= 0; k-- {
		switch strings.ToLower(strings.Trim(words[k], `"'“‘(,`)) {
		case "because":
			if strings.ToLower(words[k+1]) == "of" {
				continue // "because of the storm": a phrase, whole without a verb
			}
			return !hasVerb(strings.Join(words[k+1:], " "))
		case "although", "though", "whereas", "unless":
			return !hasVerb(strings.Join(words[k+1:], " "))
		}
	}
	return false
}

// glossOnly reports whether a sentence is a term and what it stands
// for, set apart by a dash, with no verb: "E-bikes — all those pedal
// cycles with a motor, from folding ones to cargo bikes." A report
// writes it as a heading for what follows; alone it says nothing
// happened. The term is at most three words and the dash does not
// close an aside ("Lowe — who won in 2019 — resigned"); a word in -ed
// after a word that points to a noun ("those discarded bikes") is an
// adjective, not a verb.
func glossOnly(words []string) bool {
	dash := -1
	for k, w := range words {
		if w == "—" || w == "–" {
			if dash >= 0 {
				return false // an aside closed by a second dash
			}
			dash = k
		}
	}
	if dash < 1 || dash > 3 || dash == len(words)-1 {
		return false
	}
	var rest []string
	for k := dash + 1; k < len(words); k++ {
		low := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))
		if strings.HasSuffix(low, "ed") && pointsToNoun(strings.ToLower(strings.Trim(words[k-1], `"'“”‘’(),;:.`))) {
			continue
		}
		rest = append(rest, words[k])
	}
	return !clauseVerb(rest)
}

// pointsToNoun reports whether low is a word after which a word in -ed
// describes the noun that follows it: an article, a determiner, or a
// word of quantity or possession (see nounPointers).
func pointsToNoun(low string) bool { return articles[low] || determiners[low] || nounPointers[low] }

// nounPointers are the words of quantity and possession that point to a
// noun after them, as articles and determiners do.
var nounPointers = map[string]bool{
	"all": true, "its": true, "their": true, "his": true, "her": true, "our": true, "some": true,
	"many": true, "other": true, "such": true, "no": true,
}

// labelled reports whether a sentence opens on a label of one or two
// words and a colon ("Claim 1: ...", "Update: ..."), as a list, a fact
// check or a live page sets out its items; a speaker's colon ("Marsh
// said: ...") is no label.
func labelled(t string) bool {
	head, _, ok := strings.Cut(t, ": ") // not "17:30"
	words := strings.Fields(head)
	if !ok || len(words) == 0 || len(words) > 2 || !isCapitalised(words[0]) {
		return false
	}
	for _, w := range words {
		low := strings.ToLower(strings.Trim(w, `"'“‘`))
		if verbs[low] || finiteWord(low) || speechVerbs[low] {
			return false
		}
	}
	return true
}

// speechVerbs introduce what someone said after a colon.
var speechVerbs = map[string]bool{"says": true, "said": true, "asks": true, "asked": true, "adds": true,
	"added": true, "writes": true, "wrote": true, "explains": true, "tweeted": true, "tells": true, "told": true}

// clauseVerb reports whether words hold a verb that makes a clause (see
// verbAt).
func clauseVerb(words []string) bool {
	for k := range words {
		if verbAt(words, k, true) {
			return true
		}
	}
	return false
}

// verbAt reports whether words[k] is a verb that makes a clause: an
// auxiliary, a past form, a common verb, or a word in -s after a name or
// a pronoun ("Marsh defends"), where a word in -s after a common word
// is more often a plural ("professional standards"). named tells whether
// a capital on the word before may mark a name: not where that word
// opens the sentence ("Fellow crews are ...").
func verbAt(words []string, k int, named bool) bool {
	low := strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))
	if low == "may" && isCapitalised(words[k]) {
		return false // the month
	}
	if finiteWord(low) || verbs[low] {
		return true
	}
	if k > 0 && len(low) > 3 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") {
		prev := strings.Trim(words[k-1], `"'“”‘’(),;:.`)
		return named && isCapitalised(prev) || thirdPersons[strings.ToLower(prev)]
	}
	return false
}

// thirdPersons stand for a subject before a verb in -s.
var thirdPersons = map[string]bool{"he": true, "she": true, "it": true, "who": true, "that": true, "which": true}

// maxOpening is the most words an opening phrase is read for.
const maxOpening = 10

// relativeTime words place a sentence in time against the one before it.
var relativeTime = map[string]bool{"earlier": true, "later": true, "afterwards": true, "afterward": true, "previously": true,
	"eventually": true, "subsequently": true, "thereafter": true, "finally": true}

// consequence opens a sentence that draws on the one before: "Thus the
// choice ...", "Therefore, ...".
var consequence = map[string]bool{"thus": true, "hence": true, "therefore": true, "consequently": true}

// backTurns, with their comma, answer or set against what was said
// before: "In response, ...", "By contrast, ...". The connectives that
// pageText trims ("Instead,", "As a result,") leave a sentence that
// stands.
var backTurns = map[string]bool{"in response,": true, "in turn,": true, "by contrast,": true, "in contrast,": true,
	"otherwise,": true, "in return,": true, "as such,": true, "not that": true,
	// another account of what the sentence before explained: "Alternatively,
	// the ferry sailed from ...", "Conversely, ..."
	"alternatively,": true, "alternately,": true, "conversely,": true}

// spanBack reports whether a sentence opens on a span of time counted
// from the sentence before: "Two years later, ...", "Some 25 years
// later, ...", "A week earlier, ...".
func spanBack(words []string) bool {
	for k := 2; k < len(words) && k <= 4; k++ {
		w, ok := strings.CutSuffix(strings.ToLower(words[k]), ",")
		if !ok {
			if strings.ContainsAny(words[k], ",;:") {
				return false
			}
			continue
		}
		if w != "later" && w != "earlier" {
			return false
		}
		for _, u := range words[1:k] {
			if durationUnits[strings.TrimSuffix(strings.ToLower(u), "s")] {
				return true
			}
		}
		return false
	}
	return false
}

// durationUnits count a span of time: "two years later".
var durationUnits = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true}

// setOffAdverbs are the adverbs that commas set off between an opening
// phrase and the subject: "In some cases, though, it ...".
var setOffAdverbs = map[string]bool{"though,": true, "however,": true, "meanwhile,": true, "still,": true,
	"too,": true, "moreover,": true, "also,": true, "instead,": true, "indeed,": true}

// demonstrativeAfterClause reports whether the main clause after a
// sentence's opening clause has a demonstrative for its subject, a verb
// or an adverb right after it: "Since thousands had twins that year,
// this seems less rare" says what "this" is nowhere. A demonstrative
// before a noun ("..., this year's vote") names its noun.
func demonstrativeAfterClause(words []string) bool {
	for k := 1; k+2 < len(words) && k < 2*maxOpening; k++ {
		if !strings.HasSuffix(words[k], ",") {
			continue
		}
		switch strings.ToLower(strings.Trim(words[k+1], `"'“‘`)) {
		case "this", "these", "those":
		default:
			continue
		}
		next := strings.ToLower(strings.Trim(words[k+2], `,.;:"'”’`))
		if auxiliaries[next] || beForms[next] || finiteWord(next) || strings.HasSuffix(next, "ly") || presentVerbs[next] {
			return true
		}
	}
	return false
}

// exemplifies reports whether t, outside its quotations, is given as an
// example of what the sentence before said: "For example, ...", "In
// Kell, for instance, ...".
func exemplifies(t string) bool {
	low := strings.ToLower(t)
	if !strings.Contains(low, "for example,") && !strings.Contains(low, "for instance,") {
		return false
	}
	return forExample.MatchString(beforeQuote(t))
}

// thereBack reports whether t, outside its quotations, says someone was
// "there" and names no place before it for "there" to mean: "The
// mayor was there to open the terminal" is where its report said just
// before; "At the Kell harbour, crews were there by dawn" says where.
func thereBack(t string) bool {
	if !strings.Contains(t, " there") {
		return false
	}
	own := beforeQuote(t)
	loc := beThere.FindStringIndex(own)
	return loc != nil && !placeBefore.MatchString(own[:loc[0]])
}

// beforeQuote is t, normalised, up to its first quotation mark: what
// it says in its own words before it quotes anyone.
func beforeQuote(t string) string {
	own, _, _ := strings.Cut(text.Normalize(t), `"`)
	return own
}

// beThere matches a form of "be" followed by "there" as a place.
var beThere = regexp.MustCompile(`(?i)\b(was|were|is|are|be|been|being)( not)? there\b`)

// placeBefore matches a place named with a preposition of place ("in",
// "at", "to", "into", "inside", "outside") and a capital ("at Dunmere",
// "in the Harbour Hall").
var placeBefore = regexp.MustCompile(`\b(?i:in|at|to|into|inside|outside)( the)? \p{Lu}`)

// forExample matches "for example" or "for instance" opening a sentence
// or set off by commas inside it.
var forExample = regexp.MustCompile(`(?i)(^|, )for (example|instance),`)

// timeBack are the times that only the sentence before can say: "that
// day", "the next morning", and "At the time," that opens a sentence (at
// its end, "nobody was inside at the time" means the time of the story's
// event). A sentence that holds one and gives no day or date of its own
// ("Her answer that day was a long pause") leans on the one before it.
var timeBack = regexp.MustCompile(`(?i)(^(at the time|at that time)|(^|[\s,])that (day|night|morning|afternoon|evening|week|month|year)|(^|[\s,])the (next|following|previous|same) (day|night|morning|afternoon|evening|week)|(^|[\s,])the day (before|after))\b`)

// timeTied are the words after a time of timeBack that tie it to what
// follows: "at the time of", "that week prior to", "the day before the
// vote".
var timeTied = map[string]bool{"of": true, "when": true, "prior": true, "before": true, "after": true, "that": true,
	"following": true, "in": true, "the": true, "his": true, "her": true, "their": true, "its": true}

// yearWord is a year: "1995", "2031".
var yearWord = regexp.MustCompile(`^(1[6-9]|20)\d\d$`)

// leansOnTime reports whether a sentence places itself in time only
// against the sentence before it (see timeBack).
func leansOnTime(t string) bool {
	leans := false
	for _, loc := range timeBack.FindAllStringIndex(t, -1) {
		next, _, _ := strings.Cut(strings.TrimSpace(t[loc[1]:]), " ")
		// "the day after giving birth", "at the time of his arrest": a
		// time tied to what follows it needs nothing before
		if !strings.HasPrefix(t[loc[1]:], " ") || !timeTied[strings.ToLower(next)] && !strings.HasSuffix(next, "ing") {
			leans = true
		}
	}
	if !leans {
		return false
	}
	for _, w := range strings.Fields(t) {
		low := strings.ToLower(strings.Trim(w, `,.;:!?()"'“”‘’`))
		if analyze.CalendarWord(low) || yearWord.MatchString(low) || low == "today" || low == "yesterday" || low == "tonight" {
			return false // "on Monday ... the next day": the sentence says when
		}
	}
	return true
}

// backObjects stand, after an opening preposition, for what was said
// before: "Before that,", "Despite this,", "Since then,".
var backObjects = map[string]bool{"that": true, "this": true, "then": true, "it": true, "those": true, "these": true, "them": true}

// placeholderIt reports whether the words after "it" make it hold the
// place of a clause that follows: "it was found that ...", "it is
// unclear whether ...". "It is hard to ..." is not told from "it was
// moved to ...", so "to" makes no placeholder.
func placeholderIt(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	switch strings.ToLower(rest[0]) {
	case "is", "was", "has", "had", "will", "would", "seems", "seemed", "appears", "appeared", "remains", "remained", "could", "may", "might", "took", "takes":
	default:
		return false
	}
	for _, w := range rest[1:min(len(rest), 9)] {
		switch strings.ToLower(strings.Trim(w, `,.;:"'`)) {
		case "that", "whether", "if", "how", "why", "what", "who", "unclear":
			return true
		}
	}
	return false
}

// boilerplate marks lines that are not reporting: credits, prompts, links.
var boilerplate = []string{
	"reporting by", "editing by", "additional reporting", "click here", "subscribe", "sign up",
	"read more", "http://", "https://", "www.", "@", "all rights reserved", "copyright",
	"the above", "as mentioned", "mentioned above", "this story has been updated", "contributed to this report",
	// a video player's own messages, whole: "try again later" alone is
	// also what crews and councils say they will do
	"please try again later", "this feature is not available right now", "rating is available when the video has been rented",
}

// Length limits of a published sentence, in words.
const (
	minWords = 8
	maxWords = 45
)

// kind says what a sentence would be published as.
type kind int

const (
	asFact    kind = iota // highlights, lead, sections
	asOutlook             // WHAT THIS MIGHT MEAN
)

// pageText is the sentence as the page shows it: the report's words with
// a wire dateline ("OSPREY FALLS (Lowland Press) — ", see
// text.Dateline), a note's number (see withoutNoteNumber and
// text.WithoutNote), a video
// player's buttons (see playerControls), a pointer to the report's
// photograph ("The captain (pictured) won ...", which the page does not
// show), a share's live quote (see tickerQuote) and a leading
// connective trimmed. What is left holds only the report's words, in
// their order, which Verify checks.
func pageText(s string) string {
	s, _, _ = text.Dateline(s)
	s = text.WithoutNote(withoutNoteNumber(s))
	s = picturedNote.ReplaceAllString(s, "")
	s = tickerQuote.ReplaceAllStringFunc(s, func(m string) string {
		// the space or stop after it stays; a comma closed the quote
		if end := m[len(m)-1]; end == ' ' || end == '.' || end == ';' {
			return string(end)
		}
		return ""
	})
	if m := playerControls.FindStringSubmatchIndex(s); m != nil && buttons.MatchString(s[:m[6]]) {
		s = s[m[6]:] // "Skip in Skip x Embed x Share CLOSE President ..."
	}
	if c, rest, ok := leadingConnective(s); ok && rest != "" && !(c == "So" && degreeWord(rest)) && !quoteOpensLower(rest) {
		s = headingFrom(rest)
	}
	return s
}

// picturedNote matches a parenthesis that points at the report's own
// photograph: " (pictured)", " (pictured left)", " (pictured above)".
var picturedNote = regexp.MustCompile(`\s\((?i:pictured(?: (?:left|right|above|below|center|centre|here|top|bottom))?)\)`)

// tickerQuote matches a share price's live quote that a financial
// site prints after a company's name: " DUNF, -1.29%", " US:TFC".
var tickerQuote = regexp.MustCompile(`\s(?:\p{Lu}{1,5}, [+-]\d+(?:\.\d+)?%|(?:US|UK|CA|DE|FR|JP|HK|AU):\p{Lu}{1,6})(?:[\s,.;]|$)`)

// withoutGluedPlace drops a wire dateline that lost its dash and agency
// from the opening of a report: a place in capitals glued to the
// sentence ("DUNMERE Exhausted crews ..."). Only a place the story
// writes in mixed case mid-sentence ("in Dunmere") counts, so that an
// acronym ("NATO Secretary ...") stays.
func (d *draft) withoutGluedPlace(t string) string {
	words := strings.Fields(t)
	k := 0
	for k < len(words) && k < 3 && allCaps(words[k]) {
		k++
	}
	if k == 0 || k == len(words) || !isCapitalised(words[k]) || allCaps(words[k]) {
		return t
	}
	place := strings.Join(words[:k], " ")
	if d.writtenMidSentence(place) || !d.writtenMidSentence(titled(place)) {
		return t
	}
	return t[strings.Index(t, words[k]):]
}

// smallCapsOpening writes in the story's own case the words in capitals
// that open t, sentence i's page text, as magazines set a report's first
// words ("DIVERS WORKING IN the cold found ..." is "Divers working in
// the cold found ..."): two or more such words before a word in lower
// case. An acronym stays: a word that the story's other sentences write
// in capitals, one with a stop or a digit ("U.S."), one of three letters
// or fewer that is no common word and that they never write otherwise
// ("CIA", not the "NEW" of "New York"). A word the other sentences
// write with a capital mid-sentence, and never in lower case, is a name
// and keeps its capital; every other word is in lower case, the first
// with a capital.
func (d *draft) smallCapsOpening(i int, t string) string {
	words := strings.Fields(t)
	k := 0
	for k < len(words) && allCaps(strings.TrimRight(words[k], ",;:")) {
		k++
	}
	if k < 2 || k == len(words) || !unicode.IsLower([]rune(words[k])[0]) {
		return t
	}
	elsewhere := func(w string) bool {
		for j, s := range d.a.Sentences {
			if j != i && containsWord(s.Text, w) {
				return true
			}
		}
		return false
	}
	for j := range k {
		core := strings.TrimRight(words[j], ",;:")
		low := strings.ToLower(core)
		switch {
		case elsewhere(core) || strings.ContainsAny(core, ".0123456789"):
			continue // an acronym: "HPA", "U.S."
		case utf8.RuneCountInString(core) <= 3 && !text.IsStopWord(low) && !elsewhere(low) && !d.writtenMidSentence(titled(core)):
			continue // a short word the story never writes otherwise: "CIA"
		case j == 0 || d.writtenMidSentence(titled(core)) && !elsewhere(low):
			words[j] = titled(core) + words[j][len(core):]
		default:
			words[j] = strings.ToLower(words[j])
		}
	}
	return strings.Join(words, " ")
}

// containsWord reports whether s holds w as a word of its own: no letter
// or digit right before or after it.
func containsWord(s, w string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], w)
		if k < 0 {
			return false
		}
		at := from + k
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(w):])
		if at == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			if at+len(w) == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after) {
				return true
			}
		}
		from = at + len(w)
	}
}

// allCaps reports whether w is a word of two letters or more written in
// capitals alone.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r != '.' && r != '-' && r != '\'' && r != '’':
			return false
		}
	}
	return letters > 1
}

// titled writes each word of s with a capital and lower-case letters
// after it: "NEW ALDER" is "New Alder".
func titled(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for k, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[k] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// leadingConnective returns the connective that opens s and the words
// after it; no two connectives open the same text ("But," and "But"
// differ by the comma).
func leadingConnective(s string) (c, rest string, ok bool) {
	for _, c := range connectives {
		if rest, ok := strings.CutPrefix(s, c+" "); ok {
			return c, rest, true
		}
	}
	return "", "", false
}

// keptConnective reports whether t still opens with a connective, which
// pageText keeps before a quotation in lower case (see quoteOpensLower).
func keptConnective(t string) bool {
	_, rest, ok := leadingConnective(t)
	return ok && quoteOpensLower(rest)
}

// quoteOpensLower reports whether s opens with a quotation whose first
// letter is lower case (`"only a handful" of ...`): without the words
// before it the sentence would open in lower case, and a quotation's
// words are not ours to raise.
func quoteOpensLower(s string) bool {
	t := strings.TrimLeft(s, `"'“‘`)
	r, _ := utf8.DecodeRuneInString(t)
	return len(t) < len(s) && unicode.IsLower(r)
}

// withoutNoteNumber drops the number of a note that opens a sentence
// ("2 Some early members ..."): a number followed by a capitalised word
// that never follows a count ("Some", "The", "In"), as "12 Tarrowites"
// does.
func withoutNoteNumber(s string) string {
	num, rest, ok := strings.Cut(s, " ")
	if !ok || len(num) > 3 || strings.Trim(num, "0123456789") != "" {
		return s
	}
	next, _, _ := strings.Cut(rest, " ")
	if isCapitalised(next) && (noteOpeners[strings.ToLower(next)] || phraseWords[strings.ToLower(next)]) {
		return rest
	}
	return s
}

// playerControls matches the labels of a video player's buttons glued
// before a text's first sentence: three or more of them, up to the
// capital that opens the sentence. One of them must be a button (see
// buttons).
var playerControls = regexp.MustCompile(`^((Skip|Embed|Share|Replay|Autoplay|Mute|Unmute|Pause|Fullscreen|Close|CLOSE|in|x|×)\s+){3,}(\p{Lu})`)

// buttons are the labels that only a player's controls use.
var buttons = regexp.MustCompile(`\b(Embed|Share|Skip)\b`)

// noteOpeners open a sentence and never follow a count.
var noteOpeners = map[string]bool{"the": true, "a": true, "an": true, "some": true, "this": true, "that": true,
	"these": true, "those": true, "it": true, "he": true, "she": true, "they": true, "we": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "when": true, "while": true, "as": true, "there": true}

// usable returns the page text of sentence i and whether it may be
// published as k. A sentence that guesses at what may come in its own
// voice (see analyze.Speculative) is published only attributed, and
// never as a highlight or the lead (see attributedOnly). An outlook sentence must be one
// sentence that looks ahead in its main clause and names who says so
// (analyze.IsOutlook). Either way the sentence comes from an independent
// report whose text may be shown, stands alone (no opening pronoun, no
// "he" or "she" without someone named before it), uses no loaded word in
// its own voice, speaks in no outlet's own opinion and neither as "we"
// nor to "you", keeps its
// quotation marks paired, names the speaker of any quote longer than a
// name (see maxNameQuote), and ends as a statement. Who states it decides only how it is attributed (see
// draft.sentence), never whether it may be published.
func (d *draft) usable(i int, k kind) (string, bool) {
	key := [2]int{i, int(k)}
	if u, ok := d.usableCache[key]; ok {
		return u.text, u.why == ""
	}
	t, why := d.judge(i, k)
	if d.usableCache == nil {
		d.usableCache = map[[2]int]verdict{}
	}
	d.usableCache[key] = verdict{t, why}
	d.indexText(i, verdict{t, why})
	return t, why == ""
}

// bothOfNamed reports whether t opens on "Both" and a noun that a phrase
// of its own says which ("Both chambers of Congress", "Both sides of the
// dispute"): the two it counts are named there, not in the sentence
// before, as they are in "Both were arrested" or "Both of them".
func bothOfNamed(t string) bool {
	w := strings.Fields(text.Normalize(t))
	if len(w) < 4 || !strings.EqualFold(w[0], "both") || strings.EqualFold(w[1], "of") || w[2] != "of" {
		return false
	}
	next := strings.ToLower(strings.Trim(w[3], `,.;:`))
	return next == "the" || isCapitalised(w[3]) && !subjectPronoun(next)
}

// gluedInitial reports whether t opens with a drop capital that lost its
// space: "Aconfidential trove of papers ..." for "A confidential trove
// ...". The word after the "A" is one the story writes in lower case
// elsewhere, and the glued word is not; words of six letters or more
// after it only, so that "Ahead" or "Around" stay words of their own.
func (d *draft) gluedInitial(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimRight(first, ",;:")
	if len(first) < 7 || first[0] != 'A' || strings.ToLower(first[1:]) != first[1:] {
		return false
	}
	low := strings.ToLower(first)
	return d.lower[low[1:]] && !d.lower[low]
}

// verdict is a remembered answer of judge.
type verdict struct {
	text string
	why  string
}

// refusal returns why sentence i may not be published as k, "" when it
// may (see usable).
func (d *draft) refusal(i int, k kind) string {
	d.usable(i, k)
	return d.usableCache[[2]int{i, int(k)}].why
}

// printed is sentence i as a page would print it: its page text (see
// pageText) without a kicker and, in a report's first sentence, without
// a dateline's place glued to it (see withoutGluedPlace), with its
// speaker named where the report gives a pronoun or goes on quoting
// them (see analyze.Sentence.Pronoun and Continues), and the person it
// is about named where the report opens it on "He" or "She" (see
// analyze.Sentence.Subject), and the days it tells by the day the report
// was written given as days of the week (see analyze.DatedDays).
func (d *draft) printed(i int) string {
	s := &d.a.Sentences[i]
	t := withoutKicker(pageText(s.Text))
	if s.Index == 0 {
		t = d.smallCapsOpening(i, d.withoutGluedPlace(t))
	}
	t = mended(t, s.Text, s.Mend)
	t = analyze.DatedDays(t, analyze.When(d.a.Reports[s.Report].ArticleRef))
	switch {
	case s.Pronoun != "":
		// `"It is unsafe," she said.`: the report named her in the
		// sentence before, which the page does not carry
		t, _ = analyze.SpeakerNamed(t, s.Called)
	case s.Continues != "":
		// `"It is unsafe."`, after a sentence that quotes her
		t = analyze.SaidBy(t, s.Called, s.Continues)
	case s.Subject != "":
		// "She was charged ...", after a sentence about her
		t, _ = analyze.SubjectNamed(t, s.Subject)
	}
	return t
}

// mended returns t, the page text of a sentence written as raw, with the
// quotation mark that mend asks for (see analyze.Mend), in the style of
// the marks the sentence already has. A sentence that opens inside a
// quotation is mended only when its page text starts where its report's
// sentence does: the quoted words are its speaker's, and none may go.
func mended(t, raw string, mend analyze.Mend) string {
	switch mend {
	case analyze.MendClose:
		if strings.ContainsRune(raw, '“') {
			return t + "”"
		}
		return t + `"`
	case analyze.MendOpen:
		if !strings.HasPrefix(raw, t) {
			return t
		}
		if strings.ContainsRune(raw, '”') {
			return "“" + t
		}
		return `"` + t
	}
	return t
}

// leansOnQuotation reports whether the quoted words that open t, a
// sentence closing a quotation begun in the sentence before it (see
// analyze.MendOpen), read only with the words before them: they open on
// a word that points back, a connective or "not" ("He kept his word,"
// ..., "But not this year," ..., "Not on the east pier, but on the west
// quay," ...), hold no verb ("Only the divers and their crews," ...), or
// stop on an auxiliary or "not" that the sentence before completes
// ("... as we would not," ...).
func leansOnQuotation(t string) bool {
	n := strings.TrimPrefix(text.Normalize(t), `"`)
	q, _, _ := strings.Cut(n, `"`)
	q = strings.TrimRight(q, ",!? ")
	words := strings.Fields(q)
	if len(words) == 0 {
		return true
	}
	first := strings.ToLower(strings.Trim(words[0], `,.;:'`))
	last := strings.Trim(words[len(words)-1], `,.;:'`) // "May" the month is no auxiliary
	_, _, connective := leadingConnective(q)
	return dangling[first] || first == "not" || danglingSubject(q) || connective || !clauseVerb(words) ||
		auxiliaries[last] || last == "not" || last == "be" || last == "been"
}

// creditLine matches a photo credit set on a line of its own after its
// caption: "(Lena Marsh/Coastal Standard)", "(Tarrowpics.com)", or
// without brackets, capitalised words on both sides of the slash
// ("Kell Harbour Tours/via Tarrow Wire", "TARROW WIRE/Lena Marsh").
var creditLine = regexp.MustCompile(`^(?:\((?:[^()/]{2,60}/[^()]{2,60}|[\w.-]+\.(?:com|net|org|co\.uk))\)|[A-Z][\p{L}.'’&-]*(?: [A-Z][\p{L}.'’&-]*){0,4}/(?:via )?[A-Z][\p{L}.'’&-]*(?: [A-Z][\p{L}.'’&-]*){0,4})\.?$`)

// creditFollows reports whether a photo credit alone (see creditLine)
// closes the run of sentences that sentence i opens or is part of: on
// the next line ("Crews ready the ferry, says the harbour master.
// (Lena Marsh/Coastal Standard)"), or at the end of a short paragraph
// that it opens ("Crews ready the ferry. Watch the video. (Lena
// Marsh/Coastal Standard)"). Sentence i is then the caption it credits,
// whatever it says.
func (d *draft) creditFollows(i int) bool {
	s := d.a.Sentences[i]
	for j := i + 1; j < len(d.a.Sentences) && j <= i+maxCaptionRun; j++ {
		next := d.a.Sentences[j]
		if next.Report != s.Report || next.Index != s.Index+(j-i) {
			return false
		}
		if creditLine.MatchString(strings.TrimSpace(next.Text)) {
			// a credit on a line of its own, or the last words of
			// the paragraph sentence i is in
			return j == i+1 || next.Para == s.Para && d.closesParagraph(j)
		}
		if next.Para != s.Para {
			return false
		}
	}
	return false
}

// maxCaptionRun is the most sentences a caption's credit comes after.
const maxCaptionRun = 3

// closesParagraph reports whether sentence j is the last of its
// paragraph.
func (d *draft) closesParagraph(j int) bool {
	if j+1 >= len(d.a.Sentences) {
		return true
	}
	s, next := d.a.Sentences[j], d.a.Sentences[j+1]
	return next.Report != s.Report || next.Para != s.Para
}

// judge is usable without the memory; it returns the page text, or why
// the sentence may not be published.
func (d *draft) judge(i int, k kind) (string, string) {
	s := &d.a.Sentences[i]
	r := &d.a.Reports[s.Report]
	switch {
	case !r.Independent:
		return "", "copy"
	case !r.Quotable:
		return "", "text may not be shown"
	case s.InQuote && s.Mend == analyze.MendNone:
		return "", "inside a quotation that spans sentences"
	case d.creditFollows(i):
		return "", "photo caption"
	case len(s.Loaded) > 0:
		return "", "loaded word"
	case s.Opinion:
		return "", "opinion"
	case s.Personal:
		return "", "first or second person"
	case k == asOutlook && !s.Outlook && !s.Ahead:
		return "", "not an outlook"
	case s.Speaker == "" && !shortQuotes(s.Quotes):
		return "", "quote without speaker"
	case len(s.Evaluative) > 0 && s.Speaker == "" && k == asFact:
		return "", "judges in its own voice"
	}
	t := d.printed(i)
	if _, q, ok := strings.Cut(t, ": "); ok && s.Continues != "" && leansOnQuotation(q) {
		// `Lowe said: "They never came back."`: a quotation alone that
		// goes on from the sentence before it, which the page does not
		// carry
		return "", "quotation leans on the sentence before"
	}
	if s.InQuote && (analyze.OpensQuotation(t) || s.Mend == analyze.MendOpen && leansOnQuotation(t)) {
		return "", "inside a quotation that spans sentences"
	}
	n := len(strings.Fields(t))
	switch {
	case n < minWords:
		return "", "too short"
	case n > maxWords && !(d.runs[i] && n <= maxRunWords):
		return "", "too long"
	}
	if why := d.standsAlone(t); why != "" && !(why == moreThanOne && d.runs[i]) {
		return "", why
	}
	return t, ""
}

// standsAlone returns why a sentence as the page would print it, t, may
// not stand on the page, "" when it may: it must read as a statement of
// its own, with no text of the page it came from, nothing it leans on
// and no slant.
func (d *draft) standsAlone(t string) string {
	switch {
	case !statement(t) || strings.Count(t, "(") != strings.Count(t, ")") || d.openFragment(t) || brokenClause(t) || labelled(t) || namesOnly(t):
		return "not a statement"
	case d.gluedInitial(t):
		return "a drop capital glued to the next word"
	case strings.Contains(t, " : "):
		// "... in a post : Harbour hits RECORD LOW": a colon set apart
		// where an embedded post or a player's label was lost
		return "text lost around a colon"
	case misprintedFigure(t):
		return "a figure misprinted in its report"
	}
	low := strings.ToLower(t)
	for _, b := range boilerplate {
		if strings.Contains(low, b) {
			return "boilerplate"
		}
	}
	if f := furniture(t); f != "" {
		return f
	}
	if prescribes(t) {
		return "the wording of a rule, not a report"
	}
	if strings.Contains(strings.ToLower(analyze.OwnVoice(t)), "according to ") && !strings.HasSuffix(t, ".") {
		// "According to X, according to Y, ... “a new leader.”": no
		// attribution to its outlet reads, and it ends on a quotation
		// that ", X reported." may not follow
		return "gives its source where its outlet's would go"
	}
	first, _, _ := strings.Cut(text.Normalize(t), " ")
	answer := strings.HasSuffix(first, ",") && answers[strings.ToLower(strings.TrimSuffix(first, ","))]
	first = strings.ToLower(strings.Trim(first, `,.;:"'`))
	r0, _ := utf8.DecodeRuneInString(t)
	quoted := r0 == '"' || r0 == '“'
	switch {
	case !quoted && (dangling[first] && !bothOfNamed(t) || answer || danglingSubject(t) || exemplifies(t) || thereBack(t)), keptConnective(t):
		return "opens leaning on the sentence before"
	case !unicode.IsUpper(r0) && !unicode.IsDigit(r0) && !quoted:
		return "does not open as a sentence"
	case len(analyze.Loaded(t)) > 0:
		return "loaded word"
	case !d.selfContained(t):
		return "pronoun without antecedent"
	case d.biased != nil && d.biased(analyze.OwnVoice(t)):
		return "the bias model calls it biased"
	case len(text.Sentences(t)) != 1:
		return moreThanOne
	}
	return ""
}

// misprintedFigure reports whether t gives a figure whose thousands
// separators are out of place: a group of four digits or more before one
// of three ("2150,000"), or a group after the first that opens on a zero
// and is not three digits long ("30,05"). Its report mistyped it, and
// the page cannot tell which figure was meant: repeated, the typo would
// stand as the desk's. Figures set out in a list ("3,7,9") and
// figures with a decimal comma ("3,5") keep groups that open on other
// digits, and pass.
func misprintedFigure(t string) bool {
	for _, w := range strings.Fields(t) {
		w = strings.TrimRightFunc(strings.TrimLeft(w, "$£€(\"'“‘"), func(r rune) bool { return !unicode.IsDigit(r) })
		groups := strings.Split(w, ",")
		if len(groups) < 2 || !allDigits(groups) {
			continue
		}
		if len(groups[0]) >= 4 && len(groups[1]) == 3 {
			return true
		}
		for _, g := range groups[1:] {
			if g[0] == '0' && len(g) != 3 {
				return true
			}
		}
	}
	return false
}

// allDigits reports whether every one of groups is a run of one or more
// digits.
func allDigits(groups []string) bool {
	for _, g := range groups {
		if g == "" || strings.IndexFunc(g, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return false
		}
	}
	return true
}

// moreThanOne is why a text of several sentences may not stand as one
// sentence of a page, unless it is a quotation told whole (see
// useQuoteRuns).
const moreThanOne = "more than one sentence"

// maxNameQuote is the longest quotation, in words, that may stand
// without a named speaker: a title, a name or a word someone used ("the
// "Be Best" campaign"), which the verifier still finds in the report.
const maxNameQuote = 4

// shortQuotes reports whether every quotation is at most maxNameQuote
// words long, or a title (see analyze.QuotedTitle).
func shortQuotes(quotes []string) bool {
	for _, q := range quotes {
		if len(strings.Fields(q)) > maxNameQuote && !analyze.QuotedTitle(q) {
			return false
		}
	}
	return true
}

// attributedOnly reports whether sentence i may appear only attributed,
// never in the desk's own voice, however many outlets state it: it
// guesses at what may come in its own voice (see analyze.Speculative), or
// gives a figure that other outlets state otherwise (analyze's Disputed),
// which the page reports as its outlet's and never as fact, or it stands
// with its outlet's loaded words quoted (see draft.quoteLoaded), or it
// calls something by a stance that not both sides ascribe to it, where
// the label cannot be left out ("the bills are anti-harbour", see
// draft.labelled), or its report is commentary, whose every sentence is
// its outlet's view (see analyze.Report.Commentary).
func (d *draft) attributedOnly(i int) bool {
	s := d.a.Sentences[i]
	return s.Speculative && s.Speaker == "" || s.Disputed || d.outletWords[i] || d.labelled(s.Text) || faithClaim(s.Text) && s.Speaker == "" ||
		d.a.Reports[s.Report].Commentary
}

// faithClaim reports whether a sentence tells, in its own voice, what a
// deity did, wants or gave ("In biblical times, the Lord commanded some
// to ...", "a commandment given through God's prophets"): an article of
// faith, which the page reports as its outlet's, however many outlets
// state it, and never as fact, unless the sentence says whose faith it
// is ("the pastor said God told him ...").
func faithClaim(t string) bool {
	return divineAct.MatchString(analyze.OwnVoice(t))
}

// divineAct matches a deity as the one who acts ("God revealed", "the
// Lord commanded") or whose command or messengers a sentence takes as
// given ("God's prophets", "the Lord's will").
var divineAct = regexp.MustCompile(`\b(?:God|the Lord|Allah|the Almighty|the Holy Spirit)(?:\s+(?:\p{Ll}+ly\s+)?(?:commanded|commands|revealed|reveals|told|tells|wants|wanted|willed|wills|called|calls|created|spoke|speaks|gave|gives|sent|sends|blessed|blesses|chose|chooses|instructed|ordained|forbade|forbids|punished|punishes|answered|answers|intended|intends)\b|['’]s\s+(?:commandments?|prophets?|will|word|law|plan)\b)`)

// labelled reports whether t calls something by a contested stance
// label (see analyze.Contested) that the page cannot leave out of it (see
// analyze.DropLabels).
func (d *draft) labelled(t string) bool {
	_, ok := d.unlabelled(t)
	return !ok
}

// unlabelled returns t without the contested stance labels it can leave
// out (see analyze.DropLabels), and whether it holds none after that.
func (d *draft) unlabelled(t string) (string, bool) {
	u := analyze.DropLabels(t, d.a.Contested)
	return u, len(analyze.ContestedIn(d.a.Contested, u)) == 0
}

// claimMates returns the other members of the claim sentence i belongs
// to: the analysis found that their outlets state the same fact.
func (d *draft) claimMates(i int) []int {
	for _, c := range d.a.Claims {
		for _, m := range c.Members {
			if m == i {
				return c.Members
			}
		}
	}
	return nil
}

// opensWith reports whether a sentence opens with its speaker ("Fenlow
// Bank said it would close ..."), so that what it reports is the
// speaker's own announcement, not someone's forecast added to a fact.
func opensWith(t, speaker string) bool {
	if speaker == "" {
		return false
	}
	return strings.HasPrefix(strings.TrimPrefix(t, "The "), speaker)
}

// statement reports whether a sentence ends as a statement: a full stop,
// possibly inside a closing quotation mark, that ends no title before a
// name the text broke off ("for Lt. Gov."), and no question or
// exclamation outside quotation marks.
func statement(t string) bool {
	end := strings.TrimRight(t, `"'”’)`)
	if !strings.HasSuffix(end, ".") || text.EndsOnTitle(end) && !streetEnd(end) {
		return false
	}
	for i, part := range strings.Split(strings.NewReplacer("“", `"`, "”", `"`).Replace(t), `"`) {
		if i%2 == 0 && strings.ContainsAny(closedQuotes.ReplaceAllString(part, ""), "?!") {
			return false
		}
	}
	return true
}

// closedQuotes matches a question or an exclamation that a closing
// single quotation mark ends ("chanting ‘Ferry, ferry!’"): words quoted,
// not the sentence's own.
var closedQuotes = regexp.MustCompile(`[?!]['’]`)

// streetEnd reports whether a sentence that ends on "St." ends on a
// street's address ("... at 130 Harbour St."), not on a title before a
// name the text broke off ("... for St."): a number and a capitalised
// name come before it.
func streetEnd(end string) bool {
	words := strings.Fields(end)
	n := len(words)
	if n < 3 || !strings.EqualFold(words[n-1], "St.") {
		return false
	}
	name, number := words[n-2], words[n-3]
	return isCapitalised(name) && !strings.HasSuffix(name, ".") && strings.ContainsAny(number, "0123456789")
}

// prescribes reports whether t, in its own voice and before anything
// it reports as said, lays down what "shall" be: "The board shall meet
// every month", "Each member shall hold office for four years". That is
// the wording of a charter, a statute or a contract that a page printed,
// not a report of what happened; "The bylaw says that no boat shall
// moor there" and "No boat shall moor there, the bylaw says" report
// what a rule says, and may stand.
func prescribes(t string) bool {
	own := analyze.OwnVoice(t)
	loc := shallWord.FindStringIndex(own)
	return loc != nil && !reportsSaying.MatchString(own[:loc[0]]) && !saidAfter.MatchString(own[loc[1]:])
}

// saidAfter matches an attribution that closes a sentence (", the
// charter says."): what came before it is what the rule says.
var saidAfter = regexp.MustCompile(`, [^,]*\b(?:says|said|states|stated|reads|read|provides|provided|adds|added)\W*$`)

// shallWord matches "shall" as a word.
var shallWord = regexp.MustCompile(`\b[Ss]hall\b`)

// reportsSaying matches what opens a clause that reports what a rule or
// a person says: a verb of saying or stating, "that", or "under" (the
// terms of a deal or a law: "Under the deal, Kell shall pay ..."). The
// verbs are in lower case: "States" in a name ("the Kell Harbour
// States") is no verb.
var reportsSaying = regexp.MustCompile(`\b(?:that|says?|said|states?|stated|provides?|provided|reads?|requires?|required|declares?|declared|adds?|added|[Aa]ccording to|[Uu]nder)\b`)
