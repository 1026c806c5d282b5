package write

import (
	"strings"
	"unicode"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// phrase is a noun phrase of a sentence, as a sub-editor would lift it
// for a heading: "Assembly vote", "audit's findings", "replacement
// nurses", "Dunmere Fishermen's Cooperative".
type phrase struct {
	key     string // stems, space-separated: what phrases compare by
	surface string // the words as written, the first one lower-cased at a sentence start
	words   int
	name    bool // every word capitalised where no sentence starts: a name
	the     bool // written after "the"
}

// Longest noun phrase taken for a heading, in words.
const maxPhraseWords = 3

// nounPhrases returns the noun phrases of a sentence. Runs of content
// words are split at punctuation, stop words, numbers and verbs; a run of
// capitalised words joined by "of" or "for" is one name and is taken
// whole ("Centre for Coastal Studies", never "Coastal Studies"); in other runs every span of one to three words that ends
// on a noun and does not start on a verb or a quantifier is a phrase
// ("federal rebate rules", "rebate rules", "rules"). A possessive joins
// its noun to the next ("audit's findings").
func (d *draft) nounPhrases(t string) []phrase {
	words := strings.Fields(text.Normalize(t))
	quoted := longQuoteWords(words)
	var out []phrase
	var run []string // surface words of the current run
	runThe, runName := false, true
	flush := func() {
		defer func() { run, runThe, runName = nil, false, true }()
		if len(run) == 0 || shouted(run) {
			return
		}
		if runName && len(run) > 1 {
			if len(run) <= 4 {
				out = append(out, d.makePhrase(run, runThe, true))
			}
			return
		}
		for i := range run {
			for j := i + 1; j <= len(run) && j-i <= maxPhraseWords; j++ {
				span := run[i:j]
				if !nounEnd(span[len(span)-1]) || !phraseStart(span[0]) || determinerInside(span) || verbBeforeName(span) {
					continue
				}
				out = append(out, d.makePhrase(span, runThe && i == 0, false))
			}
		}
	}
	for k, w := range words {
		opening := k == 0 || strings.ContainsAny(words[k-1], ".!?:")
		core := strings.Trim(w, `,.;:!?()[]"`)
		low := strings.ToLower(core)
		nextCap := k+1 < len(words) && isCapitalised(strings.Trim(words[k+1], `"(`)) && !strings.ContainsAny(w, ",.;:")
		if opening && !d.proper[strings.TrimSuffix(low, "'s")] && !nextCap && core != "" {
			core = low // "Crews" opens a sentence; it is no name, unlike "Ada Lusk"
		}
		capital := core != "" && unicode.IsUpper([]rune(core)[0])
		if strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "(") {
			flush() // a quotation or an aside starts a new run
		}
		switch {
		case core == "" || quoted[k]:
			flush()
		case len(run) > 0 && runName && (low == "of" || low == "for") && k+1 < len(words) && isCapitalised(strings.Trim(words[k+1], `"(`)):
			run = append(run, low) // "Centre for Coastal Studies"
			continue
		case !contentWord(low):
			flush()
			runThe = low == "the"
			continue
		case strings.HasSuffix(w, ".") && capital && analyze.IsHonorific(low) && k+1 < len(words) && isCapitalised(words[k+1]):
			flush() // "Sen." before a name: a title, cut short, that ends no phrase
			continue
		case !capital && (afterModal(words, k) || infinitive(words, k)):
			flush() // "which party will control the council", "a way to keep ties": a verb, no noun
			continue
		case k+1 < len(words) && !capital && participleVerb(low, words[k+1]):
			flush() // "coverage leading up to": a verb, no noun
			continue
		default:
			run = append(run, core)
			runName = runName && capital
		}
		if strings.ContainsAny(w, `,.;:!?)"`) {
			flush()
		}
	}
	flush()
	return out
}

// modals are followed by a verb: "will control", "could not reach".
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "did": true, "does": true, "do": true, "won't": true, "can't": true,
	"couldn't": true, "wouldn't": true, "shouldn't": true, "didn't": true, "doesn't": true, "don't": true}

// afterModal reports whether words[k] follows a modal, directly or after
// "not", "never" or "also".
func afterModal(words []string, k int) bool {
	low := func(j int) string { return strings.ToLower(strings.Trim(words[j], `,.;:!?()[]"`)) }
	j := k - 1
	if j >= 0 && (low(j) == "not" || low(j) == "never" || low(j) == "also") {
		j--
	}
	return j >= 0 && !strings.ContainsAny(words[j], ",.;:!?)") && modals[low(j)]
}

// infinitive reports whether words[k] is a verb after "to" that takes
// an object: "to keep ties", "to close the pier". A word after "to"
// that nothing follows in its clause is where something went ("sent to
// crews").
func infinitive(words []string, k int) bool {
	if k == 0 || k+1 >= len(words) || strings.ToLower(words[k-1]) != "to" || strings.ContainsAny(words[k], ",.;:!?)") {
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], `,.;:!?()[]"`))
	return articles[next] || determiners[next] || possessives[next] || contentWord(next)
}

// possessives open the object of a verb: "to close their pier".
var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}

// longQuoteWords marks the words of quotations longer than a name (see
// maxNameQuote): someone's own words, which never make a heading in
// the desk's voice. A short quotation ("the "Safe Quay" campaign") may
// name a thing and stays.
func longQuoteWords(words []string) []bool {
	return quotedWords(words, maxNameQuote+1)
}

// quotedWords marks the words (of a normalised sentence, see
// text.Normalize) that stand in a quotation of at least least words; an
// unclosed quotation runs to the end of the sentence.
func quotedWords(words []string, least int) []bool {
	out := make([]bool, len(words))
	for k := 0; k < len(words); k++ {
		if !strings.HasPrefix(strings.TrimLeft(words[k], "("), `"`) {
			continue
		}
		end := k
		for end < len(words) && !closesQuote(words[end]) {
			end++
		}
		if end == len(words) {
			end--
		}
		if end-k+1 >= least {
			for j := k; j <= end; j++ {
				out[j] = true
			}
		}
		k = end
	}
	return out
}

// closesQuote reports whether a word ends a quotation: a closing mark
// after at least one letter, before any trailing punctuation.
func closesQuote(w string) bool {
	t := strings.TrimRight(w, ",.;:!?)")
	return len(t) > 1 && strings.HasSuffix(t, `"`)
}

// participleVerb reports whether a word in -ing works as a verb before
// next: it takes an object or a particle ("leading up", "sending the",
// "praising his") where a noun in -ing ("the shooting of", "funding
// for") does not.
func participleVerb(low, next string) bool {
	if len(low) <= 5 || !strings.HasSuffix(low, "ing") {
		return false
	}
	switch strings.ToLower(strings.Trim(next, `"'“‘(,.;:`)) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them", "us",
		"up", "down", "out", "off", "into", "onto", "away", "back":
		return true
	}
	return false
}

// makePhrase builds a phrase from its surface words.
func (d *draft) makePhrase(ws []string, the, name bool) phrase {
	var stems []string
	for _, w := range ws {
		stems = append(stems, text.Stem(strings.ToLower(strings.TrimSuffix(w, "'s"))))
	}
	return phrase{key: strings.Join(stems, " "), surface: strings.Join(ws, " "), words: len(ws), name: name, the: the}
}

// contentWord reports whether a lower-case word may be part of a noun
// phrase: no stop word, number, speech verb or generic word.
func contentWord(low string) bool {
	core := strings.TrimSuffix(low, "'s")
	if len(core) < 3 || text.IsStopWord(core) || text.IsNumber(core) || generic[text.Stem(core)] || negative[core] || strings.HasSuffix(core, "n't") {
		return false // "wasn't", "didn't": a verb and its negation
	}
	for _, r := range core {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// nounEnd reports whether a word can end a noun phrase: not a verb form,
// a past participle, an adverb or a possessive.
func nounEnd(w string) bool {
	low := strings.ToLower(w)
	if strings.HasSuffix(low, "'s") || verbs[low] || speechVerb(low) || notNouns[low] || adjectiveEnd(low) || plainAdjectives[low] || strings.Contains(low, "'") {
		return false
	}
	if strings.HasSuffix(low, "ly") && !nounLike[low] {
		return false
	}
	return !(len(low) > 3 && strings.HasSuffix(low, "ed") && !strings.HasSuffix(low, "eed"))
}

// phraseStart reports whether a word can open a noun phrase: not a verb
// (a participle may, as an adjective: "blocked exits") and not a
// quantifier ("every contractor", "annual maintenance").
func phraseStart(w string) bool {
	low := strings.ToLower(w)
	if quantifiers[low] || speechVerb(low) || notNouns[low] || strings.HasSuffix(low, "ly") && !nounLike[low] ||
		strings.Contains(strings.TrimSuffix(low, "'s"), "'") {
		return false // "actually", "we've"
	}
	return !verbs[low] || strings.HasSuffix(low, "ed") || strings.HasSuffix(low, "en")
}

// verbBeforeName reports whether a span opens on a word in -ed in lower
// case before a name ("expected Marsh"): a verb and its object, where a
// participle that describes a noun comes before one in lower case
// ("blocked exits").
func verbBeforeName(span []string) bool {
	return len(span) > 1 && !isCapitalised(span[0]) && strings.HasSuffix(span[0], "ed") && isCapitalised(span[1])
}

// determinerInside reports whether a word after the first of a span is a
// determiner that opens a noun phrase ("banning several figures"): the
// span then joins two phrases, or a verb and its object.
func determinerInside(span []string) bool {
	for _, w := range span[1:] {
		switch strings.ToLower(w) {
		case "every", "several", "various", "certain", "another", "many", "numerous":
			return true
		}
	}
	return false
}

// notNouns are common words that neither open nor end a noun phrase:
// pronouns, adverbs and prepositions that the other rules let through,
// and past forms that do not end in -ed.
var notNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`himself herself themselves itself ourselves yourself ever even
		still just already also again soon perhaps regarding concerning including following according
		during upheld held won lost sought brought fought taught caught thought bought beat hit shut
		spread sent spent meant dealt felt kept left met paid said sold stood struck told took instead
		less more well earlier later upbeat democratic`) {
		notNouns[w] = true
	}
}

// plainAdjectives are common adjectives that the endings of adjectiveEnd
// miss: they may open a noun phrase ("racial disparity") but never end
// one ("potential racial").
var plainAdjectives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`racial social financial presidential judicial crucial essential federal
		international legal environmental economic domestic foreign civil nuclear global regional former
		likely next prominent significant important different independent violent urgent permanent
		relevant dominant apparent evident frequent innocent silent consistent confident decent ancient
		absent pregnant reluctant distant brilliant efficient sufficient prevalent top senior key main
		latest recent`) {
		plainAdjectives[w] = true
	}
}

// shouted reports whether two or more words of a run are in capitals
// throughout ("BLACKWELL'S WIFE"): a kicker or a label, not a name.
func shouted(run []string) bool {
	n := 0
	for _, w := range run {
		letters := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'S")
		if len(letters) > 1 && letters == strings.ToUpper(letters) && letters != strings.ToLower(letters) {
			n++
		}
	}
	return n >= 2
}

// adjectiveEnd reports whether a word ends as an adjective does
// ("uncomfortable", "dangerous", "careful", "political") and so cannot
// end a noun phrase.
func adjectiveEnd(low string) bool {
	for _, suf := range []string{"able", "ible", "ous", "ful", "less", "ical"} {
		if len(low) > len(suf)+2 && strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// negative words turn a phrase into a claim ("not dispute").
var negative = map[string]bool{"not": true, "no": true, "never": true, "nor": true, "cannot": true}

// nounLike are words in -ly that are nouns.
var nounLike = map[string]bool{"family": true, "supply": true, "rally": true, "assembly": true, "ally": true, "reply": true, "monopoly": true}

func speechVerb(low string) bool {
	switch low {
	case "said", "says", "say", "told", "tells", "added", "noted", "argued", "warned", "claimed", "announced":
		return true
	}
	return false
}

// phrasesOf is nounPhrases, remembered.
func (d *draft) phrasesOf(t string) []phrase {
	if ps, ok := d.phraseCache[t]; ok {
		return ps
	}
	if d.phraseCache == nil {
		d.phraseCache = map[string][]phrase{}
	}
	ps := d.nounPhrases(t)
	d.phraseCache[t] = ps
	return ps
}

// phraseDF counts, for every noun phrase, the sentences of independent
// reports that use it, and returns how many sentences were counted; it
// also records which outlets use each phrase.
func (d *draft) phraseDF() (map[string]int, int) {
	if d.pdf != nil {
		return d.pdf, d.pdfN
	}
	d.pdf, d.pOutlets = map[string]int{}, map[string]map[int64]bool{}
	for _, s := range d.a.Sentences {
		if !d.a.Reports[s.Report].Independent {
			continue
		}
		d.pdfN++
		seen := map[string]bool{}
		for _, p := range d.phrasesOf(s.Text) {
			if d.pOutlets[p.key] == nil {
				d.pOutlets[p.key] = map[int64]bool{}
			}
			d.pOutlets[p.key][d.outlets[s.Report]] = true
			if !seen[p.key] {
				seen[p.key] = true
				d.pdf[p.key]++
			}
		}
	}
	return d.pdf, d.pdfN
}

// outletsOf counts the independent outlets that use a noun phrase.
func (d *draft) outletsOf(key string) int {
	d.phraseDF()
	return max(1, len(d.pOutlets[key]))
}

// bestSurface is the surface form written most often, the first in
// alphabetical order on a tie.
func bestSurface(m map[string]int) string {
	best, n := "", 0
	for _, s := range sortedKeys(m) {
		if m[s] > n {
			best, n = s, m[s]
		}
	}
	return best
}
