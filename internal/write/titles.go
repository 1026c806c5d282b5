package write

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// generic words never make a heading: they say when or how much, not
// what about.
var generic = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		year years day days week weeks month months hour hours minute minutes time people percent
		million billion including according told statement news conference report reports last
		first second third city state local officials official morning evening night overnight
		today yesterday about nearly almost more than least office offices comment spokesperson
		condition conditions matter issue issues thing things part work`) {
		generic[text.Stem(w)] = true
	}
}

// verbs are common verb forms that end no heading: a heading names a
// thing ("Ferry crossings"), not an action ("Used").
var verbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say said make made take took taken give gave given keep kept find
		found get got use used help need want come came go went run ran show call ask tell put bring
		brought begin began leave left hold held turn move believe happen provide include continue set
		lead led follow stop create speak spoke read allow add spend spent grow open win offer consider
		appear buy wait serve send expect build built stay fall fell reach remain suggest raise pass
		require decide close cross hit struck tore woke sat paid lost respond drew cut rose know knew
		think thought see saw seen become became mean meant let feel felt try says makes takes uses
		saying telling adding clear fallen broken taken given driven written known shown warn warns
		carry carries gives insist insists argue argues threaten threatens seek seeks hire hires
		affect affects reduce reduces runs stays goes comes gets puts keeps sets holds shows tells
		asks calls wants needs helps means feels seems adds leaves turns moves brings begins opens
		closes wins loses lets tries expects aims intends looks appears`) {
		verbs[w] = true
	}
}

// title names a group by a noun phrase of its own sentences, as a
// sub-editor would: the phrase that most of its units use and the other
// groups' units do not, weighted by how rare it is in the story (a topic,
// not a word every report uses), by how many outlets use it, and by
// shape (two or three words read best; a single word only when it is a
// name, since a lone common noun says little). The phrase must appear in
// at least two of the group's units, or in its only unit; people quoted
// by name are left to the reactions, and a title already used is
// skipped. A group that tells the past is "Background"; a group with no
// phrase that passes takes a role heading (see roleTitle).
func (d *draft) title(units, others []unit, head map[string]bool, used map[string]bool) string {
	if d.background(units) && !used["Background"] {
		return "Background"
	}
	elsewhere := map[string]int{}
	for _, o := range others {
		seen := map[string]bool{}
		for _, p := range d.phrasesOf(o.text()) {
			if !seen[p.key] {
				seen[p.key] = true
				elsewhere[p.key]++
			}
		}
	}
	type found struct {
		in       map[int]bool
		surfaces map[string]int
		the      int
		name     bool
		words    int
	}
	people := d.speakerWords()
	phrases := map[string]*found{}
	for k, u := range units {
		for _, p := range d.phrasesOf(u.text()) {
			if namesPerson(p.surface, people) || p.words == 1 && !p.name {
				continue
			}
			f := phrases[p.key]
			if f == nil {
				f = &found{in: map[int]bool{}, surfaces: map[string]int{}, name: p.name, words: p.words}
				phrases[p.key] = f
			}
			f.in[k] = true
			f.surfaces[p.surface]++
			if p.the {
				f.the++
			}
		}
	}
	df, n := d.phraseDF()
	need := min(2, len(units))
	// a section of one sentence is about what that sentence tells of:
	// its heading comes from the words before its main verb ("Brandt's
	// offences ranged from ..." is "Brandt's offences"), not from a
	// phrase further on ("... to be Mr. Lowe's fiercest critic" is no
	// "Fiercest critic")
	topic := ""
	if len(units) == 1 {
		topic = strings.ToLower(subjectWords(units[0].text()))
	}
	best, bestScore := "", 0.0
	for _, key := range sortedKeys(phrases) {
		f := phrases[key]
		c := len(f.in)
		if c < need || !phraseWorthy(key, head) {
			continue
		}
		shapeW := map[int]float64{1: 0.8, 2: 1.6, 3: 1.4, 4: 1.2}[f.words]
		spread := 1 + 0.5*float64(min(d.outletsOf(key), 3)-1)
		sc := float64(c*c) * math.Sqrt(rarity(df[key], n)) * shapeW * spread / float64(1+elsewhere[key])
		if sc <= bestScore {
			continue
		}
		surface := bestSurface(f.surfaces)
		if len(units) == 1 && !wholeIn(topic, strings.ToLower(surface)) {
			continue
		}
		title := d.headingOf(surface, f.the*2 > len(f.in))
		if used[title] || len(analyze.LoadedAnywhere(title)) > 0 || d.biased != nil && d.biased(title) || gradedHeading(title) {
			continue // a heading is the desk's own voice
		}
		if sf := strings.Fields(surface); isCapitalised(sf[len(sf)-1]) && d.opensLongerName(surface) || nameParticles[strings.ToLower(sf[len(sf)-1])] {
			continue // "Actress Lena" of "Actress Lena Marsh", "World War" of "World War II", "Ilse van" of "Ilse van Brandt"
		}
		if isCapitalised(strings.Fields(surface)[0]) && d.closesLongerName(surface) {
			continue // "Quay meeting" of "a West Quay meeting"
		}
		if sf := strings.Fields(surface); isCapitalised(sf[len(sf)-1]) && d.modifiesNoun(surface) {
			continue // "The Lena Kell-Tarrow" of "the Lena Kell-Tarrow brawl"
		}
		if d.endsOnVerb(surface) {
			continue // "The suit deems" of "the suit deems that ..."
		}
		if d.insideLonger(surface) {
			continue // "Deputy harbour" of "deputy harbour master", "General's report" of "attorney general's report"
		}
		if d.predicatePhrase(surface) {
			continue // "Warrants attention" of "a gap that warrants attention", "Managing" of "managing director"
		}
		best, bestScore = title, sc
	}
	if best != "" {
		return best
	}
	return d.roleTitle(units, used)
}

// subjectWords returns the words of t before the verb of its main
// clause: its subject, and the phrase or clause it opens with, if any
// ("In the two wards, turnout fell" gives "In the two wards, turnout").
// The verb is the first word after the subject's first that verbAt
// takes for one, or a form of "be"; all of t when it has none.
func subjectWords(t string) string {
	words := strings.Fields(t)
	if len(words) == 0 {
		return ""
	}
	start := 0
	if first := strings.ToLower(strings.Trim(words[0], `"'“‘(`)); analyze.OpensPhrase(first) || analyze.OpensClause(first) || leadIns[first] || len(first) > 5 && strings.HasSuffix(first, "ing") {
		// the main clause starts after the opening's comma
		for k, w := range words {
			if strings.HasSuffix(w, ",") {
				start = k + 1
				break
			}
		}
	}
	for k := start + 1; k < len(words); k++ {
		// after a capital that opens the main clause the word in -s may
		// be a plural ("Fellow Republicans are ...")
		if verbAt(words, k, k-1 > start) || beForms[strings.ToLower(strings.Trim(words[k], `"'“”‘’(),;:.`))] {
			return strings.Join(words[:k], " ")
		}
	}
	return t
}

// wholeIn reports whether the lower-case text holds phrase as a whole
// noun phrase: no plain word follows it that would be its noun
// ("high-resolution moisture" of "high-resolution moisture data").
func wholeIn(t, phrase string) bool {
	k := strings.Index(t, phrase)
	if k < 0 {
		return false
	}
	rest := t[k+len(phrase):]
	if rest == "" || strings.ContainsAny(rest[:1], ",;:.)") {
		return true // the phrase ends where its clause or aside does
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	r, _ := utf8.DecodeRuneInString(next)
	return next == "" || text.IsStopWord(next) || !unicode.IsLetter(r)
}

// gradedHeading reports whether a heading grades what it names or is no
// noun phrase: it opens on an adjective that judges ("Colorful story",
// "Powerful opponent", "Good set-up") or ends on a word that is no noun
// ("Products worth", "Facing grim", "Different emotional"), on a
// quantifier ("Banning several") or on a past form ("Authorities
// agreed"). Such a
// fragment says less than a plain role ("More details") and, in the
// desk's own voice, more than the reports do.
func gradedHeading(h string) bool {
	words := strings.Fields(strings.ToLower(h))
	if len(words) == 0 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	if first == "the" && len(words) > 1 {
		first = words[1]
	}
	if text.IsPossessive(last) {
		return true // "Mayor Lena Marsh's": whose what?
	}
	return gradingWords[first] || gradingWords[last] || notNounEnds[last] || adjectiveEnd(last) ||
		standAlone[last] || len(words) > 1 && len(last) > 4 && strings.HasSuffix(last, "ed") && !edNouns[last]
}

// edNouns end in "-ed" and are no past form.
var edNouns = map[string]bool{"speed": true, "greed": true, "creed": true, "breed": true, "hundred": true, "seabed": true, "riverbed": true}

// gradingWords are adjectives that judge rather than describe.
var gradingWords = map[string]bool{}

// notNounEnds are words that end no noun phrase but pass the phrase
// rules: adjectives without an adjective's ending, "worth", and the
// particles that end a verb ("pushed back").
var notNounEnds = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`good bad great terrible awful tough hard easy colorful colourful
		thoughtful powerful impressive remarkable extraordinary grim bleak dire stunning shocking
		wonderful amazing brilliant excellent poor average different strange odd weird nice fine
		interesting important significant considered continuing stressed-out peaceful violent
		fault blame failure failures mistake mistakes disgrace fiasco debacle mess hoax lie lies`) {
		gradingWords[w] = true // the last few blame: "The mayor's fault" is a verdict, not a topic
	}
	for _, w := range strings.Fields(`worth emotional alike ahead afraid aware due likely
		unlikely able unable sure certain back away like such`) {
		notNounEnds[w] = true
	}
}

// headingOf makes a phrase a heading: its first letter capitalised, the
// rest as written, with "The" before it when the reports write it so
// ("The Assembly vote", "The audit's findings").
func (d *draft) headingOf(surface string, the bool) string {
	if the {
		return "The " + surface
	}
	return headingFrom(surface)
}

// endsOnVerb reports whether the story writes a phrase only before what
// opens a verb's object or clause ("the suit deems that ...", "findings
// highlight the need"): its last word is a verb there, and the phrase no
// heading.
func (d *draft) endsOnVerb(surface string) bool {
	seen := false
	for _, s := range d.a.Sentences {
		low := strings.ToLower(s.Text)
		target := strings.ToLower(surface) + " "
		for from := 0; ; {
			k := strings.Index(low[from:], target)
			if k < 0 {
				break
			}
			from += k + len(target)
			next, _, _ := strings.Cut(low[from:], " ")
			switch strings.Trim(next, `"'“‘(`) {
			case "that", "the", "a", "an", "his", "her", "their", "its", "him", "them", "it":
				seen = true
			default:
				return false
			}
		}
	}
	return seen
}

// insideLonger reports whether the story writes a phrase only inside
// one longer noun phrase: every time with the same noun after it
// ("deputy harbour" of "deputy harbour master"), or, for a phrase that
// opens on a common noun's possessive, with the same noun before it
// ("general's report" of "attorney general's report"). The phrase alone names
// nothing.
func (d *draft) insideLonger(surface string) bool {
	// a common noun's possessive ("general's"), not a name's
	// ("Marsh's", which a title may come before)
	first := strings.Fields(surface)[0]
	possessive := !isCapitalised(first) && (strings.Contains(first, "'s") || strings.Contains(first, "’s"))
	next, prev := "", ""
	seen, sameNext, samePrev := 0, true, possessive
	d.eachUse(surface, func(u phraseUse) {
		seen++
		if !longerNoun(u.after) || next != "" && u.after != next {
			sameNext = false
		}
		next = u.after
		if !longerNoun(u.before) || prev != "" && u.before != prev {
			samePrev = false
		}
		prev = u.before
	})
	// one noun after a phrase written once may be chance ("markets
	// rallied"); a noun before a possessive is not ("general's")
	return seen >= 2 && sameNext || seen >= 1 && samePrev
}

// modifiesNoun reports whether the story writes a phrase only between an
// article and a noun ("the Kell-Tarrow ferry"): a name that says which
// thing, and no heading without the thing.
func (d *draft) modifiesNoun(surface string) bool {
	seen, always := 0, true
	d.eachUse(surface, func(u phraseUse) {
		seen++
		always = always && articles[u.before] && longerNoun(u.after)
	})
	return seen > 0 && always
}

// phraseUse is one place where the story writes a phrase: the words
// next to it, in lower case, and the word before it as written.
type phraseUse struct {
	before, after string
	beforeRaw     string
}

// eachUse calls fn for every place a sentence of the story writes
// surface as whole words, in any case.
func (d *draft) eachUse(surface string, fn func(phraseUse)) {
	target := strings.ToLower(surface)
	for _, s := range d.a.Sentences {
		low := strings.ToLower(s.Text)
		for from := 0; ; {
			k := strings.Index(low[from:], target)
			if k < 0 {
				break
			}
			k += from
			end := k + len(target)
			from = end
			if k > 0 && isWordByte(low[k-1]) || end < len(low) && isWordByte(low[end]) {
				continue // inside a longer word
			}
			var u phraseUse
			if strings.HasPrefix(low[end:], " ") {
				u.after, _, _ = strings.Cut(low[end+1:], " ")
			}
			if f := strings.Fields(s.Text[:k]); len(f) > 0 && strings.HasSuffix(s.Text[:k], " ") {
				u.beforeRaw = f[len(f)-1]
				u.before = strings.ToLower(u.beforeRaw)
				if len(f) == 1 {
					u.beforeRaw = "" // a sentence's first word may be capitalised for that alone
				}
			}
			fn(u)
		}
	}
}

// predicatePhrase reports whether the story writes a phrase only as
// part of a clause's predicate, never as a noun phrase: a phrase that
// opens on what may be a verb (a past form, a word in -s, a common verb)
// every time after a pronoun, a relative word, an auxiliary or a name
// ("that warrants attention", "had battled addiction", "Marsh called
// police"); or, ending on
// a word in -ing, every time before a noun that it describes ("the
// firm's managing director", "those gathered laying hands").
func (d *draft) predicatePhrase(surface string) bool {
	words := strings.Fields(strings.ToLower(surface))
	first, last := words[0], words[len(words)-1]
	possessive := strings.ContainsAny(first, "'’")
	verbLike := !possessive && (len(first) > 3 && (strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss")) || irregularPast[first] || verbs[first])
	seen, verb, modifier := 0, verbLike, strings.HasSuffix(last, "ing") && len(last) > 5
	d.eachUse(surface, func(u phraseUse) {
		seen++
		byName := verbLike && u.beforeRaw != "" && isCapitalised(strings.Trim(u.beforeRaw, `"'“‘(`)) && !strings.ContainsAny(u.beforeRaw, ",.;:") && !articles[u.before]
		if !subjectCues[strings.Trim(u.before, `"'“‘(`)] && u.before != "those" && !byName {
			verb = false
		}
		if !longerNoun(strings.Trim(u.after, `,.;:!?"'”’)`)) {
			modifier = false
		}
	})
	return seen > 0 && (verb || modifier)
}

// subjectCues are the words after which a phrase opens a predicate:
// subject pronouns, relative words and auxiliaries.
var subjectCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i you he she it we they who that which has have had having is are was
		were be been being am will would shall should can could may might must do does did not never also`) {
		subjectCues[w] = true
	}
}

// longerNoun reports whether w, a lower-case word next to a phrase, may
// be a noun of a longer phrase: a word of letters, not a stop word, a
// common verb, a past form or participle, an adverb in -ly, nor one of
// time or place ("next", "ago").
func longerNoun(w string) bool {
	if len(w) < 3 || text.IsStopWord(w) || verbs[w] || adverbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// adverbs of time and place that may follow a noun phrase.
var adverbs = map[string]bool{"next": true, "last": true, "now": true, "then": true, "here": true, "there": true,
	"also": true, "still": true, "again": true, "ago": true, "soon": true, "today": true, "tonight": true,
	"yesterday": true, "tomorrow": true, "back": true, "away": true, "instead": true}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\''
}

// opensLongerName reports whether the story writes a name phrase next to
// another capitalised word, mid-sentence: the phrase is the start or the
// end of a longer name ("Lena" of "Lena Marsh", "World War" of "First
// World War"), which a heading must not cut.
func (d *draft) opensLongerName(surface string) bool { return d.inLongerName(surface, true) }

// closesLongerName reports whether the story writes a phrase after a
// capitalised word, mid-sentence: a phrase that opens with a name's last
// word ("Quay meeting" of "West Quay meeting") is not a name of its own.
func (d *draft) closesLongerName(surface string) bool { return d.inLongerName(surface, false) }

// inLongerName reports whether a capitalised word comes mid-sentence
// just before the phrase (or before the "of" or "for" inside a name
// that the phrase closes), or, when after is set, just after it (or
// after such an "of", "for" or "on" that no day or month follows).
func (d *draft) inLongerName(surface string, after bool) bool {
	for _, s := range d.a.Sentences {
		for from := 0; ; {
			k := strings.Index(s.Text[from:], surface)
			if k < 0 {
				break
			}
			k += from
			end := k + len(surface)
			from = end
			if rest := s.Text[end:]; after && strings.HasPrefix(rest, " ") {
				next, tail, _ := strings.Cut(rest[1:], " ")
				if isCapitalised(strings.Trim(next, `"'“‘(,.;:`)) {
					return true
				}
				// "Fund | for Ferry Crews": the name goes on past its "for"
				after2, _, _ := strings.Cut(tail, " ")
				after2 = strings.Trim(after2, `"'“‘(,.;:`)
				if (next == "of" || next == "for" || next == "on") && isCapitalised(after2) && !analyze.CalendarWord(strings.ToLower(after2)) {
					return true // "Institute | on Ageing", not "Marsh | on Monday"
				}
			}
			if before := strings.Fields(s.Text[:k]); len(before) > 1 && strings.HasSuffix(s.Text[:k], " ") {
				prev := before[len(before)-1]
				if !strings.ContainsAny(prev, ",.;:!?") && isCapitalised(strings.Trim(prev, `"'“‘(`)) && !articles[strings.ToLower(prev)] {
					return true
				}
				// a name's inner "of" or "for": "Action for | Child
				// Crossings", "Bank of | Tarrow"
				if len(before) > 2 && (prev == "of" || prev == "for") && isCapitalised(surface) && isCapitalised(strings.Trim(before[len(before)-2], `"'“‘(`)) && !strings.ContainsAny(before[len(before)-2], ",.;:!?") {
					return true
				}
			}
		}
	}
	return false
}

// phraseWorthy accepts a phrase whose words are not all in the
// headline: a heading says which part of the story follows.
func phraseWorthy(key string, head map[string]bool) bool {
	for _, st := range strings.Fields(key) {
		if !inHeadline(st, head) {
			return true
		}
	}
	return false
}

// bodies are words that end the name of an organisation, not a person.
var bodies = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`authority council union department office cooperative service
		ferries agency committee board company commission ministry court police station school
		hospital party group association society institute university government administration
		bank fund trust club church federation confederation chamber assembly parliament secretariat
		foundation alliance coalition organization organisation corporation`) {
		bodies[w] = true
	}
}

// background reports whether a group tells the past of the story: at
// least half of its units give a year.
func (d *draft) background(units []unit) bool {
	n := 0
	for _, u := range units {
		for _, t := range text.Tokens(u.text()) {
			if v, err := strconv.Atoi(t); err == nil && len(t) == 4 && v >= 1900 && v <= 2100 {
				n++
				break
			}
		}
	}
	return 2*n >= len(units)
}

// speakerWords are the lower-cased words of every person the story
// quotes or cites by name: a capitalised speaker whose last word does not
// name an organisation ("Harbor Authority", "Calder Tenants Union").
func (d *draft) speakerWords() map[string]bool {
	out := map[string]bool{}
	for _, s := range d.a.Sentences {
		words := strings.Fields(s.Speaker)
		if len(words) == 0 || !isCapitalised(words[0]) || bodies[strings.ToLower(words[len(words)-1])] {
			continue
		}
		for _, w := range words {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// namesPerson reports whether a phrase is, or holds, the name of someone
// the story quotes: people belong in the reactions, not in topic titles.
func namesPerson(surface string, people map[string]bool) bool {
	for _, w := range strings.Fields(surface) {
		if people[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// rarity is the inverse document frequency of a phrase in the story.
func rarity(df, n int) float64 {
	return math.Log(1 + float64(n)/float64(max(df, 1)))
}

// inHeadline reports whether a stem or a close derivative of it is in the
// headline: "closure" and "closes" stem apart ("closur", "close") but
// say the same.
func inHeadline(st string, head map[string]bool) bool {
	if head[st] {
		return true
	}
	if len(st) < 5 {
		return false
	}
	for h := range head {
		if len(h) >= 4 && strings.HasPrefix(st, h[:4]) && (strings.HasPrefix(st, h) || strings.HasPrefix(h, st[:len(st)-2])) {
			return true
		}
	}
	return false
}
