package text

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// Tokens splits s into lower-case word tokens: runs of letters and digits,
// keeping inner apostrophes and hyphens ("don't", "follow-up") and
// decimal points between digits ("1.5"). A capital letter and a number
// that a hyphen joins are one token without it, as they are written
// either way: "T-4" and "T4" are both "t4".
func Tokens(s string) []string {
	s = foldQuotes(s)
	out := make([]string, 0, len(s)/6)
	scanTokens(s, func(start, end int, glued bool) {
		tok := strings.ToLower(s[start:end])
		if glued {
			tok = strings.Replace(tok, "-", "", 1)
		}
		out = append(out, tok)
	})
	return out
}

// EachToken calls f with each token of s that Tokens returns, in order,
// without making a string of each: the token is written into buf, whose
// space it reuses, and is valid only during the call. It returns buf, to
// be passed again.
func EachToken(s string, buf []byte, f func(tok []byte)) []byte {
	if IsASCII(s) {
		scanTokens(s, func(start, end int, glued bool) {
			buf = appendToken(buf[:0], s[start:end], glued)
			f(buf)
		})
		return buf
	}
	// The folded text goes first in buf, and each token after it.
	buf = appendFolded(buf[:0], s)
	n := len(buf)
	folded := buf[:n:n]
	scanTokens(folded, func(start, end int, glued bool) {
		buf = appendToken(buf[:n], folded[start:end], glued)
		f(buf[n:])
	})
	return buf
}

// foldQuotes is quoteFolds.Replace(s), which leaves ASCII text as it is:
// every mark it folds is outside ASCII.
func foldQuotes(s string) string {
	if IsASCII(s) {
		return s
	}
	return quoteFolds.Replace(s)
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendToken appends to dst the token that runs over w (see
// scanTokens): w in lower case, without the hyphen that glues a capital
// letter to a number.
func appendToken[S ~string | ~[]byte](dst []byte, w S, glued bool) []byte {
	from := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range string(w[i:]) {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if glued {
		if i := bytes.IndexByte(dst[from:], '-'); i >= 0 {
			dst = append(dst[:from+i], dst[from+i+1:]...)
		}
	}
	return dst
}

// scanTokens calls f with the start and end of each token of s (see
// Tokens), which has had its quote marks folded, and whether the token
// is a capital letter and a number joined by a hyphen, which the token
// leaves out.
func scanTokens[S ~string | ~[]byte](s S, f func(start, end int, glued bool)) {
	start := -1
	var prev rune
	glued := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(s[i:])
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && r == '-' && i == start+1 && prev >= 'A' && prev <= 'Z' && i+1 < len(s) && unicode.IsDigit(nextRune(s[i+1:])):
			glued = true // "T-4"
		case start >= 0 && (r == '\'' || r == '-' || r == '.' || r == ',') && i+1 < len(s) && joinable(prev, r, nextRune(s[i+1:])):
			// keep going: inner joiner
		case start >= 0:
			f(start, i, glued)
			start, glued = -1, false
		}
		prev = r
		i += size
	}
	if start >= 0 {
		f(start, len(s), glued)
	}
}

// decodeRune is utf8.DecodeRune of s, a string or bytes.
func decodeRune[S ~string | ~[]byte](s S) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRune([]byte(s[:min(len(s), utf8.UTFMax)]))
}

func nextRune[S ~string | ~[]byte](s S) rune {
	r, _ := decodeRune(s)
	return r
}

func joinable(prev, joiner, next rune) bool {
	switch joiner {
	case '\'', '-':
		return unicode.IsLetter(prev) && unicode.IsLetter(next) || unicode.IsDigit(prev) && unicode.IsDigit(next)
	default: // '.' and ',' only inside numbers
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
}

// Stem returns the English Snowball stem of a lower-case token.
func Stem(token string) string {
	env := snowballstem.NewEnv(token)
	english.Stem(env)
	return env.Current()
}

// ContentWords returns the stems of the tokens of s that carry meaning:
// stop words and one-letter tokens are dropped.
func ContentWords(s string) []string { return contentStems(Tokens(s)) }

// Stemmer finds the content words of tokens one at a time, reusing one
// Snowball environment. Its zero value is ready to use; it is not safe
// for concurrent use.
type Stemmer struct {
	env snowballstem.Env
}

// AppendContentWords appends ContentWords(string(tok)) to dst, for tok a
// token that EachToken gives, and returns dst. A token in ASCII is its
// own only token (its letters, digits and joiners stay what they were
// before it was lowered, and the hyphen a capital letter glued is gone),
// so it is stemmed as it is, without splitting it again; any other goes
// through ContentWords.
func (st *Stemmer) AppendContentWords(dst []string, tok []byte) []string {
	if !IsASCII(string(tok)) {
		return append(dst, ContentWords(string(tok))...)
	}
	w := string(tok)
	if len(w) < 2 && !isDigits(w) || IsStopWord(w) {
		return dst
	}
	st.env.SetCurrent(w)
	english.Stem(&st.env)
	return append(dst, st.env.Current())
}

// contentStems returns the stems of the tokens that carry meaning.
func contentStems(toks []string) []string {
	out := toks[:0]
	for _, t := range toks {
		if len(t) < 2 && !isDigits(t) || IsStopWord(t) {
			continue
		}
		out = append(out, Stem(t))
	}
	return out
}

// ClaimWords is ContentWords for comparing what sentences state: a
// prefix that only says when ("ex-", "then-", "now-") is taken off the
// word it dates, so that "ex-harbour master" and "former harbour
// master" share "harbour", and a country's initials are its name ("US",
// "U.S." and "United States" are one, see unionAbbr). Grouping reports
// keeps the words as written.
func ClaimWords(s string) []string {
	s = unionAbbr.ReplaceAllStringFunc(s, func(m string) string { return unionNames[strings.ReplaceAll(m, ".", "")] })
	toks := Tokens(s)
	for i, t := range toks {
		for _, p := range timePrefixes {
			if rest, ok := strings.CutPrefix(t, p); ok && rest != "" {
				toks[i] = rest
				break
			}
		}
	}
	return contentStems(toks)
}

// unionAbbr matches the initials of a country or union of countries,
// with stops or without ("U.S.", "US"): written so, each would be one
// token ("u.s", "us", the pronoun's) that the name in full does not
// share. Only capitals match, so the pronoun "us" stays.
var unionAbbr = regexp.MustCompile(`\b(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|(?:USA|US|UK|UN|EU)\b)`)

// unionNames are the names in full that unionAbbr's initials stand for.
var unionNames = map[string]string{
	"US": "United States", "USA": "United States", "UK": "United Kingdom", "UN": "United Nations", "EU": "European Union",
}

// timePrefixes say when something held for the word they join: "ex-wife",
// "then-candidate", "now-defunct".
var timePrefixes = []string{"ex-", "then-", "now-"}

// IsNumber reports whether the token is a number ("42", "1.5", "2,300").
func IsNumber(tok string) bool {
	if tok == "" {
		return false
	}
	digit := false
	for _, r := range tok {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digit
}

func isDigits(s string) bool { return IsNumber(s) }
