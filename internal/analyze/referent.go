package analyze

import (
	"regexp"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// A report often names a speaker once and goes on with a pronoun:
// `Lena Marsh said the pier would close. "It is unsafe," she said.`
// Read alone, the second sentence has no speaker. These helpers give it
// the one it has in its report, when that can be told without doubt:
// the sentence just before is attributed to a person named there, and
// names no one else.

// closingPronoun matches a pronoun that speaks after a quotation or a
// clause (`," she said`, `, he added.`), in normalised text.
var closingPronoun = regexp.MustCompile(`[,!?]"? (he|she) (` + reportingVerbList + `)\b`)

// openingPronoun matches a pronoun that opens a sentence as its speaker
// ("She said the ferry ...").
var openingPronoun = regexp.MustCompile(`^(He|She) (` + reportingVerbList + `)\b`)

// reportingVerbList are the verbs of speech after which a pronoun is
// read as the speaker: the plain ones, which say that words were said
// and nothing of what was done.
const reportingVerbList = `said|says|added|adds|told|tells|noted|explained|wrote|writes|recalled|recalls|continued|argued|insisted|stated|warned|acknowledged|conceded|replied|asked|stressed|remarked|testified`

// pronounSpeaker returns the pronoun ("he" or "she") that a normalised
// sentence gives as its speaker, and where it stands in it; "" when it
// gives none.
func pronounSpeaker(n string) (string, int) {
	if m := openingPronoun.FindStringSubmatchIndex(n); m != nil {
		return strings.ToLower(n[m[2]:m[3]]), m[2]
	}
	if m := closingPronoun.FindStringSubmatchIndex(n); m != nil {
		return n[m[2]:m[3]], m[2]
	}
	return "", -1
}

// SpeaksAsPronoun reports whether a sentence gives "he" or "she" as
// its speaker: `"It is unsafe," she said.`, "He said the quay ...".
func SpeaksAsPronoun(sentence string) bool {
	p, _ := pronounSpeaker(text.Normalize(sentence))
	return p != ""
}

// SpeakerNamed returns t with the pronoun that speaks in it ("she" in
// `"It is unsafe," she said.`, "He" in "He said the quay ...") replaced
// by name; false when t has no such pronoun.
func SpeakerNamed(t, name string) (string, bool) {
	n := text.Normalize(t)
	p, at := pronounSpeaker(n)
	if p == "" || name == "" {
		return t, false
	}
	// t and its normalised form differ in quotation marks and white
	// space only: find the same occurrence of the pronoun in t
	nth := strings.Count(strings.ToLower(n[:at]), " "+p+" ")
	if at == 0 {
		if !strings.HasPrefix(strings.ToLower(t), p+" ") {
			return t, false
		}
		return name + t[len(p):], true
	}
	low := strings.ToLower(t)
	if len(low) != len(t) {
		return t, false
	}
	k := -1
	for from, seen := 0, 0; ; seen++ {
		j := strings.Index(low[from:], " "+p+" ")
		if j < 0 {
			return t, false
		}
		if seen == nth {
			k = from + j + 1
			break
		}
		from += j + 1
	}
	return t[:k] + name + t[k+len(p):], true
}

// referent returns who the pronoun p speaking in a sentence means (or
// who speaks a quotation alone, when p is ""), when
// prev, the sentence before it in the same report, tells without doubt:
// prev is attributed to a person (see personSpeaker) whom the report
// treats as one: it calls them by surname alone somewhere, or gives the
// name with a role, a title or an age (see bySurname and
// introducedAsPerson), where a place ("Long Island") or a group ("Tory
// MPs") has none of these; prev names no other person, speaks of no
// other person by a noun (see someoneElse) and has no speaker "he" or
// "she" of its own that it leaves unnamed; and no title the report
// gives the person ("Mr.", "Ms.") says otherwise of p. r is the report
// both sentences are in.
func referent(prev Sentence, p string, r *reportView) string {
	sp := prev.Speaker
	if sp == "" || !personSpeaker(sp, r.people) {
		return ""
	}
	pn := text.Normalize(prev.Text)
	if q, _ := pronounSpeaker(pn); q != "" && prev.Pronoun == "" {
		return "" // "Lowe, she said, told her ...": the pronoun may mean whoever "she" was
	}
	surname := text.LastWord(sp)
	if groupOrPlace(sp, r) {
		return ""
	}
	for _, n := range text.Names(pn) {
		n = text.Unpossessive(n)
		if n == sp || strings.HasSuffix(sp, " "+n) || strings.HasSuffix(n, " "+surname) || n == surname || strings.HasPrefix(sp, n+" ") {
			continue // the speaker, in full or in part
		}
		if r.person(n) {
			return "" // someone else the pronoun may mean
		}
	}
	if g := titledAs(surname, r.words); p != "" && g != "" && g != p {
		return ""
	}
	if someoneElse(pn, surname, p) {
		return "" // "Lowe said the boy had been found": "he" may be the boy
	}
	return sp
}

// groupOrPlace reports whether a name that a sentence gives may be a
// group's ("Tory MPs": a plural abbreviation ends it) or a place's ("Long
// Island"): of two words or more, the report never calls it by its last
// word alone, as it calls a person after naming them in full, nor gives
// it with a role, a title or an age (see bySurname and
// introducedAsPerson). A name after a role or title that it holds
// ("Mayor Lena Marsh", see afterRole) is a person's.
func groupOrPlace(name string, r *reportView) bool {
	_, titled := afterRole(strings.Fields(name))
	surname := text.LastWord(name)
	return plural.MatchString(surname) || strings.Contains(name, " ") && !titled && !bySurname(surname, r.words) && !introducedAsPerson(name, r.norm)
}

// someoneElse reports whether a normalised sentence n, outside its
// quotations, speaks of a person by a noun ("the boy", "a driver") other
// than the words that name its speaker: the role before the speaker's
// name ("harbour master Ilse Brandt") and the apposition after it
// ("Brandt, the harbour master,"). A noun that the pronoun p cannot mean
// ("her son" when p is "she") is no other person it may be.
func someoneElse(n, surname, p string) bool {
	words := strings.Fields(outsideQuotes(n, false))
	own := map[int]bool{}
	for j, w := range words {
		if text.Unpossessive(trimPunct(w)) != surname {
			continue
		}
		// the name, then the role words right before it
		own[j] = true
		k := j - 1
		for ; k >= 0 && j-k <= maxNameWords && isCap(words[k]) && !strings.ContainsAny(words[k], ",;:\"\x00"); k-- {
			own[k] = true
		}
		if k >= 0 && !strings.ContainsAny(words[k], ",;:\"\x00") {
			if low := strings.ToLower(trimPunct(words[k])); roles[low] || personNouns[low] || sources[low] || IsHonorific(low) {
				own[k] = true // "master" in "harbour master Ilse Brandt"
				if k > 0 && !strings.ContainsAny(words[k-1], ",;:\"\x00") {
					own[k-1] = true // "harbour"
				}
			}
		}
		if strings.HasSuffix(w, ",") {
			for k := j + 1; k < len(words) && k <= j+maxApposition; k++ {
				own[k] = true
				if strings.HasSuffix(words[k], ",") {
					break
				}
			}
		}
	}
	for k, w := range words {
		if low := strings.ToLower(trimPunct(w)); !own[k] && low != "who" && personNouns[low] && !otherGender(low, p) && !complement(words, k, own) && !inName(words, k) {
			return true
		}
	}
	return false
}

// inName reports whether the capitalised word words[k] is a word of a
// name of two capitalised words or more inside the sentence ("Student"
// of "Student Harbour News", "Mother" of "Mother Tarrow Weekly"): a
// title, not a person.
func inName(words []string, k int) bool {
	if k == 0 || !isCap(trimPunct(words[k])) || words[k-1] == "\x00" {
		return false
	}
	before := k > 1 && isCap(trimPunct(words[k-1])) && !strings.ContainsAny(words[k-1], ",;:")
	after := k+1 < len(words) && isCap(trimPunct(words[k+1])) && !strings.ContainsAny(words[k], ",;:")
	return before || after
}

// complement reports whether the noun words[k] says what the person
// named just before a copula is ("Ilse Brandt was the last surviving
// member of the crew"): the copula follows the words that name them
// (own) and nothing but a few words of one phrase, no comma, stands
// between it and the noun. The noun is that person, no other.
func complement(words []string, k int, own map[int]bool) bool {
	for c := k - 1; c >= 1 && k-c <= maxComplementWords+1; c-- {
		if strings.ContainsAny(words[c], ",;:") {
			return false
		}
		if copulas[strings.ToLower(words[c])] {
			return own[c-1]
		}
	}
	return false
}

// maxComplementWords is the most words between a copula and the noun
// that completes it: "was the last surviving member".
const maxComplementWords = 4

// copulas join a subject to what it is.
var copulas = map[string]bool{"is": true, "was": true, "remains": true, "remained": true, "became": true, "becomes": true}

// otherGender reports whether the noun for a person low is one that the
// pronoun p ("he" or "she") cannot mean: "son" for "she", "wife" for
// "he". With no pronoun (a quotation alone), every noun may be whom it
// means.
func otherGender(low, p string) bool {
	switch p {
	case "he":
		return femaleNouns[low]
	case "she":
		return maleNouns[low]
	}
	return false
}

// maleNouns and femaleNouns are nouns for a person that only "he" or
// only "she" may stand for.
var (
	maleNouns   = wordSet("man boy father son husband brother grandfather grandson boyfriend uncle nephew king prince spokesman")
	femaleNouns = wordSet("woman girl mother daughter wife sister grandmother granddaughter girlfriend aunt niece queen princess spokeswoman chairwoman actress")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// maxNameWords is the most words of a speaker's name before the surname
// (two words of a role may go before them), and maxApposition the most
// words of an apposition after it, that someoneElse counts as naming the
// speaker.
const (
	maxNameWords  = 3
	maxApposition = 10
)

// bySurname reports whether a report, in its normalised words, calls
// someone by the surname alone, as it calls a person after naming them
// in full: somewhere the word opens a sentence or follows a word that is
// not capitalised, or follows a title ("Mr.", "Dr."). A place or a group
// ("Long Island", "Tory MPs") is not shortened so.
func bySurname(surname string, words []string) bool {
	for k, w := range words {
		if text.Unpossessive(trimPunct(w)) != surname {
			continue
		}
		if k == 0 {
			return true
		}
		prev := words[k-1]
		if IsHonorific(strings.ToLower(trimPunct(prev))) || !isCap(prev) || strings.ContainsAny(prev[len(prev)-1:], `.!?"`) {
			return true
		}
	}
	return false
}

// occupation reports whether a word, as written, may name what a
// person does for a living by its ending: a lower-case noun of five
// letters or more on "-er", "-ist", "-or" or "-ian" ("trader",
// "florist", "curator", "historian") that is no small word ("under",
// "other").
func occupation(w string) bool {
	w = trimPunct(w)
	if len(w) < 5 || strings.ToLower(w) != w || text.IsStopWord(w) || notOccupations[w] {
		return false
	}
	for _, end := range []string{"er", "ist", "or", "ian"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// notOccupations end as occupations do but name none.
var notOccupations = map[string]bool{
	"former": true, "latter": true, "earlier": true, "later": true, "another": true, "whether": true,
	"either": true, "neither": true, "rather": true, "together": true, "further": true, "never": true,
	"minor": true, "major": true, "senior": true, "junior": true, "prior": true, "superior": true,
	"interior": true, "exterior": true, "christian": true, "civilian": true,
}

// introducedAsPerson reports whether a report, its text normalised as
// n, gives a name as a person's: after a role, a title or an occupation
// ("harbour master Ilse Brandt", "Cmdr. Ian Lafreniere", "florist Lena
// Marsh"), or with an age ("Lena Marsh, 45,"), a role in an apposition
// ("Paul Lowe, the board's director,") or an occupation there ("Lena
// Marsh, a trader at the quay,") after it.
func introducedAsPerson(name, n string) bool {
	for from := 0; ; {
		k := strings.Index(n[from:], name)
		if k < 0 {
			return false
		}
		k += from
		from = k + len(name)
		before := strings.Fields(n[:k])
		if len(before) > 0 {
			if w := strings.ToLower(trimPunct(before[len(before)-1])); roles[w] || personNouns[w] || sources[w] || IsHonorific(w) ||
				occupation(before[len(before)-1]) {
				return true
			}
		}
		rest, comma := strings.CutPrefix(n[from:], ",")
		after := strings.Fields(rest)
		if len(after) == 0 || !comma {
			continue
		}
		if age.MatchString(after[0]) {
			return true
		}
		for j, w := range after[:min(len(after), 6)] {
			if low := strings.ToLower(trimPunct(w)); roles[low] || personNouns[low] || sources[low] {
				return true
			}
			if j == 1 && (after[0] == "a" || after[0] == "an") && occupation(w) {
				return true // "Lena Marsh, a trader at the quay,"
			}
			if strings.HasSuffix(w, ",") && w != after[0] {
				break
			}
		}
	}
}

// age matches an age set off after a name: "45,".
var age = regexp.MustCompile(`^\d{1,3},$`)

// personNouns are nouns for a person, that "he" or "she" can refer back
// to.
var personNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`man woman boy girl driver mother father son daughter mayor chair
		chairman chairwoman councillor councilor resident engineer official spokesperson spokesman
		spokeswoman headteacher teacher owner worker cleaner nurse senator secretary governor auditor
		minister president director chief manager officer victim passenger pilot student founder
		customer doctor lawyer judge candidate leader member neighbour neighbor mechanic pensioner
		farmer commuter cyclist rider witness who actor actress singer rapper star player coach
		wife husband brother sister child teen teenager suspect gunman attorney prosecutor defendant
		publicist agent comedian host anchor reporter journalist author writer artist musician
		activist soldier veteran patient parent grandmother grandfather friend boyfriend girlfriend
		employee executive ceo king queen prince princess pope bishop priest pastor sheriff detective
		inspector investigator researcher scientist professor economist analyst expert`) {
		personNouns[w] = true
	}
}

// PersonNoun reports whether a lower-case word is a noun for a person
// (see personNouns): "driver", "mayor", "who".
func PersonNoun(w string) bool { return personNouns[w] }

// roles are words for what a person does that may stand before a name,
// beyond the nouns for a person and the source nouns of attribution.
// Words that as often stand before a company or a product ("oil
// producer", "chip designer", "model") are left out.
var roles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`master administrator coordinator constable captain editor aide
		adviser advisor counsel partner widow winger striker midfielder defender goalkeeper
		quarterback pitcher batsman bowler jockey boxer golfer swimmer sprinter skier crooner
		dancer chef filmmaker photographer novelist poet playwright
		composer guitarist drummer entrepreneur billionaire mogul tycoon businessman businesswoman
		philanthropist congressman congresswoman diplomat ambassador envoy colonel lieutenant
		sergeant commander admiral`) {
		roles[w] = true
	}
}

// plural matches an abbreviation in the plural ("MPs", "CEOs"): a name
// that ends on one ("Tory MPs") is a group's.
var plural = regexp.MustCompile(`^\p{Lu}[\p{Lu}]+s$`)

// personSpeaker reports whether a speaker is a person: a name of two to
// four capitalised words that is no body's ("Harbour Council",
// "Department of Transport"), or one word that is the surname of a
// person the report names in full.
func personSpeaker(sp string, people map[string]bool) bool {
	f, titled := afterRole(strings.Fields(sp))
	switch {
	case len(f) == 1:
		return people[f[0]] || titled && titledName(f[0])
	case len(f) <= 4:
		return personName(f)
	}
	return false
}

// calledAs is the name by which a page calls a speaker sp that a report
// names with a pronoun: as calledBy calls them, of their name without
// the role before it (see afterRole), and in full when the report never
// calls them by the surname alone ("Harbour Master Tan Wei-lin" is
// "Tan Wei-lin", not "Wei-lin"). "" when neither says whom, or the name
// in full is longer than a name that the verifier reads back (three
// words).
func calledAs(sp string, r *reportView) string {
	f, _ := afterRole(strings.Fields(sp))
	name := strings.Join(f, " ")
	c := calledBy(name, r)
	if c == text.LastWord(name) && len(f) > 1 && !bySurname(c, r.words) {
		c = name
	}
	if len(strings.Fields(c)) > 3 {
		return ""
	}
	return c
}

// afterRole returns the words of a name after the role or title that
// opens it, and true, when one does: "Lena Marsh" of "Harbour Master Lena
// Marsh", "Marsh" of "Governor Marsh". A word of a name that is also a
// noun for a person ("Paul King") opens none; nor does one that leaves a
// suffix alone.
func afterRole(f []string) ([]string, bool) {
	k := -1
	for j, w := range f[:max(0, len(f)-1)] {
		if low := strings.ToLower(trimPunct(w)); roles[low] || personNouns[low] || IsHonorific(low) {
			k = j
		}
	}
	if k < 0 || NameSuffix(f[k+1]) {
		return f, false
	}
	return f[k+1:], true
}

// titledName reports whether a word that a role or title goes before may
// be a person's surname: capitalised, and no word of a body or a source.
func titledName(w string) bool {
	low := strings.ToLower(trimPunct(w))
	return isCap(w) && !text.IsStopWord(low) && !sources[low] && !bodyWords[low] && !isConnectorWord(w)
}

// personName reports whether capitalised words may be a person's name:
// two to four of them, no connector ("of"), no word of a body or a source
// ("Council", "Police", "Ministry", "Herald"), none a stop word ("The"),
// and no first or last word of a place ("West Tarrow", "Alder Bay"). A
// particle in lower case between a given name and a surname is part of
// the name ("Ilse von Brandt", "Pieter van Kell").
func personName(f []string) bool {
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	if placeFirst[strings.ToLower(f[0])] || placeLast[strings.ToLower(strings.Trim(f[len(f)-1], `.,;:'"`))] {
		return false
	}
	for k, w := range f {
		low := strings.ToLower(strings.Trim(w, `.,;:'"`))
		if k > 0 && k < len(f)-1 && nameParticles[w] {
			continue
		}
		if !isCap(w) || text.IsStopWord(low) || sources[low] || bodyWords[low] || isConnectorWord(w) {
			return false
		}
	}
	return true
}

// nameParticles are the words in lower case that stand between a given
// name and a surname.
var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "del": true, "della": true, "dos": true, "das": true, "bin": true, "ibn": true}

// bodyWords name organisations rather than people, beyond the source
// nouns of attribution.
var bodyWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`house party university college school hospital institute
		foundation association center centre bank inc corp co ltd llc news times post press journal
		network service services agency bureau church army navy force forces senate congress
		parliament assembly state states city county republic kingdom nations union club team
		museum library society fund trust family singers band choir orchestra herald tribune
		gazette chronicle telegraph observer examiner dispatch sentinel inquirer bulletin
		battalion regiment brigade division corps squadron platoon infantry war cup league
		championship games olympics festival awards`) {
		bodyWords[w] = true
	}
	for _, w := range strings.Fields(`north south east west northern southern eastern western los las
		san santa el fort port mount lake`) {
		placeFirst[w] = true
	}
	for _, w := range strings.Fields(`street avenue road square river bridge airport station
		island islands beach valley heights hills mountains bay harbor harbour coast peninsula`) {
		placeLast[w] = true
	}
}

// placeFirst open a place's name ("West Tarrow", "Port Alder", "Lake
// Dunmere") and placeLast end one ("Tarrow Street", "Alder Bay"): a
// name that opens or ends on one names no person. Words that are also
// common surnames ("Park", "Courier") are left out.
var placeFirst, placeLast = map[string]bool{}, map[string]bool{}

// reportView is a report's text as referent reads it, normalised once:
// the text, its words, the surnames of the people it names in full, and
// for each surname the rest of those names (see reportPeople).
type reportView struct {
	norm   string
	words  []string
	people map[string]bool
	given  map[string]map[string]bool
}

func newReportView(raw string) *reportView {
	n := text.Normalize(raw)
	people, given := reportPeople(n)
	return &reportView{norm: n, words: strings.Fields(n), people: people, given: given}
}

// reportPeople reads the names of two to four words that may be a
// person's (see personName) in a report, its text normalised as norm:
// people are their last words, the surnames of the people it names in
// full; given maps each surname, the word before a suffix ("Vane" of
// "Ian Vane Sr."), to the other words of the names that end on it ("Ian
// Sr"), so that "Ian Vane Sr." and "Ian Vane Jr." are two people named
// Vane.
func reportPeople(norm string) (people map[string]bool, given map[string]map[string]bool) {
	people, given = map[string]bool{}, map[string]map[string]bool{}
	for _, n := range text.Names(norm) {
		f, titled := afterRole(strings.Fields(text.Unpossessive(n)))
		if len(f) == 1 && titled && titledName(f[0]) {
			people[f[0]] = true // "Governor Marsh"
			continue
		}
		if !personName(f) {
			continue
		}
		people[f[len(f)-1]] = true
		last := len(f) - 1
		if NameSuffix(f[last]) && last >= 2 {
			last--
		}
		if given[f[last]] == nil {
			given[f[last]] = map[string]bool{}
		}
		given[f[last]][strings.Join(append(slices.Clone(f[:last]), f[last+1:]...), " ")] = true
	}
	return people, given
}

// person reports whether a name found in a sentence names a person of
// the report: two to four words that may be a person's name, or one that
// is the surname of someone the report names in full, either after a
// title or role ("Mr Lowe", "District Judge Lena Marsh").
func (r *reportView) person(n string) bool {
	f := strings.Fields(n)
	if g, titled := afterRole(f); titled {
		if len(g) == 1 {
			return titledName(g[0]) // "Mr Lowe", "Governor Marsh"
		}
		f = g // "District Judge Lena Marsh"
	}
	return len(f) >= 2 && personName(f) || len(f) == 1 && r.people[n]
}

// nameSuffixes end a person's name after the surname.
var nameSuffixes = map[string]bool{"Jr": true, "Sr": true, "II": true, "III": true, "IV": true}

// suffixTokens are nameSuffixes as lower-case tokens.
var suffixTokens = map[string]bool{}

func init() {
	for s := range nameSuffixes {
		suffixTokens[strings.ToLower(s)] = true
	}
}

// NameSuffix reports whether w, a word of a name as written, is a suffix
// after the surname: "Jr.", "Sr", "III".
func NameSuffix(w string) bool { return nameSuffixes[strings.TrimSuffix(w, ".")] }

// NameSuffixToken is NameSuffix for a lower-case token: "jr", "iii".
func NameSuffixToken(tok string) bool { return suffixTokens[tok] }

// titledAs returns the pronoun that the title a report, in its
// normalised words, gives a surname calls for: "he" after "Mr", "she" after "Mrs", "Ms" or "Miss"; "" when
// the report gives it none of them, or both.
func titledAs(surname string, words []string) string {
	he, she := false, false
	for k := 1; k < len(words); k++ {
		if text.Unpossessive(trimPunct(words[k])) != surname {
			continue
		}
		switch strings.TrimSuffix(words[k-1], ".") {
		case "Mr":
			he = true
		case "Mrs", "Ms", "Miss":
			she = true
		}
	}
	return oneGender(he, she)
}

// resolveSpeaker gives sentence k of report r, when its speaker is "he"
// or "she", the person the sentence before it names as its speaker (see
// referent), or, when that sentence quotes no one, the one person it is
// about (see subjectReferent): "Lena Marsh was freed on Monday. “I
// never gave up,” she said." The person becomes its Speaker; the
// sentence's Pronoun records the pronoun that stands for them. A
// quotation alone goes to the speaker of the sentence before it.
func (a *Analysis) resolveSpeaker(r *Report, k int, view func() *reportView) {
	s := &a.Sentences[r.Sentences[k]]
	if s.Speaker == "" && s.InQuote {
		a.resolveClosingSpeaker(r, k, view)
		return
	}
	if s.Speaker != "" || s.InQuote {
		return
	}
	n := text.Normalize(s.Text)
	p, _ := pronounSpeaker(n)
	alone := p == "" && QuoteAlone(n)
	if p == "" && !alone {
		return
	}
	prev := a.Sentences[r.Sentences[k-1]]
	sp, called := meantBy(prev, p, view)
	if called == "" && p != "" {
		sp = speakerGoesOn(prev, n, p, view())
		called = calledAs(sp, view())
	}
	if called == "" && alone {
		sp = quotingGoesOn(prev, view())
		called = calledAs(sp, view())
	}
	if called == "" {
		return
	}
	s.Speaker, s.Pronoun, s.Called = sp, p, called
	named, _ := SpeakerNamed(n, called)
	if alone {
		s.Continues = prev.Continues
		if s.Continues == "" {
			s.Continues = saidVerb(prev.Text)
		}
		named = SaidBy(n, called, s.Continues)
	}
	s.Outlook = lookingAhead(named, false)
	s.Opinion = false
}

// resolveClosingSpeaker gives sentence k of report r, which closes a
// quotation that an earlier sentence of its paragraph opened and gives
// it to "he" or "she" (`... the quay," she said.`), the person the
// sentence before the quotation's first names as its speaker or is
// about (see referent and subjectReferent), as resolveSpeaker gives a
// sentence its speaker. The sentence keeps its Mend: it still cannot
// stand alone, but the quotation told whole (see the writer's runs of
// quotation) may, under the person's name.
func (a *Analysis) resolveClosingSpeaker(r *Report, k int, view func() *reportView) {
	s := &a.Sentences[r.Sentences[k]]
	n := text.Normalize(s.Text)
	p, _ := pronounSpeaker(n)
	if p == "" || strings.Count(n, `"`)%2 == 0 {
		return
	}
	// the quotation's first sentence: back through the paragraph's
	// sentences whose marks, if any, pair up, to one that opens it
	j := k - 1
	for j >= 0 {
		t := a.Sentences[r.Sentences[j]]
		if t.Para != s.Para {
			return
		}
		if OpensQuotation(t.Text) {
			break
		}
		j--
	}
	if j < 1 {
		return
	}
	if sp, called := meantBy(a.Sentences[r.Sentences[j-1]], p, view); called != "" {
		s.Speaker, s.Pronoun, s.Called = sp, p, called
	}
}

// OpensQuotation reports whether a sentence opens a quotation that it
// leaves open, or closes one that it found open: it holds an odd count
// of double quotation marks.
func OpensQuotation(sentence string) bool {
	return strings.Count(text.Normalize(sentence), `"`)%2 == 1
}

// meantBy returns who the pronoun p speaking in a sentence (or a
// quotation alone, when p is "") means, by prev, the sentence before it:
// the person prev gives as its speaker (see referent), or, for a
// pronoun, the one person it is about (see subjectReferent); and the
// name a page calls them by (see calledAs), "" when prev tells no one.
func meantBy(prev Sentence, p string, view func() *reportView) (speaker, called string) {
	sp := referent(prev, p, view())
	if sp == "" && p != "" {
		sp = subjectReferent(prev, p, view())
	}
	return sp, calledAs(sp, view())
}

// speakerGoesOn returns the speaker of prev, the sentence before
// normalised sentence n, when n quotes someone's words first and gives
// them to the pronoun p after them (`"We had no choice," she said.`):
// a report that has just given someone's words goes on with theirs,
// whoever else the sentence before names ("Marsh said the board had
// overruled Lowe."), and names the next speaker when it changes. The
// speaker must be a person the report names, whom no title the report
// gives calls otherwise than p, and the sentence before must neither
// speak of someone by the other pronoun alone ("Marsh recalled how the
// cat stared at her."), nor of someone by a noun that p may mean ("the
// driver", see someoneElse), nor by "he" or "she" where it names another
// person ("Lowe said Vale had never met her crew."): then p may be that
// other person. "" when any of this fails.
func speakerGoesOn(prev Sentence, n, p string, r *reportView) string {
	sp := namedSpeaker(prev, r)
	if !strings.HasPrefix(n, `"`) || sp == "" {
		return ""
	}
	g := titledAs(text.LastWord(sp), r.words)
	if g != "" && g != p {
		return ""
	}
	if g == "" {
		g = roleGender(sp, r.words)
	}
	pn := text.Normalize(prev.Text)
	own := outsideQuotes(pn, false)
	if saysOfSelf(own, text.LastWord(sp), p) {
		return sp // "Marsh said she would close the pier.": she is Marsh
	}
	if g == p && otherPronounOnly(own, p) {
		// "Spokeswoman Lena Marsh said the mayor had made up his mind.":
		// the other pronoun is someone else's, and p is hers
		return sp
	}
	if otherPronounOnly(own, p) || someoneElse(pn, text.LastWord(sp), p) {
		return ""
	}
	if gendered(own) {
		for _, name := range text.Names(own) {
			if name = text.Unpossessive(name); r.person(name) && !samePerson(sp, name) {
				return "" // "Lowe said Vale had never met her crew": "she" may be Vale
			}
		}
	}
	return sp
}

// saysOfSelf reports whether the words own, outside quotation marks,
// give the speaker whose surname is given a verb of speech that goes on
// with the pronoun p as its clause's subject: "Marsh said she would
// close the pier", "Marsh, the harbour master, says that she ...". The
// pronoun there is the speaker's, whoever else the clause names, so a
// quotation that the next sentence gives to p goes on with the
// speaker's words.
func saysOfSelf(own, surname, p string) bool {
	words := strings.Fields(own)
	for j, w := range words {
		if text.Unpossessive(trimPunct(w)) != surname || strings.ContainsAny(w, ";:") {
			continue
		}
		at := j // the last word before the verb: the name's, or its aside's
		if strings.HasSuffix(w, ",") {
			// an aside: "Marsh, who has run the pier for years, said"
			end := -1
			for k := j + 1; k < len(words) && k <= j+maxClosing; k++ {
				if strings.HasSuffix(words[k], ",") {
					end = k
					break
				}
			}
			if end < 0 {
				continue
			}
			for a := j + 1; a+2 <= end; a++ {
				if strings.ToLower(words[a]) == "for" && PronounOf(strings.ToLower(words[a+1])) == p && strings.ToLower(trimPunct(words[a+2])) == "part" {
					return true // "Lowe, for his part, said"
				}
			}
			at = end
		}
		for k := at + 1; k < len(words) && k <= at+3; k++ {
			lw := strings.ToLower(trimPunct(words[k]))
			if !speechVerbs[lw] {
				if isAuxiliary(words[k]) || calendar[lw] {
					continue // "Marsh has said", "Marsh on Monday said"
				}
				break
			}
			next := k + 1
			if lw == "told" || lw == "tells" {
				// the listener: "Marsh told reporters she ...", "Marsh
				// told the Tarrow Ledger she ..."
				for m := next; m < len(words) && m < next+4; m++ {
					if w := trimPunct(words[m]); isCap(w) || listeners[strings.ToLower(w)] {
						continue
					}
					next = m
					break
				}
			}
			if next < len(words) && strings.ToLower(words[next]) == "that" {
				next++
			}
			if next >= len(words) {
				return false
			}
			subject := strings.ToLower(words[next])
			for _, c := range []string{"'s", "’s", "'d", "’d", "'ll", "’ll"} {
				subject = strings.TrimSuffix(subject, c) // "she's", "he'd"
			}
			return subject == p
		}
	}
	return false
}

// roleGender returns the pronoun that a role the report gives right
// before a speaker's name in full calls for ("spokeswoman Lena Marsh",
// "council chairman Paul Lowe"), from its words; "" when the name is a
// single word, or the report gives no such role or roles of both kinds.
func roleGender(sp string, words []string) string {
	name, _ := afterRole(strings.Fields(sp))
	if len(name) < 2 {
		return ""
	}
	he, she := false, false
	for k := 1; k+len(name) <= len(words); k++ {
		match := true
		for j, w := range name {
			if text.Unpossessive(trimPunct(words[k+j])) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		switch genderedRoles[strings.ToLower(trimPunct(words[k-1]))] {
		case "he":
			he = true
		case "she":
			she = true
		}
	}
	return oneGender(he, she)
}

// oneGender returns "he" or "she" when only that one was found, "" when
// neither or both were.
func oneGender(he, she bool) string {
	switch {
	case he && !she:
		return "he"
	case she && !he:
		return "she"
	}
	return ""
}

// genderedRoles are roles that say whether "he" or "she" stands for
// the person who holds them.
var genderedRoles = map[string]string{
	"spokeswoman": "she", "spokesman": "he", "chairwoman": "she", "chairman": "he",
	"congresswoman": "she", "congressman": "he", "councilwoman": "she", "councilman": "he",
	"businesswoman": "she", "businessman": "he", "actress": "she", "mother": "she", "father": "he",
	"wife": "she", "husband": "he", "sister": "she", "brother": "he", "daughter": "she", "son": "he",
	"grandmother": "she", "grandfather": "he", "girlfriend": "she", "boyfriend": "he",
	"queen": "she", "king": "he", "princess": "she", "prince": "he", "duchess": "she", "duke": "he",
}

// listeners are who a speaker tells something, between "told" and what
// was told: "told reporters she ...", "told the court he ...".
var listeners = map[string]bool{
	"the": true, "a": true, "reporters": true, "journalists": true, "police": true, "investigators": true,
	"officials": true, "court": true, "jury": true, "judge": true, "newspaper": true, "paper": true,
	"station": true, "crowd": true, "audience": true, "interviewer": true,
}

// pronounForms are the forms of "he" and of "she".
var pronounForms = map[string][]string{
	"he":  {"he", "him", "his", "himself"},
	"she": {"she", "her", "hers", "herself"},
}

// PronounOf returns "he" or "she" for a word in lower case that is one
// of their forms ("him", "hers", see pronounForms), "" for any other.
func PronounOf(low string) string {
	for p, forms := range pronounForms {
		if slices.Contains(forms, low) {
			return p
		}
	}
	return ""
}

// quotingGoesOn returns the speaker of prev, the sentence before a
// quotation alone (see QuoteAlone), when prev gives that person's own
// words: a report that quotes someone and goes on quoting, with no name,
// goes on with their words (`"We had no choice," Marsh said of the
// board's vote on Lowe's plan. "The pier is unsafe."`), whoever else
// prev names, and names the next speaker when it changes. The speaker
// must be a person the report names, and prev's own speaker no pronoun
// left unresolved. "" otherwise.
func quotingGoesOn(prev Sentence, r *reportView) string {
	if !quotesWords(prev.Quotes) {
		return ""
	}
	return namedSpeaker(prev, r)
}

// namedSpeaker returns the speaker of sentence prev when it is a person
// the report names (see personSpeaker), neither a group's nor a place's
// name (see groupOrPlace), and prev gives no speaker "he" or "she" that
// went unresolved; "" otherwise.
func namedSpeaker(prev Sentence, r *reportView) string {
	sp := prev.Speaker
	if sp == "" || !personSpeaker(sp, r.people) {
		return ""
	}
	if q, _ := pronounSpeaker(text.Normalize(prev.Text)); q != "" && prev.Pronoun == "" {
		return "" // prev's own speaker is a pronoun no one resolved
	}
	if groupOrPlace(sp, r) {
		return ""
	}
	return sp
}

// otherPronounOnly reports whether normalised text n speaks of someone
// by the pronoun other than p ("her" when p is "he"), and never by p.
func otherPronounOnly(n, p string) bool {
	other := "she"
	if p == "she" {
		other = "he"
	}
	return pronounIn(n, other) && !pronounIn(n, p)
}

// gendered reports whether normalised text n speaks of someone as "he"
// or "she" in any form.
func gendered(n string) bool { return pronounIn(n, "he") || pronounIn(n, "she") }

// pronounIn reports whether normalised text n holds a form of the
// pronoun p ("he" or "she", see pronounForms).
func pronounIn(n, p string) bool {
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if PronounOf(trimPunct(w)) == p {
			return true
		}
	}
	return false
}

// QuoteAlone reports whether a sentence is a quotation and nothing else:
// `"The rot runs deep."`, as a report goes on quoting the person the
// sentence before it quotes.
func QuoteAlone(sentence string) bool {
	n := strings.TrimSpace(text.Normalize(sentence))
	return strings.Count(n, `"`) == 2 && strings.HasPrefix(n, `"`) &&
		(strings.HasSuffix(n, `."`) || strings.HasSuffix(n, `?"`) || strings.HasSuffix(n, `!"`))
}

// SaidBy is a quotation alone (see QuoteAlone) given to its speaker by
// verb: `Brandt said: "The rot runs deep."`.
func SaidBy(quote, name, verb string) string {
	return name + " " + verb + ": " + quote
}

// SaidVerbs are the verbs by which SaidBy gives a quotation to its
// speaker.
var SaidVerbs = []string{"said", "says", "wrote", "writes"}

// saidVerb is the verb of SaidVerbs that tells how the speaker of a
// sentence spoke, in its tense: "wrote" after "... Lowe wrote in a
// letter", "says" after "Lowe says ...", "said" after any other verb of
// speech ("told", "added") or none found.
func saidVerb(sentence string) string {
	for _, w := range strings.Fields(outsideQuotes(text.Normalize(sentence), false)) {
		switch strings.ToLower(trimPunct(w)) {
		case "wrote":
			return "wrote"
		case "writes":
			return "writes"
		case "says", "tells", "adds", "explains", "notes":
			return "says"
		case "said", "told", "added", "explained", "noted", "stated", "testified", "recalled":
			return "said"
		}
	}
	return "said"
}
