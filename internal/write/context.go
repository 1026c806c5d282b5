package write

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// A sentence taken out of its report must still say who it is about.
// These helpers find the ones that do not: a personal pronoun with no one
// named before it, and a speaker named by surname alone whom the page
// never introduces.

// personal reports whether a word in lower case is a personal pronoun of
// "he" or "she" (see analyze.PronounOf), which needs someone named
// earlier in the same sentence.
func personal(low string) bool { return analyze.PronounOf(low) != "" }

// properNouns collects the words the story capitalises where no sentence
// starts: those are names, so a sentence may open with one and still say
// who it is about ("Halvorsen told reporters ...").
// A word the story also writes in lower case, in any form ("school"
// beside "Linwood Primary School", "businesses" beside "Small Business
// Alliance"), is not a name.
func properNouns(ss []analyze.Sentence) map[string]bool {
	upper, _, _ := caseSets(ss)
	return upper
}

// caseSets returns the words the story capitalises where no sentence
// starts, less those it also writes in lower case (see properNouns); the
// words it writes only in lower case there ("may", but not when the
// story also names "Ruth May"); and the words it capitalises there alone
// after a word in lower case, which may name something alone ("Marsh
// said"), where a word it capitalises only after another capital ("Tarrow
// Women's Hospital") or only before one ("the Kell Police Department")
// may be part of a name only.
func caseSets(ss []analyze.Sentence) (upper, lower, leading map[string]bool) {
	upper, lower, leading = map[string]bool{}, map[string]bool{}, map[string]bool{}
	ends := map[string]bool{} // capitalised words seen alone, or ending a run of capitals
	for _, s := range ss {
		body, _, _ := text.Dateline(s.Text) // "Dunmere (LPN) Less than ...": the sentence starts after it
		words := strings.Fields(text.Normalize(body))
		opening := true // a place in capitals glued to the sentence ("DUNMERE Exhausted crews ...") opens it
		for k, w := range words {
			// after a colon, or where a quotation opens, a capital may
			// start a sentence of its own ("...: Hundreds of ...")
			if k == 0 || strings.HasSuffix(words[k-1], ".") || opening && allCaps(words[k-1]) ||
				strings.HasSuffix(words[k-1], ":") || strings.HasSuffix(words[k-1], "?") || strings.HasSuffix(words[k-1], "!") || strings.HasPrefix(w, `"`) {
				continue
			}
			opening = false
			core := strings.Trim(w, `,.;:!?()"'`)
			core = strings.TrimSuffix(core, "'s")
			r, _ := utf8.DecodeRuneInString(core)
			switch {
			case unicode.IsUpper(r):
				low := strings.ToLower(core)
				upper[low] = true
				inRun := !strings.ContainsAny(words[k-1], ",;()") && isCapitalised(strings.Trim(words[k-1], `,.;:!?()"'`))
				alone := k+1 == len(words) || strings.ContainsAny(w, ",;:.!?)") || !isCapitalised(strings.Trim(words[k+1], `,.;:!?()"'`))
				if !inRun && alone {
					// "In Tarrow, Marsh said": a comma parts two names;
					// "the Kell, Dunmere, Police Department" opens a
					// longer name, whose first word names nothing alone
					leading[low] = true
				}
				if !inRun || alone {
					ends[low] = true
				}
			case unicode.IsLower(r):
				lower[core] = true
			}
		}
	}
	onlyLower := map[string]bool{}
	for w := range lower {
		// a capital only inside a run of capitals, with capitals before
		// and after it ("Share This Skipper Ilse Brandt", "Tarrow Harbour
		// Board"), does not make a word the story also writes in lower
		// case a name; one that ends a run does ("Ruth May")
		if !ends[w] {
			onlyLower[w] = true
		}
		delete(upper, w)
	}
	for w := range upper {
		// "Business" beside "businesses", "Officials" beside "official":
		// the singular or plural of a word in lower case is no name;
		// a name that merely shares a stem with one ("Wente", "went")
		// stays
		one, plural := strings.TrimSuffix(w, "s"), w+"s"
		if lower[one] || lower[plural] || lower[w+"es"] || lower[strings.TrimSuffix(w, "es")] ||
			strings.HasSuffix(w, "y") && lower[strings.TrimSuffix(w, "y")+"ies"] || strings.HasSuffix(w, "ies") && lower[strings.TrimSuffix(w, "ies")+"y"] {
			delete(upper, w)
		}
	}
	return upper, onlyLower, leading
}

// selfContained reports whether every personal pronoun outside
// quotation marks has someone to refer to before it in the sentence: a
// name, or a noun for a person ("a 74-year-old man ... his car"). Where
// pronouns of both sexes speak of people and only one person is named
// before the second ("In her letter to the board, Ruth Orr says he took
// the boat"), one of them means someone the sentence does not name; "his
// or her" means anyone.
func (d *draft) selfContained(t string) bool {
	n := text.Normalize(t)
	if loc := closingPronounSpeaker.FindStringIndex(n); loc != nil && !d.namesSomeone(n[:loc[0]]) {
		return false // "Dunmere Ferries will keep the pier shut, he said.": who said?
	}
	inside := false
	words := strings.Fields(n)
	// A pronoun of an opening clause means whoever the main clause opens on.
	antecedent := d.namedAhead(words) > 0
	body := -1     // words up to here name a body or a place ("the Harbour Council"), no one a pronoun means
	people := 0    // names and nouns for a person so far
	lastName := -2 // the last word of a name so far
	sex := ""      // the sex of the first pronoun, "he" or "she"
	for k, w := range words {
		if k > body && !inside {
			if e := bodyName(words, k); e >= 0 {
				body = e
			}
		}
		q := strings.Count(w, `"`)
		if !inside && strings.HasPrefix(strings.TrimLeft(w, "("), `"`) {
			inside, q = true, q-1 // the word that opens a quotation is in it
		}
		core := strings.Trim(w, `,.;:!?()"'`)
		core = strings.TrimSuffix(core, "'s")
		low := strings.ToLower(core)
		if !inside {
			named := k > body && isCapitalised(core) && !acronym(core) && !text.IsStopWord(low) && !analyze.CalendarWord(low) && !analyze.MonthShort(low) && !(k > 0 && strings.EqualFold(words[k-1], "the") && !d.people[core])
			switch {
			case personal(low):
				if !antecedent {
					return false
				}
				if sex == "" {
					sex = analyze.PronounOf(low)
				} else if analyze.PronounOf(low) != sex && people < 2 && !eitherSex(words, k) {
					return false // "Lowe met her at the quay, when he was a pilot": who is she?
				}
			case low == "who":
				// "Lowe, who ...", "a skipper who ...": whoever comes
				// before it; "Those who sailed with her ..." and "the
				// crews who met her" name no one "her" may mean
				antecedent = antecedent || people > 0 || k > 0 && singularNoun(words[k-1])
			case analyze.PersonNoun(low):
				// "As mayor, she ...", "During 14 years as governor, he
				// ...": a role the pronoun's person had, not someone else
				// it could mean
				antecedent = antecedent || !asRole(words, k)
				people++
			case named && (k > 0 || d.proper[low]):
				// not an acronym ("At 17:30 GMT she ..."), nor a body
				// that "the" names ("The Admiralty is reading her
				// letters"), which are no one a pronoun means
				antecedent = true
				if lastName != k-1 || strings.ContainsAny(words[k-1], ",;:") {
					people++
				}
				lastName = k
			case named && !d.lower[low]:
				people++ // a name that opens the sentence, whom the story may name nowhere else
				lastName = k
			case strings.Contains(low, "-") && analyze.PersonNoun(low[strings.LastIndex(low, "-")+1:]):
				people++ // "her then-husband"
			}
		}
		if q%2 == 1 {
			inside = !inside
		}
	}
	return true
}

// singularNoun reports whether w may be a noun for one person: a word
// in lower case that is no stop word and does not end in "s".
func singularNoun(w string) bool {
	low := strings.Trim(w, `,.;:!?()"'`)
	return low != "" && low == strings.ToLower(low) && !text.IsStopWord(low) && !strings.HasSuffix(low, "s")
}

// eitherSex reports whether the pronoun at k pairs with one of the other
// sex by "or" or "and" ("his or her", "he and she"): anyone, not a second
// person.
func eitherSex(words []string, k int) bool {
	pair := func(j int) bool {
		return j >= 0 && j < len(words) && personal(strings.ToLower(strings.Trim(words[j], `,.;:!?()"'`)))
	}
	joins := func(j int) bool {
		return j >= 0 && j < len(words) && (words[j] == "or" || words[j] == "and")
	}
	return joins(k-1) && pair(k-2) || joins(k+1) && pair(k+2)
}

// closingPronounSpeaker matches a sentence that closes on its speaker
// as "he" or "she": "..., he said."
var closingPronounSpeaker = regexp.MustCompile(`, (he|she) (said|says|added|adds|noted|explained|told [a-z]+)\.$`)

// namesSomeone reports whether t names a person: by a word of the name
// of one of the story's people (see peopleNames), or by a noun for a
// person ("the harbour master", "a 74-year-old man"). A firm, a place
// or a body ("Dunmere Ferries' boats") names no one who speaks.
func (d *draft) namesSomeone(t string) bool {
	for _, w := range strings.Fields(t) {
		core := text.Unpossessive(strings.Trim(w, `,.;:!?()"'`))
		low := strings.ToLower(core)
		if d.people[core] || analyze.PersonNoun(low) {
			return true
		}
	}
	return false
}

// bodyName returns where a name that starts at words[k] ends when it is
// a body's or a place's ("the Harbour Board", "the Tarrow Harbour
// Council", "Wente County"): its last capitalised word is one of
// bodyWords, or a noun for a body stands right before it ("the news
// site Kellwire", "the newspaper Tarrow Ledger"). -1 otherwise.
func bodyName(words []string, k int) int {
	named := k > 0 && bodyNouns[strings.ToLower(strings.Trim(words[k-1], `"'(`))]
	e := -1
	for j := k; j < len(words); j++ {
		core := text.Unpossessive(strings.Trim(words[j], `,.;:!?()"'`))
		if !isCapitalised(core) || j > k && text.IsStopWord(strings.ToLower(core)) {
			break
		}
		e = j
		if strings.ContainsAny(words[j], `,.;:!?()"`) || core != strings.Trim(words[j], `,.;:!?()"'`) {
			break // a comma or a possessive ends the name
		}
	}
	if e < 0 || !named && !bodyWords[text.Unpossessive(strings.Trim(words[e], `,.;:!?()"'`))] {
		return -1
	}
	return e
}

// bodyNouns are nouns for a body or an outlet that stand before its name
// ("the news site Kellwire"): the name that follows is no one a pronoun
// means.
var bodyNouns = map[string]bool{"site": true, "website": true, "newspaper": true, "paper": true, "magazine": true,
	"network": true, "channel": true, "broadcaster": true, "outlet": true, "tabloid": true, "daily": true,
	"company": true, "firm": true, "agency": true, "group": true, "organization": true, "organisation": true,
	"publication": true, "weekly": true, "startup": true, "bank": true, "retailer": true, "carrier": true}

// leadIns open a sentence with a clause that a comma closes before the
// main one ("When asked about his plans, Brandt said ..."), as do the
// words that open a phrase ("In a bid to free herself, Marsh ...") and
// participles ("Facing his critics, Brandt ...").
var leadIns = map[string]bool{"when": true, "after": true, "before": true, "while": true, "as": true, "since": true,
	"once": true, "although": true, "though": true, "if": true, "until": true, "asked": true, "speaking": true}

// namedAhead returns where the main clause starts when a sentence opens
// with a clause of its own and the main clause opens on a name or a noun
// for a person: a pronoun in the opening clause ("When asked if his
// crews would stay, Brandt said ...") means that person, as a reader
// takes it. An aside between dashes inside the opening clause is
// passed over. -1 when the sentence does not open so.
func (d *draft) namedAhead(words []string) int {
	if len(words) == 0 {
		return -1
	}
	first := strings.ToLower(strings.Trim(words[0], `"(`))
	if !leadIns[first] && !analyze.OpensPhrase(first) && !analyze.OpensClause(first) && !(len(first) > 5 && strings.HasSuffix(first, "ing")) {
		return -1
	}
	// after a phrase, a name that a comma closes may stand beside the
	// phrase's last noun ("Among the claims about his father, Kim Lowe,
	// was ..."), not open the main clause
	phrase := !leadIns[first]
	aside := false
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		if strings.Trim(w, "-–—―") == "" {
			if !aside && !isCapitalised(words[k+1]) {
				aside = true // an aside opens; its closing dash ends the clause
				continue
			}
		} else if !strings.HasSuffix(w, ",") || aside || strings.Count(strings.Join(words[:k+1], " "), `"`)%2 == 1 {
			continue
		}
		next := strings.Trim(words[k+1], `,.;:!?()"'`)
		low := strings.ToLower(next)
		if analyze.PersonNoun(low) || isCapitalised(next) && !text.IsStopWord(low) && !analyze.CalendarWord(low) {
			if phrase && nameClosedByComma(words[k+1:]) {
				return -1
			}
			return k + 1
		}
		if low == "the" || low == "a" || low == "an" {
			// "the harbour master", "a former deputy mayor"
			for j := k + 2; j < len(words) && j <= k+4; j++ {
				w := strings.ToLower(strings.Trim(words[j], `,.;:!?()"'`))
				if analyze.PersonNoun(w) {
					return k + 1
				}
				if strings.ContainsAny(words[j], ",;:") || text.IsStopWord(w) {
					break
				}
			}
		}
		return -1
	}
	return -1
}

// nameClosedByComma reports whether words open with a name, its words
// capitalised, that a comma closes.
func nameClosedByComma(words []string) bool {
	for _, w := range words {
		if !isCapitalised(strings.Trim(w, `"'(`)) {
			return false
		}
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// needsIntro returns the first name a reader would not know when
// sentence i, published as t, calls someone by one word of their name
// ("Anand said", "the women Lambach recruited", "Randy drove them",
// "Marsh and Wells found") and does not itself give the whole name; ""
// otherwise. See needsIntros.
func (d *draft) needsIntro(i int, t string) string {
	if ns := d.needsIntros(i, t); len(ns) > 0 {
		return ns[0]
	}
	return ""
}

// unintroduced returns the first name of sentence i, published as t,
// that needs an introduction (see needsIntros) which neither the page
// nor pending gives; "" when every one has it.
func (d *draft) unintroduced(i int, t string, pending []string) string {
	for _, n := range d.needsIntros(i, t) {
		if !d.introduced(n, pending) {
			return n
		}
	}
	return ""
}

// needsIntros returns every name that sentence i, published as t, calls
// someone by one word of and does not itself give in full, its speaker
// first. Only a word of a name that the story gives in full somewhere
// (see peopleNames) is one: a company, a country or a body that speaks
// in one word ("Kellgas said") is no one's surname, and nothing the page
// could print would introduce it.
//
// On a page drafted with bareNames, a name that no sentence the page may
// carry gives in full is not asked for: the page cannot introduce it.
func (d *draft) needsIntros(i int, t string) []string {
	var out []string
	sp := d.a.Sentences[i].Speaker
	if sp != "" && !strings.Contains(sp, " ") && isCapitalised(sp) && d.people[sp] && d.proper[strings.ToLower(sp)] && !afterArticle(t, sp) && !d.hasFullName(t, sp) && d.introducible(sp) && !d.expandable(i, t, sp) {
		out = append(out, sp)
	}
	for _, n := range d.namesOf(t) {
		n = text.Unpossessive(n)
		if f := strings.Fields(n); suffixedSurname(f) {
			n = f[0] // "Greer Sr." calls Tomas Greer Sr. by his surname
		}
		if !strings.Contains(n, " ") && d.people[n] && (d.proper[strings.ToLower(n)] || inside(t, n)) && !d.hasFullName(t, n) && d.introducible(n) && !d.expandable(i, t, n) && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// afterArticle reports whether t writes the word w after an article
// ("according to a Tarrow Wire tally", "the Ledger count"): a name that
// says whose the thing is, an organisation's, not a person called by
// surname.
func afterArticle(t, w string) bool {
	words := strings.Fields(t)
	for k := 1; k < len(words); k++ {
		if text.Unpossessive(strings.Trim(words[k], `,.;:!?()"'“”‘’`)) == w && articles[strings.ToLower(words[k-1])] {
			return true
		}
	}
	return false
}

// inside reports whether t writes the word w, capitalised, after its
// first word: a surname the story gives in full ("Taylor Wells") is a
// name there even when the story also writes it as a common word
// ("oil wells").
func inside(t, w string) bool {
	for k, x := range strings.Fields(t) {
		if k > 0 && text.Unpossessive(strings.Trim(x, `,.;:!?()"'“”‘’`)) == w {
			return true
		}
	}
	return false
}

// introducible reports whether the page could name the surname in full:
// always, unless the draft allows bare names (see Writer.Write), and then
// only when a sentence that may be published as a fact gives it.
func (d *draft) introducible(surname string) bool {
	if !d.bareNames {
		return true
	}
	if v, ok := d.introCache[surname]; ok {
		return v
	}
	found := false
	for i := range d.a.Sentences {
		if t, ok := d.usable(i, asFact); ok && d.hasFullName(t, surname) {
			found = true
			break
		}
	}
	if d.introCache == nil {
		d.introCache = map[string]bool{}
	}
	d.introCache[surname] = found
	return found
}

// bodyWords end names of bodies and places, not people.
var bodyWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Department Police Court House Senate Congress Party Committee
		Council Commission Agency Authority Office Ministry Service Services University College School
		Hospital Center Centre Company Corporation Inc Corp Group Bank Fund Foundation Institute Association
		Alliance Coalition Society Trust Partners Cooperative Organization Organisation
		Union Board Times News Post Journal Press Herald Tribune Network Street Avenue Road County City
		State States Kingdom Republic River Lake Park Airport Station Island Islands Church Army Navy
		Force Guard Administration Bureau Airlines Times Street Square Hall Club Team League Cup Games Local
		Initiative Project Program Programme Campaign Federation Confederation Chamber Assembly Parliament
		LLC Ltd Plc PLC Co
		Forum Secretariat`) {
		bodyWords[w] = true
	}
}

// placeHeads open names of places, not people ("New York", "South
// Korea", "Great Britain").
var placeHeads = map[string]bool{
	"New": true, "North": true, "South": true, "East": true, "West": true, "Great": true, "Los": true,
	"Las": true, "San": true, "Santa": true, "Saint": true, "St": true, "El": true, "United": true,
	"Upper": true, "Lower": true, "Central": true, "Northern": true, "Southern": true, "Eastern": true,
	"Western": true, "Fort": true, "Port": true, "Mount": true, "Lake": true, "Cape": true,
	"Northeast": true, "Northwest": true, "Southeast": true, "Southwest": true, "Downtown": true,
	"Democratic": true, "Republican": true,
}

// nameGoesOn reports whether the name n of two words or more goes on in
// t past a possessive, with a capital: "Tarrow Women's Hospital" is one
// name, of which "Tarrow Women" is no one's.
func nameGoesOn(t, n string) bool {
	if !strings.Contains(n, " ") {
		return false
	}
	for _, mark := range []string{"'s ", "’s "} {
		for rest := t; ; {
			i := strings.Index(rest, n+mark)
			if i < 0 {
				break
			}
			rest = rest[i+len(n+mark):]
			if isCapitalised(rest) {
				return true
			}
		}
	}
	return false
}

// bodyTail reports whether name n stands in t after a capitalised word
// and "for", as the end of a body's name that text.Names cuts in two
// ("the Centre for Harbour Safety" gives "Centre" and "Harbour Safety"):
// no person is named so.
func bodyTail(t, n string) bool {
	k := strings.Index(t, n)
	if k < 0 {
		return false
	}
	before := strings.Fields(t[:k])
	return len(before) >= 2 && before[len(before)-1] == "for" && isCapitalised(before[len(before)-2])
}

// withoutHome returns the words of a name without the place that "of"
// gives after two words or more: "Lena Marsh of Dunmere" is Lena Marsh,
// from Dunmere. An "of" after one word makes the name ("Bank of
// Tarrow", "Duke of Kell"), and a body's name keeps its place ("Royal
// Bank of Tarrow"; see bodyWords).
func withoutHome(f []string) []string {
	for k := 2; k < len(f)-1; k++ {
		if f[k] == "of" {
			if bodyWords[f[k-1]] {
				return f
			}
			return f[:k]
		}
	}
	return f
}

// peopleNames are the surnames of the story's people: the last word of
// every name of two or three capitalised words, after any titles before
// them ("Harbour Board Chair Lena Marsh"), that is not a body's or a
// place's name (see bodyWords, placeHeads) and not an acronym.
//
// A name whose first word the story uses as a name on its own more often
// than it opens a longer name ("Dunmere", "Tideway", "May") is a
// place's, a body's or a thing's, or a person's surname followed by
// something of theirs ("May's harbour plan"), not a first name and a
// surname; or, when both the name and that word alone are someone who
// speaks, a family name written first.
func peopleNames(ss []analyze.Sentence) map[string]bool {
	var names [][]string
	alone, heads := map[string]int{}, map[string]int{}
	for _, s := range ss {
		if furniture(s.Text) != "" || headingLine(s.Text) {
			continue // a caption, a label or a heading: "View Slideshow Ukrainian workers ...", "Sloppy Tarrow" name no one
		}
		for _, n := range text.Names(s.Text) {
			if f := strings.Fields(n); len(f) == 2 && strings.HasPrefix(s.Text, n) && allCaps(f[0]) {
				continue // "DUNMERE Exhausted": a dateline glued to the sentence's first word
			}
			if nameGoesOn(s.Text, n) || bodyTail(s.Text, n) {
				continue // "the Tarrow Women's Hospital", "the Centre for Harbour Safety": a body's name
			}
			f := withoutNameSuffix(strings.Fields(text.Unpossessive(n))) // "Harry Lowe III"
			f = withoutHome(f)
			if suffixedSurname(f) {
				f = f[:1] // "Lowe Jr." is Lowe alone
			}
			if len(f) > 3 {
				// "Harbour Board Chair Lena Marsh" is Lena Marsh after her titles
				if full := fullForm(strings.Join(f, " "), f[len(f)-1]); full != "" {
					f = strings.Fields(full)
				}
			}
			switch {
			case len(f) == 1:
				alone[f[0]]++
			case len(f) > 1:
				heads[text.Unpossessive(f[0])]++
			}
			names = append(names, f)
		}
	}
	speakers := map[string]bool{}
	for _, s := range ss {
		speakers[s.Speaker] = true
	}
	out := map[string]bool{}
	// a surname that two or more first names come before is a family's
	// ("Alan Marsh", "Robin Marsh"), however often the story calls
	// each of them by first name alone
	firstsOf := map[string]map[string]bool{}
	for _, f := range names {
		if len(f) == 2 && firstNameWord(f[0]) {
			if w, ok := surname(strings.Join(f, " ")); ok {
				if firstsOf[w] == nil {
					firstsOf[w] = map[string]bool{}
				}
				firstsOf[w][f[0]] = true
			}
		}
	}
	for w, firsts := range firstsOf {
		if len(firsts) >= 2 {
			out[w] = true
		}
	}
	for _, f := range names {
		// a first name may stand alone now and then ("Harry does ..."),
		// a place or a body more often than it opens a longer name
		if first := text.Unpossessive(f[0]); len(f) < 2 || alone[first] > heads[first] {
			// ... unless the name and its first word alone both speak:
			// a family name written first ("spokesman Tan Wei said ...",
			// then "Tan said ..."), whom a reader must meet in full
			if len(f) == 2 && speakers[strings.Join(f, " ")] && speakers[first] && !bodyWords[f[1]] && !placeHeads[first] {
				out[first] = true
			}
			continue
		}
		if w, ok := surname(strings.Join(f, " ")); ok {
			out[w] = true
		}
	}
	return out
}

// headingLine reports whether t is a heading set in title case, as a live
// report heads its entries ("82': Sloppy Tarrow", "Halftime: Two Lowe
// Goals Give Dunmere the Lead"): it closes on no stop of a sentence, and
// every word of it with letters is capitalised, but for short words of
// grammar ("the", "of"). Its capitals make names of words that are none.
func headingLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".?!\"”'’") {
		return false
	}
	words := 0
	for _, w := range strings.Fields(t) {
		w = strings.Trim(w, `"'“”‘’()[],;:!?.…-–—`)
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if !isCapitalised(w) {
			if len(w) <= 3 && text.IsStopWord(w) {
				continue
			}
			return false
		}
		words++
	}
	return words >= 2
}

// surname returns the last word of a name that looks like a person's.
func surname(name string) (string, bool) {
	f := strings.Fields(text.Unpossessive(name))
	if len(f) < 2 || len(f) > 3 || bodyWords[f[len(f)-1]] || placeHeads[f[0]] || text.IsStopWord(strings.ToLower(f[0])) {
		return "", false
	}
	for _, w := range f[:len(f)-1] {
		if !isCapitalised(w) {
			return "", false // "CEO of Carbonite": a post at a body
		}
	}
	last := f[len(f)-1]
	if acronym(last) || analyze.CalendarWord(strings.ToLower(last)) || analyze.IsHonorific(strings.ToLower(last)) {
		return "", false // "Outgoing Sen. Lena Marsh" reads as "Outgoing Sen" and "Lena Marsh"
	}
	return last, true
}

// introduced reports whether the page (or one of the pending texts)
// names the person in full: a name of two words or more ending in the
// surname. For a sentence read after everything placed (see draft.late),
// a placed mention of the surname that namesInFull will give in full
// counts too.
func (d *draft) introduced(surname string, pending []string) bool {
	for _, t := range append(append([]string(nil), d.texts...), pending...) {
		if d.hasFullName(t, surname) {
			return true
		}
	}
	if d.late {
		// read after all that is placed, the sentence meets the person
		// where namesInFull names them in full: at a placed mention
		// that may take the full name
		for j := range d.placed {
			if t, ok := d.usable(j, asFact); ok && d.expandable(j, t, surname) {
				return true
			}
		}
	}
	return false
}

// suffixedSurname reports whether a name's words are a surname and a
// suffix ("Greer Sr."): one word of a name, as a surname alone is.
func suffixedSurname(f []string) bool {
	return len(f) == 2 && analyze.NameSuffix(f[1])
}

func (d *draft) hasFullName(t, name string) bool {
	for _, n := range d.namesOf(t) {
		f := strings.Fields(text.Unpossessive(n))
		if suffixedSurname(f) {
			continue // "Greer Sr." is a surname still
		}
		if len(f) >= 2 && slices.Contains(f, name) {
			return true
		}
	}
	return false
}

// introFor finds the sentence that introduces the speaker of sentence i:
// one of the two sentences before it in the same report, which names
// the surname in full. It returns -1 when there is none.
func (d *draft) introFor(i int, surname string) int {
	s := d.a.Sentences[i]
	for _, j := range d.a.Reports[s.Report].Sentences {
		o := d.a.Sentences[j]
		if o.Index < s.Index && o.Index >= s.Index-2 && d.hasFullName(o.Text, surname) {
			return j
		}
	}
	return -1
}

// asRole reports whether the person noun words[k] names a role after
// "as" that a comma closes ("During 14 years as mayor, she ...", "As a
// harbour pilot, he ..."), which tells what someone was rather than
// who; "as a man ran from the house, his father ..." names someone.
func asRole(words []string, k int) bool {
	if !strings.HasSuffix(words[k], ",") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		low := strings.ToLower(strings.Trim(words[j], `,.;:!?()"'`))
		if low == "as" {
			return true
		}
		if strings.ContainsAny(words[j], ",;:") || isCapitalised(strings.Trim(words[j], `,.;:!?()"'`)) && j > 0 {
			return false
		}
	}
	return false
}
