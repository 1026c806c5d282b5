package text

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// quoteFolds maps typographic quote marks, apostrophes, dashes and odd
// spaces to plain ASCII, so that a quote copied from a page compares equal
// to the same words typed with straight quotes.
var quoteFolds = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
	"\u2013", "-", "\u2014", "-", "\u2212", "-",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u200b", "",
	"\u2026", "...",
)

// Normalize returns s in Unicode NFC with quote marks and dashes folded to
// ASCII and every run of white space collapsed to one space, trimmed. Two
// strings that a reader would call "the same words" normalise equal.
func Normalize(s string) string {
	s = norm.NFC.String(s)
	s = quoteFolds.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// Contains reports whether needle occurs in haystack once both are
// normalised; it is how quotes and extracted sentences are checked
// against stored text.
func Contains(haystack, needle string) bool {
	n := Normalize(needle)
	if n == "" {
		return false
	}
	return strings.Contains(Normalize(haystack), n)
}
