package eval

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
)

// The reference summary baselines that the summary evaluation runs beside
// the project's own summaries: lead (the first sentences of the documents,
// taken in turn) and TextRank (PageRank over the TF-IDF cosine graph of
// the sentences). Both reproduce the project's reference implementation
// (shared/tools/baselines.py, command summary) string for string, so
// their ROUGE can be set beside the figures published with the data.

// summaryMinWords is the fewest words a sentence needs to be kept.
const summaryMinWords = 5

// SummarySentences splits a document into the sentences the baselines
// work on. White space is collapsed to single spaces first; a sentence
// then ends at a space that follows '.', '!' or '?' and precedes an ASCII
// capital letter or an opening double quote (" or “). So "U.S. officials"
// is split after "U.S." but "p.m. on" is not, and a closing quote after
// the full stop (`said." He`) keeps the sentence open. Sentences of fewer
// than five words are dropped.
func SummarySentences(doc string) []string {
	text := strings.Join(rougeWords(doc), " ")
	var out []string
	add := func(s string) {
		s = strings.TrimFunc(s, rougeIsSpace)
		if len(rougeWords(s)) >= summaryMinWords {
			out = append(out, s)
		}
	}
	start := 0
	// text has no leading, trailing or doubled spaces, so every space
	// has a character on each side.
	for i := 1; i+1 < len(text); i++ {
		if text[i] != ' ' {
			continue
		}
		switch text[i-1] {
		case '.', '!', '?':
		default:
			continue
		}
		next := text[i+1:]
		if c := next[0]; 'A' <= c && c <= 'Z' || c == '"' || strings.HasPrefix(next, "“") {
			add(text[start:i])
			start = i + 1
		}
	}
	add(text[start:])
	return out
}

// LeadSummary is the lead baseline: the first sentence of each document
// in turn, then the second of each, and so on (SummarySentences), cut to
// about words words (see trCut).
func LeadSummary(docs []string, words int) string {
	var per [][]string
	longest := 0
	for _, d := range docs {
		ss := SummarySentences(d)
		per = append(per, ss)
		longest = max(longest, len(ss))
	}
	var rr []string
	for i := range longest {
		for _, ss := range per {
			if i < len(ss) {
				rr = append(rr, ss[i])
			}
		}
	}
	return trCut(rr, words)
}

// trCut joins whole sentences from the start of ss with single spaces
// while fewer than words words have been taken: the last sentence may
// cross the budget, and a budget of 0 or less gives "".
func trCut(ss []string, words int) string {
	var out []string
	n := 0
	for _, s := range ss {
		if n >= words {
			break
		}
		out = append(out, s)
		n += len(rougeWords(s))
	}
	return strings.Join(out, " ")
}

// TextRank parameters of the reference implementation.
const (
	trDamping    = 0.85
	trIterations = 30
	trRedundant  = 0.5 // cosine at which a sentence repeats a chosen one
)

// TextRankSummary is the TextRank baseline. The sentences of all the
// documents (SummarySentences) are the nodes of a graph whose edges are
// the cosines of their TF-IDF vectors (see trTFIDF); each node's out-edges
// are normalised by its row sum and the nodes ranked by exactly 30 rounds
// of PageRank with damping 0.85 from the uniform vector. Sentences are
// then taken by descending rank (ties in document order), skipping any
// whose cosine to a sentence already taken is 0.5 or more, until the
// taken sentences hold at least words words; they are printed in
// document order, joined by single spaces. With no sentences the summary
// is "". A budget of 0 or less takes the top sentence alone.
//
// The floating-point arithmetic follows the reference's operation by
// operation (the order of every sum, which vector a cosine walks, a
// correctly rounded logarithm), so that ranks tie and cosines meet the
// 0.5 cut exactly as they do there; the float64 conversions around
// products keep the compiler from fusing them into the next addition.
// The reference's sums are plain left-to-right additions, as Python's
// sum() does them up to 3.11 (3.12 made it compensated); its outputs were
// checked identical under Python 3.11.
func TextRankSummary(docs []string, words int) string {
	var ss []string
	for _, d := range docs {
		ss = append(ss, SummarySentences(d)...)
	}
	n := len(ss)
	if n == 0 {
		return ""
	}
	vecs := trTFIDF(ss)

	// walk[j][i] is the probability of the step from j to i: the
	// cosine over j's row sum (1 for a row of zeros), no self-loops.
	walk := make([][]float64, n)
	for j := range walk {
		walk[j] = make([]float64, n)
		row := 0.0
		for i := range walk[j] {
			if i != j {
				walk[j][i] = trCos(vecs[j], vecs[i])
			}
			row += walk[j][i]
		}
		if row == 0 {
			row = 1
		}
		for i := range walk[j] {
			walk[j][i] /= row
		}
	}

	nf := float64(n)
	pr := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / nf
	}
	next := make([]float64, n)
	for range trIterations {
		for i := range next {
			s := 0.0
			for j := range pr {
				s += float64(walk[j][i] * pr[j])
			}
			next[i] = float64((1-trDamping)/nf) + float64(trDamping*s)
		}
		pr, next = next, pr
	}

	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(pr[b], pr[a]) })

	var chosen []int
	total := 0
	for _, i := range order {
		fresh := true
		for _, j := range chosen {
			if trCos(vecs[i], vecs[j]) >= trRedundant {
				fresh = false
				break
			}
		}
		if fresh {
			chosen = append(chosen, i)
			total += len(rougeWords(ss[i]))
		}
		// Checked after every candidate, taken or not, as the
		// reference does.
		if total >= words {
			break
		}
	}
	slices.Sort(chosen)
	out := make([]string, len(chosen))
	for k, i := range chosen {
		out[k] = ss[i]
	}
	return strings.Join(out, " ")
}

// trVec is a sparse TF-IDF vector: its terms in the order they first
// occur in the sentence, their weights, and the weights by term.
type trVec struct {
	terms  []int
	weight []float64
	byTerm map[int]float64
}

// trTFIDF returns the L2-normalised TF-IDF vectors of the sentences,
// taking each sentence as a document: a term's weight is
// (1 + ln count) · ln((n+1)/(df+1)) over the n sentences, df being the
// number of sentences it occurs in (the tokens are rougeTokens'). A
// vector of zeros stays zeros.
func trTFIDF(sents []string) []trVec {
	ids := map[string]int{}
	var df []int
	toks := make([][]int, len(sents))
	for k, s := range sents {
		seen := map[int]bool{}
		for _, t := range rougeTokens(s) {
			id, ok := ids[t]
			if !ok {
				id = len(df)
				ids[t] = id
				df = append(df, 0)
			}
			if !seen[id] {
				seen[id] = true
				df[id]++
			}
			toks[k] = append(toks[k], id)
		}
	}
	logs := map[float64]float64{}
	ln := func(x float64) float64 {
		y, ok := logs[x]
		if !ok {
			y = trLog(x)
			logs[x] = y
		}
		return y
	}
	n := len(sents)
	vecs := make([]trVec, n)
	for k, ts := range toks {
		var terms []int
		tf := map[int]int{}
		for _, id := range ts {
			if tf[id] == 0 {
				terms = append(terms, id)
			}
			tf[id]++
		}
		w := make([]float64, len(terms))
		sq := 0.0
		for x, id := range terms {
			w[x] = (1 + ln(float64(tf[id]))) * ln(float64(n+1)/float64(df[id]+1))
			sq += float64(w[x] * w[x])
		}
		norm := math.Sqrt(sq)
		if norm == 0 {
			norm = 1
		}
		v := trVec{terms: terms, weight: w, byTerm: make(map[int]float64, len(terms))}
		for x, id := range terms {
			w[x] /= norm
			v.byTerm[id] = w[x]
		}
		vecs[k] = v
	}
	return vecs
}

// trCos returns the dot product of two normalised vectors, summed over
// the terms of the shorter one (of a when the lengths are equal) in
// their order, as the reference computes it.
func trCos(a, b trVec) float64 {
	if len(a.terms) > len(b.terms) {
		a, b = b, a
	}
	s := 0.0
	for x, id := range a.terms {
		s += float64(a.weight[x] * b.byTerm[id])
	}
	return s
}

// trLog returns the natural logarithm of x correctly rounded. The
// reference runs on C's log (glibc), which rounds correctly but for about
// one argument in a thousand; Go's math.Log is off by one unit in the
// last place for about one argument in fourteen among those TF-IDF needs,
// enough to change 4 of the 125 TextRank summaries of the Multi-News
// sample. So trLog computes the logarithm to 160 bits with math/big and
// rounds that. It is slow (microseconds); trTFIDF asks it for few
// distinct values and remembers them. x must be finite and positive;
// otherwise the result is math.Log's.
func trLog(x float64) float64 {
	if x == 1 || !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	// x = m·2^e with m in [√½, √2), and ln m = 2·atanh((m-1)/(m+1)).
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	one := trBig(1)
	z := trBig(0).SetFloat64(m)
	den := trBig(0).Add(z, one)
	z.Sub(z, one).Quo(z, den)
	y := trAtanh(z)
	y.Add(y, y)
	y.Add(y, trBig(0).Mul(trLn2(), trBig(int64(e))))
	f, _ := y.Float64()
	return f
}

// trLogPrec is the precision trLog computes with, in bits: well beyond
// the roughly 120 that the hardest double-precision arguments need.
const trLogPrec = 160

// trBig returns i as a big.Float of trLogPrec bits.
func trBig(i int64) *big.Float { return new(big.Float).SetPrec(trLogPrec).SetInt64(i) }

// trAtanh returns atanh z = z + z³/3 + z⁵/5 + … for |z| ≤ ⅓, summed
// until the terms fall below the precision.
func trAtanh(z *big.Float) *big.Float {
	z2 := trBig(0).Mul(z, z)
	term := trBig(0).Set(z)
	sum := trBig(0).Set(z)
	t := trBig(0)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, trBig(k))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -trLogPrec-4 {
			return sum
		}
		sum.Add(sum, t)
	}
}

// trLn2 returns ln 2 = 2·atanh(⅓) to trLogPrec bits.
var trLn2 = sync.OnceValue(func() *big.Float {
	y := trAtanh(trBig(0).Quo(trBig(1), trBig(3)))
	return y.Add(y, y)
})
