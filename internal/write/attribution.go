package write

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/news"
	"github.com/theunbiasedpost/unbiased/internal/text"
)

// attribute returns t attributed to an outlet: "According to <outlet>, "
// and t, its first letter lowered when its first word is an ordinary
// word rather than a name, an acronym or the start of a quotation; or,
// when t itself says "according to" someone, t and ", <outlet>
// reported.", so that no sentence says "according to" twice in a row.
func (d *draft) attribute(t, outlet string) string {
	if strings.Contains(strings.ToLower(t), "according to ") && strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") {
		return strings.TrimSuffix(t, ".") + news.ReportedBy(outlet)
	}
	return news.Attribution(outlet) + d.lowerFirst(t)
}

// lowerFirst lowers the first letter of a sentence that goes after an
// attribution, unless the first word keeps its capital: an acronym ("US",
// "NATO"), "I", a word the story capitalises mid-sentence (a name), or
// the first word of a name or of a title before one ("Walter Simms",
// "President Ramos"). "The" and other stop words are always lowered.
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
	case len(words) > 1 && isCapitalised(strings.Trim(words[1], `"'“‘(`)):
		return t // the first word of a name: "Walter Simms", "White House"
	}
	return string(unicode.ToLower(r)) + t[size:]
}

// acronym reports whether a word opens with an acronym: two capitals, or
// a capital and a full stop ("US", "NATO", "U.S.-bound", "UK's").
func acronym(w string) bool {
	r := []rune(w)
	return len(r) > 1 && unicode.IsUpper(r[0]) && (unicode.IsUpper(r[1]) || r[1] == '.')
}
