package write

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// titleWords come before a name and keep its capital ("President
// Ramos", "Mayor Halvorsen").
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president vice prime minister chancellor senator sen rep
		representative governor gov mayor judge justice secretary king queen prince princess pope
		general gen admiral colonel col captain capt sergeant sgt lieutenant lt dr doctor professor
		prof mr mrs ms miss sir dame lord lady speaker chairman chairwoman chief commissioner councillor
		councilor ambassador attorney detective officer inspector superintendent bishop
		archbishop rabbi imam reverend rev saint st mount mt lake fort port north south east west
		new`) {
		titleWords[w] = true
	}
}

// attribute returns t attributed to an outlet: "According to <outlet>, "
// and t, its first letter lowered when its first word is an ordinary
// word rather than a name, an acronym or the start of a quotation.
func (d *draft) attribute(t, outlet string) string {
	return news.Attribution(outlet) + d.lowerFirst(t)
}

// lowerFirst lowers the first letter of a sentence that goes after an
// attribution, unless the first word keeps its capital: an acronym ("US",
// "NATO"), "I", a word the story capitalises mid-sentence (a name), or a
// title before a name ("President Ramos").
func (d *draft) lowerFirst(t string) string {
	words := strings.Fields(t)
	if len(words) == 0 {
		return t
	}
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return t
	}
	core := strings.TrimRight(words[0], `,.;:!?'"’”)`)
	core = strings.TrimSuffix(strings.TrimSuffix(core, "'s"), "’s")
	low := strings.ToLower(core)
	switch {
	case acronym(core), core == "I":
		return t
	case text.IsStopWord(low):
	case d.proper[low]:
		return t
	case titleWords[low] && len(words) > 1 && isCapitalised(strings.Trim(words[1], `"'“‘(`)):
		return t
	}
	return string(unicode.ToLower(r)) + t[size:]
}

// acronym reports whether a word opens with an acronym: two capitals, or
// a capital and a full stop ("US", "NATO", "U.S.-bound", "UK's").
func acronym(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && (unicode.IsUpper(r[1]) || r[1] == '.')
}
