package eval

import (
	"regexp"
	"strings"
)

// wordRE is Python's Unicode `\w+`, which the benchmark tokenises with:
// letters, numbers (Nd, Nl and No) and the underscore, but not combining
// marks.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// Tokens returns the benchmark's tokens of s: its runs of word
// characters.
func Tokens(s string) []string { return wordRE.FindAllString(s, -1) }

// shingleSize is the benchmark's n-gram length.
const shingleSize = 4

// Shingles returns the multiset of s's runs of four consecutive tokens,
// each joined with a space (tokens hold no spaces, so the key is
// unambiguous). A text of one to three tokens yields one shorter
// shingle; a text without tokens yields none.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < shingleSize {
		out[strings.Join(toks, " ")] = 1
		return out
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		out[strings.Join(toks[i:i+shingleSize], " ")]++
	}
	return out
}
