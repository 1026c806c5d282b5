package text

import (
	"math"
	"sort"
)

// Vector is a sparse vector over the term IDs of an IDF: IDs in ascending
// order, each with a non-zero weight. Keeping IDs sorted lets two vectors
// be compared by one merge, without maps. The zero Vector is empty.
type Vector struct {
	Terms   []int32
	Weights []float64
}

// Dot returns the inner product of v and u. For two vectors made by
// IDF.Vector (unit length) it is their cosine similarity.
func (v Vector) Dot(u Vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(v.Terms) && j < len(u.Terms) {
		switch a, b := v.Terms[i], u.Terms[j]; {
		case a == b:
			s += v.Weights[i] * u.Weights[j]
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return s
}

// Norm returns the Euclidean length of v.
func (v Vector) Norm() float64 {
	var s float64
	for _, w := range v.Weights {
		s += w * w
	}
	return math.Sqrt(s)
}

// IDF holds the document frequencies of the terms of a set of documents
// and gives each term an ID. IDs follow the terms' sorted order, so the
// same documents passed in any order give the same IDs, weights and
// vectors: callers that promise order-independent results rely on this.
type IDF struct {
	n     int
	ids   map[string]int32
	terms []string
	df    []int32
}

// FitIDF counts, for each term, how many of docs contain it. Each doc is a
// list of terms (for example the stems from ContentWords); repeats within
// a doc count once.
func FitIDF(docs [][]string) *IDF {
	df := map[string]int32{}
	seen := map[string]bool{}
	for _, d := range docs {
		clear(seen)
		for _, t := range d {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	x := &IDF{n: len(docs), ids: make(map[string]int32, len(df)), terms: make([]string, 0, len(df))}
	for t := range df {
		x.terms = append(x.terms, t)
	}
	sort.Strings(x.terms)
	x.df = make([]int32, len(x.terms))
	for i, t := range x.terms {
		x.ids[t] = int32(i)
		x.df[i] = df[t]
	}
	return x
}

// Docs returns the number of documents the IDF was fitted on.
func (x *IDF) Docs() int { return x.n }

// Len returns the number of distinct terms: every ID is below it.
func (x *IDF) Len() int { return len(x.terms) }

// ID returns the ID of a fitted term.
func (x *IDF) ID(term string) (int32, bool) {
	id, ok := x.ids[term]
	return id, ok
}

// Term returns the term with the given ID.
func (x *IDF) Term(id int32) string { return x.terms[id] }

// DocFreq returns the number of fitted documents that contain term.
func (x *IDF) DocFreq(term string) int {
	if id, ok := x.ids[term]; ok {
		return int(x.df[id])
	}
	return 0
}

// Weight returns the smoothed inverse document frequency of term,
// ln((1+n)/(1+df)) + 1. The added one keeps a term found in every document
// above zero: in a small batch (two reports of one event, say) the words
// the reports share are in every document, and a plain IDF would score
// the two reports as unrelated.
func (x *IDF) Weight(term string) float64 {
	return x.weight(x.DocFreq(term))
}

func (x *IDF) weight(df int) float64 {
	return math.Log(float64(1+x.n)/float64(1+df)) + 1
}

// Vector returns the unit-length TF-IDF vector of a document whose term
// frequencies are tf (for example from SublinearTF, plus any boosts the
// caller adds). Terms that were not fitted and non-positive frequencies
// are left out; a document with none left gives the empty Vector.
func (x *IDF) Vector(tf map[string]float64) Vector {
	v := Vector{Terms: make([]int32, 0, len(tf)), Weights: make([]float64, 0, len(tf))}
	for t, f := range tf {
		if id, ok := x.ids[t]; ok && f > 0 {
			v.Terms = append(v.Terms, id)
		}
	}
	sort.Slice(v.Terms, func(i, j int) bool { return v.Terms[i] < v.Terms[j] })
	var norm float64
	for _, id := range v.Terms {
		w := tf[x.terms[id]] * x.weight(int(x.df[id]))
		v.Weights = append(v.Weights, w)
		norm += w * w
	}
	if norm == 0 {
		return Vector{}
	}
	norm = math.Sqrt(norm)
	for i := range v.Weights {
		v.Weights[i] /= norm
	}
	return v
}

// SublinearTF returns 1 + ln(count) for each distinct term: a word
// repeated ten times says more than a word said once, but not ten times
// more.
func SublinearTF(terms []string) map[string]float64 {
	counts := make(map[string]int, len(terms))
	for _, t := range terms {
		counts[t]++
	}
	tf := make(map[string]float64, len(counts))
	for t, c := range counts {
		tf[t] = 1 + math.Log(float64(c))
	}
	return tf
}
