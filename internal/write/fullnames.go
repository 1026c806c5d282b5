package write

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// fullName returns how the story's reports name in full the person
// whose surname this is ("Lena Ramos"), when every name in the reports
// that ends in the surname and gives a first name gives the same one; ""
// when none does or two differ ("Lena Ramos" and "Paul Ramos"). Titles
// before the first name are left out ("President Lena Ramos" gives "Lena
// Ramos"); of the forms used ("Lena Ramos", "Lena B. Ramos"), the most
// common wins, with the name before it when at least two mentions give
// the same one ("Lena Ilse Ramos", not "Ilse Ramos").
func (d *draft) fullName(surname string) string {
	if v, ok := d.fullCache[surname]; ok {
		return v
	}
	forms := map[string]int{} // full names by how often they are used
	firsts := map[string]bool{}
	before := map[string]string{} // full name -> the word before it every time, "" if none or several
	for _, s := range d.a.Sentences {
		if d.isFurniture(s.Text) {
			continue // "View Slideshow Ukrainian workers ..." names no one
		}
		for _, n := range d.namesOf(s.Text) {
			if form := fullForm(n, surname); form != "" {
				if first, _, _ := strings.Cut(form, " "); strings.HasPrefix(s.Text, form) && notFirstName(strings.ToLower(first), d.lower) {
					continue // "Now Marsh says ...", "Seven Republicans voted ...": a capital that opens a sentence
				}
				w := wordBeforeName(n, form)
				if b, seen := before[form]; seen && b != w {
					w = ""
				}
				before[form] = w
				forms[form]++
				firsts[strings.Fields(form)[0]] = true
			}
		}
	}
	// "Lena Ilse Marsh" beside "Lena Marsh": the first name of the
	// form "Ilse Marsh" is the one always before it, which another form
	// gives as a first name
	for f, n := range forms {
		first, _, _ := strings.Cut(f, " ")
		if b := before[f]; b != "" && b != first && firsts[b] {
			delete(forms, f)
			delete(firsts, first)
			forms[b+" "+f] += n
		}
	}
	full := ""
	if len(firsts) == 1 && !d.titledApart(surname) {
		for f, n := range forms {
			if full == "" || n > forms[full] || n == forms[full] && (len(f) < len(full) || len(f) == len(full) && f < full) {
				full = f
			}
		}
	}
	// a first name that always comes after the same name is a middle
	// name: "Justice Lena Ilse Marsh", twice, is "Lena Ilse Marsh"
	if w := before[full]; w != "" && forms[full] >= 2 {
		full = w + " " + full
	}
	if d.fullCache == nil {
		d.fullCache = map[string]string{}
	}
	d.fullCache[surname] = full
	return full
}

// givenFullName returns how the story's reports name in full the person
// whom they also call by this first name alone ("Lena" for "Lena
// Ramos"), as features on people in the news do: someone who speaks
// under that name alone ("Lena said"), whom one full name of two or
// three words opens with it, and no name ends with it. A word that
// speaks nowhere ("Tarrow" of "Tarrow Harbour", "Dunmere" in "Dunmere
// ferries") is a place or a body, and stays. "" otherwise.
func (d *draft) givenFullName(given string) string {
	if v, ok := d.givenCache[given]; ok {
		return v
	}
	full := ""
	if firstNameWord(given) && d.speaksAlone(given) {
		found := map[string]bool{}
		for _, s := range d.a.Sentences {
			if d.isFurniture(s.Text) {
				continue
			}
			for _, n := range d.namesOf(s.Text) {
				f := withoutNameSuffix(strings.Fields(text.Unpossessive(n)))
				switch {
				case len(f) >= 2 && f[len(f)-1] == given:
					found[""] = true // a surname too: "Paul Lena" is someone else
				case len(f) >= 2 && len(f) <= 3 && f[0] == given && !bodyWords[f[len(f)-1]] && fullForm(strings.Join(f, " "), f[len(f)-1]) == strings.Join(f, " "):
					found[strings.Join(f, " ")] = true
				}
			}
		}
		if len(found) == 1 && !found[""] {
			for f := range found {
				full = f
			}
		}
	}
	if d.givenCache == nil {
		d.givenCache = map[string]string{}
	}
	d.givenCache[given] = full
	return full
}

// speaksAlone reports whether someone speaks under the one word w in a
// sentence of the story: its speaker, or the word next to a verb of
// saying ("Lena said", "says Lena").
func (d *draft) speaksAlone(w string) bool {
	for _, s := range d.a.Sentences {
		if d.isFurniture(s.Text) {
			continue // "VIDEO: Storm damage at Tarrow quay" has no speaker
		}
		if s.Speaker == w {
			return true
		}
		words := strings.Fields(s.Text)
		for k, raw := range words {
			if text.Unpossessive(strings.Trim(raw, `"'“”‘’(),.;:`)) != w {
				continue
			}
			before := ""
			if k > 0 {
				before = strings.ToLower(strings.Trim(words[k-1], `,.;:"'“”‘’`))
			}
			if k+1 < len(words) && speechVerb(strings.ToLower(strings.Trim(words[k+1], `,.;:"'”’`))) ||
				speechVerb(before) && !tellVerbs[verbStem(before)] { // "told Kellwire": who heard, not who spoke
				return true
			}
		}
	}
	return false
}

// titledApart reports whether a sentence of the reports calls someone
// by this surname under an office before it names someone with the
// surname in full ("Mayor Marsh and harbour master Ilse Marsh"): two
// people share the surname, and the one named in full cannot stand for
// the other. One person under several titles across the reports
// ("Senator Marsh", "committee chair Ilse Marsh"), or under a courtesy
// title after the full name ("Sen. Ilse Marsh ... Ms. Marsh"), is not
// two.
func (d *draft) titledApart(surname string) bool {
	for _, s := range d.a.Sentences {
		if d.isFurniture(s.Text) || !strings.Contains(s.Text, surname) {
			continue
		}
		words := strings.Fields(s.Text)
		titled := false
		for k, raw := range words {
			if k == 0 || text.Unpossessive(strings.Trim(raw, `,.;:"'“”‘’()`)) != surname {
				continue
			}
			j := k - 1
			for j > 0 && text.Initial(words[j]) {
				j--
			}
			if firstNameWord(strings.Trim(words[j], `"'“‘(`)) {
				if titled {
					return true
				}
				break // "Sen. Lena Marsh ... Mr. Marsh": one person
			}
			if title := strings.ToLower(strings.Trim(words[k-1], `,;:"'“”‘’().`)); (roleWords[title] || officeShort[title]) && !courtesyTitles[title] {
				titled = true
			}
		}
	}
	return false
}

// officeShort are short forms of offices that go before a name.
var officeShort = map[string]bool{"sen": true, "gov": true, "rep": true, "gen": true, "lt": true, "sgt": true, "col": true, "pres": true}

// fullForm returns the full name that name gives the person with this
// surname, titles left out ("Lena B. Ramos" from "Mayor Lena B. Ramos's"),
// or "". A first name holds no apostrophe: "I'm Lena" and "Harbour's
// Lena" name no "I'm Lena".
func fullForm(name, surname string) string {
	f := withoutNameSuffix(strings.Fields(text.Unpossessive(name)))
	if len(f) < 2 || f[len(f)-1] != surname {
		return ""
	}
	// the word before the surname, or before its initials ("Lena B.
	// Ramos"), after any title ("Sgt. Lena Ramos")
	k := len(f) - 2
	for k > 0 && text.Initial(f[k]) {
		k--
	}
	if !firstNameWord(f[k]) {
		return ""
	}
	return strings.Join(f[k:], " ")
}

// firstNameWord reports whether a word before a surname can be a first
// name: capitalised, and no title, place, particle or opening word.
func firstNameWord(first string) bool {
	low := strings.ToLower(first)
	return !(!isCapitalised(first) || acronym(first) || nameParticles[low] || strings.ContainsAny(first, ".,;:'’") || text.IsStopWord(low) || titleModifiers[low] || first == "I" ||
		placeHeads[first] || bodyWords[first] || analyze.CalendarWord(low) || notFirstNames[low] || analyze.OpensClause(low) || analyze.OpensPhrase(low) ||
		analyze.IsHonorific(low) || titleWords[low])
}

// wordBeforeName is the word that name, a name as a sentence gives it,
// holds before full, the full name fullForm found in it, when that word
// could be a first name too ("Lena" in "Justice Lena Ilse Marsh" before
// "Ilse Marsh"); "" otherwise.
func wordBeforeName(name, full string) string {
	f := withoutNameSuffix(strings.Fields(text.Unpossessive(name)))
	k := len(f) - len(strings.Fields(full)) - 1
	if k < 0 {
		return ""
	}
	if low := strings.ToLower(f[k]); !firstNameWord(f[k]) || roleWords[low] || sideWords[low] {
		return ""
	}
	return f[k]
}

// sideWords go before a name, as roleWords do, for a rank, a calling or
// a side, never as part of it: "Sheriff Lena Marsh", "Democrat Lena
// Marsh".
var sideWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`sheriff marshal trooper agent detective major corporal private constable envoy
		archbishop cardinal pastor reverend rabbi imam father sister brother lord lady sir dame
		duke duchess emperor sultan sheikh skipper congressman congresswoman councilman
		councilwoman assemblyman assemblywoman delegate alderman treasurer comptroller
		controller democrat democrats democratic republican republicans independent conservative
		liberal labour socialist progressive veteran rookie striker defender goalkeeper
		quarterback pitcher forward guard winger actor actress singer rapper author novelist
		artist anchor host columnist ceo`) {
		sideWords[w] = true
	}
}

// notFirstNames are words that open a sentence before a surname without
// being a first name: "Neither Marsh nor the council would comment".
var notFirstNames = map[string]bool{
	"neither": true, "either": true, "nor": true, "not": true, "no": true, "unlike": true, "like": true,
	"every": true, "ask": true, "dear": true, "thank": true, "thanks": true, "meet": true,
}

// nameParticles join a surname of two words ("del Castillo", "Van Buren"):
// no first name, and no sign that the surname stands alone.
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "da": true, "di": true, "van": true, "von": true,
	"der": true, "den": true, "la": true, "le": true, "du": true, "al": true, "el": true, "bin": true, "ibn": true,
}

// titleWords go before a name as a post, not as a first name ("Senate
// Majority Leader", "Coach"); honorifics (analyze.IsHonorific) are the
// rest.
var titleWords = map[string]bool{
	"majority": true, "minority": true, "leader": true, "coach": true, "star": true,
	"attorney": true, "general": true, "speaker": true, "chief": true, "justice": true,
}

// expandable reports whether the page may name the person with this
// surname in full where sentence i, published as t, calls them by it
// alone: the story gives one full name for the surname, i's own report
// gives it too, so the verifier finds the name where the sentence comes
// from, and t has a mention that may take it (see withFullName).
func (d *draft) expandable(i int, t, surname string) bool {
	full := d.fullName(surname)
	if full == "" || !d.reports[d.a.Sentences[i].Report].names(full) {
		return false
	}
	_, ok := withFullName(t, "", surname, full)
	return ok
}

// names reports whether the report gives this name word for word.
func (r *report) names(full string) bool {
	return r.gives(strings.Join(text.Tokens(text.Normalize(full)), " "))
}

// namesInFull gives every person that the page calls by surname alone
// their full name where a reader first meets them, in reading order: the
// first sentence that mentions "Ramos" says "Lena Ramos" instead, as an
// editor would write it, when the story gives one full name for the
// surname and the new sentence still passes the verifier (its primary
// report gives the full name, and every other cite holds it). Quotations
// are never touched; a surname after another capitalised word (a title,
// "Mr.") is left as it is. The names it adds can take a report past the
// per-source word cap, which withinCap then restores.
func (d *draft) namesInFull(p *news.Page, v *verifier) {
	given := map[string]bool{}
	mapSentences(p, func(where string, s news.Sentence) news.Sentence {
		body, ok := news.Unattributed(s)
		if !ok {
			return s
		}
		for _, w := range d.mentions(body) {
			if given[w] || !d.person(w) {
				continue
			}
			t, ok := d.inFull(s.Text, s.AttributedTo, w)
			if !ok {
				continue
			}
			next := s
			next.Text = t
			if len(v.check(where, next)) == 0 {
				s = next
			}
		}
		for _, n := range d.namesOf(s.Text) {
			if f := strings.Fields(text.Unpossessive(n)); len(f) >= 2 {
				given[f[len(f)-1]] = true
				given[f[0]] = true // after "Lena Ramos", "Lena" alone is she
			}
		}
		return s
	})
}

// headlineInFull is the headline with each person it calls by surname
// alone named in full, as namesInFull names them in the page's
// sentences: the headline is where a reader meets them first. A name
// that the story does not settle, or that would make the headline too
// long, stays as it is.
func (d *draft) headlineInFull(h string) string {
	for _, w := range d.mentions(h) {
		if !d.person(w) {
			continue
		}
		if full := d.fullName(w); full != "" && !d.anyReportNames(full) {
			continue
		}
		if t, ok := d.inFull(h, "", w); ok && utf8.RuneCountInString(t) <= maxHeadline {
			h = t
		}
	}
	return h
}

// namesLeftBare reports whether headline h, once headlineInFull has
// named its people in full, still calls someone by surname alone whom
// the reports name in full: there was no room for the name.
func (d *draft) namesLeftBare(h string) bool {
	h = d.headlineInFull(h)
	words := strings.Fields(h)
	for k, raw := range words {
		w := text.Unpossessive(strings.Trim(raw, `,.;:"'“”‘’()`))
		// a comma, a semicolon or a colon ends a name: in "... with
		// the Tarrow Gazette, Marsh said" Marsh stands alone
		inName := k > 0 && isCapitalised(strings.Trim(words[k-1], `"'“‘(`)) && !strings.ContainsAny(words[k-1], ",;:") ||
			k+1 < len(words) && isCapitalised(strings.Trim(words[k+1], `"'“‘(`)) && !strings.ContainsAny(raw, ",;:")
		if inName || !isCapitalised(w) || !d.person(w) {
			continue // a word of a name of two or more: named in full
		}
		if full := d.fullName(w); full != "" && full != w && d.anyReportNames(full) {
			return true
		}
	}
	return false
}

// notFirstName reports whether a word, in lower case, that opens a
// sentence before a name is no first name: a stop word, a count, an
// adverb of time ("Now Marsh says ..."), or a word the story writes in
// lower case elsewhere ("fellow").
func notFirstName(low string, lower map[string]bool) bool {
	return text.IsStopWord(low) || analyze.IsNumberWord(low) || openingAdverbs[low] || lower[low]
}

// openingAdverbs open sentences before a name: "Now Marsh says ...",
// "Meanwhile Lowe ...".
var openingAdverbs = map[string]bool{"now": true, "then": true, "meanwhile": true, "later": true, "today": true,
	"yesterday": true, "still": true, "also": true, "instead": true, "fellow": true}

// anyReportNames reports whether a report of the story gives this name
// word for word.
func (d *draft) anyReportNames(full string) bool {
	for _, r := range d.reports {
		if r.names(full) {
			return true
		}
	}
	return false
}

// mentions are the one-word names of a sentence, its first word
// included when the story writes it capitalised mid-sentence (text.Names
// cannot tell a name from a capital that opens a sentence), and a
// person's surname that the story also writes as a word where the
// sentence writes it capitalised after its first word (see inside).
func (d *draft) mentions(t string) []string {
	var out []string
	first, _, _ := strings.Cut(t, " ")
	first = text.Unpossessive(strings.Trim(first, `,.;:"'“‘`))
	if isCapitalised(first) && d.proper[strings.ToLower(first)] {
		out = append(out, first)
	}
	for _, n := range d.namesOf(t) {
		// a surname that is also a word ("Wells", "wells") is a name
		// where the sentence writes it capitalised after its first word
		if w := text.Unpossessive(n); !strings.Contains(w, " ") && (d.proper[strings.ToLower(w)] || d.people[w] && inside(t, w)) {
			out = append(out, w)
		}
	}
	return out
}

// person reports whether a word is a surname of someone in the story: a
// surname of the people the reports name in full (see peopleNames) that
// the story does not write as a place's (see placeName), or one word
// that names who speaks in a sentence; never an adjective made of a name
// (see hyphenAdjective).
func (d *draft) person(w string) bool {
	if acronymLike(w) || hyphenAdjective(w) {
		return false
	}
	for _, s := range d.a.Sentences {
		if s.Speaker == w {
			return true
		}
	}
	return d.people[w] && !(d.placeName(w) && !d.fullInside(w))
}

// fullInside reports whether a sentence of the story names someone in
// full with the surname w other than at its start, where any word has a
// capital ("Relative Tarrow newcomer ..."): "the officers did not buckle
// in Lowe" is Paul Lowe when "officers arrested Paul Lowe" is written too.
func (d *draft) fullInside(w string) bool {
	for _, s := range d.a.Sentences {
		for _, n := range d.namesOf(s.Text) {
			f := strings.Fields(text.Unpossessive(n))
			if len(f) >= 2 && f[len(f)-1] == w && !strings.HasPrefix(s.Text, n) {
				return true
			}
		}
	}
	return false
}

// placeName reports whether the story writes w where a place goes: right
// after "in", "around", "near", "outside", "across" or "throughout",
// not in the possessive ("snow fell around Tarrow", but not "in Marsh's
// view"). Unless the story names someone in full with it inside a
// sentence (see fullInside), such a word is a place and no surname.
func (d *draft) placeName(w string) bool {
	for _, s := range d.a.Sentences {
		words := strings.Fields(s.Text)
		for k := 1; k < len(words); k++ {
			if strings.Trim(words[k], `,.;:!?)"'”’`) == w && placePrepositions[words[k-1]] {
				return true
			}
		}
	}
	return false
}

// placePrepositions go before the name of a place, and hardly ever
// before a person's.
var placePrepositions = map[string]bool{"in": true, "around": true, "near": true, "outside": true, "across": true, "throughout": true}

// acronymLike reports whether a word has three capitals or more
// ("StEP", "NASA"): a body's short name, not a surname ("McKay" and
// "DeLuca" have two).
func acronymLike(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 3
}

// inFull returns t with its first mention of w, a surname or a first
// name alone, written as the story names the person in full (see
// fullName and givenFullName); false when the story does not settle
// the name or t names the person in full already.
func (d *draft) inFull(t, outlet, w string) (string, bool) {
	full := d.fullName(w)
	if full == "" {
		// a first name stands where the full name would: "Lena" becomes
		// "Lena Ramos" unless a capital follows it ("Lena Ramos" already)
		full = d.givenFullName(w)
	}
	if full == "" {
		return "", false
	}
	return withFullName(t, outlet, w, full)
}

// withFullName returns t with the first mention of the surname outside
// quotation marks, and outside the attribution to the outlet, written as
// full; false when there is no such mention, or it follows another
// capitalised word, a particle of a longer surname or an article.
func withFullName(t, outlet, surname, full string) (string, bool) {
	from := 0
	if outlet != "" && strings.HasPrefix(t, news.Attribution(outlet)) {
		from = len(news.Attribution(outlet))
	}
	inside := strings.Count(strings.NewReplacer("“", `"`, "”", `"`).Replace(t[:from]), `"`)%2 == 1
	for k := from; k < len(t); {
		r, size := utf8.DecodeRuneInString(t[k:])
		if r == '"' || r == '“' || r == '”' {
			inside = !inside
		}
		if !inside && strings.HasPrefix(t[k:], surname) && wordStart(t, k) && wordEnd(t, k+len(surname)) {
			prev := previousWord(t[:k])
			if given := strings.Fields(strings.TrimSuffix(full, surname)); len(given) > 0 && strings.EqualFold(prev, given[len(given)-1]) {
				return "", false // named in full already, its first word lowered after an attribution
			}
			if prev != "" && isCapitalised(prev) && !strings.HasSuffix(prev, ",") || nameParticles[strings.ToLower(prev)] || articles[strings.ToLower(prev)] {
				// part of a longer name ("Kate del Castillo"), or the
				// surname as a modifier ("the Ramos administration")
				return "", false
			}
			if next, _, _ := strings.Cut(strings.TrimSpace(t[k+len(surname):]), " "); !strings.ContainsAny(t[k+len(surname):min(len(t), k+len(surname)+1)], ",.;:") && isCapitalised(strings.Trim(next, `"'“‘(`)) {
				return "", false // the first word of a longer name: "Marsh Lowe" is someone else
			}
			return t[:k] + full + t[k+len(surname):], true
		}
		k += size
	}
	return "", false
}

// wordStart reports whether a word may start at byte k of t.
func wordStart(t string, k int) bool {
	if k == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t[:k])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.'
}

// wordEnd reports whether a word may end at byte k of t.
func wordEnd(t string, k int) bool {
	if k == len(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
}

// previousWord is the last word of s, "" when there is none.
func previousWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], `"'“‘(`)
}

// maxNamedCut is the most full names containsNamed tries cutting back,
// in every combination.
const maxNamedCut = 6

// containsNamed returns the sentence as the report holds it once names
// that the writer gave in full (see namesInFull) are cut back to their
// surnames or their first names, where the report itself gives each of
// those names in full somewhere; "" when no such cut makes a sentence of
// the report.
func (r *report) containsNamed(sentence string) string {
	var full []string
	for _, n := range text.Names(sentence) {
		// a person's name: a first name and a surname, with a middle
		// name or initial at most ("Film Society of Lincoln Center" is
		// no name the writer gives in full)
		f := strings.Fields(text.Unpossessive(n))
		if len(f) >= 2 && len(f) <= 3 && r.names(strings.Join(f, " ")) {
			full = append(full, strings.Join(f, " "))
		}
	}
	if len(full) == 0 || len(full) > maxNamedCut {
		return ""
	}
	// each name cut back to its surname, or to the first name alone that
	// the report may call the person by ("Lena" for "Lena Ramos")
	surname := func(f []string) string { return f[len(f)-1] }
	given := func(f []string) string { return f[0] }
	for mask := 1; mask < 1<<len(full); mask++ {
		for _, keep := range []func([]string) string{surname, given} {
			t := sentence
			for k, n := range full {
				if mask&(1<<k) != 0 {
					t = strings.Replace(t, n, keep(strings.Fields(n)), 1)
				}
			}
			if r.containsVerbatim(t) {
				return t
			}
		}
	}
	return ""
}

// containsSpokenAs returns the sentence as the report holds it when the
// writer named its speaker where the report says "he" or "she" (see
// analyze.Sentence.Pronoun), or the person it is about where the report
// opens on "He", "She", "His" or "Her" (see analyze.Sentence.Subject):
// one name of the sentence, outside its quotations, cut back to the
// pronoun, and any other name the writer gave
// in full cut back as containsNamed does; or when the writer gave a
// quotation alone to its speaker (`Brandt said: "..."`, see
// analyze.Sentence.Continues): the quotation, a whole sentence of the
// report. The report must name the person in full, and the person's
// surname in the sentence just before the one it says "he" or "she" or
// the quotation in. "" when no such sentence is the report's.
func (r *report) containsSpokenAs(sentence string) string {
	n := text.Normalize(sentence)
	if name, quote, ok := cutSaidBy(n); ok {
		// `Brandt said: "The rot runs deep."`: the quotation is a
		// sentence of the report of its own (see analyze.SaidBy)
		f := strings.Fields(name)
		if len(f) == 0 || len(f) > 3 || !r.namesPerson(f[len(f)-1]) || !holdsSentence(r.norm, quote) || !r.saidAfterNaming(quote, f[len(f)-1]) {
			return ""
		}
		return quote
	}
	for _, name := range text.Names(analyze.OwnVoice(n)) {
		name = text.Unpossessive(name)
		f := strings.Fields(name)
		if len(f) == 0 || len(f) > 3 || !r.namesPerson(f[len(f)-1]) {
			continue
		}
		for _, p := range []string{"she", "he"} {
			if at := strings.Index(n, " "+name+" "); at >= 0 {
				if t := n[:at+1] + p + n[at+1+len(name):]; r.saidAfterNaming(t, f[len(f)-1]) {
					return t
				}
			}
			if rest, ok := strings.CutPrefix(n, name+" "); ok {
				if t := strings.ToUpper(p[:1]) + p[1:] + " " + rest; r.saidAfterNaming(t, f[len(f)-1]) {
					return t
				}
			}
			if rest, ok := strings.CutPrefix(n, name+"'s "); ok {
				// "Marsh's boat sank ..." for the report's "Her boat sank ..."
				if t := possessiveOf[p] + " " + rest; r.saidAfterNaming(t, f[len(f)-1]) {
					return t
				}
			}
		}
	}
	return ""
}

// possessiveOf gives the possessive of "he" and "she" as a sentence
// opens on it.
var possessiveOf = map[string]string{"he": "His", "she": "Her"}

// namesPerson reports whether the report names someone in full whose
// surname is the given word: "Lena Marsh" for "Marsh".
func (r *report) namesPerson(surname string) bool {
	return strings.Contains(r.norm, " "+surname) && regexp.MustCompile(`\p{Lu}[\p{L}.'’-]+ `+regexp.QuoteMeta(surname)+`\b`).MatchString(r.norm)
}

// saidAfterNaming reports whether the report holds t, as containsNamed
// reads it, right after a sentence that gives the surname, or after a
// run of at most maxPronounRun sentences that each speak as "he" or
// "she", open on one ("She was charged ..."), or are a quotation alone,
// and follow one that gives it.
func (r *report) saidAfterNaming(t, surname string) bool {
	held := t
	if !r.containsVerbatim(t) {
		if held = r.containsNamed(t); held == "" {
			return false
		}
	}
	// the sentence as the report has it, to its last word: its first
	// letter may be lowered after an attribution
	core := strings.TrimRight(text.Normalize(held), ".!?\"")
	first, size := utf8.DecodeRuneInString(core)
	upper := string(unicode.ToUpper(first)) + core[size:]
	named := regexp.MustCompile(`\b` + regexp.QuoteMeta(surname) + `\b`)
	for from := 0; from < len(r.norm); {
		k := strings.Index(r.norm[from:], core)
		if j := strings.Index(r.norm[from:], upper); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return false
		}
		k += from
		before := text.Sentences(r.norm[max(0, k-maxSentenceBack):k])
		for b, run := len(before)-1, 0; b >= 0 && run <= maxPronounRun; b, run = b-1, run+1 {
			if named.MatchString(before[b]) {
				return true
			}
			if !analyze.SpeaksAsPronoun(before[b]) && !analyze.QuoteAlone(before[b]) && !analyze.OpensOnPronoun(before[b]) {
				break
			}
		}
		from = k + 1
	}
	return false
}

// maxPronounRun is how many sentences that speak as "he" or "she", open
// on one, or quote alone, may stand between a sentence and the one that
// names whom its pronoun means.
const maxPronounRun = 3

// maxSentenceBack is how far back, in bytes, saidAfterNaming looks for
// the sentence before a quotation.
const maxSentenceBack = 1500

// cutSaidBy splits a quotation given to its speaker by analyze.SaidBy
// into the speaker's name and the quotation; false when n is no such
// sentence.
func cutSaidBy(n string) (name, quote string, ok bool) {
	for _, v := range analyze.SaidVerbs {
		if name, quote, ok = strings.Cut(n, " "+v+": "); ok && analyze.QuoteAlone(quote) {
			return name, quote, true
		}
	}
	return "", "", false
}

// withinCap keeps every report within the per-source word cap on a page
// whose names namesInFull has given in full: for a report past the cap,
// its sentences go from the end of the page back, never the lead, until
// it is within it. The last sentences lean on those before them, never
// the other way round.
func (d *draft) withinCap(p news.Page) news.Page {
	type placed struct {
		where string
		ref   int
		words int
	}
	var all []placed
	used := map[int]int{}
	ForEachSentence(p, func(where string, s news.Sentence) {
		body, _ := news.Unattributed(s)
		n := len(strings.Fields(body))
		used[s.Cites[0]] += n
		all = append(all, placed{where, s.Cites[0], n})
	})
	bad := map[string]bool{}
	for k := len(all) - 1; k >= 0; k-- {
		if s := all[k]; used[s.ref] > d.cap && !strings.HasPrefix(s.where, "lead") {
			bad[s.where] = true
			used[s.ref] -= s.words
		}
	}
	return dropWhere(p, bad)
}
