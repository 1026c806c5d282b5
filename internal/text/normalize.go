package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// quoteFolds maps typographic quote marks, apostrophes, dashes and odd
// spaces to plain ASCII, so that a quote copied from a page compares equal
// to the same words typed with straight quotes.
var quoteFolds = strings.NewReplacer(quoteFoldPairs...)

// quoteFoldPairs are quoteFolds' marks, each a single character outside
// ASCII, each followed by what it becomes.
var quoteFoldPairs = []string{
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`,
	"\u00ab", `"`, "\u00bb", `"`,
	"\u2013", "-", "\u2014", "-", "\u2212", "-",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u200b", "",
	"\u2026", "...",
}

// quoteFoldOf is quoteFoldPairs by mark.
var quoteFoldOf = func() map[rune]string {
	m := make(map[rune]string, len(quoteFoldPairs)/2)
	for i := 0; i < len(quoteFoldPairs); i += 2 {
		r, _ := utf8.DecodeRuneInString(quoteFoldPairs[i])
		m[r] = quoteFoldPairs[i+1]
	}
	return m
}()

// appendFolded appends quoteFolds.Replace(s) to dst.
func appendFolded(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			dst = append(dst, s[i])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if to, ok := quoteFoldOf[r]; ok {
			dst = append(dst, to...)
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

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

// StripFormat removes invisible formatting characters from outlet text:
// bidirectional controls (U+202A to U+202E, U+2066 to U+2069, the marks
// U+200E, U+200F, U+061C), which could reverse a page's text and its
// citation marks, and the other format characters (zero-width spaces,
// word joiners, byte order marks, soft hyphens). Zero-width joiners and
// non-joiners stay: some scripts need them to be written correctly.
func StripFormat(s string) string {
	if !strings.ContainsFunc(s, stripped) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if stripped(r) {
			return -1
		}
		return r
	}, s)
}

func stripped(r rune) bool {
	return unicode.Is(unicode.Cf, r) && r != '\u200c' && r != '\u200d'
}

// Unaccented returns s without its accents ("Lemaître" is
// "Lemaitre"): reports spell one name both ways.
func Unaccented(s string) string {
	if IsASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
