package cluster

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/theunbiasedpost/unbiased/internal/text"
)

// features holds each unit's two TF-IDF vectors, one over the stems of
// its words and one over the words of the names it mentions. The IDFs are
// fitted on the units passed in, so a word is rare or common relative to
// the news of the same run.
type features struct {
	words, names []text.Vector
	wordTerms    int32 // the word vocabulary's size: name IDs are shifted by it when combined
	// heads are, for each unit, the word term IDs, ascending, of the
	// names its title gives ("Tarrow", "Harbour Court"): what the
	// outlet put first (see Options.TitleNames).
	heads [][]int32
	// titles are, for each unit, the TF-IDF vector of its title's words
	// alone, under the word IDF.
	titles []text.Vector
	// marks are, for each unit, the word term IDs, ascending, of what
	// it puts forward (see Options.Contrast and markWords).
	marks [][]int32
	// titleFigs and figs are, for each unit, the word term IDs,
	// ascending, of the amounts its title gives and of all its amounts
	// (see isAmount and figuresApart).
	titleFigs, figs [][]int32
	// wordIDF and nameIDF name the terms of words and names (see
	// Explain); clustering reads only their IDs.
	wordIDF, nameIDF *text.IDF
}

// bag is what one unit contributes before the IDFs are known.
type bag struct {
	body, title, names []string
}

func newFeatures(docs []Doc, us []unit, titleWeight float64, workers int) features {
	bags := make([]bag, len(us))
	heads := make([][]string, len(us))
	marks := make([][]string, len(us))
	titleFigs := make([][]string, len(us))
	figs := make([][]string, len(us))
	parallel(len(us), workers, func() func(int) {
		stems := map[string][]string{}
		return func(i int) {
			if us[i].notice {
				return // no words: a notice stands alone
			}
			d := docs[us[i].rep]
			bags[i] = bag{
				body:  contentWords(d.Text, stems),
				title: contentWords(d.Title, stems),
				names: nameWords(d.Title, d.Text),
			}
			for _, w := range nameWords(d.Title, "") {
				heads[i] = append(heads[i], contentWords(w, stems)...)
			}
			marks[i] = markWords(bags[i].title, bags[i].body)
			for k, ws := range [2][]string{bags[i].title, bags[i].body} {
				for _, w := range ws {
					if !isAmount(w) {
						continue
					}
					figs[i] = append(figs[i], w)
					if k == 0 {
						titleFigs[i] = append(titleFigs[i], w)
					}
				}
			}
		}
	})
	wordDocs := make([][]string, len(bags))
	nameDocs := make([][]string, len(bags))
	for i, b := range bags {
		wordDocs[i] = append(b.body[:len(b.body):len(b.body)], b.title...)
		nameDocs[i] = b.names
	}
	wordIDF, nameIDF := text.FitIDF(wordDocs), text.FitIDF(nameDocs)
	f := features{
		words:     make([]text.Vector, len(us)),
		names:     make([]text.Vector, len(us)),
		wordTerms: int32(wordIDF.Len()),
		heads:     make([][]int32, len(us)),
		titles:    make([]text.Vector, len(us)),
		marks:     make([][]int32, len(us)),
		titleFigs: make([][]int32, len(us)),
		figs:      make([][]int32, len(us)),
		wordIDF:   wordIDF,
		nameIDF:   nameIDF,
	}
	for i := range us {
		f.heads[i] = termIDs(wordIDF, heads[i])
		f.marks[i] = termIDs(wordIDF, marks[i])
		f.titleFigs[i] = termIDs(wordIDF, titleFigs[i])
		f.figs[i] = termIDs(wordIDF, figs[i])
	}
	parallel(len(us), workers, func() func(int) {
		return func(i int) {
			tf := text.SublinearTF(bags[i].body)
			seen := map[string]bool{}
			for _, t := range bags[i].title {
				if !seen[t] { // once per distinct title word
					seen[t] = true
					tf[t] += titleWeight
				}
			}
			f.words[i] = wordIDF.Vector(tf)
			f.titles[i] = wordIDF.Vector(text.SublinearTF(bags[i].title))
			f.names[i] = nameIDF.Vector(text.SublinearTF(bags[i].names))
		}
	})
	return f
}

// combine returns one vector per unit whose dot products are the blended
// similarity (words + w·names) / (1 + w): the two unit vectors are scaled
// and laid side by side, the name IDs after the word IDs.
func (f features) combine(w float64) []text.Vector {
	if w < 0 {
		w = 0
	}
	a, b := math.Sqrt(1/(1+w)), math.Sqrt(w/(1+w))
	out := make([]text.Vector, len(f.words))
	for i := range out {
		wv, nv := f.words[i], f.names[i]
		if b == 0 {
			nv = text.Vector{}
		}
		v := text.Vector{
			Terms:   make([]int32, 0, len(wv.Terms)+len(nv.Terms)),
			Weights: make([]float64, 0, len(wv.Terms)+len(nv.Terms)),
		}
		for k, t := range wv.Terms {
			v.Terms = append(v.Terms, t)
			v.Weights = append(v.Weights, a*wv.Weights[k])
		}
		for k, t := range nv.Terms {
			v.Terms = append(v.Terms, f.wordTerms+t)
			v.Weights = append(v.Weights, b*nv.Weights[k])
		}
		out[i] = v
	}
	return out
}

// contentWords is text.ContentWords with each distinct token's result
// remembered: stemming is most of the cost of reading a report, and news
// repeats its words. A token is a slice of the text it came from, so the
// memo keeps copies: a token of its own would keep the whole report's
// text alive for as long as the memo lives.
//
// A memo that has reached maxMemo tokens starts again empty, so that a
// long-running reader's memo stays bounded; the words news repeats come
// back into it at once.
func contentWords(s string, memo map[string][]string) []string {
	var out []string
	for _, tok := range text.Tokens(s) {
		cw, ok := memo[tok]
		if !ok {
			if len(memo) >= maxMemo {
				clear(memo)
			}
			cw = text.ContentWords(tok)
			for k := range cw {
				cw[k] = strings.Clone(cw[k])
			}
			memo[strings.Clone(tok)] = cw
		}
		out = append(out, cw...)
	}
	return out
}

// maxMemo is the most tokens contentWords remembers.
const maxMemo = 1 << 18

// nameWords returns the lower-cased words of the names in title and body
// (text.Names), leaving out connectors, stop words and any word the
// report also writes in lower case: "Fire" opening a sentence or "Mayor"
// before a name are ordinary words, while "Halvorsen" and "Calder" are
// only ever written capitalised.
func nameWords(title, body string) []string {
	var out []string
	ordinary := map[string]bool{} // candidate words, true once seen in lower case
	for _, s := range []string{title, body} {
		for _, name := range text.Names(s) {
			for _, w := range strings.Fields(name) {
				lw := strings.ToLower(w)
				if text.IsStopWord(lw) || lw == "of" || lw == "de" || lw == "van" || lw == "von" {
					continue
				}
				out = append(out, lw)
				ordinary[lw] = false
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	for _, s := range []string{title, body} {
		markLowerWords(s, ordinary)
	}
	kept := out[:0]
	for _, w := range out {
		if !ordinary[w] {
			kept = append(kept, w)
		}
	}
	return kept
}

// markLowerWords sets words[w] for every word w of s that starts with a
// lower-case letter and is already a key of words. It reads s once and
// allocates nothing: reports are long and this runs for each of them.
func markLowerWords(s string, words map[string]bool) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			markWord(s[start:i], words)
			start = -1
		}
	}
	if start >= 0 {
		markWord(s[start:], words)
	}
}

func markWord(w string, words map[string]bool) {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
		if _, ok := words[w]; ok {
			words[w] = true
		}
	}
}

// termIDs returns the IDs of the fitted words among ws, ascending, once
// each.
func termIDs(idf *text.IDF, ws []string) []int32 {
	var out []int32
	for _, w := range ws {
		if id, ok := idf.ID(w); ok {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// markWords returns what a report puts forward, from the content words
// of its title and text: every word of its title, and every figure of
// two digits or more ("1.5", "2,300", "2019") of either. A one-digit
// figure is left out: "2 people", "3 bills" are everyday counts, which
// reports of one event give or leave out as their angle takes them.
func markWords(title, body []string) []string {
	out := slices.Clone(title)
	for _, ws := range [2][]string{title, body} {
		for _, w := range ws {
			if isFigure(w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// isAmount reports whether w is a figure that tells how much of
// something an event counted: a decimal ("1.5"), one written with a
// thousands separator ("444,000"), or a whole number of 100 or more
// that is not a year ("300"). A year, an age, a day of the month or a
// count under 100 (a toll that rises as the news goes on) is not one.
func isAmount(w string) bool {
	if !isFigure(w) {
		return false
	}
	if strings.ContainsAny(w, ".,") {
		return true
	}
	v, err := strconv.Atoi(w)
	return err == nil && v >= 100 && (v < 1900 || v > 2100)
}

// isFigure reports whether w is a number of two digits or more.
func isFigure(w string) bool {
	if !text.IsNumber(w) {
		return false
	}
	digits := 0
	for _, r := range w {
		if '0' <= r && r <= '9' {
			digits++
		}
	}
	return digits >= 2
}
