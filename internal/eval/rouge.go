package eval

import (
	"sort"
	"strings"
)

// RougeScores holds the ROUGE-1, ROUGE-2 and ROUGE-L F1 of one summary
// against one reference, each in [0, 1].
type RougeScores struct {
	R1, R2, RL float64
}

// Rouge scores summary against reference the way the project's reference
// scorer (shared/tools/score_rouge.py, in the style of Google's
// rouge-score without stemming) does.
//
// Both texts are lower-cased and split into tokens, the runs of ASCII
// letters and digits (see rougeTokens). ROUGE-1 and ROUGE-2 count the
// unigrams and bigrams the two texts share, each at most as often as it
// occurs in both (multiset intersection); ROUGE-L takes the longest
// common subsequence of the two token sequences. Each score is the F1 of
// precision (overlap over the summary's n-grams or tokens) and recall
// (overlap over the reference's), and is 0 when either text has none or
// nothing overlaps.
//
// The summary is scored as given: cut it first (CutWords) to score a
// length budget.
func Rouge(reference, summary string) RougeScores {
	ref, sum := rougeTokens(reference), rougeTokens(summary)
	var s RougeScores
	ov, nr, ns := rougeOverlap(ref, sum, 1)
	s.R1 = rougeF1(ov, ns, nr)
	ov, nr, ns = rougeOverlap(ref, sum, 2)
	s.R2 = rougeF1(ov, ns, nr)
	s.RL = rougeF1(rougeLCS(ref, sum), len(sum), len(ref))
	return s
}

// rougeF1 is the harmonic mean of precision overlap/sumN and recall
// overlap/refN, or 0 when any of the three counts is 0. The arithmetic
// follows the reference scorer's, operation by operation.
func rougeF1(overlap, sumN, refN int) float64 {
	if overlap == 0 || sumN == 0 || refN == 0 {
		return 0
	}
	p := float64(overlap) / float64(sumN)
	r := float64(overlap) / float64(refN)
	return 2 * p * r / (p + r)
}

// rougeOverlap returns the size of the multiset intersection of the
// n-grams of ref and sum, and the number of n-grams of each.
func rougeOverlap(ref, sum []string, n int) (overlap, refN, sumN int) {
	refN, sumN = max(len(ref)-n+1, 0), max(len(sum)-n+1, 0)
	if refN == 0 || sumN == 0 {
		return 0, refN, sumN
	}
	// Tokens hold no spaces, so a space-joined n-gram is an unambiguous key.
	counts := make(map[string]int, refN)
	for i := 0; i < refN; i++ {
		counts[strings.Join(ref[i:i+n], " ")]++
	}
	for i := 0; i < sumN; i++ {
		k := strings.Join(sum[i:i+n], " ")
		if counts[k] > 0 {
			counts[k]--
			overlap++
		}
	}
	return overlap, refN, sumN
}

// rougeLCS returns the length of the longest common subsequence of a and
// b, by the usual dynamic programme kept to one row: O(len(a)·len(b))
// time and O(len(b)) memory.
func rougeLCS(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// rougeTokens returns the scorer's tokens of s: the runs of [a-z0-9] in
// s lower-cased as Python's str.lower does. Only three kinds of
// character lower-case into that range: ASCII A–Z, the Kelvin sign
// (U+212A, to "k") and the capital I with dot above (U+0130), which
// Python turns into "i" followed by a combining dot, so that the "i"
// ends its token. Every other character separates tokens.
func rougeTokens(s string) []string {
	var toks []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			cur = append(cur, byte(r))
		case 'A' <= r && r <= 'Z':
			cur = append(cur, byte(r-'A'+'a'))
		case r == '\u212a':
			cur = append(cur, 'k')
		case r == '\u0130':
			cur = append(cur, 'i')
			flush()
		default:
			flush()
		}
	}
	flush()
	return toks
}

// rougeIsSpace reports whether Python's str.split() splits at r: the
// Unicode white space Go's unicode.IsSpace knows, and also the ASCII
// separators U+001C to U+001F.
func rougeIsSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x1c, 0x1d, 0x1e, 0x1f,
		0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// rougeWords returns the white-space separated words of s, as Python's
// str.split() with no argument does.
func rougeWords(s string) []string { return strings.FieldsFunc(s, rougeIsSpace) }

// CutWords returns the first n white-space separated words of s joined
// by single spaces, as the reference scorer cuts a summary to a word
// budget. When n <= 0 nothing is cut, but the words are still joined by
// single spaces. (The scorer itself leaves a summary untouched when it
// is given no budget; the two agree on ROUGE, whose tokens ignore white
// space, so a caller without a budget may cut or not.)
func CutWords(s string, n int) string {
	w := rougeWords(s)
	if n > 0 && len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// RougeMean is the mean ROUGE F1 of a set of predictions over a gold
// set, as the reference scorer prints it: R1, R2 and RL are percentages
// (100 × mean F1), not rounded; the scorer rounds them to two decimals.
type RougeMean struct {
	// N is the number of gold summaries averaged over.
	N int `json:"n"`
	// Missing counts gold ids without a prediction; each scored as an
	// empty summary, that is 0.
	Missing int     `json:"missing"`
	R1      float64 `json:"r1"`
	R2      float64 `json:"r2"`
	RL      float64 `json:"rl"`
}

// MeanRouge averages Rouge over every id of gold (gold and pred map an
// id to its summary), as the reference scorer's main does. A prediction
// absent from pred scores as the empty summary and is counted in
// Missing; predictions without a gold summary are ignored. When words is
// positive each prediction is cut to its first words words (CutWords)
// before scoring; otherwise it is scored whole. The mean of an empty gold
// set is all zeros.
//
// The scores are summed in id order, which is the order of the reference
// files (their ids are sorted), so the sums match the scorer's bit for
// bit.
func MeanRouge(gold, pred map[string]string, words int) RougeMean {
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var m RougeMean
	var r1, r2, rl float64
	for _, id := range ids {
		hyp, ok := pred[id]
		if !ok {
			m.Missing++
		}
		if words > 0 {
			hyp = CutWords(hyp, words)
		}
		s := Rouge(gold[id], hyp)
		r1 += s.R1
		r2 += s.R2
		rl += s.RL
		m.N++
	}
	if m.N > 0 {
		n := float64(m.N)
		m.R1, m.R2, m.RL = 100*r1/n, 100*r2/n, 100*rl/n
	}
	return m
}
