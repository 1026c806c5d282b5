package write

import (
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

// personal pronouns need someone named earlier in the same sentence.
var personal = map[string]bool{"he": true, "she": true, "him": true, "her": true, "his": true, "hers": true, "himself": true, "herself": true}

// people are nouns that a personal pronoun can refer back to.
var people = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`man woman boy girl driver mother father son daughter mayor chair
		chairman chairwoman councillor councilor resident engineer official spokesperson spokesman
		spokeswoman headteacher teacher owner worker cleaner nurse senator secretary governor auditor
		minister president director chief manager officer victim passenger pilot student founder
		customer doctor lawyer judge candidate leader member neighbour neighbor mechanic pensioner
		farmer commuter cyclist rider witness who`) {
		people[w] = true
	}
}

// properNouns collects the words the story capitalises where no sentence
// starts: those are names, so a sentence may open with one and still say
// who it is about ("Halvorsen told reporters ...").
// A word the story also writes in lower case ("school" beside "Linwood
// Primary School") is not a name.
func properNouns(ss []analyze.Sentence) map[string]bool {
	upper, lower := map[string]bool{}, map[string]bool{}
	for _, s := range ss {
		words := strings.Fields(text.Normalize(s.Text))
		for k, w := range words {
			if k == 0 || strings.HasSuffix(words[k-1], ".") {
				continue
			}
			core := strings.Trim(w, `,.;:!?()"'`)
			core = strings.TrimSuffix(core, "'s")
			r, _ := utf8.DecodeRuneInString(core)
			switch {
			case unicode.IsUpper(r):
				upper[strings.ToLower(core)] = true
			case unicode.IsLower(r):
				lower[core] = true
			}
		}
	}
	for w := range lower {
		delete(upper, w)
	}
	return upper
}

// selfContained reports whether every personal pronoun outside
// quotation marks has someone to refer to before it in the sentence: a
// name, or a noun for a person ("a 74-year-old man ... his car").
func (d *draft) selfContained(t string) bool {
	n := text.Normalize(t)
	inside := false
	antecedent := false
	for k, w := range strings.Fields(n) {
		q := strings.Count(w, `"`)
		core := strings.Trim(w, `,.;:!?()"'`)
		core = strings.TrimSuffix(core, "'s")
		low := strings.ToLower(core)
		if !inside {
			switch {
			case personal[low]:
				if !antecedent {
					return false
				}
			case people[low] || strings.HasSuffix(low, "er") && people[strings.TrimSuffix(low, "s")]:
				antecedent = true
			case isCapitalised(core) && (k > 0 || d.proper[low]) && !text.IsStopWord(low):
				antecedent = true
			}
		}
		if q%2 == 1 {
			inside = !inside
		}
	}
	return true
}

// needsIntro returns the surname when sentence i, published as t, names
// its speaker by a surname alone ("Anand said") and does not itself give
// the full name; "" otherwise.
func (d *draft) needsIntro(i int, t string) string {
	sp := d.a.Sentences[i].Speaker
	if sp == "" || strings.Contains(sp, " ") || !isCapitalised(sp) || !d.proper[strings.ToLower(sp)] {
		return ""
	}
	if d.hasFullName(t, sp) {
		return ""
	}
	return sp
}

// introduced reports whether the page (or one of the pending texts)
// names the person in full: a name of two words or more ending in the
// surname.
func (d *draft) introduced(surname string, pending []string) bool {
	for _, t := range append(append([]string(nil), d.texts...), pending...) {
		if d.hasFullName(t, surname) {
			return true
		}
	}
	return false
}

func (d *draft) hasFullName(t, surname string) bool {
	for _, n := range d.namesOf(t) {
		if f := strings.Fields(n); len(f) >= 2 && f[len(f)-1] == surname {
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
