package write

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// squeezes returns s and the shorter wordings of it that a sub-editor
// writes on the way to a headline, each step leaving a whole sentence:
//   - a short opening phrase goes ("In April, the economy added ..." is
//     "the economy added ..."; "Facing opposition, the council ...");
//   - what someone said is told as headlines tell it: "Lowe said on
//     Monday that the port would close" is "Lowe says the port would
//     close";
//   - a time phrase after the subject goes ("The council on Tuesday
//     approved ..." is "The council approved ...");
//   - an apposition after a name inside the sentence goes ("a deposition
//     from Paul Lowe, the ambassador to Tarrow, was ..." loses ", the
//     ambassador to Tarrow"), and so does one that ends the sentence;
//   - the attribution at its end goes (", according to officials"), as
//     withoutSaid takes ", officials said";
//   - the titles before the full name that opens it go ("Harbour Board
//     Chair Lena Marsh resigned" is "Lena Marsh resigned"), and so does
//     a description that the name stands beside ("The mayor's choice for
//     harbour master, Lena Marsh, resigned" is "Lena Marsh resigned").
//
// The steps combine, each taken once, in that order. s comes first; no
// wording repeats.
func squeezes(s string) []string {
	out := []string{s}
	seen := map[string]bool{s: true}
	for _, step := range []func(string) string{withoutOpening, saysForm, withoutInnerTime, withoutInnerApposition, withoutAccording, withoutTitle, withoutDescription} {
		for _, v := range out {
			if w := step(v); w != "" && w != v && !seen[w] && analyze.Balanced(w) {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// withoutTitle drops the titles before the full name that opens s, when
// one of them is a title of office ("Secretary", "Mayor"); "" when s
// opens with no such name. The name is the run of capitalised words
// that opens s ("U.S. Harbour Secretary Lena Marsh").
func withoutTitle(s string) string {
	words := strings.Fields(s)
	n := 0
	for n < len(words) && isCapitalised(words[n]) && !strings.ContainsAny(words[n], ",;:") {
		n++
	}
	if n < 3 {
		return ""
	}
	run := words[:n]
	full := fullForm(strings.Join(run, " "), run[n-1])
	if full == "" {
		return ""
	}
	dropped := run[:n-len(strings.Fields(full))]
	for _, w := range dropped {
		if analyze.IsHonorific(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return strings.Join(append(strings.Fields(full), words[n:]...), " ")
		}
	}
	return ""
}

// describedName matches a subject told as a description with the name
// beside it between commas: "The mayor's choice for harbour master, Lena
// Marsh, ...".
var describedName = regexp.MustCompile(`^([^,;:"“”()]{3,80}), ((?:[A-Z][\p{L}'’.-]+ ){1,3}[A-Z][\p{L}'’.-]+), ([a-z][\p{L}'’-]*) `)

// withoutDescription names the subject by the name that stands beside
// its description, dropping the description: "" when s does not open so,
// when the description holds a verb (a clause, not a noun phrase), or
// when no verb follows the name.
func withoutDescription(s string) string {
	m := describedName.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	desc, verb := s[m[2]:m[3]], strings.ToLower(s[m[6]:m[7]])
	if hasVerb(desc) || !(finiteWord(verb) || auxiliaries[verb] || beForms[verb] || len(verb) > 4 && strings.HasSuffix(verb, "ed")) {
		return ""
	}
	return s[m[4]:m[5]] + " " + s[m[6]:]
}

// accordingTail matches an attribution that ends a sentence: ",
// according to a statement by his lawyer".
var accordingTail = regexp.MustCompile(`, according to [^,;:"“”]{2,80}$`)

// withoutAccording drops the attribution that ends s, when enough words
// stay before it; "" when there is none.
func withoutAccording(s string) string {
	loc := accordingTail.FindStringIndex(s)
	if loc == nil || len(strings.Fields(s[:loc[0]])) < minHeadlineWords {
		return ""
	}
	return s[:loc[0]]
}

// maxOpeningWords is the most words of an opening phrase that
// withoutOpening drops: a longer one may hold commas of its own.
const maxOpeningWords = 5

// withoutOpening drops a short opening phrase closed by a comma: one
// that a preposition opens ("In April,", "Over two hours,"), a
// participle ("Facing fierce opposition,") or a time alone
// ("Wednesday,", "Last May,"). The words after it must
// open a clause of their own: a capital, an article or a plain noun
// ("police"), then a verb somewhere. "" when s opens with no such
// phrase.
func withoutOpening(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	first := strings.ToLower(words[0])
	if sentenceAdverbs[strings.TrimSuffix(first, ",")] {
		// "Recently, the council ...", "Now the council ...": the adverb
		// dates or links the sentence to the report around it
		return clauseAfter(words[1:])
	}
	if !analyze.OpensPhrase(first) && !(strings.HasSuffix(first, "ing") && len(first) > 5) && !timeOnly(words) {
		return ""
	}
	for k := 0; k < len(words)-1 && k < maxOpeningWords; k++ {
		if strings.ContainsAny(words[k], `"“”()—`) {
			return ""
		}
		if !strings.HasSuffix(words[k], ",") {
			continue
		}
		return clauseAfter(words[k+1:])
	}
	return ""
}

// sentenceAdverbs open a sentence to date it or link it to the one
// before: a headline, read first, goes without them.
var sentenceAdverbs = map[string]bool{"now": true, "then": true, "meanwhile": true, "later": true, "earlier": true,
	"today": true, "yesterday": true, "still": true, "instead": true, "also": true, "recently": true, "currently": true,
	"additionally": true, "finally": true, "ultimately": true, "separately": true, "subsequently": true,
	"eventually": true, "initially": true, "lately": true, "notably": true, "similarly": true, "likewise": true}

// clauseAfter returns the words after an opening phrase as a headline
// when they open a clause of their own: a capital, an article or a
// plain noun first (see commonSubject), a verb somewhere, and enough
// words; "" otherwise.
func clauseAfter(rest []string) string {
	if len(rest) < minHeadlineWords {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(rest[0])
	low := strings.ToLower(rest[0])
	if !unicode.IsUpper(r) && low != "the" && low != "a" && low != "an" && !commonSubject(rest[0]) {
		return ""
	}
	s := strings.Join(rest, " ")
	if !hasVerb(s) {
		return ""
	}
	return headingFrom(s)
}

// commonSubject reports whether w, in lower case, may open a clause as
// its subject: a word of letters that is no word of grammar, verb or
// pronoun ("police", "officials", "researchers").
func commonSubject(w string) bool {
	low := strings.Trim(w, `"'“”‘’(),;:.`)
	if low == "" || low != w || strings.IndexFunc(low, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) >= 0 {
		return false
	}
	return !text.IsStopWord(low) && !finiteWord(low) && !beForms[low] && !auxiliaries[low] && !backPronoun(low) && !strings.HasSuffix(low, "ly")
}

// saidThat matches what someone said, told as a report tells it: the
// speaker (a name or a noun phrase of a few words, no comma), a verb of
// speech, perhaps a day, then "that" or, with "that" left out, a
// personal pronoun as the subject of what was said ("Lowe said Friday
// he would stay").
var saidThat = regexp.MustCompile(`^((?:[\p{L}’'.-]+ ){0,5}[\p{L}’'.-]+) (said|says|announced|announces|confirmed|confirms|told reporters)( (on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( morning| afternoon| evening| night)?)?(?: that ([a-zA-Z].*)| ((?:he|she|they|we|it) [a-z].*))$`)

// saysForm tells s, when it reports what someone said ("Lowe said on
// Monday that the port would close"), as a headline does: "Lowe says
// the port would close". The auxiliary of a perfect goes with the tense
// ("Lowe has announced that" is "Lowe says"); a denial is not told as
// a saying ("Lowe never said that"). "" when s is no such sentence.
func saysForm(s string) string {
	m := saidThat.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	said := m[7] + m[8] // one of them is empty
	if !hasVerb(said) || len(strings.Fields(said)) < 3 {
		return ""
	}
	words := strings.Fields(m[1])
	for len(words) > 1 && (auxiliaries[strings.ToLower(words[len(words)-1])] || strings.ToLower(words[len(words)-1]) == "also") {
		words = words[:len(words)-1]
	}
	if last := strings.ToLower(words[len(words)-1]); last == "not" || last == "never" || strings.HasSuffix(last, "n't") || strings.HasSuffix(last, "n’t") {
		return ""
	}
	speaker := strings.Join(words, " ")
	if r, _ := utf8.DecodeRuneInString(speaker); !unicode.IsUpper(r) {
		return ""
	}
	return speaker + " says " + said
}

// innerTime matches a time phrase between a subject and its verb: "The
// council on Tuesday approved", "Lowe late Monday said".
var innerTime = regexp.MustCompile(` ((late|early) )?(on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( morning| afternoon| evening| night)?,? `)

// withoutInnerTime drops a day named before the main verb, when a
// finite verb follows it and none comes before it, where the day would
// belong to a participle ("an audit released on Monday found ...");
// "" when there is none.
func withoutInnerTime(s string) string {
	loc := innerTime.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	next, _, _ := strings.Cut(s[loc[1]:], " ")
	before := strings.Fields(s[:loc[0]])
	if !finiteWord(strings.ToLower(strings.Trim(next, `,;:.`))) || len(before) == 0 || finiteWord(strings.ToLower(before[len(before)-1])) {
		return ""
	}
	return s[:loc[0]] + " " + s[loc[1]:]
}

// innerApposition matches an apposition after a name inside a sentence:
// ", the ambassador to Tarrow," or one that runs to the end.
var innerApposition = regexp.MustCompile(`([A-Z][\p{L}’'.-]+), (the|a|an) [^,;:"“”()—]{2,100}(,|$)`)

// openingName reports whether the words before a name, which open the
// sentence, are the first words of that name ("Lena " of "Lena Marsh").
func openingName(before string) bool {
	words := strings.Fields(before)
	for _, w := range words {
		if !isCapitalised(w) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return len(words) > 0
}

// withoutInnerApposition drops the first apposition after a name that
// is not the sentence's first word; "" when there is none. What follows
// the apposition's closing comma keeps a comma before it only when it
// attributes or turns the sentence ("..., according to ...").
func withoutInnerApposition(s string) string {
	for _, m := range innerApposition.FindAllStringSubmatchIndex(s, -1) {
		if m[0] == 0 || openingName(s[:m[0]]) {
			continue // the opening name's apposition: see withoutAsides
		}
		head := s[:m[3]]
		if pastOrAux(strings.TrimSuffix(s[m[3]:m[1]], ",")) {
			continue // a clause, or who said so: no apposition
		}
		rest := strings.TrimSpace(s[m[1]:])
		if rest == "" {
			return head
		}
		next, _, _ := strings.Cut(rest, " ")
		low := strings.ToLower(next)
		if low == "according" || turning[low] || speechVerb(low) {
			return head + ", " + rest
		}
		if !finiteWord(low) && !auxiliaries[low] && !beForms[low] {
			continue // the comma may close a list or a clause, not an apposition
		}
		return head + " " + rest
	}
	return ""
}
