package analyze

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// lexEntry is one lexicon entry: a sequence of words, each matched by
// stem unless exact is set.
type lexEntry struct {
	words   []string // stems, or exact lower-case words
	exact   bool
	neutral bool // a plain phrase that holds a loaded word: not loaded
	// modifier marks a phrase whose last word is plain and whose words
	// before it sell it ("explosive report"): see DropSellingModifiers.
	modifier bool
}

// lexIndex maps the first word of every entry (its stem, or the exact
// word prefixed with "=") to the entries that start with it.
var lexIndex = sync.OnceValue(func() map[string][]lexEntry {
	idx := map[string][]lexEntry{}
	for _, line := range strings.Split(lexicon, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line, neutral := strings.CutPrefix(line, "!")
		line, modifier := strings.CutPrefix(line, "^")
		e := lexEntry{exact: strings.HasPrefix(line, "="), neutral: neutral, modifier: modifier}
		for _, t := range text.Tokens(strings.TrimPrefix(line, "=")) {
			if e.exact {
				e.words = append(e.words, t)
			} else {
				e.words = append(e.words, text.Stem(t))
			}
		}
		key := e.words[0]
		if e.exact {
			key = "=" + key
		}
		idx[key] = append(idx[key], e)
	}
	return idx
})

// LexiconSize is the number of entries in the loaded-language lexicon.
func LexiconSize() int {
	n := 0
	for _, es := range lexIndex() {
		for _, e := range es {
			if !e.neutral {
				n++
			}
		}
	}
	return n
}

// Loaded returns the loaded words and phrases that a sentence uses in its
// own voice, lower-cased as written, in order and without repeats. Words
// inside double quotation marks are not counted: a quoted speaker's words
// are reported, not asserted. A quotation mark left open runs to the end
// of the sentence. Single quote marks are treated as text, since they
// cannot be told from apostrophes; that errs towards flagging.
func Loaded(sentence string) []string {
	return loaded(text.Normalize(sentence), false)
}

// LoadedAnywhere is Loaded without the exemption for quotations, for
// text that must be neutral even where it quotes, such as a headline.
func LoadedAnywhere(s string) []string {
	return matchLexicon(text.Tokens(text.Normalize(s)), nil)
}

// loaded finds loaded words outside quotation marks in a normalised
// sentence; open says whether the sentence starts inside a quotation.
func loaded(n string, open bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, seg := range outsideSegments(n, open) {
		out = matchLexicon(text.Tokens(seg), out)
	}
	j := 0
	for _, w := range out {
		if !seen[w] {
			seen[w] = true
			out[j] = w
			j++
		}
	}
	return out[:j]
}

// matchLexicon appends to out the surface form of every lexicon entry
// found in toks, preferring the longest entry at each position.
func matchLexicon(toks []string, out []string) []string {
	idx := lexIndex()
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = text.Stem(t)
	}
	for i := 0; i < len(toks); {
		best, neutral := 0, false
		for _, e := range append(idx[stems[i]], idx["="+toks[i]]...) {
			if len(e.words) > best && e.matches(toks[i:], stems[i:]) {
				best, neutral = len(e.words), e.neutral
			}
		}
		if best == 0 {
			i++
			continue
		}
		if !neutral {
			out = append(out, strings.Join(toks[i:i+best], " "))
		}
		i += best
	}
	return out
}

func (e lexEntry) matches(toks, stems []string) bool {
	if len(toks) < len(e.words) {
		return false
	}
	for k, w := range e.words {
		if e.exact && toks[k] != w || !e.exact && stems[k] != w {
			return false
		}
	}
	return true
}

// DropSellingModifiers returns s without the words that sell a plain
// noun in the lexicon's phrases marked so ("an explosive report" becomes
// "a report", "an “explosive report”" too), the article before them
// agreeing with the noun. A headline states what happened in the desk's
// words: the report was denied whatever an outlet called it.
func DropSellingModifiers(s string) string {
	low := strings.ToLower(s)
	if !slices.ContainsFunc(modifierHeads(), func(h string) bool { return strings.Contains(low, h) }) {
		return s // no word of s can open such a phrase
	}
	words := strings.Fields(s)
	toks, stems := wordStems(words)
	idx := lexIndex()
	changed := false
	for i := 0; i < len(words); i++ {
		if toks[i] == "" {
			continue
		}
		size := 0
		for _, e := range idx[stems[i]] {
			if e.modifier && len(e.words) > size && e.matches(toks[i:], stems[i:]) {
				size = len(e.words)
			}
		}
		if size < 2 {
			continue
		}
		first, noun := words[i], words[i+size-1]
		if open := strings.TrimLeft(first, `"“‘`); open != first {
			core := strings.TrimRight(noun, `.,;:`)
			if c := strings.TrimRight(core, `"”’`); c != core {
				noun = c + noun[len(core):] // the quotation was the phrase: it goes with it
			} else {
				noun = first[:len(first)-len(open)] + noun // it runs on: it opens on the noun
			}
		}
		words = append(append(words[:i:i], noun), words[i+size:]...)
		if i > 0 {
			words[i-1] = agreeingArticle(words[i-1], noun)
		}
		toks, stems = wordStems(words)
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// modifierHeads are the first words of the phrases marked "^" (their
// stems, or the exact words), each without its last two letters:
// stemming changes only a word's end, a suffix and at most two letters
// before it ("happy" is "happi", "dying" is "die"), so a word with such a
// stem starts with its head.
var modifierHeads = sync.OnceValue(func() []string {
	var out []string
	for key, es := range lexIndex() {
		if slices.ContainsFunc(es, func(e lexEntry) bool { return e.modifier }) {
			key = strings.TrimPrefix(key, "=")
			out = append(out, key[:max(len(key)-2, 0)])
		}
	}
	sort.Strings(out)
	return out
})

// wordStems returns each word in lower case without the punctuation
// around it, and its stem.
func wordStems(words []string) (toks, stems []string) {
	for _, w := range words {
		t := strings.ToLower(strings.Trim(w, `"'“”‘’(),;:.!?`))
		toks = append(toks, t)
		stems = append(stems, text.Stem(t))
	}
	return toks, stems
}

// agreeingArticle returns article, if it is "a" or "an", as it agrees
// with the word after it; any other word as it is.
func agreeingArticle(article, next string) string {
	low := strings.ToLower(article)
	if low != "a" && low != "an" {
		return article
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, `"“‘`))
	want := "a"
	if strings.ContainsRune("aeiouAEIOU", r) {
		want = "an"
	}
	if article != low {
		want = strings.ToUpper(want[:1]) + want[1:]
	}
	return want
}

// outsideSegments returns the pieces of a normalised sentence that lie
// outside double quotation marks.
func outsideSegments(n string, open bool) []string {
	var out []string
	inside := open
	for _, part := range strings.Split(n, `"`) {
		if !inside {
			out = append(out, part)
		}
		inside = !inside
	}
	return out
}

// OwnVoice returns what a sentence says in its own voice: its text, white
// space and quote marks normalised, with every quotation taken out.
func OwnVoice(sentence string) string {
	return strings.Join(outsideSegments(text.Normalize(sentence), false), " ")
}

// outsideQuotes is the sentence with every quotation replaced by a NUL
// word, so that speaker detection sees where quotes stood.
func outsideQuotes(n string, open bool) string {
	return strings.Join(outsideSegments(n, open), " \x00 ")
}

// quotedSpans returns the trimmed text of every quotation that opens and
// closes within the sentence.
func quotedSpans(n string, open bool) []string {
	parts := strings.Split(n, `"`)
	var out []string
	inside := open
	for i, part := range parts {
		// only spans closed within the sentence and opened in it
		if inside && i > 0 && i < len(parts)-1 {
			if q := strings.TrimSpace(part); q != "" {
				out = append(out, q)
			}
		}
		inside = !inside
	}
	return out
}

// sortedLoaded orders loaded words by how often they were used, then
// alphabetically, for a stable framing list.
func sortedLoaded(counts map[string]int) []string {
	out := sortedKeys(counts)
	sort.SliceStable(out, func(i, j int) bool { return counts[out[i]] > counts[out[j]] })
	return out
}

// QuoteLoaded returns sentence s with every loaded word or phrase that it
// uses in its own voice put in quotation marks ("were “humiliated” when
// ..."), so that the words read as its outlet's, not as fact; false when
// it has none, or when one cannot be found as written outside the
// quotations s already holds. Only a sentence attributed to its outlet
// may be published so.
func QuoteLoaded(s string) (string, bool) {
	words := Loaded(s)
	if len(words) == 0 {
		return "", false
	}
	out := s
	for _, w := range words {
		k := outsideIndex(out, w)
		if k < 0 {
			return "", false
		}
		out = out[:k] + "“" + out[k:k+len(w)] + "”" + out[k+len(w):]
	}
	if len(Loaded(out)) > 0 {
		return "", false
	}
	return out, true
}

// outsideIndex is the byte offset in s of the first whole-word, case-blind
// match of w that stands outside quotation marks; -1 when there is none.
func outsideIndex(s, w string) int {
	low, target := strings.ToLower(s), strings.ToLower(w)
	if len(low) != len(s) {
		return -1 // lower case changed the offsets
	}
	for from := 0; ; {
		k := strings.Index(low[from:], target)
		if k < 0 {
			return -1
		}
		k += from
		end := k + len(target)
		from = k + 1
		if k > 0 && wordRune(low[:k], true) || end < len(low) && wordRune(low[end:], false) {
			continue
		}
		if quotesBefore(s[:k])%2 == 1 {
			continue // inside a quotation
		}
		return k
	}
}

// wordRune reports whether the rune at the end (last) or start of s is a
// letter or digit, so that a match there is part of a longer word.
func wordRune(s string, last bool) bool {
	var r rune
	if last {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// quotesBefore counts the double quotation marks, straight or curly, in s.
func quotesBefore(s string) int {
	return strings.Count(s, `"`) + strings.Count(s, "“") + strings.Count(s, "”")
}
