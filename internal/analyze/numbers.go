package analyze

import (
	"regexp"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

var digits = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// numberWords are spelled numbers that news copy uses for quantities.
// "one" is left out: it is far more often a pronoun ("one of the").
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16",
	"seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
	"eighty": "80", "ninety": "90",
}

// IsNumberWord reports whether a word in lower case spells a count
// ("two", "seven", "twenty").
func IsNumberWord(low string) bool {
	_, ok := numberWords[low]
	return ok
}

// Numbers returns the quantities a text states, in order of first
// appearance and without repeats, normalised so that one quantity
// written two ways compares equal: thousands separators are dropped
// ("2,300" and "2300" are "2300") and spelled numbers become digits
// ("three" is "3", "twenty-five" is "25"). Two statements of one fact
// must state the same numbers: "2,300 homes" and "2,000 homes" differ.
func Numbers(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, tok := range text.Tokens(s) {
		if w, ok := spelled(tok); ok {
			add(w)
			continue
		}
		for _, m := range digits.FindAllString(tok, -1) {
			add(normaliseNumber(m))
		}
	}
	return out
}

func spelled(tok string) (string, bool) {
	if n, ok := numberWords[tok]; ok {
		return n, true
	}
	tens, unit, ok := strings.Cut(tok, "-")
	if !ok {
		return "", false
	}
	t, ok1 := numberWords[tens]
	u, ok2 := numberWords[unit]
	if !ok1 || !ok2 || len(t) != 2 || t[1] != '0' || len(u) != 1 {
		return "", false
	}
	return t[:1] + u, true
}

// normaliseNumber drops thousands separators: a comma followed by
// exactly three digits. Other commas and points are kept.
func normaliseNumber(m string) string {
	parts := strings.Split(m, ",")
	for i, p := range parts[1:] {
		group := p
		if dot := strings.IndexByte(p, '.'); dot >= 0 {
			if i != len(parts)-2 {
				return m // a decimal point before another comma
			}
			group = p[:dot]
		}
		if len(group) != 3 {
			return m
		}
	}
	return strings.Join(parts, "")
}
