package text

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/english"
)

// punkt is the English Punkt model shipped with the sentences package. It
// is built once, on first use, and only read afterwards: Tokenize keeps no
// state between calls, so one value serves every goroutine.
var punkt = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		// The training data is compiled into the binary; failing to
		// load it is a broken build, not a run-time condition.
		panic("text: load English sentence model: " + err.Error())
	}
	return tok
})

// Paragraphs splits text into paragraphs at blank lines (a line holding
// only white space counts as blank). Each paragraph is trimmed; single
// line breaks inside a paragraph are kept, since a sentence may wrap.
// Empty paragraphs are dropped.
func Paragraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out, cur []string
	flush := func() {
		if p := strings.TrimSpace(strings.Join(cur, "\n")); p != "" {
			out = append(out, p)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// Sentences splits one paragraph of English prose into sentences, each
// trimmed of surrounding white space and otherwise exactly as written, so
// that every sentence is a substring of its paragraph.
//
// It runs the Punkt model of github.com/neurosnap/sentences, which knows
// abbreviations such as "Dr.", "U.S." and "Inc.", and then corrects the
// cases news copy trips it on: a piece that starts in lower case ("$1.5
// bn. in reserves") continues the sentence before it; a title ("Gov.",
// "Sen.", "Mt.") never ends one; a full stop glued to the next sentence
// ("of gold.The next") ends one; and "a.m." or "p.m." before a capitalised word
// that is not part of a time ("9 p.m. Officials left") does end one, as
// does a full stop after a number or a lower-case "no" before a
// capitalised word ("... in 2031. The levy ...", "... voted no. Okonjo
// said ...") or after a web address ("... on Tarrow.gov. Residents
// ..."); a time's zone stays with it ("9 p.m. ET on ..."), and so does a
// name after "U.S." that an ordinal or a short start shows to be one
// ("The 7th U.S. Circuit Court ..."), and so does a dateline's place with
// the sentence after its dash ("PORT ALDER, Kest. -- The ferry ...").
func Sentences(paragraph string) []string {
	if strings.TrimSpace(paragraph) == "" {
		return nil
	}
	var spans [][2]int
	for _, s := range punkt().Tokenize(paragraph) {
		spans = append(spans, [2]int{s.Start, s.End})
	}
	spans = splitGlued(paragraph, joinGluedEnds(paragraph, spans))
	spans = splitAfterClock(paragraph, spans)
	spans = splitAfterAddress(paragraph, spans)
	spans = splitBetweenQuotes(paragraph, spans)
	spans = splitAfterNumber(paragraph, spans)
	spans = splitAfterNote(paragraph, spans)
	spans = mergeFragments(paragraph, spans)
	out := make([]string, 0, len(spans))
	for _, sp := range spans {
		if t := strings.TrimSpace(paragraph[sp[0]:sp[1]]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// titles are abbreviations that always precede a name, so a sentence
// never ends on them.
var titles = map[string]bool{
	"dr.": true, "mr.": true, "mrs.": true, "ms.": true, "gov.": true, "sen.": true,
	"rep.": true, "gen.": true, "prof.": true, "st.": true, "lt.": true, "col.": true,
	"capt.": true, "sgt.": true, "rev.": true, "supt.": true, "insp.": true, "det.": true,
	"mt.": true, "ft.": true, "adm.": true, "maj.": true, "cmdr.": true, "atty.": true, "pres.": true,
	"sens.": true, "reps.": true, "gens.": true, "hon.": true, "msgr.": true, "fr.": true,
	"ald.": true,
}

// EndsOnTitle reports whether s ends on a title that always precedes a
// name ("... for Lt. Gov."): the text broke off before the name.
func EndsOnTitle(s string) bool {
	return titleWord(LastWord(strings.TrimRight(s, `"'”’)`)))
}

// titleWord reports whether w is a title of titles, with any quotation
// mark or bracket that opens it: a quotation may open on one ("“Mr.
// Lowe has ...").
func titleWord(w string) bool {
	return titles[strings.ToLower(strings.TrimLeft(w, `"'“‘(`))]
}

// countryBefore reports whether a split falls between a country's
// initials and a title or a body of that country ("U.S. Senator Lowe",
// "the U.K. Supreme Court"), which the initials qualify, rather than at
// the end of a sentence.
func countryBefore(prev, next string) bool {
	switch strings.ToLower(LastWord(prev)) {
	case "u.s.", "u.k.", "u.n.", "e.u.":
		first := strings.ToLower(strings.Trim(firstWord(next), `,.;:'’"`))
		return countryQualified[first]
	}
	return false
}

// countryQualified are titles and bodies that follow a country's
// initials inside a sentence.
var countryQualified = map[string]bool{
	"senator": true, "sen": true, "senators": true, "rep": true, "representative": true,
	"president": true, "ambassador": true, "attorney": true, "army": true, "navy": true,
	"air": true, "marine": true, "marines": true, "department": true, "embassy": true,
	"court": true, "district": true, "supreme": true, "house": true, "senate": true,
	"congress": true, "capitol": true, "government": true, "secretary": true, "officials": true,
	"forces": true, "troops": true, "military": true, "treasury": true, "census": true,
	"coast": true, "border": true, "customs": true, "postal": true, "security": true,
	"intelligence": true, "envoy": true, "special": true, "state": true, "consulate": true,
}

// gluedStop matches a full stop with no space after it between a word in
// lower case and a capitalised one, as when two sentences of a page are
// joined without a space ("... of gold.The next ..."), or between a
// figure and a capitalised word ("... was 41.The pilot ...", "... the
// ferry "Pier 9."The next ..."), or between a country's initials and a
// capitalised word that is no title or body of it ("... with the
// U.S.Talks resume ..."); after a figure, the word must go on in lower
// case, since "3.A" may be a section's number. A quotation mark between
// the two may close the sentence before or open the next one.
var gluedStop = regexp.MustCompile(`(?:[a-z]{2}[.!?]["”’)“]?[A-Z](?:[a-z]|\s)|[0-9][.!?]["”’)“]?[A-Z][a-z]|\b[A-Z]\.[A-Z]\.[A-Z][a-z])`)

// splitGlued splits a span at every glued full stop (see gluedStop):
// before the capital, or before a quotation mark that opens the next
// sentence: a curly opening one, or a straight one that an even number
// of straight ones go before in the paragraph ("... the other
// pilots."Going back was hard," she said.").
func splitGlued(s string, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		start := sp[0]
		for _, loc := range gluedStop.FindAllStringIndex(s[sp[0]:sp[1]], -1) {
			m := s[sp[0]+loc[0] : sp[0]+loc[1]]
			at := sp[0] + loc[0] + strings.LastIndexAny(m[:len(m)-1], ".!?") + 1 // after the stop
			if m[0] >= 'A' && m[0] <= 'Z' && countryBefore(s[sp[0]:at], s[at:sp[1]]) {
				continue // "U.S.Army": the initials qualify the word
			}
			if q, size := utf8.DecodeRuneInString(s[at:]); q == '“' || q == '"' && strings.Count(s[:at], `"`)%2 == 0 {
				// the mark opens the next sentence
			} else if q == '"' || q == '”' || q == '’' || q == ')' {
				at += size
			}
			out = append(out, [2]int{start, at})
			start = at
		}
		out = append(out, [2]int{start, sp[1]})
	}
	return out
}

// gluedEnd matches a word that ends a span of the sentence model after
// a glued full stop ("adventure."But"): the model broke the sentence
// after the word, not before it.
var gluedEnd = regexp.MustCompile(`[a-z0-9][.!?]["”’)“]?[A-Z]\p{L}*$`)

// joinGluedEnds joins a span of the sentence model to the next when it
// ends on a word glued to a full stop (see gluedEnd), so that the word
// stays with the sentence it opens once splitGlued splits the glue.
func joinGluedEnds(s string, spans [][2]int) [][2]int {
	out := spans[:0:0]
	for i, sp := range spans {
		if i > 0 && gluedEnd.MatchString(strings.TrimSpace(s[spans[i-1][0]:spans[i-1][1]])) {
			out[len(out)-1][1] = sp[1]
			continue
		}
		out = append(out, sp)
	}
	return out
}

// splitWhere splits each span at every match of re inside it, where cut
// says, as an offset into the match.
func splitWhere(s string, spans [][2]int, re *regexp.Regexp, cut func(match string) int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		start := sp[0]
		for _, loc := range re.FindAllStringIndex(s[sp[0]:sp[1]], -1) {
			at := sp[0] + loc[0] + cut(s[sp[0]+loc[0]:sp[0]+loc[1]])
			out = append(out, [2]int{start, at})
			start = at
		}
		out = append(out, [2]int{start, sp[1]})
	}
	return out
}

// mergeFragments joins a span to the one before it when the split was
// wrong: the span starts with a lower-case letter or with a closing
// bracket or a comma ("(Tarr. ), Lowe ..."), or the previous span ends on
// a title.
func mergeFragments(s string, spans [][2]int) [][2]int {
	out := spans[:0:0]
	for _, sp := range spans {
		if len(out) > 0 {
			prev := &out[len(out)-1]
			body := strings.TrimSpace(s[sp[0]:sp[1]])
			r, _ := utf8.DecodeRuneInString(body)
			if unicode.IsLower(r) || strings.ContainsRune(`),;:]`, r) || titleWord(LastWord(s[prev[0]:prev[1]])) || countryBefore(s[prev[0]:prev[1]], body) || clockBefore(s[prev[0]:prev[1]], body) || abbreviationFragment(s[prev[0]:prev[1]]) || datelineBefore(s[prev[0]:prev[1]], body) {
				prev[1] = sp[1]
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// datelineHead matches the place of a wire dateline that ends on a
// region's abbreviation: "PORT ALDER, Kest." of "PORT ALDER, Kest. --
// The ferry ...".
var datelineHead = regexp.MustCompile(`^[A-Z][A-Z'’.\-]*(?:[ /][A-Z][A-Z'’.\-]*)*, [A-Z][a-z]{1,5}\.(?: ?[A-Z][a-z]?\.)?$`)

// datelineBefore reports whether a span that is a dateline's place and
// the span after it, which opens with the dateline's dash, are one
// sentence: the full stop of the region's abbreviation ended no
// sentence.
func datelineBefore(prev, next string) bool {
	return datelineHead.MatchString(strings.TrimSpace(prev)) && (strings.HasPrefix(next, "-") || strings.HasPrefix(next, "—") || strings.HasPrefix(next, "–"))
}

// timeWords may follow "a.m." or "p.m." inside one sentence.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "et": true, "est": true, "edt": true,
	"ct": true, "cst": true, "pt": true, "pst": true, "pdt": true, "gmt": true, "utc": true,
	"bst": true, "cet": true, "eastern": true, "central": true, "pacific": true, "mountain": true,
	"local": true,
}

// dottedAbbreviation matches a word of capitals and full stops, "U.S."
// or "U.K.", that may end a sentence or stand before a name.
var dottedAbbreviation = regexp.MustCompile(`^(\p{Lu}\.){2,}$`)

// ordinal matches "7th", "21st", "2nd".
var ordinal = regexp.MustCompile(`^\d+(st|nd|rd|th)$`)

// abbreviationFragment reports whether a span that ends on a dotted
// abbreviation is no sentence but the start of a name the split cut: an
// ordinal comes before the abbreviation ("The 7th U.S." of "The 7th U.S.
// Circuit Court ..."), or the span has three words or fewer.
func abbreviationFragment(span string) bool {
	f := strings.Fields(span)
	if len(f) == 0 || !dottedAbbreviation.MatchString(f[len(f)-1]) {
		return false
	}
	return len(f) <= 3 || ordinal.MatchString(f[len(f)-2])
}

// clockBefore reports whether a span that ends on "a.m." or "p.m." and
// the span after it are one sentence: the second opens with the time's
// zone or day ("9 p.m. ET on ...").
func clockBefore(prev, next string) bool {
	last := strings.ToLower(LastWord(prev))
	word := strings.ToLower(strings.TrimRight(firstWord(next), ".,;:)"))
	return (last == "a.m." || last == "p.m.") && timeWords[word]
}

// webAddress matches a web address that ends a sentence, its full stop
// and the capital that opens the next one: "... on Tarrow.gov. Residents
// ...". Punkt reads the address as an abbreviation and does not break.
var webAddress = regexp.MustCompile(`\b[\p{L}\d-]+\.(com|org|net|gov|edu|info|io|tv|co\.uk|org\.uk|gov\.uk)\.\s+\p{Lu}`)

// quoteAfterQuote matches a quotation that ends a sentence, with its
// full stop inside the quotation marks, and a quotation that opens the
// next with a capital: `... "public disorder." "If you look ...`.
// Punkt does not break there.
var quoteAfterQuote = regexp.MustCompile(`[.!?]["”]\s+["“]\p{Lu}`)

// splitBetweenQuotes splits a span after every quotation that ends a
// sentence where another opens the next (see quoteAfterQuote).
func splitBetweenQuotes(s string, spans [][2]int) [][2]int {
	return splitWhere(s, spans, quoteAfterQuote, func(m string) int {
		_, size := utf8.DecodeRuneInString(m[1:])
		return 1 + size // after the closing mark
	})
}

// splitAfterAddress splits a span after every web address that ends a
// sentence (see webAddress).
func splitAfterAddress(s string, spans [][2]int) [][2]int {
	return splitWhere(s, spans, webAddress, func(m string) int { return strings.LastIndex(m, ".") + 1 })
}

// splitAfterClock splits a span after "a.m." or "p.m." when a capitalised
// word that is not part of a time follows: Punkt treats those as
// abbreviations and never breaks after them.
func splitAfterClock(s string, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		start := sp[0]
		for i := sp[0]; i < sp[1]; i++ {
			var n int
			switch {
			case strings.HasPrefix(s[i:sp[1]], "a.m. "), strings.HasPrefix(s[i:sp[1]], "p.m. "):
				n = len("a.m.")
			default:
				continue
			}
			next := strings.TrimLeft(s[i+n:sp[1]], " ")
			r, _ := utf8.DecodeRuneInString(next)
			word := strings.ToLower(strings.TrimRight(firstWord(next), ".,;:)"))
			if unicode.IsUpper(r) && !timeWords[word] {
				out = append(out, [2]int{start, i + n})
				start = i + n
			}
		}
		out = append(out, [2]int{start, sp[1]})
	}
	return out
}

// LastWord returns the last of s's words (split at white space), or ""
// when it has none.
func LastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
