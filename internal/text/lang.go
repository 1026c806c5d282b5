package text

import (
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// DefaultLanguages are the ISO 639-1 codes that DetectLanguage chooses
// among when the caller gives none: the languages of most news outlets.
// Keeping the list short is what makes detection dependable; with every
// language allowed, close neighbours win on short texts (German read as
// Afrikaans, Norwegian as Danish).
var DefaultLanguages = []string{
	"en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
	"cs", "ro", "hu", "tr", "el", "ru", "uk", "ar", "he", "hi", "zh", "ja", "ko",
}

const (
	// minDetectWords is the least number of words that detection is
	// trusted on; below it the declared language stands.
	minDetectWords = 20

	// minConfidence is the detector's confidence (0 to 1: how far the
	// best language is ahead of the next) that a detection must reach.
	minConfidence = 0.5
)

// langByCode maps ISO 639-1 codes, and a few aliases, to whatlanggo's
// languages.
var langByCode = func() map[string]whatlanggo.Lang {
	m := map[string]whatlanggo.Lang{"no": whatlanggo.Nob, "fa": whatlanggo.Pes}
	for l := whatlanggo.Afr; l <= whatlanggo.Zul; l++ {
		if code := l.Iso6391(); code != "" {
			m[code] = l
		}
	}
	return m
}()

// DetectLanguage returns the ISO 639-1 code of the language text is
// written in, chosen among allowed (ISO 639-1 codes; empty means
// DefaultLanguages), and whether the detection is confident. It reads
// the whole text, so callers pass a whole article rather than a
// sentence.
//
// declared is what the source says (a feed's or page's language; "en",
// "en-US", "de_AT" and ISO 639-3 codes such as "deu" are understood). It
// is returned, normalised to its primary ISO 639-1 subtag, with confident
// false, when the text is shorter than about 20 words, when the detector
// is unsure, or when the language detected is not allowed. With nothing
// declared, the detector's best allowed guess is returned instead (""
// when there is none), again with confident false.
func DetectLanguage(text string, allowed []string, declared string) (lang string, confident bool) {
	declared = NormalizeLanguage(declared)
	if len(allowed) == 0 {
		allowed = DefaultLanguages
	}
	whitelist := make(map[whatlanggo.Lang]bool, len(allowed))
	for _, code := range allowed {
		if l, ok := langByCode[NormalizeLanguage(code)]; ok {
			whitelist[l] = true
		}
	}
	guess, confidence := "", 0.0
	if len(whitelist) > 0 {
		info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: whitelist})
		// Scripts used by one language (Han, Hangul, Greek...) are
		// decided by script alone, whatever the whitelist says.
		if info.Lang >= 0 && whitelist[info.Lang] {
			guess, confidence = info.Lang.Iso6391(), info.Confidence
		}
	}
	if guess != "" && confidence >= minConfidence && countWords(text) >= minDetectWords {
		return guess, true
	}
	if declared != "" {
		return declared, false
	}
	return guess, false
}

// ArticleLanguage decides the language of an article's text. declared is
// what its source says and found what an earlier detector, run over the
// same text with no list of allowed languages, made of it (an extractor's
// guess; "" when there is none). When the two agree on an allowed
// language it stands without a second detection: two independent signals
// agree, and a detector restricted to allowed languages could at best
// confirm it. Lists, tables and box scores, which fool a detector on its
// own, are where the agreement is worth most. Otherwise DetectLanguage
// decides.
func ArticleLanguage(text string, allowed []string, declared, found string) string {
	declared, found = NormalizeLanguage(declared), NormalizeLanguage(found)
	if len(allowed) == 0 {
		allowed = DefaultLanguages
	}
	if declared != "" && declared == found {
		for _, code := range allowed {
			if NormalizeLanguage(code) == declared {
				return declared
			}
		}
	}
	lang, _ := DetectLanguage(text, allowed, declared)
	return lang
}

// NormalizeLanguage turns a language tag into its lower-case ISO 639-1
// primary subtag: "en-US" and "EN_gb" become "en", "deu" becomes "de".
// A tag it does not recognise is returned lower-cased, up to its first
// subtag; "" stays "".
func NormalizeLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) == 3 {
		if code := whatlanggo.CodeToLang(tag).Iso6391(); code != "" {
			return code
		}
	}
	return tag
}

// countWords counts runs of letters and digits (with inner apostrophes),
// and each Han, Hiragana or Katakana character on its own, since those
// scripts do not space their words.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if !in {
				n++
			}
			in = true
		case in && (r == '\'' || r == '\u2019'): // "council's" is one word
		default:
			in = false
		}
	}
	return n
}
