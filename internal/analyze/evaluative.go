package analyze

import (
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// The loaded-language lexicon catches words that attack or sell. A
// report can also judge in plain words: it calls a repair "long overdue",
// a lease a "sweetheart deal", a closure "the latest example" of
// something, or says landlords have "only months" to comply. None of these is a
// fact another outlet could confirm, so a sentence that uses one in its
// own voice is the outlet's view. Evaluative finds them; the lists are
// our own and lean towards precision, as the lexicon does: "only",
// "long", "first" and "ahead of" are plain words on their own, and
// count only in the combinations below.

// judgementWords are adverbs and adjectives that grade what they
// describe, matched as whole lower-case words.
var judgementWords = map[string]bool{}

// judgementPhrases are word sequences that grade, matched token by token.
var judgementPhrases [][]string

// belittled are durations that "only", "just", "barely" or "mere" turn
// into a complaint ("only months to comply", "just two weeks after").
var belittled = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true,
	"months": true, "years": true, "a": true, "few": true,
}

// durationUnits end a belittled span that starts with a number.
var durationUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true,
}

// ranking words follow "put" + a noun when a report says what someone
// values over what ("putting profits ahead of safety", "put riders
// first").
var ranking = [][]string{{"ahead", "of"}, {"above"}, {"first"}}

func init() {
	for _, w := range strings.Fields(`finally belatedly shamelessly brazenly blatantly shockingly
		stunningly astonishingly staggering staggeringly whopping hefty paltry measly meager meagre
		lavish lavishly exorbitant obscene outrageous outrageously absurd absurdly ridiculous
		laughable disgraceful heartless callous cushy sweetheart overdue long-overdue unfair unfairly
		hardworking hard-working predictably unsurprisingly conveniently tellingly ironically
		woefully sorely grossly wildly utterly hopelessly merely heroic courageous tireless
		tirelessly deserve deserves deserved deserving rightly wrongly rightfully fanfare
		horrible horribly terrible terribly awful awfully dreadful horrendous abysmal`) {
		judgementWords[w] = true
	}
	for _, p := range []string{
		"long overdue", "long awaited", "long-awaited", "long suffering", "long-suffering",
		"long-promised", "long promised",
		"latest example", "yet another", "once again", "all along", "at the expense of",
		"working families", "ordinary people", "no surprise", "not surprisingly", "the truth is",
		"far too", "all too", "nothing short of", "a slap in the face", "turned a blind eye",
		"turn a blind eye", "at long last", "in the pocket of", "the good news", "the bad news",
	} {
		judgementPhrases = append(judgementPhrases, strings.Fields(p))
	}
}

// Evaluative returns the evaluative words and phrases a sentence uses in
// its own voice, lower-cased as written, in order and without repeats.
// As for Loaded, words inside double quotation marks belong to the
// speaker and are not counted.
func Evaluative(sentence string) []string {
	return evaluative(text.Normalize(sentence), false)
}

// evaluative is Evaluative on a normalised sentence; open says whether
// the sentence starts inside a quotation.
func evaluative(n string, open bool) []string {
	var out []string
	seen := map[string]bool{}
	add := func(toks []string) {
		w := strings.Join(toks, " ")
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, seg := range outsideSegments(n, open) {
		toks := text.Tokens(seg)
		for i := 0; i < len(toks); i++ {
			if k := phraseAt(toks, i); k > 0 {
				add(toks[i : i+k])
				i += k - 1
				continue
			}
			if k := belittledAt(toks, i); k > 0 {
				add(toks[i : i+k])
				i += k - 1
				continue
			}
			if k := rankingAt(toks, i); k > 0 {
				add(toks[i : i+k])
				i += k - 1
				continue
			}
			if k := neglectAt(toks, i); k > 0 {
				add(toks[i : i+k])
				i += k - 1
				continue
			}
			if k := gradedPredicateAt(toks, i); k > 0 {
				add(toks[i : i+k])
				i += k - 1
				continue
			}
			if judgementWords[toks[i]] {
				add(toks[i : i+1])
			}
		}
	}
	return out
}

// decayVerbs are what a thing left alone does.
var decayVerbs = map[string]bool{
	"crumble": true, "rot": true, "decay": true, "languish": true, "fester": true,
	"deteriorate": true, "wither": true, "stagnate": true,
}

// neglectAt matches "let" or "allowed" and, at most five words on, a
// verb of decay ("let the east pier crumble", "allowed the harbour wall
// to rot"): it blames someone for what they did not do, which is a
// judgement, not a report. 0 when there is none at toks[i].
func neglectAt(toks []string, i int) int {
	switch toks[i] {
	case "let", "lets", "letting", "allowed", "allowing", "allow", "allows":
	default:
		return 0
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if decayVerbs[toks[j]] {
			return j - i + 1
		}
	}
	return 0
}

// gradedWords, after a form of "be" and closing what it says, grade
// their subject's worth: "the timing is revealing", "the vote was
// striking because ...". Before a noun or another verb they may be plain
// ("is revealing the plans", "was telling reporters").
var gradedWords = map[string]bool{
	"revealing": true, "telling": true, "striking": true, "remarkable": true, "extraordinary": true,
	"noteworthy": true, "notable": true, "impressive": true, "unremarkable": true, "unimpressive": true,
}

// gradedPredicateAt matches a form of "be" and a graded word that ends
// the clause or gives its reason after it ("is revealing", "was striking
// because ..."); 0 when there is none at toks[i].
func gradedPredicateAt(toks []string, i int) int {
	switch toks[i] {
	case "is", "was", "are", "were", "be", "been":
	default:
		return 0
	}
	j := i + 1
	if j < len(toks) && (toks[j] == "very" || toks[j] == "most" || toks[j] == "particularly" || toks[j] == "especially") {
		j++
	}
	if j >= len(toks) || !gradedWords[toks[j]] {
		return 0
	}
	if j+1 < len(toks) {
		switch toks[j+1] {
		case "because", "since", "as", "for", "in":
		default:
			return 0
		}
	}
	return j - i + 1
}

// phraseAt returns the length of the longest judgement phrase at toks[i].
func phraseAt(toks []string, i int) int {
	best := 0
	for _, p := range judgementPhrases {
		if len(p) > best && hasAt(toks, i, p) {
			best = len(p)
		}
	}
	return best
}

// belittledAt matches "only months", "just two weeks", "barely a week",
// "a mere three days": a minimiser, at most two words, then a duration.
func belittledAt(toks []string, i int) int {
	start := i
	if toks[i] == "a" && i+1 < len(toks) && toks[i+1] == "mere" {
		i++
	}
	switch toks[i] {
	case "only", "just", "barely", "mere", "merely":
	default:
		return 0
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := toks[j]
		if durationUnits[t] {
			if j == i+1 && !strings.HasSuffix(t, "s") {
				return 0 // "the only day": a single unit, not a span
			}
			if k := j + 1; k+1 < len(toks) && (toks[k] == "a" || toks[k] == "per" || toks[k] == "each" || toks[k] == "every") && durationUnits[toks[k+1]] {
				return 0 // "only two days a week": a rule's frequency
			}
			return j - start + 1
		}
		if !belittled[t] && !text.IsNumber(t) {
			if _, ok := spelled(t); !ok {
				return 0
			}
		}
	}
	return 0
}

// rankingAt matches a form of "put" followed, within three words, by a
// ranking word: "putting profits ahead of safety", "put riders first".
// "put the bill before the committee" and "put the vote ahead of the
// deadline" are procedure, not a ranking, so "before" and "over" do not
// count, and "ahead of" counts only before a bare noun.
func rankingAt(toks []string, i int) int {
	switch toks[i] {
	case "put", "puts", "putting":
	default:
		return 0
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		for _, r := range ranking {
			if !hasAt(toks, j, r) {
				continue
			}
			end := j + len(r)
			if r[0] == "ahead" && (end >= len(toks) || !valueNoun(toks[end])) {
				return 0 // "put the vote ahead of the deadline", "ahead of schedule"
			}
			return end - i
		}
	}
	return 0
}

// valueNoun reports whether a word after "ahead of" names a value rather
// than a thing on a timetable: a bare noun ("care", "patients"), not a
// determiner or a word of time.
func valueNoun(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "this", "that", "schedule", "time", "plan", "next":
		return false
	}
	return !text.IsNumber(w) && !calendar[w]
}

func hasAt(toks []string, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k] != w {
			return false
		}
	}
	return true
}
