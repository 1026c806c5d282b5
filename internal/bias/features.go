package bias

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Tokens splits s into the model's tokens: maximal runs of Unicode letters
// and digits, lower-cased. Everything else (spaces, punctuation, quotes,
// apostrophes, hyphens) separates tokens, so "don't" is "don" and "t".
// The rule is part of the model file's format: a model is only ever
// applied with the tokeniser of its own version.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}

// Terms returns the word n-grams of s for n from 1 to maxN, in the order
// they occur (all unigrams, then all bigrams, ...), with repeats. An
// n-gram is its tokens joined by one space.
func Terms(s string, maxN int) []string {
	toks := Tokens(s)
	out := make([]string, 0, len(toks)*maxN)
	for n := 1; n <= maxN; n++ {
		for i := 0; i+n <= len(toks); i++ {
			out = append(out, strings.Join(toks[i:i+n], " "))
		}
	}
	return out
}

// CharTerms returns the character n-grams, n from lo to hi, of each token
// of s with one space on either side (" vote "), so that no n-gram
// crosses a word boundary and the first and last letters of a word are
// marked as such. A token shorter than lo (spaces included) gives its
// whole padded form once.
func CharTerms(s string, lo, hi int) []string {
	var out []string
	for _, tok := range Tokens(s) {
		r := []rune(" " + tok + " ")
		for n := lo; n <= hi; n++ {
			if n > len(r) {
				if n == lo {
					out = append(out, string(r))
				}
				break
			}
			for i := 0; i+n <= len(r); i++ {
				out = append(out, string(r[i:i+n]))
			}
		}
	}
	return out
}

// vector is a sparse row: feature indices in increasing order and their
// values.
type vector struct {
	idx []int32
	val []float64
}

// vectorizer turns a sentence into TF-IDF features over one kind of term
// (word n-grams, or character n-grams inside words): term counts, or
// 1 + ln(count) when sublinear, times a smoothed inverse document
// frequency, idf = ln((1+n)/(1+df)) + 1, the row then scaled to unit
// Euclidean length. Its vocabulary and df are those of the sentences it
// was fitted on and of nothing else.
type vectorizer struct {
	ngrams         int // word n-grams 1 to ngrams; 0 for a character block
	charLo, charHi int // character n-grams charLo to charHi; 0 for a word block
	sublinear      bool
	terms          []string // sorted
	index          map[string]int32
	idf            []float64
}

func (v *vectorizer) extract(s string) []string {
	if v.ngrams == 0 {
		return CharTerms(s, v.charLo, v.charHi)
	}
	return Terms(s, v.ngrams)
}

// fitVectorizer learns a word n-gram vocabulary (every term in at least
// minDF of texts) and the idf of each term from texts.
func fitVectorizer(texts []string, ngrams, minDF int) *vectorizer {
	v := &vectorizer{ngrams: ngrams}
	v.fit(texts, minDF)
	return v
}

// fit learns the vocabulary (every term in at least minDF of texts) and
// the idf of each term from texts.
func (v *vectorizer) fit(texts []string, minDF int) {
	docs := make([][]string, len(texts))
	for i, t := range texts {
		docs[i] = v.extract(t)
	}
	v.fitTerms(docs, minDF)
}

// fitTerms is fit on sentences already split into their terms.
func (v *vectorizer) fitTerms(docs [][]string, minDF int) {
	df := map[string]int{}
	for _, doc := range docs {
		seen := map[string]bool{}
		for _, term := range doc {
			if !seen[term] {
				seen[term] = true
				df[term]++
			}
		}
	}
	terms := make([]string, 0, len(df))
	for term, d := range df {
		if d >= minDF {
			terms = append(terms, term)
		}
	}
	slices.Sort(terms)
	n := float64(len(docs))
	idf := make([]float64, len(terms))
	for j, term := range terms {
		idf[j] = math.Log((1+n)/(1+float64(df[term]))) + 1
	}
	v.setVocabulary(terms, idf)
}

func (v *vectorizer) setVocabulary(terms []string, idf []float64) {
	v.terms, v.idf = terms, idf
	v.index = make(map[string]int32, len(terms))
	for j, term := range terms {
		v.index[term] = int32(j)
	}
}

// transform returns the features of s. Terms outside the vocabulary are
// ignored; a sentence with none of them is the zero vector.
func (v *vectorizer) transform(s string) vector { return v.transformTerms(v.extract(s)) }

// transformTerms is transform on a sentence already split into its terms.
func (v *vectorizer) transformTerms(terms []string) vector {
	counts := map[int32]float64{}
	for _, term := range terms {
		if j, ok := v.index[term]; ok {
			counts[j]++
		}
	}
	x := vector{idx: make([]int32, 0, len(counts)), val: make([]float64, 0, len(counts))}
	for j := range counts {
		x.idx = append(x.idx, j)
	}
	slices.Sort(x.idx)
	var norm float64
	for _, j := range x.idx {
		tf := counts[j]
		if v.sublinear {
			tf = 1 + math.Log(tf)
		}
		w := tf * v.idf[j]
		x.val = append(x.val, w)
		norm += w * w
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for i := range x.val {
			x.val[i] /= norm
		}
	}
	return x
}
