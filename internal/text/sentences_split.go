package text

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wholeNumber is a word that is only a number, as it ends a sentence
// ("in 2028.", "by $17.", "7-2."), with an optional currency sign.
var wholeNumber = regexp.MustCompile(`^[$£€]?\d[\d,]*(?:\.\d+)?(?:[-–]\d+)?$`)

// splitAfterNumber splits a span after a full stop that follows a
// number or a lower-case "no" when a capitalised word comes next: Punkt
// reads "2028." and "July 1." as ordinals and "no." as the abbreviation
// of "number", and so runs two sentences together ("... rises to $9 in
// 2031. The council ...", "... voted no. Okonjo said ..."). A number
// that opens its span is a list marker, not the end of a sentence, and
// "No." with a capital before a figure ("No. 4") is left alone.
func splitAfterNumber(s string, spans [][2]int) [][2]int {
	var out [][2]int
	for _, sp := range spans {
		start := sp[0]
		for i := sp[0]; i < sp[1]; i++ {
			if s[i] != '.' || i+1 >= sp[1] || !unicode.IsSpace(rune(s[i+1])) {
				continue
			}
			word := LastWord(s[start:i])
			if word == "" || strings.TrimSpace(s[start:i]) == word {
				continue // the span's first word: a list marker
			}
			if word != "no" && !wholeNumber.MatchString(word) {
				continue
			}
			next := strings.TrimLeft(s[i+1:sp[1]], " \t\n")
			next = strings.TrimLeft(next, `"'“‘`)
			r, _ := utf8.DecodeRuneInString(next)
			if !unicode.IsUpper(r) {
				continue
			}
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
		out = append(out, [2]int{start, sp[1]})
	}
	return out
}

// noteAfterStop matches the number of a note that a page printed right
// after a sentence's full stop, before the next sentence: "... practise
// it.54 The board ...". Letters, not figures, go before the stop,
// so no decimal is read as a note.
var noteAfterStop = regexp.MustCompile(`\p{Ll}{2}[.!?]["”’)]?\d{1,3}\s+["“]?\p{Lu}`)

// splitAfterNote splits a span after the number of a note glued to a full
// stop (see noteAfterStop): the number stays with the sentence it
// follows, whose page text leaves it out (see WithoutNote).
func splitAfterNote(s string, spans [][2]int) [][2]int {
	return splitWhere(s, spans, noteAfterStop, func(m string) int {
		k := strings.LastIndexFunc(m, unicode.IsDigit)
		return k + 1
	})
}

// noteAtEnd matches the number of a note glued to a sentence's closing
// stop (see noteAfterStop).
var noteAtEnd = regexp.MustCompile(`(\p{Ll}[.!?]["”’)]?)\d{1,3}$`)

// WithoutNote returns a sentence without the number of a note glued to
// its closing stop: "... practise it.54" is "... practise it.".
func WithoutNote(sentence string) string {
	return noteAtEnd.ReplaceAllString(sentence, "$1")
}
