package analyze

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// stanceLabel matches a word that names the stance on an issue that
// something is said to take: "anti-levy", "pro-harbour". Such a word
// describes a bill, a group or a crowd by the stance someone ascribes to
// it, and the sides of a dispute often ascribe different ones to the same
// thing. A stance towards a name ("pro-Tarrow") says whose side someone
// is on, which the sides seldom dispute, and is no label here.
var stanceLabel = regexp.MustCompile(`\b(?:[Aa]nti|[Pp]ro)-\p{Ll}[\p{Ll}-]*`)

// StanceLabels returns the stance labels (see stanceLabel) that s uses
// in its own voice, outside quotation marks, lower-cased, in order and
// without repeats.
func StanceLabels(s string) []string {
	var out []string
	for _, m := range stanceLabel.FindAllString(OwnVoice(s), -1) {
		if low := labelKey(m); !contains(out, low) {
			out = append(out, low)
		}
	}
	return out
}

// labelKey is a stance label as Contested lists it.
func labelKey(m string) string { return strings.ToLower(strings.TrimRight(m, "-")) }

// DropLabels returns s without every label of contested (see Contested)
// that it uses in its own voice before the noun it describes, with the
// space after it: "signed two anti-levy bills" is "signed two bills".
// What is left states what happened without the side's word for it. A
// label after "a" or "an" that the noun would not take ("an anti-levy
// bill"), or before anything but a plain lower-case word, stays.
func DropLabels(s string, contested []string) string {
	if len(contested) == 0 {
		return s
	}
	var cuts []stretch
	for _, loc := range stanceLabel.FindAllStringIndex(s, -1) {
		key := labelKey(s[loc[0]:loc[1]])
		k := sort.SearchStrings(contested, key)
		if k == len(contested) || contested[k] != key || Quoted(s[:loc[0]]) || !droppable(s[:loc[0]], s[loc[1]:]) {
			continue
		}
		cuts = append(cuts, stretch{loc[0], loc[1] + 1}) // with the space after it
	}
	return withoutSpans(s, cuts)
}

// stretch is a part of a string, from a byte offset to the one after it.
type stretch struct{ from, to int }

// withoutSpans returns s without the given stretches, which do not
// overlap; s itself when there are none.
func withoutSpans(s string, cuts []stretch) string {
	if len(cuts) == 0 {
		return s
	}
	slices.SortFunc(cuts, func(a, b stretch) int { return a.from - b.from })
	var b strings.Builder
	last := 0
	for _, c := range cuts {
		b.WriteString(s[last:c.from])
		last = c.to
	}
	b.WriteString(s[last:])
	return b.String()
}

// positionLabel matches a word of the lexicon that places a person or a
// group at an end of politics ("far-right", "hard-left",
// "ultraconservative"): one side's word for where the other stands.
var positionLabel = regexp.MustCompile(`\b(?i:far-(?:left|right)|hard-(?:left|right)|ultra-(?:left|right|liberal|conservative)|ultraconservative)\b`)

// judgingAdjective matches a word of the lexicon that, before a noun,
// tells what the writer thinks of the thing the noun names
// ("controversial", "notorious", "so-called", "horrific") and nothing of
// what it is, and that straight reports use too. Words that mostly mark
// a writer's opinion ("shameful", "disastrous", "outrageous") are not
// among them: without the word, the sentence around it still argues
// ("The shameful state of the pier is the result of ...").
var judgingAdjective = regexp.MustCompile(`\b(?i:controversial|notorious|infamous|divisive|staggering|stunning|shocking|embattled|beleaguered|scathing|brazen|so-called|horrific|horrifying)\b`)

// DropModifiers returns s without every position label (see
// positionLabel) and judging adjective (see judgingAdjective) that it
// uses in its own voice before the noun it describes, with the space
// after it, as DropLabels drops a stance label: "Hundreds of far-right
// protesters marched" is "Hundreds of protesters marched", and "a
// controversial, temporary ban" is "a temporary ban". Who did what
// stays; the word that judges it goes. A word that opens the sentence,
// stands before anything but a plain lower-case word ("the far right")
// or after an adverb ("potentially disastrous"), or a position label
// after "the" or a possessive (there it says which group), stays, and
// the sentence with it is no fact the desk states. A loaded label that
// stands as a title before a name goes with its article and the side
// before it ("banning right-wing conspiracy theorist Lena Marsh" is
// "banning Lena Marsh"; see loadedTitle).
func DropModifiers(s string) string {
	var cuts []stretch
	for _, re := range []*regexp.Regexp{positionLabel, judgingAdjective} {
		for _, loc := range re.FindAllStringIndex(s, -1) {
			before, after := s[:loc[0]], s[loc[1]:]
			end := loc[1] + 1 // with the space after it
			if re == judgingAdjective && strings.HasPrefix(after, ", ") {
				// one of two adjectives: "a controversial, temporary ban"
				after, end = after[1:], loc[1]+2
			}
			// a judging adjective says nothing of which thing the noun
			// names: after "the" or "his" the noun points where it
			// pointed with it ("his controversial ban" is "his ban")
			if Quoted(before) || !droppableAfter(before, after, re == judgingAdjective) {
				continue
			}
			cuts = append(cuts, stretch{loc[0], end})
		}
	}
	if len(cuts) > 0 && positionLabel.MatchString(s) {
		cuts = append(cuts, otherSides(s)...)
	}
	for _, loc := range loadedTitle.FindAllStringIndex(s, -1) {
		// the article goes with the label: "the conspiracy theorist Lena
		// Marsh" is "Lena Marsh"
		if Quoted(s[:loc[0]]) || !nameFollows(s[loc[1]:]) {
			continue
		}
		cuts = slices.DeleteFunc(cuts, func(c stretch) bool { return c.from >= loc[0] && c.to <= loc[1] })
		cuts = append(cuts, stretch{loc[0], loc[1]})
	}
	return withoutSpans(s, cuts)
}

// sideLabel matches a word that places a group on one side of
// politics, in its own words or another's, without being loaded
// ("anti-fascist", "left-wing").
var sideLabel = regexp.MustCompile(`\b(?i:anti-?fascist|left-wing|right-wing|leftist|rightist)\b`)

// otherSides returns the stretches of s that DropModifiers leaves out
// beside a position label it drops: every side label (see sideLabel)
// before the noun it describes. "Hundreds of far-right marchers and
// anti-fascist counter-marchers" without the first label only would
// give one side its label and the other none; without both, it is
// "Hundreds of marchers and counter-marchers". After "and" or "or" the
// label opens a second noun phrase ("marchers and anti-fascist ..."),
// unless the word before that is a label too ("left-wing and
// right-wing groups").
func otherSides(s string) []stretch {
	var out []stretch
	for _, loc := range sideLabel.FindAllStringIndex(s, -1) {
		before, after := s[:loc[0]], s[loc[1]:]
		if Quoted(before) {
			continue
		}
		words := strings.Fields(before)
		if n := len(words); n >= 2 && (strings.EqualFold(words[n-1], "and") || strings.EqualFold(words[n-1], "or")) {
			if prev := words[n-2]; !strings.HasSuffix(prev, ",") && !sideLabel.MatchString(prev) && !positionLabel.MatchString(prev) {
				before = strings.Join(words[:n-1], " ") + " with" // "marchers and" reads as "marchers with": a noun before it
			}
		}
		if droppableAfter(before, after, false) {
			out = append(out, stretch{loc[0], loc[1] + 1})
		}
	}
	return out
}

// loadedTitle matches a loaded label that stands as a title before a
// person's name ("conspiracy theorist Lena Marsh", "the firebrand Paul
// Lowe"), with the article and the side before it: the name says who,
// and the label only judges them.
var loadedTitle = regexp.MustCompile(`\b(?i:(?:the|a|an) )?(?i:(?:right|left)-wing |far-(?:right|left) |hard-(?:right|left) )?(?i:conspiracy theorist|firebrand|provocateur|demagogue|agitator|extremist|hardliner|strongman) `)

// nameFollows reports whether rest opens with a capitalised name of two
// words or more.
func nameFollows(rest string) bool {
	words := strings.Fields(rest)
	if len(words) < 2 {
		return false
	}
	for _, w := range words[:2] {
		r := []rune(strings.Trim(w, `"'“”‘’(),.;:`))
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// Quoted reports whether text that follows before stands inside a
// quotation: a quotation mark opened in before that it does not close.
func Quoted(before string) bool {
	inside := false
	for _, r := range before {
		switch r {
		case '"':
			inside = !inside
		case '“':
			inside = true
		case '”':
			inside = false
		}
	}
	return inside
}

// droppable reports whether a label between before and after describes
// the noun after it and may go: a single space, then a plain lower-case
// word that is no function word; no article before it that the noun
// would not take, and no determiner that would leave the noun pointing
// back ("the anti-levy bills" is not "the bills"); it ends no list, and
// no word of degree or adverb ("very", "potentially") leans on it.
func droppable(before, after string) bool { return droppableAfter(before, after, false) }

// droppableAfter is droppable, and with determiners set also after a
// determiner or a possessive, for a word that does not say which thing
// the noun names.
func droppableAfter(before, after string, determiners bool) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	next, _, _ := strings.Cut(after[1:], " ")
	next = strings.TrimRight(next, ".,;:")
	if next == "" || !unicode.IsLower([]rune(next)[0]) || text.IsStopWord(next) || strings.ContainsAny(next, `"“”'’`) {
		return false
	}
	words := strings.Fields(before)
	if len(words) == 0 {
		return false // it opens the sentence: what is left would not
	}
	prev := words[len(words)-1]
	if strings.HasSuffix(prev, ",") {
		return false // the last of a list ("anti-levy, anti-harbour bills")
	}
	vowel := strings.ContainsRune("aeiou", rune(next[0]))
	switch strings.ToLower(prev) {
	case "an":
		return vowel
	case "a":
		return !vowel
	case "and", "or", "nor":
		return false // the last of a list: the one before it would stand alone
	case "the", "this", "that", "these", "those", "its", "their", "his", "her":
		return determiners // "the bills" would point back at bills the page has not named
	case "very", "so", "too", "most", "more", "less", "least", "quite", "truly":
		return false // it has a word of degree of its own
	}
	return !strings.HasSuffix(strings.ToLower(prev), "ly") // "potentially disastrous": nor an adverb
}

// Contested returns the stance labels of a story that the desk may not
// use in its own voice, sorted: every one that the reports of the left
// and of the right do not both use, in their titles or text, quoted or
// not. A label that both sides use is how the story is told; one that a
// side leaves out, or that no report of one side can confirm because
// that side did not cover the story, is how one side tells it. arts are
// the story's independent reports: a copy says nothing of its own.
func Contested(arts []news.ArticleRef) []string {
	used := map[string]map[news.Side]bool{}
	for _, r := range arts {
		side := LeanOf(r.Outlet).Side()
		for _, m := range stanceLabel.FindAllString(text.Normalize(r.Title+" \n"+r.Text), -1) {
			low := labelKey(m)
			if used[low] == nil {
				used[low] = map[news.Side]bool{}
			}
			used[low][side] = true
		}
	}
	var out []string
	for l, sides := range used {
		if !sides[news.SideLeft] || !sides[news.SideRight] {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// ContestedIn returns the labels among contested, sorted (see
// Contested), that s uses in its own voice.
func ContestedIn(contested []string, s string) []string {
	if len(contested) == 0 {
		return nil
	}
	var out []string
	for _, l := range StanceLabels(s) {
		if i := sort.SearchStrings(contested, l); i < len(contested) && contested[i] == l {
			out = append(out, l)
		}
	}
	return out
}

// contestedLabels is Contested of a story's independent reports.
func contestedLabels(rs []Report) []string {
	var arts []news.ArticleRef
	for _, r := range rs {
		if r.Independent {
			arts = append(arts, r.ArticleRef)
		}
	}
	return Contested(arts)
}

// doubtingSpeech maps the verbs of the lexicon that report what someone
// says while casting doubt on it or calling it stubborn ("claimed",
// "insisted") to the plain verb of speech in the same form.
var doubtingSpeech = map[string]string{
	"claimed": "said", "claiming": "saying",
	"insisted": "said", "insisting": "saying", "insists": "says", "insist": "say",
}

// doubtingVerb matches a verb of doubtingSpeech and any mark that
// closes the clause after it.
var doubtingVerb = regexp.MustCompile(`\b(claimed|claiming|insisted|insisting|insists|insist)\b([,.;:]?)`)

// saidOpeners are the words after a verb of speech that show that what
// follows is what was said, not the verb's object: "insisted that ...",
// "claimed he ...". "Insisted on" and "claimed to" are left alone.
var saidOpeners = map[string]bool{
	"that": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"there": true, "his": true, "her": true, "their": true, "its": true,
}

// speechTime matches when someone spoke, between the verb and what was
// said: "insisted on Monday that", "claimed last week that".
var speechTime = regexp.MustCompile(`^(?i:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last\s+(?:week|month|year|night)|again|repeatedly|today|yesterday|earlier|publicly|privately)\s+`)

// saidFollows reports whether rest, the text after a verb of speech,
// opens on what was said (see saidOpeners), after a time if any. For
// "insist", what follows must also state, not demand: "insisted that the
// pier was safe" says, "insisted that the board pay" or "insisted that
// the board should pay" asks (see stating).
func saidFollows(verb, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if loc := speechTime.FindStringIndex(rest); loc != nil {
		rest = rest[loc[1]:]
	}
	first, _, _ := strings.Cut(rest, " ")
	if !saidOpeners[strings.ToLower(first)] {
		return false
	}
	return !strings.HasPrefix(verb, "insist") || stating(rest)
}

// stating reports whether a clause has a verb that tells its tense, an
// auxiliary or a past form, among its first words: what it says is a
// statement, not a demand in the subjunctive ("that the board pay") or
// with "should" or "must".
func stating(clause string) bool {
	words := strings.Fields(clause)
	for k, w := range words {
		if k >= 8 {
			break
		}
		low := strings.ToLower(strings.Trim(w, `,.;:"'“”‘’()`))
		switch {
		case low == "should" || low == "must":
			return false
		case tenseWords[low] || k > 0 && edForm(low):
			return true
		}
	}
	return false
}

// edForm reports whether a lower-case word has the form of a verb in the
// past: "announced", "voted" (and so, at times, of an adjective).
func edForm(low string) bool { return len(low) > 4 && strings.HasSuffix(low, "ed") }

// tenseWords are auxiliaries and forms of "be", "have" and "do" that
// tell a clause's tense.
var tenseWords = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "can": true, "did": true, "does": true,
	"isn't": true, "wasn't": true, "aren't": true, "weren't": true, "hasn't": true, "hadn't": true,
	"won't": true, "wouldn't": true, "couldn't": true, "can't": true, "didn't": true, "doesn't": true,
	"he's": true, "she's": true, "it's": true, "they're": true, "we're": true,
}

// PlainSpeech returns s with the plain verb of speech where, in its own
// voice, it reports what someone says with a verb that doubts or scolds
// them for it: "Lowe insisted that the pier was safe" is "Lowe said that
// the pier was safe", and "The pier, she claimed, was safe" is "The
// pier, she said, was safe". Only where what follows the verb is what
// was said (see saidOpeners) or the verb closes a clause: "claimed
// responsibility", "insisted on a vote" and "claimed to be" keep their
// verb, and the sentence with it is no fact the desk states.
func PlainSpeech(s string) string {
	return replaceOwn(s, doubtingVerb, func(m []int) (string, int, bool) {
		verb := s[m[2]:m[3]]
		closes := m[5] > m[4]
		if !closes && !saidFollows(verb, s[m[1]:]) {
			return "", 0, false
		}
		return doubtingSpeech[verb], m[3], true
	})
}

// replaceOwn returns s with what with gives in place of each match of re
// outside quotation marks, from the match's start to the end with gives;
// with is given the match's submatch indexes and may decline it. Words in
// quotation marks are someone's own and stay.
func replaceOwn(s string, re *regexp.Regexp, with func(m []int) (repl string, end int, ok bool)) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if Quoted(s[:m[0]]) {
			continue
		}
		repl, end, ok := with(m)
		if !ok {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(repl)
		last = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
