package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleQuote is the longest title, in words, that quotation marks may
// hold in place of a name.
const maxTitleQuote = 10

// QuotedTitle reports whether a quotation is a title: at most
// maxTitleQuote words, each capitalised or a figure, but for the small
// words a title writes in lower case ("Safe Piers for Dunmere Families
// Act"). What someone said goes on in lower case.
func QuotedTitle(q string) bool {
	words := strings.Fields(q)
	if len(words) == 0 || len(words) > maxTitleQuote {
		return false
	}
	for k, w := range words {
		core := strings.Trim(w, `,.;:!?()'"‘’“”`)
		if core == "" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(core); unicode.IsUpper(r) || unicode.IsDigit(r) || k > 0 && titleSmallWords[core] {
			continue
		}
		return false
	}
	return true
}

// titleSmallWords are the words a title keeps in lower case.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "in": true,
	"on": true, "at": true, "to": true, "by": true, "with": true, "from": true, "de": true,
}
