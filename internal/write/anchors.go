package write

import (
	"regexp"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// A sentence that opens on "the move", "the study" or "the judge" points
// back at something its report said just before. Taken out of that
// report it still reads, but the reader cannot tell which move, study or
// judge it means unless the page has spoken of one already.

// backReferences are the nouns that, after a definite determiner and
// with nothing to define them, refer to something said before: events,
// documents, decisions and the people in them.
var backReferences = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`move decision deal agreement announcement statement study
		findings research suit lawsuit complaint case incident accident crash crashes attack
		shooting nomination ruling verdict probe investigation inquiry revelation gathering
		briefing shot latter remarks comments video footage photo photograph photos picture
		letter memo grant donation measure proposal vote change changes episode meeting
		interview judge official officials spokesman spokeswoman spokesperson neighbour neighbor
		scene testimony report reports document documents figures data tweet post source
		sources film show story search ring girl boy man woman men women doctor coroner
		diplomats experts researchers scientists team group bank company firm couple pair
		suspect suspects victim victims officer officers actor actress singer star player coach
		teen teenager student mother father wife husband son daughter driver pilot gunman lawyer
		news arrest raid ban resignation indictment speech visit trip hearing talks panel action
		patient development developments situation controversy exchange confrontation encounter
		outburst backlash person individual child baby family event article articles book email
		emails message messages column essay`) {
		backReferences[w] = true
	}
}

// writings name a piece of published writing; after one of them is
// said, "the article" or "the column" may mean it ("Tarrow Ledger
// reporting ... the article claims").
var writings = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`article story report reporting piece column essay editorial op-ed`) {
		writings[text.Stem(w)] = true
	}
}

// sameKind reports whether two stems name the same kind of thing, so
// that the one may refer back to the other: two words for a piece of
// writing (see writings).
func sameKind(a, b string) bool { return writings[a] && writings[b] }

// listedForm is low as backReferences lists it: "the lawsuits" refers
// back as "the lawsuit" does. A word the list does not hold comes back
// as it is.
func listedForm(low string) string {
	if one := strings.TrimSuffix(low, "s"); !backReferences[low] && backReferences[one] {
		return one
	}
	return low
}

// findingVerbs tell what a report, a study or a person found or said;
// after the noun they are its verb ("the report reveals that ..."),
// not a word of a compound that "that" or "of" defines.
var findingVerbs = map[string]bool{
	"says": true, "shows": true, "finds": true, "reveals": true, "suggests": true, "claims": true,
	"states": true, "notes": true, "concludes": true, "warns": true, "argues": true, "confirms": true,
	"contends": true, "alleges": true, "asserts": true, "maintains": true, "insists": true, "estimates": true,
	"indicates": true, "recommends": true, "predicts": true, "accuses": true, "demands": true,
}

// definers follow a noun and say which one is meant: "the study of ...",
// "the vote on ...", "the judge who ...".
var definers = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "by": true,
	"about": true, "between": true, "into": true, "over": true, "against": true, "to": true,
	"that": true, "who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true,
}

// pointedNouns refer back only after "this", "that", "these" or
// "those": "the bill" is often the story's own subject, "that bill" is
// always something said before.
var pointedNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`bill plan law policy order program programme project strike
		cost costs figure figures money amount sum rule rules effort idea approach process`) {
		pointedNouns[w] = true
	}
}

// partitives go before a definite noun phrase: "all the ...", "most of
// the ...".
var partitives = map[string]bool{"all": true, "both": true, "most": true, "many": true, "some": true, "none": true, "several": true, "each": true, "half": true}

// determiners open a noun phrase that points at something already known.
var determiners = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// comesAs matches the verb of a sentence that times its subject, a thing
// told before, against another: "comes as ...", "came a day after ...".
var comesAs = regexp.MustCompile(`^(?:comes?|came) (?:as|after|amid|just|only|on the heels|at a time|(?:a|one|two|three|several|a few) (?:day|days|week|weeks|month|months|hour|hours) (?:after|before))\b`)

// bareSubjectNoun reports whether low, a common noun right after the
// "the" that opens a sentence, is its subject alone, next being a verb
// that surely is one ("The freeze had been ...", "The analysis showed
// ..."), and is none of the nouns that name the one thing of their kind
// a report means without saying so (see oneOfAKind). A word before the
// noun may say which one ("The harbour authority closed ...").
func bareSubjectNoun(low, next string) bool {
	next = strings.ToLower(strings.Trim(next, `,.;:!?()"'`))
	if oneOfAKind[low] || oneOfAKind[strings.TrimSuffix(low, "s")] || text.IsStopWord(low) || adjectiveEnd(low) ||
		auxiliaries[low] || low == "cannot" || strings.HasSuffix(low, "n't") || strings.HasSuffix(low, "ly") {
		return false
	}
	return finiteWord(next) && next != "says" && next != "said" || beForms[next]
}

// sharedStems are the content stems that two or more independent
// outlets use, in their titles or their texts: what the story is about,
// which "the" may name without more ("The pier will not reopen"), where
// a word one report alone uses ("The freeze had been set to expire")
// points back at what that report said before.
func (d *draft) sharedStems() map[string]bool {
	if d.sharedCache == nil {
		d.sharedCache = d.stemsOfTwo(func(r analyze.Report) string { return r.Title + "\n" + r.Text })
	}
	return d.sharedCache
}

// stemsOfTwo returns the content stems that two or more independent
// outlets use in the part of their reports that part gives.
func (d *draft) stemsOfTwo(part func(r analyze.Report) string) map[string]bool {
	by := map[string]map[int64]bool{}
	for ri, r := range d.a.Reports {
		if !r.Independent {
			continue
		}
		for _, st := range stemSet(part(r)) {
			if by[st] == nil {
				by[st] = map[int64]bool{}
			}
			by[st][d.outlets[ri]] = true
		}
	}
	out := map[string]bool{}
	for st, outlets := range by {
		if len(outlets) >= 2 {
			out[st] = true
		}
	}
	return out
}

// oneOfAKind are nouns that name, after "the", the one thing of their
// kind that a report about its country or its field means: "the
// economy", "the government", "the weather".
var oneOfAKind = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`economy government administration president presidency pandemic virus
		coronavirus outbreak military army navy police public world country nation market markets stock
		stocks weather sun moon internet web industry state city region capital senate house congress
		parliament court courts cabinet opposition majority minority prime premier king queen pope
		jury prosecution defense defence vote election campaign war climate planet earth universe
		sky sea ocean coast border mainland island kingdom republic union bloc alliance dollar euro
		pound yen rate inflation unemployment`) {
		oneOfAKind[w] = true
	}
}

// backReference returns the noun by which t, opening on a definite noun
// phrase ("The move comes after ...", "The defense official, who ...,
// said ..."), refers to something the page has not said: no text of
// before holds that noun (or a word of its stem), and the phrase gives no
// name and no defining words ("the study of school meals", "the judge in
// the Dunmere case"). It returns "" when t needs nothing before it.
func (d *draft) backReference(t string, before []string) string {
	return d.referenceBack(t, before, false)
}

// readBackReference is backReference for t read right after the texts
// of before, in that order. A sentence that comes right after the one
// its report gives before it is read as its report's reader read it: its
// opening phrase ("The 61-year-old pilot ...", "This comes after ...")
// and the speaker it closes on refer to what that sentence told. Only a
// thing its report told further back (see toldBefore) can still be
// missing.
func (d *draft) readBackReference(t string, before []string) string {
	return d.referenceBack(t, before, d.followsInReport(t, before))
}

// referenceBack is backReference, letting through what follows allows
// when t comes right after the sentence before it in its report.
func (d *draft) referenceBack(t string, before []string, follows bool) string {
	if n := d.openingReference(t, before); n != "" && !follows {
		return n
	}
	if n := d.toldBefore(t, before, follows); n != "" {
		return n
	}
	if n := d.pointedReference(t, before); n != "" && !follows {
		return n
	}
	if follows {
		return ""
	}
	return d.speakerReference(t, before)
}

// followsInReport reports whether the last text of before is the
// sentence that comes right before t in t's report.
func (d *draft) followsInReport(t string, before []string) bool {
	if len(before) == 0 {
		return false
	}
	i, ok := d.sentenceOf(t)
	if !ok {
		return false
	}
	j, ok := d.sentenceOf(before[len(before)-1])
	if !ok {
		return false
	}
	s, p := d.a.Sentences[i], d.a.Sentences[j]
	return s.Report == p.Report && p.Index == s.Index-1
}

// leansBack reports whether t refers back to something no text of
// before has said (see backReference) or adds to what none of them said
// of its subject (see alsoReference): the body and the page's last
// reading leave such a sentence out.
func (d *draft) leansBack(t string, before []string) bool {
	return d.backReference(t, before) != "" || d.alsoReference(t, before) != ""
}

// alsoReference returns the last word of the subject of a sentence that
// adds to what was said of it (see addsToEarlier: "Lowe also said ...",
// "The ban also covers ..."), when no text of before says anything of
// that subject; "" otherwise. "Also" then adds to nothing the reader
// has been told. The body and the page's last reading ask it; a
// headline drops its "also" (see withoutAlso) and the highlights and
// the lead take no such sentence.
func (d *draft) alsoReference(t string, before []string) string {
	words := strings.Fields(text.Normalize(t))
	k := addingAlso(words)
	if k < 1 {
		return ""
	}
	subject := strings.Join(words[:k], " ")
	stems := d.stemsOf(subject)
	if len(stems) == 0 {
		return ""
	}
	for _, b := range before {
		if text.SharedSorted(stems, d.stemsOf(b)) > 0 {
			return ""
		}
	}
	return strings.ToLower(strings.Trim(words[k-1], `,.;:!?()"'`))
}

// speakerReference returns the noun of a person who t says spoke, at
// its end, only as one named before ("..., the lawyer said.", "..., the
// spokesman added."), when no text of before and no word of t before it
// says who; "" otherwise.
func (d *draft) speakerReference(t string, before []string) string {
	m := definiteSpeaker.FindStringSubmatchIndex(text.Normalize(t))
	if m == nil {
		return ""
	}
	n := text.Normalize(t)
	noun := n[m[2]:m[3]]
	if one := strings.TrimSuffix(noun, "s"); !speakerNouns[noun] && speakerNouns[one] {
		noun = one
	}
	if !speakerNouns[noun] || d.saidBefore(noun, n, before, len(strings.Fields(n[:m[0]]))) {
		return ""
	}
	return noun
}

// speakerNouns are the people among backReferences, and "group", the
// vaguest word for those who speak together: "the lawyer said" and "the
// group said" need the lawyer or the group named before, where "the
// report said" names its source well enough.
var speakerNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`judge official spokesman spokeswoman spokesperson neighbour neighbor
		source doctor coroner diplomat expert researcher scientist suspect victim officer actor actress
		singer star player coach teen teenager student mother father wife husband son daughter driver
		pilot gunman lawyer man woman girl boy group`) {
		speakerNouns[w] = true
	}
}

// definiteSpeaker matches a sentence that closes with what "the" someone
// said, and perhaps where or when: ", the lawyer said.", `," the
// spokesman added.`, `," the official told reporters on Monday.`
var definiteSpeaker = regexp.MustCompile(`[,"] the ([a-z]+) (said|says|claims|claimed|added|adds|wrote|told [a-z]+)(?: (?:in|on|at|during|after|before|while) [^,;:"]{1,50})?\.["']?$`)

// pointedReference returns the noun that a demonstrative inside t points
// back with ("... end up covering that bill", "... after these
// findings", "... facing this very question"), when no text of before
// holds it; "" otherwise. "That" points only after a preposition or a
// verb in -ing, where it cannot open a clause ("said that bills ...").
func (d *draft) pointedReference(t string, before []string) string {
	words := strings.Fields(text.Normalize(t))
	if n, unsaid := d.countedUnsaid(words, 0, t, before); unsaid {
		return n // "The two candidates took the lead ..."
	}
	for k := 1; k+1 < len(words); k++ {
		det := strings.ToLower(words[k])
		if n, unsaid := d.countedUnsaid(words, k, t, before); n != "" {
			if unsaid {
				return n
			}
			continue
		}
		if det == "such" {
			// "such examinations", "such a move": of the kind just told;
			// "the first such case" and "the latest such move" rank it
			// among its kind, which needs nothing before
			prevLow := strings.ToLower(words[k-1])
			if ranks[prevLow] || strings.HasSuffix(prevLow, "est") || strings.HasSuffix(prevLow, "th") {
				continue
			}
			if n := suchNoun(words[k+1:]); n != "" && !d.saidBefore(n, t, before, k) {
				return n
			}
			continue
		}
		if det != "this" && det != "these" && det != "those" && det != "that" {
			continue
		}
		prev := strings.ToLower(strings.Trim(words[k-1], `,.;:!?()"'`))
		if owner, ok := possessiveNoun(words[k+1]); ok && (det == "that" || det == "this") {
			// "that reactor's core", "said this court's ruling": a
			// demonstrative before a common noun's possessive points
			// back, whatever follows; "this week's issue" and "this
			// year's budget" tell a time, which the page's date line
			// gives
			if !ofTime[owner] && !analyze.CalendarWord(owner) && !d.saidBefore(owner, t, before, k) {
				return owner
			}
			continue
		}
		if det == "that" && (strings.ContainsAny(words[k-1], ",;:") || !definers[prev] && !strings.HasSuffix(prev, "ing") && !objectThat(prev, words[k+1:])) {
			continue // "..., that ..." and "said that ..." open a clause
		}
		noun := strings.ToLower(strings.Trim(words[k+1], `,.;:!?()"'`))
		if (noun == "very" || noun == "same") && det != "that" && k+2 < len(words) {
			// "this very question", "these same rules": pointed back at,
			// whatever the noun
			noun = strings.ToLower(strings.Trim(words[k+2], `,.;:!?()"'`))
			if noun != "" && !d.saidBefore(noun, t, before, k) {
				return noun
			}
			continue
		}
		if one := strings.TrimSuffix(noun, "s"); !backReferences[noun] && !pointedNouns[noun] && (backReferences[one] || pointedNouns[one]) {
			noun = one
		}
		// "questioned that logic.": "that" as the object's determiner
		// points back at whatever the noun, as "this very" does
		object := det == "that" && objectThat(prev, words[k+1:]) && !analyze.CalendarWord(noun) && !generic[text.Stem(noun)]
		// "Millions of those accounts", "These claims": a plural that
		// "these" or "those" opens among the sentence's first words
		// points back at whatever the noun, unless a phrase after it
		// says which ("those accounts of the bank"); further on, the
		// sentence itself may have said it in other words ("the
		// universities and the athletes who play for those schools")
		plural := k <= maxOpeningDeterminer && (det == "these" || det == "those") && len(noun) > 3 && strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss") &&
			!text.IsStopWord(noun) && !ofTime[noun] && !generic[text.Stem(noun)] && (k+2 >= len(words) || !definers[strings.ToLower(strings.Trim(words[k+2], `,.;:!?()"'`))])
		// "... was one of those ancient rules.": one of a kind told before
		if k >= 2 && (det == "these" || det == "those") && strings.EqualFold(words[k-2], "one") && prev == "of" {
			if n := partitiveNoun(words[k+1:]); n != "" && !d.saidBefore(n, t, before, k) {
				return n
			}
			continue
		}
		// "denies this charge", "got around this obstacle": "this" before
		// a plain noun points back, whatever the noun, outside a
		// quotation
		this := det == "this" && !analyze.Quoted(strings.Join(words[:k], " ")) && thisPoints(words[k+1:])
		if !backReferences[noun] && !pointedNouns[noun] && !object && !plural && !this || d.saidBefore(noun, t, before, k) {
			continue
		}
		if this && k+2 < len(words) {
			// "this specific case": the word after the first may be the
			// noun the page has told of
			if next := strings.ToLower(strings.Trim(words[k+2], `,.;:!?()"'“”‘’`)); next != "" && !text.IsStopWord(next) && d.saidBefore(next, t, before, k) {
				continue
			}
		}
		return noun
	}
	return ""
}

// thisPoints reports whether "this" before words points back at
// something said before: the word after it is a plain word in lower
// case, not a time ("this week", "this scary time", "this past
// season"), a calendar word or a word of no content ("this one").
func thisPoints(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := strings.Trim(words[0], `,.;:!?()"'“”‘’`)
	low := strings.ToLower(w)
	if w == "" || w != low || ofTime[low] || analyze.CalendarWord(low) || text.IsStopWord(low) || analyze.IsNumberWord(low) {
		return false
	}
	if len(words) > 1 && ofTime[strings.ToLower(strings.Trim(words[1], `,.;:!?()"'“”‘’`))] {
		return false
	}
	return true
}

// partitiveNoun returns the noun of the phrase that opens words, after
// at most two words that describe it ("ancient rules"), when nothing
// after it says which ("rules that ...", "rules of ..."); "" otherwise.
func partitiveNoun(words []string) string {
	for j := 0; j < len(words) && j < 3; j++ {
		w := strings.ToLower(strings.Trim(words[j], `.;:!?()"'`))
		if strings.HasSuffix(w, ",") || j == len(words)-1 || strings.ContainsAny(words[j], ".;:!?") {
			return strings.TrimSuffix(w, ",")
		}
		next := strings.ToLower(strings.Trim(words[j+1], `,.;:!?()"'`))
		if definers[next] {
			return ""
		}
		if text.IsStopWord(next) {
			return w
		}
	}
	return ""
}

// maxOpeningDeterminer is the furthest word of a sentence at which
// "these" or "those" opens its subject, with nothing before it that it
// could mean.
const maxOpeningDeterminer = 3

// possessiveNoun returns the common noun of a possessive in lower case
// ("reactor's", "crews'") and whether w is one; "he's" and "there's" are
// no possessives.
func possessiveNoun(w string) (string, bool) {
	w = strings.Trim(w, `,.;:!?()"“”`)
	for _, end := range []string{"'s", "’s", "s'", "s’"} {
		if core, ok := strings.CutSuffix(w, end); ok && core != "" && !isCapitalised(core) && !text.IsStopWord(strings.ToLower(core)) {
			if strings.HasPrefix(end, "s") {
				core += "s"
			}
			return core, true
		}
	}
	return "", false
}

// ranks are the words before "such" that place a thing among its kind.
var ranks = map[string]bool{"first": true, "second": true, "third": true, "last": true, "only": true,
	"next": true, "no": true, "any": true, "every": true, "another": true, "other": true, "many": true}

// countedReference returns the noun of a counted group that words[k]
// opens and that only what came before says who or what they are: "the
// two lawyers", "the three officers", "both bills"; not a group that a
// phrase after it defines ("both sides of the aisle"), nor "both X and
// Y", which names them; and the noun of "the same operation", which is
// one told before; "" otherwise.
func (d *draft) countedReference(words []string, k int) string {
	word := func(j int) string {
		if j >= len(words) {
			return ""
		}
		return strings.ToLower(strings.Trim(words[j], `,.;:!?()"'“”‘’`))
	}
	det := word(k)
	switch {
	case det == "the" && numberWords[word(k+1)] && !strings.ContainsAny(words[k+1], ",.;:"):
		next := word(k + 2)
		if next == "" || next == "of" || strings.ContainsAny(words[k+2], ",;:") && !verbs[next] {
			return ""
		}
		if strings.HasSuffix(next, "s") && !strings.ContainsAny(words[k+2], "'’") && !definers[word(k+3)] {
			return next // "the two lawyers", not "the two spots on the hem"
		}
	case det == "the" && word(k+1) == "same":
		// "in the same operation": the same as one told before; "at the
		// same time" and "the same night" tell a time, "the same fare as
		// ..." and "fewer than buses for the same route" their own
		// comparison
		compares := slices.ContainsFunc(words[:k], func(w string) bool { return strings.EqualFold(w, "than") })
		if next := word(k + 2); next != "" && !ofTime[next] && next != "day" && next != "night" && !text.IsStopWord(next) && word(k+3) != "as" && !compares && !strings.ContainsAny(words[k+1], ",;:") {
			return next
		}
	case det == "both" && k+1 < len(words):
		for j := k + 1; j < len(words) && j <= k+5; j++ {
			if word(j) == "and" {
				return "" // "both the mayor and her deputy"
			}
		}
		names := 0 // "... in Dunmere and Tarrow, both towns": named before it
		for j := 1; j < k; j++ {
			if isCapitalised(strings.Trim(words[j], `,.;:!?()"'“”‘’`)) && !isCapitalised(strings.Trim(words[j-1], `,.;:!?()"'“”‘’`)) {
				names++
			}
		}
		if next := word(k + 1); names < 2 && len(next) > 3 && strings.HasSuffix(next, "s") && !text.IsStopWord(next) && !verbs[next] && !definers[word(k+2)] {
			return next // "both bills", not "both sides of the aisle"
		}
	}
	return ""
}

// suchNoun is the noun that "such" points back at, given the words
// after it: "examinations" of "such examinations", "move" of "such a
// move"; "" for "such as", which gives its examples.
func suchNoun(rest []string) string {
	if len(rest) > 1 && (strings.EqualFold(rest[0], "a") || strings.EqualFold(rest[0], "an")) {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return ""
	}
	core := strings.Trim(rest[0], `,.;:!?()"'`)
	low := strings.ToLower(core)
	if low == "" || low == "as" || isCapitalised(core) || text.IsStopWord(low) || strings.ContainsAny(low, "0123456789") {
		return ""
	}
	return low
}

// objectThat reports whether "that" after the word prev opens the object
// of a verb ("blocked that effort.") rather than a clause ("said that
// costs rose"): prev is a past form that reports nothing, and the noun
// after "that" ends its phrase.
func objectThat(prev string, rest []string) bool {
	if len(prev) < 5 || !strings.HasSuffix(prev, "ed") || reportingVerbs[prev] || len(rest) == 0 {
		return false
	}
	if strings.ContainsAny(rest[0], ",.;:!?") {
		return true
	}
	return len(rest) > 1 && definers[strings.ToLower(strings.Trim(rest[1], `,.;:!?()"'`))]
}

// reportingVerbs tell what someone said, found or decided, and "that"
// after them opens what it was.
var reportingVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`reported noted added argued claimed believed confirmed warned
		announced decided ruled agreed insisted admitted acknowledged stated concluded determined
		showed suggested learned revealed indicated estimated explained denied alleged asserted
		stressed emphasized emphasised complained predicted recalled testified tweeted posted
		wrote assured promised pledged vowed signaled signalled hinted demanded ordered required
		proposed recommended expected feared hoped worried ensured guaranteed discovered realized
		realised recognized recognised observed remarked replied responded answered disclosed`) {
		reportingVerbs[w] = true
	}
}

// saidBefore reports whether the noun's stem is in a text of before, or
// in t before word k.
func (d *draft) saidBefore(noun, t string, before []string, k int) bool {
	stem := text.Stem(noun)
	for _, b := range textsBefore(t, before, k) {
		for _, st := range d.stemsOf(b) {
			if st == stem {
				return true
			}
		}
	}
	return false
}

// countedUnsaid returns the noun of the counted group or "the same"
// thing that words[k] opens (see countedReference), "" for none, and
// whether what came before leaves it unsaid: the noun is in no text of
// before nor in t before word k (see saidBefore), and "the same" thing
// that ends its phrase was told of as a thing of its own (see
// sameEndsPhrase and toldOfBefore).
func (d *draft) countedUnsaid(words []string, k int, t string, before []string) (string, bool) {
	n := d.countedReference(words, k)
	if n == "" {
		return "", false
	}
	same := strings.EqualFold(strings.Trim(words[k+1], `,.;:!?()"'`), "same") && sameEndsPhrase(words, k)
	return n, !d.saidBefore(n, t, before, k) || same && !d.toldOfBefore(n, t, before, k)
}

// textsBefore returns the texts before word k of t: those of before, and t's
// own words up to k.
func textsBefore(t string, before []string, k int) []string {
	return append(slices.Clone(before), strings.Join(strings.Fields(text.Normalize(t))[:k], " "))
}

// sameEndsPhrase reports whether the noun after "the same" at words[k]
// ends its phrase ("in the same operation, ..."), rather than describe
// a noun after it ("the same communication task").
func sameEndsPhrase(words []string, k int) bool {
	if k+2 >= len(words) {
		return false
	}
	if strings.ContainsAny(words[k+2], ",.;:!?)") || k+3 == len(words) {
		return true
	}
	next := strings.ToLower(strings.Trim(words[k+3], `"'(),.;:!?`))
	return next == "" || text.IsStopWord(next) || finiteWord(next) || presentVerbs[next]
}

// toldOfBefore reports whether a text of before, or t before word k,
// tells of the noun as a thing of its own, after an article or a
// possessive and at most one word between ("an operation", "the
// military operation"): "the same operation" is one told of, and
// "citing operation rules" tells of none.
func (d *draft) toldOfBefore(noun, t string, before []string, k int) bool {
	stem := text.Stem(noun)
	for _, b := range textsBefore(t, before, k) {
		words := strings.Fields(strings.ToLower(text.Normalize(b)))
		for j, w := range words {
			if text.Stem(strings.Trim(w, `,.;:!?()"'`)) != stem {
				continue
			}
			for back := j - 1; back >= 0 && back >= j-2; back-- {
				if thingDeterminers[strings.Trim(words[back], `"'(`)] {
					return true
				}
			}
		}
	}
	return false
}

// thingDeterminers open a noun phrase that tells of a thing.
var thingDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "one": true}

// otherOf reads an opening "the other ..." or "the latter ...", which
// always means one of things said before ("The other photo shows ..."):
// it returns the noun when no text of before and no word of t before it
// names it, "" when one does, and ok false when t opens otherwise.
func (d *draft) otherOf(words []string, t string, before []string) (noun string, ok bool) {
	if strings.ToLower(words[0]) != "the" {
		return "", false
	}
	switch strings.ToLower(words[1]) {
	case "other", "latter":
	default:
		return "", false
	}
	for k := 2; k < len(words) && k <= 3; k++ {
		core := strings.Trim(words[k], `,.;:!?()"'`)
		low := strings.ToLower(core)
		if core == "" || text.IsStopWord(low) || text.IsNumber(low) || analyze.IsNumberWord(low) {
			continue // "the other two crews": the count, then the noun
		}
		if d.saidBefore(low, t, before, 0) {
			return "", true
		}
		return low, true
	}
	return "", false
}

// rolePresent reports whether w, before a noun for a person, is a
// present participle that says which person by what they do ("the
// responding officer", "the presiding judge"), and not one that points
// back to what came before ("the remaining officer", "the following
// day").
func rolePresent(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "ing") && !pointsBack[w]
}

// pointsBack are present participles that place a thing after or among
// what was said before it.
var pointsBack = map[string]bool{"remaining": true, "resulting": true, "following": true, "ensuing": true,
	"preceding": true, "corresponding": true, "accompanying": true, "surviving": true, "existing": true}

// ageWord matches an age before a noun: "46-year-old".
var ageWord = regexp.MustCompile(`^\d+-(?:year|month|week)-old$`)

// agedReference is openingReference for words that open on a definite
// determiner and an age ("The 46-year-old driver was ..."): an age says
// how old someone is, not which one, so the phrase points back at a
// person its report named before. Unless a name or a word that says
// which one follows before the verb ("the 46-year-old Lena Marsh", "the
// 46-year-old who ..."), or a text of before gives the same age, the
// noun is returned ("year-old" when there is none).
func agedReference(words []string, before []string) string {
	age, _, _ := strings.Cut(words[1], "-")
	for _, b := range before {
		for _, w := range strings.Fields(b) {
			if w = strings.Trim(w, `,.;:!?()"'`); w == age || strings.HasPrefix(w, age+"-") {
				return "" // "Lena Marsh, 46, ...": named with her age before
			}
		}
	}
	noun := "year-old"
	for j := 2; j < len(words) && j <= 4; j++ {
		core := strings.Trim(words[j], `,.;:!?()"'`)
		low := strings.ToLower(core)
		if isCapitalised(core) || definers[low] {
			return ""
		}
		if finiteWord(low) || beForms[low] || auxiliaries[low] || text.IsStopWord(low) {
			break // the verb: nothing said which one
		}
		noun = low
		if strings.ContainsAny(words[j], ",;:") {
			break
		}
	}
	return noun
}

// agedAfterOpening is agedReference for the subject of a main clause
// after an opening phrase: "In an interview at the quay on Thursday,
// the 18-year-old said ..." names nobody. An age after a
// name's comma ("In Tarrow, Lena Marsh, the 46-year-old mayor, ...") is
// that name's apposition.
func agedAfterOpening(words []string, before []string) string {
	if len(words) < 4 || !analyze.OpensPhrase(strings.ToLower(words[0])) && !analyze.OpensClause(words[0]) {
		return ""
	}
	for k := 1; k+1 < len(words); k++ {
		low := strings.ToLower(strings.Trim(words[k], `,.;:!?()"'`))
		if finiteWord(low) || beForms[low] {
			return "" // a verb before: the age is no opening clause's subject
		}
		if !strings.HasSuffix(words[k-1], ",") {
			continue
		}
		prev := strings.Trim(words[k-1], `,.;:!?()"'`)
		if low == "the" && ageWord.MatchString(strings.Trim(words[k+1], `,.;:!?()"'`)) &&
			(!isCapitalised(prev) || analyze.CalendarWord(strings.ToLower(prev))) {
			return agedReference(words[k:], before)
		}
	}
	return ""
}

// openingReference is backReference for a definite noun phrase that
// opens t.
func (d *draft) openingReference(t string, before []string) string {
	words := strings.Fields(text.Normalize(t))
	if n := agedAfterOpening(words, before); n != "" {
		return n
	}
	// "In addition to the arrests, ...", "After the announcement, ...":
	// the definite phrase of an opening phrase refers back as one that
	// opens the sentence does
	if len(words) > 3 && (analyze.OpensPhrase(strings.ToLower(words[0])) || analyze.OpensClause(words[0])) {
		for k := 1; k < len(words) && k <= maxOpening; k++ {
			if determiners[strings.ToLower(words[k])] {
				if n := d.openingReference(strings.Join(words[k:], " "), before); n != "" {
					return n
				}
				break
			}
			if strings.ContainsAny(words[k], ",;:") {
				// "In 1938, the family fled ...": the main clause's
				// definite phrase refers back as the sentence's would
				if strings.HasSuffix(words[k], ",") && k+1 < len(words) {
					if n := d.openingReference(strings.Join(words[k+1:], " "), before); n != "" {
						return n
					}
				}
				break
			}
		}
	}
	// "All the lawsuits ...", "Most of the officials ...": the phrase
	// after the quantifier is the one that refers back
	if len(words) > 3 && partitives[strings.ToLower(words[0])] {
		switch next := strings.ToLower(words[1]); {
		case determiners[next]:
			words = words[1:]
		case next == "of" && determiners[strings.ToLower(words[2])]:
			words = words[2:]
		}
	}
	if len(words) < 3 || !determiners[strings.ToLower(words[0])] {
		return ""
	}
	if n, ok := d.otherOf(words, t, before); ok {
		return n
	}
	for k := 1; k < len(words) && k <= 3; k++ {
		w := words[k]
		core := strings.Trim(w, `,.;:!?()"'`)
		if k == 1 && ageWord.MatchString(core) {
			return agedReference(words, before) // "The 46-year-old driver ...": who?
		}
		if core == "" || isCapitalised(core) || strings.ContainsAny(core, "0123456789") {
			return "" // a name or a figure says which one
		}
		low := listedForm(strings.ToLower(text.Unpossessive(core)))
		pointing := strings.ToLower(words[0]) != "the"
		if k <= 2 && k+1 < len(words) && comesAs.MatchString(strings.Join(words[k+1:], " ")) && !strings.ContainsAny(w, ",;:") {
			// "The issue comes as ...", "The new probe came a day after
			// ...": a thing told before, timed against another
			if d.saidBefore(low, t, before, 0) {
				return ""
			}
			return low
		}
		if !backReferences[low] && !(pointing && pointedNouns[low]) {
			if strings.ContainsAny(w, ",;:") || definers[low] {
				return ""
			}
			if k == 1 && len(words) > 2 && !pointing && bareSubjectNoun(low, words[2]) && !d.sharedStems()[text.Stem(low)] {
				if d.saidBefore(low, t, before, 0) {
					return ""
				}
				return low // "The freeze had been set to expire ...": which freeze?
			}
			continue
		}
		if k >= 2 && speakerNouns[low] && rolePresent(strings.ToLower(words[k-1])) {
			return "" // "the responding officer": the one who responded
		}
		if !strings.ContainsAny(w, ",;:") && k+1 < len(words) {
			next := strings.Trim(words[k+1], `,.;:!?()"'`)
			if definers[strings.ToLower(next)] || isCapitalised(next) && !strings.HasSuffix(core, "'s") {
				return "" // "the study of ...", "the judge Lena Marsh"
			}
			// "the search warrant for ...", "the student loan
			// ombudsman at ...": the noun's compound, then what
			// defines it
			for j := k + 1; j < len(words) && j <= k+3 && !strings.ContainsAny(words[j-1], ",;:"); j++ {
				next := strings.ToLower(strings.Trim(words[j], `,.;:!?()"'`))
				if definers[next] && j > k+1 {
					return ""
				}
				if next == "" || text.IsStopWord(next) || isCapitalised(strings.Trim(words[j], `,.;:!?()"'`)) || finiteWord(next) || beForms[next] || findingVerbs[next] ||
					strings.HasSuffix(next, "ly") || sentenceAdverbs[next] || j == k+3 && strings.HasSuffix(strings.ToLower(words[j-1]), "s") {
					break // "the report | reveals that ...", "that bill now | goes to": the verb, not a compound
				}
			}
		}
		stem := text.Stem(low)
		for _, b := range before {
			for _, st := range d.stemsOf(b) {
				if st == stem || sameKind(st, stem) {
					return ""
				}
			}
		}
		return low
	}
	return ""
}

// toldBefore returns the noun of a definite phrase that opens t, or its
// opening phrase ("The van stopped twice", "At the second stop, ..."),
// when the report t comes from told of that thing in a sentence before
// t's: "the van" there is the van it spoke of, which the page, and so
// its reader, has not met. No text of before may name it, nor t before
// the phrase; the words two outlets open with (see openingStems) and
// nouns of one thing of their kind ("the economy") need nothing before
// them. "" when t is none of the reports' sentences, or needs nothing.
// An age that stands for a name ("The 52-year-old rower") needs nothing
// when follows says t comes right after the sentence before it in its
// report, which named them.
func (d *draft) toldBefore(t string, before []string, follows bool) string {
	i, ok := d.sentenceOf(t)
	if !ok {
		return ""
	}
	earlier := d.earlierStems(i)
	if len(earlier) == 0 {
		return ""
	}
	words := strings.Fields(text.Normalize(t))
	for _, at := range definiteOpenings(words) {
		if head := ageEpithet(words, at); head != "" && !follows && !d.saidBefore(head, t, before, at) {
			return head // "The 52-year-old rower said ...": whom its report named before
		}
		head := definiteHead(words, at)
		if head == "" || oneOfAKind[head] || oneOfAKind[strings.TrimSuffix(head, "s")] {
			continue
		}
		st := text.Stem(head)
		if !earlier[st] || d.openingStems()[st] || d.saidBefore(head, t, before, at) {
			continue
		}
		return head
	}
	return ""
}

// yearsOld matches an age written as a modifier: "52-year-old".
var yearsOld = regexp.MustCompile(`^\d{1,3}-years?-old$`)

// ageEpithet returns the noun of a definite phrase at words[at] that
// gives someone's age and what they are, but not their name: "the
// 52-year-old Olympic rower", "the 9-year-old boy". News writes so of
// someone it has just named, so the phrase means whoever its report
// named before. "" when the phrase names them ("the 52-year-old Kell")
// or says which one ("the 19-year-old son of ...", "the 40-year-old
// pilot who ...", "the 30-year-old seen on the quay").
func ageEpithet(words []string, at int) string {
	if at+2 >= len(words) || !strings.EqualFold(words[at], "the") || !yearsOld.MatchString(strings.Trim(words[at+1], ",")) {
		return ""
	}
	head, named := "", false
	for k := at + 2; k < len(words) && k <= at+5; k++ {
		core := strings.Trim(words[k], `,.;:!?()`)
		low := strings.ToLower(text.Unpossessive(core))
		if definers[low] {
			if head != "" {
				return "" // "the 19-year-old son of ..."
			}
			break
		}
		if core == "" || text.IsStopWord(low) || finiteWord(low) || beForms[low] || strings.HasSuffix(low, "ly") {
			break
		}
		head, named = low, isCapitalised(core)
		if strings.ContainsAny(words[k], ",;:") {
			break
		}
	}
	if named {
		return ""
	}
	return head
}

// definiteOpenings returns where a "the" stands that opens a sentence's
// words, its opening phrase ("In the role, ...", "Prior to the action,
// ...") or the main clause after that phrase ("At one stop, the van
// ...").
func definiteOpenings(words []string) []int {
	var out []int
	if len(words) > 2 && strings.ToLower(words[0]) == "the" {
		return []int{0}
	}
	if len(words) < 4 || !analyze.OpensPhrase(strings.ToLower(words[0])) && strings.ToLower(words[0]) != "prior" {
		return nil
	}
	for k := 1; k < len(words)-2 && k <= maxOpening; k++ {
		if strings.ToLower(words[k]) == "the" {
			out = append(out, k)
		}
		if strings.HasSuffix(words[k], ",") {
			if strings.ToLower(words[k+1]) == "the" {
				out = append(out, k+1)
			}
			return out
		}
	}
	return nil
}

// definiteHead returns the noun that ends the definite phrase opening at
// words[at] ("the"), in lower case without a possessive: "lanes" of "the
// westbound lanes were closed", "owner" of "the club's owner said". ""
// when a name, a figure or a quotation says which one ("the Dunmere
// pier"), when the words after it do ("the decision to close the pier",
// "the letters sent to the board", "the film, about two divers, ..."),
// or when the phrase ends on no noun.
func definiteHead(words []string, at int) string {
	head := ""
	for k := at + 1; k < len(words) && k <= at+3; k++ {
		core := strings.Trim(words[k], `,.;:!?()`)
		low := strings.ToLower(text.Unpossessive(core))
		if core == "" || strings.ContainsAny(core, `"'“”‘’0123456789`) && !text.IsPossessive(core) || isCapitalised(core) {
			return ""
		}
		if definers[low] && head != "" {
			return "" // "the decision to close the pier", "the deaths of two divers"
		}
		if finiteWord(low) && head != "" && k+1 < len(words) && definers[strings.ToLower(words[k+1])] {
			return "" // "the letters sent to the board": what it says defines them
		}
		if text.IsStopWord(low) || finiteWord(low) || beForms[low] || strings.HasSuffix(low, "ly") {
			break
		}
		if k > at+1 && rolePresent(strings.ToLower(words[k-1])) {
			return "" // "the responding officer": the one who responded
		}
		head = low
		if strings.ContainsAny(words[k], ",;:") {
			if k+1 < len(words) && strings.HasSuffix(words[k], ",") {
				switch next := strings.ToLower(words[k+1]); {
				case definers[next], next == "a", next == "an":
					return "" // "the film, about two divers, ...": the aside says which
				}
			}
			break
		}
	}
	if head == "" || adjectiveEnd(head) || len(head) < 3 {
		return ""
	}
	return head
}

// sentenceOf returns the sentence of the reports whose page text is t
// (see usable), after an attribution was taken off it.
func (d *draft) sentenceOf(t string) (int, bool) {
	if d.textIndex == nil {
		d.textIndex = map[string]int{}
		for k, v := range d.usableCache {
			d.indexText(k[0], v)
		}
	}
	i, ok := d.textIndex[textKey(t)]
	return i, ok
}

// indexText adds sentence i's verdict to the index of sentenceOf, once
// it is made: a text that two sentences give stands for the first.
func (d *draft) indexText(i int, v verdict) {
	if d.textIndex == nil || v.why != "" || v.text == "" {
		return
	}
	key := textKey(v.text)
	if j, seen := d.textIndex[key]; !seen || i < j {
		d.textIndex[key] = i
	}
}

// textKey is a sentence's words in lower case, as a key that holds
// whether or not an attribution lowered its first letter.
func textKey(t string) string {
	return strings.Join(text.Tokens(strings.ToLower(text.Normalize(t))), " ")
}

// earlierStems are the content stems of the sentences before sentence i
// in its report.
func (d *draft) earlierStems(i int) map[string]bool {
	s := d.a.Sentences[i]
	out := map[string]bool{}
	for _, j := range d.a.Reports[s.Report].Sentences {
		if j == i || d.a.Sentences[j].Index >= s.Index {
			break
		}
		for _, st := range d.a.Sentences[j].Stems {
			out[st] = true
		}
	}
	return out
}

// openingStems are the content stems that two or more independent
// outlets use in their titles or their first sentences: what the story
// is about, which its headline and lead name, so that "the" may name
// it without more ("The program paid 11 contractors ...").
func (d *draft) openingStems() map[string]bool {
	if d.openingCache == nil {
		d.openingCache = d.stemsOfTwo(func(r analyze.Report) string {
			if len(r.Sentences) == 0 {
				return r.Title
			}
			return r.Title + "\n" + d.a.Sentences[r.Sentences[0]].Text
		})
	}
	return d.openingCache
}
