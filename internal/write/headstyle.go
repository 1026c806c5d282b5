package write

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// inHeadlineStyle writes headline h without the articles that a
// headline does without: "A federal judge ordered the harbour board to
// reopen the pier" heads the page as "Federal judge orders harbour
// board to reopen pier". An article goes when it is "a", "an" or "the"
// inside the headline, or opens it ("The" only before a word in lower
// case or a figure, or before a name the story writes after "the" in
// lower case: before a name it may be part of it, "The Hague"), outside
// quotation marks, and not where the phrase needs it for its sense ("a
// few", "a little", "twice a week", "such a", "the same", "at the
// time", "all the"); so does the "that" after a verb of speech (see
// reportedThat). Its main verb, after the phrase it may open with (see
// openingWords), goes without the auxiliary a headline leaves out (see
// withoutAuxiliary) and, where it can, is in the present (see
// headlineVerb). The outlet a
// headline is attributed to keeps its name whole, and so does anything
// in quotation marks. h is kept as it is when what is left would be an
// outlet's title word for word, would have fewer than three words, or
// is what the trained judge, when there is one, calls biased; a present
// that would be gives way to the past.
func (d *draft) inHeadlineStyle(h string) string {
	body, tail := h, ""
	for _, r := range d.a.Reports {
		name := outletName(r)
		for _, verb := range []string{" reports", " argues"} {
			if b, ok := strings.CutSuffix(h, ", "+name+verb); ok && name != "" {
				body, tail = b, ", "+name+verb
			}
		}
	}
	all := strings.Fields(body)
	open := openingWords(all) // "In a rare statement, ...": the verb is the main clause's
	words, present := headlineVerb(all[open:], storyWords{lower: d.lower, surname: d.people})
	if open > 0 {
		words, present = slices.Concat(all[:open], words), slices.Concat(all[:open], present)
	}
	forms := [][]string{words}
	if !slices.Equal(present, words) {
		// a present that is a report's title word for word, or that the
		// judge calls biased, gives way to the past
		forms = [][]string{present, words}
	}
	for _, ws := range forms {
		if styled, ok := d.styledForm(ws, body, tail); ok {
			return styled
		}
	}
	return h
}

// headlineVerb returns words with the main verb in headline style: words
// without the auxiliary a headline leaves out (see withoutAuxiliary), and
// present, those words with the verb in the present where it can be
// (see progressiveInPresent, withoutPerfect and inPresent).
func headlineVerb(words []string, story storyWords) (out, present []string) {
	words, verb, left := withoutAuxiliary(words)
	if left {
		return words, progressiveInPresent(words, verb, story)
	}
	if perfect, k := withoutPerfect(words); k >= 0 {
		present = inPresent(perfect, story, k) // "has chosen" is "chooses"
		if slices.Equal(present, perfect) {
			present = words // an irregular participle alone reads as no past
		}
		return words, present
	}
	return words, presentPastAside(words, story, verb)
}

// presentPastAside is inPresent for words whose subject a relative
// aside follows between commas ("Lena Marsh, who led the board for 20
// years, died at 84"): the aside is left out while the main verb is
// found, and stays in the past, as it tells what came before ("Lena
// Marsh, who led the board for 20 years, dies at 84").
func presentPastAside(words []string, story storyWords, known int) []string {
	present := inPresent(words, story, known)
	if known >= 0 || !slices.Equal(present, words) {
		return present
	}
	open := -1
	for k := 1; k+1 < len(words); k++ {
		if strings.HasSuffix(words[k-1], ",") {
			if w := strings.ToLower(words[k]); w == "who" || w == "which" || w == "whose" {
				open = k
			}
			break
		}
	}
	if open < 0 {
		return present
	}
	for end := open + 1; end+1 < len(words); end++ {
		if !strings.HasSuffix(words[end], ",") {
			continue
		}
		subject := slices.Clone(words[:open])
		subject[open-1] = strings.TrimSuffix(subject[open-1], ",")
		main := slices.Concat(subject, words[end+1:])
		p := inPresent(main, story, -1)
		if slices.Equal(p, main) {
			return present
		}
		return slices.Concat(words[:end+1], p[open:])
	}
	return present
}

// openingWords returns the number of words of the phrase that opens a
// headline before its main clause, up to the comma that closes it ("In
// a rare statement, the board ...", "For the second time in a week,
// ..."): a preposition opens it, its words hold no other comma and tell
// no time gone ("In 2009, ..." keeps the past after it), and at least
// three words follow it. 0 when it has none.
func openingWords(words []string) int {
	if len(words) == 0 {
		return 0
	}
	first := strings.ToLower(words[0])
	if !analyze.OpensPhrase(first) || first == "according" || first == "at" && len(words) > 1 && (words[1] == "least" || words[1] == "most") {
		return 0 // "At least one gunman shot ...": a subject, not a phrase
	}
	for k, w := range words[:min(len(words), maxSideClauseWords)] {
		if strings.ContainsAny(w, `;:"“”`) {
			return 0
		}
		if strings.HasSuffix(w, ",") {
			if pastTime(words[:k+1]) || len(words)-(k+1) < 3 {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// styledForm is body, as words with its verb in headline style, without
// the articles a headline drops, and with tail after it; false when it
// is body as it was, has fewer than three words, is a report's title
// word for word, or is what the trained judge calls biased.
func (d *draft) styledForm(words []string, body, tail string) (string, bool) {
	lowerThe := len(words) > 1 && words[0] == "The" && d.writtenMidSentence("the "+strings.Trim(words[1], `,.;:`))
	out := make([]string, 0, len(words))
	for k, w := range words {
		if k+1 < len(words) && (droppableArticle(words, k, lowerThe) || reportedThat(words, k)) && !analyze.Quoted(strings.Join(words[:k], " ")) {
			continue
		}
		out = append(out, w)
	}
	if len(out) < 3 || strings.Join(out, " ") == body {
		return "", false
	}
	if out[0] != words[0] {
		r, n := utf8.DecodeRuneInString(out[0])
		out[0] = string(unicode.ToUpper(r)) + out[0][n:]
	}
	styled := strings.Join(out, " ") + tail
	if d.biased != nil && d.biased(styled) {
		return "", false // the judge reads the headline as it shows
	}
	key := titleKey(styled)
	for _, r := range d.a.Reports {
		if titleKey(r.Title) == key || titleKey(trimOutlet(r.Title, r.Outlet)) == key {
			return "", false
		}
	}
	return styled, true
}

// reportedThat reports whether words[k] is the "that" after a verb of
// speech that opens what was said, which a headline leaves out ("Lowe
// says that the pier is safe" is "Lowe says pier is safe"): the clause's
// subject follows it, a name, a pronoun or a noun after an article.
func reportedThat(words []string, k int) bool {
	if words[k] != "that" || k == 0 || k+1 >= len(words) || !reportsSpeech(words[k-1]) {
		return false
	}
	next := strings.ToLower(words[k+1])
	return isCapitalised(words[k+1]) || subjectPronoun(next) && next != "that" && next != "this" || articles[next]
}

// articleKeepers are the words after an article that need it for the
// phrase's sense ("a few" is not "few"), and articleKeptAfter those
// before it ("such a move", "like a ghost", "twice a week").
var (
	articleKeepers = map[string]bool{
		"few": true, "little": true, "lot": true, "bit": true, "couple": true, "while": true, "same": true,
		"day": true, "week": true, "month": true, "year": true, "hour": true, "night": true, "minute": true, "time": true,
		"past": true, "thing": true, // "a thing of the past", "in the past"
	}
	articleKeptAfter = map[string]bool{
		"such": true, "what": true, "quite": true, "like": true, "many": true, "half": true, "rather": true,
		"once": true, "twice": true, "all": true, "both": true,
	}
)

// droppableArticle reports whether words[k] is an article that a
// headline drops (see inHeadlineStyle). lowerThe reports that the story
// writes "the" in lower case before the headline's second word, so that
// an opening "The" is no part of a name ("The Tarrow board", where the
// story writes "the Tarrow board").
func droppableArticle(words []string, k int, lowerThe bool) bool {
	w := words[k]
	switch w {
	case "a", "an", "the":
	case "A", "An", "The":
		if k > 0 {
			return false
		}
		// "The" before a name may be part of it ("The Hague"); "A"
		// and "An" seldom are ("A Dunmere judge")
		if r, _ := utf8.DecodeRuneInString(words[k+1]); w == "The" && !lowerThe && !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	default:
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], `,.;:`))
	if articleKeepers[next] || strings.IndexAny(words[k+1], `"“‘`) == 0 {
		return false
	}
	if oneAfter(words[k+1:]) {
		return false // "may be a faulty one": "one" stands for a noun, and needs its article
	}
	if k >= 1 && words[k-1] == "that" && !reportedThat(words, k-1) && !isCapitalised(words[k+1]) {
		return false // "assumption that the name ...": "that name" would point; "says that the pier" drops both, "warns that the US" the article
	}
	if k >= 2 && strings.ToLower(words[k-1]) == "of" && partOf[strings.ToLower(words[k-2])] {
		return false // "one of the featured speakers", "most of the crew": a part of a whole the article makes
	}
	return k == 0 || !articleKeptAfter[strings.ToLower(words[k-1])]
}

// partOf are the words that take a part of a whole named after "of
// the": "one of the speakers", "most of the crew".
var partOf = map[string]bool{
	"one": true, "some": true, "many": true, "most": true, "all": true, "each": true, "none": true,
	"any": true, "both": true, "either": true, "neither": true, "several": true, "few": true,
	"two": true, "three": true, "four": true, "five": true, "half": true, "rest": true,
}

// oneAfter reports whether the noun phrase that words open ends on
// "one" or "ones" standing for a noun, at once or after one word that
// describes it: "one who", "faulty one", "new ones".
func oneAfter(words []string) bool {
	for j := 0; j < len(words) && j < 2; j++ {
		switch strings.ToLower(strings.Trim(words[j], `,.;:`)) {
		case "one", "ones":
			return true
		}
		if strings.ContainsAny(words[j], ",;:") {
			return false
		}
	}
	return false
}

// withoutAuxiliary writes the verb of a headline's main clause as a
// headline does: without the auxiliary of a passive ("Two men were
// arrested" is "Two men arrested"; "has been named" is "named"; "is
// being held" is "held"), of a progressive ("Students are preparing to
// leave" is "Students preparing to leave"), of a
// perfect whose participle is its past ("has voted" is "voted"), or of
// what is expected ("is expected to"), and with "to" for "will" ("The
// council will vote" is "The council to vote") and for "is to" after a
// name ("Kellcorp is to cut" is "Kellcorp to cut"). Only the first
// auxiliary changes, and only when what comes before it is the clause's
// subject: no pronoun, no verb, no word that opens a clause, nothing
// quoted and no comma ("Lowe said the council will vote" keeps it). A
// negation keeps it too ("was not charged"). verb is the index in out
// of the word after the auxiliary that went (-1 when none did), and left
// reports that the verb left is a participle, follows "to" or is in -ing
// ("Two men arrested", "Council to vote", "Crews preparing"), which
// inPresent may not change; a perfect's verb left in its past ("voted")
// it may.
func withoutAuxiliary(words []string) (out []string, verb int, left bool) {
	for k, w := range words {
		if k == 0 || k+1 >= len(words) {
			continue
		}
		if !subjectWord(words[k-1]) {
			return words, -1, false
		}
		n := afterAdverb(words, k+1) // "is permanently banning", "has reportedly died"
		next := strings.ToLower(words[n])
		out = slices.Clone(words[:k])
		switch w {
		case "was", "were", "is", "are":
			switch {
			case participle(next):
				return append(out, words[k+1:]...), n - 1, true
			case next == "being" && n == k+1 && k+2 < len(words) && participle(strings.ToLower(words[k+2])):
				return append(out, words[k+2:]...), k, true // "is being held" is "held"
			case progressive(next):
				return append(out, words[k+1:]...), n - 1, true // "are preparing" is "preparing"
			case (w == "is" || w == "are") && next == "to" && n == k+1 && isCapitalised(words[k-1]) && k+2 < len(words) && isLowerWord(words[k+2]):
				return append(out, words[k+1:]...), k, true // "Kellcorp is to cut" is "Kellcorp to cut"; "The aim is to cut" keeps it
			}
			return words, -1, false
		case "has", "have":
			if next == "been" && n == k+1 && k+2 < len(words) && participle(strings.ToLower(words[k+2])) {
				return append(out, words[k+2:]...), k, true
			}
			if next != "said" && shortPast[next] == "" && (!strings.HasSuffix(next, "ed") || !participle(next)) {
				return words, -1, false // "has said" is "said", whose past is its participle too
			}
			if toNow(words[n+1:]) {
				return words, -1, false // "have died so far" stays a perfect
			}
			return append(out, words[k+1:]...), n - 1, false
		case "will":
			next = strings.ToLower(words[k+1])
			// "the will of the voters" is a noun
			if next == "not" || next == "never" || !isLowerWord(words[k+1]) || phraseWords[next] || next == "of" || next == "to" || possessors[strings.ToLower(words[k-1])] || strings.HasSuffix(words[k-1], "'s") || strings.HasSuffix(words[k-1], "’s") {
				return words, -1, false
			}
			return append(append(out, "to"), words[k+1:]...), k, true
		}
	}
	return words, -1, false
}

// afterAdverb returns n, or the index after it when words[n] is an
// adverb in -ly with a word after it.
func afterAdverb(words []string, n int) int {
	if n+1 < len(words) && adverb(words[n], false) {
		return n + 1
	}
	return n
}

// withoutPerfect returns words without the auxiliary of a perfect whose
// participle is irregular ("has chosen", "have won") and the index of
// that participle; -1 when the main clause has none. The participle
// left alone reads as no past ("council taken"), so only its present
// may head the page (see inPresent).
func withoutPerfect(words []string) ([]string, int) {
	for k := 1; k+1 < len(words); k++ {
		if !subjectWord(words[k-1]) {
			return words, -1
		}
		w := words[k]
		if w != "has" && w != "have" {
			continue
		}
		n := afterAdverb(words, k+1)
		next := strings.ToLower(strings.TrimRight(words[n], ",.;:"))
		if _, ok := irregularParticipleBase[next]; !ok && irregularBase[next] == "" {
			return words, -1
		}
		return slices.Concat(words[:k], words[k+1:]), n - 1
	}
	return words, -1
}

// progressive reports whether w, in lower case, is the verb in -ing of a
// progressive ("are preparing", "is asking"), not a noun in -ing ("the
// issue is funding").
func progressive(w string) bool {
	w = strings.Trim(w, ",.;:")
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !notParticiple[w] && !notParticiples[w]
}

// participle reports whether w, in lower case, is a past participle
// that a headline may keep without its auxiliary: a regular one ("named",
// "arrested") or one of the common irregular ones.
func participle(w string) bool {
	w = strings.Trim(w, ",.;:")
	if utf8.RuneCountInString(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return true
	}
	return irregularParticiples[w]
}

// possessors are the words before a noun that "will" may be.
var possessors = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "whose": true, "own": true, "this": true, "that": true,
}

var irregularParticiples = map[string]bool{
	"shot": true, "hit": true, "found": true, "held": true, "taken": true, "given": true,
	"sent": true, "struck": true, "sworn": true, "sold": true, "paid": true, "told": true,
	"seen": true, "caught": true, "brought": true, "bought": true, "built": true, "hurt": true,
	"set": true, "beaten": true, "stolen": true, "chosen": true, "won": true, "lost": true,
	"made": true, "kept": true, "led": true, "left": true, "known": true, "thrown": true,
}

// acronymAside is the short form of a name, in parentheses after it:
// "Dunmere Harbour Board (DHB)", or a lawmaker's party and state after
// their name: "Sen. Paul Lowe (R-Tarrow)", "Rep. Ilse Brandt (D-Kell)".
var acronymAside = regexp.MustCompile(`^\((?:[A-Z][A-Z0-9&.-]{1,7}|[DRI]-[A-Z][A-Za-z.]{1,13})\)$`)

// figure matches a figure with thousands separators ("2,800",
// "$1,250,000"), whose commas close no phrase.
var figure = regexp.MustCompile(`^\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?$`)

// subjectWord reports whether w may stand in the subject before its
// clause's verb (see withoutAuxiliary): not a pronoun, not a word that
// opens a clause or reports speech, not a past form, nothing quoted and
// no punctuation that closes a phrase.
func subjectWord(w string) bool {
	if strings.ContainsAny(w, `,;:"“”()`) && !figure.MatchString(w) && !acronymAside.MatchString(w) {
		return false
	}
	low := strings.ToLower(w)
	if subjectPronouns[low] || low == "he" || low == "she" {
		return false
	}
	switch low {
	case "what", "who", "which", "when", "where", "while", "if", "because", "after", "before", "as", "since", "until",
		"said", "says", "told", "tells", "say", "and", "or", "but":
		return false
	}
	return !strings.HasSuffix(low, "ed")
}
