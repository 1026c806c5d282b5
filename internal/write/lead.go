package write

import (
	"regexp"
	"sort"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// keyStems are the words of the main event: the content stems that the
// titles of at least two independent outlets use (at least two fifths of
// them when there are many), or, when fewer than three stems pass, the
// five stems the titles use most.
func (d *draft) keyStems() map[string]bool {
	count := map[string]int{}
	titles := 0
	seenOutlet := map[int64]bool{}
	for ri, r := range d.a.Reports {
		if !r.Independent || r.Title == "" || seenOutlet[d.outlets[ri]] {
			continue
		}
		seenOutlet[d.outlets[ri]] = true
		titles++
		for _, st := range d.stemsOf(r.Title) {
			count[st]++
		}
	}
	need := max(2, (2*titles+4)/5)
	key := map[string]bool{}
	for st, c := range count {
		if c >= need {
			key[st] = true
		}
	}
	if len(key) >= 3 {
		return key
	}
	ranked := sortedKeys(count)
	sort.SliceStable(ranked, func(x, y int) bool { return count[ranked[x]] > count[ranked[y]] })
	for _, st := range ranked[:min(5, len(ranked))] {
		key[st] = true
	}
	return key
}

// lostContext reports whether a sentence leans on one before it in a
// way that no sentence a page sets before it resolves, since the page
// takes its sentences from several reports: "do so", a speaker told as
// "he said" inside the sentence, a closing "on that", a quantifier for a
// subject, a comparison or a contrast with nothing named ("as well",
// "however"), "that" for a day or a decision not given, "that" as the
// subject of what someone said ("acknowledged that was intentional"), or
// one more item added with "also" and little else ("... will also be
// barred.").
// The body as well as the lead and the highlights leaves such a sentence
// out.
func lostContext(t string) bool {
	own := analyze.OwnVoice(t)
	if doSo.MatchString(own) {
		return true // "has until noon to do so": do what?
	}
	if pronounSpeaker.MatchString(t) || trailingPronounSpeaker.MatchString(t) {
		return true // "Marsh, he said, told him ...", "Marsh got 300 votes, he said.": who said so?
	}
	if endsOnDemonstrative(t) {
		return true // "... has not commented on that.": on what?
	}
	if quantifierSubject(t) {
		return true // "Most crossed into Austria": most of whom?
	}
	if comparesBack(t) {
		return true // "The crews left as well.": as well as whom?
	}
	if thatTime(t) {
		return true // "Divers found rot later that day.": which day?
	}
	if thatSubject.MatchString(own) {
		return true // "an official acknowledged that was intentional": what was?
	}
	if elidedVerb(own) {
		return true // "Only a few of the crews did, and ...": did what?
	}
	if addsLittle(strings.TrimRight(t, ".!?\"'”’")) {
		return true // "Lena Marsh will also be barred.": barred from what?
	}
	if objectBack.MatchString(t) {
		return true // "Lena Marsh sold it to the board.": sold what?
	}
	if loc := speechWithoutWords.FindStringIndex(t); loc != nil && !strings.ContainsAny(t, `"“”`) && !strings.Contains(t[loc[1]:], ", that ") {
		// an aside may stand between the verb and what was said ("Lena
		// Marsh said, in a statement, that ...")
		return true // "Lena Marsh wrote, as if the vote were a race.": wrote what?
	}
	return false
}

// subjectName is the pattern of a name of one to four capitalised words
// that opens a sentence as its subject (see objectBack and
// speechWithoutWords).
const subjectName = `\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`

// objectBack matches a sentence whose main clause opens on its subject
// and verb with "it" or "them" for the object: the pronoun cannot mean
// the subject, and nothing else stands before it, so it means something
// the sentence before named ("Lena Marsh ended it when ...", "Crews are
// told to use them on the pier", "The board described it as ..."). The
// pronoun must end the clause or stand before a preposition or a
// conjunction: before other words it may hold the place of what follows
// ("made it clear that ...").
var objectBack = regexp.MustCompile(`^(?:` + subjectName + `|(?:The|A|An|Some|Many|Most) [\p{Ll}-]+(?: [\p{Ll}-]+)?) (?:(?:has|have|had|was|were|is|are|will|would|could|did) )?(?:\p{Ll}+ly )?(?:\p{Ll}+ed|\p{Ll}+s|took|gave|made|put|got|kept|left|sold|sent|brought|found|held|told|saw|use|take|make|keep|sell|send|bring|find|hold|see|give)(?: to \p{Ll}+)? (?:it|them)(?:[,.;]| (?:when|after|before|on|in|to|at|for|with|because|and|but|from|into|as|over|until|by)\b)`)

// speechWithoutWords matches a sentence that opens on who spoke and the
// verb of speech, then a comma: what they said stood in the sentence
// before it, a quotation that a sentence splitter cut off at its "!" or
// "?" ("... They won!" Lena Marsh wrote, as if ...).
var speechWithoutWords = regexp.MustCompile(`^(?:` + subjectName + `|(?:The|A|An) \p{Ll}+(?: \p{Ll}+)?) (?:said|says|wrote|writes|added|adds|tweeted|posted|told \p{Ll}+),`)

// elidedVerb reports whether "do", "does" or "did" stands for a verb
// said in a sentence before it: it ends the sentence's first clause
// ("Only a few crews did, ...", "The board did not."), or "so did" or
// "neither did" opens a clause. Later in a sentence it may stand for a
// verb of that sentence ("asked them to agree a deal or return every day
// until they do"), and after a word that makes it the verb of a
// comparison or a question the sentence gives itself ("as the council
// did in May", "what the board did") it needs nothing before.
func elidedVerb(t string) bool {
	words := strings.Fields(text.Normalize(t))
	for k, w := range words {
		low := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if low != "did" && low != "does" && low != "do" {
			continue
		}
		if k > 0 {
			prev := strings.ToLower(words[k-1])
			if (prev == "so" || prev == "neither") && (k == 1 || strings.ContainsAny(words[k-2], ",;") || strings.ToLower(words[k-2]) == "and") {
				return true
			}
		}
		end := w
		if !strings.ContainsAny(w, ",.;:") && k+1 < len(words) && strings.ToLower(strings.TrimRight(words[k+1], ",.;:")) == "not" {
			end = words[k+1]
		}
		if !strings.ContainsAny(end, ",.;:") || k == 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if strings.ContainsAny(words[j], ",.;:") && j < k-1 || ownsVerb[strings.ToLower(strings.Trim(words[j], `,.;:"'`))] {
				return false // not the first clause, or a verb the sentence gives itself
			}
		}
		return true
	}
	return false
}

// ownsVerb are words after which "do" or "did" may stand for a verb of
// the same sentence: a comparison, a question, or a clause joined to one
// before it.
var ownsVerb = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`as than what which that how who whatever why where when until unless if
		before after because while since though although and or but`) {
		ownsVerb[w] = true
	}
}

// thatSubject matches "that" or "this" as the subject of what someone
// said or knew: a verb follows it at once ("acknowledged that was
// intentional", "said this is the last vote"), so it is no conjunction
// but stands for something said before.
var thatSubject = regexp.MustCompile(`(?i)\b(said|says|say|acknowledged|acknowledges|noted|notes|added|admitted|admits|argued|argues|insisted|insists|believes|believed|thinks|thought|knew|knows|agreed|agrees|confirmed|confirms|denied|denies|suggested|suggests|explained|explains|announced|announces|revealed|reveals|warned|warns|promised|promises|predicted|predicts|told [a-z]+)\s+(that|this)\s+(was|is|were|are|will|would|has|had|could|should|may|might|can|does|did|means|meant)\b`)

// unresolved reports whether a sentence leans on one before it: "it",
// "they" or "them" outside quotation marks in the sentence's first
// clause, where nothing the sentence says can be what it stands for ("The
// Assembly passed it 40-22"; but "Fenlow Bank said it would close 12
// branches" and
// "..., sending the bill to the governor, who said he will sign it"
// resolve within the sentence), or "this" or "these" standing for a
// thing rather than before one, or "that" or "those" doing so where a
// clause starts ("For a typical home, that amounts to $96 a year"), or
// anything lostContext finds. A lead opens the page, so nothing before
// it can resolve them; a highlight stands in a list, where the one
// before it is no antecedent either.
func unresolved(t string) bool {
	if lostContext(t) || laterThanWhat(t) {
		return true
	}
	words := strings.Fields(text.Normalize(t))
	inside, opened := false, false
	for k, w := range words {
		core := strings.ToLower(strings.Trim(w, `,.;:!?()"'`))
		if !inside {
			// where a clause starts, and the word after this one
			start := k == 0 || strings.ContainsAny(words[k-1], ",;:")
			next := ""
			if k+1 < len(words) {
				next = strings.ToLower(strings.Trim(words[k+1], `,.;:!?()"'`))
			}
			switch core {
			case "that's", "it's", "they're", "this's":
				// a contraction is a pronoun and its verb: "Added
				// together, that's nearly 8 hours a week", "said that's
				// the last one"
				if start || speechVerb(strings.ToLower(words[k-1])) || core != "that's" && !opened {
					return true
				}
			case "it", "they", "them":
				if !opened && !reducedRelative(words, k) {
					return true
				}
			case "this", "these":
				if next == "" || strings.ContainsAny(w, ",.;:") || pronounFollowers[next] || !ofTime[next] && !analyze.CalendarWord(next) {
					return true // "this very question": which one?
				}
			case "that", "those":
				// only where a clause starts: elsewhere "that" joins
				// ("said that", "a plan that will")
				if start && pronounFollowers[next] {
					return true
				}
			case "each", "both", "neither", "either":
				// standing alone for people named before, where a clause
				// starts ("Each spent more than $2 million"), not before
				// what it counts ("Each year", "Both sides said")
				if start && (pronounFollowers[next] || pastForm(next) || next == "said" || next == "says") {
					return true
				}
			}
			// a lone opening word ("Eventually,") names nothing a
			// pronoun after it could mean
			opened = opened || k > 0 && clauseOpener(w)
		}
		if strings.Count(w, `"`)%2 == 1 {
			inside = !inside
		}
	}
	return false
}

// reducedRelative reports whether the pronoun at k opens a relative
// clause without "that" after the main verb's object, where it means the
// sentence's subject: "The board is closing piers it regards as unsafe".
// The word before it is a noun in lower case, and a verb that surely is
// one comes before that, so that the sentence has a subject of its own
// ("The ban it imposed ..." has none before the pronoun).
func reducedRelative(words []string, k int) bool {
	if k < 3 {
		return false
	}
	core := strings.ToLower(strings.Trim(words[k], `,.;:!?()"'`))
	prev := strings.Trim(words[k-1], `"'(`)
	if core == "them" || strings.ContainsAny(prev, ",.;:!?)") || prev != strings.ToLower(prev) || text.IsStopWord(prev) || finiteWord(prev) {
		return false
	}
	for _, w := range words[1 : k-1] {
		low := strings.ToLower(strings.Trim(w, `,.;:!?()"'`))
		if finiteWord(low) || beForms[low] {
			return true
		}
	}
	return false
}

// ofTime are words after "this" or "these" that name a time from the
// moment of writing ("this week", "these days"), which needs nothing
// said before it.
var ofTime = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "morning": true,
	"afternoon": true, "evening": true, "summer": true, "winter": true, "spring": true, "fall": true,
	"autumn": true, "season": true, "time": true, "century": true, "decade": true, "past": true, "coming": true,
	"days": true, "weeks": true, "months": true, "years": true, "session": true, "term": true, "point": true,
	"moment": true, "stage": true, "hour": true, "juncture": true}

// laterThanWhat reports whether t tells of something done "later" than
// an event it does not give: "later" stands alone, not as part of a time
// ("later this month", "later Tuesday", "three days later", "no later
// than"), and nothing before it in the sentence can be what it follows
// (no aside, no second clause: "Lena Marsh, who fled in May, was later
// caught" and "was arrested and later released" say after what). So
// "Marsh later said the vote was lost" and "Later, the board met" lean on
// a sentence that a lead or a highlight does not have.
func laterThanWhat(t string) bool {
	words := strings.Fields(text.Normalize(analyze.OwnVoice(t)))
	verb := false // a verb before: "and" after it opens a second clause
	for k, w := range words {
		if core := strings.ToLower(strings.Trim(w, `,.;:!?()"'`)); core != "later" {
			if strings.ContainsAny(w, ",;:()") || laterAnchors[core] && (verb || core != "and" && core != "but") {
				return false
			}
			verb = verb || finiteWord(core) || beForms[core]
			continue
		}
		if k > 0 && laterMeasures[strings.ToLower(strings.Trim(words[k-1], `,.;:!?()"'`))] {
			return false // "three days later", "no later than"
		}
		if k+1 < len(words) && !strings.ContainsAny(w, ",;:") {
			next := strings.ToLower(strings.Trim(words[k+1], `,.;:!?()"'`))
			if laterTimes[next] || analyze.CalendarWord(next) {
				return false // "later this month", "later Tuesday"
			}
		}
		return true
	}
	return false
}

// laterAnchors open a clause or an aside before "later", which can then
// say what came first; "and" and "but" only after a verb ("was
// arrested and later released"), not inside a subject ("Police and
// guards later stopped ...").
var laterAnchors = map[string]bool{
	"who": true, "which": true, "that": true, "and": true, "but": true, "after": true, "when": true,
	"before": true, "while": true, "as": true, "until": true, "then": true, "because": true,
	"first": true, "initially": true, "originally": true, "once": true, "since": true,
}

// laterMeasures before "later" say how much later, or make it no
// adverb at all.
var laterMeasures = map[string]bool{
	"no": true, "much": true, "not": true, "years": true, "year": true, "days": true, "day": true,
	"weeks": true, "week": true, "months": true, "month": true, "hours": true, "hour": true,
	"minutes": true, "minute": true, "seconds": true, "decades": true, "decade": true, "time": true,
	"moments": true, "moment": true, "nights": true, "generations": true, "sooner": true, "or": true,
	"a": true, "the": true, "its": true, "his": true, "her": true, "their": true, // "at a later date"
}

// laterTimes after "later" make it part of a time.
var laterTimes = map[string]bool{
	"this": true, "that": true, "today": true, "tonight": true, "tomorrow": true, "than": true,
	"in": true, "on": true, "at": true, "next": true, "years": true, "date": true, "stage": true,
	"life": true, "still": true,
}

// thatTimeRef matches a time, or a thing done, that "that" points back
// to: "at that time", "later that day", "that night", "that decision".
var thatTimeRef = regexp.MustCompile(`(?i)(^|[,;:]\s+|\b(at|during|by|of|on|in|for|from|until|since|later|earlier|before|after|made)\s+)that\s+(time|day|night|morning|evening|afternoon|week|month|year|decision|offer|move)\b`)

// thatTime reports whether t points back, with "that", to a time or a
// thing done that the sentence does not give before it: no number and
// no day or month comes first ("... missing for four years, and during
// that time ..." and "... in May 2016; that year ..." say which), and it
// is no part "of that time", which a number before only measures.
func thatTime(t string) bool {
	own := analyze.OwnVoice(t)
	m := thatTimeRef.FindStringSubmatchIndex(own)
	if m == nil {
		return false
	}
	if m[4] >= 0 && strings.EqualFold(own[m[4]:m[5]], "of") {
		return true // "5 minutes of that time": a part of a time given before
	}
	for _, w := range strings.Fields(strings.ToLower(own[:m[0]])) {
		w = strings.Trim(w, `,.;:()"'`)
		if analyze.CalendarWord(w) || strings.ContainsAny(w, "0123456789") || numberWords[w] {
			return false
		}
	}
	return true
}

// numberWords name a count in words, which tells how long "that time"
// was.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "several": true, "many": true, "few": true,
}

// comparesBack reports whether t says that something holds as it held
// for something else, or despite it, and names neither within itself: it
// ends on "too", "as well", "either", "instead", "though", "however",
// "nonetheless", "nevertheless" or "regardless" ("Police were called as
// well.", "The vote went ahead, though."), or
// sets "however" apart ("The pier, however, stays shut."), or it holds
// "anyway" ("held a press conference anyways"). A sentence that draws the
// comparison itself ("Although most left, a few stayed, too.", "Not only
// ... but ... as well") does not.
func comparesBack(t string) bool {
	words := strings.Fields(strings.ToLower(text.Normalize(analyze.OwnVoice(t))))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		switch strings.Trim(w, `,.;:!?()"'`) {
		case "anyway", "anyways":
			return true
		case "however":
			if strings.HasSuffix(w, ",") {
				return true // "However, ...", "The pier, however, ...": against what?
			}
		}
	}
	last := strings.Trim(words[len(words)-1], `,.;:!?()"'`)
	if last == "well" && strings.Trim(words[len(words)-2], `,`) == "as" {
		last = "as well"
	}
	switch last {
	case "too", "as well", "either", "instead", "though", "however", "nonetheless", "nevertheless", "regardless":
	default:
		return false
	}
	for _, w := range words[:len(words)-1] {
		switch strings.Trim(w, `,.;:!?()"'`) {
		case "although", "though", "while", "whereas", "but", "also", "like", "unlike":
			return false
		}
	}
	return true
}

// standAlone are quantifiers that stand for a part of a group named
// before when no noun follows them: "Most crossed", "Many of them fled".
var standAlone = map[string]bool{
	"most": true, "many": true, "some": true, "others": true, "several": true, "both": true,
	"all": true, "none": true, "few": true, "half": true,
}

// quantifierSubject reports whether the subject of a sentence is a
// quantifier that stands alone ("Most poured into the capital", "Many
// of them fled", "One would cost $3 million", "Until Monday, most
// crossed ..."): at its start, or
// right after an opening phrase or clause, with a verb or "of them"
// after it. "Most voters", "Both sides", "All 12 crew" and "One of the
// divers" name their group.
func quantifierSubject(t string) bool {
	words := strings.Fields(analyze.OwnVoice(t))
	k := 0
	if len(words) > 0 && (analyze.OpensPhrase(strings.ToLower(words[0])) || analyze.OpensClause(words[0])) {
		for k < len(words) && !strings.HasSuffix(words[k], ",") {
			k++
		}
		k++
	}
	if k+1 >= len(words) {
		return false
	}
	first := strings.ToLower(strings.Trim(words[k], `"'“‘`))
	if first == "of" && k == 0 && backPronoun(words[1]) && strings.HasSuffix(words[1], ",") {
		return true // "Of these, 40 were ...": of which?
	}
	if count(first) {
		// a count stands alone as "Three of them ...", "Ninety
		// percent of them ..." or "Eight more had ...": more of what?
		j := k + 1
		switch {
		case j < len(words) && strings.EqualFold(words[j], "percent"):
			j++
		case j+1 < len(words) && strings.EqualFold(words[j], "per") && strings.EqualFold(words[j+1], "cent"):
			j += 2
		}
		if j+1 < len(words) && strings.EqualFold(words[j], "of") && backPronoun(words[j+1]) {
			return true
		}
		if j+1 < len(words) && strings.EqualFold(words[j], "more") {
			next := strings.ToLower(strings.Trim(words[j+1], `,.;:"'`))
			return finiteWord(next) || beForms[next] || pronounFollowers[next]
		}
		return false
	}
	// "one" stands for one of a group too, though as a heading's last
	// word ("Air Force One") it names a thing
	if !standAlone[first] && first != "one" {
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], `,.;:"'`))
	if next == "of" && k+2 < len(words) {
		switch strings.ToLower(strings.Trim(words[k+2], `,.;:"'`)) {
		case "them", "those", "these", "us":
			return true
		}
		return false
	}
	return finiteWord(next) || beForms[next] || pronounFollowers[next] || speechVerb(next)
}

// count reports whether a word gives a count: in digits ("12") or
// spelled ("three", "ninety").
func count(low string) bool {
	if analyze.IsNumberWord(low) {
		return true
	}
	return text.IsNumber(strings.TrimSuffix(low, "%"))
}

// backPronoun reports whether a word, its punctuation aside, is a
// pronoun for a group named before: "them", "these", "those".
func backPronoun(w string) bool {
	switch strings.ToLower(strings.Trim(w, `,.;:"'”’`)) {
	case "them", "these", "those":
		return true
	}
	return false
}

// endsOnDemonstrative reports whether a sentence or one of its clauses
// ends on "that", "this", "these" or "those" after a preposition,
// outside quotation marks ("... has not commented on that.", "Some were
// up for this; others ..."), or the sentence ends on one after any word
// ("An official confirmed that."): the demonstrative stands for
// something said before it. Inside a sentence, "that" before a comma
// may open what someone said ("said that, if elected, ...").
func endsOnDemonstrative(t string) bool {
	words := strings.Fields(analyze.OwnVoice(t))
	// the sentence's own last word, not the last outside a quotation
	// that closes it ("said that “the pier is safe.”")
	raw := strings.Fields(t)
	last := ""
	if len(raw) > 0 {
		last = strings.ToLower(strings.TrimRight(raw[len(raw)-1], `.!?"'”’),;:`))
	}
	for k := 1; k < len(words); k++ {
		w := words[k]
		if k < len(words)-1 && !strings.ContainsAny(w, ",;:") {
			continue // the clause goes on
		}
		switch low := strings.ToLower(strings.TrimRight(w, `.!?"'”’),;:`)); low {
		case "that", "this", "these", "those":
			prev := strings.ToLower(words[k-1])
			if k == len(words)-1 && last == low || phraseWords[prev] || prev == "about" || prev == "of" || prev == "to" || prev == "like" {
				return true
			}
		}
	}
	return false
}

// pronounSpeaker matches a sentence whose speaker is a pronoun set
// between commas after its first words: "Marsh, he said, told him ...".
// The name before it is what the speaker talks of, so the speaker is
// someone a sentence before named.
var pronounSpeaker = regexp.MustCompile(`^[^,"“]{1,160}, (he|she|they) (said|says|added|told [a-z]+|recalled|wrote),`)

// trailingPronounSpeaker matches a sentence with no quotation that ends
// on a pronoun for its speaker: "Marsh got 300 votes in the primary, he
// said." Whoever "he" is, a sentence before named him; it may not be the
// one the sentence names; so did "it", a body that spoke ("..., it
// said.").
var trailingPronounSpeaker = regexp.MustCompile(`^[^"“”]+, (he|she|it|they) (said|says|added|told [a-z]+|recalled|wrote|explained)\.$`)

// doSo matches "do so" and its forms, and "do it" or "do that" closing
// a clause, which stand for an action named before.
var doSo = regexp.MustCompile(`(?i)\b(do|does|did|doing|done)\s+(so\b|(it|this|that)(\s+(again|anyway|now|too))?\s*[,.;:!?])`)

// clauseOpener reports whether w ends a clause or opens a new one, after
// which a pronoun may stand for something the sentence has named: a
// comma, a speech verb ("said it"), a conjunction or a subordinator.
func clauseOpener(w string) bool {
	// a comma that ends the word, not one inside a number ("3,400")
	if end := strings.TrimRight(w, `"'”’)`); end != "" && strings.ContainsAny(end[len(end)-1:], ",;:") {
		return true
	}
	switch strings.ToLower(strings.Trim(w, `"'`)) {
	case "said", "says", "say", "told", "announced", "added", "warned", "and", "but", "after",
		"because", "when", "while", "since", "before", "until", "as", "that", "so", "where", "if",
		"who", "which":
		return true
	}
	return false
}

// pronounFollowers are verbs that follow a demonstrative when it stands
// alone as a subject ("this is", "that amounts to").
var pronounFollowers = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "will": true,
	"would": true, "could": true, "means": true, "meant": true, "comes": true, "came": true,
	"may": true, "might": true, "can": true, "should": true, "does": true, "did": true,
	"amounts": true, "amounted": true, "adds": true, "added": true, "marks": true, "marked": true,
	"brings": true, "brought": true, "leaves": true, "puts": true, "makes": true, "made": true,
	"represents": true, "equals": true, "follows": true, "followed": true, "to": true,
}
