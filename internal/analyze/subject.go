package analyze

import (
	"regexp"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// A report names a person and goes on about them with a pronoun:
// "Lena Marsh, 34, was arrested on Monday. She was charged with arson."
// Read alone, the second sentence says nothing of whom. When the
// sentence before tells without doubt, the page may print the person's
// name where the report says "She" ("Marsh was charged with arson."),
// as it does for a speaker (see resolveSpeakers).

// openingSubject matches a sentence that opens on "He" or "She" as its
// subject, or on "His" or "Her" before it, a word in lower case after
// it: "She was charged ...", "He later resigned ...", "His boat sank
// ...".
var openingSubject = regexp.MustCompile(`^(He|She|His|Her) \p{Ll}`)

// personalOf gives the pronoun of an opening word of openingSubject.
var personalOf = map[string]string{"he": "he", "she": "she", "his": "he", "her": "she"}

// leadSubject matches a sentence whose subject "he" or "she", or "his"
// or "her" before it, comes after a short phrase that one comma or two
// close: "In 2002, she reported ...", "After the vote, his boat sank
// ...", "On Wednesday, at 38, she was released ...". Group 1 is the
// phrase, group 2 the pronoun.
var leadSubject = regexp.MustCompile(`^([^,"]+(?:, [^,"]+)?), (he|she|his|her) \p{Ll}`)

// subjectPronoun returns the pronoun word that normalised sentence n
// has for its subject (see openingSubject and leadSubject), as written
// ("She", "his"); "" when it has none. The phrase before it has at most
// maxLeadInWords words and none that stands for a person: "After Lowe
// left, he ..." may mean Lowe.
func subjectPronoun(n string, r *reportView) string {
	if m := openingSubject.FindStringSubmatch(n); m != nil {
		return m[1]
	}
	m := leadSubject.FindStringSubmatch(n)
	if m == nil {
		return ""
	}
	lead := strings.Fields(m[1])
	if len(lead) > maxLeadInWords {
		return ""
	}
	for _, w := range lead {
		low := strings.ToLower(trimPunct(w))
		if PronounOf(low) != "" || low == "they" || low == "them" || low == "their" || personNouns[low] || roles[low] || sources[low] {
			return ""
		}
	}
	for _, name := range text.Names(m[1]) {
		if r.person(text.Unpossessive(name)) {
			return ""
		}
	}
	return m[2]
}

// resolveSubject gives sentence k of report r, when its subject is a
// pronoun (see subjectPronoun) and it is no speech of theirs (resolveSpeaker
// gives those their speaker), the person the sentence before it is about
// (see subjectReferent), as its Subject.
func (a *Analysis) resolveSubject(r *Report, k int, view func() *reportView) {
	s := &a.Sentences[r.Sentences[k]]
	if s.Speaker != "" || s.InQuote || len(s.Quotes) > 0 {
		return
	}
	n := text.Normalize(s.Text)
	w := subjectPronoun(n, view())
	if w == "" {
		return
	}
	if p, _ := pronounSpeaker(n); p != "" {
		return // "He said ...": speech, whose speaker resolveSpeaker finds
	}
	prev := a.Sentences[r.Sentences[k-1]]
	s.Subject = calledBy(subjectReferent(prev, personalOf[strings.ToLower(w)], view()), view())
}

// resolvePeople gives the sentences of report ri that speak as "he" or
// "she", or open on one, the person the pronoun stands for, where the
// sentence before tells (see resolveSpeaker and resolveSubject), one
// sentence after the other, so that a sentence may go on about the
// person its predecessor was found to be about.
func (a *Analysis) resolvePeople(ri int) {
	r := &a.Reports[ri]
	var v *reportView // made for the first sentence that needs it
	view := func() *reportView {
		if v == nil {
			v = newReportView(r.Text)
		}
		return v
	}
	for k := 1; k < len(r.Sentences); k++ {
		a.resolveSpeaker(r, k, view)
		a.resolveSubject(r, k, view)
	}
}

// calledBy is the name by which a page calls a person that a report
// names as who: the surname, or the full name when the report names
// another person of that surname ("Nora Kell" beside "Ian Kell") or a
// particle goes before the surname ("Ilse von Brandt"), which a page
// may not open a sentence on.
// "" when neither tells them apart, or the name ends on a suffix
// ("Lowe Sr."), which a surname alone would drop.
func calledBy(who string, r *reportView) string {
	f := strings.Fields(who)
	if len(f) == 0 || NameSuffix(f[len(f)-1]) {
		return ""
	}
	switch {
	case len(r.given[f[len(f)-1]]) < 2 && (len(f) < 3 || !nameParticles[f[len(f)-2]]):
		return f[len(f)-1]
	case len(f) >= 2:
		return who
	}
	return ""
}

// subjectReferent returns whom the pronoun p ("he" or "she") that opens
// a sentence as its subject means, when prev, the sentence before it in
// the same report, tells without doubt: prev names one person only, as
// its subject (the name opens it, after at most a short phrase: "On
// Monday, Lena Marsh ...") or as its speaker, a person the report
// treats as one (see referent); it speaks of no other person by a noun
// (see someoneElse), gives no speaker "he" or "she" of its own and
// quotes no one's words (a title in quotation marks, "The Harbour
// Lights", is no speech); and no title the report gives the person ("Mr.",
// "Ms.") says otherwise of p. r is the report both sentences are in.
func subjectReferent(prev Sentence, p string, r *reportView) string {
	pn := text.Normalize(prev.Text)
	if prev.Subject != "" || prev.Pronoun != "" {
		return goesOnAbout(prev, pn, p, r)
	}
	if q, _ := pronounSpeaker(pn); q != "" || quotesWords(prev.Quotes) {
		return ""
	}
	own := outsideQuotes(pn, false)
	who, first, at := "", "", -1
	for _, n := range text.Names(own) {
		n = text.Unpossessive(n)
		if !r.person(n) {
			continue
		}
		switch {
		case who == "":
			who, first, at = n, n, strings.Index(own, n)
		case samePerson(who, n):
			if len(n) > len(who) {
				who = n
			}
		default:
			return "" // someone else the pronoun may mean
		}
	}
	if who == "" || at < 0 {
		return ""
	}
	surname := text.LastWord(who)
	if !opensOnName(strings.Fields(own[:at])) && (prev.Speaker == "" || text.LastWord(prev.Speaker) != surname) {
		return "" // the person is no subject of prev: "He" may be whoever it is about
	}
	if after := strings.Fields(own[at+len(first):]); len(after) > 0 && pluralVerbs[strings.Trim(after[0], ",")] {
		return "" // "Tory Brexiteers are hoping ...": a group, no "he" or "she"
	}
	if groupOrPlace(who, r) {
		return ""
	}
	if g := titledAs(surname, r.words); g != "" && g != p {
		return ""
	}
	if someoneElse(pn, surname, p) {
		return "" // "Lowe's lawyer filed the appeal": "he" may be the lawyer
	}
	return who
}

// quotesWords reports whether quotes hold anything but titles (see
// QuotedTitle): words someone said.
func quotesWords(quotes []string) bool {
	for _, q := range quotes {
		if !QuotedTitle(q) {
			return true
		}
	}
	return false
}

// opensOnName reports whether the words before a name, before, leave it
// the subject of its sentence: none; a short phrase that a comma closes
// ("On Monday, Lena Marsh ...", "While in prison, Marsh ..."); and
// words that stand with the name ("Former mayor Lena Marsh", "The elder
// Lowe", "Dr. Lena Marsh", "harbour master Ilse Brandt"). A pronoun
// before it ("He left Marsh the house") or a verb ("The captain praised
// Marsh") makes it an object.
func opensOnName(before []string) bool {
	if len(before) == 0 {
		return true
	}
	for _, w := range before {
		if subjectPronouns[strings.ToLower(trimPunct(w))] || strings.HasPrefix(w, "(") {
			return false // "He left Marsh ...", or a caption: "(Image: Lena Marsh)"
		}
	}
	lead := 0 // words of a phrase that a comma closes
	for k, w := range before {
		if strings.HasSuffix(w, ",") {
			lead = k + 1
		}
	}
	if lead > maxLeadInWords {
		return false
	}
	role := func(w string) bool {
		low := strings.ToLower(trimPunct(w))
		return roles[low] || personNouns[low]
	}
	for k, w := range before[lead:] {
		low := strings.ToLower(trimPunct(w))
		// a capital may open a phrase the name is in ("In Marsh's
		// account, ...", "After Marsh ..."), where a conjunction goes on
		// ("But Marsh ...")
		name := isCap(w) && (!text.IsStopWord(low) || lead+k == 0 && conjunctions[low])
		if !name && !nameCompanions[low] && !role(w) && !(lead+k+1 < len(before) && role(before[lead+k+1])) {
			return false // a verb or an object: the name is no subject
		}
	}
	return true
}

// goesOnAbout returns whom the pronoun p that opens a sentence as its
// subject means when prev, normalised as pn, is itself about a person it
// calls by the same pronoun (see Sentence.Subject and Pronoun): "Lena
// Marsh was arrested on Monday. She was charged with arson. She denies
// it." The same person, when prev names no one else and speaks of no
// one else by a noun.
func goesOnAbout(prev Sentence, pn, p string, r *reportView) string {
	who := prev.Subject
	if who == "" {
		who = prev.Speaker
	}
	q := prev.Pronoun
	if prev.Subject != "" {
		q = personalOf[strings.ToLower(subjectPronoun(pn, r))]
	}
	if q != p {
		return ""
	}
	for _, n := range text.Names(outsideQuotes(pn, false)) {
		if n = text.Unpossessive(n); r.person(n) && !samePerson(who, n) {
			return ""
		}
	}
	if someoneElse(pn, text.LastWord(who), p) {
		return ""
	}
	return who
}

// maxLeadInWords is the most words of a phrase that a comma closes
// before a name that opens a sentence as its subject.
const maxLeadInWords = 6

// nameCompanions are the words in lower case that may stand before a
// name with it in a sentence's subject, beside roles.
var nameCompanions = map[string]bool{"the": true, "former": true, "late": true, "elder": true, "younger": true, "then": true}

// conjunctions may open a sentence before its subject.
var conjunctions = map[string]bool{"and": true, "but": true, "yet": true, "so": true, "or": true, "nor": true}

// pluralVerbs after a name say that it names a group.
var pluralVerbs = map[string]bool{"are": true, "were": true, "have": true, "do": true, "say": true}

// samePerson reports whether two names of one sentence name one person:
// the same surname, or one the other's surname.
func samePerson(a, b string) bool {
	return text.LastWord(a) == text.LastWord(b)
}

// SubjectNamed returns t with the "He" or "She" that opens it as its
// subject, or that follows a short phrase a comma closes (see
// leadSubject: "In 2002, she reported ..."), replaced by name, or the
// "His" or "Her" by name's possessive; false when t has no such
// subject.
func SubjectNamed(t, name string) (string, bool) {
	if name == "" {
		return t, false
	}
	for p, named := range map[string]string{"He ": name + " ", "She ": name + " ", "His ": name + "'s ", "Her ": name + "'s "} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return named + rest, true
		}
	}
	// after a phrase that a comma closes: "In 2002, she reported ..."
	m := leadSubject.FindStringSubmatchIndex(t)
	if m == nil {
		return t, false
	}
	named := name
	if w := t[m[4]:m[5]]; w == "his" || w == "her" {
		named = name + "'s"
	}
	return t[:m[4]] + named + t[m[5]:], true
}

// OpensOnPronoun reports whether a sentence opens on "He" or "She" as its
// subject, or on "His" or "Her" before it: "She was charged with arson.",
// "Her boat sank."
func OpensOnPronoun(sentence string) bool {
	return openingSubject.MatchString(text.Normalize(sentence))
}
