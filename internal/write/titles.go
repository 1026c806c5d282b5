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
		saying telling adding clear fallen broken taken given driven written known shown`) {
		verbs[w] = true
	}
}

// title names a group by what its units talk about: the phrase that
// most of its units use and the other groups' units do not, weighted by
// how many of the story's sentences use it (a topic of the story, not a
// stray word) and by shape (a pair of words or a name reads best); when
// that phrase leaves some units out, the best phrase among those joins
// it. People quoted by name are left to the reactions, and a title
// already used is skipped.
func (d *draft) title(units, others []unit, head map[string]bool, used map[string]bool) string {
	elsewhere := map[string]int{}
	for _, o := range others {
		seen := map[string]bool{}
		for _, t := range d.termsOf(o.text()) {
			if !seen[t.Key] {
				seen[t.Key] = true
				elsewhere[t.Key]++
			}
		}
	}
	df, n := d.storyDF()
	type phrase struct {
		surface string
		in      map[int]bool
	}
	people := d.speakerWords()
	phrases := map[string]*phrase{}
	for k, u := range units {
		for _, t := range d.termsOf(u.text()) {
			if !headingWorthy(t, head) || namesPerson(t.Surface, people) {
				continue
			}
			p := phrases[t.Key]
			if p == nil {
				p = &phrase{surface: t.Surface, in: map[int]bool{}}
				phrases[t.Key] = p
			}
			p.in[k] = true
		}
	}
	score := func(key string, only map[int]bool) float64 {
		p := phrases[key]
		c := 0
		for k := range p.in {
			if only == nil || only[k] {
				c++
			}
		}
		// a phrase that more of the group's units share names the group
		// better, so coverage counts twice
		// several outlets using a phrase make it a topic of the story
		spread := 1 + 0.5*float64(min(d.outletsUsing(key), 3)-1)
		return float64(c*c) * math.Sqrt(rarity(df[key], n)) * shape(p.surface) * spread / float64(1+elsewhere[key])
	}
	pick := func(only map[int]bool, skip string) string {
		best, bestScore := "", 0.0
		for _, key := range sortedKeys(phrases) {
			if key == skip || used[headingFrom(phrases[key].surface)] || strings.Contains(" "+skip+" ", " "+key+" ") || strings.Contains(" "+key+" ", " "+skip+" ") {
				continue
			}
			if sc := score(key, only); sc > bestScore {
				best, bestScore = key, sc
			}
		}
		return best
	}
	if d.background(units) && !used["Background"] {
		return "Background"
	}
	first := pick(nil, "")
	if first == "" {
		return "Details"
	}
	// A single plain word reads better as the pair of words the group
	// uses it in ("harbor" as "Harbor district").
	if !strings.Contains(first, " ") && !isCapitalised(phrases[first].surface) {
		bestPair, bestScore := "", 0.0
		for _, key := range sortedKeys(phrases) {
			f := strings.Fields(key)
			if len(f) != 2 || f[0] != first && f[1] != first || used[headingFrom(phrases[key].surface)] {
				continue
			}
			if sc := score(key, nil); sc > bestScore {
				bestPair, bestScore = key, sc
			}
		}
		if bestPair != "" {
			first = bestPair
		}
	}
	title := d.recase(phrases[first].surface)
	// A title that leaves units out takes the best phrase of the others
	// too, when at least two of them share it.
	if len(phrases[first].in) < len(units) {
		rest := map[int]bool{}
		for k := range units {
			if !phrases[first].in[k] {
				rest[k] = true
			}
		}
		second := pick(rest, first)
		if second != "" && len(phrases[second].in) >= 2 && len(strings.Fields(title))+len(strings.Fields(phrases[second].surface)) <= 5 {
			title += " and " + d.recase(phrases[second].surface)
		}
	}
	return headingFrom(title)
}

// bodies are words that end the name of an organisation, not a person.
var bodies = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`authority council union department office cooperative service
		ferries agency committee board company commission ministry court police station school
		hospital party group association society institute university government administration
		bank fund trust club church`) {
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

// recase restores the capitals of names that a phrase lost at the start
// of a sentence ("halvorsen" is "Halvorsen").
func (d *draft) recase(phrase string) string {
	words := strings.Fields(phrase)
	for k, w := range words {
		if !isCapitalised(w) && d.proper[w] && !text.IsStopWord(w) {
			r, size := utf8.DecodeRuneInString(w)
			words[k] = string(unicode.ToUpper(r)) + w[size:]
		}
	}
	return strings.Join(words, " ")
}

// rarity is the inverse document frequency of a phrase in the story.
func rarity(df, n int) float64 {
	return math.Log(1 + float64(n)/float64(max(df, 1)))
}

// shape weighs how well a phrase reads as a heading: a pair of words or
// a name says more than one plain word.
func shape(surface string) float64 {
	w := 1.0
	if strings.Contains(surface, " ") {
		w *= 1.6
	}
	if isCapitalised(surface) {
		w *= 1.3
	}
	return w
}

// outletsUsing counts the independent outlets whose reports use a phrase.
func (d *draft) outletsUsing(key string) int {
	if d.phraseOutlets == nil {
		d.phraseOutlets = map[string]map[int64]bool{}
		for _, s := range d.a.Sentences {
			if !d.a.Reports[s.Report].Independent {
				continue
			}
			for _, t := range d.termsOf(s.Text) {
				if d.phraseOutlets[t.Key] == nil {
					d.phraseOutlets[t.Key] = map[int64]bool{}
				}
				d.phraseOutlets[t.Key][d.outlets[s.Report]] = true
			}
		}
	}
	return max(1, len(d.phraseOutlets[key]))
}

// storyDF counts, for every phrase, the sentences of independent reports
// that use it, and returns how many sentences were counted.
func (d *draft) storyDF() (map[string]int, int) {
	if d.df != nil {
		return d.df, d.dfN
	}
	df := map[string]int{}
	n := 0
	for _, s := range d.a.Sentences {
		if !d.a.Reports[s.Report].Independent {
			continue
		}
		n++
		seen := map[string]bool{}
		for _, t := range d.termsOf(s.Text) {
			if !seen[t.Key] {
				seen[t.Key] = true
				df[t.Key]++
			}
		}
	}
	d.df, d.dfN = df, n
	return df, n
}

// headingWorthy accepts a phrase that could title a section: it names a
// thing (its last word is no verb, past participle or adverb), it is not
// made only of generic words, and it says something the headline does
// not.
func headingWorthy(t analyze.Term, head map[string]bool) bool {
	words := strings.Fields(strings.ToLower(t.Surface))
	last := words[len(words)-1]
	if verbs[last] || strings.HasSuffix(last, "ly") || len(last) > 4 && strings.HasSuffix(last, "ed") && !strings.HasSuffix(last, "eed") {
		return false
	}
	if first := words[0]; len(words) > 1 && verbs[first] && !strings.HasSuffix(first, "en") && !strings.HasSuffix(first, "ed") {
		return false // "clear fallen": a verb and its object
	}
	if quantifiers[words[0]] {
		return false // "every contractor", "annual maintenance"
	}
	keys := strings.Fields(t.Key)
	for _, st := range keys {
		if generic[st] {
			return false
		}
	}
	for _, st := range keys {
		if !inHeadline(st, head) {
			return true
		}
	}
	return false
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
