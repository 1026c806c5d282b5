package cluster

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// The reference baseline of the evaluation protocol, rebuilt here so that
// its figures come from the same run as ours: lower-case runs of [a-z0-9]
// as terms (no stemming, no stop words), sublinear tf, idf
// ln((n+1)/(df+1)), cosine, and single link (or this package's average
// link) at a threshold.

var referenceTerm = regexp.MustCompile(`[a-z0-9]+`)

func referenceVectors(ds []evalDoc) []text.Vector {
	bags := make([][]string, len(ds))
	for i, d := range ds {
		bags[i] = referenceTerm.FindAllString(strings.ToLower(d.Title+" "+d.Text), -1)
	}
	idf := text.FitIDF(bags)
	n := float64(len(ds))
	out := make([]text.Vector, len(ds))
	for i, b := range bags {
		var v text.Vector
		tf := text.SublinearTF(b)
		var terms []int32
		for term := range tf {
			id, _ := idf.ID(term)
			terms = append(terms, id)
		}
		slices.Sort(terms)
		for _, id := range terms {
			term := idf.Term(id)
			// The reference's idf has no added one: a term in every doc
			// weighs nothing.
			if w := tf[term] * math.Log((n+1)/float64(idf.DocFreq(term)+1)); w > 0 {
				v.Terms = append(v.Terms, id)
				v.Weights = append(v.Weights, w)
			}
		}
		if norm := v.Norm(); norm > 0 {
			for k := range v.Weights {
				v.Weights[k] /= norm
			}
		}
		out[i] = v
	}
	return out
}

// singleLinkJoins returns every pair of docs as a joining at its
// similarity: cut at a threshold, they give single link's groups.
func singleLinkJoins(vecs []text.Vector) []joining {
	var out []joining
	for i := range vecs {
		for j := range i {
			if s := vecs[i].Dot(vecs[j]); s > 0 {
				out = append(out, joining{j, i, s})
			}
		}
	}
	return out
}

func oneDocUnits(n int) []unit {
	us := make([]unit, n)
	for i := range us {
		us[i] = unit{docs: []int{i}, rep: i}
	}
	return us
}
