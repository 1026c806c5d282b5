package write

import (
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// inPresent writes the main verb of a headline in the present tense, as
// headlines tell what happened: "Harbour board opened an inquiry" heads
// the page as "Harbour board opens an inquiry", "Divers found rot" as
// "Divers find rot", and a verb joined to it by "and" goes with it
// ("shot and wounded" is "shoots and wounds"); so do the words a verb
// of speech reports where they were told in the past only because they
// were said ("Lowe says he is leaving", see inReportedPresent). The verb
// is the first word after a subject (see subjectWord) that is a past
// form whose present this knows, and the subject says whether it is one
// or many (see pluralSubject, and storyWords for what the story tells of
// the subject's words). known is the index of a verb that lost the
// auxiliary of its perfect ("has arrived" left as "arrived"), a verb for
// sure whatever comes after it; -1 when there is none. Where either is
// in doubt the headline keeps its past:
//   - a past that may be a participle describing the subject ("Two men
//     arrested in the raid appeared in court", "Rule released Friday
//     will ..."): the word after it opens a phrase, or a verb or an
//     auxiliary of the same clause follows it;
//   - a second clause in the past with a subject of its own whose
//     number or verb is in doubt ("S&P 500 slid 5% and Nasdaq fell 3%";
//     "Jobs grew 2% while unemployment fell" goes into the present
//     whole, see ownClause);
//   - a past that is also the present ("cut", "set"), or whose present
//     the spelling does not tell ("visited", "targeted");
//   - a subject that may be one or many ("United States", "Texas");
//   - a headline that names a time gone ("last month", "in 2009").
func inPresent(words []string, story storyWords, known int) []string {
	modifier := -1 // a past that describes a noun of the subject ("two armed men")
	for k := 1; k < len(words); k++ {
		prev := strings.ToLower(words[k-1])
		if !subjectWord(words[k-1]) && prev != "and" && k-1 != modifier && !listedName(words, k-1) || linkingVerbs[prev] {
			return words
		}
		core, punct := splitPunct(words[k])
		if core == "" || core != strings.ToLower(core) {
			continue // a name, a figure or a word in capitals is still the subject
		}
		if auxiliaryWord(core) {
			return words
		}
		base, ok := pastBase(core)
		if k == known {
			base, ok = perfectBase(core)
		}
		if !ok {
			if pastForm(core) || k == known {
				return words
			}
			continue
		}
		if base == core && k != known {
			return words
		}
		if k != known && (possessiveWord(prev) || possessors[prev] || analyze.IsNumberWord(prev) || beforeNoun[prev]) {
			modifier = k // "the party's left wing", "two affiliated clinics": a noun's place, not a verb's
			continue
		}
		if text.IsNumber(strings.TrimPrefix(prev, "$")) {
			return words // "12 killed in blast", or "S&P 500 slid": a count or a name, and the past in doubt
		}
		own, second, secondForm := ownClause(words, k, story)
		if k != known && !finiteAt(words, k) || !own || pastTime(words[k+1:]) {
			return words // "... last month"
		}
		plural, sure := subjectNumber(words[:k], story)
		if !sure && reportsSpeech(core) && singularSpeaker(words[k+1:]) {
			plural, sure = false, true // "Ilse Withers said she ...": one person, whatever the name
		}
		if !sure {
			return words
		}
		out := slices.Clone(words)
		out[k] = presentOf(base, plural) + punct
		if reportsSpeech(core) {
			out = inReportedPresent(out, k)
		}
		if second >= 0 {
			out[second] = secondForm // "... while unemployment rate falls"
		}
		for j := k + 1; j+1 < len(out); j++ {
			if w := strings.ToLower(out[j]); phraseWords[w] || phraseAfterVerb[w] || strings.ContainsAny(out[j-1], ",;:") {
				break // "opened an inquiry into fires and damaged ferries": the "and" joins nouns
			}
			if out[j] != "and" {
				continue
			}
			n := j + 1
			for n < len(out) && adverb(out[n], false) {
				n++ // "and critically wounded"
			}
			if n == len(out) {
				break
			}
			c, p := splitPunct(out[n])
			if b, ok := pastBase(c); ok && c == strings.ToLower(c) {
				out[n] = presentOf(b, plural) + p
			}
		}
		return out
	}
	return words
}

// listedName reports whether words[j] is a capitalised name that a
// comma closes inside a list of names that "and" ends ("U.S., U.K. and
// Tarrow crews"): a word of the subject, comma and all.
func listedName(words []string, j int) bool {
	w := words[j]
	if !strings.HasSuffix(w, ",") || strings.Count(w, ",") != 1 || !isCapitalised(strings.TrimSuffix(w, ",")) {
		return false
	}
	for _, x := range words[j+1:] {
		switch {
		case x == "and":
			return true
		case !isCapitalised(strings.TrimSuffix(x, ",")):
			return false
		}
	}
	return false
}

// progressiveInPresent writes words[k], the verb in -ing of a
// progressive whose auxiliary went (see withoutAuxiliary), in the
// present, as headlines tell what is under way: "Harbour board is
// weighing a ferry levy" heads the page as "Harbour board weighs ferry
// levy". words stay as they are when k holds no such verb, when its
// plain form is in doubt or when the subject's number is.
func progressiveInPresent(words []string, k int, story storyWords) []string {
	if k <= 0 || k >= len(words) {
		return words
	}
	core, punct := splitPunct(words[k])
	base, ok := ingBase(core)
	if !ok {
		return words
	}
	plural, known := subjectNumber(words[:k], story)
	if !known {
		return words
	}
	out := slices.Clone(words)
	out[k] = presentOf(base, plural) + punct
	return out
}

// ingBase returns the plain form of w, a verb in -ing ("preparing" ->
// "prepare", "banning" -> "ban", "trying" -> "try"), as pastBase tells
// it from the same verb's past; false when w is none or its plain form
// is in doubt.
func ingBase(w string) (string, bool) {
	if b, ok := irregularIng[w]; ok {
		return b, true
	}
	if !progressive(w) {
		return "", false
	}
	stem := strings.TrimSuffix(w, "ing")
	if strings.HasSuffix(stem, "y") {
		return stem, true // "trying", "playing"
	}
	return pastBase(stem + "ed")
}

// irregularIng are verbs in -ing whose plain form their spelling hides.
var irregularIng = map[string]string{"coming": "come", "becoming": "become", "going": "go", "doing": "do",
	"having": "have", "seeing": "see", "dying": "die", "lying": "lie", "tying": "tie"}

// subjectNumber reports whether the subject words, less the articles
// and adverbs among them, are many or one (see pluralSubject); known is
// false when no word is left ("A visibly frustrated ...").
func subjectNumber(words []string, story storyWords) (plural, known bool) {
	var subject []string
	for j, w := range words {
		if !adverb(w, j == 0) && !articles[strings.ToLower(w)] {
			subject = append(subject, w)
		}
	}
	if len(subject) == 0 {
		return false, false
	}
	return pluralSubject(subject, story)
}

// adverb reports whether w is an adverb in -ly ("narrowly",
// "reportedly"), which neither is nor ends a subject; with a capital
// only when it opens the headline ("Visibly").
func adverb(w string, first bool) bool {
	low := strings.ToLower(w)
	return len(w) > 4 && strings.HasSuffix(low, "ly") && (w == low || first) && !nounLike[low]
}

// pastTime reports whether words tell that what they say is past or
// counted up to now: "last month", "two years ago", "yesterday", "in
// 2009", "so far", "to date". A headline's present tells today's news.
func pastTime(words []string) bool {
	if toNow(words) {
		return true
	}
	for j, w := range words {
		w = strings.ToLower(strings.Trim(w, `,.;:`))
		switch {
		case w == "ago" || w == "yesterday" || w == "earlier" || w == "previously" || w == "formerly":
			return true
		case (w == "last" || w == "in") && j+1 < len(words):
			next := strings.ToLower(strings.Trim(words[j+1], `,.;:`))
			if w == "last" && (ofTime[next] || next == "night" || weekday(words[j+1])) || w == "in" && len(years(next)) > 0 {
				return true
			}
		}
	}
	return false
}

// toNow reports whether words count what they tell up to now ("so far",
// "to date", "already"), which only a perfect says: "have died so far"
// is neither "died" nor "die". "Its sharpest criticism yet" is no such
// count.
func toNow(words []string) bool {
	for j, w := range words {
		w = strings.ToLower(strings.Trim(w, `,.;:`))
		next := ""
		if j+1 < len(words) {
			next = strings.ToLower(strings.Trim(words[j+1], `,.;:`))
		}
		if w == "already" || w == "so" && next == "far" || w == "to" && next == "date" {
			return true
		}
	}
	return false
}

// splitPunct parts a word from the punctuation after it.
func splitPunct(w string) (string, string) {
	core := strings.TrimRight(w, ",.;:")
	return core, w[len(core):]
}

// finiteAt reports whether the past form at words[k], after its
// subject, is the clause's verb rather than a participle describing the
// subject: the word after it opens no phrase.
func finiteAt(words []string, k int) bool {
	if k+1 >= len(words) || strings.ContainsAny(words[k], ",;:") {
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], `,.;:`))
	if next == "into" && k+2 < len(words) && strings.Trim(words[k+2], `,.;:`) == "law" {
		return true // "signed into law"
	}
	if stateAfterPassive[next] {
		return false // "found guilty", "pronounced dead": a passive's participle, not an act
	}
	if strings.EqualFold(words[k], "used") && next == "to" {
		return false // "used to run the ferry" tells a habit, not an act
	}
	if intransitive[strings.ToLower(words[k])] {
		return true // "died at her home": no passive, so no participle describing its subject
	}
	return !phraseWords[next] && !phraseAfterVerb[next] // "arrested in ...", "concerned about ...": likely a participle
}

// stateAfterPassive are words of a state that follow a passive's
// participle ("found guilty", "declared dead", "held hostage").
var stateAfterPassive = map[string]bool{"guilty": true, "dead": true, "alive": true, "liable": true, "innocent": true,
	"unconscious": true, "responsible": true, "missing": true, "unharmed": true, "hostage": true, "captive": true,
	"safe": true, "fit": true, "unfit": true, "ineligible": true, "eligible": true, "competent": true, "incompetent": true}

// intransitive are pasts of verbs that take no object, so have no
// passive: after a subject, each is its clause's verb.
var intransitive = map[string]bool{"died": true, "arrived": true, "resigned": true, "emerged": true, "fell": true,
	"rose": true, "went": true, "came": true, "slid": true, "sank": true, "fled": true, "surged": true,
	"soared": true, "plummeted": true, "tumbled": true, "spoke": true, "testified": true, "rallied": true,
	"appeared": true, "vanished": true, "collapsed": true, "erupted": true, "responded": true, "fretted": true,
	"grappled": true, "peaked": true, "clashed": true, "struggled": true, "campaigned": true, "marched": true,
	"stepped": true, "happened": true, "occurred": true}

// ownClause reports whether the verb at words[k] has the clause to
// itself: no auxiliary of the same clause follows it ("Rule released
// Friday will ..."), and a second clause with a past of its own
// ("Jobs grew 2% while unemployment fell") has a subject whose number
// is known and a verb whose present is, so that it goes into the
// present too; second is that verb's index, -1 when there is none, and
// form its present (see secondClause).
func ownClause(words []string, k int, story storyWords) (ok bool, second int, form string) {
	// what follows a verb of speech is what was said, a clause of its
	// own, and so is any second clause inside it when "that" or a
	// pronoun opens what was said ("said she has no plans to reopen the
	// piers closed since she took over"); "added 400 berths while ..."
	// is no speech
	speech := false
	if k+1 < len(words) {
		next := strings.ToLower(strings.Trim(words[k+1], `,.;:"“”`))
		speech = reportsSpeech(words[k]) && (next == "that" || subjectPronoun(next))
	}
	join, inner, second := -1, reportsSpeech(words[k]), -1
	// a day right after the past, as a reduced relative gives it ("the
	// man arrested Tuesday"), and then another verb: the past describes
	timed := k+1 < len(words) && (weekday(strings.Trim(words[k+1], `,.;:`)) || dayWords[strings.ToLower(strings.Trim(words[k+1], `,.;:`))])
	for j := k + 1; j < len(words); j++ {
		w := strings.ToLower(strings.Trim(words[j], `,.;:"“”`))
		switch {
		case clauseJoins[w] && j > k+1:
			join = j
		case opensInnerClause[w] || subjectPronoun(w) || w == "what" || w == "how" || w == "why":
			inner = true
		}
		before := strings.ToLower(words[j-1])
		if join >= 0 && !speech && pastForm(w) && before != "and" && before != "or" && before != "to" && !adverb(before, false) {
			f, ok := secondClause(words, join, j, story)
			if second >= 0 || !ok {
				return false, -1, "" // "... and Tarrow Rovers rose 2%": a number in doubt, or a third clause
			}
			second, form = j, f
		}
		if !inner && auxiliaryWord(w) {
			return false, -1, "" // "Rule released Friday will ...": the verb is still to come
		}
		if !inner && join < 0 && j > k+1 && timed && finiteWord(w) && before != "and" && before != "or" && before != "to" {
			return false, -1, "" // "Man arrested Tuesday appeared in court": the past at k describes the man
		}
	}
	return true, second, form
}

// secondClause returns the present of words[j], a past after the
// clause join at words[join], with its own subject's number; false
// unless the words between are that subject, of a known number, and
// the word is a verb whose plain form is known.
func secondClause(words []string, join, j int, story storyWords) (string, bool) {
	subject := words[join+1 : j]
	if len(subject) == 0 {
		return "", false
	}
	for _, w := range subject {
		if !subjectWord(w) {
			return "", false
		}
	}
	core, punct := splitPunct(words[j])
	base, ok := pastBase(core)
	plural, known := subjectNumber(subject, story)
	if !ok || !known || base == core || j+1 < len(words) && !finiteAt(words, j) {
		return "", false
	}
	return presentOf(base, plural) + punct, true
}

// dayWords name a day as weekday does, by its distance from today.
var dayWords = map[string]bool{"yesterday": true, "today": true, "tonight": true, "overnight": true, "earlier": true, "last": true}

// beforeNoun are words of quantity that stand before a noun, and so
// before no verb.
var beforeNoun = map[string]bool{"several": true, "many": true, "some": true, "all": true, "other": true,
	"few": true, "more": true, "most": true, "both": true, "no": true, "each": true, "every": true}

// phraseAfterVerb are the words, besides phraseWords, that open a phrase
// after a participle describing its noun ("concerned about ...").
var phraseAfterVerb = map[string]bool{"about": true, "of": true, "against": true, "outside": true, "inside": true, "among": true, "amid": true,
	"around": true, "throughout": true, "within": true, "beyond": true, "behind": true, "along": true, "between": true, "toward": true, "towards": true}

// singularSpeaker reports whether what a verb of speech reports opens,
// after any "that", on "he" or "she": a subject that speaks of itself so
// is one person. ("It" may be what was said of: "Tarrow Rovers said it
// was a hard game" tells nothing of the team's number.)
func singularSpeaker(rest []string) bool {
	if len(rest) > 0 && strings.EqualFold(rest[0], "that") {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return false
	}
	switch strings.ToLower(rest[0]) {
	case "he", "she":
		return true
	}
	return false
}

// auxiliaryWord reports whether w, in lower case, is an auxiliary or a
// modal: the verb of its clause is still to come.
func auxiliaryWord(w string) bool {
	return modals[w] || auxiliaries[w] && w != "says" && w != "said" || w == "be" || w == "been"
}

// reportsSpeech reports whether w is a verb of speech or of report.
func reportsSpeech(w string) bool {
	low := strings.ToLower(strings.TrimRight(w, ",.;:"))
	return speechVerb(low) || reportVerbs[low]
}

// inReportedPresent returns words with what the verb of speech at k
// reports told in the present too, as it was said: "Lowe says he is
// leaving" for "he was leaving", "... says it will ..." for "it
// would". words stay as they are when the clause tells of a time
// before the saying ("had", "did", a passive "was closed", another past
// such as "he dated her when he was 24") or its subject is "I": a
// present verb of speech reads well before them as they are.
func inReportedPresent(words []string, k int) []string {
	out := slices.Clone(words)
	for j := k + 1; j < len(words); j++ {
		core, punct := splitPunct(words[j])
		w := strings.ToLower(strings.Trim(core, `"“”`))
		next := ""
		if n := afterAdverb(words, j+1); n < len(words) {
			next = strings.ToLower(strings.Trim(words[n], `,.;:"“”`)) // "was abruptly fired"
		}
		switch {
		case w == "had" || w == "did" || w == "didn't" || w == "hadn't" || otherPast(w):
			return words
		case reportedShift[w] == "" || core != strings.ToLower(core):
			continue
		case (w == "was" || w == "were") && (participle(next) || next == "being"), strings.ToLower(words[j-1]) == "i":
			return words
		}
		out[j] = strings.Replace(core, w, reportedShift[w], 1) + punct
	}
	return out
}

// otherPast reports whether w is a past form that tells its time by
// itself ("dated", "took"); "set" and "cut" may be present forms.
func otherPast(w string) bool {
	base, ok := pastBase(w)
	return ok && base != w
}

// reportedShift gives the present of the forms in which reported words
// are told in the past ("said he was leaving", "said it would").
var reportedShift = map[string]string{"was": "is", "were": "are", "would": "will", "wasn't": "isn't",
	"weren't": "aren't", "wouldn't": "won't"}

// reportVerbs tell what someone said, besides speechVerb's.
var reportVerbs = map[string]bool{"suggested": true, "confirmed": true, "wrote": true, "insisted": true, "predicted": true, "promised": true, "denied": true, "admitted": true, "revealed": true}

// clauseJoins join a second clause, which may have a subject of its own.
var clauseJoins = map[string]bool{"and": true, "while": true, "but": true, "as": true, "whereas": true}

// linkingVerbs, before a past form, are the clause's verb: "seems
// poised to approve" keeps its participle.
var linkingVerbs = map[string]bool{"seems": true, "seem": true, "appears": true, "appear": true, "remains": true,
	"remain": true, "looks": true, "look": true, "becomes": true, "become": true, "gets": true, "get": true, "stays": true}

// storyWords is what a story tells of the words of its headline.
type storyWords struct {
	lower   map[string]bool // written in lower case mid-sentence: a noun, not a name
	surname map[string]bool // the surname of one of the story's people (see peopleNames)
}

// pluralSubject reports whether a headline's subject is many (true) or
// one (false), and false for known when it cannot tell. What it is
// comes from its head noun, the last word before a phrase that goes
// with it ("Reviewers from both towns" is many, "Spokeswoman for the
// harbour trustees" one); two nouns joined by "and" are many. A capital
// tells a name, unless it is the headline's first word's and the story
// writes the word in lower case (see storyWords).
func pluralSubject(subject []string, story storyWords) (plural, known bool) {
	end := len(subject)
	for j := 1; j < len(subject); j++ {
		w := strings.ToLower(subject[j])
		if phraseWords[w] && w != "or" || phraseAfterVerb[w] || len(w) > 4 && strings.HasSuffix(w, "ing") && w == subject[j] {
			end = j
			break
		}
	}
	head := subject[:end]
	for _, w := range head {
		if w == "and" || w == "&" {
			return true, true
		}
	}
	if n := len(head); n > 1 && (postpositive[strings.ToLower(head[n-1])] || acronymAside.MatchString(head[n-1])) {
		head = head[:n-1] // "attorneys general" are many; "harbour workers (HW)" are many too
	}
	h := strings.Trim(head[len(head)-1], `,.;:"“”`)
	low := strings.ToLower(h)
	if len(head) == 1 && story.lower[low] {
		h = low // "Reviewers ...", where the story writes "reviewers"
	}
	switch {
	case h == "":
		return false, false
	case h[0] >= '0' && h[0] <= '9':
		return false, false // "S&P 500", "Two men" ends on its noun
	case manyNouns[low]:
		return true, true
	case h != low:
		if !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || strings.ToUpper(h) == h {
			return false, true // "Marsh", "Congress", "US"
		}
		for _, s := range groupEndings {
			if strings.HasSuffix(low, s) {
				return true, true // "Democrats"
			}
		}
		if len(head) > 1 && story.surname[h] {
			return false, true // "Kamala Harris": one of the story's people
		}
		if len(head) == 1 && (strings.HasSuffix(low, "ers") || strings.HasSuffix(low, "ors")) && !story.surname[h] {
			return true, true // "Voters in Tarrow": people named by what they do, no one's surname
		}
		return false, false // "United States", "Texas", "General Motors", a team
	case oneOrMany[low]:
		return false, false
	case low == "news" || strings.HasSuffix(low, "ss") || strings.HasSuffix(low, "us") || strings.HasSuffix(low, "is") || strings.HasSuffix(low, "ics"):
		return false, true
	}
	return strings.HasSuffix(low, "s"), true
}

// postpositive are words after a noun that belong to it ("attorneys
// general").
var postpositive = map[string]bool{"general": true, "elect": true, "emeritus": true}

// manyNouns are plural nouns not in -s.
var manyNouns = map[string]bool{"men": true, "women": true, "children": true, "people": true, "police": true,
	"hundreds": true, "thousands": true, "dozens": true, "millions": true, "scores": true, "tens": true, "billions": true,
	"feet": true, "teeth": true, "mice": true, "geese": true, "cattle": true, "clergy": true, "personnel": true, "both": true}

// oneOrMany are nouns in -s that may be one or many.
var oneOrMany = map[string]bool{"series": true, "species": true, "headquarters": true, "means": true, "works": true}

// groupEndings end names of groups of people, which are many:
// "Democrats", "Republicans", "Conservatives". Others in -s may be one
// person's name ("Evans", "Sanders").
var groupEndings = []string{"ats", "ists", "ives", "ians", "cans"}

// pastBase returns the plain form of w, a past form in lower case
// ("opened" -> "open", "declared" -> "declare", "tried" -> "try",
// "stopped" -> "stop", "took" -> "take"); false when w is none or its
// spelling does not tell its plain form ("visited" is "visit",
// "united" is "unite").
func pastBase(w string) (string, bool) {
	if b, ok := irregularBase[w]; ok {
		return b, true
	}
	if b, ok := shortPast[w]; ok {
		return b, true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return "", false
	}
	if notVerbs[w] || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", false
	}
	switch {
	case strings.HasSuffix(w, "eed"):
		if eedVerbs[w] {
			return w[:len(w)-1], true // "agreed"
		}
		return "", false // "speed", or "exceed", which is no past
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y", true // "tried"
	}
	s := w[:len(w)-2]
	n := len(s)
	last, before := s[n-1], s[n-2]
	if last == before && strings.IndexByte("bgmnprt", last) >= 0 {
		return s[:n-1], true // "stopped", "planned"
	}
	if n >= 6 && (strings.HasSuffix(s, "ell") || strings.HasSuffix(s, "oll")) {
		return s[:n-1], true // "controlled", "compelled"
	}
	e := s + "e"
	// single: one vowel before the last consonant ("hop-ed", not "heap-ed")
	single := vowel(before) && (n < 3 || !vowel(s[n-3]))
	switch last {
	case 'v', 'c', 'u', 'z':
		return e, true // "approved", "announced", "argued", "seized"
	case 'g':
		if strings.HasSuffix(s, "ing") || strings.HasSuffix(s, "ong") || strings.HasSuffix(s, "ung") || plainAng[s] {
			return s, true
		}
		return e, true // "charged", "changed", "arranged"
	case 's':
		if strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "focus") || strings.HasSuffix(s, "bias") {
			return s, true
		}
		return e, true // "raised", "caused", "collapsed"
	case 'r':
		switch {
		case !vowel(before):
			return "", false // "hundred", "sacred"
		case strings.HasSuffix(s, "er"), strings.HasSuffix(s, "ear"), strings.HasSuffix(s, "air"),
			strings.HasSuffix(s, "our"), strings.HasSuffix(s, "oar"), strings.HasSuffix(s, "oor"):
			return s, true // "ordered", "cleared", "repaired"
		case strings.HasSuffix(s, "or"):
			if oreVerbs[s] {
				return e, true
			}
			return s, true // "honored", "monitored"
		}
		return e, true // "declared", "fired", "secured"
	case 'l':
		if !vowel(before) {
			if before == 'l' {
				return s, true // "killed"
			}
			return e, true // "settled", "handled"
		}
		if single && (before == 'u' || before == 'i') {
			return e, true // "ruled", "filed"
		}
		return s, true // "fueled", "revealed", "failed"
	case 'n':
		if before == 'i' && n >= 3 && !vowel(s[n-3]) {
			return e, true // "declined", "determined"
		}
		return s, true // "opened", "joined", "warned"
	case 'm':
		if single && (before == 'a' || before == 'u' || before == 'i') {
			return e, true // "named", "assumed", "timed"
		}
		return s, true // "claimed", "seemed", "formed"
	case 'k', 'd', 'b':
		if single {
			return e, true // "invoked", "decided", "described"
		}
		return s, true // "asked", "needed", "climbed"
	case 'p':
		if single && (before == 'a' || before == 'i' || before == 'y' || before == 'o' && n <= 5) {
			return e, true // "escaped", "wiped", "typed"
		}
		return s, true // "helped", "developed"; "hoped" is "hope"
	case 't':
		switch {
		case !vowel(before):
			return s, true // "started", "wanted"
		case endsInT[s]:
			return s, true // "pivoted"
		case before == 'a':
			if strings.HasSuffix(s, "oat") || strings.HasSuffix(s, "eat") && !strings.HasSuffix(s, "creat") {
				return s, true // "treated", "floated"
			}
			return e, true // "created", "debated", "negotiated"
		case n >= 3 && vowel(s[n-3]):
			return s, true // "shouted", "greeted", "waited"
		case before == 'o' || before == 'u':
			return e, true // "voted", "disputed"
		}
		return "", false // "visited" or "united", "targeted" or "completed"
	}
	return s, true // "fixed", "vowed", "played", "reached", "echoed"
}

// perfectBase returns the plain form of w, the participle of a perfect
// whose auxiliary went ("has arrived", "has chosen"): a regular one, or
// an irregular one whether or not it is also the past ("won", "taken").
func perfectBase(w string) (string, bool) {
	if b, ok := irregularParticipleBase[w]; ok {
		return b, true
	}
	return pastBase(w)
}

// irregularParticipleBase gives the plain form of the common irregular
// participles that are not also the past.
var irregularParticipleBase = map[string]string{"chosen": "choose", "taken": "take", "given": "give",
	"become": "become", "done": "do", "gone": "go", "seen": "see", "known": "know", "shown": "show",
	"written": "write", "spoken": "speak", "broken": "break", "driven": "drive", "fallen": "fall",
	"forgotten": "forget", "hidden": "hide", "risen": "rise", "stolen": "steal", "sworn": "swear",
	"thrown": "throw", "begun": "begin", "drawn": "draw", "grown": "grow", "flown": "fly",
	"beaten": "beat", "frozen": "freeze", "shaken": "shake", "withdrawn": "withdraw", "overtaken": "overtake",
	"forgiven": "forgive", "undertaken": "undertake", "mistaken": "mistake", "ridden": "ride", "worn": "wear", "torn": "tear"}

// vowel reports whether b is a vowel letter.
func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// oreVerbs are the verbs in -ore ("ignored" is "ignore"); others in -or
// end there ("honored").
var oreVerbs = map[string]bool{"ignor": true, "restor": true, "scor": true, "explor": true, "stor": true,
	"implor": true, "ador": true, "deplor": true, "bor": true}

// plainAng are the verbs in -ang that take no -e ("hanged"; "changed"
// is "change").
var plainAng = map[string]bool{"hang": true, "bang": true, "clang": true, "twang": true}

// shortPast are the regular pasts of four letters, whose plain form
// the rules for longer ones would not tell.
var shortPast = map[string]string{"used": "use", "owed": "owe", "sued": "sue", "aged": "age", "eyed": "eye", "axed": "axe", "tied": "tie", "lied": "lie"}

// eedVerbs are the past forms in -eed; other words in -eed are no past
// ("speed", "exceed").
var eedVerbs = map[string]bool{"agreed": true, "freed": true, "guaranteed": true, "decreed": true, "disagreed": true}

// notVerbs are words in -ed that are no past form.
var notVerbs = map[string]bool{"hundred": true, "naked": true, "wicked": true, "crooked": true, "rugged": true,
	"ragged": true, "beloved": true, "wretched": true, "kindred": true, "hatred": true, "sacred": true}

// endsInT are verbs in a vowel and -t that take no -e ("pivoted").
var endsInT = map[string]bool{"pivot": true, "debut": true, "pilot": true, "riot": true, "boycott": true}

// presentOf is the present of the plain form base for a subject of one
// (third person: "opens", "tries", "pushes") or many ("open").
func presentOf(base string, plural bool) string {
	switch {
	case plural:
		return base
	case base == "have":
		return "has"
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"),
		strings.HasSuffix(base, "ch"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "o"):
		return base + "es"
	case len(base) > 1 && strings.HasSuffix(base, "y") && !vowel(base[len(base)-2]):
		return base[:len(base)-1] + "ies"
	}
	return base + "s"
}
