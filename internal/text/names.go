package text

import (
	"strings"
	"unicode"
)

// Names returns the capitalised word sequences of s that look like names
// of people, places or bodies ("Port Calder", "Mayor Ines Halvorsen"). A
// stop word that is capitalised only because it starts a sentence ("The",
// "In") is not a name. It is a cheap stand-in for entity recognition: good
// enough to tell whether two reports talk about the same actors.
func Names(s string) []string {
	words := strings.Fields(quoteFolds.Replace(s))
	var out, cur []string
	flush := func() {
		for len(cur) > 0 && isConnector(cur[len(cur)-1]) {
			cur = cur[:len(cur)-1]
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for _, w := range words {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		core = strings.TrimSuffix(core, "'s")
		switch {
		case core == "":
			flush()
		case unicode.IsUpper([]rune(core)[0]) && !IsStopWord(strings.ToLower(core)):
			cur = append(cur, core)
		case len(cur) > 0 && isConnector(core):
			cur = append(cur, core)
		default:
			flush()
		}
		// punctuation after the word ends the name
		if last := w[len(w)-1]; strings.IndexByte(",.;:!?)\"", last) >= 0 {
			flush()
		}
	}
	flush()
	return out
}

func isConnector(w string) bool { return w == "of" || w == "de" || w == "van" || w == "von" }
