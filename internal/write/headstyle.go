package write

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/analyze"
)

// inHeadlineStyle writes headline h without the articles that a
// headline does without: "A federal judge ordered the harbour board to
// reopen the pier" heads the page as "Federal judge ordered harbour
// board to reopen pier". An article goes when it is "a", "an" or "the"
// inside the headline, or opens it before a word in lower case or a
// figure ("The" before a name may be part of it: "The Hague"), outside
// quotation marks, and not where the phrase needs it for its sense ("a
// few", "a little", "twice a week", "such a", "the same", "at the
// time", "all the"). The outlet a headline is attributed to keeps its
// name whole, and so does anything in quotation marks. h is kept as it
// is when what is left would be an outlet's title word for word, or
// would have fewer than three words.
func (d *draft) inHeadlineStyle(h string) string {
	body, tail := h, ""
	for _, r := range d.a.Reports {
		name := outletName(r)
		for _, verb := range []string{" reports", " argues"} {
			if b, ok := strings.CutSuffix(h, ", "+name+verb); ok && name != "" {
				body, tail = b, ", "+name+verb
			}
		}
	}
	words := strings.Fields(body)
	out := make([]string, 0, len(words))
	for k, w := range words {
		if k+1 < len(words) && droppableArticle(words, k) && !analyze.Quoted(strings.Join(words[:k], " ")) {
			continue
		}
		out = append(out, w)
	}
	if len(out) < 3 || len(out) == len(words) {
		return h
	}
	if len(out[0]) > 0 && len(words[0]) > 0 && out[0] != words[0] {
		r, n := utf8.DecodeRuneInString(out[0])
		out[0] = string(unicode.ToUpper(r)) + out[0][n:]
	}
	styled := strings.Join(out, " ") + tail
	key := titleKey(styled)
	for _, r := range d.a.Reports {
		if titleKey(r.Title) == key || titleKey(trimOutlet(r.Title, r.Outlet)) == key {
			return h
		}
	}
	return styled
}

// articleKeepers are the words after an article that need it for the
// phrase's sense ("a few" is not "few"), and articleKeptAfter those
// before it ("such a move", "like a ghost", "twice a week").
var (
	articleKeepers = map[string]bool{
		"few": true, "little": true, "lot": true, "bit": true, "while": true, "same": true,
		"day": true, "week": true, "month": true, "year": true, "hour": true, "night": true, "minute": true, "time": true,
	}
	articleKeptAfter = map[string]bool{
		"such": true, "what": true, "quite": true, "like": true, "many": true, "half": true, "rather": true,
		"once": true, "twice": true, "all": true, "both": true,
	}
)

// droppableArticle reports whether words[k] is an article that a
// headline drops (see inHeadlineStyle).
func droppableArticle(words []string, k int) bool {
	w := words[k]
	switch w {
	case "a", "an", "the":
	case "A", "An", "The":
		if k > 0 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(words[k+1]); !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	default:
		return false
	}
	next := strings.ToLower(strings.Trim(words[k+1], `,.;:`))
	if articleKeepers[next] || strings.IndexAny(words[k+1], `"“‘`) == 0 {
		return false
	}
	return k == 0 || !articleKeptAfter[strings.ToLower(words[k-1])]
}
