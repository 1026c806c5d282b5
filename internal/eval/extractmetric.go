package eval

import (
	"slices"
	"sort"
)

// PageScore is one page's share of true positive, false positive and
// false negative shingles, normalised to sum to 1 so that every page
// weighs the same (all zero when both texts are empty).
type PageScore struct {
	TP, FP, FN float64
	Exact      bool // the token lists are equal
}

// ScorePage compares an extracted text with the true one.
func ScorePage(truth, pred string) PageScore {
	t, p := Shingles(truth), Shingles(pred)
	var tp, fp, fn int
	for k, c := range t {
		tp += min(c, p[k])
		fn += max(0, c-p[k])
	}
	for k, c := range p {
		fp += max(0, c-t[k])
	}
	s := PageScore{Exact: slices.Equal(Tokens(truth), Tokens(pred))}
	if sum := tp + fp + fn; sum > 0 {
		s.TP, s.FP, s.FN = float64(tp)/float64(sum), float64(fp)/float64(sum), float64(fn)/float64(sum)
	}
	return s
}

// Precision is the page's precision and whether it counts towards the
// mean: a page with no false positives and no false negatives has
// precision 1; one with no shingle predicted (tp+fp = 0) is left out.
func (s PageScore) Precision() (float64, bool) {
	if s.FP == 0 && s.FN == 0 {
		return 1, true
	}
	if s.TP+s.FP == 0 {
		return 0, false
	}
	return s.TP / (s.TP + s.FP), true
}

// Recall is the page's recall and whether it counts towards the mean:
// 1 for a perfect page; a page with nothing to find (tp+fn = 0) is left
// out.
func (s PageScore) Recall() (float64, bool) {
	if s.FP == 0 && s.FN == 0 {
		return 1, true
	}
	if s.TP+s.FN == 0 {
		return 0, false
	}
	return s.TP / (s.TP + s.FN), true
}

// ExtractScore is the benchmark's summary of a run.
type ExtractScore struct {
	Pages   int     `json:"pages"`   // pages in the ground truth
	Missing int     `json:"missing"` // pages without a prediction, scored as empty
	F1      float64 `json:"f1"`      // harmonic mean of P and R (not a mean of page F1s)
	P       float64 `json:"p"`       // mean precision over the pages that count
	R       float64 `json:"r"`       // mean recall over the pages that count
	Acc     float64 `json:"acc"`     // share of pages whose tokens equal the truth's
}

// ScoreExtraction scores predicted article bodies against true ones, both
// keyed by page ID, with the metric of the Zyte (Scrapinghub) article
// extraction benchmark: per-page precision and recall over multisets of
// 4-token shingles, averaged over pages, then F1 of the averages. A page
// missing from pred is scored as an empty prediction (it counts for
// recall only). Where the reference scorer would divide by zero (no page
// counts for precision, or P+R is 0) the figure is 0. pred's extra pages
// are ignored.
func ScoreExtraction(truth, pred map[string]string) ExtractScore {
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids) // a fixed order of summation, so that runs agree to the last bit
	out := ExtractScore{Pages: len(ids)}
	var sumP, sumR float64
	var nP, nR, exact int
	for _, id := range ids {
		p, ok := pred[id]
		if !ok {
			out.Missing++
		}
		s := ScorePage(truth[id], p)
		if v, ok := s.Precision(); ok {
			sumP += v
			nP++
		}
		if v, ok := s.Recall(); ok {
			sumR += v
			nR++
		}
		if s.Exact {
			exact++
		}
	}
	if nP > 0 {
		out.P = sumP / float64(nP)
	}
	if nR > 0 {
		out.R = sumR / float64(nR)
	}
	if out.P+out.R > 0 {
		out.F1 = 2 * out.P * out.R / (out.P + out.R)
	}
	if len(ids) > 0 {
		out.Acc = float64(exact) / float64(len(ids))
	}
	return out
}
