package store

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/news"
)

// snippetBefore is how many words of context a snippet may show before
// the first word it was chosen for, within a third of its length.
const snippetBefore = 8

// textWord is one word of a text: its bytes [start, end), and the words
// searched for that it matches, as bits (bit i for the i-th); 0 for none.
type textWord struct {
	start, end int
	matches    uint32
}

// textWords returns the words of s as the search sees them: runs of
// letters and digits, with the marks that accent them. A word matches a
// word searched for when one of its folded pieces (see foldWords) begins
// with it, as both databases match a prefix. words holds at most
// maxSearchWords, which the bits of textWord.matches hold.
func textWords(s string, words []string) []textWord {
	var out []textWord
	start := -1
	end := func(i int) {
		if start < 0 {
			return
		}
		w := textWord{start: start, end: i}
		for _, piece := range foldWords(s[start:i]) {
			for j, q := range words {
				if strings.HasPrefix(piece, q) {
					w.matches |= 1 << j
				}
			}
		}
		out = append(out, w)
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
			if start < 0 {
				start = i
			}
			continue
		}
		end(i)
	}
	end(len(s))
	return out
}

// markWords returns where s holds the words searched for: each whole word
// that matches one of them.
func markWords(s string, words []string) []news.Span {
	var out []news.Span
	for _, w := range textWords(s, words) {
		if w.matches != 0 {
			out = append(out, news.Span{Start: w.start, End: w.end})
		}
	}
	return out
}

// snippet returns what a reader is shown of a report's text: at most
// news.MaxSnippetWords words and news.MaxSnippetRunes characters, on one
// line, around the place where the most of the words searched for come
// together, with a few words before it, "…" where the text goes on, and
// the matching words marked. A text in which no word matches (a report
// found by its title) shows its opening words. Invalid UTF-8 becomes
// U+FFFD, and control and formatting characters (which could reverse
// the line's direction) are dropped.
func snippet(text string, words []string) news.Snippet {
	text = strings.ToValidUTF8(text, "\uFFFD")
	ws := textWords(text, words)
	if len(ws) == 0 {
		return news.Snippet{}
	}
	// glued reports whether the i-th word follows the one before it with
	// no space between, as in "Carrow's" or "low-wage": a snippet starts
	// and ends outside such runs, where it can.
	glued := func(i int) bool {
		return i > 0 && i < len(ws) && !strings.ContainsFunc(text[ws[i-1].end:ws[i].start], unicode.IsSpace)
	}
	// piece is the i-th word as the snippet writes it, after what comes
	// between it and the one before.
	piece := func(i, start int) string {
		if i == start {
			return text[ws[i].start:ws[i].end]
		}
		return oneLine(text[ws[i-1].end:ws[i].start]) + text[ws[i].start:ws[i].end]
	}
	// One rune of the budget is kept for the closing "…".
	budget := news.MaxSnippetRunes - 1
	first := bestWindow(ws, news.MaxSnippetWords-snippetBefore)
	start := first
	for start > 0 && first-start < snippetBefore &&
		utf8.RuneCountInString(text[ws[start-1].start:ws[first].start]) <= budget/3 {
		start--
	}
	for start < first && glued(start) {
		start++
	}
	n := 0 // runes of the snippet
	if start > 0 {
		n++ // the opening "…"
	}
	end := start
	for ; end < len(ws) && end-start < news.MaxSnippetWords; end++ {
		size := utf8.RuneCountInString(piece(end, start))
		if n+size > budget {
			break
		}
		n += size
	}
	for end > first+1 && glued(end) {
		end--
		n -= utf8.RuneCountInString(piece(end, start))
	}
	var b strings.Builder
	var marks []news.Span
	if start > 0 {
		b.WriteString("…")
	}
	if end == start {
		// a single word longer than the whole snippet: its beginning
		word := cutRunes(text[ws[start].start:ws[start].end], budget-n)
		if ws[start].matches != 0 {
			marks = append(marks, news.Span{Start: b.Len(), End: b.Len() + len(word)})
		}
		b.WriteString(word + "…")
		return news.Snippet{Text: b.String(), Marks: marks}
	}
	for i := start; i < end; i++ {
		p := piece(i, start)
		b.WriteString(p[:len(p)-(ws[i].end-ws[i].start)])
		if ws[i].matches != 0 {
			marks = append(marks, news.Span{Start: b.Len(), End: b.Len() + ws[i].end - ws[i].start})
		}
		b.WriteString(text[ws[i].start:ws[i].end])
	}
	if end < len(ws) {
		b.WriteString("…")
	} else if tail := strings.TrimSpace(oneLine(text[ws[end-1].end:])); utf8.RuneCountInString(tail) <= min(3, news.MaxSnippetRunes-n) {
		b.WriteString(tail) // the closing full stop, quote or bracket
	}
	return news.Snippet{Text: b.String(), Marks: marks}
}

// bestWindow returns the index of the matching word from which the next
// span words hold the most different words searched for: the first such
// word, or 0 when no word matches.
func bestWindow(ws []textWord, span int) int {
	best, most := 0, 0
	for i, w := range ws {
		if w.matches == 0 {
			continue
		}
		var seen uint32
		for _, next := range ws[i:min(i+span, len(ws))] {
			seen |= next.matches
		}
		if n := bits.OnesCount32(seen); n > most {
			best, most = i, n
		}
	}
	return best
}

// oneLine returns s with each run of white space and control characters
// made one space, and formatting characters dropped.
func oneLine(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = true
		case unicode.Is(unicode.Cf, r):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// cutRunes returns the first n runes of s.
func cutRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
